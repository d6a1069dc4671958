// Runs the built karsa-cli on a demo city made here: plan generate/show/approve/item/export, jp,
// training add (the proposed-assessment loop), catalogue and validation.
#include <catch2/catch.hpp>

#include "CliRun.h"
#include "TestSupport.h"
#include "demo/DemoCityGenerator.h"
#include "storage/RowReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace karsa;

namespace {
using karsa::test::CliRun;
using karsa::test::runCli;

struct Demo
{
    test::TempDatabase db;
    QString path;
    QString nip;
    Demo()
    {
        DemoOptions options;
        options.employees = 200;
        options.today = QDate(2026, 6, 1);
        REQUIRE(DemoCityGenerator::generate(*db, options).ok());
        REQUIRE(RowReader::forEach(db.db(), QStringLiteral("SELECT nip FROM employees ORDER BY id LIMIT 1"), {},
                                   [&](const RowReader::Row& r) { nip = r.text(0); })
                    .ok());
        path = db.path();
        db.close();
    }
};
} // namespace

TEST_CASE("karsa-cli jp lists every employee with realised JP, the minimum and a status", "[cli][development]")
{
    Demo demo;
    const CliRun json = runCli(demo.path, {QStringLiteral("jp"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = json.document().object();
    CHECK(o.value(u"minimum_jp").toDouble() == 20);
    const QJsonArray employees = o.value(u"employees").toArray();
    CHECK(employees.size() == 200);
    int met = 0;
    for (const QJsonValue& v : employees) {
        const QJsonObject e = v.toObject();
        const double jp = e.value(u"realised_jp").toDouble();
        const QString status = e.value(u"status").toString();
        CHECK(status == (jp >= 20 ? u"met" : jp > 0 ? u"behind" : u"none"));
        met += status == u"met" ? 1 : 0;
    }
    CHECK(o.value(u"summary").toObject().value(u"met").toInt() == met);
    CHECK(met > 0);
    CHECK(met < 200);

    const CliRun csv = runCli(demo.path, {QStringLiteral("jp"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--csv")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.startsWith("nip,name,unit,position,realised_jp,minimum_jp,shortfall_jp,trainings,status\r\n"));
    CHECK(csv.out.count("\r\n") == 201);
    const CliRun units = runCli(demo.path, {QStringLiteral("jp"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--units"),
                                      QStringLiteral("--json")});
    REQUIRE(units.exitCode == 0);
    int employeesInUnits = 0, metInUnits = 0;
    for (const QJsonValue& v : units.document().object().value(u"units").toArray()) {
        employeesInUnits += v.toObject().value(u"employees").toInt();
        metInUnits += v.toObject().value(u"met").toInt();
    }
    CHECK(employeesInUnits <= 200);
    CHECK(metInUnits <= met);
    CHECK(employeesInUnits > 0);
    const CliRun badUnit = runCli(demo.path, {QStringLiteral("jp"), QStringLiteral("--unit"), QStringLiteral("NOPE")});
    CHECK(badUnit.exitCode == 2);
    CHECK(badUnit.err.contains("NOPE"));
}

TEST_CASE("karsa-cli plan generate, item, approve, training add, validation and export", "[cli][development]")
{
    Demo demo;
    const CliRun gen = runCli(demo.path, {QStringLiteral("plan"), QStringLiteral("generate"), QStringLiteral("--year"),
                                    QStringLiteral("2026"), QStringLiteral("--nip"), demo.nip, QStringLiteral("--json")});
    REQUIRE(gen.exitCode == 0);
    const QJsonObject g = gen.document().object();
    CHECK(g.value(u"created").toInt() == 1);
    const QJsonArray items = g.value(u"plan").toObject().value(u"items").toArray();
    REQUIRE_FALSE(items.isEmpty());
    double planned = 0;
    for (const QJsonValue& v : items)
        planned += v.toObject().value(u"jp").toDouble();
    CHECK(g.value(u"plan").toObject().value(u"planned_jp").toDouble() == planned);

    // Every employee of the city: the one with a draft is left alone.
    const CliRun all = runCli(demo.path, {QStringLiteral("plan"), QStringLiteral("generate"), QStringLiteral("--year"),
                                    QStringLiteral("2026"), QStringLiteral("--all"), QStringLiteral("--json")});
    REQUIRE(all.exitCode == 0);
    CHECK(all.document().object().value(u"created").toInt() == 199);
    CHECK(all.document().object().value(u"skipped_drafts").toInt() == 1);

    const QString item = QString::number(items.first().toObject().value(u"id").toInteger());
    const CliRun refused = runCli(demo.path, {QStringLiteral("plan"), QStringLiteral("item"), QStringLiteral("--id"), item,
                                        QStringLiteral("--status"), QStringLiteral("completed")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("cannot become"));
    const CliRun approve = runCli(demo.path, {QStringLiteral("plan"), QStringLiteral("approve"), QStringLiteral("--year"),
                                        QStringLiteral("2026"), QStringLiteral("--nip"), demo.nip, QStringLiteral("--by"),
                                        QStringLiteral("Kabid PKSDM")});
    REQUIRE(approve.exitCode == 0);
    const CliRun show = runCli(demo.path, {QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("--year"),
                                     QStringLiteral("2026"), QStringLiteral("--nip"), demo.nip, QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    CHECK(show.document().object().value(u"status").toString() == u"approved");
    CHECK(show.document().object().value(u"approved_by").toString() == u"Kabid PKSDM");

    const CliRun add = runCli(demo.path, {QStringLiteral("training"), QStringLiteral("add"), QStringLiteral("--nip"), demo.nip,
                                    QStringLiteral("--item"), item, QStringLiteral("--start"), QStringLiteral("2026-05-04"),
                                    QStringLiteral("--end"), QStringLiteral("2026-05-05"), QStringLiteral("--certificate"),
                                    QStringLiteral("SRT/CLI/1"), QStringLiteral("--json")});
    REQUIRE(add.exitCode == 0);
    CHECK(add.document().object().value(u"item_completed").toBool());
    const QJsonArray proposals = add.document().object().value(u"proposed_assessments").toArray();
    const CliRun list = runCli(demo.path, {QStringLiteral("validation"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    for (const QJsonValue& p : proposals) {
        bool listed = false;
        for (const QJsonValue& v : list.document().array())
            listed = listed || v.toObject().value(u"id").toInteger() == p.toInteger();
        CHECK(listed);
    }
    if (!proposals.isEmpty()) {
        const QString id = QString::number(proposals.first().toInteger());
        const CliRun ok = runCli(demo.path, {QStringLiteral("validation"), QStringLiteral("validate"), QStringLiteral("--id"), id,
                                       QStringLiteral("--by"), QStringLiteral("Rina")});
        CHECK(ok.exitCode == 0);
        const CliRun again = runCli(demo.path, {QStringLiteral("validation"), QStringLiteral("reject"), QStringLiteral("--id"), id,
                                          QStringLiteral("--by"), QStringLiteral("Rina")});
        CHECK(again.exitCode == 2);
    }
    const CliRun bad = runCli(demo.path, {QStringLiteral("training"), QStringLiteral("add"), QStringLiteral("--nip"), demo.nip,
                                    QStringLiteral("--title"), QStringLiteral("Seminar"), QStringLiteral("--form"),
                                    QStringLiteral("seminar"), QStringLiteral("--start"), QStringLiteral("2026-05-04"),
                                    QStringLiteral("--end"), QStringLiteral("2026-05-01"), QStringLiteral("--jp"),
                                    QStringLiteral("4")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains("end_date"));

    const QString dir = QFileInfo(demo.path).absolutePath();
    for (const QString& file : QStringList{dir + QStringLiteral("/plan.pdf"), dir + QStringLiteral("/recap.xlsx")}) {
        const bool individual = file.endsWith(u".pdf");
        QStringList args{QStringLiteral("plan"), QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2026"),
                         QStringLiteral("--out"), file};
        args << (individual ? QStringLiteral("--nip") : QStringLiteral("--all"));
        if (individual)
            args << demo.nip;
        const CliRun out = runCli(demo.path, args);
        CHECK(out.exitCode == 0);
        CHECK(QFileInfo(file).size() > 1000);
    }
    const CliRun catalogue = runCli(demo.path, {QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(catalogue.exitCode == 0);
    CHECK(catalogue.document().array().size() > 40);
    const CliRun addProgramme = runCli(demo.path, {QStringLiteral("catalogue"), QStringLiteral("add"), QStringLiteral("--code"),
                                             QStringLiteral("BT-X"), QStringLiteral("--name"), QStringLiteral("Bimtek X"),
                                             QStringLiteral("--form"), QStringLiteral("bimtek"), QStringLiteral("--jp"),
                                             QStringLiteral("16"), QStringLiteral("--develops"), QStringLiteral("M.01:9")});
    CHECK(addProgramme.exitCode == 2);
    CHECK(addProgramme.err.contains("must be 1-5"));
    const CliRun deactivate = runCli(demo.path, {QStringLiteral("catalogue"), QStringLiteral("edit"), QStringLiteral("--code"),
                                           QStringLiteral("CO-M01"), QStringLiteral("--active"), QStringLiteral("false"),
                                           QStringLiteral("--jp"), QStringLiteral("12")});
    REQUIRE(deactivate.exitCode == 0);
    const CliRun after = runCli(demo.path, {QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("--json")});
    bool checked = false;
    for (const QJsonValue& v : after.document().array()) {
        if (v.toObject().value(u"code").toString() != u"CO-M01")
            continue;
        CHECK_FALSE(v.toObject().value(u"active").toBool());
        CHECK(v.toObject().value(u"jp").toDouble() == 12);
        CHECK(v.toObject().value(u"develops").toArray().size() == 1); // unchanged
        checked = true;
    }
    CHECK(checked);
}
