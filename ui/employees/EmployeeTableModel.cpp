#include "EmployeeTableModel.h"

#include "common/TableExport.h"
#include "domain/Nip.h"

#include <algorithm>
#include <numeric>

namespace karsa::ui {

EmployeeTableModel::EmployeeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void EmployeeTableModel::setRows(QVector<EmployeeListRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_haystack.resize(m_rows.size());
    m_displayNip.resize(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const EmployeeListRow& r = m_rows[i];
        m_displayNip[i] = Nip::format(r.nip);
        m_haystack[i] = (r.nip + u' ' + m_displayNip[i] + u' ' + r.fullName + u' ' + r.positionName + u' ' + r.unitName +
                         u' ' + r.golongan)
                            .toLower();
    }
    m_visible.clear();
    m_order.resize(m_rows.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    endResetModel();
    sort(m_sortColumn, m_sortOrder);
}

void EmployeeTableModel::setFilterText(const QString& text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_filterWords)
        return;
    m_filterWords = words;
    rebuildVisible();
}

void EmployeeTableModel::setIdFilter(const QVector<qint64>& ids)
{
    m_idFilter = QSet<qint64>(ids.cbegin(), ids.cend());
    m_idFilterOn = true;
    rebuildVisible();
}

void EmployeeTableModel::clearIdFilter()
{
    if (!m_idFilterOn)
        return;
    m_idFilterOn = false;
    m_idFilter.clear();
    rebuildVisible();
}

void EmployeeTableModel::rebuildVisible()
{
    beginResetModel();
    m_visible.clear();
    m_visible.reserve(m_rows.size());
    for (int i : std::as_const(m_order)) {
        if (m_idFilterOn && !m_idFilter.contains(m_rows[i].id))
            continue;
        bool match = true;
        for (const QString& w : std::as_const(m_filterWords)) {
            if (!m_haystack[i].contains(w)) {
                match = false;
                break;
            }
        }
        if (match)
            m_visible.append(i);
    }
    endResetModel();
}

const EmployeeListRow* EmployeeTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? &m_rows[m_visible[row]] : nullptr;
}

int EmployeeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int EmployeeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EmployeeTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const int i = m_visible[index.row()];
    const EmployeeListRow& r = m_rows[i];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Nip:
            return m_displayNip[i];
        case Name:
            return r.fullName;
        case Status:
            return r.status;
        case Golongan:
            return r.golongan;
        case Position:
            return r.positionName;
        case Unit:
            return r.unitName;
        default:
            break;
        }
    } else if (role == Qt::UserRole) {
        return r.id;
    } else if (role == kExportValueRole && index.column() == Nip) {
        return r.nip;
    }
    return {};
}

QVariant EmployeeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == kColumnTypeRole && section == Nip)
        return int(ReportColumn::Type::Nip);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Nip:
        return tr("NIP");
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Golongan:
        return tr("Golongan");
    case Position:
        return tr("Position");
    case Unit:
        return tr("Unit");
    default:
        return {};
    }
}

void EmployeeTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;

    auto key = [this, column](int i) -> const QString& {
        const EmployeeListRow& r = m_rows[i];
        switch (column) {
        case Nip:
            return r.nip;
        case Status:
            return r.status;
        case Golongan:
            return r.golongan;
        case Position:
            return r.positionName;
        case Unit:
            return r.unitName;
        default:
            return r.fullName;
        }
    };
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const int c = QString::compare(key(a), key(b), Qt::CaseInsensitive);
        if (c != 0)
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        return m_rows[a].nip < m_rows[b].nip;
    });
    // The visible rows follow the sorted order; the filter keeps that order.
    rebuildVisible();
}

} // namespace karsa::ui
