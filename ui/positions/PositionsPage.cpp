#include "PositionsPage.h"

#include "HolderTableModel.h"
#include "PositionEditDialog.h"
#include "PositionTableModel.h"
#include "StandardEditor.h"
#include "UnitTreeModel.h"
#include "common/DbCommand.h"
#include "common/TableExport.h"
#include "refdata/ReferenceCatalog.h"
#include "shell/Workspace.h"
#include "storage/CompetencyRepository.h"
#include "storage/PositionOverview.h"
#include "storage/PositionRepository.h"
#include "storage/Sql.h"
#include "storage/RowSnapshot.h"
#include "storage/UnitRepository.h"
#include "security/PermissionGate.h"
#include "reports/IndonesianFormat.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace karsa::ui {

struct PositionsPage::Loaded
{
    QVector<Unit> units;
    QVector<Position> positions;
    QVector<Competency> competencies;
    QHash<qint64, int> holders;
};

namespace {
QTableView* makeTable(QWidget* parent, QAbstractItemModel* model, const QString& name)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(parent->fontMetrics().height() + 8);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

PositionsPage::PositionsPage(Workspace* workspace, QWidget* parent) : Page(workspace, parent)
{
    auto* layout = new QHBoxLayout(this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split);

    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_unitSearch = new QLineEdit(left);
    m_unitSearch->setObjectName(QStringLiteral("unitSearch"));
    m_unitSearch->setPlaceholderText(tr("Search units…"));
    m_unitSearch->setClearButtonEnabled(true);
    leftLayout->addWidget(m_unitSearch);
    m_unitModel = new UnitTreeModel(this);
    m_tree = new QTreeView(left);
    m_tree->setObjectName(QStringLiteral("unitTree"));
    m_tree->setModel(m_unitModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    leftLayout->addWidget(m_tree, 1);
    auto* allUnits = new QPushButton(tr("All units"), left);
    leftLayout->addWidget(allUnits);

    auto* right = new QSplitter(Qt::Vertical, split);
    auto* top = new QWidget(right);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(top);
    m_search->setObjectName(QStringLiteral("positionSearch"));
    m_search->setPlaceholderText(tr("Search code, position, jenjang or unit…"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    m_count = new QLabel(top);
    bar->addWidget(m_count);
    auto* add = new QPushButton(tr("New…"), top);
    auto* edit = new QPushButton(tr("Edit…"), top);
    auto* remove = new QPushButton(tr("Delete"), top);
    PermissionGate::mark(add);
    PermissionGate::mark(edit);
    PermissionGate::mark(remove);
    auto* exportButton = new QPushButton(tr("Export…"), top);
    auto* printButton = new QPushButton(tr("Print…"), top);
    for (QPushButton* b : {add, edit, remove, exportButton, printButton})
        bar->addWidget(b);
    topLayout->addLayout(bar);
    m_model = new PositionTableModel(this);
    m_table = makeTable(top, m_model, QStringLiteral("positionTable"));
    m_table->sortByColumn(PositionTableModel::Name, Qt::AscendingOrder);
    // Text columns get room; number columns are as wide as their header.
    const int widths[] = {130, 280, 100, 200, 0, 0, 0, 0, 0, 0};
    for (int c = 0; c < PositionTableModel::ColumnCount; ++c) {
        const QString header = m_model->headerData(c, Qt::Horizontal).toString();
        m_table->setColumnWidth(c, qMax(widths[c], m_table->horizontalHeader()->fontMetrics().horizontalAdvance(header) + 18));
    }
    m_table->horizontalHeader()->setStretchLastSection(false);
    topLayout->addWidget(m_table, 1);

    m_tabs = new QTabWidget(right);
    m_standard = new StandardEditor(workspace, m_tabs);
    m_tabs->addTab(m_standard, tr("Competency standard (SKJ)"));
    auto* holderPage = new QWidget(m_tabs);
    auto* holderLayout = new QVBoxLayout(holderPage);
    auto* holderBar = new QHBoxLayout;
    m_holderSummary = new QLabel(holderPage);
    holderBar->addWidget(m_holderSummary, 1);
    auto* holderExport = new QPushButton(tr("Export…"), holderPage);
    auto* holderPrint = new QPushButton(tr("Print…"), holderPage);
    holderBar->addWidget(holderExport);
    holderBar->addWidget(holderPrint);
    holderLayout->addLayout(holderBar);
    m_holderModel = new HolderTableModel(this);
    m_holders = makeTable(holderPage, m_holderModel, QStringLiteral("holderTable"));
    m_holders->sortByColumn(HolderTableModel::Name, Qt::AscendingOrder);
    m_holders->setColumnWidth(HolderTableModel::Nip, 190);
    m_holders->setColumnWidth(HolderTableModel::Name, 300);
    m_holders->setColumnWidth(HolderTableModel::Golongan, 90);
    m_holders->setColumnWidth(HolderTableModel::Jpm, 100);
    holderLayout->addWidget(m_holders, 1);
    m_tabs->addTab(holderPage, tr("Holders"));
    split->setStretchFactor(1, 1);
    split->setSizes({290, 1000});
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    connect(exportButton, &QPushButton::clicked, this,
            [this] { exportTable(m_table, tr("Positions"), tr("positions"), false); });
    connect(printButton, &QPushButton::clicked, this, [this] { exportTable(m_table, tr("Positions"), QString(), true); });
    auto holderTitle = [this] {
        const PositionRow* row = m_model->rowAt(m_table->currentIndex().row());
        return tr("Holders of %1").arg(row ? row->position.name : QString());
    };
    connect(holderExport, &QPushButton::clicked, this,
            [this, holderTitle] { exportTable(m_holders, holderTitle(), tr("holders"), false); });
    connect(holderPrint, &QPushButton::clicked, this, [this, holderTitle] { exportTable(m_holders, holderTitle(), QString(), true); });
    connect(add, &QPushButton::clicked, this, &PositionsPage::newPosition);
    connect(edit, &QPushButton::clicked, this, &PositionsPage::editSelected);
    connect(remove, &QPushButton::clicked, this, &PositionsPage::deleteSelected);
    connect(m_table, &QTableView::activated, this, &PositionsPage::editSelected);
    connect(allUnits, &QPushButton::clicked, this, [this] { selectUnit(0); });

    auto* delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(60);
    connect(m_search, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    connect(delay, &QTimer::timeout, this, [this] {
        const qint64 keep = selectedPositionId();
        m_model->setFilterText(m_search->text());
        selectPosition(keep);
        updateCount();
    });
    connect(m_unitSearch, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_unitModel->setFilterText(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        const qint64 unitId = m_unitModel->unitIdAt(current);
        QSet<qint64> ids;
        if (unitId)
            for (qint64 id : unitWithDescendants(m_units, unitId))
                ids.insert(id);
        const qint64 keep = selectedPositionId();
        m_model->setUnitFilter(ids);
        selectPosition(keep);
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PositionsPage::onPositionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PositionsPage::onPositionChanged);
    connect(workspace, &Workspace::analyticsReady, this, &PositionsPage::fillJpm);
    connect(workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & (Workspace::Positions | Workspace::Units | Workspace::Competencies | Workspace::Employees))
            invalidate();
        else if (kinds & Workspace::Assessments)
            fillJpm();
    });
    updateCount();
}

void PositionsPage::reload()
{
    const int generation = ++m_generation;
    const Session session = workspace()->coreSession();
    m_count->setText(tr("Loading positions…"));
    auto* watcher = new QFutureWatcher<Result<Loaded>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const auto result = watcher->result();
        if (!result) {
            QMessageBox::warning(this, title(), tr("The positions could not be loaded: %1").arg(result.error().describe()));
            return;
        }
        apply(result.value());
        emit loaded(m_model->totalCount());
    });
    watcher->setFuture(QtConcurrent::run([session]() -> Result<Loaded> {
        auto db = session.connect(Session::Access::ReadOnly);
        if (!db)
            return db.error();
        QSqlDatabase c = db.value()->db();
        Loaded out;
        auto units = UnitRepository(c).all();
        auto positions = PositionRepository(c).all(true);
        auto competencies = CompetencyRepository(c).all(false);
        auto holders = positionHolderCounts(c);
        for (const Error* e : {units ? nullptr : &units.error(), positions ? nullptr : &positions.error(),
                               competencies ? nullptr : &competencies.error(), holders ? nullptr : &holders.error()})
            if (e)
                return *e;
        out.units = std::move(units).value();
        out.positions = std::move(positions).value();
        out.competencies = std::move(competencies).value();
        out.holders = std::move(holders).value();
        return out;
    }));
}

void PositionsPage::apply(const Loaded& data)
{
    const qint64 keepPosition = selectedPositionId();
    const qint64 keepUnit = m_unitModel->unitIdAt(m_tree->currentIndex());
    m_units = data.units;
    m_unitNames.clear();
    for (const Unit& u : data.units)
        m_unitNames.insert(u.id, u.name);
    const ReferenceCatalog& cat = ReferenceCatalog::instance();
    QVector<PositionRow> rows;
    rows.reserve(data.positions.size());
    for (const Position& p : data.positions) {
        PositionRow r;
        r.position = p;
        const JenjangInfo* j = cat.jenjang(p.jenjang);
        r.jenjangName = j ? j->name : p.jenjang;
        r.unitName = m_unitNames.value(p.unitId);
        r.holders = data.holders.value(p.id);
        r.vacancies = positionVacancies(p.formation, r.holders);
        rows.append(std::move(r));
    }
    m_standard->setDictionary(data.competencies);
    m_unitModel->setUnits(data.units);
    m_unitModel->setFilterText(m_unitSearch->text());
    m_model->setRows(std::move(rows));
    m_model->setFilterText(m_search->text());
    if (keepUnit)
        selectUnit(keepUnit);
    else
        m_tree->expandToDepth(0);
    if (!selectPosition(keepPosition) && !selectPosition(m_model->rowAt(0) ? m_model->rowAt(0)->position.id : 0))
        onPositionChanged();
    updateCount();
}

void PositionsPage::selectUnit(qint64 unitId)
{
    const QModelIndex index = m_unitModel->indexOfUnit(unitId);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    } else {
        m_tree->setCurrentIndex({});
        m_tree->clearSelection();
        m_model->setUnitFilter({});
        updateCount();
    }
}

bool PositionsPage::selectPosition(qint64 positionId)
{
    const int row = positionId ? m_model->rowOf(positionId) : -1;
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, PositionTableModel::Name));
    m_table->scrollTo(m_table->currentIndex());
    onPositionChanged();
    return true;
}

qint64 PositionsPage::selectedPositionId() const
{
    const PositionRow* row = m_model->rowAt(m_table->currentIndex().row());
    return row ? row->position.id : 0;
}

void PositionsPage::onPositionChanged()
{
    const PositionRow* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row) {
        if (m_shownPositionId) {
            m_shownPositionId = 0;
            m_standard->clear();
            m_holderModel->setHolders({});
            m_holderSummary->setText(tr("Choose a position to see its holders."));
        }
        return;
    }
    const bool same = row->position.id == m_shownPositionId;
    m_shownPositionId = row->position.id;
    m_standard->setPosition(row->position, same);
    showHolders(row->position, row->holders, row->vacancies);
}

void PositionsPage::showHolders(const Position& position, int holders, int vacancies)
{
    auto list = positionHolders(workspace()->db(), position.id);
    m_holderModel->setHolders(list ? std::move(list).value() : QVector<PositionHolder>());
    m_holderSummary->setText(tr("<b>%1</b> · formation %2 · %3 holders · <b>%4 vacancies</b>")
                                 .arg(position.name.toHtmlEscaped())
                                 .arg(position.formation)
                                 .arg(holders)
                                 .arg(vacancies));
    m_tabs->setTabText(1, tr("Holders (%1)").arg(holders));
    fillJpm();
}

void PositionsPage::fillJpm()
{
    if (!m_shownPositionId || m_holderModel->rowCount() == 0)
        return;
    AnalyticsSnapshotPtr snapshot = workspace()->analytics(); // null while computing; analyticsReady follows
    if (!snapshot)
        return;
    const AnalyticsData& data = snapshot->data;
    const int positionIndex = data.positionIndex(m_shownPositionId);
    const CategoryScale* scale = snapshot->scale();
    QVector<JpmResult> jpm;
    QStringList categories;
    for (const PositionHolder& h : m_holderModel->holders()) {
        const int e = data.employeeIndex(h.employeeId);
        JpmResult r;
        if (e >= 0 && data.employees()[e].positionId == m_shownPositionId && e < snapshot->jpm.size())
            r = snapshot->jpm[e]; // incumbents: the shared result against their current position
        else if (e >= 0 && positionIndex >= 0)
            r = jpmAgainst(data, snapshot->settings, e, positionIndex, scale);
        jpm.append(r);
        categories.append(scale && r.category >= 0 && r.category < scale->bands().size() ? scale->bands()[r.category].code
                                                                                          : QString());
    }
    m_holderModel->setJpm(std::move(jpm), std::move(categories));
}

void PositionsPage::updateCount()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_count->setText(shown == total ? tr("%1 positions").arg(IndonesianFormat::integer(total)) : tr("%1 of %2 positions").arg(IndonesianFormat::integer(shown)).arg(IndonesianFormat::integer(total)));
}

void PositionsPage::exportTable(QTableView* view, const QString& title, const QString& file, bool print)
{
    const ReportDocument doc = documentForTable(workspace(), reportTableFromView(view, title, m_search->text()));
    if (print)
        printDocument(this, doc);
    else
        exportDocument(this, doc, file);
}

} // namespace karsa::ui

namespace karsa::ui {

Status PositionsPage::createPosition(const Position& position)
{
    Status s = executeCreate<Position>(
        workspace(), tr("New position %1").arg(position.name), position, Workspace::Positions,
        [](QSqlDatabase db, const Position& v) { return PositionRepository(db).insert(v); },
        [](QSqlDatabase db, qint64 id) { return PositionRepository(db).remove(id); });
    return s;
}

Status PositionsPage::updatePosition(const Position& before, const Position& after)
{
    Status s = executeUpdate<Position>(
        workspace(), tr("Edit position %1").arg(after.name), before, after, Workspace::Positions,
        [](QSqlDatabase db, const Position& v) { return PositionRepository(db).update(v); },
        QStringLiteral("positions"));
    return s;
}

Status PositionsPage::deletePosition(qint64 positionId)
{
    auto snapshot = std::make_shared<RowSnapshot>();
    auto links = std::make_shared<PositionLinks>();
    QString name;
    for (const PositionRow& r : m_model->allRows())
        if (r.position.id == positionId)
            name = r.position.name;
    return DbCommand::execute(
        workspace(), tr("Delete position %1").arg(name),
        [positionId, snapshot, links](QSqlDatabase db) -> Status {
            *snapshot = RowSnapshot();
            if (Status s = snapshot->capture(db, QStringLiteral("positions"), QStringLiteral("id"), positionId); !s)
                return s;
            if (Status s = snapshot->capture(db, QStringLiteral("position_standards"), QStringLiteral("position_id"), positionId); !s)
                return s;
            auto captured = capturePositionLinks(db, positionId);
            if (!captured)
                return captured.error();
            *links = captured.value();
            return PositionRepository(db).remove(positionId);
        },
        [snapshot, links](QSqlDatabase db) -> Status {
            if (Status s = snapshot->restore(db); !s)
                return s;
            return restorePositionLinks(db, *links);
        },
        Workspace::Positions | Workspace::Employees);
}

void PositionsPage::newPosition()
{
    QSqlDatabase db = workspace()->db();
    Position p;
    p.unitId = m_unitModel->unitIdAt(m_tree->currentIndex());
    PositionEditDialog dialog(p, m_units, PositionRepository(db).all(false).value(), this);
    while (dialog.exec() == QDialog::Accepted) {
        Status s = createPosition(dialog.position());
        if (s)
            return;
        dialog.showError(s.error());
    }
}

void PositionsPage::editSelected()
{
    const PositionRow* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row)
        return;
    const Position before = row->position;
    PositionEditDialog dialog(before, m_units, PositionRepository(workspace()->db()).all(false).value(), this);
    while (dialog.exec() == QDialog::Accepted) {
        Status s = updatePosition(before, dialog.position());
        if (s)
            return;
        dialog.showError(s.error());
    }
}

void PositionsPage::deleteSelected()
{
    const PositionRow* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row)
        return;
    QString question = tr("Delete the position %1 (%2) with its competency standard?").arg(row->position.name, row->position.code);
    if (row->holders > 0)
        question += u'\n' + tr("%n employee(s) hold it; they will be left without a position.", nullptr, row->holders);
    question += u'\n' + tr("You can undo this with Edit ▸ Undo.");
    if (QMessageBox::question(this, tr("Delete position"), question) != QMessageBox::Yes)
        return;
    if (Status s = deletePosition(row->position.id); !s)
        QMessageBox::warning(this, tr("Delete position"), s.error().describe());
}

} // namespace karsa::ui
