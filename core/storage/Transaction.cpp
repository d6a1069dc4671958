#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>

namespace karsa {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        m_beginError = makeError(QCoreApplication::translate("Database", "Could not start a transaction: %1")
                                     .arg(m_db.lastError().text()));
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
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().text();
        rollback();
        return makeError(QCoreApplication::translate("Database", "Could not save the changes: %1").arg(reason));
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (m_active) {
        m_db.rollback();
        m_active = false;
    }
}

} // namespace karsa
