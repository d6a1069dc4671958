#pragma once

#include "EvaluationRepository.h"
#include "common/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace karsa {

// Public (masyarakat) feedback from a CSV survey export (kiosk or scanned paper forms). Columns,
// by header, in any order (case-insensitive):
//   nip | kode_unit   who is rated: an employee, or the service unit (then it counts for each
//                     employee of the unit); exactly one per row
//   PEL1 .. KOL3      behaviour codes of the instrument: scores 1..scale, empty = not asked
//   formulir          optional form number/label; kekuatan, saran: optional comments
// All-or-nothing: the first bad row, column or value is reported with its place and nothing is
// stored. Rows are attributed to a cycle, whose scope the employee or unit must be in.
class PublicFeedbackImport
{
public:
    struct Summary
    {
        int rows = 0;
        int employees = 0; // rows attributed to an employee
        int units = 0;     // rows attributed to a unit
    };
    static Result<Summary> importFile(QSqlDatabase db, qint64 cycleId, const QString& path);
    static Result<Summary> importData(QSqlDatabase db, qint64 cycleId, const QByteArray& csv, const QString& fileName);

    // The two halves, for callers that own the transaction (the GUI's undoable command): read and
    // check everything, then store the checked forms (returns the new rater ids).
    struct Parsed
    {
        Summary summary;
        int scaleMax = 5;
        QVector<RaterForm> forms;
        QVector<int> lines; // file line of each form
        QString file;
    };
    static Result<Parsed> parse(QSqlDatabase db, qint64 cycleId, const QByteArray& csv, const QString& fileName);
    static Result<QVector<qint64>> store(QSqlDatabase db, const Parsed& parsed);
};

} // namespace karsa
