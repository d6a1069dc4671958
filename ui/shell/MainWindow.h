#pragma once

#include "storage/Database.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace karsa::ui {

class EmployeeTableModel;

// The main window: wires navigation, menus and pages. At this stage it shows the employee list
// of the open database with a search box.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    EmployeeTableModel* employeeModel() const { return m_model; }
    QLineEdit* searchBox() const { return m_search; }
    // Loads the employee list off the GUI thread; emits employeesLoaded when it is shown.
    void reloadEmployees();

signals:
    void employeesLoaded(int count);

private:
    void updateStatus();

    std::unique_ptr<Database> m_database;
    EmployeeTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_dbLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QTimer* m_searchDelay = nullptr;
    int m_generation = 0; // drops results of superseded loads
};

} // namespace karsa::ui
