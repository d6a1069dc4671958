#pragma once

#include "reports/ReportDocument.h"

#include "common/Page.h"
#include "common/Result.h"
#include "domain/Unit.h"
#include "storage/EmployeeDirectory.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace karsa::ui {

class EmployeeTableModel;

// Pegawai: every employee, searchable as you type, sortable.
class EmployeesPage : public Page
{
    Q_OBJECT
public:
    explicit EmployeesPage(Workspace* workspace, QWidget* parent = nullptr);

    QString title() const override { return tr("Employees"); }
    EmployeeTableModel* model() const { return m_model; }
    QLineEdit* searchBox() const { return m_search; }
    QTableView* table() const { return m_table; }

    // Create, edit and delete through the undo stack; each write in a transaction.
    void newEmployee();
    void editEmployee(qint64 employeeId);
    void deleteSelected();
    qint64 selectedEmployeeId() const;

    // Lists exactly these employees (e.g. a dashboard bar's): the search and attribute filters are
    // cleared first, and a "Filter: caption (other filters cleared) ✕" chip clears the list filter.
    // Typing a search afterwards narrows the list further.
    void showEmployees(const QString& caption, const QVector<qint64>& ids);
    void clearEmployeeFilter();
    QString employeeFilterCaption() const { return m_filterCaption; }
    // What Export and Print write: the shown employees under "Pegawai", the unit, every filter
    // and search, and "Keadaan per <today>".
    ReportDocument reportDocument() const;
    QString exportSubject() const; // "Pegawai-DINKES" (file names)

    // The attribute filters (unit with its sub-units, jenjang, golongan, status, JPM category);
    // empty strings / 0 mean "all". Also what the filter combo boxes do.
    void setFilters(qint64 unitId, const QString& jenjang, const QString& golongan, const QString& status,
                    const QString& category);
    // "Reset filters": the attribute filters, the search and a chart's list filter.
    void resetFilters();

signals:
    void loaded(int count);
    void openEmployee(qint64 employeeId);

protected:
    void reload() override;

private:
    void updateCount();
    void clearSearchAndAttributes();
    QWidget* buildFilterBar();
    void fillUnitChoices();
    void applyFilterCombos();
    void applyAnalytics();
    void showColumnMenu(const QPoint& pos);
    void saveHiddenColumns() const;

    EmployeeTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_searchDelay = nullptr;
    QWidget* m_filterChip = nullptr;
    QLabel* m_filterLabel = nullptr;
    QString m_filterCaption;
    int m_generation = 0;
    QComboBox* m_unitFilter = nullptr;
    QComboBox* m_jenjangFilter = nullptr;
    QComboBox* m_golonganFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_categoryFilter = nullptr;
    QVector<Unit> m_units;
    const Unit* chosenUnit() const;
    bool m_settingFilters = false;
};

} // namespace karsa::ui
