#include "VacancyPanel.h"

#include "analytics/CandidateRanking.h"
#include "refdata/ReferenceCatalog.h"
#include "common/RowTableModel.h"
#include "common/TablePanel.h"
#include "domain/Nip.h"
#include "reports/IndonesianFormat.h"
#include "shell/Workspace.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace karsa::ui {

VacancyPanel::VacancyPanel(Workspace* workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_vacancies = new RowTableModel(
        {{tr("Code"), ReportColumn::Type::Text, {}},
         {tr("Position"), ReportColumn::Type::Text, {}},
         {tr("Unit"), ReportColumn::Type::Text, {}},
         {tr("Jenjang"), ReportColumn::Type::Text, {}},
         {tr("Open now"), ReportColumn::Type::Integer, tr("Formation above the holders")},
         {tr("Retiring"), ReportColumn::Type::Integer, tr("Holders reaching retirement age within the horizon")},
         {tr("Seats"), ReportColumn::Type::Integer, {}},
         {tr("Opens on"), ReportColumn::Type::Date, {}}},
        this);
    m_vacancyPanel = new TablePanel(workspace, m_vacancies, splitter);
    m_vacancyPanel->table()->setObjectName(QStringLiteral("placementVacancies"));
    m_vacancyPanel->setReportTitle(tr("Vacancies"), tr("vacancies"));
    m_vacancyPanel->setColumnWidths({150, 260, 240, 110, 80, 80, 70, 140});
    auto* addVacancy = new QPushButton(tr("Add vacancy…"), m_vacancyPanel);
    addVacancy->setToolTip(
        tr("Add a seat to fill on a position given by its code (e.g. a promotion in this scenario)"));
    m_vacancyPanel->toolbar()->addWidget(addVacancy);
    connect(addVacancy, &QPushButton::clicked, this, [this] {
        if (!m_snapshot)
            return;
        bool ok = false;
        const QString code =
            QInputDialog::getText(this, tr("Add vacancy"), tr("Position code:"), QLineEdit::Normal, {}, &ok).trimmed();
        if (!ok || code.isEmpty())
            return;
        const int p = m_snapshot->data.positionIndexByCode(code);
        if (p < 0) {
            QMessageBox::warning(this, tr("Add vacancy"), tr("No position has the code %1.").arg(code));
            return;
        }
        emit vacancyRequested(m_snapshot->data.positions()[p].id);
    });
    m_vacancyPanel->table()->sortByColumn(0, Qt::AscendingOrder); // the core order (rank, No.) first

    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_caption = new QLabel(tr("Choose a vacancy to see its candidates."), lower);
    m_caption->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_caption->setWordWrap(true);
    lowerLayout->addWidget(m_caption);
    auto* lowerSplit = new QSplitter(Qt::Horizontal, lower);
    m_candidates =
        new RowTableModel({{tr("Rank"), ReportColumn::Type::Integer, {}},
                           {tr("NIP"), ReportColumn::Type::Nip, {}},
                           {tr("Name"), ReportColumn::Type::Text, {}},
                           {tr("Current position"), ReportColumn::Type::Text, {}},
                           {tr("Score"), ReportColumn::Type::Decimal, tr("Ranking score 0-100")},
                           {tr("JPM"), ReportColumn::Type::Percent, tr("Job person match against the vacancy")},
                           {tr("Category"), ReportColumn::Type::Text, {}}},
                          lower);
    m_candidatePanel = new TablePanel(workspace, m_candidates, lowerSplit);
    m_candidatePanel->table()->setObjectName(QStringLiteral("placementCandidates"));
    m_candidatePanel->setReportTitle(tr("Candidates"), tr("candidates"));
    m_candidatePanel->setColumnWidths({50, 170, 220, 220, 70, 80});
    m_candidatePanel->table()->sortByColumn(0, Qt::AscendingOrder); // the core order (rank, No.) first
    auto* lock = new QPushButton(tr("Lock here"), m_candidatePanel);
    lock->setToolTip(tr("Place this candidate on this vacancy whatever the optimum says"));
    auto* exclude = new QPushButton(tr("Exclude"), m_candidatePanel);
    exclude->setToolTip(tr("Never place this candidate on this vacancy"));
    auto* keep = new QPushButton(tr("Keep in place"), m_candidatePanel);
    keep->setToolTip(tr("This employee stays in the current position"));
    auto* add = new QPushButton(tr("Add candidate…"), m_candidatePanel);
    add->setToolTip(tr("Add an employee by NIP to this vacancy's candidates, even one the filters left out"));
    for (QPushButton* b : {lock, exclude, keep, add})
        m_candidatePanel->toolbar()->addWidget(b);
    m_explanation = new QTextBrowser(lowerSplit);
    m_explanation->setObjectName(QStringLiteral("placementExplanation"));
    lowerSplit->addWidget(m_candidatePanel);
    lowerSplit->addWidget(m_explanation);
    lowerSplit->setStretchFactor(0, 3);
    lowerSplit->setStretchFactor(1, 2);
    lowerLayout->addWidget(lowerSplit, 1);
    splitter->addWidget(m_vacancyPanel);
    splitter->addWidget(lower);
    layout->addWidget(splitter);

    connect(m_vacancyPanel, &TablePanel::currentIdChanged, this, &VacancyPanel::showVacancy);
    connect(m_candidatePanel, &TablePanel::currentIdChanged, this, &VacancyPanel::explain);
    const auto withCandidate = [this](auto emitter) {
        return [this, emitter] {
            const qint64 e = m_candidatePanel->currentId();
            if (e > 0 && m_positionId > 0)
                emitter(e);
        };
    };
    connect(lock, &QPushButton::clicked, this,
            withCandidate([this](qint64 e) { emit lockRequested(e, m_positionId); }));
    connect(exclude, &QPushButton::clicked, this,
            withCandidate([this](qint64 e) { emit excludeRequested(e, m_positionId); }));
    connect(keep, &QPushButton::clicked, this, withCandidate([this](qint64 e) { emit keepRequested(e); }));
    connect(add, &QPushButton::clicked, this, &VacancyPanel::addByNip);
}

void VacancyPanel::setData(AnalyticsSnapshotPtr snapshot, const QVector<Vacancy>& vacancies, int poolSize)
{
    m_snapshot = std::move(snapshot);
    m_poolSize = poolSize;
    const AnalyticsData& data = m_snapshot->data;
    QVector<RowTableModel::Row> rows;
    for (const Vacancy& v : vacancies) {
        const int p = data.positionIndex(v.positionId);
        if (p < 0)
            continue;
        const AnalyticsPosition& pos = data.positions()[p];
        RowTableModel::Row row;
        row.id = v.positionId;
        const JenjangInfo* jenjang = ReferenceCatalog::instance().jenjang(pos.jenjang);
        row.display = {pos.code,
                       pos.name,
                       pos.unitIndex >= 0 ? data.units()[pos.unitIndex].name : QString(),
                       jenjang ? jenjang->name : pos.jenjang,
                       IndonesianFormat::integer(v.openNow),
                       IndonesianFormat::integer(v.retiring),
                       IndonesianFormat::integer(v.seatCount()),
                       IndonesianFormat::date(v.opensOn)};
        row.value = {QVariant(), QVariant(), QVariant(), QVariant(), v.openNow, v.retiring, v.seatCount(), v.opensOn};
        rows.append(std::move(row));
    }
    m_vacancies->setRows(std::move(rows));
    m_vacancyPanel->updateCount();
    const int keep = m_vacancies->rowOfId(m_positionId);
    if (keep >= 0)
        m_vacancyPanel->table()->selectRow(keep);
    else if (m_vacancies->rowCount() > 0)
        m_vacancyPanel->table()->selectRow(0); // the first vacancy's candidates at once
    else
        showVacancy(0);
}

void VacancyPanel::showVacancy(qint64 positionId)
{
    m_positionId = positionId;
    m_explanation->clear();
    if (!m_snapshot || positionId <= 0) {
        m_candidates->setRows({});
        m_caption->setText(tr("Choose a vacancy to see its candidates."));
        return;
    }
    const AnalyticsData& data = m_snapshot->data;
    const int p = data.positionIndex(positionId);
    const RankingResult r =
        rankCandidates(data, p, m_snapshot->settings, m_snapshot->today, RankingOptions{m_poolSize});
    const CategoryScale* scale = m_snapshot->scale();
    QVector<RowTableModel::Row> rows;
    int rank = 0;
    for (const RankedCandidate& c : r.ranked) {
        const AnalyticsEmployee& e = data.employees()[c.employeeIndex];
        RowTableModel::Row row;
        row.id = e.id;
        const QString category = c.jpm.complete() && scale ? scale->labelFor(c.jpm.jpm) : tr("incomplete");
        // A score or JPM with a missing assessment is marked wherever it shows.
        const auto marked = [](const QString& value, bool complete) {
            return complete ? value : tr("%1 (incomplete)").arg(value);
        };
        row.display = {QString::number(++rank),
                       Nip::format(e.nip),
                       e.name,
                       e.positionIndex >= 0 ? data.positions()[e.positionIndex].name : QString(),
                       marked(IndonesianFormat::number(c.score, 2), c.complete),
                       marked(IndonesianFormat::percent(c.jpm.jpm, 2), c.jpm.complete()),
                       category};
        row.value = {rank, e.nip, QVariant(), QVariant(), c.score, c.jpm.jpm, QVariant()};
        rows.append(std::move(row));
    }
    m_candidates->setRows(std::move(rows));
    m_candidatePanel->updateCount();
    QHash<quint32, int> counts;
    for (const Exclusion& x : r.excluded)
        for (ExclusionReason reason : exclusionReasons(x.reasons))
            ++counts[reason];
    QStringList why;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        why << tr("%1: %2")
                   .arg(exclusionReasonText(ExclusionReason(it.key())))
                   .arg(IndonesianFormat::integer(it.value()));
    std::sort(why.begin(), why.end());
    m_caption->setText(tr("%1 — %2 eligible, best %3 shown; %4 left out by the filters")
                           .arg(data.positions()[p].name)
                           .arg(IndonesianFormat::integer(r.candidates))
                           .arg(IndonesianFormat::integer(r.ranked.size()))
                           .arg(IndonesianFormat::integer(r.excluded.size())));
    m_candidatePanel->setReportTitle(tr("Candidates for %1").arg(data.positions()[p].name), tr("candidates"));
    QString items;
    for (const QString& w : why)
        items += QStringLiteral("<li>%1</li>").arg(w.toHtmlEscaped());
    if (items.isEmpty())
        items = QStringLiteral("<li>%1</li>").arg(tr("nobody").toHtmlEscaped());
    m_explanation->setHtml(QStringLiteral("<p><b>%1</b></p><ul>%2</ul><p>%3</p>")
                               .arg(tr("Left out by the hard filters").toHtmlEscaped(), items,
                                    tr("Choose a candidate to see how the score is made up.").toHtmlEscaped()));
}

void VacancyPanel::explain(qint64 employeeId)
{
    if (!m_snapshot || employeeId <= 0 || m_positionId <= 0)
        return;
    const AnalyticsData& data = m_snapshot->data;
    const int e = data.employeeIndex(employeeId);
    const int p = data.positionIndex(m_positionId);
    const QVector<ScoredCandidate> scored = scoreCandidates(data, p, m_snapshot->settings, m_snapshot->today, {e});
    const RankingResult r =
        rankCandidates(data, p, m_snapshot->settings, m_snapshot->today, RankingOptions{m_poolSize});
    QString html =
        QStringLiteral("<p><b>%1</b><br>%2</p>")
            .arg(data.employees()[e].name.toHtmlEscaped(),
                 tr("Score %1 = the sum of the points below").arg(IndonesianFormat::number(scored[0].score, 2)));
    html += QStringLiteral("<table cellspacing=0 cellpadding=3 border=1><tr><th>%1</th><th>%2</th><th>%3</th>"
                           "<th>%4</th><th>%5</th></tr>")
                .arg(tr("Competency"), tr("Required"), tr("Actual"), tr("Gap"), tr("Points"));
    for (const RankedCandidate& c : r.ranked) {
        if (c.employeeIndex != e)
            continue;
        for (const GapRow& g : c.contributions) {
            const int ci = data.competencyIndex(g.competencyId);
            html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td>"
                                   "<td align=right>%4</td><td align=right>%5</td></tr>")
                        .arg(ci >= 0 ? data.competencies()[ci].name.toHtmlEscaped() : QString())
                        .arg(g.required)
                        .arg(g.assessed ? QString::number(g.actual) : tr("not assessed (counted as %1)").arg(g.counted))
                        .arg(g.assessed ? QString::number(g.gap) : QString())
                        .arg(IndonesianFormat::number(g.contribution, 2));
        }
        if (c.kinerjaContribution > 0.0)
            html += QStringLiteral("<tr><td colspan=4>%1</td><td align=right>%2</td></tr>")
                        .arg(tr("Performance (kinerja)"), IndonesianFormat::number(c.kinerjaContribution, 2));
    }
    html += QStringLiteral("</table>");
    m_explanation->setHtml(html);
}

void VacancyPanel::addByNip()
{
    if (!m_snapshot || m_positionId <= 0)
        return;
    bool ok = false;
    const QString nip =
        QInputDialog::getText(this, tr("Add candidate"), tr("NIP of the employee:"), QLineEdit::Normal, {}, &ok);
    if (!ok || nip.trimmed().isEmpty())
        return;
    const int e = m_snapshot->data.employeeIndexByNip(nip.trimmed());
    if (e < 0) {
        QMessageBox::warning(this, tr("Add candidate"), tr("No employee has the NIP %1.").arg(nip.trimmed()));
        return;
    }
    emit addRequested(m_snapshot->data.employees()[e].id, m_positionId);
}

} // namespace karsa::ui
