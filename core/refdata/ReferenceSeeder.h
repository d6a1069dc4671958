#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace karsa {

// Loads the shipped reference data into a new database: golongan, jenjang, education levels, the
// PermenPANRB 38/2017 competency dictionary (9 competencies x 5 levels with indicators) and the
// default settings. Runs inside the caller's transaction.
class ReferenceSeeder
{
public:
    static Status seed(QSqlDatabase db);
};

} // namespace karsa
