#pragma once

// Shared by the development commands (plan, jp, training, catalogue, validation).
#include "AnalyticsCliSupport.h"
#include "development/DevelopmentSettings.h"
#include "development/PlanGenerator.h"
#include "reports/ReportDocument.h"

namespace karsa::cli {

struct DevelopmentSession
{
    AnalyticsSession analytics;
    DevelopmentSettings settings;
    PlanCatalogue catalogue;
};

const QCommandLineOption& yearOption();     // --year Y (default: this year)
const QCommandLineOption& nipOption();      // --nip NIP
const QCommandLineOption& unitOption();     // --unit CODE
const QCommandLineOption& outOption();      // --out FILE (.pdf, .xlsx, .csv)
const QCommandLineOption& byOption();       // --by NAME (default: the login name)

std::optional<DevelopmentSession> openDevelopment(Context& c, const QCommandLineParser& p, int* exitCode);
// --year, else today's year; 0 after printing an error.
int yearFrom(Context& c, const QCommandLineParser& p, const QDate& today);
// --by, else the operating-system login name.
QString officerFrom(const Context& c, const QCommandLineParser& p); // --by, else the signed-in user
// Resolves --nip (employee index, -1 when not given). False after printing an error.
bool employeeFrom(Context& c, const AnalyticsData& data, const QCommandLineParser& p, int* employeeIndex);
// Resolves --unit (-1 = the whole city). False after printing an error.
bool unitFrom(Context& c, const AnalyticsData& data, const QCommandLineParser& p, int* unitIndex);
// Writes a document by the file's extension (.pdf, .xlsx, .csv); prints what was written.
int writeDocument(Context& c, const ReportDocument& document, const QString& path);
// The letterhead from the database's settings.
Letterhead letterheadOf(const Database& db);

} // namespace karsa::cli
