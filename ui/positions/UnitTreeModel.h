#pragma once

#include "domain/Unit.h"

#include <QAbstractItemModel>
#include <QStringList>
#include <QVector>

namespace karsa::ui {

// The unit tree (OPD > bidang > seksi ...). A search keeps the units whose name, short name or
// code contains every word, together with their ancestors so the path stays visible.
class UnitTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    static constexpr int kUnitIdRole = Qt::UserRole + 1;

    explicit UnitTreeModel(QObject* parent = nullptr);

    void setUnits(QVector<Unit> units);
    void setFilterText(const QString& text);
    const QVector<Unit>& units() const { return m_units; }
    qint64 unitIdAt(const QModelIndex& index) const; // 0 for an invalid index
    QModelIndex indexOfUnit(qint64 unitId) const;    // invalid when filtered out or unknown
    int visibleCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Node i of m_nodes is unit i of m_units; children hold the visible child nodes, in name order.
    struct Node
    {
        int parent = -1; // node index, -1 for a top-level unit
        int row = 0;     // row among the visible siblings
        QVector<int> children;
        QVector<int> allChildren;
    };
    void rebuild();
    const QVector<int>& childrenOf(int node) const { return node < 0 ? m_roots : m_nodes[node].children; }

    QVector<Unit> m_units;
    QVector<Node> m_nodes;
    QVector<int> m_allRoots;
    QVector<int> m_roots; // visible top-level nodes
    QStringList m_words;
};

} // namespace karsa::ui
