#include "EvaluationPage.h"

#include "EvaluationEditor.h"
#include "common/RowTableModel.h"
#include "common/TableExport.h"
#include "common/TablePanel.h"
#include "domain/Nip.h"
#include "evaluation/EvaluationFeedback.h"
#include "evaluation/EvaluationReports.h"
#include "reports/IndonesianFormat.h"
#include "reports/Letterhead.h"
#include "shell/Workspace.h"
#include "storage/SettingsRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace karsa::ui {

namespace {
using Type = ReportColumn::Type;

QString roleCell(const RoleResult& r)
{
    return r.assigned ? QStringLiteral("%1/%2").arg(r.answered).arg(r.assigned) : QStringLiteral("–");
}
const QColor kPending(0xfd, 0xf1, 0xdc);
const QColor kCalibrated(0xe3, 0xee, 0xfb);
} // namespace

EvaluationPage::EvaluationPage(Workspace* workspace, QWidget* parent) : Page(workspace, parent)
{
    m_editor = new EvaluationEditor(workspace, this);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Cycle:"), this));
    m_cycle = new QComboBox(this);
    m_cycle->setObjectName(QStringLiteral("evaluationCycle"));
    m_cycle->setMinimumWidth(320);
    bar->addWidget(m_cycle);
    // Two rows, so the page fits a 1366-pixel screen: the cycle and its reports, then the cycle's steps.
    auto* steps = new QHBoxLayout;
    QHBoxLayout* row = bar;
    auto button = [this, &row](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        row->addWidget(b);
        return b;
    };
    auto* create = button(tr("New cycle…"), QStringLiteral("newCycle"));
    bar->addStretch();
    auto* exportSummary = button(tr("Export summary…"), QStringLiteral("exportSummary"));
    auto* printSummary = button(tr("Print summary…"), QStringLiteral("printSummary"));
    row = steps;
    m_generate = button(tr("Generate raters"), QStringLiteral("generateRaters"));
    m_import = button(tr("Import public feedback…"), QStringLiteral("importPublic"));
    m_close = button(tr("Close cycle"), QStringLiteral("closeCycle"));
    m_reopen = button(tr("Reopen"), QStringLiteral("reopenCycle"));
    m_lock = button(tr("Lock"), QStringLiteral("lockCycle"));
    steps->addStretch();
    layout->addLayout(bar);
    layout->addLayout(steps);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("evaluationSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(this);
    // Progress: who is pending and why.
    m_progress = new RowTableModel({{tr("NIP"), Type::Nip, {}},
                                    {tr("Name"), Type::Text, {}},
                                    {tr("Unit"), Type::Text, {}},
                                    {raterRoleLabel(RaterRole::Atasan), Type::Text, tr("Answered / assigned")},
                                    {raterRoleLabel(RaterRole::Rekan), Type::Text, tr("Answered / assigned")},
                                    {raterRoleLabel(RaterRole::Bawahan), Type::Text, tr("Answered / assigned")},
                                    {raterRoleLabel(RaterRole::Diri), Type::Text, tr("Answered / assigned")},
                                    {raterRoleLabel(RaterRole::Masyarakat), Type::Text, tr("Public forms")},
                                    {tr("Status"), Type::Text, {}},
                                    {tr("Why pending"), Type::Text, {}}},
                                   this);
    m_progressPanel = new TablePanel(workspace, m_progress, m_tabs);
    m_progressPanel->table()->setObjectName(QStringLiteral("evaluationProgress"));
    m_progressPanel->setColumnWidths({170, 220, 200, 70, 70, 90, 60, 70, 90, 320});
    m_tabs->addTab(m_progressPanel, tr("Progress"));

    // Raters: assignment and answers. Names are for the officer entering forms; this list is never
    // exported (anonymity).
    m_raters = new RowTableModel({{tr("Employee rated"), Type::Text, {}},
                                  {tr("NIP"), Type::Nip, {}},
                                  {tr("Role"), Type::Text, {}},
                                  {tr("Rater"), Type::Text, {}},
                                  {tr("Answered"), Type::Text, {}},
                                  {tr("Source"), Type::Text, {}}},
                                 this);
    m_raterPanel = new TablePanel(workspace, m_raters, m_tabs);
    m_raterPanel->table()->setObjectName(QStringLiteral("evaluationRaters"));
    m_raterPanel->setColumnWidths({240, 170, 110, 240, 90, 90});
    m_raterPanel->exportButton()->hide();
    for (QPushButton* b : m_raterPanel->findChildren<QPushButton*>())
        if (b != m_raterPanel->exportButton() && b->text() == TablePanel::tr("Print…"))
            b->hide();
    auto* answers = new QPushButton(tr("Enter answers…"), m_raterPanel);
    auto* addRater = new QPushButton(tr("Add rater…"), m_raterPanel);
    auto* addPublic = new QPushButton(tr("Public feedback…"), m_raterPanel);
    auto* removeRater = new QPushButton(tr("Remove rater"), m_raterPanel);
    for (QPushButton* b : {answers, addRater, addPublic, removeRater})
        m_raterPanel->toolbar()->addWidget(b);
    auto* anonymity = new QLabel(tr("Rater lists are not exported: peers, subordinates and the public stay anonymous."),
                                 m_raterPanel);
    anonymity->setStyleSheet(QStringLiteral("color: #52606d;"));
    anonymity->setWordWrap(true);
    m_raterPanel->toolbar()->addWidget(anonymity);
    m_tabs->addTab(m_raterPanel, tr("Raters and answers"));

    // Results with flags, details and calibration.
    m_results =
        new RowTableModel({{tr("NIP"), Type::Nip, {}},
                           {tr("Name"), Type::Text, {}},
                           {tr("Unit"), Type::Text, {}},
                           {tr("Hasil kerja"), Type::Text, {}},
                           {tr("Perilaku score"), Type::Decimal, tr("Weighted 360° score on the cycle's scale")},
                           {tr("Perilaku kerja"), Type::Text, {}},
                           {tr("Predikat"), Type::Text, {}},
                           {tr("Status"), Type::Text, {}},
                           {tr("Bias flags"), Type::Text, tr("Shown to the officer; scores are not changed")}},
                          this);
    auto* splitter = new QSplitter(Qt::Vertical, m_tabs);
    m_resultPanel = new TablePanel(workspace, m_results, splitter);
    m_resultPanel->table()->setObjectName(QStringLiteral("evaluationResults"));
    m_resultPanel->setColumnWidths({170, 220, 200, 110, 90, 110, 120, 200, 160});
    auto* hasil = new QPushButton(tr("Hasil kerja…"), m_resultPanel);
    auto* calibrate = new QPushButton(tr("Calibrate…"), m_resultPanel);
    calibrate->setObjectName(QStringLiteral("calibrate"));
    auto* rapor = new QPushButton(tr("Report card…"), m_resultPanel);
    auto* batch = new QPushButton(tr("Report cards of a unit…"), m_resultPanel);
    for (QPushButton* b : {hasil, calibrate, rapor, batch})
        m_resultPanel->toolbar()->addWidget(b);
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("evaluationDetails"));
    splitter->addWidget(m_resultPanel);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_tabs->addTab(splitter, tr("Results"));
    layout->addWidget(m_tabs, 1);

    m_openOnly = {m_generate, m_import, m_close, answers, addRater, addPublic, removeRater};
    m_notLocked = {hasil, calibrate};
    m_needsCycle = {exportSummary, printSummary, rapor, batch};

    m_watcher = new QFutureWatcher<LoadOutcome>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const LoadOutcome out = m_watcher->result();
        if (m_watcher->property("generation").toInt() != m_generation)
            return; // a newer load is running
        if (!out.evaluation) {
            m_summary->setText(out.error);
            return;
        }
        showEvaluation(out.evaluation);
    });
    connect(m_cycle, &QComboBox::currentIndexChanged, this, [this] {
        m_wantedCycle = currentCycle();
        loadCycle();
    });
    connect(workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & (Workspace::Performance | Workspace::Employees | Workspace::Positions | Workspace::Units |
                     Workspace::AnySettings))
            invalidate();
    });
    connect(create, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_editor->newCycle())
            setCurrentCycle(id);
    });
    auto withEvaluation = [this](auto action) {
        return [this, action] {
            if (m_evaluation)
                action(*m_evaluation);
        };
    };
    connect(m_generate, &QPushButton::clicked, this,
            withEvaluation([this](const CycleEvaluation& e) { m_editor->generateRaters(e); }));
    connect(m_import, &QPushButton::clicked, this,
            withEvaluation([this](const CycleEvaluation& e) { m_editor->importPublicFeedback(e); }));
    connect(m_close, &QPushButton::clicked, this,
            withEvaluation([this](const CycleEvaluation& e) { m_editor->closeCycle(e); }));
    connect(m_reopen, &QPushButton::clicked, this,
            withEvaluation([this](const CycleEvaluation& e) { m_editor->reopenCycle(e); }));
    connect(m_lock, &QPushButton::clicked, this,
            withEvaluation([this](const CycleEvaluation& e) { m_editor->lockCycle(e); }));
    connect(answers, &QPushButton::clicked, this, withEvaluation([this](const CycleEvaluation& e) {
                if (const qint64 id = m_raterPanel->currentId())
                    m_editor->enterAnswers(e, id);
            }));
    connect(m_raterPanel, &TablePanel::activatedId, this, [this](qint64 id) {
        if (m_evaluation && m_evaluation->cycle.isOpen())
            m_editor->enterAnswers(*m_evaluation, id);
    });
    connect(removeRater, &QPushButton::clicked, this, withEvaluation([this](const CycleEvaluation& e) {
                if (const qint64 id = m_raterPanel->currentId())
                    m_editor->removeRater(e, id);
            }));
    connect(addRater, &QPushButton::clicked, this, withEvaluation([this](const CycleEvaluation& e) {
                if (const qint64 id = selectedEmployee())
                    m_editor->addRater(e, id);
            }));
    connect(addPublic, &QPushButton::clicked, this, withEvaluation([this](const CycleEvaluation& e) {
                if (const qint64 id = selectedEmployee())
                    m_editor->addPublicFeedback(e, id);
            }));
    connect(hasil, &QPushButton::clicked, this, withEvaluation([this](const CycleEvaluation& e) {
                if (const qint64 id = m_resultPanel->currentId())
                    m_editor->setHasilKerja(e, id);
            }));
    connect(calibrate, &QPushButton::clicked, this, withEvaluation([this](const CycleEvaluation& e) {
                if (const qint64 id = m_resultPanel->currentId())
                    m_editor->calibrate(e, id);
            }));
    connect(m_resultPanel, &TablePanel::currentIdChanged, this, &EvaluationPage::showDetails);
    connect(exportSummary, &QPushButton::clicked, this, [this] { this->exportSummary(false); });
    connect(printSummary, &QPushButton::clicked, this, [this] { this->exportSummary(true); });
    connect(rapor, &QPushButton::clicked, this, [this] { exportRapor(false); });
    connect(batch, &QPushButton::clicked, this, [this] { exportRapor(true); });
    updateButtons();
}

qint64 EvaluationPage::currentCycle() const
{
    return m_cycle->currentIndex() >= 0 ? m_cycle->currentData().toLongLong() : 0;
}

void EvaluationPage::setCurrentCycle(qint64 id)
{
    m_wantedCycle = id;
    const int index = m_cycle->findData(id);
    if (index >= 0)
        m_cycle->setCurrentIndex(index);
}

void EvaluationPage::reload()
{
    fillCycles();
    loadCycle();
}

void EvaluationPage::fillCycles()
{
    if (!workspace()->hasDatabase())
        return;
    const qint64 keep = m_wantedCycle ? m_wantedCycle : currentCycle();
    const QSignalBlocker blocker(m_cycle);
    m_cycle->clear();
    auto cycles = EvaluationRepository(workspace()->db()).cycles();
    if (!cycles) {
        m_summary->setText(cycles.error().describe());
        return;
    }
    for (const EvaluationCycle& c : cycles.value())
        m_cycle->addItem(tr("%1 · %2 · %3").arg(c.name, c.periodText(), EvaluationCycle::statusLabel(c.status)),
                         c.id);
    const int index = m_cycle->findData(keep);
    m_cycle->setCurrentIndex(index >= 0 ? index : (m_cycle->count() ? 0 : -1));
    m_wantedCycle = currentCycle();
}

void EvaluationPage::loadCycle()
{
    const qint64 id = currentCycle();
    const int generation = ++m_generation;
    if (id == 0) {
        m_evaluation.reset();
        m_progress->setRows({});
        m_raters->setRows({});
        m_results->setRows({});
        m_details->clear();
        m_summary->setText(tr("No evaluation cycle yet. Create one with \"New cycle…\", then generate its raters."));
        updateButtons();
        return;
    }
    m_summary->setText(tr("Loading the cycle…"));
    m_watcher->setProperty("generation", generation);
    Database* database = &workspace()->database();
    m_watcher->setFuture(QtConcurrent::run([database, id]() -> LoadOutcome {
        auto own = database->openAnother();
        if (!own)
            return {nullptr, own.error().describe()};
        auto ce = CycleEvaluation::load(own.value()->db(), id);
        if (!ce)
            return {nullptr, ce.error().describe()};
        return {std::make_shared<CycleEvaluation>(std::move(ce).value()), {}};
    }));
}

void EvaluationPage::showEvaluation(std::shared_ptr<CycleEvaluation> evaluation)
{
    m_evaluation = std::move(evaluation);
    const CycleEvaluation& ce = *m_evaluation;
    const CycleProgress p = ce.progress();
    QStringList counts;
    for (const QString& code : predikatCodes())
        counts << QStringLiteral("%1 %2").arg(predikatLabel(code),
                                              IndonesianFormat::integer(p.predikatCounts.value(code)));
    m_summary->setText(
        tr("%1 · %2 · scale 1–%3 · status %4. %5 employees: %6 final, %7 pending, %8 calibrated; "
           "forms answered %9. Predikat: %10.")
            .arg(ce.scopeName, ce.cycle.periodText())
            .arg(ce.cycle.scaleMax)
            .arg(EvaluationCycle::statusLabel(ce.cycle.status))
            .arg(IndonesianFormat::integer(p.employees), IndonesianFormat::integer(p.final),
                 IndonesianFormat::integer(p.pending), IndonesianFormat::integer(p.calibrated),
                 tr("%1 of %2").arg(IndonesianFormat::integer(p.answered), IndonesianFormat::integer(p.forms)),
                 counts.join(QStringLiteral(", "))));

    QVector<RowTableModel::Row> progress, results;
    for (int i = 0; i < ce.people.size(); ++i) {
        const EvaluationPerson& person = ce.people.at(i);
        const EvaluationResult& r = ce.results.at(i);
        RowTableModel::Row row;
        row.id = person.id;
        row.display = {Nip::format(person.nip), person.name, person.unitName};
        row.value = {person.nip, {}, {}};
        for (RaterRole role : kAllRaterRoles) {
            row.display << roleCell(r.roles[size_t(role)]);
            row.value << r.roles[size_t(role)].answered;
        }
        row.display << (r.isFinal() ? (r.calibration ? tr("Calibrated") : tr("Final")) : tr("Pending"))
                    << r.pendingReasons.join(QStringLiteral("; "));
        row.value << QVariant() << QVariant();
        if (!r.isFinal())
            row.background = kPending;
        progress.append(row);

        RowTableModel::Row res;
        res.id = person.id;
        QStringList flags;
        for (const BiasFlag& f : r.flags)
            if (!flags.contains(f.label()))
                flags << f.label();
        res.display = {Nip::format(person.nip),
                       person.name,
                       person.unitName,
                       r.hasilKerja ? expectationShort(r.finalHasil()) : QString(),
                       r.perilakuScore ? IndonesianFormat::number(*r.perilakuScore, 2) : QString(),
                       r.perilakuRating ? expectationShort(r.finalPerilaku()) : QString(),
                       r.isFinal() ? predikatLabel(r.finalPredikat()) : QString(),
                       r.statusText(),
                       flags.join(QStringLiteral(", "))};
        res.value = {person.nip,
                     {},
                     {},
                     r.hasilKerja ? QVariant(r.finalHasil()) : QVariant(),
                     r.perilakuScore ? QVariant(*r.perilakuScore) : QVariant(),
                     {},
                     {},
                     {},
                     {}};
        if (r.calibration)
            res.background = kCalibrated;
        else if (!r.isFinal())
            res.background = kPending;
        if (!r.flags.isEmpty())
            res.foreground = QColor(0x8a, 0x53, 0x00);
        results.append(res);
    }
    m_progress->setRows(progress);
    m_results->setRows(results);

    QVector<RowTableModel::Row> raters;
    for (const RaterEntry& r : ce.raters) {
        RowTableModel::Row row;
        row.id = r.id;
        const int i = r.rateeEmployeeId ? ce.indexOf(r.rateeEmployeeId) : -1;
        const QString rated = i >= 0 ? ce.people.at(i).name : ce.unitNames.value(r.rateeUnitId);
        const QString nip = i >= 0 ? ce.people.at(i).nip : QString();
        const QString rater = r.role == RaterRole::Masyarakat
                                  ? (r.label.isEmpty() ? tr("Public") : tr("Public (%1)").arg(r.label))
                                  : ce.employeeNames.value(r.raterEmployeeId);
        row.display = {rated,
                       Nip::format(nip),
                       raterRoleLabel(r.role),
                       rater,
                       r.submitted() ? tr("Yes (%1 of %2)").arg(r.answered()).arg(r.scores.size()) : tr("No"),
                       r.source};
        row.value = {{}, nip, {}, {}, {}, {}};
        if (!r.submitted())
            row.background = kPending;
        raters.append(row);
    }
    m_raters->setRows(raters);
    const QString scope = ce.cycle.name;
    m_progressPanel->setReportTitle(tr("Evaluation progress"), tr("evaluation-progress"), scope);
    m_resultPanel->setReportTitle(tr("Evaluation results"), tr("evaluation-results"), scope);
    m_raterPanel->setReportTitle(tr("Raters"), tr("raters"), scope);
    updateButtons();
    showDetails(m_resultPanel->currentId());
    emit loaded();
}

void EvaluationPage::showDetails(qint64 employeeId)
{
    m_details->clear();
    if (!m_evaluation)
        return;
    const CycleEvaluation& ce = *m_evaluation;
    const int i = ce.indexOf(employeeId);
    if (i < 0) {
        m_details->setPlainText(tr("Select an employee to see the result by role, the bias flags and the feedback."));
        return;
    }
    const EvaluationResult& r = ce.results.at(i);
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><table cellpadding='3'><tr><th align='left'>%3</th><th>%4</th>"
                                  "<th>%5</th><th align='left'>%6</th></tr>")
                       .arg(ce.people.at(i).name.toHtmlEscaped(), r.statusText().toHtmlEscaped(), tr("Role"),
                            tr("Answered"), tr("Mean"), tr("Note"));
    for (RaterRole role : kAllRaterRoles) {
        const RoleResult& rr = r.roles[size_t(role)];
        html += QStringLiteral("<tr><td>%1</td><td align='center'>%2</td><td align='right'>%3</td><td>%4</td></tr>")
                    .arg(raterRoleLabel(role), roleCell(rr),
                         rr.visible && rr.mean ? IndonesianFormat::number(*rr.mean, 2)
                                               : (rr.answered ? tr("hidden (anonymity)") : QString()),
                         rr.note.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    auto list = [&html](const QString& heading, const QStringList& lines) {
        if (lines.isEmpty())
            return;
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(heading.toHtmlEscaped());
        for (const QString& line : lines)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    };
    QStringList flags;
    for (const BiasFlag& f : r.flags)
        flags << f.text();
    list(tr("Bias flags (scores are not changed)"), flags);
    if (r.calibration)
        list(tr("Calibration"),
             {tr("%1 → %2 by %3: %4")
                  .arg(predikatLabel(r.calibration->originalPredikat), predikatLabel(r.calibration->predikat),
                       r.calibration->by, r.calibration->reason)});
    const EvaluationFeedback f = EvaluationFeedback::derive(ce, i);
    list(tr("Strengths"), f.strengths);
    list(tr("Development areas"), f.developmentAreas);
    list(tr("What raters appreciate"), f.comments);
    list(tr("Raters' suggestions"), f.suggestions);
    list(tr("Suggested for the development plan"), f.developmentCompetencies);
    m_details->setHtml(html);
}

void EvaluationPage::updateButtons()
{
    const bool has = m_evaluation != nullptr;
    const bool open = has && m_evaluation->cycle.isOpen();
    const bool locked = has && m_evaluation->cycle.isLocked();
    for (QPushButton* b : m_openOnly)
        b->setEnabled(open);
    for (QPushButton* b : m_notLocked)
        b->setEnabled(has && !locked);
    for (QPushButton* b : m_needsCycle)
        b->setEnabled(has);
    m_reopen->setEnabled(has && m_evaluation->cycle.status == u"closed");
    m_lock->setEnabled(has && m_evaluation->cycle.status == u"closed");
}

qint64 EvaluationPage::selectedEmployee() const
{
    if (!m_evaluation)
        return 0;
    if (const qint64 rater = m_raterPanel->currentId()) {
        for (const RaterEntry& r : m_evaluation->raters)
            if (r.id == rater)
                return r.rateeEmployeeId;
    }
    return m_resultPanel->currentId() ? m_resultPanel->currentId() : m_progressPanel->currentId();
}

void EvaluationPage::exportSummary(bool print)
{
    if (!m_evaluation)
        return;
    const Letterhead letterhead = Letterhead::fromSettings(SettingsRepository(workspace()->db()));
    const ReportDocument doc = EvaluationReports::summary(*m_evaluation, letterhead, workspace()->today());
    if (print)
        printDocument(this, doc);
    else
        exportDocument(this, doc, tr("evaluation-summary"));
}

void EvaluationPage::exportRapor(bool batch)
{
    if (!m_evaluation)
        return;
    const CycleEvaluation& ce = *m_evaluation;
    const Letterhead letterhead = Letterhead::fromSettings(SettingsRepository(workspace()->db()));
    if (!batch) {
        const int i = ce.indexOf(m_resultPanel->currentId());
        if (i < 0)
            return;
        exportDocument(this, EvaluationReports::rapor(ce, i, letterhead, workspace()->today()),
                       tr("report-card-%1").arg(ce.people.at(i).nip));
        return;
    }
    const QVector<qint64> units = ce.unitsInOrder();
    QStringList names;
    for (qint64 u : units)
        names << ce.unitNames.value(u);
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Report cards of a unit"), tr("Unit"), names, 0, false, &ok);
    if (!ok)
        return;
    const qint64 unit = units.value(int(names.indexOf(choice)));
    exportDocument(this, EvaluationReports::batchRapor(ce, {unit}, letterhead, workspace()->today()),
                   tr("report-cards"));
}

} // namespace karsa::ui
