#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace karsa {

// RAII transaction guard: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    const Error& beginError() const { return m_beginError; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Error m_beginError;
};

} // namespace karsa
