#pragma once

#include "domain/Competency.h"
#include "domain/Position.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace karsa::ui {

// The lines of one position's standard (SKJ) while it is edited: required level and weight are
// editable in place; nothing is written until the page saves.
class StandardTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Name, Type, Required, Weight, ColumnCount };

    explicit StandardTableModel(QObject* parent = nullptr);

    void setDictionary(const QVector<Competency>& competencies);
    const QVector<Competency>& dictionary() const { return m_dictionary; }
    void setStandard(const QVector<StandardItem>& standard); // clears the modified flag
    QVector<StandardItem> standard() const { return m_lines; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    void addLine(qint64 competencyId, int requiredLevel, double weight = 1.0);
    void removeLine(int row);
    // Replaces the lines (e.g. after adding jenjang defaults), marking the standard modified.
    void replaceLines(const QVector<StandardItem>& standard);
    // Dictionary competencies not yet in the standard, in dictionary order.
    QVector<Competency> missingCompetencies() const;
    const Competency* competencyAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void modifiedChanged(bool modified);

private:
    void sortLines();

    QVector<Competency> m_dictionary;
    QHash<qint64, int> m_byId;
    QVector<StandardItem> m_lines;
    bool m_modified = false;
    int m_sortColumn = Code;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace karsa::ui
