#pragma once

#include "security/Role.h"

#include <QIcon>
#include <QWidget>

namespace karsa::ui {

class Workspace;

// One area of the main window (Dasbor, Pegawai, ...). A page loads its data when first shown
// and again when the workspace reports a change it cares about.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(Workspace* workspace, QWidget* parent = nullptr);

    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    Workspace* workspace() const { return m_workspace; }
    // The page is listed only for users whose role has this permission (Users, Audit: administrators).
    virtual Permission requiredPermission() const { return Permission::ViewData; }

    // Called each time the page becomes the visible one.
    void activate();

protected:
    // Reload everything from the database. Called on first activation and after changes.
    virtual void reload() = 0;
    // Marks the page stale; it reloads now if visible, else when next activated.
    void invalidate();

private:
    Workspace* m_workspace;
    bool m_stale = true;
};

} // namespace karsa::ui
