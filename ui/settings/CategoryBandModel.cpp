#include "CategoryBandModel.h"

#include <QLocale>

namespace karsa::ui {

CategoryBandModel::CategoryBandModel(QObject* parent) : QAbstractTableModel(parent) {}

void CategoryBandModel::setScales(const QVector<CategoryScale>& scales)
{
    beginResetModel();
    m_rows.clear();
    for (const CategoryScale& s : scales)
        for (const CategoryBand& b : s.bands())
            m_rows.append({s.name(), s.label(), b.code, b.label, b.lowerBound});
    endResetModel();
}

QVector<CategoryScale> CategoryBandModel::scales() const
{
    QStringList order;
    QHash<QString, QString> labels;
    QHash<QString, QVector<CategoryBand>> bands;
    for (const Row& r : m_rows) {
        const QString name = r.scaleName.trimmed();
        if (!order.contains(name)) {
            order << name;
            labels.insert(name, r.scaleLabel.trimmed());
        }
        bands[name].append({r.code.trimmed(), r.label.trimmed(), r.lowerBound});
    }
    QVector<CategoryScale> out;
    for (const QString& name : std::as_const(order))
        out.append(CategoryScale(name, labels.value(name), bands.value(name)));
    return out;
}

void CategoryBandModel::addBand(int afterRow)
{
    const int row = afterRow < 0 ? int(m_rows.size()) : afterRow + 1;
    Row r;
    if (afterRow >= 0 && afterRow < m_rows.size()) {
        r.scaleName = m_rows[afterRow].scaleName;
        r.scaleLabel = m_rows[afterRow].scaleLabel;
    } else {
        r.scaleName = tr("new_scale");
        r.scaleLabel = tr("New scale");
    }
    beginInsertRows({}, row, row);
    m_rows.insert(row, r);
    endInsertRows();
    emit edited();
}

void CategoryBandModel::removeBand(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.remove(row);
    endRemoveRows();
    emit edited();
}

int CategoryBandModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CategoryBandModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategoryBandModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows[index.row()];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case ScaleName:
            return r.scaleName;
        case ScaleLabel:
            return r.scaleLabel;
        case Code:
            return r.code;
        case Label:
            return r.label;
        case LowerBound:
            return role == Qt::EditRole ? QVariant(r.lowerBound) : QVariant(QLocale().toString(r.lowerBound, 'f', 2));
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == LowerBound)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool CategoryBandModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    Row& r = m_rows[index.row()];
    switch (index.column()) {
    case ScaleName:
        r.scaleName = value.toString();
        break;
    case ScaleLabel:
        r.scaleLabel = value.toString();
        break;
    case Code:
        r.code = value.toString();
        break;
    case Label:
        r.label = value.toString();
        break;
    case LowerBound: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || v < 0 || v > 100)
            return false;
        r.lowerBound = v;
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    emit edited();
    return true;
}

Qt::ItemFlags CategoryBandModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant CategoryBandModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ScaleName:
        return tr("Scale");
    case ScaleLabel:
        return tr("Scale name");
    case Code:
        return tr("Code");
    case Label:
        return tr("Category");
    case LowerBound:
        return tr("From JPM (%)");
    default:
        return {};
    }
}

} // namespace karsa::ui
