#include "UserRepository.h"
#include "session/Session.h"

#include "AuditLog.h"
#include "SettingsRepository.h"
#include "Sql.h"
#include "Transaction.h"
#include "security/PasswordHasher.h"
#include "security/SecuritySettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace karsa {

namespace {

Error fieldError(const QString& field, const QString& message)
{
    Error e = makeError(message);
    e.field = field;
    return e;
}

const QString kSelect = QStringLiteral(
    "SELECT id, username, full_name, role, active, failed_attempts, locked_until, last_login_at, row_version FROM users");

UserAccount readAccount(const QSqlQuery& q)
{
    UserAccount a;
    a.id = q.value(0).toLongLong();
    a.username = q.value(1).toString();
    a.fullName = q.value(2).toString();
    a.role = roleFromCode(q.value(3).toString()).value_or(Role::Viewer);
    a.active = q.value(4).toInt() != 0;
    a.failedAttempts = q.value(5).toInt();
    a.lockedUntil = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    a.lastLoginAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    a.rowVersion = q.value(8).toInt();
    return a;
}

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

UserSession UserAccount::session() const
{
    UserSession s;
    s.userId = id;
    s.username = username;
    s.fullName = fullName;
    s.role = role;
    return s;
}

UserRepository::UserRepository(QSqlDatabase db, const Clock* clock) : m_db(std::move(db)), m_clock(clock) {}

QDateTime UserRepository::now() const
{
    return (m_clock ? m_clock->now() : QDateTime::currentDateTime()).toUTC();
}

bool UserRepository::loginRequired(QSqlDatabase db)
{
    return SecuritySettings::isOn(SettingsRepository(db).value(SecuritySettings::kLoginRequired));
}

Result<QList<UserAccount>> UserRepository::all() const
{
    QSqlQuery q(m_db);
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY username")))
        return sql::errorFrom(q);
    QList<UserAccount> out;
    while (q.next())
        out.append(readAccount(q));
    return out;
}

Result<UserAccount> UserRepository::byId(qint64 id) const
{
    auto q = sql::prepare(m_db, kSelect + QStringLiteral(" WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(id);
    if (Status s = sql::exec(q.value()); !s)
        return s.error();
    if (!q->next())
        return makeError(QCoreApplication::translate("Users", "There is no user with id %1").arg(id));
    return readAccount(q.value());
}

Result<int> UserRepository::count() const
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<int> UserRepository::activeAdministrators() const
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'administrator' AND active = 1"));
    if (!v)
        return v.error();
    return v->toInt();
}

Status UserRepository::checkPassword(const QString& password) const
{
    const int minimum = SettingsRepository(m_db).intValue(QStringLiteral("security/min_password_length"), 8);
    if (password.size() < minimum)
        return fieldError(QStringLiteral("password"), QCoreApplication::translate("Users", "The password needs at least %1 characters").arg(minimum));
    return {};
}

Status UserRepository::mayManage(qint64 targetId) const
{
    // The first administrator is created by whoever opens a database that has none; anyone may
    // change their own password; everything else needs the ManageUsers permission.
    auto admins = activeAdministrators();
    if (admins && admins.value() == 0)
        return {};
    const UserSession acting = Session::of(m_db);
    if (targetId > 0 && acting.userId == targetId)
        return {};
    return acting.require(Permission::ManageUsers);
}

Result<qint64> UserRepository::create(const QString& username, const QString& fullName, Role role, const QString& password)
{
    if (Status allowed = mayManage(0); !allowed)
        return allowed.error();
    const QString name = username.trimmed();
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]{3,40}$"));
    if (!valid.match(name).hasMatch())
        return fieldError(QStringLiteral("username"),
                          QCoreApplication::translate("Users", "The user name needs 3 to 40 letters, digits, dots, hyphens or underscores"));
    if (fullName.trimmed().isEmpty())
        return fieldError(QStringLiteral("fullName"), QCoreApplication::translate("Users", "The full name is required"));
    if (Status s = checkPassword(password); !s)
        return s.error();
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    const QString at = sql::nowText();
    auto q = sql::prepare(m_db, QStringLiteral("INSERT INTO users (username, full_name, role, password_hash, created_at, updated_at) "
                                               "VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    for (const QVariant& v : QVariantList{name, fullName.trimmed(), roleCode(role), hash.value(), at, at})
        q->addBindValue(v);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = sql::execUnique(q.value(), QStringLiteral("users.username"), QStringLiteral("username"),
                                   QCoreApplication::translate("Users", "Another user already has this user name"));
        !s)
        return s.error();
    const qint64 id = q->lastInsertId().toLongLong();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status UserRepository::update(qint64 id, int expectedVersion, const QString& fullName, Role role, bool active,
                              const QString& newPassword)
{
    if (Status allowed = mayManage(0); !allowed)
        return allowed;
    if (fullName.trimmed().isEmpty())
        return fieldError(QStringLiteral("fullName"), QCoreApplication::translate("Users", "The full name is required"));
    QString hash;
    if (!newPassword.isEmpty()) {
        if (Status s = checkPassword(newPassword); !s)
            return s;
        auto h = PasswordHasher::hash(newPassword);
        if (!h)
            return h.error();
        hash = h.value();
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto current = byId(id);
    if (!current)
        return current.error();
    const bool wasAdmin = current->role == Role::Administrator && current->active;
    const bool staysAdmin = role == Role::Administrator && active;
    if (wasAdmin && !staysAdmin) {
        auto admins = activeAdministrators();
        if (!admins)
            return admins.error();
        if (admins.value() <= 1)
            return fieldError(QStringLiteral("role"), QCoreApplication::translate("Users", "%1 is the last active administrator; make another user "
                                                         "administrator first")
                                                          .arg(current->username));
    }
    if (Status s = sql::execVersioned(
            m_db, QStringLiteral("users"), id,
            QStringLiteral("UPDATE users SET full_name = ?, role = ?, active = ?, updated_at = ?, "
                           "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
            {fullName.trimmed(), roleCode(role), active ? 1 : 0, sql::nowText(), id, expectedVersion});
        !s)
        return s;
    if (!hash.isEmpty()) {
        if (Status s = sql::exec(m_db, QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL "
                                                      "WHERE id = ?"),
                                 {hash, id});
            !s)
            return s;
    }
    return tx.commit();
}

Status UserRepository::setPassword(qint64 id, int expectedVersion, const QString& password)
{
    if (Status allowed = mayManage(id); !allowed)
        return allowed;
    if (Status s = checkPassword(password); !s)
        return s;
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto user = byId(id); !user)
        return user.error();
    if (Status s = sql::execVersioned(
            m_db, QStringLiteral("users"), id,
            QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL, "
                           "updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
            {hash.value(), sql::nowText(), id, expectedVersion});
        !s)
        return s;
    return tx.commit();
}

Status UserRepository::unlock(qint64 id)
{
    if (Status allowed = mayManage(0); !allowed)
        return allowed;
    // Not version-checked: lifting a lockout only resets the sign-in counter (which sign-in itself
    // writes without a version) and is the same whoever does it twice; it overwrites no officer's edit.
    return sql::exec(m_db, QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL, updated_at = ?, "
                                          "row_version = row_version + 1 WHERE id = ?"),
                     {sql::nowText(), id});
}

Result<UserAccount> UserRepository::authenticate(const QString& username, const QString& password)
{
    // The failure counter and last sign-in written here are audited as the sign-in of this name,
    // not as the work of whoever the connection belonged to.
    const QString previousActor = AuditLog::actor(m_db);
    (void)AuditLog::setActor(m_db, QStringLiteral("sign-in:") + username.trimmed());
    auto result = signIn(username, password);
    (void)AuditLog::setActor(m_db, previousActor);
    return result;
}

Result<UserAccount> UserRepository::signIn(const QString& username, const QString& password)
{
    const Error wrong = makeError(QCoreApplication::translate("Users", "The user name or the password is wrong"));
    auto q = sql::prepare(m_db, kSelect + QStringLiteral(" WHERE username = ?"));
    if (!q)
        return q.error();
    q->addBindValue(username.trimmed());
    if (Status s = sql::exec(q.value()); !s)
        return s.error();
    if (!q->next()) {
        PasswordHasher::verify(QString(), password); // same work whether or not the name exists
        return wrong;
    }
    UserAccount account = readAccount(q.value());
    q->finish();
    const QDateTime at = now();
    if (account.lockedUntil.isValid() && account.lockedUntil > at)
        return makeError(QCoreApplication::translate("Users", "This account is locked after too many wrong passwords until %1 (UTC)")
                             .arg(account.lockedUntil.toString(u"dd-MM-yyyy HH:mm")));
    if (!account.active)
        return makeError(QCoreApplication::translate("Users", "This account has been deactivated by an administrator"));
    auto stored = sql::scalar(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {account.id});
    if (!stored)
        return stored.error();
    if (!PasswordHasher::verify(stored->toString(), password)) {
        SettingsRepository settings(m_db);
        const int attempts = qMax(1, settings.intValue(QStringLiteral("security/lockout_attempts"), 5));
        const int minutes = qMax(1, settings.intValue(QStringLiteral("security/lockout_minutes"), 15));
        const int failed = account.failedAttempts + 1;
        const bool lock = failed >= attempts;
        if (Status s = sql::exec(m_db, QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                                 {lock ? 0 : failed, lock ? QVariant(isoUtc(at.addSecs(qint64(minutes) * 60)))
                                                          : QVariant(QMetaType(QMetaType::QString)),
                                  account.id});
            !s)
            return s.error();
        if (lock)
            return makeError(QCoreApplication::translate("Users", "Too many wrong passwords: the account is locked for %n minute(s)", nullptr, minutes));
        return wrong;
    }
    if (Status s = sql::exec(m_db, QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = ? "
                                                  "WHERE id = ?"),
                             {isoUtc(at), account.id});
        !s)
        return s.error();
    account.failedAttempts = 0;
    account.lockedUntil = {};
    account.lastLoginAt = at;
    return account;
}

} // namespace karsa
