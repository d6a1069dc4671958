#include "Transaction.h"

#include "DatabaseFile.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace karsa {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    // IMMEDIATE takes the write lock now, waiting (busy timeout) for another writer to finish; a
    // deferred transaction that reads first and writes later would fail at once with "database is
    // locked" when another connection wrote in between.
    QSqlQuery begin(m_db);
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) {
        const QSqlError e = begin.lastError();
        m_beginError = DatabaseFile::isBusyError(e.nativeErrorCode(), e.databaseText())
                           ? makeError(DatabaseFile::busyMessage())
                           : makeError(QCoreApplication::translate("Database", "Could not start a transaction: %1").arg(e.text()));
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_beginError.message.isEmpty()
                   ? makeError(QCoreApplication::translate("Database", "No transaction is active"))
                   : m_beginError;
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QSqlError e = commit.lastError();
        rollback();
        if (DatabaseFile::isBusyError(e.nativeErrorCode(), e.databaseText()))
            return makeError(DatabaseFile::busyMessage());
        return makeError(QCoreApplication::translate("Database", "Could not save the changes: %1").arg(e.text()));
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (m_active) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_active = false;
    }
}

} // namespace karsa
