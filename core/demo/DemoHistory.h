#pragma once

#include "common/Result.h"
#include "domain/Assessment.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace karsa {

class BulkInserter;
class DemoRandom;
struct DemoPerson;

struct DemoStandardItem
{
    qint64 competencyId = 0;
    int required = 1;
    bool teknis = false;
};

// The track record of the demo employees: assessment history around the SKJ levels, annual SKP
// ratings and disciplinary records, written through BulkInserters.
class DemoHistory
{
public:
    DemoHistory(const QDate& today, QString now, QStringList assessors);

    // 1-3 assessment events over the last 6 years; the latest level sits around the required
    // level (55 % meet, 30 % one below, 10 % above, 5 % two below), older ones lower or equal.
    // About 3 % of people miss one competency, about 1 % have a recent one awaiting validation.
    // Validated rows go to `out` (columns validatedColumns()), the ones awaiting validation to
    // `pending` (AssessmentRepository::columns()).
    Status assessments(BulkInserter& out, BulkInserter& pending, DemoRandom& random, qint64 employeeId, const DemoPerson& person,
                       const QVector<DemoStandardItem>& standard, const QString& team360, int* written) const;

    // Hukuman disiplin for about 1.5 % of people within the last 4 years; returns the year of the
    // sanction (0 when none) so the ratings can reflect it.
    Status sanction(BulkInserter& out, DemoRandom& random, qint64 employeeId, const DemoPerson& person, int* year,
                    int* written) const;

    // SKP ratings for today.year()-3 .. today.year()-1, only for years after the appointment.
    Status ratings(BulkInserter& out, DemoRandom& random, qint64 employeeId, const DemoPerson& person, int sanctionYear,
                   int* written) const;

    static const QStringList& validatedColumns();
    static const QStringList& ratingColumns();
    static const QStringList& sanctionColumns();

private:
    QDate m_today;
    QString m_now;
    QStringList m_assessors;
};

} // namespace karsa
