#include "ImportCommands.h"

#include "common/Progress.h"
#include "import/ImportSampleWriter.h"
#include "import/Importer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

namespace karsa::cli {

namespace {
const QCommandLineOption kDryRun(QStringLiteral("dry-run"), QStringLiteral("Validate and print the preview; write nothing."));
const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print the preview (and result) as JSON."));
const QCommandLineOption kNoBackup(QStringLiteral("no-backup"), QStringLiteral("Skip the automatic backup before applying."));
const QCommandLineOption kQuiet(QStringLiteral("quiet"), QStringLiteral("Do not print progress."));
const QCommandLineOption kEmployees(QStringLiteral("employees"), QStringLiteral("Employees in the sample (default 1000)."),
                                    QStringLiteral("N"), QStringLiteral("1000"));
const QCommandLineOption kPerEmployee(QStringLiteral("per-employee"),
                                      QStringLiteral("Assessment rows per employee (default 30)."), QStringLiteral("K"),
                                      QStringLiteral("30"));

void printPreview(Context& c, const ImportPreview& p)
{
    c.out << p.fileName << " (" << p.format << "): " << p.summaryText() << Qt::endl;
    for (const QString& n : p.notes)
        c.out << "  " << n << Qt::endl;
    if (!p.unknownColumns.isEmpty())
        c.out << "Unknown columns (not imported): " << p.unknownColumns.join(QStringLiteral(", ")) << Qt::endl;
    int missingShown = 0;
    for (const MissingReference& m : p.missing)
        if (++missingShown <= 50)
            c.out << (m.kind == MissingReference::Unit ? "New unit: " : "New position: ") << m.name
              << (m.code.isEmpty() ? QString() : QStringLiteral(" [") + m.code + u']')
              << (m.unitName.isEmpty() ? QString() : QStringLiteral(" in ") + m.unitName) << " (" << m.rows << " rows)"
                  << Qt::endl;
    if (missingShown > 50)
        c.out << "... and " << (missingShown - 50) << " more new units/positions (use --json for all)" << Qt::endl;
    int updatesShown = 0;
    for (const PreviewEntry& e : p.entries) {
        if (e.outcome != RowOutcome::Update || ++updatesShown > 200)
            continue;
        c.out << "Update row " << e.row << ' ' << e.key << ' ' << e.label << ':' << Qt::endl;
        for (const FieldChange& ch : e.changes)
            c.out << "    " << ch.field << ": \"" << ch.oldValue << "\" -> \"" << ch.newValue << '"' << Qt::endl;
    }
    if (updatesShown > 200)
        c.out << "... and " << (updatesShown - 200) << " more updates (use --json for all)" << Qt::endl;
    for (const Rejection& r : p.rejections)
        c.out << "Rejected: " << r.describe() << Qt::endl;
}
} // namespace

void ImportCommand::setup(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("kind"), QStringLiteral("employees, assessments or standards"));
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("CSV or XLSX file"));
    p.addOptions({kDryRun, kJson, kNoBackup, kQuiet});
}

int ImportCommand::run(Context& c, const QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    ImportKind kind;
    if (args.size() != 2 || !importKindFromCode(args.at(0), &kind))
        return c.fail(QStringLiteral("usage: karsa-cli import employees|assessments|standards FILE [--dry-run] [--json]"), BadInput);
    if (!QFileInfo::exists(args.at(1)))
        return c.fail(QStringLiteral("%1: no such file").arg(args.at(1)), BadInput);
    auto db = c.openDatabase();
    if (!db)
        return Failure;
    const bool quiet = p.isSet(kQuiet) || p.isSet(kJson);
    QString lastStage;
    int lastPercent = -1;
    Progress progress([&](qint64 done, qint64 total, const QString& stage) {
        if (quiet || total <= 0)
            return;
        const int percent = int(done * 100 / total);
        if (stage != lastStage || (percent != lastPercent && percent % 25 == 0)) {
            lastStage = stage;
            lastPercent = percent;
            c.err << QStringLiteral("  %1 %2%").arg(stage).arg(percent) << Qt::endl;
        }
    });
    QElapsedTimer timer;
    timer.start();
    auto importer = Importer::create(kind, *db);
    importer->setBackupBeforeApply(!p.isSet(kNoBackup));
    auto preview = importer->analyze(args.at(1), &progress);
    if (!preview)
        return c.fail(preview.error().describe(), BadInput);
    const qint64 analyzeMs = timer.elapsed();
    QJsonObject json = preview->toJson();
    json.insert(QStringLiteral("analyze_ms"), analyzeMs);
    if (!p.isSet(kJson))
        printPreview(c, preview.value());
    if (preview->rejectedRows > 0) {
        if (p.isSet(kJson)) {
            json.insert(QStringLiteral("applied"), false);
            c.printJson(QJsonDocument(json));
        } else if (!p.isSet(kDryRun)) {
            c.err << "karsa-cli: " << preview->rejectedRows << " rejected rows; nothing was imported." << Qt::endl;
        }
        return BadInput;
    }
    if (p.isSet(kDryRun)) {
        if (p.isSet(kJson)) {
            json.insert(QStringLiteral("applied"), false);
            c.printJson(QJsonDocument(json));
        }
        return Ok;
    }
    if (Status s = importer->apply(&progress); !s)
        return c.fail(s.error().describe());
    json.insert(QStringLiteral("applied"), true);
    json.insert(QStringLiteral("backup"), importer->lastBackupPath());
    json.insert(QStringLiteral("elapsed_ms"), timer.elapsed());
    if (p.isSet(kJson)) {
        c.printJson(QJsonDocument(json));
    } else {
        c.out << "Imported in " << QString::number(timer.elapsed() / 1000.0, 'f', 2) << " s: " << preview->added << " added, "
              << preview->updated << " updated, " << preview->unchanged << " unchanged." << Qt::endl;
        if (!importer->lastBackupPath().isEmpty())
            c.out << "Backup before the import: " << importer->lastBackupPath() << Qt::endl;
    }
    return Ok;
}

void ImportSampleCommand::setup(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("Folder for siasn_employees.csv and assessments.csv"));
    p.addOptions({kEmployees, kPerEmployee});
}

int ImportSampleCommand::run(Context& c, const QCommandLineParser& p)
{
    if (p.positionalArguments().size() != 1)
        return c.fail(QStringLiteral("usage: karsa-cli import-sample DIR [--employees N] [--per-employee K]"), BadInput);
    bool ok1 = false, ok2 = false;
    const int employees = p.value(kEmployees).toInt(&ok1);
    const int per = p.value(kPerEmployee).toInt(&ok2);
    if (!ok1 || !ok2 || employees < 1 || employees > 1000000 || per < 0 || per > 200)
        return c.fail(QStringLiteral("--employees must be 1..1000000 and --per-employee 0..200"), BadInput);
    QDir dir(p.positionalArguments().at(0));
    if (!dir.mkpath(QStringLiteral(".")))
        return c.fail(QStringLiteral("cannot create %1").arg(dir.path()));
    if (Status s = ImportSampleWriter::writeEmployees(dir.filePath(QStringLiteral("siasn_employees.csv")), employees); !s)
        return c.fail(s.error().describe());
    if (per > 0)
        if (Status s = ImportSampleWriter::writeAssessments(dir.filePath(QStringLiteral("assessments.csv")), employees, per); !s)
            return c.fail(s.error().describe());
    c.out << "Wrote " << dir.filePath(QStringLiteral("siasn_employees.csv")) << " (" << employees << " rows)";
    if (per > 0)
        c.out << " and " << dir.filePath(QStringLiteral("assessments.csv")) << " (" << qint64(employees) * per << " rows)";
    c.out << Qt::endl;
    return Ok;
}

} // namespace karsa::cli
