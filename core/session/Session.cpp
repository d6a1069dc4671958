#include "Session.h"

#include "common/Clock.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace karsa {

Session::Session(QString databasePath, UserSession user, const Clock* clock)
    : m_path(std::move(databasePath)), m_user(std::move(user)), m_clock(clock)
{
}

QDate Session::today() const
{
    return m_clock ? m_clock->today() : QDate::currentDate();
}

Result<std::unique_ptr<Database>> Session::connect(Access access) const
{
    auto db = Database::open(m_path, Database::Mode::OpenExisting, access == Access::ReadWrite);
    if (!db)
        return db;
    if (Status s = apply(*db.value()); !s)
        return s.error();
    if (access == Access::ReadOnly) {
        if (Status s = sql::exec(db.value()->db(), QStringLiteral("PRAGMA query_only = ON")); !s)
            return s.error();
    }
    return db;
}

Status Session::apply(Database& database) const
{
    return database.setSession(m_user);
}

UserSession Session::of(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT actor, role, user_id, full_name FROM temp.karsa_session")) && q.next()) {
        UserSession s;
        s.username = q.value(0).toString();
        s.role = roleFromCode(q.value(1).toString()).value_or(Role::Viewer);
        s.userId = q.value(2).toLongLong();
        s.fullName = q.value(3).toString();
        return s;
    }
    return UserSession::localOfficer();
}

Status Session::require(QSqlDatabase db, Permission permission)
{
    return of(db).require(permission);
}

} // namespace karsa
