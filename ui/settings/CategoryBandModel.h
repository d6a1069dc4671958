#pragma once

#include "analytics/CategoryScale.h"

#include <QAbstractTableModel>

namespace karsa::ui {

// An editable flat view of every category scale: one row per band (scale name, scale label, band
// code, band label, lower bound). Edits are kept here until the Settings page saves them.
class CategoryBandModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ScaleName, ScaleLabel, Code, Label, LowerBound, ColumnCount };

    explicit CategoryBandModel(QObject* parent = nullptr);

    void setScales(const QVector<CategoryScale>& scales);
    QVector<CategoryScale> scales() const; // grouped by scale name, in first-appearance order
    void addBand(int afterRow);
    void removeBand(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    struct Row
    {
        QString scaleName, scaleLabel, code, label;
        double lowerBound = 0.0;
    };
    QVector<Row> m_rows;
};

} // namespace karsa::ui
