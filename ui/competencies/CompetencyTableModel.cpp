#include "CompetencyTableModel.h"

#include "common/TableExport.h"
#include "domain/StandardDefaults.h"
#include "reports/ReportColumn.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace karsa::ui {

CompetencyTableModel::CompetencyTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CompetencyTableModel::setCompetencies(QVector<Competency> competencies)
{
    m_rows = std::move(competencies);
    m_described.clear();
    m_haystack.clear();
    for (const Competency& c : std::as_const(m_rows)) {
        m_described.append(describedLevelCount(c));
        m_haystack.append(QStringList{c.code, c.name, competencyTypeLabel(c.type), c.definition}.join(u' ').toLower());
    }
    rebuild();
}

void CompetencyTableModel::setTypeFilter(std::optional<CompetencyType> type)
{
    m_type = type;
    rebuild();
}

void CompetencyTableModel::setFilterText(const QString& text)
{
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    rebuild();
}

void CompetencyTableModel::rebuild()
{
    beginResetModel();
    QVector<int> order(m_rows.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Competency& x = m_rows[a];
        const Competency& y = m_rows[b];
        int c = 0;
        switch (m_sortColumn) {
        case Name:
            c = collator.compare(x.name, y.name);
            break;
        case Type:
            c = int(x.type) - int(y.type);
            break;
        case Levels:
            c = m_described[a] - m_described[b];
            break;
        default:
            break;
        }
        if (c == 0)
            c = collator.compare(x.code, y.code);
        return ascending ? c < 0 : c > 0;
    });
    m_visible.clear();
    for (int i : std::as_const(order)) {
        if (m_type && m_rows[i].type != *m_type)
            continue;
        if (std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString& w) { return m_haystack[i].contains(w); }))
            m_visible.append(i);
    }
    endResetModel();
}

const Competency* CompetencyTableModel::competencyAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? &m_rows[m_visible[row]] : nullptr;
}

int CompetencyTableModel::rowOf(qint64 competencyId) const
{
    for (int i = 0; i < m_visible.size(); ++i)
        if (m_rows[m_visible[i]].id == competencyId)
            return i;
    return -1;
}

int CompetencyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int CompetencyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompetencyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const int i = m_visible[index.row()];
    const Competency& c = m_rows[i];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Levels ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == kExportValueRole && index.column() == Levels)
        return m_described[i];
    if (role == Qt::ToolTipRole && index.column() == Name && !c.definition.isEmpty())
        return c.definition;
    if (role != Qt::DisplayRole && role != kExportValueRole)
        return {};
    switch (index.column()) {
    case Code:
        return c.code;
    case Name:
        return c.name;
    case Type:
        return competencyTypeLabel(c.type);
    case Levels:
        return tr("%1 of 5").arg(QLocale().toString(m_described[i]));
    default:
        return {};
    }
}

QVariant CompetencyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == kColumnTypeRole)
        return int(section == Levels ? ReportColumn::Type::Integer : ReportColumn::Type::Text);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Competency");
    case Type:
        return tr("Type");
    case Levels:
        return tr("Levels described");
    default:
        return {};
    }
}

void CompetencyTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    rebuild();
}

} // namespace karsa::ui
