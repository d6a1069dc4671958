// Development plans from hand-built gaps (no database): needs and priorities, catalogue matching,
// the JP minimum, item status transitions and the JP arithmetic of PP 11/2017.
#include "AnalyticsTestData.h"
#include "development/DevelopmentPlan.h"
#include "development/JpCompliance.h"
#include "development/PlanGenerator.h"

#include <catch2/catch.hpp>

using namespace karsa;
using namespace Qt::Literals::StringLiterals;

namespace {
TrainingProgramme prog(qint64 id, const char* code, const char* form, double jp, qint64 cost,
                       QVector<ProgrammeCompetency> develops)
{
    TrainingProgramme p;
    p.id = id;
    p.code = QString::fromLatin1(code);
    p.name = p.code;
    p.form = QString::fromLatin1(form);
    p.jp = jp;
    p.cost = cost;
    p.competencies = std::move(develops);
    return p;
}

// Competencies 1, 2 manajerial, 3, 4 teknis, 5 manajerial (never assessed). Position 10 (current):
// 1@3, 2@3, 3@3, 5@2; position 20 (target): 1@4, 4@3. Employee 1 levels: 1=1, 2=2, 3=3, 4=1.
struct Fixture
{
    test::SnapshotBuilder b;
    AnalyticsSettings analytics;
    DevelopmentSettings settings;
    int employee = -1;
    int target = -1;

    Fixture()
    {
        b.competency(1);
        b.competency(2);
        b.competency(3, CompetencyType::Teknis);
        b.competency(4, CompetencyType::Teknis);
        b.competency(5);
        b.unit(1);
        b.position(10, QStringLiteral("ahli_pertama"), 1, {{1, 3}, {2, 3}, {3, 3}, {5, 2}});
        b.position(20, QStringLiteral("ahli_muda"), 1, {{1, 4}, {4, 3}});
        employee = b.employee(1, 10, 1, {{1, 1}, {2, 2}, {3, 3}, {4, 1}});
        b.data.finish();
        target = b.data.positionIndex(20);
    }
};

QVector<TrainingProgramme> catalogue()
{
    return {prog(1, "A-COACH", "coaching", 10, 0, {{1, 3}}),
            prog(2, "B-MANAJ", "pelatihan_manajerial", 24, 2500000, {{1, 3}}),
            prog(3, "C-TEKNIS", "pelatihan_teknis", 32, 3500000, {{4, 3}}),
            prog(4, "D-ELEARN", "e_learning", 6, 0, {{2, 2}}),
            prog(5, "E-BIMTEK", "bimtek", 16, 1800000, {{2, 4}}),
            prog(6, "F-SEMINAR", "seminar", 4, 0, {}),
            prog(7, "G-WORKSHOP", "workshop", 8, 350000, {{3, 4}})};
}

QStringList programmeCodes(const PlanCatalogue& c, const DevelopmentPlan& plan)
{
    QStringList out;
    for (const PlanItem& i : plan.items)
        out << (i.programmeId ? c.byId(i.programmeId)->code : QStringLiteral("-"));
    return out;
}
} // namespace

TEST_CASE("Needs: current-position shortfalls largest first, then new target-position shortfalls", "[core][development]")
{
    Fixture f;
    const PlanCatalogue cat(catalogue());
    const PlanGenerator gen(f.b.data, f.analytics, f.settings, cat);
    QVector<qint64> notAssessed;
    const auto needs = gen.needs(f.employee, f.target, &notAssessed);
    REQUIRE(needs.size() == 3);
    CHECK(needs[0].competencyId == 1); // shortfall 2 on the current position
    CHECK(needs[0].need == PlanNeed::Current);
    CHECK(needs[0].shortfall() == 2);
    CHECK(needs[1].competencyId == 2); // shortfall 1
    CHECK(needs[1].need == PlanNeed::Current);
    CHECK(needs[2].competencyId == 4); // only the target asks for it; competency 1 is already a need
    CHECK(needs[2].need == PlanNeed::Target);
    CHECK(needs[2].required == 3);
    CHECK(notAssessed == QVector<qint64>{5}); // needs an assessment, not training

    f.settings.targetGaps = false;
    CHECK(gen.needs(f.employee, f.target).size() == 2);
}

TEST_CASE("Matching: a programme that reaches the level, then the preferred form for the type", "[core][development]")
{
    Fixture f;
    const PlanCatalogue cat(catalogue());
    const PlanGenerator gen(f.b.data, f.analytics, f.settings, cat);
    const PlanDraft d = gen.generate(f.employee, 2026, f.target);
    // 1: coaching is preferred for a managerial gap over pelatihan manajerial; 2: the e-learning only
    // reaches level 2 (the employee's level), so bimtek; 4: the technical training.
    CHECK(programmeCodes(cat, d.plan) == QStringList{u"A-COACH"_s, u"E-BIMTEK"_s, u"C-TEKNIS"_s});
    CHECK(d.plan.items[0].priority == 1);
    CHECK(d.plan.items[2].need == PlanNeed::Target);
    CHECK(d.plan.plannedJp() == 58);
    CHECK(d.plan.plannedBudget() == 5300000);
    CHECK(d.plan.year == 2026);
    CHECK(d.plan.targetPositionId == 20);
    CHECK(d.reachesMinimum);
    for (const PlanItem& i : d.plan.items)
        CHECK(i.status == PlanItemStatus::Planned);

    // The preference is a setting: with pelatihan manajerial first, the managerial gap gets it.
    f.settings.preferredManajerial = {QStringLiteral("pelatihan_manajerial"), QStringLiteral("coaching")};
    const PlanDraft d2 = gen.generate(f.employee, 2026, f.target);
    CHECK(programmeCodes(cat, d2.plan).first() == u"B-MANAJ"_s);
}

TEST_CASE("Matching: a programme below the required level is used only when none reaches it", "[core][development]")
{
    Fixture f;
    QVector<TrainingProgramme> list = catalogue();
    list.append(prog(8, "H-TEKNIS2", "pelatihan_teknis", 12, 100, {{4, 2}}));
    list.removeIf([](const TrainingProgramme& p) { return p.code == u"C-TEKNIS"; });
    const PlanCatalogue cat(list);
    const PlanGenerator gen(f.b.data, f.analytics, f.settings, cat);
    const PlanDraft d = gen.generate(f.employee, 2026, f.target);
    REQUIRE(d.plan.items.size() >= 3);
    CHECK(cat.byId(d.plan.items[2].programmeId)->code == u"H-TEKNIS2"_s);
    CHECK(d.plan.items[2].note.contains(u"2"));

    // Nothing in the catalogue for a need: the item stays, without a programme and JP.
    list.removeIf([](const TrainingProgramme& p) { return p.code == u"H-TEKNIS2"; });
    const PlanCatalogue none(list);
    const PlanGenerator gen2(f.b.data, f.analytics, f.settings, none);
    const PlanDraft d2 = gen2.generate(f.employee, 2026, f.target);
    REQUIRE(d2.plan.items.size() >= 3);
    CHECK(d2.plan.items[2].competencyId == 4);
    CHECK(d2.plan.items[2].programmeId == 0);
    CHECK(d2.plan.items[2].jp == 0);
}

TEST_CASE("The plan is filled up to the JP minimum where the catalogue allows", "[core][development]")
{
    Fixture f;
    const PlanCatalogue cat(catalogue());
    f.settings.jpMinimum = 70; // the gap items give 58 JP
    {
        const PlanGenerator gen(f.b.data, f.analytics, f.settings, cat);
        const PlanDraft d = gen.generate(f.employee, 2026, f.target);
        // 12 JP short: of the programmes developing a position competency above the employee's level
        // (B-MANAJ on 1, G-WORKSHOP on 3), the one that covers the rest alone.
        CHECK(programmeCodes(cat, d.plan) == QStringList{u"A-COACH"_s, u"E-BIMTEK"_s, u"C-TEKNIS"_s, u"B-MANAJ"_s});
        CHECK(d.plan.items[3].need == PlanNeed::MinimumJp);
        CHECK(d.plan.items[3].competencyId == 1);
        CHECK(d.plan.plannedJp() == 82);
        CHECK(d.reachesMinimum);
    }
    f.settings.jpMinimum = 1000; // more than the whole catalogue
    {
        const PlanGenerator gen(f.b.data, f.analytics, f.settings, cat);
        const PlanDraft d = gen.generate(f.employee, 2026, f.target);
        CHECK(d.plan.items.size() == 7); // every active programme once (D-ELEARN too, as a general one)
        CHECK_FALSE(d.reachesMinimum);
    }
    // Without a target position and with a small minimum the plan holds only the current gaps.
    f.settings.jpMinimum = 20;
    const PlanGenerator gen(f.b.data, f.analytics, f.settings, cat);
    const PlanDraft d = gen.generate(f.employee, 2026);
    CHECK(programmeCodes(cat, d.plan) == QStringList{u"A-COACH"_s, u"E-BIMTEK"_s});
    CHECK(d.reachesMinimum);
}

TEST_CASE("Inactive programmes are not planned and a programme is used once per plan", "[core][development]")
{
    Fixture f;
    QVector<TrainingProgramme> list = catalogue();
    list[0].active = false; // A-COACH
    list.append(prog(9, "I-COACH2", "coaching", 10, 0, {{1, 3}, {2, 3}}));
    list.removeIf([](const TrainingProgramme& p) { return p.code == u"E-BIMTEK"; });
    const PlanCatalogue cat(list);
    const PlanGenerator gen(f.b.data, f.analytics, f.settings, cat);
    const PlanDraft d = gen.generate(f.employee, 2026);
    REQUIRE(d.plan.items.size() >= 2);
    CHECK(cat.byId(d.plan.items[0].programmeId)->code == u"I-COACH2"_s);
    // Competency 2: I-COACH2 is already in the plan and nothing else reaches above level 2.
    CHECK(d.plan.items[1].programmeId == 0);
    CHECK(d.plan.items[1].note.contains(u"I-COACH2"));
}

TEST_CASE("Plan item status transitions", "[core][development]")
{
    using S = PlanItemStatus;
    CHECK(canTransition(S::Planned, S::Approved));
    CHECK(canTransition(S::Planned, S::Cancelled));
    CHECK_FALSE(canTransition(S::Planned, S::InProgress));
    CHECK_FALSE(canTransition(S::Planned, S::Completed));
    CHECK(canTransition(S::Approved, S::InProgress));
    CHECK(canTransition(S::Approved, S::Completed));
    CHECK(canTransition(S::Approved, S::Cancelled));
    CHECK(canTransition(S::InProgress, S::Completed));
    CHECK(canTransition(S::InProgress, S::Cancelled));
    CHECK_FALSE(canTransition(S::InProgress, S::Approved));
    for (S to : {S::Planned, S::Approved, S::InProgress, S::Completed, S::Cancelled}) {
        CHECK_FALSE(canTransition(S::Completed, to));
        CHECK_FALSE(canTransition(S::Cancelled, to));
    }
    PlanItemStatus parsed;
    REQUIRE(planItemStatusFromCode(u"in_progress"_s, &parsed));
    CHECK(parsed == S::InProgress);
    CHECK_FALSE(planItemStatusFromCode(u"done"_s, &parsed));
}

TEST_CASE("JP across a year boundary: by end date or split by days", "[core][development]")
{
    const JpEntry newYear{1, QDate(2025, 12, 30), QDate(2026, 1, 3), 10}; // 2 days in 2025, 3 in 2026
    CHECK(jpInYear(newYear, 2025, JpYearRule::EndDate) == 0);
    CHECK(jpInYear(newYear, 2026, JpYearRule::EndDate) == 10);
    CHECK(jpInYear(newYear, 2025, JpYearRule::Split) == 4);
    CHECK(jpInYear(newYear, 2026, JpYearRule::Split) == 6);
    CHECK(jpInYear(newYear, 2027, JpYearRule::Split) == 0);
    const JpEntry third{1, QDate(2025, 12, 31), QDate(2026, 1, 2), 10};
    CHECK(jpInYear(third, 2025, JpYearRule::Split) == Approx(3.33));
    CHECK(jpInYear(third, 2026, JpYearRule::Split) == Approx(6.67));
    const JpEntry oneDay{1, QDate(2026, 12, 31), QDate(2026, 12, 31), 2.5};
    CHECK(jpInYear(oneDay, 2026, JpYearRule::EndDate) == 2.5);
    const JpEntry backwards{1, QDate(2026, 5, 2), QDate(2026, 5, 1), 8};
    CHECK(jpInYear(backwards, 2026, JpYearRule::EndDate) == 0);
}

TEST_CASE("JP compliance per employee and per unit against the minimum", "[core][development]")
{
    test::SnapshotBuilder b;
    b.competency(1);
    b.unit(1);
    b.unit(2, 1);
    b.unit(3, 1);
    b.position(10, QStringLiteral("ahli_pertama"), 2, {{1, 2}});
    b.position(11, QStringLiteral("ahli_pertama"), 3, {{1, 2}});
    b.employee(1, 10, 2, {});
    b.employee(2, 10, 2, {});
    b.employee(3, 11, 3, {});
    b.employee(4, 11, 3, {});
    b.data.finish();
    const QVector<JpEntry> entries{{1, QDate(2026, 3, 2), QDate(2026, 3, 4), 16},
                                   {1, QDate(2025, 12, 29), QDate(2026, 1, 2), 10}, // 2 of 5 days in 2026
                                   {2, QDate(2026, 6, 1), QDate(2026, 6, 1), 4},
                                   {3, QDate(2026, 2, 1), QDate(2026, 2, 10), 40},
                                   {4, QDate(2025, 5, 1), QDate(2025, 5, 3), 24}}; // last year only
    DevelopmentSettings settings;
    auto rows = JpCompliance::forEmployees(b.data, b.data.employeesInScope(-1), entries, 2026, settings);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].realised == 26);
    CHECK(rows[0].trainings == 2);
    CHECK(rows[0].status == JpStatus::Met);
    CHECK(rows[1].realised == 4);
    CHECK(rows[1].status == JpStatus::Behind);
    CHECK(rows[1].shortfall() == 16);
    CHECK(rows[2].status == JpStatus::Met);
    CHECK(rows[3].realised == 0);
    CHECK(rows[3].status == JpStatus::None);

    settings.yearRule = JpYearRule::Split;
    rows = JpCompliance::forEmployees(b.data, b.data.employeesInScope(-1), entries, 2026, settings);
    CHECK(rows[0].realised == 20); // 16 + 10 x 2/5
    settings.jpMinimum = 25; // a setting
    rows = JpCompliance::forEmployees(b.data, b.data.employeesInScope(-1), entries, 2026, settings);
    CHECK(rows[0].status == JpStatus::Behind);

    settings = DevelopmentSettings();
    rows = JpCompliance::forEmployees(b.data, b.data.employeesInScope(-1), entries, 2026, settings);
    const UnitJp all = JpCompliance::summarise(rows);
    CHECK(all.employees == 4);
    CHECK(all.met == 2);
    CHECK(all.behind == 1);
    CHECK(all.none == 1);
    CHECK(all.totalJp == 70);
    CHECK(all.averageJp == 17.5);
    CHECK(all.percentMet == 50);
    const auto units = JpCompliance::byUnit(b.data, rows, -1); // the single top unit's children
    REQUIRE(units.size() == 2);
    CHECK(units[0].employees + units[1].employees == 4);
    const auto behind = JpCompliance::behind(b.data, rows);
    REQUIRE(behind.size() == 2);
    CHECK(b.data.employees()[behind[0].employeeIndex].id == 4); // 20 short before 16 short
    CHECK(b.data.employees()[behind[1].employeeIndex].id == 2);
}

TEST_CASE("Development settings are read from settings values and malformed ones are refused", "[core][development]")
{
    auto d = DevelopmentSettings::fromValues({});
    REQUIRE(d.ok());
    CHECK(d->jpMinimum == 20);
    CHECK(d->yearRule == JpYearRule::EndDate);
    auto split = DevelopmentSettings::fromValues({{u"development/jp_year_rule"_s, u"split"_s},
                                                  {u"development/jp_minimum"_s, u"24"_s},
                                                  {u"development/preferred_forms/teknis"_s, u"bimtek, e_learning"_s}});
    REQUIRE(split.ok());
    CHECK(split->yearRule == JpYearRule::Split);
    CHECK(split->jpMinimum == 24);
    CHECK(split->preferredTeknis == QStringList{u"bimtek"_s, u"e_learning"_s});
    auto bad = DevelopmentSettings::fromValues({{u"development/preferred_forms/teknis"_s, u"bimtek,kursus_online"_s}});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == u"development/preferred_forms/teknis"_s);
    CHECK_FALSE(DevelopmentSettings::fromValues({{u"development/jp_minimum"_s, u"dua puluh"_s}}).ok());
    CHECK_FALSE(DevelopmentSettings::fromValues({{u"development/jp_year_rule"_s, u"start"_s}}).ok());
}

TEST_CASE("Matching: the closest level that reaches the need wins over a preferred form that over-trains",
          "[core][development]")
{
    Fixture f;
    QVector<TrainingProgramme> list = catalogue();
    list[2].competencies = {{4, 4}};                             // C-TEKNIS (pelatihan teknis, preferred) to level 4
    list.append(prog(10, "J-BIMTEK", "bimtek", 16, 1800000, {{4, 3}})); // bimtek exactly to the required 3
    const PlanCatalogue cat(list);
    const PlanGenerator gen(f.b.data, f.analytics, f.settings, cat);
    const PlanDraft d = gen.generate(f.employee, 2026, f.target);
    REQUIRE(d.plan.items.size() >= 3);
    CHECK(cat.byId(d.plan.items[2].programmeId)->code == u"J-BIMTEK"_s);
    DevelopmentNeed need;
    need.competencyId = 4;
    need.type = CompetencyType::Teknis;
    need.required = 3;
    need.actual = 1;
    const QVector<int> ranked = gen.candidates(need);
    REQUIRE(ranked.size() == 2);
    CHECK(cat.programmes()[ranked[0]].code == u"J-BIMTEK"_s);
    CHECK(cat.programmes()[ranked[1]].code == u"C-TEKNIS"_s);
}
