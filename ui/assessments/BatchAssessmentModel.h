#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace karsa::ui {

// The batch grid of the Asesmen page: employees (rows) x competencies (columns) with each cell's
// current level; cells of competencies in the employee's standard are editable (1..5) and changed
// cells are kept apart until saved or discarded.
class BatchAssessmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum { NipColumn, NameColumn, FirstCompetencyColumn };

    struct Employee
    {
        qint64 id = 0;
        QString nip;
        QString name;
        QVector<qint64> standard;        // competency ids of the employee's standard
        QHash<qint64, int> currentLevel; // competency id -> current level
    };
    struct CompetencyColumn
    {
        qint64 id = 0;
        QString code;
        QString name;
    };
    struct Change
    {
        qint64 employeeId = 0;
        qint64 competencyId = 0;
        int level = 0;
    };

    explicit BatchAssessmentModel(QObject* parent = nullptr);

    void setGrid(QVector<Employee> employees, QVector<CompetencyColumn> competencies);
    QVector<Change> changes() const; // in row, column order of the data
    int changeCount() const { return int(m_edits.size()); }
    void discard();
    void commitChanges(); // the edits become the current levels (after a successful save)
    void setFilterText(const QString& text);
    int totalCount() const { return int(m_employees.size()); }
    int employeeRow(qint64 employeeId) const;        // visible row, -1 when hidden
    int competencyColumn(qint64 competencyId) const; // -1 when not a column
    bool inStandard(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void changesChanged(int count);

private:
    static quint64 key(int employee, int competency) { return (quint64(employee) << 32) | quint32(competency); }
    int levelAt(int employee, int competency, bool* edited = nullptr) const;
    void rebuildVisible();

    QVector<Employee> m_employees;
    QVector<CompetencyColumn> m_competencies;
    QVector<QVector<bool>> m_inStandard; // [employee][competency column]
    QHash<quint64, int> m_edits;         // key(employee, column) -> new level
    QVector<QString> m_haystack;
    QVector<int> m_order, m_visible;
    QStringList m_filterWords;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace karsa::ui
