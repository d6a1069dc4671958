#include "UnitOfWork.h"

#include "Session.h"

namespace karsa {

UnitOfWork::UnitOfWork(QSqlDatabase db, Permission permission) : m_db(std::move(db))
{
    if (Status allowed = Session::require(m_db, permission); !allowed) {
        m_error = allowed.error();
        return;
    }
    m_tx.emplace(m_db);
    if (!m_tx->isActive())
        m_error = m_tx->beginError();
}

Status UnitOfWork::commit()
{
    if (!isActive())
        return m_error;
    return m_tx->commit();
}

} // namespace karsa
