// karsa_placement_bench: times the assignment solver and the placement score matrix (issue 7).
//   karsa_placement_bench [--runs 5]                          solver on random matrices
//   karsa_placement_bench --db /tmp/demo100k.db [--vacancies 300]  + the score matrix over a database
// Targets (Release): 2,000 candidates x 300 vacancies with 30 % forbidden pairs <= 30 ms; 2,000 x 2,000
// dense <= 400 ms; the score matrix of 300 vacancies over the 100,000-employee demo city <= 1 s.
// Each figure is the median of --runs runs.
#include "analytics/AnalyticsData.h"
#include "analytics/AnalyticsSettings.h"
#include "placement/LinearAssignment.h"
#include "placement/PlacementMatrix.h"
#include "placement/PlacementSolver.h"
#include "placement/VacancyFinder.h"
#include "storage/Database.h"
#include "storage/PlacementRepository.h"
#include "storage/SettingsRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <random>

using namespace karsa;

namespace {
// CPU time of this thread: the figure without the other processes of a shared machine.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

template <typename Work> double medianCpuMs(int runs, Work&& work)
{
    QVector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const double t = threadCpuMs();
        work();
        ms.append(threadCpuMs() - t);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

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

// Scores like the ranking engine's (0..100, two decimals), some pairs forbidden.
AssignmentMatrix randomScores(int rows, int cols, double forbiddenShare, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    AssignmentMatrix m(rows, cols);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            if (unit(rng) < forbiddenShare)
                m.forbid(r, c);
            else
                m.set(r, c, std::round(unit(rng) * 10000.0) / 100.0);
        }
    return m;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database for the score matrix."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("N"),
                                        QStringLiteral("5"));
    const QCommandLineOption vacanciesOption(QStringLiteral("vacancies"), QStringLiteral("Vacancies in the matrix."),
                                             QStringLiteral("N"), QStringLiteral("300"));
    parser.addOptions({dbOption, runsOption, vacanciesOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QTextStream out(stdout);

    const AssignmentMatrix sparse = randomScores(2000, 300, 0.30, 1);
    AssignmentSolution s1;
    const double sparseMs = medianMs(runs, [&] { s1 = solveAssignment(sparse, true); });
    const double sparseCpu = medianCpuMs(runs, [&] { s1 = solveAssignment(sparse, true); });
    out << "solver 2000 x 300, 30% forbidden, maximise: " << QString::number(sparseMs, 'f', 2) << " ms wall, "
        << QString::number(sparseCpu, 'f', 2) << " ms CPU (total " << QString::number(s1.total, 'f', 2) << ", "
        << s1.pairs() << " pairs)\n";
    const AssignmentMatrix dense = randomScores(2000, 2000, 0.0, 2);
    AssignmentSolution s2;
    const double denseMs = medianMs(runs, [&] { s2 = solveAssignment(dense, true); });
    const double denseCpu = medianCpuMs(runs, [&] { s2 = solveAssignment(dense, true); });
    out << "solver 2000 x 2000 dense, maximise: " << QString::number(denseMs, 'f', 2) << " ms wall, "
        << QString::number(denseCpu, 'f', 2) << " ms CPU (total " << QString::number(s2.total, 'f', 2) << ", "
        << s2.pairs() << " pairs)\n";
    out.flush();

    if (!parser.isSet(dbOption))
        return 0;
    auto db = Database::open(parser.value(dbOption), Database::Mode::OpenExisting);
    if (!db) {
        out << db.error().describe() << "\n";
        return 1;
    }
    QElapsedTimer load;
    load.start();
    auto data = AnalyticsData::load(db.value()->db());
    auto settings = AnalyticsSettings::load(SettingsRepository(db.value()->db()));
    auto formation = PlacementRepository(db.value()->db()).formations();
    if (!data || !settings || !formation) {
        out << "cannot load the database\n";
        return 1;
    }
    const double loadMs = load.nsecsElapsed() / 1e6;
    const QDate today = QDate::currentDate();
    QVector<Vacancy> vacancies = findVacancies(data.value(), formation.value(), settings.value(), today, 24);
    const int wanted = parser.value(vacanciesOption).toInt();
    // Too few real vacancies: add seats on further positions (every n-th) until there are enough.
    for (int i = 0; vacancies.size() < wanted && i < data->positions().size(); i += 7) {
        const qint64 id = data->positions()[i].id;
        if (std::any_of(vacancies.cbegin(), vacancies.cend(), [id](const Vacancy& v) { return v.positionId == id; }))
            continue;
        Vacancy v;
        v.positionId = id;
        v.extra = 1;
        vacancies.append(v);
    }
    vacancies.resize(std::min<qsizetype>(vacancies.size(), wanted));
    PlacementMatrix matrix;
    const double cpuBefore = processCpuMs();
    const double matrixMs =
        medianMs(runs, [&] { matrix = PlacementMatrix::build(data.value(), settings.value(), today, vacancies, 20); });
    const double matrixCpu = (processCpuMs() - cpuBefore) / runs;
    PlacementScenario scenario;
    scenario.vacancies = vacancies;
    scenario.referenceDate = today;
    const double placeMs = medianMs(runs, [&] { solvePlacement(data.value(), matrix, scenario); });
    out << "database: " << data->employees().size() << " employees, " << data->positions().size()
        << " positions (loaded in " << QString::number(loadMs, 'f', 0) << " ms)\n"
        << "score matrix " << vacancies.size() << " vacancies x " << matrix.candidateCount()
        << " candidates (pool 20 each): " << QString::number(matrixMs, 'f', 2) << " ms wall, "
        << QString::number(matrixCpu, 'f', 2) << " ms CPU over all threads (mean)\n"
        << "placement solve (" << scenario.figures().seatCount << " seats, " << scenario.figures().filled
        << " filled): " << QString::number(placeMs, 'f', 2) << " ms\n";
    return 0;
}
