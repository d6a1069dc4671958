// Runs the built karsa-cli on a demo city made here: plan generate/show/approve/item/export, jp,
// training add (the proposed-assessment loop), catalogue and validation.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "demo/DemoCityGenerator.h"
#include "storage/RowReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace karsa;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

Run cli(const QString& db, QStringList args)
{
    QProcess p;
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    p.start(QStringLiteral(KARSA_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

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
    const Run json = cli(demo.path, {QStringLiteral("jp"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = json.json().object();
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

    const Run csv = cli(demo.path, {QStringLiteral("jp"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--csv")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.startsWith("nip,name,unit,position,realised_jp,minimum_jp,shortfall_jp,trainings,status\r\n"));
    CHECK(csv.out.count("\r\n") == 201);
    const Run units = cli(demo.path, {QStringLiteral("jp"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--units"),
                                      QStringLiteral("--json")});
    REQUIRE(units.exitCode == 0);
    int employeesInUnits = 0, metInUnits = 0;
    for (const QJsonValue& v : units.json().object().value(u"units").toArray()) {
        employeesInUnits += v.toObject().value(u"employees").toInt();
        metInUnits += v.toObject().value(u"met").toInt();
    }
    CHECK(employeesInUnits <= 200);
    CHECK(metInUnits <= met);
    CHECK(employeesInUnits > 0);
    const Run badUnit = cli(demo.path, {QStringLiteral("jp"), QStringLiteral("--unit"), QStringLiteral("NOPE")});
    CHECK(badUnit.exitCode == 2);
    CHECK(badUnit.err.contains("NOPE"));
}

TEST_CASE("karsa-cli plan generate, item, approve, training add, validation and export", "[cli][development]")
{
    Demo demo;
    const Run gen = cli(demo.path, {QStringLiteral("plan"), QStringLiteral("generate"), QStringLiteral("--year"),
                                    QStringLiteral("2026"), QStringLiteral("--nip"), demo.nip, QStringLiteral("--json")});
    REQUIRE(gen.exitCode == 0);
    const QJsonObject g = gen.json().object();
    CHECK(g.value(u"created").toInt() == 1);
    const QJsonArray items = g.value(u"plan").toObject().value(u"items").toArray();
    REQUIRE_FALSE(items.isEmpty());
    double planned = 0;
    for (const QJsonValue& v : items)
        planned += v.toObject().value(u"jp").toDouble();
    CHECK(g.value(u"plan").toObject().value(u"planned_jp").toDouble() == planned);

    // Every employee of the city: the one with a draft is left alone.
    const Run all = cli(demo.path, {QStringLiteral("plan"), QStringLiteral("generate"), QStringLiteral("--year"),
                                    QStringLiteral("2026"), QStringLiteral("--all"), QStringLiteral("--json")});
    REQUIRE(all.exitCode == 0);
    CHECK(all.json().object().value(u"created").toInt() == 199);
    CHECK(all.json().object().value(u"skipped_drafts").toInt() == 1);

    const QString item = QString::number(items.first().toObject().value(u"id").toInteger());
    const Run refused = cli(demo.path, {QStringLiteral("plan"), QStringLiteral("item"), QStringLiteral("--id"), item,
                                        QStringLiteral("--status"), QStringLiteral("completed")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("cannot become"));
    const Run approve = cli(demo.path, {QStringLiteral("plan"), QStringLiteral("approve"), QStringLiteral("--year"),
                                        QStringLiteral("2026"), QStringLiteral("--nip"), demo.nip, QStringLiteral("--by"),
                                        QStringLiteral("Kabid PKSDM")});
    REQUIRE(approve.exitCode == 0);
    const Run show = cli(demo.path, {QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("--year"),
                                     QStringLiteral("2026"), QStringLiteral("--nip"), demo.nip, QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    CHECK(show.json().object().value(u"status").toString() == u"approved");
    CHECK(show.json().object().value(u"approved_by").toString() == u"Kabid PKSDM");

    const Run add = cli(demo.path, {QStringLiteral("training"), QStringLiteral("add"), QStringLiteral("--nip"), demo.nip,
                                    QStringLiteral("--item"), item, QStringLiteral("--start"), QStringLiteral("2026-05-04"),
                                    QStringLiteral("--end"), QStringLiteral("2026-05-05"), QStringLiteral("--certificate"),
                                    QStringLiteral("SRT/CLI/1"), QStringLiteral("--json")});
    REQUIRE(add.exitCode == 0);
    CHECK(add.json().object().value(u"item_completed").toBool());
    const QJsonArray proposals = add.json().object().value(u"proposed_assessments").toArray();
    const Run list = cli(demo.path, {QStringLiteral("validation"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    for (const QJsonValue& p : proposals) {
        bool listed = false;
        for (const QJsonValue& v : list.json().array())
            listed = listed || v.toObject().value(u"id").toInteger() == p.toInteger();
        CHECK(listed);
    }
    if (!proposals.isEmpty()) {
        const QString id = QString::number(proposals.first().toInteger());
        const Run ok = cli(demo.path, {QStringLiteral("validation"), QStringLiteral("validate"), QStringLiteral("--id"), id,
                                       QStringLiteral("--by"), QStringLiteral("Rina")});
        CHECK(ok.exitCode == 0);
        const Run again = cli(demo.path, {QStringLiteral("validation"), QStringLiteral("reject"), QStringLiteral("--id"), id,
                                          QStringLiteral("--by"), QStringLiteral("Rina")});
        CHECK(again.exitCode == 2);
    }
    const Run bad = cli(demo.path, {QStringLiteral("training"), QStringLiteral("add"), QStringLiteral("--nip"), demo.nip,
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
        const Run out = cli(demo.path, args);
        CHECK(out.exitCode == 0);
        CHECK(QFileInfo(file).size() > 1000);
    }
    const Run catalogue = cli(demo.path, {QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(catalogue.exitCode == 0);
    CHECK(catalogue.json().array().size() > 40);
    const Run addProgramme = cli(demo.path, {QStringLiteral("catalogue"), QStringLiteral("add"), QStringLiteral("--code"),
                                             QStringLiteral("BT-X"), QStringLiteral("--name"), QStringLiteral("Bimtek X"),
                                             QStringLiteral("--form"), QStringLiteral("bimtek"), QStringLiteral("--jp"),
                                             QStringLiteral("16"), QStringLiteral("--develops"), QStringLiteral("M.01:9")});
    CHECK(addProgramme.exitCode == 2);
    CHECK(addProgramme.err.contains("must be 1-5"));
    const Run deactivate = cli(demo.path, {QStringLiteral("catalogue"), QStringLiteral("edit"), QStringLiteral("--code"),
                                           QStringLiteral("CO-M01"), QStringLiteral("--active"), QStringLiteral("false"),
                                           QStringLiteral("--jp"), QStringLiteral("12")});
    REQUIRE(deactivate.exitCode == 0);
    const Run after = cli(demo.path, {QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("--json")});
    bool checked = false;
    for (const QJsonValue& v : after.json().array()) {
        if (v.toObject().value(u"code").toString() != u"CO-M01")
            continue;
        CHECK_FALSE(v.toObject().value(u"active").toBool());
        CHECK(v.toObject().value(u"jp").toDouble() == 12);
        CHECK(v.toObject().value(u"develops").toArray().size() == 1); // unchanged
        checked = true;
    }
    CHECK(checked);
}
