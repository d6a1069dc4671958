#include "RequiredLevelDelegate.h"

#include <QSpinBox>

namespace karsa::ui {

QWidget* RequiredLevelDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(1, 5);
    spin->setFrame(false);
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

void RequiredLevelDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    static_cast<QSpinBox*>(editor)->setValue(index.data(Qt::EditRole).toInt());
}

void RequiredLevelDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* spin = static_cast<QSpinBox*>(editor);
    spin->interpretText();
    model->setData(index, spin->value(), Qt::EditRole);
}

} // namespace karsa::ui
