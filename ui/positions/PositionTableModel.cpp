#include "PositionTableModel.h"

#include "common/TableExport.h"
#include "reports/ReportColumn.h"

#include <QLocale>

#include <algorithm>

namespace karsa::ui {

PositionTableModel::PositionTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void PositionTableModel::setRows(QVector<PositionRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_haystack.clear();
    m_haystack.reserve(m_rows.size());
    for (const PositionRow& r : std::as_const(m_rows))
        m_haystack.append(QStringList{r.position.code, r.position.name, r.jenjangName, r.unitName}.join(u' ').toLower());
    endResetModel();
    sort(m_sortColumn, m_sortOrder);
}

void PositionTableModel::setUnitFilter(const QSet<qint64>& unitIds)
{
    m_units = unitIds;
    rebuildVisible();
}

void PositionTableModel::setFilterText(const QString& text)
{
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    rebuildVisible();
}

void PositionTableModel::rebuildVisible()
{
    beginResetModel();
    QVector<int> order(m_rows.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    const int column = m_sortColumn;
    auto number = [&](const PositionRow& r) -> int {
        switch (column) {
        case Kelas:
            return r.position.kelasJabatan;
        case Formation:
            return r.position.formation;
        case Holders:
            return r.holders;
        case Vacancies:
            return r.vacancies;
        case Key:
            return r.position.isKey ? 1 : 0;
        case Lines:
            return int(r.position.standard.size());
        default:
            return 0;
        }
    };
    auto text = [&](const PositionRow& r) -> const QString& {
        switch (column) {
        case Code:
            return r.position.code;
        case Jenjang:
            return r.jenjangName;
        case Unit:
            return r.unitName;
        default:
            return r.position.name;
        }
    };
    const bool numeric = column >= Kelas;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const PositionRow& ra = m_rows[a];
        const PositionRow& rb = m_rows[b];
        int c = numeric ? (number(ra) < number(rb) ? -1 : number(ra) > number(rb) ? 1 : 0)
                        : QString::compare(text(ra), text(rb), Qt::CaseInsensitive);
        if (c == 0)
            c = QString::compare(ra.position.code, rb.position.code, Qt::CaseInsensitive);
        return ascending ? c < 0 : c > 0;
    });
    m_visible.clear();
    for (int i : std::as_const(order)) {
        if (!m_units.isEmpty() && !m_units.contains(m_rows[i].position.unitId))
            continue;
        const QString& hay = m_haystack[i];
        if (std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString& w) { return hay.contains(w); }))
            m_visible.append(i);
    }
    endResetModel();
}

const PositionRow* PositionTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? &m_rows[m_visible[row]] : nullptr;
}

int PositionTableModel::rowOf(qint64 positionId) const
{
    for (int i = 0; i < m_visible.size(); ++i)
        if (m_rows[m_visible[i]].position.id == positionId)
            return i;
    return -1;
}

int PositionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int PositionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PositionTableModel::data(const QModelIndex& index, int role) const
{
    const PositionRow* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    const Position& p = r->position;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Kelas && index.column() != Key ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == kExportValueRole) {
        switch (index.column()) {
        case Kelas:
            return p.kelasJabatan > 0 ? QVariant(p.kelasJabatan) : QVariant();
        case Formation:
            return p.formation;
        case Holders:
            return r->holders;
        case Vacancies:
            return r->vacancies;
        case Lines:
            return int(p.standard.size());
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Vacancies && r->holders > p.formation)
        return tr("%1 holders for a formation of %2").arg(r->holders).arg(p.formation);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Code:
        return p.code;
    case Name:
        return p.name;
    case Jenjang:
        return r->jenjangName;
    case Unit:
        return r->unitName;
    case Kelas:
        return p.kelasJabatan > 0 ? locale.toString(p.kelasJabatan) : QString();
    case Formation:
        return locale.toString(p.formation);
    case Holders:
        return locale.toString(r->holders);
    case Vacancies:
        return locale.toString(r->vacancies);
    case Key:
        return p.isKey ? tr("Key") : QString();
    case Lines:
        return locale.toString(p.standard.size());
    default:
        return {};
    }
}

QVariant PositionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == kColumnTypeRole)
        return int(section >= Kelas && section != Key ? ReportColumn::Type::Integer : ReportColumn::Type::Text);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Position");
    case Jenjang:
        return tr("Jenjang");
    case Unit:
        return tr("Unit");
    case Kelas:
        return tr("Class");
    case Formation:
        return tr("Seats");
    case Holders:
        return tr("Holders");
    case Vacancies:
        return tr("Vacant");
    case Key:
        return tr("Key");
    case Lines:
        return tr("SKJ lines");
    default:
        return {};
    }
}

void PositionTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildVisible();
}

} // namespace karsa::ui
