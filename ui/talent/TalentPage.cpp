#include "TalentPage.h"

#include "NineBoxWidget.h"
#include "SuccessionPanel.h"
#include "common/RowTableModel.h"
#include "common/TableExport.h"
#include "common/TablePanel.h"
#include "domain/Nip.h"
#include "reports/IndonesianFormat.h"
#include "reports/Letterhead.h"
#include "storage/SettingsRepository.h"
#include "shell/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace karsa::ui {

namespace {
enum PeopleColumn { Box, NipColumn, Name, Reason, Position, Unit, Jpm, Kinerja, Potensial, RekamJejak, ColumnCount };
} // namespace

TalentPage::TalentPage(Workspace* workspace, QWidget* parent) : Page(workspace, parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Unit:"), this));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("talentUnit"));
    m_unit->setMinimumWidth(360);
    m_unit->setMaxVisibleItems(25);
    bar->addWidget(m_unit);
    m_status = new QLabel(this);
    bar->addWidget(m_status);
    bar->addStretch();
    auto* print = new QPushButton(tr("Print 9-box…"), this);
    print->setObjectName(QStringLiteral("nineBoxPrint"));
    print->setToolTip(tr("The 9-box of this scope with letterhead, counts, recommendations and a signature"));
    auto* exportPdf = new QPushButton(tr("Export 9-box PDF…"), this);
    exportPdf->setObjectName(QStringLiteral("nineBoxExport"));
    bar->addWidget(print);
    bar->addWidget(exportPdf);
    layout->addLayout(bar);
    connect(print, &QPushButton::clicked, this, [this] {
        if (m_snapshot)
            printDocument(this, nineBoxDocument());
    });
    connect(exportPdf, &QPushButton::clicked, this, [this] {
        if (!m_snapshot)
            return;
        const qint64 unitId = scopeUnit();
        const int u = unitId ? m_snapshot->data.unitIndex(unitId) : -1;
        exportDocument(this, nineBoxDocument(),
                       tr("9-box") + u'-' + (u >= 0 ? m_snapshot->data.units()[u].code : tr("Kota Surabaya")),
                       ExportFormat::Pdf);
    });
    m_thresholds = new QLabel(this);
    m_thresholds->setStyleSheet(QStringLiteral("color: #52606d;"));
    m_thresholds->setWordWrap(true);
    layout->addWidget(m_thresholds);

    m_tabs = new QTabWidget(this);
    auto* splitter = new QSplitter(Qt::Vertical, m_tabs);
    m_grid = new NineBoxWidget(splitter);
    m_people = new RowTableModel({{tr("Box"), ReportColumn::Type::Integer, {}},
                                  {tr("NIP"), ReportColumn::Type::Nip, {}},
                                  {tr("Name"), ReportColumn::Type::Text, {}},
                                  {tr("Reason"), ReportColumn::Type::Text, tr("Why the employee has no box")},
                                  {tr("Position"), ReportColumn::Type::Text, {}},
                                  {tr("Unit"), ReportColumn::Type::Text, {}},
                                  {tr("JPM"), ReportColumn::Type::Percent, tr("Job person match against the current position")},
                                  {tr("Performance"), ReportColumn::Type::Decimal, tr("Kinerja score 0-100")},
                                  {tr("Potential"), ReportColumn::Type::Decimal, tr("Potensial score 0-100")},
                                  {tr("Track record"), ReportColumn::Type::Text, tr("Rekam jejak: a disqualifying sanction")}},
                                 this);
    m_peoplePanel = new TablePanel(workspace, m_people, splitter);
    m_peoplePanel->table()->setObjectName(QStringLiteral("talentPeople"));
    m_peoplePanel->setColumnWidths({50, 180, 240, 300, 260, 220, 150, 100, 90, 110});
    splitter->addWidget(m_grid);
    splitter->addWidget(m_peoplePanel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_tabs->addTab(splitter, tr("9-box"));
    m_succession = new SuccessionPanel(workspace, m_tabs);
    m_tabs->addTab(m_succession, tr("Succession pools"));
    layout->addWidget(m_tabs, 1);

    connect(m_grid, &NineBoxWidget::boxClicked, this, &TalentPage::showBox);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        if (m_snapshot)
            recount();
    });
    connect(workspace, &Workspace::analyticsReady, this, [this] {
        if (m_started)
            applySnapshot();
    });
    connect(workspace, &Workspace::dataChanged, this, [this] { invalidate(); });
}

void TalentPage::reload()
{
    m_started = true;
    applySnapshot();
}

void TalentPage::applySnapshot()
{
    AnalyticsSnapshotPtr snapshot = workspace()->hasDatabase() ? workspace()->analytics() : nullptr;
    if (!snapshot) {
        m_status->setText(tr("Computing the talent map…"));
        return; // analyticsReady() follows
    }
    m_status->clear();
    m_snapshot = std::move(snapshot);
    fillUnits();
    m_thresholds->setText(thresholdsText());
    m_succession->setSnapshot(m_snapshot);
    recount();
    emit refreshed();
}

void TalentPage::fillUnits()
{
    const qint64 keep = scopeUnit();
    const QSignalBlocker blocker(m_unit);
    m_unit->clear();
    m_unit->addItem(tr("All units"), qint64(0));
    const auto& units = m_snapshot->data.units();
    QVector<QVector<int>> children(units.size() + 1);
    for (int i = 0; i < units.size(); ++i)
        children[units[i].parentIndex >= 0 ? units[i].parentIndex : units.size()].append(i);
    for (auto& list : children)
        std::sort(list.begin(), list.end(), [&](int a, int b) { return units[a].name < units[b].name; });
    std::function<void(int, int)> add = [&](int parent, int depth) {
        for (int i : children[parent]) {
            m_unit->addItem(QString(depth * 3, u' ') + units[i].name, units[i].id);
            add(i, depth + 1);
        }
    };
    add(int(units.size()), 0);
    const int index = m_unit->findData(keep);
    m_unit->setCurrentIndex(index >= 0 ? index : 0);
}

qint64 TalentPage::scopeUnit() const
{
    return m_unit->currentIndex() >= 0 ? m_unit->currentData().toLongLong() : 0;
}

void TalentPage::setScopeUnit(qint64 unitId)
{
    const int index = m_unit->findData(unitId);
    if (index >= 0)
        m_unit->setCurrentIndex(index);
}

ReportDocument TalentPage::nineBoxDocument() const
{
    ReportDocument doc;
    const QDate today = workspace()->today();
    doc.letterhead = Letterhead::fromSettings(SettingsRepository(workspace()->db()));
    doc.printLetterhead = !doc.letterhead.isEmpty();
    doc.title = tr("Talent map (9-box)");
    doc.subtitle = ReportDocument::scopeLine(m_unit->currentText().trimmed(), {}, today);
    if (!m_snapshot)
        return doc;
    doc.addKeyValues({{tr("Employees in scope"), IndonesianFormat::integer(m_counts.total)},
                      {tr("Placed in a box"), IndonesianFormat::integer(m_counts.placed)},
                      {tr("Not placed"), IndonesianFormat::integer(m_counts.unplaced)}});
    doc.addImage(printableImage(m_grid), QString(), 0.8);
    ReportTable t;
    t.title = tr("Employees per box");
    t.columns = {ReportColumn::integer(QStringLiteral("box"), tr("Box"), 5),
                 ReportColumn::text(QStringLiteral("kinerja"), tr("Performance"), 16),
                 ReportColumn::text(QStringLiteral("potensial"), tr("Potential"), 10),
                 ReportColumn::text(QStringLiteral("recommendation"), tr("Recommendation"), 40),
                 ReportColumn::integer(QStringLiteral("employees"), tr("Employees"), 9),
                 ReportColumn::percent(QStringLiteral("share"), tr("Share of placed"), 1, 9)};
    for (int box = 9; box >= 1; --box)
        t.addRow({box, kinerjaLabel(boxKinerja(box)), potensialLabel(boxPotensial(box)), talentRecommendation(box),
                  m_counts.perBox[box],
                  m_counts.placed ? QVariant(100.0 * m_counts.perBox[box] / m_counts.placed) : QVariant()});
    t.totals = {QVariant(), QVariant(), QVariant(), QVariant(), m_counts.placed,
                m_counts.placed ? QVariant(100.0) : QVariant()};
    t.totalsLabel = tr("Total");
    t.notes << thresholdsText();
    doc.addTable(std::move(t));
    doc.addSignature(SignatureSection::fromLetterhead(doc.letterhead, today));
    return doc;
}

QString TalentPage::thresholdsText() const
{
    const AnalyticsSettings& s = m_snapshot->settings;
    const auto years = kinerjaYears(m_snapshot->today, s);
    return tr("Thresholds (Settings): performance above ≥ %1, meets ≥ %2 (SKP %3–%4); potential high ≥ %5, "
              "middle ≥ %6. Percentages are shares of the employees placed in a box.")
        .arg(IndonesianFormat::number(s.kinerjaAtas, 0), IndonesianFormat::number(s.kinerjaSesuai, 0))
        .arg(years.first)
        .arg(years.second)
        .arg(IndonesianFormat::number(s.potensialTinggi, 0), IndonesianFormat::number(s.potensialMenengah, 0));
}

void TalentPage::recount()
{
    const AnalyticsData& data = m_snapshot->data;
    const qint64 unitId = scopeUnit();
    m_scope = data.employeesInScope(unitId ? data.unitIndex(unitId) : -1);
    m_counts = boxCounts(m_snapshot->talent, m_snapshot->jpm, m_scope);
    m_grid->setCounts(m_counts);
    showBox(m_box < 0 ? 9 : m_box);
}

void TalentPage::showBox(int box)
{
    m_box = box;
    m_grid->setSelectedBox(box);
    if (!m_snapshot)
        return;
    const AnalyticsData& data = m_snapshot->data;
    QVector<RowTableModel::Row> rows;
    const QVector<int> members = employeesInBox(m_snapshot->talent, m_scope, box);
    rows.reserve(members.size());
    for (int i : members) {
        const AnalyticsEmployee& e = data.employees()[i];
        const TalentResult& t = m_snapshot->talent[i];
        const JpmResult& jpm = m_snapshot->jpm[i];
        RowTableModel::Row row;
        row.id = e.id;
        row.display.resize(ColumnCount);
        row.value.resize(ColumnCount);
        if (t.placed()) {
            row.display[Box] = QString::number(t.box);
            row.value[Box] = t.box;
        }
        row.display[NipColumn] = Nip::format(e.nip);
        row.value[NipColumn] = e.nip;
        row.display[Name] = e.name;
        row.display[Position] = e.positionIndex >= 0 ? data.positions()[e.positionIndex].name : QString();
        row.display[Unit] = e.unitIndex >= 0 ? data.units()[e.unitIndex].name : QString();
        if (jpm.status != JpmStatus::NoStandard) {
            row.display[Jpm] = IndonesianFormat::percent(jpm.jpm, 2);
            if (!jpm.complete())
                row.display[Jpm] = tr("%1 (incomplete)").arg(row.display[Jpm]);
            row.value[Jpm] = jpm.jpm;
        }
        if (t.kinerja) {
            row.display[Kinerja] = IndonesianFormat::number(*t.kinerja, 2);
            row.value[Kinerja] = *t.kinerja;
        }
        if (t.potensial) {
            row.display[Potensial] = IndonesianFormat::number(*t.potensial, 2);
            row.value[Potensial] = *t.potensial;
        }
        if (t.rekamJejakFlag) {
            row.display[RekamJejak] = tr("Sanction");
            row.foreground = QColor(0xb0, 0x1e, 0x1e);
        }
        const int reasons = talentUnplacedReasons(t, jpm);
        QStringList why;
        if (reasons & UnplacedNoRating)
            why << tr("no performance rating");
        if (reasons & UnplacedNoStandard)
            why << tr("no competency standard");
        if (reasons & UnplacedIncompleteJpm)
            why << tr("%n competency(ies) not assessed", nullptr, int(jpm.missing.size()));
        row.display[Reason] = why.join(QStringLiteral(", "));
        rows.append(std::move(row));
    }
    m_people->setRows(std::move(rows));
    m_peoplePanel->table()->setColumnHidden(Reason, box != 0);
    m_peoplePanel->table()->setColumnHidden(Box, box == 0);
    const QString scope = m_unit->currentText().trimmed();
    const QString title = box == 0 ? tr("Employees without a talent box") : tr("Talent box %1").arg(box);
    m_peoplePanel->setReportTitle(title, box == 0 ? tr("talent-unplaced") : tr("talent-box-%1").arg(box), scope);
}

} // namespace karsa::ui
