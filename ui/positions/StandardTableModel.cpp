#include "StandardTableModel.h"

#include "common/TableExport.h"
#include "reports/ReportColumn.h"

#include <QLocale>

#include <algorithm>

namespace karsa::ui {

StandardTableModel::StandardTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void StandardTableModel::setDictionary(const QVector<Competency>& competencies)
{
    beginResetModel();
    m_dictionary = competencies;
    m_byId.clear();
    for (int i = 0; i < m_dictionary.size(); ++i)
        m_byId.insert(m_dictionary[i].id, i);
    endResetModel();
}

void StandardTableModel::setStandard(const QVector<StandardItem>& standard)
{
    beginResetModel();
    m_lines = standard;
    sortLines();
    endResetModel();
    setModified(false);
}

void StandardTableModel::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void StandardTableModel::addLine(qint64 competencyId, int requiredLevel, double weight)
{
    for (const StandardItem& item : std::as_const(m_lines))
        if (item.competencyId == competencyId)
            return;
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append({competencyId, requiredLevel, weight});
    endInsertRows();
    setModified(true);
}

void StandardTableModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    setModified(true);
}

void StandardTableModel::replaceLines(const QVector<StandardItem>& standard)
{
    beginResetModel();
    m_lines = standard;
    sortLines();
    endResetModel();
    setModified(true);
}

QVector<Competency> StandardTableModel::missingCompetencies() const
{
    QVector<Competency> out;
    for (const Competency& c : m_dictionary)
        if (std::none_of(m_lines.cbegin(), m_lines.cend(), [&](const StandardItem& s) { return s.competencyId == c.id; }))
            out.append(c);
    return out;
}

const Competency* StandardTableModel::competencyAt(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return nullptr;
    const int i = m_byId.value(m_lines[row].competencyId, -1);
    return i >= 0 ? &m_dictionary[i] : nullptr;
}

int StandardTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int StandardTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StandardTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const StandardItem& line = m_lines[index.row()];
    const Competency* c = competencyAt(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Required ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::EditRole || role == kExportValueRole) {
        if (index.column() == Required)
            return line.requiredLevel;
        if (index.column() == Weight)
            return line.weight;
    }
    if (role != Qt::DisplayRole && role != kExportValueRole)
        return {};
    switch (index.column()) {
    case Code:
        return c ? c->code : QString::number(line.competencyId);
    case Name:
        return c ? c->name : tr("(unknown competency)");
    case Type:
        return c ? competencyTypeLabel(c->type) : QString();
    case Required:
        return QLocale().toString(line.requiredLevel);
    case Weight:
        return QLocale().toString(line.weight, 'f', 2);
    default:
        return {};
    }
}

bool StandardTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_lines.size())
        return false;
    StandardItem& line = m_lines[index.row()];
    if (index.column() == Required) {
        const int level = value.toInt();
        if (level < 1 || level > 5)
            return false;
        if (level == line.requiredLevel)
            return true;
        line.requiredLevel = level;
    } else if (index.column() == Weight) {
        bool ok = false;
        const double weight = value.toDouble(&ok);
        if (!ok || weight <= 0)
            return false;
        if (qFuzzyCompare(weight, line.weight))
            return true;
        line.weight = weight;
    } else {
        return false;
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    setModified(true);
    return true;
}

Qt::ItemFlags StandardTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Required || index.column() == Weight))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant StandardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == kColumnTypeRole)
        return int(section == Required ? ReportColumn::Type::Integer
                                       : section == Weight ? ReportColumn::Type::Decimal : ReportColumn::Type::Text);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Competency");
    case Type:
        return tr("Type");
    case Required:
        return tr("Required level");
    case Weight:
        return tr("Weight");
    default:
        return {};
    }
}

void StandardTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<qint64> ids;
    for (const QModelIndex& i : before)
        ids.append(m_lines.value(i.row()).competencyId);
    sortLines();
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k) {
        int row = -1;
        for (int r = 0; r < m_lines.size(); ++r)
            if (m_lines[r].competencyId == ids[k])
                row = r;
        after.append(row >= 0 ? index(row, before[k].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void StandardTableModel::sortLines()
{
    auto key = [this](const StandardItem& s) -> QString {
        const int i = m_byId.value(s.competencyId, -1);
        const Competency* c = i >= 0 ? &m_dictionary[i] : nullptr;
        switch (m_sortColumn) {
        case Name:
            return c ? c->name : QString();
        case Type:
            return c ? competencyTypeCode(c->type) : QString();
        default:
            return c ? c->code : QString();
        }
    };
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_lines.begin(), m_lines.end(), [&](const StandardItem& a, const StandardItem& b) {
        if (m_sortColumn == Required || m_sortColumn == Weight) {
            const double x = m_sortColumn == Required ? a.requiredLevel : a.weight;
            const double y = m_sortColumn == Required ? b.requiredLevel : b.weight;
            if (x != y)
                return ascending ? x < y : x > y;
            return key(a) < key(b);
        }
        const int c = QString::compare(key(a), key(b), Qt::CaseInsensitive);
        return ascending ? c < 0 : c > 0;
    });
}

} // namespace karsa::ui
