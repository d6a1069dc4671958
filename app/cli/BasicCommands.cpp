// init, stats, check and nip: the foundation commands.
#include "BasicCommands.h"

#include "check/DatabaseChecker.h"
#include "domain/Nip.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace karsa::cli {

namespace {
const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print JSON."));
} // namespace

// ---- init -------------------------------------------------------------------------------------

void InitCommand::setup(QCommandLineParser&) const {}

int InitCommand::run(Context& c, const QCommandLineParser&)
{
    const bool existed = QFileInfo(c.dbPath).exists() && QFileInfo(c.dbPath).size() > 0;
    auto db = c.openDatabase(Database::Mode::CreateOrOpen);
    if (!db)
        return Failure;
    c.out << (existed ? "Database is ready (schema " : "Created a new database (schema ") << db->schemaVersion()
          << "): " << QDir::toNativeSeparators(QFileInfo(c.dbPath).absoluteFilePath()) << Qt::endl;
    return Ok;
}

// ---- upgrade ----------------------------------------------------------------------------------

void UpgradeCommand::setup(QCommandLineParser&) const {}

int UpgradeCommand::run(Context& c, const QCommandLineParser&)
{
    const int before = Database::inspect(c.dbPath).userVersion;
    auto db = c.openDatabase(Database::Mode::OpenExisting);
    if (!db)
        return Failure;
    if (before == db->schemaVersion())
        c.out << "The database already has schema " << before << Qt::endl;
    else
        c.out << "Upgraded from schema " << before << " to " << db->schemaVersion() << Qt::endl;
    return Ok;
}

// ---- stats ------------------------------------------------------------------------------------

void StatsCommand::setup(QCommandLineParser& p) const
{
    p.addOption(kJson);
}

int StatsCommand::run(Context& c, const QCommandLineParser& p)
{
    auto db = c.openDatabase();
    if (!db)
        return Failure;
    auto counts = countEntities(db->db());
    if (!counts)
        return c.fail(counts.error().describe());
    if (p.isSet(kJson)) {
        QJsonObject o;
        for (const EntityCount& e : counts.value())
            o.insert(e.entity, e.count);
        QJsonObject root{{QStringLiteral("database"), QFileInfo(c.dbPath).absoluteFilePath()},
                         {QStringLiteral("schema_version"), db->schemaVersion()},
                         {QStringLiteral("counts"), o}};
        c.printJson(QJsonDocument(root));
    } else {
        c.out << "Database: " << QDir::toNativeSeparators(QFileInfo(c.dbPath).absoluteFilePath()) << " (schema "
              << db->schemaVersion() << ")\n";
        for (const EntityCount& e : counts.value())
            c.out << "  " << e.entity.leftJustified(22) << QString::number(e.count).rightJustified(10) << "\n";
        c.out.flush();
    }
    return Ok;
}

// ---- check ------------------------------------------------------------------------------------

void CheckCommand::setup(QCommandLineParser& p) const
{
    p.addOption(kJson);
}

int CheckCommand::run(Context& c, const QCommandLineParser& p)
{
    auto db = c.openDatabase();
    if (!db)
        return Failure;
    auto report = DatabaseChecker::run(db->db());
    if (!report)
        return c.fail(report.error().describe());
    if (p.isSet(kJson)) {
        QJsonArray findings;
        for (const CheckFinding& f : report->findings)
            findings.append(QJsonObject{{QStringLiteral("check"), f.check},
                                        {QStringLiteral("subject"), f.subject},
                                        {QStringLiteral("message"), f.message}});
        c.printJson(QJsonDocument(QJsonObject{{QStringLiteral("clean"), report->clean()},
                                              {QStringLiteral("checks_run"), report->checksRun},
                                              {QStringLiteral("employees_checked"), report->employeesChecked},
                                              {QStringLiteral("findings"), findings}}));
    } else {
        for (const CheckFinding& f : report->findings)
            c.out << "[" << f.check << "] " << (f.subject.isEmpty() ? QString() : f.subject + QStringLiteral(": "))
                  << f.message << "\n";
        c.out << (report->clean() ? "OK: " : "PROBLEMS: ") << report->checksRun << " checks, "
              << report->employeesChecked << " employees, " << report->findings.size() << " findings" << Qt::endl;
    }
    return report->clean() ? Ok : Failure;
}

// ---- nip --------------------------------------------------------------------------------------

void NipCommand::setup(QCommandLineParser& p) const
{
    p.addOption(kJson);
    p.addPositionalArgument(QStringLiteral("NIP"), QStringLiteral("One or more NIPs (spaced input must be quoted)."),
                            QStringLiteral("NIP..."));
}

int NipCommand::run(Context& c, const QCommandLineParser& p)
{
    const QStringList nips = p.positionalArguments();
    if (nips.isEmpty())
        return c.fail(QStringLiteral("nip needs at least one NIP"), BadInput);
    QJsonArray results;
    bool allValid = true;
    for (const QString& text : nips) {
        auto nip = Nip::parse(text);
        QJsonObject o{{QStringLiteral("input"), text}, {QStringLiteral("valid"), nip.ok()}};
        if (nip) {
            const bool pppk = nip->kind == NipKind::Pppk;
            o.insert(QStringLiteral("nip"), nip->digits);
            o.insert(QStringLiteral("formatted"), nip->formatted());
            o.insert(QStringLiteral("kind"), pppk ? QStringLiteral("PPPK") : QStringLiteral("PNS"));
            o.insert(QStringLiteral("birth_date"), nip->birthDate.toString(Qt::ISODate));
            o.insert(QStringLiteral("tmt_year"), nip->tmtYear);
            if (!pppk)
                o.insert(QStringLiteral("tmt_month"), nip->tmtMonth);
            else
                o.insert(QStringLiteral("frequency"), nip->frequency);
            o.insert(QStringLiteral("sex"), nip->sex == Sex::Male ? QStringLiteral("L") : QStringLiteral("P"));
            o.insert(QStringLiteral("sequence"), nip->sequence);
        } else {
            allValid = false;
            o.insert(QStringLiteral("segment"), nip.error().field);
            o.insert(QStringLiteral("error"), nip.error().message);
        }
        results.append(o);
        if (!p.isSet(kJson)) {
            if (nip)
                c.out << nip->formatted() << ": valid " << o.value(u"kind").toString() << ", born "
                      << nip->birthDate.toString(Qt::ISODate) << ", TMT " << nip->tmtYear
                      << (nip->kind == NipKind::Pns ? QStringLiteral("-%1").arg(nip->tmtMonth, 2, 10, QChar(u'0')) : QString()) << ", "
                      << (nip->sex == Sex::Male ? "male" : "female") << ", sequence " << nip->sequence << "\n";
            else
                c.out << text << ": INVALID " << nip.error().field << ": " << nip.error().message << "\n";
        }
    }
    if (p.isSet(kJson))
        c.printJson(QJsonDocument(results));
    c.out.flush();
    return allValid ? Ok : BadInput;
}

} // namespace karsa::cli
