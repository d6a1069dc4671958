#include "DevelopmentCliSupport.h"

#include "development/DevelopmentService.h"
#include "reports/CsvRenderer.h"
#include "reports/PdfRenderer.h"
#include "reports/XlsxRenderer.h"
#include "storage/SettingsRepository.h"

#include <QFileInfo>

namespace karsa::cli {

const QCommandLineOption& yearOption()
{
    static const QCommandLineOption o(QStringLiteral("year"), QStringLiteral("The plan/JP year (default: this year)."),
                                      QStringLiteral("Y"));
    return o;
}

const QCommandLineOption& nipOption()
{
    static const QCommandLineOption o(QStringLiteral("nip"), QStringLiteral("One employee by NIP."), QStringLiteral("NIP"));
    return o;
}

const QCommandLineOption& unitOption()
{
    static const QCommandLineOption o(QStringLiteral("unit"), QStringLiteral("A unit and its sub-units."),
                                      QStringLiteral("CODE"));
    return o;
}

const QCommandLineOption& outOption()
{
    static const QCommandLineOption o(QStringLiteral("out"), QStringLiteral("Write a report file (.pdf, .xlsx or .csv)."),
                                      QStringLiteral("FILE"));
    return o;
}

const QCommandLineOption& byOption()
{
    static const QCommandLineOption o(QStringLiteral("by"), QStringLiteral("Who decides (default: the login name)."),
                                      QStringLiteral("NAME"));
    return o;
}

std::optional<DevelopmentSession> openDevelopment(Context& c, const QCommandLineParser& p, int* exitCode)
{
    auto analytics = openAnalytics(c, p, exitCode);
    if (!analytics)
        return std::nullopt;
    DevelopmentSession s{std::move(*analytics), {}, {}};
    auto settings = DevelopmentSettings::load(SettingsRepository(s.analytics.db->db()));
    if (!settings) {
        *exitCode = c.fail(settings.error().describe());
        return std::nullopt;
    }
    s.settings = std::move(settings).value();
    auto catalogue = DevelopmentService::loadCatalogue(s.analytics.db->db());
    if (!catalogue) {
        *exitCode = c.fail(catalogue.error().describe());
        return std::nullopt;
    }
    s.catalogue = std::move(catalogue).value();
    return s;
}

int yearFrom(Context& c, const QCommandLineParser& p, const QDate& today)
{
    if (!p.isSet(yearOption()))
        return today.year();
    bool ok = false;
    const int year = p.value(yearOption()).toInt(&ok);
    if (!ok || year < 2000 || year > 2100) {
        c.fail(QStringLiteral("--year must be a year from 2000 to 2100, not '%1'").arg(p.value(yearOption())), BadInput);
        return 0;
    }
    return year;
}

QString officerFrom(const Context& c, const QCommandLineParser& p)
{
    if (p.isSet(byOption()))
        return p.value(byOption()).trimmed();
    return c.session.displayName();
}

bool employeeFrom(Context& c, const AnalyticsData& data, const QCommandLineParser& p, int* employeeIndex)
{
    *employeeIndex = -1;
    if (!p.isSet(nipOption()))
        return true;
    *employeeIndex = data.employeeIndexByNip(p.value(nipOption()));
    if (*employeeIndex < 0) {
        c.fail(QStringLiteral("no employee has the NIP '%1'").arg(p.value(nipOption())), BadInput);
        return false;
    }
    return true;
}

bool unitFrom(Context& c, const AnalyticsData& data, const QCommandLineParser& p, int* unitIndex)
{
    *unitIndex = -1;
    if (!p.isSet(unitOption()))
        return true;
    *unitIndex = data.unitIndexByCode(p.value(unitOption()));
    if (*unitIndex < 0) {
        c.fail(QStringLiteral("no unit has the code '%1'").arg(p.value(unitOption())), BadInput);
        return false;
    }
    return true;
}

int writeDocument(Context& c, const ReportDocument& document, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    Status s;
    if (suffix == u"pdf")
        s = PdfRenderer::render(document, path);
    else if (suffix == u"xlsx")
        s = XlsxRenderer::render(document, path);
    else if (suffix == u"csv")
        s = CsvRenderer::render(document, path);
    else
        return c.fail(QStringLiteral("--out must end in .pdf, .xlsx or .csv: %1").arg(path), BadInput);
    if (!s)
        return c.fail(s.error().describe());
    c.out << "Wrote " << path << Qt::endl;
    return Ok;
}

Letterhead letterheadOf(const Database& db)
{
    return Letterhead::fromSettings(SettingsRepository(db.db()));
}

} // namespace karsa::cli
