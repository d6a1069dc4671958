#pragma once

#include "common/Result.h"
#include "security/UserSession.h"
#include "storage/Database.h"

#include <QDate>
#include <QSqlDatabase>

#include <memory>

namespace karsa {

class Clock;

// Who is acting, on which database, and when — the one way every front end (the window, its
// worker threads, karsa-cli) gets a connection. Every connection made here carries the signed-in
// user on any thread: the audit trail names them, and core services check their role from the
// connection itself (Session::require(db, ...)), so no front end can forget a check. A viewer's
// (pimpinan) connection is query-only in SQLite itself: no write reaches the file, whatever code
// path tries one (the audit rows of its own exports and prints excepted).
class Session
{
public:
    enum class Access { ReadOnly, ReadWrite };

    Session() = default;
    Session(QString databasePath, UserSession user, const Clock* clock = nullptr);

    const QString& databasePath() const { return m_path; }
    bool isValid() const { return !m_path.isEmpty(); }
    const UserSession& user() const { return m_user; }
    void setUser(const UserSession& user) { m_user = user; }
    QString actor() const { return m_user.actor(); }
    // "Today" for date rules (ages, retirement, this year's JP); tests fix it with a clock.
    QDate today() const;

    Status require(Permission permission) const { return m_user.require(permission); }

    // A new connection to the database (never creating or upgrading it) carrying this session.
    // ReadOnly connections are query-only and get no audit triggers.
    Result<std::unique_ptr<Database>> connect(Access access = Access::ReadWrite) const;
    // Puts this session's user on a connection that is already open.
    Status apply(Database& database) const;

    // The user a connection carries (set by connect()/apply()); the local officer when none was set.
    static UserSession of(QSqlDatabase db);
    // Refuses, naming the user, role and what was refused, when the connection's user lacks it.
    static Status require(QSqlDatabase db, Permission permission);

private:
    QString m_path;
    UserSession m_user = UserSession::localOfficer();
    const Clock* m_clock = nullptr;
};

} // namespace karsa
