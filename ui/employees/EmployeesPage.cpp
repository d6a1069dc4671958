#include "EmployeesPage.h"

#include "EmployeeEditDialog.h"
#include "EmployeeTableModel.h"
#include "common/DbCommand.h"
#include "common/TableExport.h"
#include "shell/Workspace.h"
#include "storage/EmployeeRepository.h"
#include "storage/PositionRepository.h"
#include "storage/RowSnapshot.h"
#include "storage/UnitRepository.h"

#include <QPushButton>

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
    bar->addWidget(add);
    bar->addWidget(edit);
    bar->addWidget(remove);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    auto* printButton = new QPushButton(tr("Print…"), this);
    bar->addWidget(exportButton);
    bar->addWidget(printButton);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        exportDocument(this, documentForTable(this->workspace(), reportTableFromView(m_table, tr("Employees"), m_search->text())),
                       tr("employees"));
    });
    connect(printButton, &QPushButton::clicked, this, [this] {
        printDocument(this, documentForTable(this->workspace(), reportTableFromView(m_table, tr("Employees"), m_search->text())));
    });
    connect(add, &QPushButton::clicked, this, &EmployeesPage::newEmployee);
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedEmployeeId())
            editEmployee(id);
    });
    connect(remove, &QPushButton::clicked, this, &EmployeesPage::deleteSelected);
    layout->addLayout(bar);

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
    m_table->setColumnWidth(EmployeeTableModel::Nip, 190);
    m_table->setColumnWidth(EmployeeTableModel::Name, 280);
    m_table->setColumnWidth(EmployeeTableModel::Status, 70);
    m_table->setColumnWidth(EmployeeTableModel::Golongan, 80);
    m_table->setColumnWidth(EmployeeTableModel::Position, 320);
    layout->addWidget(m_table);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const EmployeeListRow* row = m_model->rowAt(index.row()))
            emit openEmployee(row->id);
    });

    // A short delay coalesces fast typing into one filter pass.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(60);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_model->setFilterText(m_search->text());
        updateCount();
    });
    connect(workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & (Workspace::Employees | Workspace::Positions | Workspace::Units))
            invalidate();
    });
    updateCount();
}

void EmployeesPage::reload()
{
    const int generation = ++m_generation;
    const QString path = workspace()->databasePath();
    m_count->setText(tr("Loading employees…"));
    auto* watcher = new QFutureWatcher<Result<QVector<EmployeeListRow>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        auto rows = watcher->result();
        if (!rows) {
            QMessageBox::warning(this, tr("Employees"), tr("The employee list could not be loaded: %1").arg(rows.error().describe()));
            return;
        }
        m_model->setRows(std::move(rows).value());
        m_model->setFilterText(m_search->text());
        updateCount();
        emit loaded(m_model->totalCount());
    });
    // A connection belongs to one thread: the worker opens its own.
    watcher->setFuture(QtConcurrent::run([path]() -> Result<QVector<EmployeeListRow>> {
        auto db = Database::open(path, Database::Mode::OpenExisting);
        if (!db)
            return db.error();
        return EmployeeDirectory::load(db.value()->db());
    }));
}

void EmployeesPage::updateCount()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_count->setText(shown == total ? tr("%1 employees").arg(total) : tr("%1 of %2 employees").arg(shown).arg(total));
}

} // namespace karsa::ui

namespace karsa::ui {

void EmployeesPage::showEmployees(const QString& caption, const QVector<qint64>& ids)
{
    m_filterCaption = caption;
    m_filterLabel->setText(tr("Filter: %1").arg(caption));
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
        auto id = std::make_shared<qint64>(0);
        Status s = DbCommand::execute(
            workspace(), tr("New employee %1").arg(e.name),
            [e, id](QSqlDatabase db) -> Status {
                auto r = EmployeeRepository(db).insert(e);
                if (!r)
                    return r.error();
                *id = r.value();
                return {};
            },
            [id](QSqlDatabase db) { return EmployeeRepository(db).remove(*id); }, Workspace::Employees);
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
        // The first write checks row_version (someone else's change is refused); undo and redo
        // restore this session's own values on top of the current version.
        auto writeOver = [](Employee values) {
            return [values](QSqlDatabase db) mutable -> Status {
                auto current = EmployeeRepository(db).byId(values.id);
                if (!current)
                    return current.error();
                values.rowVersion = current->rowVersion;
                return EmployeeRepository(db).update(values);
            };
        };
        bool first = true;
        Status s = DbCommand::execute(
            workspace(), tr("Edit employee %1").arg(after.name),
            [after, writeOver, first](QSqlDatabase db) mutable -> Status {
                if (first) {
                    first = false;
                    return EmployeeRepository(db).update(after);
                }
                return writeOver(after)(db);
            },
            writeOver(original), Workspace::Employees);
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
