#include "HolderTableModel.h"

#include "common/TableExport.h"
#include "domain/Nip.h"
#include "reports/ReportColumn.h"

#include <QLocale>

#include <algorithm>

namespace karsa::ui {

HolderTableModel::HolderTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void HolderTableModel::setHolders(QVector<PositionHolder> holders)
{
    beginResetModel();
    m_holders = std::move(holders);
    m_jpm.clear();
    m_categories.clear();
    m_jpmReady = false;
    m_order.resize(m_holders.size());
    for (int i = 0; i < m_order.size(); ++i)
        m_order[i] = i;
    applySort();
    endResetModel();
}

void HolderTableModel::setJpm(QVector<JpmResult> jpm, QStringList categories)
{
    if (jpm.size() != m_holders.size())
        return;
    beginResetModel();
    m_jpm = std::move(jpm);
    m_categories = std::move(categories);
    m_jpmReady = true;
    applySort();
    endResetModel();
}

const PositionHolder* HolderTableModel::holderAt(int row) const
{
    return row >= 0 && row < m_order.size() ? &m_holders[m_order[row]] : nullptr;
}

int HolderTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int HolderTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HolderTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_order.size())
        return {};
    const int i = m_order[index.row()];
    const PositionHolder& h = m_holders[i];
    const JpmResult* jpm = m_jpmReady ? &m_jpm[i] : nullptr;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Jpm ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == kExportValueRole) {
        if (index.column() == Nip)
            return h.nip;
        if (index.column() == Jpm)
            return jpm && jpm->status != JpmStatus::NoStandard ? QVariant(jpm->jpm) : QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == Jpm && jpm && jpm->status == JpmStatus::Incomplete)
        return tr("%n competencies of the standard have no current assessment; the JPM is a lower bound.", nullptr,
                  int(jpm->missing.size()));
    if (role != Qt::DisplayRole && role != kExportValueRole)
        return {};
    switch (index.column()) {
    case Nip:
        return Nip::format(h.nip);
    case Name:
        return h.fullName;
    case Golongan:
        return h.golongan;
    case Jpm:
        if (!jpm)
            return QStringLiteral("…");
        if (jpm->status == JpmStatus::NoStandard)
            return QStringLiteral("—");
        return QString(QLocale().toString(jpm->jpm, 'f', 2) + QStringLiteral(" %")
                       + (jpm->status == JpmStatus::Incomplete ? QStringLiteral(" *") : QString()));
    case Category:
        if (!jpm)
            return QString();
        if (jpm->status == JpmStatus::Incomplete)
            return tr("incomplete");
        return m_categories.value(i);
    default:
        return {};
    }
}

QVariant HolderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == kColumnTypeRole)
        return int(section == Nip ? ReportColumn::Type::Nip : section == Jpm ? ReportColumn::Type::Percent : ReportColumn::Type::Text);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Nip:
        return tr("NIP");
    case Name:
        return tr("Name");
    case Golongan:
        return tr("Golongan");
    case Jpm:
        return tr("JPM");
    case Category:
        return tr("Category");
    default:
        return {};
    }
}

void HolderTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    endResetModel();
}

void HolderTableModel::applySort()
{
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    auto text = [this](int i) -> QString {
        switch (m_sortColumn) {
        case Nip:
            return m_holders[i].nip;
        case Golongan:
            return m_holders[i].golongan;
        case Category:
            return m_categories.value(i);
        default:
            return m_holders[i].fullName;
        }
    };
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        int c = 0;
        if (m_sortColumn == Jpm && m_jpmReady) {
            const double x = m_jpm[a].status == JpmStatus::NoStandard ? -1 : m_jpm[a].jpm;
            const double y = m_jpm[b].status == JpmStatus::NoStandard ? -1 : m_jpm[b].jpm;
            c = x < y ? -1 : x > y ? 1 : 0;
        } else {
            c = QString::compare(text(a), text(b), Qt::CaseInsensitive);
        }
        if (c == 0)
            c = QString::compare(m_holders[a].nip, m_holders[b].nip);
        return ascending ? c < 0 : c > 0;
    });
}

} // namespace karsa::ui
