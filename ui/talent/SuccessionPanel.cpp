#include "SuccessionPanel.h"

#include "analytics/AnalyticsEngine.h"
#include "refdata/ReferenceCatalog.h"
#include "common/RowTableModel.h"
#include "common/TablePanel.h"
#include "domain/Nip.h"
#include "reports/IndonesianFormat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace karsa::ui {

namespace {
enum PositionColumn { PosCode, PosName, PosJenjang, PosUnit };
enum CandidateColumn { CandBox, CandNip, CandName, CandPosition, CandUnit, CandJpm, CandCategory, CandFlag };
} // namespace

SuccessionPanel::SuccessionPanel(Workspace* workspace, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_positions = new RowTableModel({{tr("Code"), ReportColumn::Type::Text, {}},
                                     {tr("Key position"), ReportColumn::Type::Text, {}},
                                     {tr("Jenjang"), ReportColumn::Type::Text, {}},
                                     {tr("Unit"), ReportColumn::Type::Text, {}}},
                                    this);
    m_positionsPanel = new TablePanel(workspace, m_positions, splitter);
    m_positionsPanel->table()->setObjectName(QStringLiteral("keyPositions"));
    m_positionsPanel->setReportTitle(tr("Key positions"), tr("key-positions"));
    m_positionsPanel->setColumnWidths({90, 240, 110});
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_caption = new QLabel(tr("Choose a key position to see its succession pool (boxes 7, 8 and 9)."), right);
    m_caption->setWordWrap(true);
    m_caption->setStyleSheet(QStringLiteral("font-weight: bold;"));
    rightLayout->addWidget(m_caption);
    m_candidates = new RowTableModel({{tr("Box"), ReportColumn::Type::Integer, {}},
                                      {tr("NIP"), ReportColumn::Type::Nip, {}},
                                      {tr("Name"), ReportColumn::Type::Text, {}},
                                      {tr("Current position"), ReportColumn::Type::Text, {}},
                                      {tr("Unit"), ReportColumn::Type::Text, {}},
                                      {tr("JPM"), ReportColumn::Type::Percent, tr("Job person match against the key position")},
                                      {tr("Category"), ReportColumn::Type::Text, {}},
                                      {tr("Track record"), ReportColumn::Type::Text, tr("Rekam jejak: a disqualifying sanction")}},
                                     right);
    m_candidatesPanel = new TablePanel(workspace, m_candidates, right);
    m_candidatesPanel->table()->setObjectName(QStringLiteral("successionCandidates"));
    m_candidatesPanel->setColumnWidths({50, 180, 220, 240, 200, 150, 150});
    rightLayout->addWidget(m_candidatesPanel, 1);
    splitter->addWidget(m_positionsPanel);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter);
    connect(m_positionsPanel, &TablePanel::currentIdChanged, this, &SuccessionPanel::showPosition);
}

void SuccessionPanel::setSnapshot(AnalyticsSnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    const AnalyticsData& data = m_snapshot->data;
    QVector<RowTableModel::Row> rows;
    for (const AnalyticsPosition& p : data.positions()) {
        if (!p.isKey)
            continue;
        RowTableModel::Row row;
        row.id = p.id;
        const JenjangInfo* jenjang = ReferenceCatalog::instance().jenjang(p.jenjang);
        row.display = {p.code, p.name, jenjang ? jenjang->name : p.jenjang, p.unitIndex >= 0 ? data.units()[p.unitIndex].name : QString()};
        rows.append(row);
    }
    const qint64 keep = m_positionId;
    m_positions->setRows(std::move(rows));
    const int row = m_positions->rowOfId(keep);
    if (row >= 0)
        m_positionsPanel->table()->selectRow(row);
    showPosition(row >= 0 ? keep : 0);
}

void SuccessionPanel::showPosition(qint64 positionId)
{
    m_positionId = positionId;
    QVector<RowTableModel::Row> rows;
    const int positionIndex = m_snapshot && positionId ? m_snapshot->data.positionIndex(positionId) : -1;
    if (positionIndex < 0) {
        m_candidates->setRows({});
        m_caption->setText(tr("Choose a key position to see its succession pool (boxes 7, 8 and 9)."));
        return;
    }
    const AnalyticsData& data = m_snapshot->data;
    const AnalyticsPosition& key = data.positions()[positionIndex];
    const QVector<SuccessionCandidate> pool = successionPool(data, m_snapshot->settings, m_snapshot->talent, positionIndex);
    const CategoryScale* scale = m_snapshot->scale();
    for (const SuccessionCandidate& c : pool) {
        const AnalyticsEmployee& e = data.employees()[c.employeeIndex];
        RowTableModel::Row row;
        row.id = e.id;
        row.display.resize(CandFlag + 1);
        row.value.resize(CandFlag + 1);
        row.display[CandBox] = QString::number(c.box);
        row.value[CandBox] = c.box;
        row.display[CandNip] = Nip::format(e.nip);
        row.value[CandNip] = e.nip;
        row.display[CandName] = e.name;
        row.display[CandPosition] = e.positionIndex >= 0 ? data.positions()[e.positionIndex].name : QString();
        row.display[CandUnit] = e.unitIndex >= 0 ? data.units()[e.unitIndex].name : QString();
        if (c.jpm.status != JpmStatus::NoStandard) {
            row.display[CandJpm] = IndonesianFormat::percent(c.jpm.jpm, 2);
            if (!c.jpm.complete())
                row.display[CandJpm] = tr("%1 (incomplete)").arg(row.display[CandJpm]);
            row.value[CandJpm] = c.jpm.jpm;
            if (c.jpm.complete() && scale)
                row.display[CandCategory] = scale->labelFor(c.jpm.jpm);
        }
        if (c.rekamJejakFlag) {
            row.display[CandFlag] = tr("Sanction");
            row.foreground = QColor(0xb0, 0x1e, 0x1e);
        }
        rows.append(std::move(row));
    }
    m_candidates->setRows(std::move(rows));
    m_caption->setText(tr("Succession pool of %1 (%2): %n candidate(s)", nullptr, int(pool.size())).arg(key.name, key.code));
    m_candidatesPanel->setReportTitle(tr("Succession pool: %1").arg(key.name), tr("succession-%1").arg(key.code));
}

} // namespace karsa::ui
