#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "analytics/TalentSummary.h"

using namespace karsa;

namespace {
TalentResult placed(int box)
{
    TalentResult t;
    t.kinerja = 80.0;
    t.potensial = 80.0;
    t.box = box;
    return t;
}
JpmResult jpmWith(JpmStatus status)
{
    JpmResult j;
    j.status = status;
    return j;
}
} // namespace

TEST_CASE("Box counts count the employees of the scope per box and the unplaced with their reasons",
          "[core][analytics][talent]")
{
    QVector<TalentResult> talent{placed(9), placed(9), placed(5), TalentResult(), TalentResult(), placed(1)};
    talent[3].potensial = 70.0; // no rating
    talent[4].kinerja = 80.0;   // no potensial
    QVector<JpmResult> jpm(talent.size(), jpmWith(JpmStatus::Complete));
    jpm[4] = jpmWith(JpmStatus::Incomplete);

    const TalentBoxCounts all = boxCounts(talent, jpm, {0, 1, 2, 3, 4, 5});
    CHECK(all.total == 6);
    CHECK(all.placed == 4);
    CHECK(all.unplaced == 2);
    CHECK(all.perBox[9] == 2);
    CHECK(all.perBox[5] == 1);
    CHECK(all.perBox[1] == 1);
    CHECK(all.perBox[7] == 0);
    CHECK(all.noRating == 1);
    CHECK(all.incompleteJpm == 1);
    CHECK(all.noStandard == 0);
    CHECK(all.percent(9) == Approx(50.0));
    CHECK(all.percent(5) == Approx(25.0));

    const TalentBoxCounts some = boxCounts(talent, jpm, {0, 2, 4});
    CHECK(some.total == 3);
    CHECK(some.perBox[9] == 1);
    CHECK(some.unplaced == 1);
    CHECK(some.percent(9) == Approx(50.0));

    CHECK(employeesInBox(talent, {0, 1, 2, 3, 4, 5}, 9) == QVector<int>{0, 1});
    CHECK(employeesInBox(talent, {0, 1, 2, 3, 4, 5}, 0) == QVector<int>{3, 4});
    CHECK(boxCounts(talent, jpm, {}).percent(9) == 0.0);
}

TEST_CASE("An unplaced employee's reasons name the missing axis", "[core][analytics][talent]")
{
    TalentResult none;
    CHECK(talentUnplacedReasons(none, jpmWith(JpmStatus::NoStandard)) == (UnplacedNoRating | UnplacedNoStandard));
    CHECK(talentUnplacedReasons(none, jpmWith(JpmStatus::Incomplete)) == (UnplacedNoRating | UnplacedIncompleteJpm));
    TalentResult onlyPotensial;
    onlyPotensial.potensial = 70.0;
    CHECK(talentUnplacedReasons(onlyPotensial, jpmWith(JpmStatus::Complete)) == UnplacedNoRating);
    CHECK(talentUnplacedReasons(placed(5), jpmWith(JpmStatus::Complete)) == UnplacedNone);
}
