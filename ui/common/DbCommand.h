#pragma once

#include "common/Result.h"
#include "shell/Workspace.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

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

// An undoable creation: insert returns the new id; undo removes that id, redo inserts again.
template <typename T>
Status executeCreate(Workspace* workspace, const QString& text, T value, Workspace::DataKinds kinds,
                     std::function<Result<qint64>(QSqlDatabase, const T&)> insert,
                     std::function<Status(QSqlDatabase, qint64)> remove)
{
    auto id = std::make_shared<qint64>(0);
    return DbCommand::execute(
        workspace, text,
        [value, id, insert](QSqlDatabase db) -> Status {
            auto r = insert(db, value);
            if (!r)
                return r.error();
            *id = r.value();
            return {};
        },
        [id, remove](QSqlDatabase db) { return remove(db, *id); }, kinds);
}

// An undoable edit with optimistic locking: the first write uses the row version the officer
// edited, so someone else's change in between is refused; undo and redo then write this
// session's values over whatever version is current (currentVersion reads it).
template <typename T>
Status executeUpdate(Workspace* workspace, const QString& text, T before, T after, Workspace::DataKinds kinds,
                     std::function<Status(QSqlDatabase, const T&)> update,
                     std::function<Result<int>(QSqlDatabase, qint64)> currentVersion)
{
    auto writeOver = [update, currentVersion](T values) {
        return [values, update, currentVersion](QSqlDatabase db) mutable -> Status {
            auto version = currentVersion(db, values.id);
            if (!version)
                return version.error();
            values.rowVersion = version.value();
            return update(db, values);
        };
    };
    auto first = std::make_shared<bool>(true);
    return DbCommand::execute(
        workspace, text,
        [after, first, update, again = writeOver(after)](QSqlDatabase db) mutable -> Status {
            if (*first) {
                *first = false;
                return update(db, after);
            }
            return again(db);
        },
        writeOver(before), kinds);
}

} // namespace karsa::ui
