#include "Page.h"

#include "shell/Workspace.h"

namespace karsa::ui {

Page::Page(Workspace* workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::databaseChanged, this, &Page::invalidate);
}

void Page::activate()
{
    if (m_stale && m_workspace->hasDatabase()) {
        m_stale = false;
        reload();
    }
}

void Page::invalidate()
{
    m_stale = true;
    if (isVisible())
        activate();
}

} // namespace karsa::ui
