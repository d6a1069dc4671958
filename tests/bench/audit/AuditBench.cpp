// karsa_audit_bench: the cost of the audit trail on bulk writes.
//   karsa_audit_bench [--rows 100000] [--demo 100000]
// For each mode — no audit triggers, triggers present but per-row auditing suspended
// (AuditBulkScope, one summary row per table), and one audit row per written row — it times
// inserting --rows employees in one transaction, updating every one of them, and deleting them;
// with --demo N it also times generating an N-employee demo city in each mode.
#include "demo/DemoCityGenerator.h"
#include "storage/AuditLog.h"
#include "storage/BulkInserter.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>
#include <functional>

using namespace karsa;

namespace {

enum class Mode { NoTriggers, Summary, PerRow };

const char* modeName(Mode m)
{
    return m == Mode::NoTriggers ? "no audit triggers" : m == Mode::Summary ? "summary (AuditBulkScope)" : "per-row audit";
}

void dropTriggers(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM temp.sqlite_master WHERE type = 'trigger'"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    for (const QString& n : names)
        (void)sql::exec(db, QStringLiteral("DROP TRIGGER temp.\"%1\"").arg(n));
}

// Runs work in one transaction under the mode; returns the process CPU milliseconds it took (wall
// time says little on a shared machine).
double timed(QSqlDatabase db, Mode mode, const QString& reason, const std::function<Status()>& work)
{
    const std::clock_t cpu = std::clock();
    Transaction tx(db);
    std::unique_ptr<AuditBulkScope> scope;
    AuditBulkScope::setPerRowForBenchmarks(false);
    if (mode == Mode::Summary)
        scope = std::make_unique<AuditBulkScope>(db, reason);
    if (Status s = work(); !s)
        qFatal("%s", qPrintable(s.error().message));
    if (scope)
        (void)scope->finish();
    (void)tx.commit();
    return double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
}

std::unique_ptr<Database> freshDatabase(const QTemporaryDir& dir, const QString& name, Mode mode)
{
    auto db = Database::open(dir.filePath(name));
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    if (mode == Mode::NoTriggers)
        dropTriggers(db.value()->db());
    return std::move(db).value();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Employees to write."), QStringLiteral("N"),
                                       QStringLiteral("100000"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), QStringLiteral("Also time an N-employee demo city."),
                                        QStringLiteral("N"));
    parser.addOptions({rowsOption, demoOption});
    parser.addHelpOption();
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    QTextStream out(stdout);
    QTemporaryDir dir;

    {
        // What attaching the audit costs each time a connection opens (triggers made from the schema).
        auto database = freshDatabase(dir, QStringLiteral("open.db"), Mode::PerRow);
        const int opens = 50;
        double attachMs = 0.0;
        for (int i = 0; i < opens; ++i) {
            dropTriggers(database->db());
            QElapsedTimer t;
            t.start();
            (void)AuditLog::attach(database->db(), QStringLiteral("bench"));
            attachMs += t.nsecsElapsed() / 1e6;
        }
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < opens; ++i)
            (void)Database::open(database->path(), Database::Mode::OpenExisting);
        out << QStringLiteral("Audit triggers for %1 tables: %2 ms per connection; Database::open in all %3 ms\n")
                   .arg(AuditLog::auditedTables(database->db()).size())
                   .arg(attachMs / opens, 0, 'f', 2)
                   .arg(t.nsecsElapsed() / 1e6 / opens, 0, 'f', 2);
    }
    out << "Bulk writes of " << rows << " employees (one transaction each):\n";
    for (Mode mode : {Mode::NoTriggers, Mode::Summary, Mode::PerRow}) {
        auto database = freshDatabase(dir, QStringLiteral("bulk-%1.db").arg(int(mode)), mode);
        QSqlDatabase db = database->db();
        const QStringList columns{QStringLiteral("nip"),  QStringLiteral("status"),     QStringLiteral("name"),
                                  QStringLiteral("birth_date"), QStringLiteral("sex"), QStringLiteral("nik"),
                                  QStringLiteral("phone"), QStringLiteral("email"),    QStringLiteral("updated_at")};
        const double insertMs = timed(db, mode, QStringLiteral("bench insert"), [&]() -> Status {
            BulkInserter inserter(db, QStringLiteral("employees"), columns);
            for (int i = 0; i < rows; ++i) {
                const QString nip = QStringLiteral("19800101200501%1").arg(i, 4, 10, QLatin1Char('0')) + QString::number(i);
                if (Status s = inserter.add({nip, QStringLiteral("PNS"), QStringLiteral("Pegawai %1").arg(i),
                                             QStringLiteral("1980-01-01"), QStringLiteral("L"),
                                             QStringLiteral("35780101010%1").arg(i, 5, 10, QLatin1Char('0')),
                                             QStringLiteral("08123%1").arg(i), QStringLiteral("p%1@surabaya.go.id").arg(i),
                                             QStringLiteral("2026-01-01T00:00:00Z")});
                    !s)
                    return s;
            }
            return inserter.finish();
        });
        const double updateMs = timed(db, mode, QStringLiteral("bench update"), [&] {
            return sql::exec(db, QStringLiteral("UPDATE employees SET phone = phone || '9', row_version = row_version + 1"));
        });
        const double deleteMs = timed(db, mode, QStringLiteral("bench delete"), [&] {
            return sql::exec(db, QStringLiteral("DELETE FROM employees"));
        });
        (void)sql::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const qint64 audit = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).value().toLongLong();
        out << QStringLiteral("  %1  CPU: insert %2 ms  update %3 ms  delete %4 ms  audit rows %5  file %6 MB\n")
                   .arg(QString::fromLatin1(modeName(mode)).leftJustified(26))
                   .arg(insertMs, 8, 'f', 0)
                   .arg(updateMs, 8, 'f', 0)
                   .arg(deleteMs, 8, 'f', 0)
                   .arg(audit, 8)
                   .arg(QFileInfo(database->path()).size() / 1048576.0, 0, 'f', 1);
        out.flush();
    }

    if (parser.isSet(demoOption)) {
        const int employees = parser.value(demoOption).toInt();
        out << "Demo city of " << employees << " employees:\n";
        for (Mode mode : {Mode::NoTriggers, Mode::Summary, Mode::PerRow}) {
            auto database = freshDatabase(dir, QStringLiteral("demo-%1.db").arg(int(mode)), mode);
            DemoOptions options;
            options.employees = employees;
            // The generator opens its own AuditBulkScope; for the per-row figure scopes do nothing.
            AuditBulkScope::setPerRowForBenchmarks(mode == Mode::PerRow);
            QElapsedTimer t;
            t.start();
            const std::clock_t cpu = std::clock();
            auto summary = DemoCityGenerator::generate(*database, options);
            const double cpuSeconds = double(std::clock() - cpu) / CLOCKS_PER_SEC;
            if (!summary)
                qFatal("%s", qPrintable(summary.error().message));
            const double ms = t.nsecsElapsed() / 1e6;
            (void)sql::exec(database->db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            const qint64 audit = sql::scalar(database->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).value().toLongLong();
            out << QStringLiteral("  %1  %2 s wall  %5 s CPU  audit rows %3  file %4 MB\n")
                       .arg(QString::fromLatin1(modeName(mode)).leftJustified(26))
                       .arg(ms / 1000.0, 7, 'f', 2)
                       .arg(audit, 8)
                       .arg(QFileInfo(database->path()).size() / 1048576.0, 0, 'f', 1)
                       .arg(cpuSeconds, 0, 'f', 2);
            out.flush();
        }
    }
    return 0;
}
