#include "DemoCommand.h"

#include "common/Progress.h"
#include "demo/DemoCityGenerator.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace karsa::cli {

namespace {
const QCommandLineOption kEmployees(QStringLiteral("employees"), QStringLiteral("Number of employees (default 2000)."),
                                    QStringLiteral("N"), QStringLiteral("2000"));
const QCommandLineOption kSeed(QStringLiteral("seed"), QStringLiteral("Random seed (default 20261129)."), QStringLiteral("S"),
                               QStringLiteral("20261129"));
const QCommandLineOption kQuiet(QStringLiteral("quiet"), QStringLiteral("Do not print progress."));
const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print the summary as JSON."));
} // namespace

void DemoCommand::setup(QCommandLineParser& p) const
{
    p.addOptions({kEmployees, kSeed, kQuiet, kJson});
}

int DemoCommand::run(Context& c, const QCommandLineParser& p)
{
    bool ok = false;
    DemoOptions options;
    options.employees = p.value(kEmployees).toInt(&ok);
    if (!ok || options.employees < 1 || options.employees > 1000000)
        return c.fail(QStringLiteral("--employees must be a whole number from 1 to 1000000"), BadInput);
    options.seed = p.value(kSeed).toULongLong(&ok);
    if (!ok)
        return c.fail(QStringLiteral("--seed must be a non-negative whole number"), BadInput);

    auto db = c.openDatabase();
    if (!db)
        return Failure;
    QElapsedTimer timer;
    timer.start();
    const bool quiet = p.isSet(kQuiet) || p.isSet(kJson);
    int lastPercent = -1;
    Progress progress([&](qint64 done, qint64 total, const QString& stage) {
        if (quiet || total <= 0)
            return;
        const int percent = int(done * 100 / total);
        if (percent != lastPercent && percent % 10 == 0) {
            lastPercent = percent;
            c.err << QStringLiteral("  %1% %2").arg(percent, 3).arg(stage) << Qt::endl;
        }
    });
    auto summary = DemoCityGenerator::generate(*db, options, &progress);
    if (!summary)
        return c.fail(summary.error().describe());
    const qint64 ms = timer.elapsed();
    if (p.isSet(kJson)) {
        c.printJson(QJsonDocument(QJsonObject{{QStringLiteral("units"), summary->units},
                                              {QStringLiteral("positions"), summary->positions},
                                              {QStringLiteral("employees"), summary->employees},
                                              {QStringLiteral("assessments"), summary->assessments},
                                              {QStringLiteral("performance_ratings"), summary->ratings},
                                              {QStringLiteral("disciplinary_records"), summary->sanctions},
                                              {QStringLiteral("technical_competencies"), summary->technicalCompetencies},
                                              {QStringLiteral("training_programmes"), summary->trainingProgrammes},
                                              {QStringLiteral("training_records"), summary->trainingRecords},
                                              {QStringLiteral("seed"), QString::number(options.seed)},
                                              {QStringLiteral("elapsed_ms"), ms}}));
    } else {
        c.out << "Demo city created in " << QString::number(ms / 1000.0, 'f', 2) << " s: " << summary->units << " units, "
              << summary->positions << " positions, " << summary->employees << " employees, " << summary->assessments
              << " assessments, " << summary->ratings << " performance ratings, " << summary->sanctions
              << " disciplinary records, " << summary->trainingProgrammes << " training programmes, "
              << summary->trainingRecords << " training records." << Qt::endl;
    }
    return Ok;
}

} // namespace karsa::cli
