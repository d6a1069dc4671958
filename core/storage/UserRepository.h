#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "security/Role.h"
#include "security/UserSession.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace karsa {

struct UserAccount
{
    qint64 id = 0;
    QString username;
    QString fullName;
    Role role = Role::Viewer;
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntil; // UTC; invalid when not locked
    QDateTime lastLoginAt; // UTC
    int rowVersion = 0;

    UserSession session() const;
};

// User accounts: creation with an Argon2id password, role changes, sign-in with lockout after
// repeated failures (settings security/lockout_attempts and security/lockout_minutes).
class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db, const Clock* clock = nullptr);

    static bool loginRequired(QSqlDatabase db);   // setting security/login_required
    Result<QList<UserAccount>> all() const;
    Result<UserAccount> byId(qint64 id) const;
    Result<int> count() const;
    Result<int> activeAdministrators() const;

    // Field errors name "username", "fullName", "password" or "role".
    Result<qint64> create(const QString& username, const QString& fullName, Role role, const QString& password);
    // Changing the role or deactivating is refused when it would leave no active administrator.
    // A non-empty newPassword replaces the password in the same transaction.
    // update and setPassword are optimistic: expectedVersion is the row_version of the account the
    // caller read; a change made elsewhere since is refused with sql::conflictError.
    Status update(qint64 id, int expectedVersion, const QString& fullName, Role role, bool active,
                  const QString& newPassword = {});
    Status setPassword(qint64 id, int expectedVersion, const QString& password); // also lifts a lockout
    Status unlock(qint64 id);

    // Signs a user in. Wrong user name and wrong password give the same message; after the set
    // number of failures the account is locked for the set minutes, even for the right password.
    Result<UserAccount> authenticate(const QString& username, const QString& password);

private:
    Result<UserAccount> signIn(const QString& username, const QString& password);
    Status checkPassword(const QString& password) const;
    Status mayManage(qint64 targetId) const;
    QDateTime now() const;

    QSqlDatabase m_db;
    const Clock* m_clock = nullptr;
};

} // namespace karsa
