#include "EmployeesPage.h"

#include "common/TablePanel.h"

#include "EmployeeEditDialog.h"
#include "EmployeeTableModel.h"
#include "common/DbCommand.h"
#include "common/TableExport.h"
#include "shell/Workspace.h"
#include "storage/EmployeeRepository.h"
#include "storage/PositionRepository.h"
#include "storage/RowSnapshot.h"
#include "storage/Sql.h"
#include "storage/UnitRepository.h"
#include "refdata/ReferenceCatalog.h"
#include "security/PermissionGate.h"
#include "reports/IndonesianFormat.h"

#include <QComboBox>
#include <QMenu>
#include <QPushButton>
#include <QSettings>

#include <functional>

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace karsa::ui {

EmployeesPage::EmployeesPage(Workspace* workspace, QWidget* parent) : Page(workspace, parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("employeeSearch"));
    m_search->setPlaceholderText(tr("Search name, NIP, position or unit…"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    m_filterChip = new QWidget(this);
    m_filterChip->setObjectName(QStringLiteral("employeeFilterChip"));
    m_filterChip->setAttribute(Qt::WA_StyledBackground);
    m_filterChip->setStyleSheet(QStringLiteral("#employeeFilterChip { background: #dbe8f7; border: 1px solid #2f6db5;"
                                               " border-radius: 10px; }"));
    auto* chipLayout = new QHBoxLayout(m_filterChip);
    chipLayout->setContentsMargins(8, 1, 2, 1);
    chipLayout->setSpacing(2);
    m_filterLabel = new QLabel(m_filterChip);
    auto* clearFilter = new QToolButton(m_filterChip);
    clearFilter->setText(QStringLiteral("✕"));
    clearFilter->setAutoRaise(true);
    clearFilter->setToolTip(tr("Show all employees"));
    chipLayout->addWidget(m_filterLabel);
    chipLayout->addWidget(clearFilter);
    m_filterChip->hide();
    connect(clearFilter, &QToolButton::clicked, this, &EmployeesPage::clearEmployeeFilter);
    bar->addWidget(m_filterChip);
    m_count = new QLabel(this);
    bar->addWidget(m_count);
    auto* add = new QPushButton(tr("New…"), this);
    add->setObjectName(QStringLiteral("newEmployee"));
    auto* edit = new QPushButton(tr("Edit…"), this);
    auto* remove = new QPushButton(tr("Delete"), this);
    PermissionGate::mark(add);
    PermissionGate::mark(edit);
    PermissionGate::mark(remove);
    bar->addWidget(add);
    bar->addWidget(edit);
    bar->addWidget(remove);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    auto* printButton = new QPushButton(tr("Print…"), this);
    bar->addWidget(exportButton);
    bar->addWidget(printButton);
    connect(exportButton, &QPushButton::clicked, this,
            [this] { exportDocument(this, reportDocument(), exportSubject()); });
    connect(printButton, &QPushButton::clicked, this, [this] { printDocument(this, reportDocument()); });
    connect(add, &QPushButton::clicked, this, &EmployeesPage::newEmployee);
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedEmployeeId())
            editEmployee(id);
    });
    connect(remove, &QPushButton::clicked, this, &EmployeesPage::deleteSelected);
    layout->addLayout(bar);
    layout->addWidget(buildFilterBar());

    m_model = new EmployeeTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("employeeTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EmployeeTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(EmployeeTableModel::Nip, 165);
    m_table->setColumnWidth(EmployeeTableModel::Name, 250);
    m_table->setColumnWidth(EmployeeTableModel::Status, 55);
    m_table->setColumnWidth(EmployeeTableModel::Golongan, 70);
    m_table->setColumnWidth(EmployeeTableModel::Position, 265);
    m_table->setColumnWidth(EmployeeTableModel::Unit, 225);
    m_table->setColumnWidth(EmployeeTableModel::Jpm, 80);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(tr("Right-click to choose the columns"));
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &EmployeesPage::showColumnMenu);
    for (const QVariant& c : QSettings().value(QStringLiteral("employees/hiddenColumns")).toList())
        if (c.toInt() >= 0 && c.toInt() < EmployeeTableModel::ColumnCount)
            m_table->setColumnHidden(c.toInt(), true);
    layout->addWidget(m_table);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const EmployeeListRow* row = m_model->rowAt(index.row()))
            emit openEmployee(row->id);
    });

    // A short delay coalesces fast typing into one filter pass.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(0); // coalesces keystrokes already queued, adds no delay
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_model->setFilterText(m_search->text());
        updateCount();
    });
    connect(workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & (Workspace::Employees | Workspace::Positions | Workspace::Units))
            invalidate();
    });
    connect(workspace, &Workspace::analyticsReady, this, &EmployeesPage::applyAnalytics);
    updateCount();
}

QWidget* EmployeesPage::buildFilterBar()
{
    auto* bar = new QWidget(this);
    auto* h = new QHBoxLayout(bar);
    h->setContentsMargins(0, 0, 0, 0);
    auto combo = [bar, h](const QString& label, const QString& name, int width) {
        h->addWidget(new QLabel(label, bar));
        auto* c = new QComboBox(bar);
        c->setObjectName(name);
        c->setMinimumWidth(width);
        h->addWidget(c);
        return c;
    };
    m_unitFilter = combo(tr("Unit:"), QStringLiteral("unitFilter"), 200);
    m_unitFilter->setEditable(true);
    m_unitFilter->setInsertPolicy(QComboBox::NoInsert);
    m_jenjangFilter = combo(tr("Jenjang:"), QStringLiteral("jenjangFilter"), 130);
    m_golonganFilter = combo(tr("Golongan:"), QStringLiteral("golonganFilter"), 80);
    m_statusFilter = combo(tr("Status:"), QStringLiteral("statusFilter"), 80);
    m_categoryFilter = combo(tr("JPM category:"), QStringLiteral("categoryFilter"), 120);
    auto* reset = new QPushButton(tr("Reset filters"), bar);
    h->addWidget(reset);
    h->addStretch(1);

    const ReferenceCatalog& cat = ReferenceCatalog::instance();
    m_jenjangFilter->addItem(tr("All"), QString());
    for (const JenjangInfo& j : cat.jenjangList())
        m_jenjangFilter->addItem(j.name, j.code);
    m_golonganFilter->addItem(tr("All"), QString());
    for (const auto* list : {&cat.golonganPns(), &cat.golonganPppk()})
        for (const GolonganInfo& g : *list)
            m_golonganFilter->addItem(g.code, g.code);
    m_statusFilter->addItem(tr("All"), QString());
    for (const char* st : {"PNS", "CPNS", "PPPK"})
        m_statusFilter->addItem(QLatin1String(st), QLatin1String(st));
    m_categoryFilter->addItem(tr("All"), QString());
    m_unitFilter->addItem(tr("All units"), 0);

    for (QComboBox* c : {m_unitFilter, m_jenjangFilter, m_golonganFilter, m_statusFilter, m_categoryFilter})
        connect(c, &QComboBox::currentIndexChanged, this, &EmployeesPage::applyFilterCombos);
    connect(reset, &QPushButton::clicked, this, &EmployeesPage::resetFilters);
    return bar;
}

const Unit* EmployeesPage::chosenUnit() const
{
    const qint64 unitId = m_unitFilter->currentData().toLongLong();
    for (const Unit& u : m_units)
        if (u.id == unitId)
            return &u;
    return nullptr;
}

ReportDocument EmployeesPage::reportDocument() const
{
    const Unit* unit = chosenUnit();
    QStringList filters;
    for (const auto& [combo, label] : {std::pair{m_jenjangFilter, tr("Jenjang")}, std::pair{m_golonganFilter, tr("Golongan")},
                                       std::pair{m_statusFilter, tr("Status")},
                                       std::pair{m_categoryFilter, tr("JPM category")}})
        if (!combo->currentData().toString().isEmpty())
            filters << label + QStringLiteral(" ") + combo->currentText().trimmed();
    if (!m_filterCaption.isEmpty() && m_filterChip->isVisible())
        filters << m_filterCaption;
    filters << TablePanel::searchDescription(m_search->text());
    const QString scope = ReportDocument::scopeLine(unit ? unit->name : tr("All units"), filters, QDate());
    return documentForTable(workspace(), reportTableFromView(m_table, tr("Employees"), scope));
}

QString EmployeesPage::exportSubject() const
{
    const Unit* unit = chosenUnit();
    return unit ? tr("Employees") + u'-' + unit->code : tr("Employees");
}

void EmployeesPage::fillUnitChoices()
{
    auto units = UnitRepository(workspace()->db()).all();
    if (!units)
        return;
    m_units = units.value();
    const qint64 current = m_unitFilter->currentData().toLongLong();
    QHash<qint64, int> depth;
    QHash<qint64, QVector<int>> children;
    QVector<int> roots;
    for (int i = 0; i < m_units.size(); ++i) {
        if (m_units[i].parentId)
            children[m_units[i].parentId].append(i);
        else
            roots.append(i);
    }
    m_settingFilters = true;
    m_unitFilter->clear();
    m_unitFilter->addItem(tr("All units"), 0);
    // Depth-first, so every unit follows its parent, indented by level.
    std::function<void(int, int)> add = [&](int i, int level) {
        m_unitFilter->addItem(QString(level * 3, u' ') + m_units[i].name, m_units[i].id);
        for (int c : children.value(m_units[i].id))
            add(c, level + 1);
    };
    for (int r : std::as_const(roots))
        add(r, 0);
    m_unitFilter->setCurrentIndex(qMax(0, m_unitFilter->findData(current)));
    m_settingFilters = false;
}

void EmployeesPage::applyFilterCombos()
{
    if (m_settingFilters)
        return;
    EmployeeTableModel::Filter f;
    const qint64 unitId = m_unitFilter->currentData().toLongLong();
    if (unitId > 0) {
        f.unitOn = true;
        const QVector<qint64> ids = unitWithDescendants(m_units, unitId);
        f.unitIds = QSet<qint64>(ids.cbegin(), ids.cend());
    }
    f.jenjang = m_jenjangFilter->currentData().toString();
    f.golongan = m_golonganFilter->currentData().toString();
    f.status = m_statusFilter->currentData().toString();
    f.category = m_categoryFilter->currentData().toString();
    m_model->setFilter(f);
    updateCount();
}

void EmployeesPage::setFilters(qint64 unitId, const QString& jenjang, const QString& golongan, const QString& status,
                               const QString& category)
{
    m_settingFilters = true;
    m_unitFilter->setCurrentIndex(qMax(0, m_unitFilter->findData(unitId)));
    m_jenjangFilter->setCurrentIndex(qMax(0, m_jenjangFilter->findData(jenjang)));
    m_golonganFilter->setCurrentIndex(qMax(0, m_golonganFilter->findData(golongan)));
    m_statusFilter->setCurrentIndex(qMax(0, m_statusFilter->findData(status)));
    m_categoryFilter->setCurrentIndex(qMax(0, m_categoryFilter->findData(category)));
    m_settingFilters = false;
    applyFilterCombos();
}

void EmployeesPage::resetFilters()
{
    // Every filter: the attribute filters, the search and a dashboard chart's list.
    clearSearchAndAttributes();
    m_filterCaption.clear();
    m_filterChip->hide();
    m_model->clearIdFilter();
    updateCount();
}

void EmployeesPage::clearSearchAndAttributes()
{
    m_searchDelay->stop();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_model->setFilterText(QString());
    m_settingFilters = true;
    for (QComboBox* c : {m_unitFilter, m_jenjangFilter, m_golonganFilter, m_statusFilter, m_categoryFilter})
        c->setCurrentIndex(0);
    m_settingFilters = false;
    m_model->setFilter(EmployeeTableModel::Filter());
}

void EmployeesPage::applyAnalytics()
{
    const AnalyticsSnapshotPtr snapshot = workspace()->analytics();
    if (!snapshot)
        return;
    const CategoryScale* scale = snapshot->scale();
    QHash<qint64, EmployeeTableModel::JpmInfo> jpm;
    const auto& employees = snapshot->data.employees();
    jpm.reserve(employees.size());
    for (int i = 0; i < employees.size(); ++i) {
        const JpmResult& r = snapshot->jpm.value(i);
        if (r.status == JpmStatus::NoStandard)
            continue;
        EmployeeTableModel::JpmInfo info;
        info.jpm = r.jpm;
        info.complete = r.complete();
        if (info.complete && scale && r.category >= 0 && r.category < scale->bands().size()) {
            info.categoryCode = scale->bands()[r.category].code;
            info.categoryLabel = scale->bands()[r.category].label;
        }
        jpm.insert(employees[i].id, info);
    }
    m_model->setJpm(std::move(jpm));
    // The category choices follow the scale in use.
    const QString current = m_categoryFilter->currentData().toString();
    m_settingFilters = true;
    m_categoryFilter->clear();
    m_categoryFilter->addItem(tr("All"), QString());
    if (scale)
        for (const CategoryBand& b : scale->bands())
            m_categoryFilter->addItem(QStringLiteral("%1 — %2").arg(b.code, b.label), b.code);
    m_categoryFilter->addItem(tr("Incomplete"), EmployeeTableModel::kIncomplete);
    m_categoryFilter->setCurrentIndex(qMax(0, m_categoryFilter->findData(current)));
    m_settingFilters = false;
    applyFilterCombos();
}

void EmployeesPage::showColumnMenu(const QPoint& pos)
{
    QMenu menu(this);
    for (int c = 0; c < EmployeeTableModel::ColumnCount; ++c) {
        QAction* a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_table->isColumnHidden(c));
        a->setEnabled(c != EmployeeTableModel::Name); // the name always stays
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            m_table->setColumnHidden(c, !on);
            saveHiddenColumns();
        });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void EmployeesPage::saveHiddenColumns() const
{
    QVariantList hidden;
    for (int c = 0; c < EmployeeTableModel::ColumnCount; ++c)
        if (m_table->isColumnHidden(c))
            hidden << c;
    QSettings().setValue(QStringLiteral("employees/hiddenColumns"), hidden);
}

void EmployeesPage::reload()
{
    const int generation = ++m_generation;
    const Session session = workspace()->coreSession();
    m_count->setText(tr("Loading employees…"));
    using Loaded = Result<EmployeeTableModel::Prepared>;
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        auto rows = watcher->result();
        if (!rows) {
            QMessageBox::warning(this, tr("Employees"), tr("The employee list could not be loaded: %1").arg(rows.error().describe()));
            return;
        }
        m_model->setPrepared(std::move(rows).value());
        m_model->setFilterText(m_search->text());
        fillUnitChoices();
        applyFilterCombos();
        applyAnalytics();
        updateCount();
        emit loaded(m_model->totalCount());
    });
    // A connection belongs to one thread: the worker opens its own.
    watcher->setFuture(QtConcurrent::run([session]() -> Loaded {
        auto db = session.connect(Session::Access::ReadOnly);
        if (!db)
            return db.error();
        auto rows = EmployeeDirectory::load(db.value()->db());
        if (!rows)
            return rows.error();
        return EmployeeTableModel::prepare(std::move(rows).value());
    }));
}

void EmployeesPage::updateCount()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_count->setText(shown == total ? tr("%1 employees").arg(IndonesianFormat::integer(total)) : tr("%1 of %2 employees").arg(IndonesianFormat::integer(shown)).arg(IndonesianFormat::integer(total)));
}

} // namespace karsa::ui

namespace karsa::ui {

void EmployeesPage::showEmployees(const QString& caption, const QVector<qint64>& ids)
{
    // The list shows exactly the chart's employees: a unit, search or category filter left from before
    // would hide some of them, so they are cleared (and the chip says so).
    clearSearchAndAttributes();
    m_filterCaption = caption;
    m_filterLabel->setText(tr("Filter: %1 (other filters cleared)").arg(caption));
    m_filterChip->show();
    m_model->setIdFilter(ids);
    updateCount();
}

void EmployeesPage::clearEmployeeFilter()
{
    m_filterCaption.clear();
    m_filterChip->hide();
    m_model->clearIdFilter();
    updateCount();
}

qint64 EmployeesPage::selectedEmployeeId() const
{
    const QModelIndex current = m_table->currentIndex();
    const EmployeeListRow* row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    return row ? row->id : 0;
}

void EmployeesPage::newEmployee()
{
    QSqlDatabase db = workspace()->db();
    EmployeeEditDialog dialog(Employee(), UnitRepository(db).all().value(), PositionRepository(db).all(false).value(), this);
    while (dialog.exec() == QDialog::Accepted) {
        const Employee e = dialog.employee();
        Status s = executeCreate<Employee>(
            workspace(), tr("New employee %1").arg(e.name), e, Workspace::Employees,
            [](QSqlDatabase db, const Employee& v) { return EmployeeRepository(db).insert(v); },
            [](QSqlDatabase db, qint64 id) { return EmployeeRepository(db).remove(id); });
        if (s)
            return;
        dialog.showError(s.error());
    }
}

void EmployeesPage::editEmployee(qint64 employeeId)
{
    QSqlDatabase db = workspace()->db();
    auto before = EmployeeRepository(db).byId(employeeId);
    if (!before) {
        QMessageBox::warning(this, tr("Edit employee"), before.error().describe());
        return;
    }
    EmployeeEditDialog dialog(before.value(), UnitRepository(db).all().value(), PositionRepository(db).all(false).value(), this);
    while (dialog.exec() == QDialog::Accepted) {
        const Employee after = dialog.employee();
        const Employee original = before.value();
        Status s = executeUpdate<Employee>(
            workspace(), tr("Edit employee %1").arg(after.name), original, after, Workspace::Employees,
            [](QSqlDatabase db, const Employee& v) { return EmployeeRepository(db).update(v); },
            QStringLiteral("employees"));
        if (s)
            return;
        dialog.showError(s.error());
    }
}

void EmployeesPage::deleteSelected()
{
    const qint64 id = selectedEmployeeId();
    if (!id)
        return;
    const EmployeeListRow* row = m_model->rowAt(m_table->currentIndex().row());
    if (QMessageBox::question(this, tr("Delete employee"),
                              tr("Delete %1 (NIP %2) with their assessment history and performance records?\n"
                                 "You can undo this with Edit ▸ Undo.")
                                  .arg(row->fullName, Nip::format(row->nip))) != QMessageBox::Yes)
        return;
    auto snapshot = std::make_shared<RowSnapshot>();
    Status s = DbCommand::execute(
        workspace(), tr("Delete employee %1").arg(row->fullName),
        [id, snapshot](QSqlDatabase db) -> Status {
            *snapshot = RowSnapshot();
            for (const char* table : {"employees"})
                if (Status c = snapshot->capture(db, QLatin1String(table), QStringLiteral("id"), id); !c)
                    return c;
            for (const char* table : {"assessments", "performance_ratings", "disciplinary_records"})
                if (Status c = snapshot->capture(db, QLatin1String(table), QStringLiteral("employee_id"), id); !c)
                    return c;
            return EmployeeRepository(db).remove(id);
        },
        [snapshot](QSqlDatabase db) { return snapshot->restore(db); }, Workspace::Employees | Workspace::Assessments);
    if (!s)
        QMessageBox::warning(this, tr("Delete employee"), s.error().describe());
}

} // namespace karsa::ui
