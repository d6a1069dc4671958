#pragma once

#include "storage/Database.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace karsa::ui {

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

    // Opens path as the current database; on failure shows the reason and keeps the current one.
    bool openDatabaseFile(const QString& path, Database::Mode mode = Database::Mode::OpenExisting);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(Page* page);
    void buildMenus();
    void rebuildRecentMenu();
    void rememberRecent(const QString& path);
    void newDatabase();
    void openDatabase();
    void saveBackupCopy();
    void updateTitle();

    Workspace* m_workspace = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<Page*> m_pages;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_dbLabel = nullptr;
};

} // namespace karsa::ui
