#pragma once

#include "AnalyticsSnapshot.h"
#include "security/UserSession.h"
#include "session/Session.h"
#include "storage/Database.h"

#include <QObject>

#include <memory>

class QTimer;
class QUndoStack;

namespace karsa::ui {

// What the GUI shares between pages: the open database, the undo stack of this session, and a
// signal that tells pages which kind of data changed so they refresh.
class Workspace : public QObject
{
    Q_OBJECT
public:
    enum DataKind {
        Employees = 0x01,
        Positions = 0x02,
        Competencies = 0x04,
        Assessments = 0x08,
        Units = 0x10,
        Performance = 0x20,
        Settings = 0x40,      // settings the analytics read (AnalyticsSettings)
        OtherSettings = 0x80, // every other setting: letterhead, signature, security, backups, ...
        AnySettings = Settings | OtherSettings,
        Everything = 0xff
    };
    Q_DECLARE_FLAGS(DataKinds, DataKind)

    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    bool hasDatabase() const { return m_database != nullptr; }
    Database& database() const { return *m_database; }
    QSqlDatabase db() const { return m_database->db(); }
    QString databasePath() const { return m_database ? m_database->path() : QString(); }
    QUndoStack* undoStack() const { return m_undo; }

    // Replaces the open database; the undo stack is cleared (its commands refer to the old file).
    // The session becomes the local officer's until setSession() names the signed-in user.
    void setDatabase(std::unique_ptr<Database> database);
    // Hands the open database over (for a restore, which closes and reopens the file).
    std::unique_ptr<Database> takeDatabase();

    // Who is working; writes are audited under session().actor(); the GUI shows what it allows.
    const UserSession& session() const { return m_session; }
    void setSession(const UserSession& session);
    bool allows(Permission permission) const { return m_session.allows(permission); }
    // The core session (database + signed-in user) from which every worker opens its connection, so
    // its writes carry the officer's name and role (never the operating-system account).
    Session coreSession() const { return Session(databasePath(), m_session); }
    void notifyChanged(DataKinds kinds);

    // "Today" for every date rule in the GUI (ages, retirement, last two years); tests fix it.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate& date) { m_today = date; }

    // The analytics of the open database, or null while they are (re)computed. Calling it starts
    // the computation in a worker when there is none; analyticsReady() follows. Any data change
    // makes the current snapshot stale and starts a fresh computation.
    AnalyticsSnapshotPtr analytics();
    bool analyticsLoading() const { return m_analyticsLoading; }
    // Waits (processing events) until the analytics are ready; for tests and tools.
    AnalyticsSnapshotPtr waitForAnalytics(int timeoutMs = 120000);

    // Scheduled backups (BackupManager): the daily one in a worker when a database is opened, and
    // exitBackup() when the window closes after changes. Off by default (tests); the app turns it on.
    void setAutomaticBackups(bool on);
    bool automaticBackups() const { return m_automaticBackups; }
    // The backup on exit: made when this session changed data; returns the file or an empty string.
    Result<QString> exitBackup();

    // Whether this session changed data (for the backup on exit).
    bool changedData() const { return m_changedData; }
    // Other processes that have the open file open too ("karsa-cli (PID 42)"), as last seen.
    const QString& othersUsingFile() const { return m_others; }
    // Looks once for changes committed by other connections (PRAGMA data_version) and for other
    // processes on the file; the window does this every second. Returns true when data changed.
    bool pollFile();
    // Takes the current data version as seen: for writes of this process's own workers that the
    // pages already know about (the daily backup's audit row).
    void adoptDataVersion();

    // Stops waiting for the analytics being computed: the result is discarded and pages keep their
    // last state until the analytics are asked for again.
    void cancelAnalytics();

signals:
    void analyticsStarted();
    void analyticsCancelled();
    void analyticsReady();
    void analyticsFailed(const QString& message);
    void databaseChanged();
    void sessionChanged();
    void dataChanged(karsa::ui::Workspace::DataKinds kinds);
    // Another connection (another window, karsa-cli, a worker) committed changes; pages have been
    // told through dataChanged(Everything) already.
    void externalChange();
    void othersUsingFileChanged(const QString& others);
    void backupMade(const QString& file);
    void backupFailed(const QString& message);

private:
    void startAnalytics();

    std::unique_ptr<Database> m_database;
    QDate m_today;
    AnalyticsSnapshotPtr m_analytics;
    bool m_analyticsLoading = false;
    bool m_analyticsWanted = false;
    int m_analyticsGeneration = 0;
    QUndoStack* m_undo = nullptr;
    UserSession m_session = UserSession::localOfficer();
    QTimer* m_watch = nullptr;
    qint64 m_dataVersion = -1;
    bool m_changedData = false;
    QString m_others;
    bool m_automaticBackups = false;
    int m_databaseGeneration = 0;
    void startDailyBackup();
};

} // namespace karsa::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(karsa::ui::Workspace::DataKinds)
