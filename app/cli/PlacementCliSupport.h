#pragma once

// The actions of `karsa-cli placement` and what they share: options, the session, resolving codes.
#include "AnalyticsCliSupport.h"
#include "placement/PlacementScenario.h"
#include "placement/PlacementSettings.h"

namespace karsa::cli {

QList<QCommandLineOption> placementOptions();

struct PlacementSession
{
    AnalyticsSession analytics;
    PlacementSettings settings;
    int horizonMonths = 12;
};

// Opens the database, the analytics snapshot and the placement settings; --horizon, --pool, --runner-ups,
// --missing-level and --exclude-incomplete / --include-incomplete override the settings.
std::optional<PlacementSession> openPlacement(Context& c, const QCommandLineParser& p, int* exitCode);

int placementVacancies(Context& c, const QCommandLineParser& p);
int placementCandidates(Context& c, const QCommandLineParser& p);
int placementSolve(Context& c, const QCommandLineParser& p);
int placementScenarios(Context& c, const QCommandLineParser& p);
int placementCompare(Context& c, const QCommandLineParser& p);
int placementReport(Context& c, const QCommandLineParser& p);
int placementDelete(Context& c, const QCommandLineParser& p);

// The vacancies of the session's day and horizon (from formation and retirements), or only those of
// --position codes when given. Prints the reason and returns nullopt on bad input.
std::optional<QVector<Vacancy>> sessionVacancies(Context& c, const QCommandLineParser& p, PlacementSession& s,
                                                 int* exitCode);
// The constraints given by --lock/--exclude/--add NIP=CODE, --keep NIP, --unit-limit UNIT=N,
// --min-score, --no-fill-first; on bad input prints where and returns nullopt.
std::optional<PlacementConstraints> constraintsFromOptions(Context& c, const QCommandLineParser& p,
                                                           const PlacementSession& s, int* exitCode);

// Option objects shared between the files.
const QCommandLineOption& positionOption();
const QCommandLineOption& scenarioOption();
const QCommandLineOption& pdfOption();
const QCommandLineOption& xlsxOption();
const QCommandLineOption& runnerUpsOption();
const QCommandLineOption& saveOption();
const QCommandLineOption& poolOption();
const QCommandLineOption& overwriteOption();

} // namespace karsa::cli
