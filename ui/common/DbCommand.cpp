#include "DbCommand.h"

#include "storage/Transaction.h"

#include <QApplication>
#include <QMessageBox>
#include <QUndoStack>

namespace karsa::ui {

Status runInTransaction(QSqlDatabase db, const DbCommand::Write& write)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = write(db); !s)
        return s; // the guard rolls back
    return tx.commit();
}

DbCommand::DbCommand(Workspace* workspace, const QString& text, Write apply, Write revert, Workspace::DataKinds kinds)
    : QUndoCommand(text), m_workspace(workspace), m_apply(std::move(apply)), m_revert(std::move(revert)), m_kinds(kinds)
{
}

namespace {
// Settings need EditSettings; every other edit EditData (core/security/Role decides who has them).
Status allowed(Workspace* workspace, Workspace::DataKinds kinds)
{
    return workspace->session().require((kinds & Workspace::AnySettings) ? Permission::EditSettings : Permission::EditData);
}
} // namespace

Status DbCommand::execute(Workspace* workspace, const QString& text, Write apply, Write revert, Workspace::DataKinds kinds)
{
    if (Status s = allowed(workspace, kinds); !s)
        return s;
    if (Status s = runInTransaction(workspace->db(), apply); !s)
        return s;
    workspace->undoStack()->push(new DbCommand(workspace, text, std::move(apply), std::move(revert), kinds));
    workspace->notifyChanged(kinds);
    return {};
}

namespace {
DbCommand::MessageSink& messageSink()
{
    static DbCommand::MessageSink sink;
    return sink;
}
} // namespace

void DbCommand::setMessageSink(MessageSink sink)
{
    messageSink() = std::move(sink);
}

bool DbCommand::run(const Write& write)
{
    Status s = allowed(m_workspace, m_kinds);
    if (s)
        s = runInTransaction(m_workspace->db(), write);
    if (!s) {
        const QString message = QObject::tr("“%1” could not be undone or redone: %2").arg(text(), s.error().describe());
        if (messageSink())
            messageSink()(message);
        else
            QMessageBox::warning(QApplication::activeWindow(), QObject::tr("Undo"), message);
        setObsolete(true);
        return false;
    }
    m_workspace->notifyChanged(m_kinds);
    return true;
}

void DbCommand::redo()
{
    if (m_firstRedo) { // execute() already wrote it
        m_firstRedo = false;
        return;
    }
    run(m_apply);
}

void DbCommand::undo()
{
    run(m_revert);
}

} // namespace karsa::ui
