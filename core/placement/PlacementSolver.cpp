#include "PlacementSolver.h"

#include "LinearAssignment.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

#include <algorithm>

namespace karsa {

namespace {

struct SeatRef
{
    int vacancy = -1;
    int slot = 0;
};

PlacementSeat makeSeat(const AnalyticsData& data, qint64 positionId, int slot, int employee,
                       const ScoredCandidate* cell)
{
    PlacementSeat s;
    s.positionId = positionId;
    s.slot = slot;
    const int p = data.positionIndex(positionId);
    s.toUnitId = p >= 0 ? data.positions()[p].unitId : 0;
    if (employee < 0)
        return s;
    const AnalyticsEmployee& e = data.employees()[employee];
    s.employeeId = e.id;
    s.fromPositionId = e.positionId;
    s.fromUnitId = e.unitId;
    if (cell) {
        s.score = cell->score;
        s.jpm = cell->jpm;
        s.complete = cell->complete;
    }
    return s;
}

QString positionCodeOf(const AnalyticsData& data, qint64 positionId)
{
    const int p = data.positionIndex(positionId);
    return p >= 0 ? data.positions()[p].code : QString::number(positionId);
}

} // namespace

void solvePlacement(const AnalyticsData& data, const PlacementMatrix& matrix, PlacementScenario& scenario)
{
    QElapsedTimer timer;
    timer.start();
    const PlacementConstraints& k = scenario.constraints;
    scenario.seats.clear();
    scenario.notes.clear();
    const int nv = int(scenario.vacancies.size());

    // Seats, in vacancy order; a lock takes the first free seat of its position.
    QVector<QVector<int>> seatEmployee(nv); // per vacancy, per slot: employee index or -1
    for (int v = 0; v < nv; ++v)
        seatEmployee[v].fill(-1, scenario.vacancies[v].seatCount());
    QSet<int> lockedEmployees;
    QSet<quint64> lockedSeats;
    for (const PlacementPair& l : k.locks) {
        const int e = data.employeeIndex(l.employeeId);
        int v = 0;
        while (v < nv && scenario.vacancies[v].positionId != l.positionId)
            ++v;
        const int slot = v < nv ? int(seatEmployee[v].indexOf(-1)) : -1;
        if (e < 0 || lockedEmployees.contains(e) || slot < 0) {
            scenario.notes << QCoreApplication::translate("PlacementSolver",
                                                          "Lock of %1 to %2 ignored: no free seat of that position "
                                                          "or the employee is already locked.")
                                  .arg(e >= 0 ? data.employees()[e].nip : QString::number(l.employeeId),
                                       positionCodeOf(data, l.positionId));
            continue;
        }
        seatEmployee[v][slot] = e;
        lockedEmployees.insert(e);
        lockedSeats.insert((quint64(v) << 32) | quint32(slot));
    }

    // The open seats (columns) and the free candidates (rows).
    QVector<SeatRef> seats;
    for (int v = 0; v < nv; ++v)
        for (int s = 0; s < seatEmployee[v].size(); ++s)
            if (seatEmployee[v][s] < 0)
                seats.append({v, s});
    QSet<qint64> keep(k.keepInPlace.cbegin(), k.keepInPlace.cend());
    QVector<int> rows;
    for (int r = 0; r < matrix.candidateCount(); ++r) {
        const int e = matrix.employeeIndex(r);
        if (!lockedEmployees.contains(e) && !keep.contains(data.employees()[e].id))
            rows.append(r);
    }
    QSet<quint64> excluded;
    for (const PlacementPair& x : k.exclusions)
        excluded.insert((quint64(x.employeeId) << 32) ^ quint64(x.positionId));
    // A limited unit covers its sub-units: an employee leaves it when moving from inside its subtree to
    // a position outside it.
    QHash<qint64, QSet<qint64>> limitScope; // limited unit id -> unit ids of its subtree
    for (auto it = k.unitMoveLimits.cbegin(); it != k.unitMoveLimits.cend(); ++it) {
        QSet<qint64>& scope = limitScope[it.key()];
        scope.insert(it.key());
        if (const int u = data.unitIndex(it.key()); u >= 0)
            for (int sub : data.unitSubtree(u))
                scope.insert(data.units()[sub].id);
    }
    const auto leaves = [&limitScope](qint64 limited, qint64 fromUnit, qint64 toUnit) {
        const QSet<qint64>& scope = limitScope[limited];
        return scope.contains(fromUnit) && !scope.contains(toUnit);
    };
    const auto unitOfPosition = [&data](int p) { return p >= 0 ? data.positions()[p].unitId : 0; };
    // Movers barred, by the move-limit repair, from leaving a limited unit: row -> limited units.
    QHash<int, QVector<qint64>> barred;
    // Locked movers count against the unit limits first.
    QHash<qint64, int> lockedMoves;
    for (int v = 0; v < nv; ++v)
        for (int e : seatEmployee[v])
            if (e >= 0) {
                const PlacementSeat s = makeSeat(data, scenario.vacancies[v].positionId, 0, e, nullptr);
                for (auto it = limitScope.cbegin(); it != limitScope.cend(); ++it)
                    if (leaves(it.key(), s.fromUnitId, s.toUnitId))
                        ++lockedMoves[it.key()];
            }

    const int nr = int(rows.size()), ns = int(seats.size());
    // Objective, in this order of priority (each bonus outweighs everything below it): filled seats
    // (when fillFirst), then seats filled by a candidate assessed on every competency of the standard
    // (as the ranking engine puts complete before incomplete: a competency nobody assessed is not a
    // match), then the total score.
    const double completeBonus = 100.0 * (ns + 1) + 1.0;
    const double bonus = k.fillFirst ? completeBonus * (ns + 1) + 1.0 : 0.0;
    QVector<int> chosen(ns, -1); // per open seat: matrix row or -1
    for (int round = 0; ns > 0; ++round) {
        AssignmentMatrix lap(nr + ns, ns, AssignmentMatrix::forbiddenValue());
        for (int i = 0; i < nr; ++i) {
            const int r = rows[i];
            const AnalyticsEmployee& e = data.employees()[matrix.employeeIndex(r)];
            for (int c = 0; c < ns; ++c) {
                const int v = seats[c].vacancy;
                const ScoredCandidate& cell = matrix.cell(r, v);
                if (cell.reasons != 0 && !matrix.isAdded(r, v))
                    continue;
                if (cell.score < k.minScore)
                    continue;
                const qint64 positionId = scenario.vacancies[v].positionId;
                if (excluded.contains((quint64(e.id) << 32) ^ quint64(positionId)))
                    continue;
                if (const auto b = barred.constFind(r); b != barred.cend()) {
                    const qint64 to = unitOfPosition(data.positionIndex(positionId));
                    if (std::any_of(b->cbegin(), b->cend(), [&](qint64 l) { return leaves(l, e.unitId, to); }))
                        continue;
                }
                lap.set(i, c, cell.score + bonus + (cell.complete ? completeBonus : 0.0));
            }
        }
        for (int c = 0; c < ns; ++c)
            lap.set(nr + c, c, 0.0); // the seat stays empty
        const AssignmentSolution solution = solveAssignment(lap, true);
        for (int c = 0; c < ns; ++c) {
            const int i = solution.colToRow[c];
            chosen[c] = (i >= 0 && i < nr) ? rows[i] : -1;
        }
        // Unit move limits: find a unit over its limit and bar its weakest movers beyond the limit.
        QHash<qint64, QVector<QPair<double, int>>> movers; // unit -> (score, row)
        for (int c = 0; c < ns; ++c) {
            if (chosen[c] < 0)
                continue;
            const AnalyticsEmployee& e = data.employees()[matrix.employeeIndex(chosen[c])];
            const qint64 to = unitOfPosition(matrix.positionIndex(seats[c].vacancy));
            for (auto it = limitScope.cbegin(); it != limitScope.cend(); ++it)
                if (leaves(it.key(), e.unitId, to))
                    movers[it.key()].append({matrix.cell(chosen[c], seats[c].vacancy).score, chosen[c]});
        }
        bool repaired = false;
        for (auto it = movers.begin(); it != movers.end(); ++it) {
            const int allowed = std::max(0, k.unitMoveLimits.value(it.key()) - lockedMoves.value(it.key()));
            if (it.value().size() <= allowed)
                continue;
            std::sort(it.value().begin(), it.value().end(), [](const auto& a, const auto& b) {
                return a.first != b.first ? a.first > b.first : a.second < b.second;
            });
            for (int m = allowed; m < it.value().size(); ++m)
                barred[it.value()[m].second].append(it.key());
            const int u = data.unitIndex(it.key());
            scenario.notes << QCoreApplication::translate("PlacementSolver",
                                                          "Unit %1 may lose at most %2 employees; %3 were moved, so "
                                                          "the weakest movers beyond the limit stay in the unit.")
                                  .arg(u >= 0 ? data.units()[u].name : QString::number(it.key()))
                                  .arg(k.unitMoveLimits.value(it.key()))
                                  .arg(it.value().size() + lockedMoves.value(it.key()));
            repaired = true;
        }
        if (!repaired)
            break;
    }
    for (int c = 0; c < ns; ++c)
        seatEmployee[seats[c].vacancy][seats[c].slot] = chosen[c] >= 0 ? matrix.employeeIndex(chosen[c]) : -1;

    for (int v = 0; v < nv; ++v) {
        for (int s = 0; s < seatEmployee[v].size(); ++s) {
            const int e = seatEmployee[v][s];
            const int r = e >= 0 ? matrix.rowOf(e) : -1;
            PlacementSeat seat =
                makeSeat(data, scenario.vacancies[v].positionId, s, e, r >= 0 ? &matrix.cell(r, v) : nullptr);
            seat.locked = lockedSeats.contains((quint64(v) << 32) | quint32(s));
            seat.added = r >= 0 && matrix.isAdded(r, v);
            scenario.seats.append(seat);
        }
    }
    scenario.solved = true;
    scenario.solveMs = timer.nsecsElapsed() / 1e6;
}

} // namespace karsa
