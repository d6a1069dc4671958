#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace karsa::ui {

QRect fitIntoScreen(const QRect& wanted, const QRect& available)
{
    if (available.isEmpty())
        return wanted;
    QRect r(wanted.topLeft(), wanted.size().boundedTo(available.size()));
    if (r.right() > available.right())
        r.moveRight(available.right());
    if (r.bottom() > available.bottom())
        r.moveBottom(available.bottom());
    if (r.left() < available.left())
        r.moveLeft(available.left());
    if (r.top() < available.top())
        r.moveTop(available.top());
    return r;
}

void fitWindowToScreen(QWidget* window)
{
    QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) counts against the screen too; before the window is shown
    // it is not known, so a margin of the usual title-bar height is kept.
    const QRect frame = window->frameGeometry();
    const QRect inner = window->geometry();
    const int extraW = qMax(0, frame.width() - inner.width());
    const int extraH = qMax(window->isVisible() ? 0 : 32, frame.height() - inner.height());
    const QRect room = available.adjusted(extraW / 2, extraH - extraW / 2, -(extraW - extraW / 2), 0);
    const QRect fitted = fitIntoScreen(inner, room);
    if (fitted != inner)
        window->setGeometry(fitted);
}

} // namespace karsa::ui
