#include "ExportGuard.h"

#include "PersonalDataMask.h"
#include "storage/AuditLog.h"

namespace karsa {

Result<ExportGuard::Prepared> ExportGuard::prepare(QSqlDatabase db, const UserSession& session, const ReportDocument& document)
{
    if (Status s = session.require(Permission::PrintExport); !s)
        return s.error();
    Prepared p;
    p.document = document;
    p.personalFields = PersonalDataMask::personalFields(document);
    if (!p.personalFields.isEmpty() && PersonalDataMask::appliesTo(db, session)) {
        PersonalDataMask::apply(p.document);
        p.masked = true;
    }
    for (const ReportTable* t : document.tables())
        p.rows += t->rowCount();
    return p;
}

Status ExportGuard::record(QSqlDatabase db, const Prepared& prepared, const QString& action, const QString& target)
{
    const QString title = prepared.document.title.isEmpty() && !prepared.document.tables().isEmpty()
                              ? prepared.document.tables().constFirst()->title
                              : prepared.document.title;
    return AuditLog::recordExport(db, action, title, target, prepared.rows, prepared.personalFields, prepared.masked);
}

} // namespace karsa
