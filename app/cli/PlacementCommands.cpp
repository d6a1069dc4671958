// solve-assignment and placement: the assignment solver on any matrix, and placement on the database.
#include "PlacementCommands.h"

#include "AnalyticsCliSupport.h"
#include "PlacementCliSupport.h"
#include "placement/AssignmentMatrixCsv.h"
#include "placement/LinearAssignment.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>

namespace karsa::cli {

// ---- solve-assignment -------------------------------------------------------------------------

namespace {
const QCommandLineOption kMaximize(QStringLiteral("maximize"),
                                   QStringLiteral("Maximise the total (default: minimise)."));
} // namespace

void SolveAssignmentCommand::setup(QCommandLineParser& p) const
{
    p.addOption(kMaximize);
    p.setApplicationDescription(
        QStringLiteral("Reads a matrix of numbers from stdin (one row per line, comma-separated, no header; an "
                       "empty cell or '-' is a forbidden pair) and prints {\"status\", \"total\", \"pairs\" "
                       "[[row, col], ...] 0-based, \"solve_ms\"}. Every row of the shorter side is assigned. "
                       "Exit 0 optimal, 3 infeasible, 2 bad input."));
}

int SolveAssignmentCommand::run(Context& c, const QCommandLineParser& p)
{
    if (!p.positionalArguments().isEmpty())
        return c.fail(QStringLiteral("solve-assignment reads the matrix from stdin and takes no file argument"),
                      BadInput);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return c.fail(QStringLiteral("cannot read stdin"), BadInput);
    auto matrix = parseAssignmentMatrixCsv(in.readAll());
    if (!matrix)
        return c.fail(QStringLiteral("stdin: ") + matrix.error().describe(), BadInput);
    QElapsedTimer timer;
    timer.start();
    const AssignmentSolution s = solveAssignment(matrix.value(), p.isSet(kMaximize));
    const double ms = timer.nsecsElapsed() / 1e6;
    QJsonArray pairs;
    for (int r = 0; r < int(s.rowToCol.size()); ++r)
        if (s.rowToCol[size_t(r)] >= 0)
            pairs.append(QJsonArray{r, s.rowToCol[size_t(r)]});
    const bool optimal = s.status == AssignmentStatus::Optimal;
    // One line of compact JSON: easy to read back from scripts, however large the matrix.
    const QJsonObject result{
        {QStringLiteral("status"), optimal ? QStringLiteral("optimal") : QStringLiteral("infeasible")},
        {QStringLiteral("total"), optimal ? s.total : 0.0},
        {QStringLiteral("pairs"), pairs},
        {QStringLiteral("solve_ms"), ms}};
    c.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
    return optimal ? Ok : Infeasible;
}

// ---- placement --------------------------------------------------------------------------------

void PlacementCommand::setup(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("action"),
                            QStringLiteral("vacancies | candidates | solve | scenarios | compare A B | report | "
                                           "delete NAME"));
    p.addOptions(placementOptions());
}

int PlacementCommand::run(Context& c, const QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return c.fail(QStringLiteral("placement needs an action: vacancies, candidates, solve, scenarios, compare, "
                                     "report or delete"),
                      BadInput);
    const QString action = args.first();
    if (action == u"vacancies")
        return placementVacancies(c, p);
    if (action == u"candidates")
        return placementCandidates(c, p);
    if (action == u"solve")
        return placementSolve(c, p);
    if (action == u"scenarios")
        return placementScenarios(c, p);
    if (action == u"compare")
        return placementCompare(c, p);
    if (action == u"report")
        return placementReport(c, p);
    if (action == u"delete")
        return placementDelete(c, p);
    return c.fail(QStringLiteral("unknown placement action '%1'").arg(action), BadInput);
}

} // namespace karsa::cli
