#pragma once

#include <QIcon>
#include <QString>

namespace karsa::ui {

// The application icon (window, task bar, About dialog), built from the PNG sizes compiled into
// the program (:/icons), so it needs no SVG plug-in and no installed file.
QIcon applicationIcon();

// The sizes of the icon in the resources, smallest first.
QList<int> applicationIconSizes();

// The reverse-DNS application id: the name of the .desktop entry, the AppStream component and the
// themed icon the desktop shows in its menus.
QString applicationId();

} // namespace karsa::ui
