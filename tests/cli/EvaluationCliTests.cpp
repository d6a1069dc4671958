#include <catch2/catch.hpp>

#include "CliRun.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {
using karsa::test::CliRun;
using karsa::test::runCli;

} // namespace

TEST_CASE("karsa-cli eval: cycles, status, results, calibration, public import and exports", "[cli][evaluation]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("city.db"));
    REQUIRE(runCli(db, {QStringLiteral("init")}).exitCode == 0);
    REQUIRE(runCli(db, {QStringLiteral("demo"), QStringLiteral("--employees"), QStringLiteral("400"),
                     QStringLiteral("--quiet")})
                .exitCode == 0);

    const CliRun cycles = runCli(db, {QStringLiteral("eval"), QStringLiteral("cycles"), QStringLiteral("--json")});
    REQUIRE(cycles.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(cycles.out).array();
    REQUIRE(list.size() == 1);
    CHECK(list.first().toObject().value(u"status").toString() == u"closed");
    const QString id = QString::number(list.first().toObject().value(u"id").toInt());

    const CliRun status = runCli(db, {QStringLiteral("eval"), QStringLiteral("status"), QStringLiteral("--cycle"), id,
                                QStringLiteral("--json")});
    REQUIRE(status.exitCode == 0);
    const QJsonObject s = QJsonDocument::fromJson(status.out).object();
    CHECK(s.value(u"employees").toInt() == s.value(u"final").toInt() + s.value(u"pending").toInt());
    for (const QJsonValue& p : s.value(u"pending_employees").toArray())
        CHECK_FALSE(p.toObject().value(u"reasons").toArray().isEmpty());

    const CliRun results = runCli(db, {QStringLiteral("eval"), QStringLiteral("results"), QStringLiteral("--cycle"), id,
                                 QStringLiteral("--json")});
    REQUIRE(results.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(results.out).object().value(u"results").toArray();
    REQUIRE(rows.size() == s.value(u"employees").toInt());
    QString nip;
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        CHECK_FALSE(o.contains(u"raters")); // aggregates only
        if (nip.isEmpty() && o.value(u"status").toString() == u"final" && o.value(u"predikat").toString() == u"baik")
            nip = o.value(u"nip").toString();
    }
    REQUIRE_FALSE(nip.isEmpty());

    // Calibration needs a reason; with one, the result is calibrated.
    const QStringList calibrate{QStringLiteral("eval"),       QStringLiteral("calibrate"),
                                QStringLiteral("--cycle"),    id,
                                QStringLiteral("--nip"),      nip,
                                QStringLiteral("--hasil"),    QStringLiteral("atas"),
                                QStringLiteral("--perilaku"), QStringLiteral("atas")};
    CHECK(runCli(db, calibrate).exitCode == 2);
    REQUIRE(runCli(db, calibrate + QStringList{QStringLiteral("--reason"), QStringLiteral("Inovasi layanan")}).exitCode ==
            0);
    const CliRun csv = runCli(db, {QStringLiteral("eval"), QStringLiteral("results"), QStringLiteral("--cycle"), id,
                             QStringLiteral("--csv")});
    REQUIRE(csv.exitCode == 0);
    bool found = false;
    for (const QByteArray& line : csv.out.split('\n'))
        if (line.startsWith(nip.toLatin1())) {
            found = true;
            CHECK(line.contains(",calibrated,"));
            CHECK(line.contains(",sangat_baik,yes,"));
        }
    CHECK(found);

    // Public feedback goes only into an open cycle, and a bad file names row and column.
    QFile bad(dir.filePath(QStringLiteral("survei.csv")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("nip,PEL1\n" + nip.toLatin1() + ",9\n");
    bad.close();
    CHECK(runCli(db, {QStringLiteral("eval"), QStringLiteral("reopen"), QStringLiteral("--cycle"), id}).exitCode == 0);
    const CliRun rejected = runCli(db, {QStringLiteral("eval"), QStringLiteral("import-public"), bad.fileName()});
    CHECK(rejected.exitCode == 2);
    CHECK(rejected.err.contains("row 2"));
    CHECK(rejected.err.contains("column 2"));

    for (const char* format : {"--xlsx", "--csv", "--pdf"}) {
        const QString file = dir.filePath(QStringLiteral("summary.") + QLatin1String(format).mid(2));
        const CliRun out = runCli(db, {QStringLiteral("eval"), QStringLiteral("export"), QStringLiteral("--cycle"), id,
                                 QLatin1String(format), file});
        INFO(out.err.toStdString());
        CHECK(out.exitCode == 0);
        CHECK(QFile(file).size() > 1000);
    }
    const QString rapor = dir.filePath(QStringLiteral("rapor.pdf"));
    CHECK(runCli(db, {QStringLiteral("eval"), QStringLiteral("export"), QStringLiteral("--cycle"), id,
                   QStringLiteral("--pdf"), QStringLiteral("--rapor"), nip, rapor})
              .exitCode == 0);
    CHECK(QFile(rapor).size() > 1000);

    // The instrument and the predikat matrix are data the agency edits.
    CHECK(runCli(db, {QStringLiteral("eval"), QStringLiteral("set-predikat"), QStringLiteral("--hasil"), QStringLiteral("sesuai"),
                   QStringLiteral("--perilaku"), QStringLiteral("atas"), QStringLiteral("--predikat"),
                   QStringLiteral("luar_biasa")})
              .exitCode == 2);
    CHECK(runCli(db, {QStringLiteral("eval"), QStringLiteral("set-behaviour"), QStringLiteral("--code"), QStringLiteral("PEL2"),
                   QStringLiteral("--text"), QStringLiteral("Ramah dan cekatan")})
              .exitCode == 0);
    const CliRun instrument = runCli(db, {QStringLiteral("eval"), QStringLiteral("instrument")});
    REQUIRE(instrument.exitCode == 0);
    CHECK(instrument.out.contains("Ramah dan cekatan"));
    CHECK(QJsonDocument::fromJson(instrument.out).object().value(u"values").toArray().size() == 7);
}
