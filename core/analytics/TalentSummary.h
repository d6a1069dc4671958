#pragma once

#include "JobPersonMatch.h"
#include "TalentBox.h"

#include <QVector>

#include <array>

namespace karsa {

// Why an employee has no 9-box placement (flags; several may hold at once).
enum TalentUnplacedReason {
    UnplacedNone = 0,
    UnplacedNoRating = 0x1,     // no performance rating inside the kinerja window
    UnplacedNoStandard = 0x2,   // no position or the position has no standard: no JPM
    UnplacedIncompleteJpm = 0x4 // some competencies of the standard are not assessed
};

// The reasons of one employee (UnplacedNone when placed). jpm is the JPM the potensial axis used.
int talentUnplacedReasons(const TalentResult& talent, const JpmResult& jpm);

// How the employees of a scope spread over the 9 boxes (domain.md 3.1).
struct TalentBoxCounts
{
    std::array<int, 10> perBox{}; // index 1..9; [0] unused
    int total = 0;                // employees in the scope
    int placed = 0;               // in a box
    int unplaced = 0;             // total - placed
    int noRating = 0;             // unplaced with UnplacedNoRating (overlapping counts)
    int noStandard = 0;           // unplaced with UnplacedNoStandard
    int incompleteJpm = 0;        // unplaced with UnplacedIncompleteJpm

    // The share of box among the placed employees, in percent (0 when nobody is placed).
    double percent(int box) const;
};

// Counts the employees (indexes into talent/jpm, e.g. AnalyticsData::employeesInScope) per box.
TalentBoxCounts boxCounts(const QVector<TalentResult>& talent, const QVector<JpmResult>& jpm,
                          const QVector<int>& employees);

// The employees (in the given order) placed in box; box 0 = the unplaced ones.
QVector<int> employeesInBox(const QVector<TalentResult>& talent, const QVector<int>& employees, int box);

} // namespace karsa
