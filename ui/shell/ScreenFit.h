#pragma once

#include <QRect>

class QWidget;

namespace karsa::ui {

// The part of `available` (a screen's available geometry) a window of geometry `wanted` may take:
// no larger than the screen, moved inside it. An empty `available` leaves `wanted` as it is.
QRect fitIntoScreen(const QRect& wanted, const QRect& available);

// Shrinks and moves a top-level window so that it lies on its screen's available area (after
// restoreGeometry() of a larger screen, or a first size larger than a 1366×768 display).
void fitWindowToScreen(QWidget* window);

} // namespace karsa::ui
