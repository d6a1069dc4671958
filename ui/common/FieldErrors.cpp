#include "FieldErrors.h"

#include <QLayout>

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace karsa::ui {

FieldErrors::FieldErrors(const QString& color, int spacing) : m_color(color), m_spacing(spacing)
{
}

QLabel* FieldErrors::makeLabel(QWidget* parent, const QString& color)
{
    auto* label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    label->setWordWrap(true);
    label->hide();
    return label;
}

QWidget* FieldErrors::wrap(const QString& key, QWidget* editor, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(m_spacing);
    v->addWidget(editor);
    v->addWidget(addLabel(key, box));
    return box;
}

void FieldErrors::addRow(QFormLayout* form, const QString& key, const QString& label, QWidget* editor, QWidget* parent)
{
    form->addRow(label, wrap(key, editor, parent));
}

QLabel* FieldErrors::addLabel(const QString& key, QWidget* parent)
{
    QLabel* error = makeLabel(parent, m_color);
    error->setObjectName(key + QStringLiteral("Error"));
    m_labels.insert(key, error);
    return error;
}

QLabel* FieldErrors::general(QWidget* parent)
{
    if (!m_general) {
        m_general = makeLabel(parent, m_color);
        m_general->setObjectName(QStringLiteral("generalError"));
    }
    return m_general;
}

void FieldErrors::clear()
{
    for (QLabel* l : std::as_const(m_labels))
        l->hide();
    if (m_general)
        m_general->hide();
}

void FieldErrors::show(const Error& error)
{
    if (QLabel* label = m_labels.value(error.field)) {
        label->setText(error.message);
        reveal(label);
    } else if (m_general) {
        m_general->setText(error.describe());
        reveal(m_general);
    }
}

void FieldErrors::reveal(QLabel* label)
{
    label->show();
    // A message appearing under a field must not be squeezed: let the window grow to fit it.
    QWidget* window = label->window();
    if (window && window->isVisible() && window->layout()) {
        window->layout()->activate();
        const QSize hint = window->sizeHint();
        if (hint.height() > window->height())
            window->resize(window->width(), hint.height());
    }
}

} // namespace karsa::ui
