#include "MainWindow.h"

#include "AboutDialog.h"
#include "reports/Letterhead.h"
#include "storage/SettingsRepository.h"

#include "ScreenFit.h"
#include "Workspace.h"
#include "common/ElidedLabel.h"
#include "assessments/AssessmentsPage.h"
#include "common/Page.h"
#include "dashboard/DashboardPage.h"
#include "development/DevelopmentPage.h"
#include "employees/EmployeesPage.h"
#include "evaluation/EvaluationPage.h"
#include "import/ImportWizard.h"
#include "profile/EmployeeProfileWindow.h"
#include "placement/PlacementPage.h"
#include "positions/PositionsPage.h"
#include "competencies/CompetenciesPage.h"
#include "security/AuditPage.h"
#include "security/LoginFlow.h"
#include "security/PermissionGate.h"
#include "security/UsersPage.h"
#include "settings/SettingsPage.h"
#include "storage/BackupManager.h"
#include "storage/FilePresence.h"
#include "storage/UserRepository.h"
#include "talent/TalentPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QProgressBar>
#include <QScrollArea>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace karsa::ui {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentDatabases");
} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget* parent) : QMainWindow(parent)
{
    m_workspace = new Workspace(this);
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(210);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: #1f3a5f; color: white; border: none; font-size: 11pt; padding-top: 8px; outline: 0; }"
        "QListWidget#navigation::item { padding: 9px 14px; border: none; margin: 0px; }"
        "QListWidget#navigation::item:hover { background: #284b78; }"
        "QListWidget#navigation::item:selected { background: #2f6db5; color: white; padding: 9px 14px; }"));
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    // The path can be as long as the file system allows: shortened in the middle, never widening the window.
    m_dbLabel = new ElidedLabel(this);
    m_dbLabel->setObjectName(QStringLiteral("databasePath"));
    statusBar()->addWidget(m_dbLabel, 1);
    // Another window or karsa-cli on the same file: said here, so nobody is surprised by refreshes.
    m_othersLabel = new QLabel(this);
    m_othersLabel->setObjectName(QStringLiteral("othersUsingFile"));
    m_othersLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; }"));
    m_othersLabel->hide();
    statusBar()->addPermanentWidget(m_othersLabel);
    // The generated demo city is never mistaken for the agency's data.
    m_demoLabel = new QLabel(Letterhead::demoNotice(), this);
    m_demoLabel->setObjectName(QStringLiteral("demoDataBanner"));
    m_demoLabel->setStyleSheet(QStringLiteral("QLabel { color: white; background: #b01e1e; font-weight: bold; "
                                              "padding: 1px 8px; border-radius: 3px; }"));
    m_demoLabel->hide();
    statusBar()->addPermanentWidget(m_demoLabel);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("signedInUser"));
    statusBar()->addPermanentWidget(m_userLabel);
    // Long background work (the analytics of the whole city) shows here and can be cancelled.
    auto* busy = new QWidget(this);
    auto* busyLayout = new QHBoxLayout(busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    auto* busyLabel = new QLabel(tr("Computing the analytics…"), busy);
    auto* busyBar = new QProgressBar(busy);
    busyBar->setRange(0, 0);
    busyBar->setMaximumWidth(120);
    busyBar->setMaximumHeight(14);
    auto* busyCancel = new QToolButton(busy);
    busyCancel->setText(tr("Cancel"));
    busyCancel->setObjectName(QStringLiteral("cancelAnalytics"));
    busyLayout->addWidget(busyLabel);
    busyLayout->addWidget(busyBar);
    busyLayout->addWidget(busyCancel);
    busy->hide();
    statusBar()->addPermanentWidget(busy);

    auto* dashboard = new DashboardPage(m_workspace, m_stack);
    addPage(dashboard);
    auto* employees = new EmployeesPage(m_workspace, m_stack);
    addPage(employees);
    connect(employees, &EmployeesPage::openEmployee, this,
            [this](qint64 id) { EmployeeProfileWindow::open(m_workspace, id, this); });
    connect(dashboard, &DashboardPage::openEmployeeList, this,
            [this, employees](const QString& caption, const QVector<qint64>& ids) {
                showPage(int(m_pages.indexOf(employees)));
                employees->showEmployees(caption, ids);
            });
    addPage(new PositionsPage(m_workspace, m_stack));
    addPage(new CompetenciesPage(m_workspace, m_stack));
    addPage(new AssessmentsPage(m_workspace, m_stack));
    addPage(new TalentPage(m_workspace, m_stack));
    addPage(new DevelopmentPage(m_workspace, m_stack));
    addPage(new EvaluationPage(m_workspace, m_stack));
    addPage(new PlacementPage(m_workspace, m_stack));
    addPage(new SettingsPage(m_workspace, m_stack));
    addPage(new UsersPage(m_workspace, m_stack));
    addPage(new AuditPage(m_workspace, m_stack));

    fitNavigationWidth();
    buildMenus();
    connect(m_workspace, &Workspace::databaseChanged, this, &MainWindow::updateTitle);
    connect(m_workspace, &Workspace::sessionChanged, this, &MainWindow::applySession);
    connect(m_workspace, &Workspace::analyticsStarted, busy, &QWidget::show);
    for (auto signal : {&Workspace::analyticsReady, &Workspace::analyticsCancelled})
        connect(m_workspace, signal, busy, &QWidget::hide);
    connect(m_workspace, &Workspace::analyticsFailed, busy, &QWidget::hide);
    connect(busyCancel, &QToolButton::clicked, m_workspace, &Workspace::cancelAnalytics);
    connect(m_workspace, &Workspace::othersUsingFileChanged, this, [this](const QString& others) {
        m_othersLabel->setText(tr("Also open in: %1").arg(others));
        m_othersLabel->setToolTip(tr("This database file is open in another program too. Changes made there appear "
                                     "here within a few seconds; both can work safely."));
        m_othersLabel->setVisible(!others.isEmpty());
    });
    connect(m_workspace, &Workspace::externalChange, this,
            [this] { statusBar()->showMessage(tr("Data changed in another program; the pages were refreshed"), 5000); });
    connect(m_workspace, &Workspace::backupMade, this, [this](const QString& file) {
        statusBar()->showMessage(tr("Daily backup saved: %1").arg(QFileInfo(file).fileName()), 6000);
    });
    connect(m_workspace, &Workspace::backupFailed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Automatic backup"), tr("The automatic backup failed: %1").arg(message));
    });
    m_workspace->setDatabase(std::move(database));
    rememberRecent(m_workspace->databasePath());

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    // A geometry saved on a larger screen, or the first size on a 1366×768 display, fits the screen.
    fitWindowToScreen(this);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_navigation->setCurrentRow(qBound(0, settings.value(QStringLiteral("window/page")).toInt(), int(m_pages.size()) - 1));
    applySession();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page* page)
{
    m_pages.append(page);
    // On a small screen (1366×768) a page larger than the room left scrolls instead of widening the window.
    auto* scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    if (page->objectName().isEmpty())
        page->setObjectName(QString::fromLatin1(page->metaObject()->className()).section(u':', -1));
    auto* item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    item->setSizeHint(QSize(200, 38));
}

void MainWindow::fitNavigationWidth()
{
    // Wide enough for the longest page title in the chosen language (English titles are longer).
    QFont font = m_navigation->font();
    font.setPointSize(11);
    const QFontMetrics metrics(font);
    int widest = 0;
    for (const Page* page : std::as_const(m_pages))
        widest = qMax(widest, metrics.horizontalAdvance(page->title()));
    // Item padding 14 px each side, the 20 px icon, the gap after it and the style's frame.
    const int width = qMax(210, widest + 2 * 14 + 20 + 12 + 10);
    m_navigation->setFixedWidth(width);
    for (int i = 0; i < m_navigation->count(); ++i)
        m_navigation->item(i)->setSizeHint(QSize(width - 10, 38));
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
    m_pages[index]->activate();
}

Page* MainWindow::currentPage() const
{
    const int index = m_stack->currentIndex();
    return index >= 0 && index < m_pages.size() ? m_pages[index] : nullptr;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newDb = file->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New database…"), QKeySequence::New,
                                     this, &MainWindow::newDatabase);
    QAction* openDb = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open database…"),
                                      QKeySequence::Open, this, &MainWindow::openDatabase);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    QAction* backup = file->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save a &backup copy…"), this,
                                      &MainWindow::saveBackupCopy);
    QAction* import = file->addAction(tr("&Import…"), this, [this] {
        ImportWizard wizard(m_workspace, this);
        wizard.exec();
    });
    import->setObjectName(QStringLiteral("importWizard"));
    PermissionGate::mark(import, Permission::RunImport);
    PermissionGate::mark(backup, Permission::MakeBackup);
    QAction* restore = file->addAction(tr("&Restore from a backup…"), this, &MainWindow::restoreBackup);
    restore->setObjectName(QStringLiteral("restoreBackup"));
    PermissionGate::mark(restore, Permission::RestoreBackup);
    file->addSeparator();
    file->addAction(tr("Sign in as &another user…"), this, &MainWindow::switchUser);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    rebuildRecentMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_workspace->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_workspace->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));

    QToolBar* bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(newDb);
    bar->addAction(openDb);
    bar->addAction(backup);
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = help->addAction(tr("&About Karsa"), this, [this] { AboutDialog(this).exec(); });
    about->setObjectName(QStringLiteral("aboutKarsa"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openDatabaseFile(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::rememberRecent(const QString& path)
{
    if (path.isEmpty())
        return;
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    settings.setValue(QStringLiteral("lastDatabase"), absolute);
    rebuildRecentMenu();
}

bool MainWindow::openDatabaseFile(const QString& path, Database::Mode mode)
{
    auto db = Database::open(path, mode);
    if (!db) {
        QMessageBox::warning(this, tr("Open database"), db.error().describe());
        return false;
    }
    const std::optional<UserSession> session = LoginFlow::signIn(*db.value(), this);
    if (!session)
        return false;
    m_workspace->setDatabase(std::move(db).value());
    m_workspace->setSession(*session);
    rememberRecent(path);
    if (Page* page = currentPage())
        page->activate();
    return true;
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QDir::homePath(),
                                                      tr("Karsa database (*.db *.karsa)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_workspace->databasePath()).absoluteFilePath() ||
        !FilePresence::others(path).isEmpty()) {
        QMessageBox::warning(this, tr("New database"),
                             tr("%1 is open (here or in another program) and cannot be replaced.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("New database"), tr("%1 cannot be replaced.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabaseFile(path, Database::Mode::CreateOrOpen);
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_workspace->databasePath()).absolutePath(),
                                                      tr("Karsa database (*.db *.karsa);;All files (*)"));
    if (!path.isEmpty())
        openDatabaseFile(path);
}

void MainWindow::saveBackupCopy()
{
    const QString suggested = QFileInfo(m_workspace->databasePath()).completeBaseName() + QStringLiteral("-backup-") +
                              QDate::currentDate().toString(u"yyyyMMdd") + QStringLiteral(".db");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a backup copy"),
                                                      QDir(QFileInfo(m_workspace->databasePath()).absolutePath()).filePath(suggested),
                                                      tr("Karsa database (*.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_workspace->databasePath()).absoluteFilePath()) {
        QMessageBox::warning(this, tr("Save a backup copy"), tr("Choose a different file from the open database."));
        return;
    }
    if (Status s = BackupManager::backupTo(m_workspace->database(), path); !s)
        QMessageBox::warning(this, tr("Save a backup copy"), s.error().describe());
    else
        statusBar()->showMessage(tr("Backup saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::restoreBackup()
{
    const QString dir = BackupManager::folderFor(m_workspace->databasePath());
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore from a backup"),
                                                      QFileInfo::exists(dir) ? dir : QFileInfo(m_workspace->databasePath()).absolutePath(),
                                                      tr("Karsa database (*.db *.karsa *.bak);;All files (*)"));
    if (path.isEmpty())
        return;
    auto check = BackupManager::validate(path);
    if (!check) {
        QMessageBox::warning(this, tr("Restore from a backup"), check.error().describe());
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Restore from a backup"),
        tr("Replace the data of %1 with the backup %2 (%n employee(s))?\n\nThe current data is saved first as an "
           "automatic backup, so this can be reversed by restoring that file.",
           nullptr, int(check->employees))
            .arg(QFileInfo(m_workspace->databasePath()).fileName(), QFileInfo(path).fileName()));
    if (answer != QMessageBox::Yes)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = restoreFromBackup(path);
    QApplication::restoreOverrideCursor();
    if (!s)
        QMessageBox::warning(this, tr("Restore from a backup"), s.error().describe());
}

Status MainWindow::restoreFromBackup(const QString& backupPath)
{
    if (Status s = m_workspace->session().require(Permission::RestoreBackup); !s)
        return s;
    std::unique_ptr<Database> db = m_workspace->takeDatabase();
    const Status restored = BackupManager::restore(db, backupPath);
    if (!db) { // neither the backup nor the old data could be opened again
        close();
        return restored;
    }
    const UserSession previous = m_workspace->session();
    std::optional<UserSession> session = restored ? LoginFlow::signIn(*db, this) : std::optional(previous);
    m_workspace->setDatabase(std::move(db));
    m_workspace->setSession(session ? *session : previous);
    if (!restored)
        return restored;
    if (!session) { // the restored data has its own users and nobody signed in: nobody works on it
        close();
        return makeError(tr("Nobody signed in to the restored database"));
    }
    if (Page* page = currentPage())
        page->activate();
    statusBar()->showMessage(tr("Restored from %1").arg(QDir::toNativeSeparators(backupPath)), 8000);
    return {};
}

void MainWindow::switchUser()
{
    if (!UserRepository::loginRequired(m_workspace->db())) {
        QMessageBox::information(this, tr("Sign in"), tr("Login is off for this database (Settings ▸ Security & backups)."));
        return;
    }
    if (const auto session = LoginFlow::signIn(m_workspace->database(), this))
        m_workspace->setSession(*session);
}

void MainWindow::applySession()
{
    const UserSession& session = m_workspace->session();
    m_userLabel->setText(session.isLocalOfficer() ? tr("Local officer (login off)")
                                                  : tr("%1 · %2").arg(session.fullName.isEmpty() ? session.username : session.fullName,
                                                                      roleLabel(session.role)));
    for (int i = 0; i < m_pages.size(); ++i)
        m_navigation->item(i)->setHidden(!session.allows(m_pages[i]->requiredPermission()));
    PermissionGate::apply(this, session);
    if (m_navigation->currentRow() >= 0 && m_navigation->item(m_navigation->currentRow())->isHidden())
        showPage(0);
}

void MainWindow::updateTitle()
{
    const QString path = m_workspace->databasePath();
    const bool demo = m_workspace->hasDatabase() && Letterhead::fromSettings(SettingsRepository(m_workspace->db())).demo;
    setWindowTitle(demo ? tr("%1 — Karsa — DEMO DATA").arg(QFileInfo(path).fileName())
                        : tr("%1 — Karsa").arg(QFileInfo(path).fileName()));
    m_demoLabel->setVisible(demo);
    m_dbLabel->setFullText(tr("Database: %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_workspace->automaticBackups() && m_workspace->changedData()) {
        statusBar()->showMessage(tr("Saving the backup…"));
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto made = m_workspace->exitBackup();
        QApplication::restoreOverrideCursor();
        if (!made) {
            const auto answer = QMessageBox::warning(this, tr("Automatic backup"),
                                                     tr("The backup on closing failed: %1\n\nClose Karsa anyway? "
                                                        "Your data is saved; only the backup copy is missing.")
                                                         .arg(made.error().describe()),
                                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes) {
                event->ignore();
                return;
            }
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), m_navigation->currentRow());
    event->accept();
}

} // namespace karsa::ui
