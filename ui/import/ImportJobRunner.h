#pragma once

#include "common/Result.h"
#include "session/Session.h"

#include <functional>

class QWidget;

namespace karsa {
class Database;
class Progress;
} // namespace karsa

namespace karsa::ui {

// Runs one import step (analyze or apply) off the GUI thread on its own connection to the database
// at dbPath, showing a progress dialog with Cancel. Waits (with a local event loop, the window stays
// responsive) and returns the step's status; a cancelled step returns its error.
class ImportJobRunner
{
public:
    using Job = std::function<Status(Database& connection, Progress& progress)>;
    static Status run(QWidget* parent, const QString& title, const Session& session, const Job& job);
};

} // namespace karsa::ui
