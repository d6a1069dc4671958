#include "BatchAssessmentModel.h"

#include "common/TableExport.h"
#include "domain/Nip.h"
#include "reports/ReportColumn.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>
#include <numeric>

namespace karsa::ui {

BatchAssessmentModel::BatchAssessmentModel(QObject* parent) : QAbstractTableModel(parent) {}

void BatchAssessmentModel::setGrid(QVector<Employee> employees, QVector<CompetencyColumn> competencies)
{
    beginResetModel();
    m_employees = std::move(employees);
    m_competencies = std::move(competencies);
    m_edits.clear();
    QHash<qint64, int> column;
    for (int c = 0; c < m_competencies.size(); ++c)
        column.insert(m_competencies[c].id, c);
    m_inStandard = QVector<QVector<bool>>(m_employees.size(), QVector<bool>(m_competencies.size(), false));
    m_haystack.resize(m_employees.size());
    for (int e = 0; e < m_employees.size(); ++e) {
        for (qint64 id : std::as_const(m_employees[e].standard))
            if (const int c = column.value(id, -1); c >= 0)
                m_inStandard[e][c] = true;
        m_haystack[e] = (m_employees[e].nip + u' ' + Nip::format(m_employees[e].nip) + u' ' + m_employees[e].name).toLower();
    }
    m_order.resize(m_employees.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    endResetModel();
    sort(m_sortColumn, m_sortOrder);
    emit changesChanged(0);
}

int BatchAssessmentModel::levelAt(int e, int c, bool* edited) const
{
    const auto it = m_edits.constFind(key(e, c));
    if (edited)
        *edited = it != m_edits.constEnd();
    if (it != m_edits.constEnd())
        return it.value();
    return m_employees[e].currentLevel.value(m_competencies[c].id, 0);
}

QVector<BatchAssessmentModel::Change> BatchAssessmentModel::changes() const
{
    QVector<Change> out;
    for (int e = 0; e < m_employees.size(); ++e)
        for (int c = 0; c < m_competencies.size(); ++c)
            if (const auto it = m_edits.constFind(key(e, c)); it != m_edits.constEnd())
                out.append({m_employees[e].id, m_competencies[c].id, it.value()});
    return out;
}

void BatchAssessmentModel::discard()
{
    if (m_edits.isEmpty())
        return;
    m_edits.clear();
    if (!m_visible.isEmpty())
        emit dataChanged(index(0, FirstCompetencyColumn), index(rowCount() - 1, columnCount() - 1));
    emit changesChanged(0);
}

void BatchAssessmentModel::commitChanges()
{
    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it) {
        const int e = int(it.key() >> 32);
        const int c = int(it.key() & 0xffffffffu);
        m_employees[e].currentLevel.insert(m_competencies[c].id, it.value());
    }
    discard();
}

void BatchAssessmentModel::setFilterText(const QString& text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_filterWords)
        return;
    m_filterWords = words;
    rebuildVisible();
}

void BatchAssessmentModel::rebuildVisible()
{
    beginResetModel();
    m_visible.clear();
    for (int e : std::as_const(m_order)) {
        bool match = true;
        for (const QString& w : std::as_const(m_filterWords))
            if (!m_haystack[e].contains(w)) {
                match = false;
                break;
            }
        if (match)
            m_visible.append(e);
    }
    endResetModel();
}

int BatchAssessmentModel::employeeRow(qint64 employeeId) const
{
    for (int r = 0; r < m_visible.size(); ++r)
        if (m_employees[m_visible[r]].id == employeeId)
            return r;
    return -1;
}

int BatchAssessmentModel::competencyColumn(qint64 competencyId) const
{
    for (int c = 0; c < m_competencies.size(); ++c)
        if (m_competencies[c].id == competencyId)
            return FirstCompetencyColumn + c;
    return -1;
}

bool BatchAssessmentModel::inStandard(const QModelIndex& index) const
{
    if (!index.isValid() || index.column() < FirstCompetencyColumn || index.row() >= m_visible.size())
        return false;
    return m_inStandard[m_visible[index.row()]][index.column() - FirstCompetencyColumn];
}

int BatchAssessmentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int BatchAssessmentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstCompetencyColumn + int(m_competencies.size());
}

QVariant BatchAssessmentModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size() || index.column() >= columnCount())
        return {};
    const int e = m_visible[index.row()];
    const Employee& emp = m_employees[e];
    if (index.column() == NipColumn) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return Nip::format(emp.nip);
        if (role == kExportValueRole)
            return emp.nip;
        return {};
    }
    if (index.column() == NameColumn)
        return role == Qt::DisplayRole || role == Qt::ToolTipRole || role == kExportValueRole ? QVariant(emp.name) : QVariant();
    const int c = index.column() - FirstCompetencyColumn;
    const bool standard = m_inStandard[e][c];
    bool edited = false;
    const int level = levelAt(e, c, &edited);
    switch (role) {
    case Qt::DisplayRole:
        return level > 0 ? QVariant(level) : QVariant(standard ? QStringLiteral("–") : QString());
    case Qt::EditRole:
    case kExportValueRole:
        return level > 0 ? QVariant(level) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (edited)
            return QBrush(QColor(0xff, 0xe0, 0x82));
        return standard ? QVariant() : QVariant(QBrush(QColor(0xe4, 0xe7, 0xeb)));
    case Qt::ForegroundRole:
        return standard ? QVariant() : QVariant(QBrush(QColor(0x9a, 0xa5, 0xb1)));
    case Qt::FontRole:
        if (edited) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (!standard)
            return tr("%1 is not in this employee's standard").arg(m_competencies[c].name);
        return edited ? tr("%1: changed to %2, not saved yet").arg(m_competencies[c].name).arg(level)
                      : m_competencies[c].name;
    default:
        return {};
    }
}

bool BatchAssessmentModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !inStandard(index))
        return false;
    bool ok = false;
    const int level = value.toInt(&ok);
    if (!ok || level < 1 || level > 5)
        return false;
    const int e = m_visible[index.row()];
    const int c = index.column() - FirstCompetencyColumn;
    if (level == m_employees[e].currentLevel.value(m_competencies[c].id, 0))
        m_edits.remove(key(e, c)); // back to the stored value: no change
    else
        m_edits.insert(key(e, c), level);
    emit dataChanged(index, index);
    emit changesChanged(int(m_edits.size()));
    return true;
}

Qt::ItemFlags BatchAssessmentModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (inStandard(index))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant BatchAssessmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == kColumnTypeRole)
        return int(section == NipColumn ? ReportColumn::Type::Nip
                                        : section == NameColumn ? ReportColumn::Type::Text : ReportColumn::Type::Integer);
    if (section == NipColumn)
        return role == Qt::DisplayRole ? QVariant(tr("NIP")) : QVariant();
    if (section == NameColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Name")) : QVariant();
    const CompetencyColumn& c = m_competencies[section - FirstCompetencyColumn];
    if (role == Qt::DisplayRole)
        return c.code;
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 — %2").arg(c.code, c.name);
    return {};
}

void BatchAssessmentModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    auto less = [&](int a, int b) {
        if (column == NipColumn)
            return m_employees[a].nip < m_employees[b].nip;
        if (column == NameColumn) {
            const int cmp = QString::compare(m_employees[a].name, m_employees[b].name, Qt::CaseInsensitive);
            return cmp != 0 ? cmp < 0 : m_employees[a].nip < m_employees[b].nip;
        }
        const int c = column - FirstCompetencyColumn;
        return levelAt(a, c) < levelAt(b, c);
    };
    std::stable_sort(m_order.begin(), m_order.end(),
                     [&](int a, int b) { return order == Qt::AscendingOrder ? less(a, b) : less(b, a); });
    rebuildVisible();
}

} // namespace karsa::ui
