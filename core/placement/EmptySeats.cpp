#include "EmptySeats.h"

#include "reports/IndonesianFormat.h"

#include <QCoreApplication>
#include <QSet>

namespace karsa {

QString EmptySeatExplanation::code() const
{
    switch (reason) {
    case EmptySeatReason::Filled:
        return {};
    case EmptySeatReason::NoEligibleCandidate:
        return QStringLiteral("no_eligible");
    case EmptySeatReason::AllBelowMinimumScore:
        return QStringLiteral("below_min_score");
    case EmptySeatReason::ExcludedByConstraint:
        return QStringLiteral("constraint");
    case EmptySeatReason::TakenByOtherSeats:
        return QStringLiteral("taken");
    case EmptySeatReason::UnitMoveLimit:
        return QStringLiteral("unit_limit");
    case EmptySeatReason::LowerTotal:
        return QStringLiteral("lower_total");
    }
    return {};
}

QString EmptySeatExplanation::text() const
{
    switch (reason) {
    case EmptySeatReason::Filled:
        return {};
    case EmptySeatReason::NoEligibleCandidate:
        return QCoreApplication::translate("EmptySeats",
                                           "no candidate meets the position's requirements (golongan, education, "
                                           "jenjang, retirement, sanctions, assessment)");
    case EmptySeatReason::AllBelowMinimumScore:
        return QCoreApplication::translate("EmptySeats", "every eligible candidate (%n) scores below the minimum score %1",
                                           nullptr, candidates)
            .arg(IndonesianFormat::number(minScore, 2));
    case EmptySeatReason::ExcludedByConstraint:
        return QCoreApplication::translate("EmptySeats",
                                           "the candidates above the minimum score (%n) are excluded from this "
                                           "position or kept in place by a constraint",
                                           nullptr, candidates);
    case EmptySeatReason::TakenByOtherSeats:
        return poolFull ? QCoreApplication::translate("EmptySeats",
                                                      "the candidates above the minimum score (%n) are all placed on "
                                                      "other seats; more candidates per vacancy would bring others in",
                                                      nullptr, candidates)
                        : QCoreApplication::translate("EmptySeats",
                                                      "the candidates above the minimum score (%n) are all placed on "
                                                      "other seats",
                                                      nullptr, candidates);
    case EmptySeatReason::UnitMoveLimit:
        return QCoreApplication::translate("EmptySeats",
                                           "the remaining candidates (%n) would leave a unit that has a move limit",
                                           nullptr, candidates);
    case EmptySeatReason::LowerTotal:
        return QCoreApplication::translate("EmptySeats",
                                           "leaving it empty keeps a higher total score (\"fill as many vacancies as "
                                           "possible first\" is off)");
    }
    return {};
}

QVector<EmptySeatExplanation> explainEmptySeats(const AnalyticsData& data, const PlacementMatrix& matrix,
                                                const PlacementScenario& scenario)
{
    const PlacementConstraints& k = scenario.constraints;
    QVector<EmptySeatExplanation> out(scenario.seats.size());
    QSet<qint64> seated; // employees holding a seat of the scenario
    for (const PlacementSeat& s : scenario.seats)
        if (s.filled())
            seated.insert(s.employeeId);
    const QSet<qint64> kept(k.keepInPlace.cbegin(), k.keepInPlace.cend());
    QSet<quint64> excluded;
    for (const PlacementPair& x : k.exclusions)
        excluded.insert((quint64(x.employeeId) << 32) ^ quint64(x.positionId));
    // The limited units with their sub-units.
    QHash<qint64, QSet<qint64>> scope;
    for (auto it = k.unitMoveLimits.cbegin(); it != k.unitMoveLimits.cend(); ++it) {
        QSet<qint64>& units = scope[it.key()];
        units.insert(it.key());
        if (const int u = data.unitIndex(it.key()); u >= 0)
            for (int sub : data.unitSubtree(u))
                units.insert(data.units()[sub].id);
    }
    QHash<qint64, int> vacancyOf;
    for (int v = 0; v < scenario.vacancies.size(); ++v)
        vacancyOf.insert(scenario.vacancies[v].positionId, v);

    for (int i = 0; i < scenario.seats.size(); ++i) {
        const PlacementSeat& seat = scenario.seats[i];
        EmptySeatExplanation& x = out[i];
        x.minScore = k.minScore;
        if (seat.filled())
            continue;
        const int v = vacancyOf.value(seat.positionId, -1);
        QVector<int> eligible;
        if (v >= 0 && v < matrix.vacancyCount())
            for (int r : matrix.pool(v))
                if (matrix.cell(r, v).reasons == 0 || matrix.isAdded(r, v))
                    eligible.append(r);
        if (eligible.isEmpty()) {
            x.reason = EmptySeatReason::NoEligibleCandidate;
            continue;
        }
        QVector<int> above;
        for (int r : eligible)
            if (matrix.cell(r, v).score >= k.minScore)
                above.append(r);
        if (above.isEmpty()) {
            x.reason = EmptySeatReason::AllBelowMinimumScore;
            x.candidates = int(eligible.size());
            continue;
        }
        QVector<int> allowed;
        for (int r : above) {
            const qint64 id = data.employees()[matrix.employeeIndex(r)].id;
            if (!kept.contains(id) && !excluded.contains((quint64(id) << 32) ^ quint64(seat.positionId)))
                allowed.append(r);
        }
        if (allowed.isEmpty()) {
            x.reason = EmptySeatReason::ExcludedByConstraint;
            x.candidates = int(above.size());
            continue;
        }
        QVector<int> free;
        for (int r : allowed)
            if (!seated.contains(data.employees()[matrix.employeeIndex(r)].id))
                free.append(r);
        if (free.isEmpty()) {
            x.reason = EmptySeatReason::TakenByOtherSeats;
            x.poolFull = matrix.pool(v).size() >= scenario.poolSize;
            x.candidates = int(allowed.size());
            continue;
        }
        int blocked = 0;
        for (int r : free) {
            const qint64 from = data.employees()[matrix.employeeIndex(r)].unitId;
            for (auto it = scope.cbegin(); it != scope.cend(); ++it)
                if (it->contains(from) && !it->contains(seat.toUnitId)) {
                    ++blocked;
                    break;
                }
        }
        if (blocked == free.size()) {
            x.reason = EmptySeatReason::UnitMoveLimit;
            x.candidates = blocked;
            continue;
        }
        x.reason = EmptySeatReason::LowerTotal;
        x.candidates = int(free.size() - blocked);
    }
    return out;
}

} // namespace karsa
