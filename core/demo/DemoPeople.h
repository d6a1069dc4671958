#pragma once

#include "DemoTypes.h"
#include "domain/Employee.h"

#include <QDate>
#include <QHash>
#include <QVector>

#include <unordered_map>

namespace karsa {

class DemoRandom;

// One generated employee with the hidden traits the later phases use.
struct DemoPerson
{
    Employee employee;
    int position = -1;    // index in the position plan
    double ability = 0;   // latent competency/performance trait, ~N(0,1)
    QDate appointed;      // TMT CPNS or TMT PPPK
};

// Makes believable civil servants for positions: status, sex, birth date and age within the
// jenjang's retirement age, education and gelar, golongan plausible for service and education
// and inside the jenjang's range, TMT dates, and a valid NIP / NI PPPK unique within the run.
class DemoPeople
{
public:
    // retirementAges: jenjang code -> age (the stored settings).
    DemoPeople(const QDate& today, QHash<QString, int> retirementAges);

    // status is a request: CPNS falls back to PNS where the seat cannot hold a new appointee.
    DemoPerson make(DemoRandom& random, const DemoPositionPlan& plan, int positionIndex, qint64 unitId, int district,
                    EmployeeStatus status);

    static int startRank(const QString& education); // golongan rank at appointment by education
    // Whether a new appointee (CPNS) with this education fits the jenjang's golongan range.
    static bool entryFits(const QString& jenjang, const QString& education);

private:
    struct Range
    {
        int lo = 5, hi = 12;
    };
    static Range rankRange(const QString& jenjang, const QString& education);
    Sex pickSex(DemoRandom& random, const DemoPositionPlan& plan) const;
    int nextSequence(quint64 key);
    QString nik(DemoRandom& random, const QDate& birth, Sex sex, int district);
    static QString phone(DemoRandom& random);
    static QString email(DemoRandom& random, const QString& name);

    QDate m_today;
    QHash<QString, int> m_retirement;
    QVector<QString> m_pnsByRank, m_pppkByRank; // index = rank 1..17
    std::unordered_map<quint64, int> m_sequences; // lookup only, never iterated
};

} // namespace karsa
