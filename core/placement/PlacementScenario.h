#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

namespace karsa {

// A position with seats to fill: open now (formation above the holders) and/or opening within the
// horizon because holders reach retirement age. Manual vacancies are added by the officer.
struct Vacancy
{
    qint64 positionId = 0;
    int openNow = 0;
    int retiring = 0;         // holders retiring within the horizon
    int extra = 0;            // seats added by the officer
    QDate opensOn;            // today when open now, else the earliest retirement date
    QVector<qint64> retirees; // employee ids of the retiring holders
    int seatCount() const { return openNow + retiring + extra; }
};

// A pair of an employee and a position (a lock, an exclusion or an officer-added candidate).
struct PlacementPair
{
    qint64 employeeId = 0;
    qint64 positionId = 0;
    friend bool operator==(const PlacementPair&, const PlacementPair&) = default;
};

// What the officer sets on top of the ranking engine.
struct PlacementConstraints
{
    double minScore = 0.0;
    bool fillFirst = true;             // as many vacancies filled as possible first, then the best total
    QVector<PlacementPair> locks;      // this employee takes a seat of this position, whatever the score
    QVector<PlacementPair> exclusions; // never this employee on this position
    QVector<PlacementPair> added;      // candidates the officer adds to a position's pool
    QVector<qint64> keepInPlace;       // employees who must not move
    QHash<qint64, int> unitMoveLimits; // unit id -> at most this many employees leave it
};

// One seat of a vacancy and who fills it (employeeId 0 = left empty).
struct PlacementSeat
{
    qint64 positionId = 0;
    int slot = 0;
    qint64 employeeId = 0;
    double score = 0.0;
    double jpm = 0.0;
    bool complete = false;
    bool locked = false;
    bool added = false;        // the officer added this candidate to the pool
    qint64 fromPositionId = 0; // the employee's position before the move
    qint64 fromUnitId = 0;
    qint64 toUnitId = 0;
    bool filled() const { return employeeId > 0; }
    bool leavesUnit() const { return filled() && fromUnitId != toUnitId; }
};

// The figures of a solved scenario.
struct PlacementFigures
{
    int seatCount = 0;
    int filled = 0;
    double totalScore = 0.0;
    double meanJpm = 0.0; // over the filled seats
    double meanScore = 0.0;
};

// A named placement scenario: when it was computed for, its vacancies, its constraints and its result.
struct PlacementScenario
{
    qint64 id = 0;
    QString name;
    QString note;
    QDate referenceDate;
    int horizonMonths = 12;
    int poolSize = 20;
    QVector<Vacancy> vacancies;
    PlacementConstraints constraints;
    QVector<PlacementSeat> seats; // the result, in vacancy order
    bool solved = false;
    double solveMs = 0.0;
    QStringList notes; // what the solver did beyond the plain optimum (move-limit repairs)
    QDateTime updatedAt;
    int rowVersion = 0;

    PlacementFigures figures() const;
    // Employees leaving each unit (unit id -> count).
    QHash<qint64, int> movesOutOfUnits() const;
};

} // namespace karsa
