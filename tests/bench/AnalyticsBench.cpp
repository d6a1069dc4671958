// karsa_bench: times the analytics on an existing database (e.g. the 100,000-employee demo city).
//   karsa-cli --db /tmp/demo100k.db demo --employees 100000
//   karsa_bench --db /tmp/demo100k.db [--runs 5] [--position CODE]
// Each figure is the median of --runs runs, after the snapshot is loaded (loading is timed apart).
// Targets (issue 3, Release): JPM + category for everyone <= 150 ms; ranking one position over all
// employees <= 50 ms; unit aggregates for the whole city <= 200 ms.
#include "analytics/AnalyticsEngine.h"
#include "analytics/CandidateRanking.h"
#include "analytics/UnitAggregates.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/EmployeeDirectory.h"
#include "storage/EmployeeRepository.h"
#include "storage/SettingsRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace karsa;

namespace {
template <typename Work> double medianMs(int runs, Work&& work)
{
    QVector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the Karsa analytics on a database."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The database file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption positionOption(QStringLiteral("position"),
                                            QStringLiteral("Position to rank (default: the first key position)."),
                                            QStringLiteral("CODE"));
    parser.addOptions({dbOption, runsOption, positionOption});
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        QTextStream(stderr) << "karsa_bench: --db FILE is required\n";
        return 2;
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QElapsedTimer load;
    load.start();
    auto db = Database::open(parser.value(dbOption), Database::Mode::OpenExisting);
    if (!db) {
        QTextStream(stderr) << "karsa_bench: " << db.error().describe() << "\n";
        return 1;
    }
    auto settings = AnalyticsSettings::load(SettingsRepository(db.value()->db()));
    auto data = AnalyticsData::load(db.value()->db());
    if (!settings || !data) {
        QTextStream(stderr) << "karsa_bench: " << (settings ? data.error() : settings.error()).describe() << "\n";
        return 1;
    }
    const double loadMs = load.nsecsElapsed() / 1e6;
    // Where the load time goes: the bulk reads the snapshot is built from.
    QElapsedTimer part;
    part.start();
    const qsizetype employeeRows = EmployeeRepository(db.value()->db()).all()->size();
    const double employeesMs = part.nsecsElapsed() / 1e6;
    part.restart();
    const qsizetype levelRows = AssessmentRepository(db.value()->db()).current()->size();
    const double levelsMs = part.nsecsElapsed() / 1e6;
    part.restart();
    const qsizetype listRows = EmployeeDirectory::load(db.value()->db())->size();
    const double listMs = part.nsecsElapsed() / 1e6;
    const AnalyticsData& d = data.value();
    const AnalyticsSettings& s = settings.value();
    const CategoryScale* scale = s.scale(s.defaultScale) ? s.scale(s.defaultScale) : &s.scales.first();
    int position = parser.isSet(positionOption) ? d.positionIndexByCode(parser.value(positionOption)) : -1;
    for (int i = 0; position < 0 && i < d.positions().size(); ++i)
        if (d.positions()[i].isKey)
            position = i;
    if (position < 0)
        position = 0;
    const QDate today = QDate::currentDate();

    QVector<JpmResult> jpm;
    const double jpmMs = medianMs(runs, [&] { jpm = jpmForAll(d, s, scale); });
    int candidates = 0;
    const double rankTopMs =
        medianMs(runs, [&] { candidates = rankCandidates(d, position, s, today, RankingOptions{20}).candidates; });
    const double rankAllMs = medianMs(runs, [&] { rankCandidates(d, position, s, today, RankingOptions{0}); });
    const double aggregatesMs = medianMs(runs, [&] { unitAggregates(d, jpm, *scale); });
    const double talentMs = medianMs(runs, [&] { talentForAll(d, s, jpm, today); });

    const auto row = [&out](const QString& what, double ms, const QString& target) {
        out << what.leftJustified(52) << QString::number(ms, 'f', 2).rightJustified(10) << " ms   " << target << "\n";
    };
    out << "Database " << parser.value(dbOption) << ": " << d.employees().size() << " employees, " << d.units().size()
        << " units, " << d.positions().size() << " positions; median of " << runs << " runs\n";
    row(QStringLiteral("load snapshot (not budgeted)"), loadMs, QString());
    row(QStringLiteral("  of which: all employees (%1 rows)").arg(employeeRows), employeesMs, QString());
    row(QStringLiteral("  of which: current levels (%1 rows)").arg(levelRows), levelsMs, QString());
    row(QStringLiteral("employee list for the GUI (%1 rows)").arg(listRows), listMs, QString());
    row(QStringLiteral("JPM + category, every employee"), jpmMs, QStringLiteral("<= 150"));
    row(QStringLiteral("rank %1 over all (%2 candidates, top 20)").arg(d.positions()[position].code).arg(candidates),
        rankTopMs, QStringLiteral("<= 50"));
    row(QStringLiteral("rank, every candidate with contributions"), rankAllMs, QString());
    row(QStringLiteral("unit aggregates, every unit of the city"), aggregatesMs, QStringLiteral("<= 200"));
    row(QStringLiteral("talent 9-box, every employee"), talentMs, QString());
    out.flush();
    return 0;
}
