#include "Workspace.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent>

namespace karsa::ui {

Workspace::Workspace(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this)) {}

Workspace::~Workspace() = default;

void Workspace::setDatabase(std::unique_ptr<Database> database)
{
    m_undo->clear();
    m_database = std::move(database);
    m_analytics.reset();
    ++m_analyticsGeneration;
    m_analyticsLoading = false;
    if (m_analyticsWanted && m_database)
        startAnalytics();
    m_session = UserSession::localOfficer();
    if (m_database)
        (void)m_database->setActor(m_session.actor());
    emit databaseChanged();
    emit sessionChanged();
}

std::unique_ptr<Database> Workspace::takeDatabase()
{
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
        (void)m_database->setActor(session.actor());
    emit sessionChanged();
}

void Workspace::notifyChanged(DataKinds kinds)
{
    if (m_analytics || m_analyticsLoading) {
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
    const QString path = m_database->path();
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
    watcher->setFuture(QtConcurrent::run([path, day] { return AnalyticsSnapshot::compute(path, day); }));
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
