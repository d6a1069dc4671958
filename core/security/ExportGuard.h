#pragma once

#include "UserSession.h"
#include "reports/ReportDocument.h"

#include <QSqlDatabase>

namespace karsa {

// Every export and print of report data passes here: personal fields are masked when the setting
// and the user's role ask for it, and the export is written to the audit trail.
class ExportGuard
{
public:
    struct Prepared
    {
        ReportDocument document; // masked when `masked`
        QStringList personalFields;
        bool masked = false;
        qint64 rows = 0;
    };
    // Refuses (Error) when the role may not export or print.
    static Result<Prepared> prepare(QSqlDatabase db, const UserSession& session, const ReportDocument& document);
    // action is "export" or "print"; target the file written (or the printer name).
    static Status record(QSqlDatabase db, const Prepared& prepared, const QString& action, const QString& target);
};

} // namespace karsa
