#pragma once

#include "domain/Position.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace karsa::ui {

// One line of the positions table: the position with what the page shows next to it.
struct PositionRow
{
    Position position;
    QString jenjangName;
    QString unitName;
    int holders = 0;
    int vacancies = 0; // positionVacancies(formation, holders)
};

// Positions of the chosen units, searchable (code, name, jenjang, unit) and sortable.
class PositionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Name, Jenjang, Unit, Kelas, Formation, Holders, Vacancies, Key, Lines, ColumnCount };

    explicit PositionTableModel(QObject* parent = nullptr);

    void setRows(QVector<PositionRow> rows);
    // Shows only positions of these units; an empty set shows every unit.
    void setUnitFilter(const QSet<qint64>& unitIds);
    void setFilterText(const QString& text);
    const PositionRow* rowAt(int row) const;
    int rowOf(qint64 positionId) const; // -1 when not shown
    int totalCount() const { return int(m_rows.size()); }
    const QVector<PositionRow>& allRows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void rebuildVisible();

    QVector<PositionRow> m_rows;
    QVector<QString> m_haystack;
    QVector<int> m_visible;
    QSet<qint64> m_units;
    QStringList m_words;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace karsa::ui
