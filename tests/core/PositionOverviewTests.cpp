#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "domain/StandardDefaults.h"
#include "refdata/ReferenceCatalog.h"
#include "storage/AssessmentRepository.h"
#include "storage/CompetencyRepository.h"
#include "storage/CompetencyUsage.h"
#include "storage/EmployeeRepository.h"
#include "storage/PositionOverview.h"
#include "storage/PositionRepository.h"
#include "storage/RowSnapshot.h"

#include <QSqlQuery>

using namespace karsa;

namespace {
qint64 addEmployee(QSqlDatabase db, const test::MiniOrg& org, const char* nip, const char* name)
{
    Employee e;
    e.nip = QString::fromLatin1(nip);
    e.name = QString::fromUtf8(name);
    e.backTitle = QStringLiteral("S.E.");
    const auto parsed = Nip::parse(e.nip);
    REQUIRE(parsed.ok());
    e.birthDate = parsed->birthDate;
    e.sex = parsed->sex;
    e.golongan = QStringLiteral("III/a");
    e.positionId = org.positionId;
    e.unitId = org.unitId;
    auto id = EmployeeRepository(db).insert(e);
    INFO((id.ok() ? QString() : id.error().describe()).toStdString());
    REQUIRE(id.ok());
    return id.value();
}
qint64 addTechnical(QSqlDatabase db, const QString& code)
{
    Competency c;
    c.code = code;
    c.name = QStringLiteral("Analisis Jabatan");
    c.type = CompetencyType::Teknis;
    c.levels = {{1, QStringLiteral("Memahami"), {QStringLiteral("a"), QStringLiteral("b")}}, {3, QStringLiteral("Menerapkan"), {}}};
    auto id = CompetencyRepository(db).insert(c);
    INFO((id.ok() ? QString() : id.error().describe()).toStdString());
    REQUIRE(id.ok());
    return id.value();
}
} // namespace

TEST_CASE("Vacancies are the formation minus holders, never negative", "[core]")
{
    CHECK(positionVacancies(3, 1) == 2);
    CHECK(positionVacancies(1, 1) == 0);
    CHECK(positionVacancies(1, 3) == 0);
    CHECK(positionVacancies(0, 0) == 0);
}

TEST_CASE("Holder counts and holders of a position come from the employees table", "[core]")
{
    test::TempDatabase db;
    const test::MiniOrg org = test::makeMiniOrg(db.db());
    addEmployee(db.db(), org, "198609262015051001", "Budi Santoso");
    addEmployee(db.db(), org, "199001012019032002", "Ani Lestari");
    auto counts = positionHolderCounts(db.db());
    REQUIRE(counts.ok());
    CHECK(counts->value(org.positionId) == 2);
    auto holders = positionHolders(db.db(), org.positionId);
    REQUIRE(holders.ok());
    REQUIRE(holders->size() == 2);
    CHECK(holders->at(0).fullName == QStringLiteral("Ani Lestari, S.E.")); // by name
    CHECK(holders->at(1).nip == QStringLiteral("198609262015051001"));
}

TEST_CASE("Deleting a position can be undone with its holders and subordinates attached again", "[core]")
{
    test::TempDatabase db;
    const test::MiniOrg org = test::makeMiniOrg(db.db());
    const qint64 employee = addEmployee(db.db(), org, "198609262015051001", "Budi Santoso");
    Position sub;
    sub.code = QStringLiteral("U1-P2");
    sub.name = QStringLiteral("Pengadministrasi");
    sub.jenjang = QStringLiteral("pelaksana");
    sub.unitId = org.unitId;
    sub.superiorId = org.positionId;
    const qint64 subId = PositionRepository(db.db()).insert(sub).value();
    auto links = capturePositionLinks(db.db(), org.positionId);
    REQUIRE(links.ok());
    CHECK(links->holderIds == QVector<qint64>{employee});
    CHECK(links->subordinateIds == QVector<qint64>{subId});
    // The schema detaches them on delete; restoring the links points them back.
    RowSnapshot snapshot;
    REQUIRE(snapshot.capture(db.db(), QStringLiteral("positions"), QStringLiteral("id"), org.positionId).ok());
    REQUIRE(PositionRepository(db.db()).remove(org.positionId).ok());
    REQUIRE(snapshot.restore(db.db()).ok());
    REQUIRE(restorePositionLinks(db.db(), links.value()).ok());
    QSqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT position_id FROM employees WHERE id = %1").arg(employee));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == org.positionId);
    q.exec(QStringLiteral("SELECT superior_id FROM positions WHERE id = %1").arg(subId));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == org.positionId);
}

TEST_CASE("Jenjang defaults add the missing manajerial and sosial kultural lines at the default level", "[core]")
{
    test::TempDatabase db;
    const QVector<Competency> dictionary = CompetencyRepository(db.db()).all(false).value();
    const qint64 technical = addTechnical(db.db(), QStringLiteral("T.01"));
    const JenjangInfo* administrator = ReferenceCatalog::instance().jenjang(QStringLiteral("administrator"));
    REQUIRE(administrator);
    qint64 firstManagerial = 0;
    for (const Competency& c : dictionary)
        if (c.type == CompetencyType::Manajerial && !firstManagerial)
            firstManagerial = c.id;
    const QVector<StandardItem> existing{{firstManagerial, 5, 2.0}, {technical, 2, 1.0}};
    const QVector<StandardItem> filled = withJenjangDefaults(existing, dictionary, QStringLiteral("administrator"));
    CHECK(filled.size() == 10); // 9 manajerial + sosial kultural, one already present, plus the technical line
    CHECK(filled.at(0).requiredLevel == 5);  // kept
    CHECK(filled.at(0).weight == 2.0);
    for (int i = 2; i < filled.size(); ++i)
        CHECK(filled.at(i).requiredLevel == administrator->defaultLevel);
    CHECK(withJenjangDefaults(existing, dictionary, QStringLiteral("no_such_jenjang")).size() == 2);
}

TEST_CASE("A competency used by a standard or an assessment is not deleted and the refusal says why", "[core]")
{
    test::TempDatabase db;
    const test::MiniOrg org = test::makeMiniOrg(db.db()); // standard on the 9 default competencies
    const Position position = PositionRepository(db.db()).all(true).value().at(0);
    const qint64 used = position.standard.at(0).competencyId;
    auto usage = competencyUsage(db.db(), used);
    REQUIRE(usage.ok());
    CHECK(usage->standards == 1);
    Status refused = removeUnusedCompetency(db.db(), used, QStringLiteral("Integritas"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Integritas")));
    CHECK(refused.error().message.contains(QStringLiteral("1 position")));

    const qint64 technical = addTechnical(db.db(), QStringLiteral("T.02"));
    const qint64 employee = addEmployee(db.db(), org, "198609262015051001", "Budi Santoso");
    Assessment a;
    a.employeeId = employee;
    a.competencyId = technical;
    a.level = 3;
    a.assessedOn = QDate(2025, 1, 6);
    a.method = QStringLiteral("self");
    REQUIRE(AssessmentRepository(db.db()).insert(a).ok());
    Status refused2 = removeUnusedCompetency(db.db(), technical, QStringLiteral("Analisis Jabatan"));
    REQUIRE_FALSE(refused2.ok());
    CHECK(refused2.error().message.contains(QStringLiteral("1 assessment record")));

    const qint64 unused = addTechnical(db.db(), QStringLiteral("T.03"));
    CHECK(describedLevelCount(CompetencyRepository(db.db()).byCode(QStringLiteral("T.03")).value()) == 2);
    REQUIRE(removeUnusedCompetency(db.db(), unused, QStringLiteral("Analisis Jabatan")).ok());
    CHECK_FALSE(CompetencyRepository(db.db()).byCode(QStringLiteral("T.03")).ok());
}
