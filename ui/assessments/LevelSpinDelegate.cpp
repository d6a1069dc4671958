#include "LevelSpinDelegate.h"

#include <QSpinBox>

namespace karsa::ui {

QWidget* LevelSpinDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(1, 5);
    spin->setAlignment(Qt::AlignCenter);
    spin->setFrame(false);
    return spin;
}

void LevelSpinDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const int level = index.data(Qt::EditRole).toInt();
    static_cast<QSpinBox*>(editor)->setValue(level >= 1 ? level : 1);
}

void LevelSpinDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* spin = static_cast<QSpinBox*>(editor);
    spin->interpretText();
    model->setData(index, spin->value(), Qt::EditRole);
}

} // namespace karsa::ui
