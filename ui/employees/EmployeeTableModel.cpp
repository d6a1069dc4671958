#include "EmployeeTableModel.h"

#include "common/TableExport.h"
#include "domain/Nip.h"

#include <QLocale>

#include <algorithm>
#include <numeric>
#include <string_view>
#include <algorithm>

namespace karsa::ui {

EmployeeTableModel::EmployeeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

EmployeeTableModel::Prepared EmployeeTableModel::prepare(QVector<EmployeeListRow> rows)
{
    Prepared p;
    p.rows = std::move(rows);
    p.displayNip.resize(p.rows.size());
    p.text.reserve(p.rows.size() * 160);
    p.offsets.resize(p.rows.size() + 1);
    for (qsizetype i = 0; i < p.rows.size(); ++i) {
        const EmployeeListRow& r = p.rows[i];
        p.displayNip[i] = Nip::format(r.nip);
        p.offsets[i] = int(p.text.size());
        p.text += (r.nip + u' ' + p.displayNip[i] + u' ' + r.fullName + u' ' + r.positionName + u' ' + r.unitName + u' ' +
                   r.golongan)
                      .toLower()
                      .toUtf8();
        p.text += '\n'; // rows never share a match: filter words have no line breaks
    }
    p.offsets[p.rows.size()] = int(p.text.size());
    p.nameOrder.resize(p.rows.size());
    std::iota(p.nameOrder.begin(), p.nameOrder.end(), 0);
    std::stable_sort(p.nameOrder.begin(), p.nameOrder.end(), [&p](int a, int b) {
        const int c = QString::compare(p.rows[a].fullName, p.rows[b].fullName, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : p.rows[a].nip < p.rows[b].nip;
    });
    return p;
}

void EmployeeTableModel::setRows(QVector<EmployeeListRow> rows)
{
    setPrepared(prepare(std::move(rows)));
}

void EmployeeTableModel::setPrepared(Prepared prepared)
{
    beginResetModel();
    m_rows = std::move(prepared.rows);
    m_displayNip = std::move(prepared.displayNip);
    m_text = std::move(prepared.text);
    m_offsets = std::move(prepared.offsets);
    m_visible.clear();
    m_order = std::move(prepared.nameOrder);
    endResetModel();
    if (m_sortColumn == Name && m_sortOrder == Qt::AscendingOrder)
        rebuildVisible(); // already in this order
    else
        sort(m_sortColumn, m_sortOrder);
}

void EmployeeTableModel::setFilterText(const QString& text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_filterWords)
        return;
    // Typing usually narrows the search: when every old word is still contained in a new word,
    // only the rows shown now can match, so only they are scanned.
    bool narrower = !m_filterWords.isEmpty();
    for (const QString& old : std::as_const(m_filterWords)) {
        bool kept = false;
        for (const QString& w : words)
            kept = kept || w.contains(old);
        narrower = narrower && kept;
    }
    m_filterWords = words;
    if (narrower) {
        narrowVisible();
        return;
    }
    rebuildVisible();
}

bool EmployeeTableModel::matchesWords(int i) const
{
    return m_matchAll || m_marks[i] == char(m_needles.size());
}

void EmployeeTableModel::prepareMatchers()
{
    // One pass over all rows' search text per word (lower-case UTF-8, rows separated by line
    // breaks; substring search is exact in UTF-8): each hit marks its row and the search jumps to
    // the next row. A contiguous buffer scanned by memmem-style search is far faster than a
    // search per row.
    m_needles.clear();
    for (const QString& w : std::as_const(m_filterWords))
        m_needles.append(w.toUtf8());
    m_matchAll = m_needles.isEmpty();
    if (m_matchAll)
        return;
    m_marks.fill(0, m_rows.size());
    const std::string_view text(m_text.constData(), size_t(m_text.size()));
    for (const QByteArray& needle : std::as_const(m_needles)) {
        const std::string_view n(needle.constData(), size_t(needle.size()));
        const char level = char(&needle - m_needles.constData()); // rows matching every earlier word
        size_t from = 0;
        while (from < text.size()) {
            const size_t hit = text.find(n, from);
            if (hit == std::string_view::npos)
                break;
            const int row = int(std::upper_bound(m_offsets.cbegin(), m_offsets.cend(), int(hit)) - m_offsets.cbegin()) - 1;
            if (m_marks[row] == level)
                m_marks[row] = char(level + 1);
            from = size_t(m_offsets[row + 1]);
        }
    }
}

void EmployeeTableModel::narrowVisible()
{
    prepareMatchers();
    beginResetModel();
    QVector<int> kept;
    kept.reserve(m_visible.size());
    for (int i : std::as_const(m_visible))
        if (matchesWords(i))
            kept.append(i);
    m_visible = std::move(kept);
    endResetModel();
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

void EmployeeTableModel::setFilter(const Filter& filter)
{
    m_filter = filter;
    rebuildVisible();
}

void EmployeeTableModel::setJpm(QHash<qint64, JpmInfo> jpm)
{
    m_jpm = std::move(jpm);
    if (m_sortColumn == Jpm || m_sortColumn == Category || !m_filter.category.isEmpty())
        sort(m_sortColumn, m_sortOrder);
    else if (!m_visible.isEmpty())
        emit dataChanged(index(0, Jpm), index(int(m_visible.size()) - 1, Category));
}

void EmployeeTableModel::rebuildVisible()
{
    prepareMatchers();
    beginResetModel();
    m_visible.clear();
    m_visible.reserve(m_rows.size());
    const bool attributes = !m_filter.isEmpty();
    for (int i : std::as_const(m_order)) {
        const EmployeeListRow& r = m_rows[i];
        if (m_idFilterOn && !m_idFilter.contains(r.id))
            continue;
        if (attributes) {
            if (m_filter.unitOn && !m_filter.unitIds.contains(r.unitId))
                continue;
            if (!m_filter.jenjang.isEmpty() && r.jenjang != m_filter.jenjang)
                continue;
            if (!m_filter.golongan.isEmpty() && r.golongan != m_filter.golongan)
                continue;
            if (!m_filter.status.isEmpty() && r.status != m_filter.status)
                continue;
            if (!m_filter.category.isEmpty()) {
                const auto it = m_jpm.constFind(r.id);
                const bool incomplete = it == m_jpm.cend() || !it->complete;
                if (m_filter.category == kIncomplete ? !incomplete : (incomplete || it->categoryCode != m_filter.category))
                    continue;
            }
        }
        if (matchesWords(i))
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
        case Jpm: {
            const auto it = m_jpm.constFind(r.id);
            if (it == m_jpm.cend())
                return {};
            const QString value = QLocale().toString(it->jpm, 'f', 2) + QStringLiteral(" %");
            return it->complete ? value : tr("%1 (incomplete)").arg(value);
        }
        case Category: {
            const auto it = m_jpm.constFind(r.id);
            if (it == m_jpm.cend())
                return {};
            return it->complete ? it->categoryLabel : tr("Incomplete");
        }
        default:
            break;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == Jpm) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == kExportValueRole && index.column() == Jpm) {
        // Every JPM is a number in exports; whether it is complete is the companion column's.
        const auto it = m_jpm.constFind(r.id);
        return it == m_jpm.cend() ? QVariant() : QVariant(it->jpm);
    } else if (role == kExportCompanionRole && index.column() == Jpm) {
        const auto it = m_jpm.constFind(r.id);
        if (it == m_jpm.cend())
            return {};
        return it->complete ? tr("Complete") : tr("Incomplete");
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
    if (orientation == Qt::Horizontal && role == kColumnTypeRole && section == Jpm)
        return int(ReportColumn::Type::Percent);
    if (orientation == Qt::Horizontal && role == kExportCompanionTitleRole && section == Jpm)
        return tr("JPM completeness");
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
    case Jpm:
        return tr("JPM");
    case Category:
        return tr("JPM category");
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
    if (column == Jpm) {
        // Complete results by JPM, then incomplete ones, then employees without a result.
        auto rank = [this](int i) -> double {
            const auto it = m_jpm.constFind(m_rows[i].id);
            if (it == m_jpm.cend())
                return -2.0;
            return it->complete ? it->jpm : -1.0;
        };
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            const double ra = rank(a), rb = rank(b);
            if (ra != rb)
                return order == Qt::AscendingOrder ? ra < rb : ra > rb;
            return m_rows[a].nip < m_rows[b].nip;
        });
        rebuildVisible();
        return;
    }
    QVector<QString> categoryKeys;
    if (column == Category) {
        categoryKeys.resize(m_rows.size());
        const QString incomplete = tr("Incomplete");
        for (int i = 0; i < m_rows.size(); ++i) {
            const auto it = m_jpm.constFind(m_rows[i].id);
            categoryKeys[i] = it == m_jpm.cend() ? QString() : it->complete ? it->categoryLabel : incomplete;
        }
    }
    auto keyOf = [&](int i) -> const QString& { return column == Category ? categoryKeys[i] : key(i); };
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const int c = QString::compare(keyOf(a), keyOf(b), Qt::CaseInsensitive);
        if (c != 0)
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        return m_rows[a].nip < m_rows[b].nip;
    });
    // The visible rows follow the sorted order; the filter keeps that order.
    rebuildVisible();
}

} // namespace karsa::ui
