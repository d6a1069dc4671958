#include "UnitTreeModel.h"

#include <QCollator>
#include <QHash>

#include <algorithm>
#include <functional>

namespace karsa::ui {

UnitTreeModel::UnitTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void UnitTreeModel::setUnits(QVector<Unit> units)
{
    beginResetModel();
    m_units = std::move(units);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(m_units.begin(), m_units.end(), [&](const Unit& a, const Unit& b) { return collator.compare(a.name, b.name) < 0; });
    QHash<qint64, int> byId;
    for (int i = 0; i < m_units.size(); ++i)
        byId.insert(m_units[i].id, i);
    m_nodes = QVector<Node>(m_units.size());
    m_allRoots.clear();
    for (int i = 0; i < m_units.size(); ++i) {
        const int parent = m_units[i].parentId ? byId.value(m_units[i].parentId, -1) : -1;
        m_nodes[i].parent = parent == i ? -1 : parent;
        if (m_nodes[i].parent < 0)
            m_allRoots.append(i);
        else
            m_nodes[m_nodes[i].parent].allChildren.append(i);
    }
    rebuild();
    endResetModel();
}

void UnitTreeModel::setFilterText(const QString& text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    beginResetModel();
    m_words = words;
    rebuild();
    endResetModel();
}

void UnitTreeModel::rebuild()
{
    QVector<bool> keep(m_units.size(), m_words.isEmpty());
    if (!m_words.isEmpty()) {
        for (int i = 0; i < m_units.size(); ++i) {
            const Unit& u = m_units[i];
            const QString hay = (u.name + u' ' + u.shortName + u' ' + u.code).toLower();
            const bool match = std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString& w) { return hay.contains(w); });
            // A match shows its path up to the root; guard against a cyclic parent chain.
            for (int n = i, guard = 0; match && n >= 0 && !keep[n] && guard <= m_units.size(); n = m_nodes[n].parent, ++guard)
                keep[n] = true;
        }
    }
    auto visible = [&](const QVector<int>& all) {
        QVector<int> out;
        for (int n : all)
            if (keep[n]) {
                m_nodes[n].row = int(out.size());
                out.append(n);
            }
        return out;
    };
    m_roots = visible(m_allRoots);
    for (Node& node : m_nodes)
        node.children = visible(node.allChildren);
}

int UnitTreeModel::visibleCount() const
{
    int n = 0;
    std::function<void(const QVector<int>&)> count = [&](const QVector<int>& nodes) {
        n += int(nodes.size());
        for (int c : nodes)
            count(m_nodes[c].children);
    };
    count(m_roots);
    return n;
}

qint64 UnitTreeModel::unitIdAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return 0;
    return m_units[int(index.internalId())].id;
}

QModelIndex UnitTreeModel::indexOfUnit(qint64 unitId) const
{
    for (int i = 0; i < m_units.size(); ++i) {
        if (m_units[i].id != unitId)
            continue;
        const QVector<int>& siblings = childrenOf(m_nodes[i].parent);
        const int row = m_nodes[i].row;
        if (row < siblings.size() && siblings[row] == i)
            return createIndex(row, 0, quintptr(i));
        return {};
    }
    return {};
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const QVector<int>& children = childrenOf(parent.isValid() ? int(parent.internalId()) : -1);
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex UnitTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[int(child.internalId())].parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes[p].row, 0, quintptr(p));
}

int UnitTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int UnitTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant UnitTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Unit& u = m_units[int(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
        return u.name;
    case Qt::ToolTipRole:
        return u.code.isEmpty() ? u.name : QStringLiteral("%1 (%2)").arg(u.name, u.code);
    case kUnitIdRole:
        return u.id;
    default:
        return {};
    }
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole)
        return tr("Unit");
    return {};
}

} // namespace karsa::ui
