#include "ElidedLabel.h"

#include <QFontMetrics>

namespace karsa::ui {

ElidedLabel::ElidedLabel(QWidget* parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setMinimumWidth(1);
}

void ElidedLabel::setFullText(const QString& text)
{
    m_fullText = text;
    setToolTip(text);
    elide();
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {1, QLabel::minimumSizeHint().height()};
}

QSize ElidedLabel::sizeHint() const
{
    // The whole text is what it would like, but the window never grows for it (size policy Ignored).
    return {fontMetrics().horizontalAdvance(m_fullText) + 2 * margin() + 4, QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    const int room = qMax(0, contentsRect().width() - 2 * margin());
    QLabel::setText(fontMetrics().elidedText(m_fullText, Qt::ElideMiddle, room));
}

} // namespace karsa::ui
