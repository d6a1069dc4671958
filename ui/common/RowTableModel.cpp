#include "RowTableModel.h"

#include "common/TableExport.h"

#include <algorithm>
#include <numeric>

namespace karsa::ui {

RowTableModel::RowTableModel(QVector<Column> columns, QObject* parent)
    : QAbstractTableModel(parent), m_columns(std::move(columns))
{
}

void RowTableModel::setRows(QVector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_haystack.resize(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row& r = m_rows[i];
        r.display.resize(m_columns.size());
        r.value.resize(m_columns.size());
        QString text;
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            text += r.display[c];
            text += u' ';
            if (m_columns[c].type == ReportColumn::Type::Nip)
                text += r.value[c].toString() + u' ';
        }
        m_haystack[i] = text.toLower();
    }
    m_order.resize(m_rows.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    m_visible = m_order;
    endResetModel();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
    else
        rebuildVisible();
}

void RowTableModel::setFilterText(const QString& text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_filterWords)
        return;
    m_filterWords = words;
    rebuildVisible();
}

void RowTableModel::rebuildVisible()
{
    beginResetModel();
    m_visible.clear();
    for (int i : std::as_const(m_order)) {
        bool match = true;
        for (const QString& w : std::as_const(m_filterWords))
            if (!m_haystack[i].contains(w)) {
                match = false;
                break;
            }
        if (match)
            m_visible.append(i);
    }
    endResetModel();
}

const RowTableModel::Row* RowTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? &m_rows[m_visible[row]] : nullptr;
}

int RowTableModel::rowOfId(qint64 id) const
{
    for (int r = 0; r < m_visible.size(); ++r)
        if (m_rows[m_visible[r]].id == id)
            return r;
    return -1;
}

int RowTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int RowTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RowTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size() || index.column() >= m_columns.size())
        return {};
    const Row& r = m_rows[m_visible[index.row()]];
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return r.display[c];
    case Qt::ToolTipRole:
        return r.toolTip.isEmpty() ? r.display[c] : r.toolTip;
    case Qt::UserRole:
        return r.id;
    case kExportValueRole:
        return r.value[c].isValid() ? r.value[c] : QVariant(r.display[c]);
    case Qt::BackgroundRole:
        return r.background.isValid() ? QVariant(r.background) : QVariant();
    case Qt::ForegroundRole:
        return r.foreground.isValid() ? QVariant(r.foreground) : QVariant();
    case Qt::TextAlignmentRole: {
        ReportColumn column;
        column.type = m_columns[c].type;
        return int(column.effectiveAlignment() | Qt::AlignVCenter);
    }
    default:
        return {};
    }
}

QVariant RowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns[section].title;
    if (role == Qt::ToolTipRole && !m_columns[section].toolTip.isEmpty())
        return m_columns[section].toolTip;
    if (role == kColumnTypeRole)
        return int(m_columns[section].type);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void RowTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    const bool numeric = m_columns[column].type == ReportColumn::Type::Integer ||
                         m_columns[column].type == ReportColumn::Type::Decimal ||
                         m_columns[column].type == ReportColumn::Type::Percent;
    const bool byValue = numeric || m_columns[column].type == ReportColumn::Type::Date ||
                         m_columns[column].type == ReportColumn::Type::Nip;
    auto less = [&](int a, int b) {
        const QVariant& va = m_rows[a].value[column];
        const QVariant& vb = m_rows[b].value[column];
        if (byValue && va.isValid() != vb.isValid())
            return va.isValid() < vb.isValid(); // empty values first in ascending order
        if (byValue && va.isValid()) {
            if (numeric)
                return va.toDouble() < vb.toDouble();
            if (va.typeId() == QMetaType::QDate)
                return va.toDate() < vb.toDate();
            return va.toString() < vb.toString();
        }
        return QString::compare(m_rows[a].display[column], m_rows[b].display[column], Qt::CaseInsensitive) < 0;
    };
    std::stable_sort(m_order.begin(), m_order.end(),
                     [&](int a, int b) { return order == Qt::AscendingOrder ? less(a, b) : less(b, a); });
    rebuildVisible();
}

} // namespace karsa::ui
