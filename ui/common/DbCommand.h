#pragma once

#include "common/Result.h"
#include "shell/Workspace.h"

#include <QUndoCommand>

#include <functional>

namespace karsa::ui {

// An undoable database edit. The first write happens in execute() — before the command enters the
// undo stack — so a failure is reported to the officer and nothing is pushed. Later redo/undo
// run the same kind of write in a transaction; a failure there is shown and the command
// becomes obsolete (it is dropped from the stack) so the stack never lies about the data.
class DbCommand : public QUndoCommand
{
public:
    using Write = std::function<Status(QSqlDatabase)>;

    // Runs apply in a transaction; on success pushes a command whose undo runs revert (and whose
    // redo runs apply again). Returns the failure otherwise. kinds says what to refresh.
    static Status execute(Workspace* workspace, const QString& text, Write apply, Write revert,
                          Workspace::DataKinds kinds);

    void undo() override;
    void redo() override;

private:
    DbCommand(Workspace* workspace, const QString& text, Write apply, Write revert, Workspace::DataKinds kinds);
    bool run(const Write& write);

    Workspace* m_workspace;
    Write m_apply;
    Write m_revert;
    Workspace::DataKinds m_kinds;
    bool m_firstRedo = true;
};

// Runs write in one transaction: commits on success, rolls back and returns the error otherwise.
Status runInTransaction(QSqlDatabase db, const DbCommand::Write& write);

} // namespace karsa::ui
