#include "SecurityCommands.h"

#include "security/SecuritySettings.h"
#include "security/UserSession.h"
#include "storage/AuditLog.h"
#include "storage/BackupManager.h"
#include "storage/SettingsRepository.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace karsa::cli {

namespace {

const QCommandLineOption kSince(QStringLiteral("since"), QStringLiteral("Only events on or after DATE (YYYY-MM-DD)."),
                                QStringLiteral("DATE"));
const QCommandLineOption kUntil(QStringLiteral("until"), QStringLiteral("Only events on or before DATE (YYYY-MM-DD)."),
                                QStringLiteral("DATE"));
const QCommandLineOption kUser(QStringLiteral("user"), QStringLiteral("Only events by this user."), QStringLiteral("NAME"));
const QCommandLineOption kTable(QStringLiteral("table"), QStringLiteral("Only changes of this table."), QStringLiteral("TABLE"));
const QCommandLineOption kAction(QStringLiteral("action"),
                                 QStringLiteral("Only this action: insert, update, delete, bulk, export, print, backup, restore."),
                                 QStringLiteral("ACTION"));
const QCommandLineOption kSearch(QStringLiteral("search"), QStringLiteral("Only events mentioning TEXT."), QStringLiteral("TEXT"));
const QCommandLineOption kCsv(QStringLiteral("csv"), QStringLiteral("Print CSV (RFC 4180)."));
const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print JSON."));
const QCommandLineOption kRole(QStringLiteral("role"), QStringLiteral("administrator, operator or viewer (pimpinan)."),
                               QStringLiteral("ROLE"), QStringLiteral("operator"));
const QCommandLineOption kFullName(QStringLiteral("full-name"), QStringLiteral("The user's full name."), QStringLiteral("NAME"));

QString readPassword(Context& c, const QString& prompt)
{
    c.err << prompt << Qt::flush;
    QTextStream in(stdin);
    return in.readLine();
}

std::optional<UserAccount> findUser(UserRepository& users, const QString& name)
{
    auto all = users.all();
    if (!all)
        return std::nullopt;
    for (const UserAccount& a : all.value())
        if (a.username.compare(name, Qt::CaseInsensitive) == 0)
            return a;
    return std::nullopt;
}

} // namespace

void BackupCommand::setup(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The backup file to write."));
}

int BackupCommand::run(Context& c, const QCommandLineParser& p)
{
    if (p.positionalArguments().size() != 1)
        return c.fail(QStringLiteral("backup needs exactly one FILE"), BadInput);
    auto db = c.openDatabase();
    if (!db)
        return Failure;
    const QString target = p.positionalArguments().constFirst();
    if (Status s = BackupManager::backupTo(*db, target); !s)
        return c.fail(s.error().describe());
    c.out << "Backup written to " << QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath()) << Qt::endl;
    return Ok;
}

void RestoreCommand::setup(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The backup to restore."));
}

int RestoreCommand::run(Context& c, const QCommandLineParser& p)
{
    if (p.positionalArguments().size() != 1)
        return c.fail(QStringLiteral("restore needs exactly one FILE"), BadInput);
    const QString backup = p.positionalArguments().constFirst();
    auto check = BackupManager::validate(backup);
    if (!check)
        return c.fail(check.error().describe(), BadInput);
    if (Status s = BackupManager::restoreFile(c.dbPath, backup, c.session); !s)
        return c.fail(s.error().describe());
    c.out << "Restored " << QDir::toNativeSeparators(backup) << " into " << QDir::toNativeSeparators(c.dbPath) << " (schema "
          << check->schemaVersion << ", " << check->employees << " employees)." << Qt::endl;
    const QStringList kept = BackupManager::automaticBackups(c.dbPath);
    if (!kept.isEmpty())
        c.out << "The data it replaced is in " << QDir::toNativeSeparators(kept.constFirst()) << Qt::endl;
    return Ok;
}

void AuditCommand::setup(QCommandLineParser& p) const
{
    p.addOptions({kSince, kUntil, kUser, kTable, kAction, kSearch, kCsv, kJson});
}

int AuditCommand::run(Context& c, const QCommandLineParser& p)
{
    AuditFilter filter;
    for (const auto& [option, date] : {std::pair{&kSince, &filter.from}, std::pair{&kUntil, &filter.to}}) {
        if (!p.isSet(*option))
            continue;
        *date = QDate::fromString(p.value(*option), Qt::ISODate);
        if (!date->isValid())
            return c.fail(QStringLiteral("--%1 '%2' is not a date (YYYY-MM-DD)").arg(option->names().constFirst(), p.value(*option)),
                          BadInput);
    }
    filter.actor = p.value(kUser);
    filter.table = p.value(kTable);
    filter.action = p.value(kAction);
    filter.text = p.value(kSearch);
    auto db = c.openDatabase();
    if (!db)
        return Failure;
    auto entries = AuditLog::query(db->db(), filter);
    if (!entries)
        return c.fail(entries.error().describe());
    if (p.isSet(kCsv)) {
        writeCsvRow(c.out, {QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("action"),
                            QStringLiteral("table"), QStringLiteral("record_id"), QStringLiteral("changes"),
                            QStringLiteral("old_values"), QStringLiteral("new_values"), QStringLiteral("detail")});
        for (const AuditEntry& e : entries.value())
            writeCsvRow(c.out, {QString::number(e.id), e.at.toString(Qt::ISODate), e.actor, e.action, e.table, e.recordId,
                                e.changes().join(QStringLiteral("; ")), e.oldValues, e.newValues, e.detail});
        c.out.flush();
        return Ok;
    }
    if (p.isSet(kJson)) {
        QJsonArray rows;
        for (const AuditEntry& e : entries.value())
            rows.append(QJsonObject{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                                    {QStringLiteral("actor"), e.actor},
                                    {QStringLiteral("action"), e.action},
                                    {QStringLiteral("table"), e.table},
                                    {QStringLiteral("record_id"), e.recordId},
                                    {QStringLiteral("old_values"), QJsonDocument::fromJson(e.oldValues.toUtf8()).object()},
                                    {QStringLiteral("new_values"), QJsonDocument::fromJson(e.newValues.toUtf8()).object()},
                                    {QStringLiteral("detail"), e.detail}});
        c.printJson(QJsonDocument(rows));
        return Ok;
    }
    for (const AuditEntry& e : entries.value()) {
        QString what = e.detail;
        if (what.isEmpty() && e.action == u"update")
            what = e.changes().join(QStringLiteral("; "));
        else if (what.isEmpty())
            what = (e.newValues.isEmpty() ? e.oldValues : e.newValues).left(100);
        c.out << e.at.toString(Qt::ISODate) << "  " << e.actor.leftJustified(16) << ' ' << e.action.leftJustified(8) << ' '
              << (e.recordId.isEmpty() ? e.table : e.table + u'#' + e.recordId).leftJustified(24) << ' ' << what << '\n';
    }
    c.out << entries->size() << " event(s)" << Qt::endl;
    return Ok;
}

void UserCommand::setup(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("list, add, role, password, unlock, deactivate, activate, login"));
    p.addPositionalArgument(QStringLiteral("ARGS"), QStringLiteral("User name (and role for 'role', on/off for 'login')."));
    p.addOptions({kRole, kFullName, kJson});
}

int UserCommand::run(Context& c, const QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return c.fail(QStringLiteral("user needs an action (see karsa-cli user --help)"), BadInput);
    auto db = c.openDatabase();
    if (!db)
        return Failure;
    UserRepository users(db->db());
    const QString action = args.constFirst();
    if (action == u"list") {
        auto all = users.all();
        if (!all)
            return c.fail(all.error().describe());
        c.out << "Login " << (UserRepository::loginRequired(db->db()) ? "required" : "off") << '\n';
        for (const UserAccount& a : all.value())
            c.out << a.username.leftJustified(20) << ' ' << roleCode(a.role).leftJustified(14) << ' '
                  << (a.active ? "active  " : "inactive") << ' ' << a.fullName
                  << (a.lockedUntil.isValid() && a.lockedUntil > QDateTime::currentDateTimeUtc() ? QStringLiteral(" (locked)") : QString())
                  << '\n';
        c.out.flush();
        return Ok;
    }
    if (action == u"login") {
        if (args.size() != 2 || (args[1] != u"on" && args[1] != u"off"))
            return c.fail(QStringLiteral("user login needs on or off"), BadInput);
        const bool on = args[1] == u"on";
        const auto admins = users.activeAdministrators();
        if (on && (!admins || admins.value() == 0))
            return c.fail(QStringLiteral("add an administrator first (karsa-cli user add NAME --role administrator)"), BadInput);
        if (Status s = SettingsRepository(db->db()).setValue(SecuritySettings::kLoginRequired, on ? QStringLiteral("1") : QStringLiteral("0")); !s)
            return c.fail(s.error().describe());
        c.out << "Login " << (on ? "required" : "off") << Qt::endl;
        return Ok;
    }
    if (args.size() < 2)
        return c.fail(QStringLiteral("user %1 needs a user name").arg(action), BadInput);
    const QString name = args[1];
    if (action == u"add") {
        const auto role = roleFromCode(p.value(kRole));
        if (!role)
            return c.fail(QStringLiteral("unknown role '%1' (administrator, operator, viewer)").arg(p.value(kRole)), BadInput);
        const QString password = readPassword(c, QStringLiteral("Password for %1: ").arg(name));
        auto id = users.create(name, p.isSet(kFullName) ? p.value(kFullName) : name, *role, password);
        if (!id)
            return c.fail(id.error().describe(), BadInput);
        c.out << "User " << name << " added as " << roleCode(*role) << Qt::endl;
        return Ok;
    }
    const auto user = findUser(users, name);
    if (!user)
        return c.fail(QStringLiteral("there is no user '%1'").arg(name), BadInput);
    Status s;
    if (action == u"role") {
        const auto role = args.size() > 2 ? roleFromCode(args[2]) : std::nullopt;
        if (!role)
            return c.fail(QStringLiteral("user role needs NAME and administrator, operator or viewer"), BadInput);
        s = users.update(user->id, user->rowVersion, user->fullName, *role, user->active);
    } else if (action == u"password") {
        s = users.setPassword(user->id, user->rowVersion, readPassword(c, QStringLiteral("New password for %1: ").arg(name)));
    } else if (action == u"unlock") {
        s = users.unlock(user->id);
    } else if (action == u"deactivate" || action == u"activate") {
        s = users.update(user->id, user->rowVersion, user->fullName, user->role, action == u"activate");
    } else {
        return c.fail(QStringLiteral("unknown user action '%1'").arg(action), BadInput);
    }
    if (!s)
        return c.fail(s.error().describe(), BadInput);
    c.out << "User " << user->username << ": " << action << " done" << Qt::endl;
    return Ok;
}

void recordCommandExport(Context& context, const QString& command, const QStringList& arguments,
                         const QString& target)
{
    auto db = Database::open(context.dbPath, Database::Mode::ExistingNoUpgrade);
    if (!db)
        return;
    (void)db.value()->setSession(context.session);
    (void)AuditLog::recordExport(db.value()->db(), QStringLiteral("export"),
                                 (QStringList{QStringLiteral("karsa-cli"), command} + arguments).join(u' '),
                                 target, -1, {}, false);
}

} // namespace karsa::cli
