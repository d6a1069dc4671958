#include "BatchAssessmentPanel.h"

#include "AssessmentLabels.h"
#include "BatchAssessmentModel.h"
#include "LevelSpinDelegate.h"
#include "common/DbCommand.h"
#include "common/TableExport.h"
#include "shell/Workspace.h"
#include "storage/AssessmentRepository.h"
#include "security/PermissionGate.h"
#include "reports/IndonesianFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace karsa::ui {

BatchAssessmentPanel::BatchAssessmentPanel(Workspace* workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QGridLayout;
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("batchUnit"));
    m_unit->setMinimumWidth(320);
    m_unit->setMaxVisibleItems(25);
    m_position = new QComboBox(this);
    m_position->setMinimumWidth(280);
    top->addWidget(new QLabel(tr("Unit (with sub-units):"), this), 0, 0);
    top->addWidget(m_unit, 0, 1);
    top->addWidget(new QLabel(tr("Position:"), this), 0, 2);
    top->addWidget(m_position, 0, 3);
    m_date = new QDateEdit(workspace->today(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_method = new QComboBox(this);
    for (const QString& code : AssessmentLabels::methodCodes())
        m_method->addItem(AssessmentLabels::method(code), code);
    m_assessor = new QLineEdit(this);
    m_assessor->setPlaceholderText(tr("Assessor or assessment team"));
    top->addWidget(new QLabel(tr("Date of the new assessments:"), this), 1, 0);
    auto* details = new QHBoxLayout;
    details->addWidget(m_date);
    details->addWidget(new QLabel(tr("Method:"), this));
    details->addWidget(m_method);
    top->addLayout(details, 1, 1);
    top->addWidget(new QLabel(tr("Assessor:"), this), 1, 2);
    top->addWidget(m_assessor, 1, 3);
    top->setColumnStretch(4, 1);
    layout->addLayout(top);

    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search NIP or name…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_search->setMaximumWidth(320);
    bar->addWidget(m_search);
    m_state = new QLabel(this);
    bar->addWidget(m_state, 1);
    m_save = new QPushButton(tr("Save changes"), this);
    m_save->setObjectName(QStringLiteral("batchSave"));
    m_discard = new QPushButton(tr("Discard"), this);
    PermissionGate::mark(m_save);
    PermissionGate::mark(m_discard);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    auto* printButton = new QPushButton(tr("Print…"), this);
    for (QPushButton* b : {m_save, m_discard, exportButton, printButton})
        bar->addWidget(b);
    layout->addLayout(bar);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_model = new BatchAssessmentModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("batchGrid"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new LevelSpinDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BatchAssessmentModel::NameColumn, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultSectionSize(64);
    layout->addWidget(m_table, 1);
    auto* legend = new QLabel(tr("Double-click or type 1–5 in a cell to change a level. Changed cells are yellow; grey "
                                 "cells are competencies outside the employee's standard. Save writes one new assessment per "
                                 "changed cell (undo removes them all)."),
                              this);
    legend->setWordWrap(true);
    legend->setStyleSheet(QStringLiteral("color: #52606d;"));
    layout->addWidget(legend);

    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        fillPositions();
        rebuildGrid();
    });
    connect(m_position, &QComboBox::currentIndexChanged, this, &BatchAssessmentPanel::rebuildGrid);
    connect(m_search, &QLineEdit::textChanged, m_model, &BatchAssessmentModel::setFilterText);
    connect(m_model, &BatchAssessmentModel::changesChanged, this, &BatchAssessmentPanel::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BatchAssessmentPanel::updateState);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (Status s = save(); !s)
            QMessageBox::warning(this, tr("Save assessments"), s.error().describe());
    });
    connect(m_discard, &QPushButton::clicked, this, &BatchAssessmentPanel::discard);
    auto report = [this] {
        return documentForTable(m_workspace, reportTableFromView(m_table, tr("Current competency levels"),
                                                                 m_unit->currentText().trimmed()));
    };
    connect(exportButton, &QPushButton::clicked, this,
            [this, report] { exportDocument(this, report(), tr("competency-levels")); });
    connect(printButton, &QPushButton::clicked, this, [this, report] { printDocument(this, report()); });
    updateState();
}

void BatchAssessmentPanel::setSnapshot(AnalyticsSnapshotPtr snapshot)
{
    // Unsaved edits are kept: the grid is rebuilt from the new snapshot only when nothing is pending.
    if (m_model->changeCount() > 0 && m_snapshot)
        return;
    m_snapshot = std::move(snapshot);
    const QSignalBlocker b1(m_unit), b2(m_position);
    fillUnits();
    fillPositions();
    rebuildGrid();
}

void BatchAssessmentPanel::fillUnits()
{
    const qint64 keep = m_unit->currentIndex() >= 0 ? m_unit->currentData().toLongLong() : 0;
    m_unit->clear();
    m_unit->addItem(tr("Choose a unit…"), qint64(0));
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
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(keep)));
}

void BatchAssessmentPanel::fillPositions()
{
    const qint64 keep = m_position->currentIndex() >= 0 ? m_position->currentData().toLongLong() : 0;
    const QSignalBlocker blocker(m_position);
    m_position->clear();
    m_position->addItem(tr("All positions"), qint64(0));
    const qint64 unitId = m_unit->currentData().toLongLong();
    if (!m_snapshot || !unitId)
        return;
    const AnalyticsData& data = m_snapshot->data;
    QVector<int> used;
    for (int e : data.employeesInScope(data.unitIndex(unitId)))
        if (const int p = data.employees()[e].positionIndex; p >= 0 && !used.contains(p))
            used.append(p);
    std::sort(used.begin(), used.end(), [&](int a, int b) { return data.positions()[a].name < data.positions()[b].name; });
    for (int p : used)
        m_position->addItem(data.positions()[p].name, data.positions()[p].id);
    m_position->setCurrentIndex(qMax(0, m_position->findData(keep)));
}

void BatchAssessmentPanel::setScope(qint64 unitId, qint64 positionId)
{
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(unitId)));
    m_position->setCurrentIndex(qMax(0, m_position->findData(positionId)));
    rebuildGrid();
}

void BatchAssessmentPanel::setBatchDetails(const QDate& date, const QString& method, const QString& assessor)
{
    m_date->setDate(date);
    m_method->setCurrentIndex(qMax(0, m_method->findData(method)));
    m_assessor->setText(assessor);
}

void BatchAssessmentPanel::rebuildGrid()
{
    m_error->hide();
    const qint64 unitId = m_unit->currentData().toLongLong();
    const qint64 positionId = m_position->currentData().toLongLong();
    if (!m_snapshot || !unitId) {
        m_model->setGrid({}, {});
        return;
    }
    const AnalyticsData& data = m_snapshot->data;
    QVector<BatchAssessmentModel::Employee> employees;
    QSet<qint64> used;
    for (int i : data.employeesInScope(data.unitIndex(unitId))) {
        const AnalyticsEmployee& e = data.employees()[i];
        if (positionId && e.positionId != positionId)
            continue;
        BatchAssessmentModel::Employee row;
        row.id = e.id;
        row.nip = e.nip;
        row.name = e.name;
        if (e.positionIndex >= 0)
            for (const StandardLine& line : data.positions()[e.positionIndex].standard) {
                row.standard.append(line.competencyId);
                used.insert(line.competencyId);
            }
        for (const LevelEntry& level : data.levels(i))
            row.currentLevel.insert(level.competencyId, level.level);
        employees.append(std::move(row));
    }
    QVector<int> competencyIndexes;
    for (int c = 0; c < data.competencies().size(); ++c)
        if (used.contains(data.competencies()[c].id))
            competencyIndexes.append(c);
    std::sort(competencyIndexes.begin(), competencyIndexes.end(), [&](int a, int b) {
        const AnalyticsCompetency& x = data.competencies()[a];
        const AnalyticsCompetency& y = data.competencies()[b];
        return x.type != y.type ? int(x.type) < int(y.type) : x.code < y.code;
    });
    QVector<BatchAssessmentModel::CompetencyColumn> columns;
    for (int c : competencyIndexes)
        columns.append({data.competencies()[c].id, data.competencies()[c].code, data.competencies()[c].name});
    m_model->setGrid(std::move(employees), std::move(columns));
    m_model->setFilterText(m_search->text());
    m_table->setColumnWidth(BatchAssessmentModel::NipColumn, 175);
    m_table->setColumnWidth(BatchAssessmentModel::NameColumn, 240);
}

void BatchAssessmentPanel::updateState()
{
    const int changes = m_model->changeCount();
    m_save->setEnabled(changes > 0);
    m_discard->setEnabled(changes > 0);
    QString text = !m_snapshot ? tr("Computing the current levels…")
                               : tr("%1 employees × %2 competencies")
                                     .arg(IndonesianFormat::integer(m_model->totalCount()))
                                     .arg(m_model->columnCount() - BatchAssessmentModel::FirstCompetencyColumn);
    if (changes > 0)
        text += u"  ·  " + tr("%n unsaved change(s)", nullptr, changes);
    m_state->setText(text);
}

void BatchAssessmentPanel::discard()
{
    m_model->discard();
    m_error->hide();
}

Status BatchAssessmentPanel::save()
{
    m_error->hide();
    const auto changes = m_model->changes();
    if (changes.isEmpty())
        return {};
    QVector<Assessment> assessments;
    for (const auto& change : changes) {
        Assessment a;
        a.employeeId = change.employeeId;
        a.competencyId = change.competencyId;
        a.level = change.level;
        a.assessedOn = m_date->date();
        a.method = m_method->currentData().toString();
        a.assessor = m_assessor->text().trimmed();
        if (Status s = AssessmentRepository::validate(a); !s) {
            m_error->setText(s.error().message);
            m_error->show();
            return s;
        }
        assessments.append(a);
    }
    auto ids = std::make_shared<QVector<qint64>>();
    Status s = DbCommand::execute(
        m_workspace, tr("Batch assessment: %n level(s)", nullptr, int(assessments.size())),
        [assessments, ids](QSqlDatabase db) -> Status {
            ids->clear();
            AssessmentRepository repo(db);
            for (const Assessment& a : assessments) {
                auto r = repo.insert(a);
                if (!r)
                    return r.error();
                ids->append(r.value());
            }
            return {};
        },
        [ids](QSqlDatabase db) -> Status {
            AssessmentRepository repo(db);
            for (qint64 id : std::as_const(*ids))
                if (Status r = repo.remove(id); !r)
                    return r;
            return {};
        },
        Workspace::Assessments);
    if (!s) {
        m_error->setText(s.error().describe());
        m_error->show();
        return s;
    }
    m_model->commitChanges();
    return {};
}

} // namespace karsa::ui
