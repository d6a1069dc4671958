#pragma once

#include "common/Result.h"
#include "domain/Employee.h"

#include <QSqlDatabase>
#include <QVector>

namespace karsa {

class EmployeeRepository
{
public:
    explicit EmployeeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Checks an employee before it is written: a valid NIP consistent with birth date, sex and
    // status, a known golongan of the right family, a known education level, a name.
    static Status validate(const Employee& employee);

    Result<qint64> insert(const Employee& employee);
    Status update(const Employee& employee); // optimistic: rowVersion must match
    Status remove(qint64 id);
    Result<QVector<Employee>> all() const;
    Result<Employee> byId(qint64 id) const;
    Result<Employee> byNip(const QString& nip) const; // spaced or plain
    Result<qint64> count() const;

    static const QStringList& columns(); // column order used by insert and BulkInserter
    static QVariantList values(const Employee& employee, const QString& now);

private:
    Result<QVector<Employee>> select(const QString& where, const QVariantList& values) const;
    QSqlDatabase m_db;
};

} // namespace karsa
