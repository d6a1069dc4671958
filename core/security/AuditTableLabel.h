#pragma once

#include <QString>

namespace karsa {

// What a table of the audit trail holds, in words ("employees" -> "Pegawai" in Indonesian); the
// audit log stores the SQL table name. A table this function does not know is shown as stored.
QString auditTableLabel(const QString& table);

} // namespace karsa
