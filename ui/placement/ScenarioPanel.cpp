#include "ScenarioPanel.h"

#include "ReportRows.h"
#include "common/DbCommand.h"
#include "common/RowTableModel.h"
#include "common/TableExport.h"
#include "common/TablePanel.h"
#include "placement/PlacementReport.h"
#include "reports/IndonesianFormat.h"
#include "shell/Workspace.h"
#include "storage/PlacementRepository.h"
#include "storage/SettingsRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace karsa::ui {

namespace {
const QString kA = QStringLiteral("A");
const QString kB = QStringLiteral("B");
} // namespace

ScenarioPanel::ScenarioPanel(Workspace* workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_list = new RowTableModel({{tr("Scenario"), ReportColumn::Type::Text, {}},
                                {tr("Reference date"), ReportColumn::Type::Date, {}},
                                {tr("Seats"), ReportColumn::Type::Integer, {}},
                                {tr("Filled"), ReportColumn::Type::Integer, {}},
                                {tr("Total score"), ReportColumn::Type::Decimal, {}},
                                {tr("Mean JPM"), ReportColumn::Type::Percent, {}}},
                               this);
    m_listPanel = new TablePanel(workspace, m_list, splitter);
    m_listPanel->table()->setObjectName(QStringLiteral("placementScenarios"));
    m_listPanel->setReportTitle(tr("Placement scenarios"), tr("placement-scenarios"));
    m_listPanel->setColumnWidths({260, 150, 70, 70, 110});
    m_listPanel->table()->sortByColumn(0, Qt::AscendingOrder); // the core order (rank, No.) first
    auto* open = new QPushButton(tr("Open"), m_listPanel);
    auto* remove = new QPushButton(tr("Delete"), m_listPanel);
    m_listPanel->toolbar()->addWidget(open);
    m_listPanel->toolbar()->addWidget(remove);

    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Compare A:"), lower));
    m_a = new QComboBox(lower);
    m_a->setObjectName(QStringLiteral("compareA"));
    m_a->setMinimumWidth(220);
    bar->addWidget(m_a);
    bar->addWidget(new QLabel(tr("with B:"), lower));
    m_b = new QComboBox(lower);
    m_b->setObjectName(QStringLiteral("compareB"));
    m_b->setMinimumWidth(220);
    bar->addWidget(m_b);
    auto* go = new QPushButton(tr("Compare"), lower);
    auto* print = new QPushButton(tr("Print comparison…"), lower);
    auto* exportButton = new QPushButton(tr("Export comparison…"), lower);
    bar->addWidget(go);
    bar->addWidget(print);
    bar->addWidget(exportButton);
    bar->addStretch();
    lowerLayout->addLayout(bar);
    m_caption = new QLabel(lower);
    m_caption->setWordWrap(true);
    lowerLayout->addWidget(m_caption);
    const ScenarioComparison none;
    auto* tables = new QSplitter(Qt::Horizontal, lower);
    m_figures = new RowTableModel(reportColumns(PlacementReport::comparisonFigures(none, kA, kB)), this);
    m_figuresPanel = new TablePanel(workspace, m_figures, tables);
    m_figuresPanel->table()->setObjectName(QStringLiteral("compareFigures"));
    m_units = new RowTableModel(reportColumns(PlacementReport::comparisonUnits({}, none, kA, kB)), this);
    m_unitsPanel = new TablePanel(workspace, m_units, tables);
    m_moves = new RowTableModel(reportColumns(PlacementReport::comparisonMoves({}, none, kA, kB)), this);
    m_movesPanel = new TablePanel(workspace, m_moves, lower);
    m_movesPanel->table()->setObjectName(QStringLiteral("compareMoves"));
    m_movesPanel->setColumnWidths({170, 220, 240, 260, 90, 260, 90});
    m_unitsPanel->setColumnWidths({340, 90, 90, 90, 90});
    m_figuresPanel->setColumnWidths({140, 110, 110, 130});
    m_movesPanel->table()->sortByColumn(0, Qt::AscendingOrder); // the core order (rank, No.) first
    tables->addWidget(m_figuresPanel);
    tables->addWidget(m_unitsPanel);
    lowerLayout->addWidget(tables, 1);
    lowerLayout->addWidget(m_movesPanel, 1);
    splitter->addWidget(m_listPanel);
    splitter->addWidget(lower);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter);

    connect(open, &QPushButton::clicked, this, [this] {
        if (m_listPanel->currentId() > 0)
            emit openRequested(m_listPanel->currentId());
    });
    connect(m_listPanel, &TablePanel::activatedId, this, &ScenarioPanel::openRequested);
    connect(remove, &QPushButton::clicked, this, &ScenarioPanel::removeCurrent);
    connect(go, &QPushButton::clicked, this,
            [this] { compare(m_a->currentData().toLongLong(), m_b->currentData().toLongLong()); });
    connect(print, &QPushButton::clicked, this, [this] { exportComparison(true); });
    connect(exportButton, &QPushButton::clicked, this, [this] { exportComparison(false); });
    connect(workspace->undoStack(), &QUndoStack::indexChanged, this, [this] { refresh(); });
}

void ScenarioPanel::setSnapshot(AnalyticsSnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    refresh();
}

void ScenarioPanel::refresh()
{
    if (!m_workspace->hasDatabase())
        return;
    auto list = PlacementRepository(m_workspace->db()).list();
    if (!list)
        return;
    QVector<RowTableModel::Row> rows;
    const qint64 keepA = m_a->currentData().toLongLong(), keepB = m_b->currentData().toLongLong();
    m_a->clear();
    m_b->clear();
    for (const PlacementScenarioSummary& s : list.value()) {
        RowTableModel::Row row;
        row.id = s.id;
        row.display = {s.name,
                       IndonesianFormat::date(s.referenceDate),
                       IndonesianFormat::integer(s.seats),
                       IndonesianFormat::integer(s.filled),
                       IndonesianFormat::number(s.totalScore, 2),
                       IndonesianFormat::percent(s.meanJpm, 2)};
        row.value = {QVariant(), s.referenceDate, s.seats, s.filled, s.totalScore, s.meanJpm};
        rows.append(std::move(row));
        m_a->addItem(s.name, s.id);
        m_b->addItem(s.name, s.id);
    }
    m_list->setRows(std::move(rows));
    m_listPanel->updateCount();
    if (const int i = m_a->findData(keepA); i >= 0)
        m_a->setCurrentIndex(i);
    if (const int i = m_b->findData(keepB); i >= 0)
        m_b->setCurrentIndex(i);
    else if (m_b->count() > 1)
        m_b->setCurrentIndex(1);
}

void ScenarioPanel::compare(qint64 a, qint64 b)
{
    if (!m_snapshot || a <= 0 || b <= 0)
        return;
    PlacementRepository repo(m_workspace->db());
    auto sa = repo.load(a);
    auto sb = repo.load(b);
    if (!sa || !sb) {
        QMessageBox::warning(this, tr("Compare scenarios"), (sa ? sb : sa).error().describe());
        return;
    }
    const ScenarioComparison c = compareScenarios(sa.value(), sb.value());
    const AnalyticsData& data = m_snapshot->data;
    m_figures->setRows(reportRows(PlacementReport::comparisonFigures(c, kA, kB)));
    m_units->setRows(reportRows(PlacementReport::comparisonUnits(data, c, kA, kB)));
    m_moves->setRows(reportRows(PlacementReport::comparisonMoves(data, c, kA, kB)));
    for (TablePanel* panel : {m_figuresPanel, m_unitsPanel, m_movesPanel})
        panel->updateCount();
    m_caption->setText(tr("A = %1, B = %2: %3 employees placed alike, %4 placed differently.")
                           .arg(sa->name, sb->name)
                           .arg(IndonesianFormat::integer(c.samePlacements))
                           .arg(IndonesianFormat::integer(c.differences.size())));
    m_movesPanel->setReportTitle(tr("Placed differently: %1 and %2").arg(sa->name, sb->name),
                                 tr("placement-differences"));
}

void ScenarioPanel::exportComparison(bool print)
{
    const qint64 a = m_a->currentData().toLongLong(), b = m_b->currentData().toLongLong();
    if (!m_snapshot || a <= 0 || b <= 0)
        return;
    PlacementRepository repo(m_workspace->db());
    auto sa = repo.load(a);
    auto sb = repo.load(b);
    if (!sa || !sb)
        return;
    const ReportDocument doc = PlacementReport::comparisonDocument(
        m_snapshot->data, sa.value(), sb.value(), Letterhead::fromSettings(SettingsRepository(m_workspace->db())),
        QDateTime::currentDateTime());
    if (print)
        printDocument(this, doc);
    else
        exportDocument(this, doc, tr("placement-comparison"));
}

void ScenarioPanel::removeCurrent()
{
    const qint64 id = m_listPanel->currentId();
    if (id <= 0)
        return;
    auto saved = PlacementRepository(m_workspace->db()).load(id);
    if (!saved)
        return;
    if (QMessageBox::question(this, tr("Delete scenario"), tr("Delete the scenario \"%1\"?").arg(saved->name)) !=
        QMessageBox::Yes)
        return;
    auto current = std::make_shared<qint64>(id);
    const PlacementScenario copy = saved.value();
    const Status s = DbCommand::execute(
        m_workspace, tr("Delete scenario %1").arg(copy.name),
        [current](QSqlDatabase db) { return PlacementRepository(db).remove(*current); },
        [current, copy](QSqlDatabase db) -> Status {
            auto id = PlacementRepository(db).insert(copy);
            if (!id)
                return id.error();
            *current = id.value();
            return {};
        },
        Workspace::DataKinds{});
    if (!s)
        QMessageBox::warning(this, tr("Delete scenario"), s.error().describe());
    refresh();
}

} // namespace karsa::ui
