#include "MainWindow.h"

#include "employees/EmployeeTableModel.h"
#include "storage/EmployeeDirectory.h"

#include <QDir>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace karsa::ui {

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent), m_database(std::move(database))
{
    setWindowTitle(tr("Karsa — %1").arg(QFileInfo(m_database->path()).fileName()));
    resize(1200, 760);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("employeeSearch"));
    m_search->setPlaceholderText(tr("Search name, NIP, position or unit…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_model = new EmployeeTableModel(this);
    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("employeeTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EmployeeTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(EmployeeTableModel::Nip, 190);
    m_table->setColumnWidth(EmployeeTableModel::Name, 280);
    m_table->setColumnWidth(EmployeeTableModel::Status, 70);
    m_table->setColumnWidth(EmployeeTableModel::Golongan, 80);
    m_table->setColumnWidth(EmployeeTableModel::Position, 300);
    layout->addWidget(m_table);
    setCentralWidget(central);

    // A short delay coalesces fast typing into one filter pass.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(60);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_model->setFilterText(m_search->text());
        updateStatus();
    });

    m_dbLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_dbLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    m_dbLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_database->path())));
    updateStatus();
    reloadEmployees();
}

MainWindow::~MainWindow() = default;

void MainWindow::reloadEmployees()
{
    const int generation = ++m_generation;
    const QString path = m_database->path();
    m_countLabel->setText(tr("Loading employees…"));
    auto* watcher = new QFutureWatcher<Result<QVector<EmployeeListRow>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        auto rows = watcher->result();
        if (!rows) {
            QMessageBox::warning(this, tr("Karsa"), tr("The employee list could not be loaded: %1").arg(rows.error().describe()));
            return;
        }
        m_model->setRows(std::move(rows).value());
        m_model->setFilterText(m_search->text());
        updateStatus();
        emit employeesLoaded(m_model->totalCount());
    });
    // A connection belongs to one thread: the worker opens its own.
    watcher->setFuture(QtConcurrent::run([path]() -> Result<QVector<EmployeeListRow>> {
        auto db = Database::open(path, Database::Mode::OpenExisting);
        if (!db)
            return db.error();
        return EmployeeDirectory::load(db.value()->db());
    }));
}

void MainWindow::updateStatus()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_countLabel->setText(shown == total ? tr("%n employee(s)", nullptr, total)
                                         : tr("%1 of %2 employees").arg(shown).arg(total));
}

} // namespace karsa::ui
