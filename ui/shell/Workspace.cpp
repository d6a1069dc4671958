#include "Workspace.h"

#include "storage/BackupManager.h"
#include "storage/FilePresence.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent>

namespace karsa::ui {

Workspace::Workspace(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this)), m_watch(new QTimer(this))
{
    m_watch->setInterval(1000);
    connect(m_watch, &QTimer::timeout, this, &Workspace::pollFile);
}

bool Workspace::pollFile()
{
    if (!m_database)
        return false;
    const QString others = FilePresence::describe(FilePresence::others(m_database->path()));
    if (others != m_others) {
        m_others = others;
        emit othersUsingFileChanged(m_others);
    }
    const qint64 version = m_database->dataVersion();
    if (version < 0 || version == m_dataVersion)
        return false;
    const bool first = m_dataVersion < 0;
    m_dataVersion = version;
    if (first)
        return false;
    // Written elsewhere: show it.
    const bool changed = m_changedData;
    notifyChanged(Everything);
    m_changedData = changed;
    emit externalChange();
    return true;
}

void Workspace::setAutomaticBackups(bool on)
{
    const bool was = m_automaticBackups;
    m_automaticBackups = on;
    if (on && !was && m_database)
        startDailyBackup();
}

void Workspace::startDailyBackup()
{
    const int generation = m_databaseGeneration;
    const Session session = coreSession();
    auto* watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_databaseGeneration)
            return;
        const Result<QString> made = watcher->result();
        if (!made) {
            emit backupFailed(made.error().describe());
            return;
        }
        if (!made->isEmpty()) {
            adoptDataVersion(); // its audit row is this window's own doing
            emit backupMade(made.value());
        }
    });
    watcher->setFuture(QtConcurrent::run([session]() -> Result<QString> {
        auto db = session.connect();
        if (!db)
            return db.error();
        return BackupManager::dailyBackupIfDue(*db.value(), QDateTime::currentDateTimeUtc());
    }));
}

Result<QString> Workspace::exitBackup()
{
    if (!m_database || !m_automaticBackups || !m_changedData)
        return QString();
    auto made = BackupManager::scheduledBackup(*m_database, QStringLiteral("exit"), QDateTime::currentDateTimeUtc());
    if (made)
        m_changedData = false;
    return made;
}

void Workspace::adoptDataVersion()
{
    if (m_database)
        m_dataVersion = m_database->dataVersion();
}

Workspace::~Workspace() = default;

void Workspace::setDatabase(std::unique_ptr<Database> database)
{
    m_undo->clear();
    m_database = std::move(database);
    ++m_databaseGeneration;
    m_dataVersion = m_database ? m_database->dataVersion() : -1;
    m_changedData = false;
    m_others.clear();
    if (m_database)
        m_watch->start();
    else
        m_watch->stop();
    m_analytics.reset();
    ++m_analyticsGeneration;
    m_analyticsLoading = false;
    if (m_analyticsWanted && m_database)
        startAnalytics();
    m_session = UserSession::localOfficer();
    if (m_database)
        (void)m_database->setSession(m_session);
    if (m_database && m_automaticBackups)
        startDailyBackup();
    emit databaseChanged();
    emit sessionChanged();
}

std::unique_ptr<Database> Workspace::takeDatabase()
{
    m_watch->stop();
    cancelAnalytics();
    // Workers (the analytics snapshot, page loaders) hold their own connections to the file; the
    // caller may replace the file (restore), so let them finish first. Their results are dropped.
    QThreadPool::globalInstance()->waitForDone();
    m_undo->clear();
    m_analytics.reset();
    ++m_analyticsGeneration;
    return std::move(m_database);
}

void Workspace::setSession(const UserSession& session)
{
    m_session = session;
    if (m_database)
        (void)m_database->setSession(session);
    emit sessionChanged();
}

void Workspace::notifyChanged(DataKinds kinds)
{
    m_changedData = true;
    // No kinds (placement scenarios saved or deleted): nothing the analytics read has changed, and
    // a fresh snapshot would make the Penempatan page drop the result it shows.
    // Nor do the letterhead, the signing official, security or backup settings: no recomputation.
    if ((kinds & ~DataKinds(OtherSettings)) && (m_analytics || m_analyticsLoading)) {
        m_analytics.reset();
        ++m_analyticsGeneration;
        m_analyticsLoading = false;
        startAnalytics();
    }
    emit dataChanged(kinds);
}

AnalyticsSnapshotPtr Workspace::analytics()
{
    m_analyticsWanted = true;
    if (!m_analytics && !m_analyticsLoading && m_database)
        startAnalytics();
    return m_analytics;
}

void Workspace::cancelAnalytics()
{
    if (!m_analyticsLoading)
        return;
    ++m_analyticsGeneration; // the running computation's result will be dropped
    m_analyticsLoading = false;
    emit analyticsCancelled();
}

void Workspace::startAnalytics()
{
    m_analyticsLoading = true;
    emit analyticsStarted();
    const int generation = ++m_analyticsGeneration;
    const Session session = coreSession();
    const QDate day = today();
    using Computed = Result<AnalyticsSnapshotPtr>;
    auto* watcher = new QFutureWatcher<Computed>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_analyticsGeneration)
            return; // superseded by a newer computation
        m_analyticsLoading = false;
        Computed result = watcher->result();
        if (!result) {
            emit analyticsFailed(result.error().describe());
            return;
        }
        m_analytics = std::move(result).value();
        emit analyticsReady();
    });
    watcher->setFuture(QtConcurrent::run([session, day] { return AnalyticsSnapshot::compute(session, day); }));
}

AnalyticsSnapshotPtr Workspace::waitForAnalytics(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!analytics() && !deadline.hasExpired()) {
        QEventLoop loop;
        connect(this, &Workspace::analyticsReady, &loop, &QEventLoop::quit);
        connect(this, &Workspace::analyticsFailed, &loop, &QEventLoop::quit);
        QTimer::singleShot(qMax<qint64>(1, deadline.remainingTime()), &loop, &QEventLoop::quit);
        loop.exec();
        if (!m_analytics && !m_analyticsLoading)
            break; // failed
    }
    return m_analytics;
}

} // namespace karsa::ui
