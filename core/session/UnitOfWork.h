#pragma once

#include "common/Result.h"
#include "security/Role.h"
#include "storage/Transaction.h"

#include <QSqlDatabase>

#include <optional>

namespace karsa {

// The only way a core service writes: the permission of the connection's user (Session::of) is
// checked first, then an IMMEDIATE transaction begins; commit() or the destructor (rollback) ends it.
// A refusal writes nothing and names the user, role and what was refused.
class UnitOfWork
{
public:
    UnitOfWork(QSqlDatabase db, Permission permission);
    UnitOfWork(const UnitOfWork&) = delete;
    UnitOfWork& operator=(const UnitOfWork&) = delete;

    bool isActive() const { return m_tx && m_tx->isActive(); }
    // Why the work could not begin (refused, or the file busy).
    const Error& error() const { return m_error; }
    QSqlDatabase db() const { return m_db; }
    Status commit();

private:
    QSqlDatabase m_db;
    std::optional<Transaction> m_tx;
    Error m_error;
};

} // namespace karsa
