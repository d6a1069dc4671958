#pragma once

#include "common/Result.h"
#include "shell/Workspace.h"
#include "storage/Sql.h"

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

    // Where a failed undo/redo is told (a message box by default); tests collect the messages.
    using MessageSink = std::function<void(const QString& message)>;
    static void setMessageSink(MessageSink sink);

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

// An undoable edit with optimistic locking. The first write uses the row version the officer
// edited, so a change made elsewhere in between is refused. The command remembers the version its
// own write left; undo and redo write only while the row still carries that version. Otherwise
// someone else (another window, karsa-cli, another officer) changed it since: the step is refused
// with who and when, their change is kept, and the command drops itself from the undo stack.
template <typename T>
Status executeUpdate(Workspace* workspace, const QString& text, T before, T after, Workspace::DataKinds kinds,
                     std::function<Status(QSqlDatabase, const T&)> update, const QString& table)
{
    auto written = std::make_shared<int>(0);
    auto remember = [table, written](QSqlDatabase db, qint64 id) -> Status {
        auto now = sql::rowVersion(db, table, id);
        if (!now)
            return now.error();
        *written = now.value();
        return {};
    };
    auto writeIfUnchanged = [update, table, written, remember](T values) {
        return [values, update, table, written, remember](QSqlDatabase db) mutable -> Status {
            auto version = sql::rowVersion(db, table, values.id);
            if (!version)
                return version.error();
            if (version.value() != *written)
                return sql::conflictError(db, table, values.id); // "changed by X on T"
            values.rowVersion = version.value();
            if (Status s = update(db, values); !s)
                return s;
            return remember(db, values.id);
        };
    };
    auto first = std::make_shared<bool>(true);
    return DbCommand::execute(
        workspace, text,
        [after, first, update, remember, again = writeIfUnchanged(after)](QSqlDatabase db) mutable -> Status {
            if (*first) {
                *first = false;
                if (Status s = update(db, after); !s)
                    return s;
                return remember(db, after.id);
            }
            return again(db);
        },
        writeIfUnchanged(before), kinds);
}

// An undoable edit of one row through writes that take the row_version they expect (and are refused
// with sql::conflictError otherwise). The first write expects the version the officer saw; every
// later undo/redo expects the version the previous step of this command left, so a change made
// elsewhere in between is refused with who and when, and that change is kept.
using VersionedWrite = std::function<Status(QSqlDatabase, int expectedVersion)>;
inline Status executeVersioned(Workspace* workspace, const QString& text, const QString& table, qint64 id,
                               int seenVersion, VersionedWrite apply, VersionedWrite revert,
                               Workspace::DataKinds kinds)
{
    auto expected = std::make_shared<int>(seenVersion);
    auto wrap = [table, id, expected](VersionedWrite write) -> DbCommand::Write {
        return [table, id, expected, write](QSqlDatabase db) -> Status {
            if (Status s = write(db, *expected); !s)
                return s;
            auto now = sql::rowVersion(db, table, id);
            if (!now)
                return now.error();
            *expected = now.value();
            return {};
        };
    };
    return DbCommand::execute(workspace, text, wrap(std::move(apply)), wrap(std::move(revert)), kinds);
}

} // namespace karsa::ui
