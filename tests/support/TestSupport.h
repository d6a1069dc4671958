#pragma once

#include "QtStringMaker.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace karsa::test {

// A fresh Karsa database in its own temporary folder, removed when the object goes away.
class TempDatabase
{
public:
    TempDatabase();
    Database& operator*() { return *m_db; }
    Database* operator->() { return m_db.get(); }
    QSqlDatabase db() const { return m_db->db(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    void close() { m_db.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

// Inserts a small organisation for tests: one unit, one position (standard on the 9 default
// competencies at level 2 unless given), returning their ids.
struct MiniOrg
{
    qint64 unitId = 0;
    qint64 positionId = 0;
};
MiniOrg makeMiniOrg(QSqlDatabase db, const QString& code = QStringLiteral("U1"));

QString dataFile(const QString& name); // path under tests/data

// Another process (this suite's own binary, see CatchMain.cpp) that keeps a database open until the
// object goes away.
class DatabaseHolder
{
public:
    explicit DatabaseHolder(const QString& databasePath);
    ~DatabaseHolder();
    bool isReady() const { return m_ready; }
    qint64 pid() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    bool m_ready = false;
};

// The POSIX locks this process holds on a file, as /proc/locks lists them (Linux).
int locksHeldOn(const QString& path);

} // namespace karsa::test
