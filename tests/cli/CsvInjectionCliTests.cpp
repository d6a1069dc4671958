// karsa-cli --csv output goes through the one CSV escaping rule: formula-like names are
// neutralised, plain numbers (the CLI's rows carry no column types) are left as they are.
#include <catch2/catch.hpp>

#include "CliRun.h"
#include "TestSupport.h"
#include "storage/EmployeeRepository.h"

using namespace karsa;
using karsa::test::CliRun;
using karsa::test::runCli;

TEST_CASE("karsa-cli jpm --csv neutralises a name starting with = or @ and keeps -5 a number", "[cli][csv]")
{
    test::TempDatabase db;
    {
        const auto org = test::makeMiniOrg(db.db());
        EmployeeRepository employees(db.db());
        const QList<QPair<QString, QString>> people = {
            {QStringLiteral("198609262015051001"), QStringLiteral("=HYPERLINK(\"http://x.test\",\"klik\")")},
            {QStringLiteral("199001022015052002"), QStringLiteral("@SUM(A1:A9)")},
            {QStringLiteral("199205172019031002"), QStringLiteral("-5")}};
        for (const auto& [nip, name] : people) {
            Employee e;
            e.nip = nip;
            e.name = name;
            e.sex = nip == QStringLiteral("199001022015052002") ? Sex::Female : Sex::Male;
            e.golongan = QStringLiteral("III/a");
            e.education = QStringLiteral("S1");
            e.unitId = org.unitId;
            e.positionId = org.positionId;
            REQUIRE(employees.insert(e).ok());
        }
    }
    const QString path = db.path();
    db.close();
    const CliRun run = runCli(path, {QStringLiteral("jpm"), QStringLiteral("--csv")});
    REQUIRE(run.exitCode == 0);
    const QString out = run.outText();
    CHECK(out.contains(QStringLiteral("198609262015051001,\"'=HYPERLINK(\"\"http://x.test\"\",\"\"klik\"\")\",U1,")));
    CHECK(out.contains(QStringLiteral("199001022015052002,\"'@SUM(A1:A9)\",U1,")));
    CHECK(out.contains(QStringLiteral("199205172019031002,-5,U1,")));
}
