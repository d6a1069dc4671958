#pragma once

#include "analytics/JobPersonMatch.h"
#include "storage/PositionOverview.h"

#include <QAbstractTableModel>
#include <QVector>

namespace karsa::ui {

// The holders of one position with their JPM against it. The JPM shows "…" until the analytics
// are ready.
class HolderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Nip, Name, Golongan, Jpm, Category, ColumnCount };

    explicit HolderTableModel(QObject* parent = nullptr);

    void setHolders(QVector<PositionHolder> holders); // JPM back to "…"
    // One result and category code per holder, in holder order.
    void setJpm(QVector<JpmResult> jpm, QStringList categories);
    const PositionHolder* holderAt(int row) const;
    const QVector<PositionHolder>& holders() const { return m_holders; } // in load order
    bool jpmReady() const { return m_jpmReady; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void applySort();

    QVector<PositionHolder> m_holders;
    QVector<JpmResult> m_jpm;
    QStringList m_categories;
    QVector<int> m_order;
    bool m_jpmReady = false;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace karsa::ui
