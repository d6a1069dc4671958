#pragma once

#include "domain/Competency.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

#include <optional>

namespace karsa::ui {

// The competency dictionary: filter by type, search code/name/definition, sort by any column.
class CompetencyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Name, Type, Levels, ColumnCount };

    explicit CompetencyTableModel(QObject* parent = nullptr);

    void setCompetencies(QVector<Competency> competencies);
    void setTypeFilter(std::optional<CompetencyType> type); // nullopt = every type
    void setFilterText(const QString& text);
    const Competency* competencyAt(int row) const;
    int rowOf(qint64 competencyId) const; // -1 when not shown
    int totalCount() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void rebuild();

    QVector<Competency> m_rows;
    QVector<int> m_described;
    QVector<QString> m_haystack;
    QVector<int> m_visible;
    std::optional<CompetencyType> m_type;
    QStringList m_words;
    int m_sortColumn = Code;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace karsa::ui
