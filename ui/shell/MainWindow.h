#pragma once

#include "storage/Database.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace karsa::ui {

class ElidedLabel;
class Page;
class Workspace;

// The main window wires navigation, menus and pages — nothing else.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    Workspace* workspace() const { return m_workspace; }
    // Pages in sidebar order; showPage() switches to one by index.
    QList<Page*> pages() const { return m_pages; }
    void showPage(int index);
    Page* currentPage() const;

    // Opens path as the current database and signs the user in to it (LoginFlow); on failure or
    // when sign-in is cancelled shows the reason and keeps the current one.
    bool openDatabaseFile(const QString& path, Database::Mode mode = Database::Mode::OpenExisting);
    // Replaces the open database with a backup (checked first; the current data is saved as an
    // automatic backup), then signs in again. No dialog of its own: the File menu asks before and
    // shows the returned failure.
    Status restoreFromBackup(const QString& backupPath);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(Page* page);
    void fitNavigationWidth();
    void buildMenus();
    void rebuildRecentMenu();
    void rememberRecent(const QString& path);
    void newDatabase();
    void openDatabase();
    void saveBackupCopy();
    void restoreBackup();
    void switchUser();
    void applySession();
    void updateTitle();

    Workspace* m_workspace = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<Page*> m_pages;
    QMenu* m_recentMenu = nullptr;
    ElidedLabel* m_dbLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_demoLabel = nullptr; // "DATA DEMO — bukan data resmi" for the generated demo city
    QLabel* m_othersLabel = nullptr;
};

} // namespace karsa::ui
