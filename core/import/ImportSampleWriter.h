#pragma once

#include "common/Result.h"

namespace karsa {

// Writes synthetic import files for benchmarks and the crash test: a SIASN "data utama" CSV of
// `employees` rows (valid NIPs, 40 units, 20 positions each, dd-MM-yyyy dates) and an assessment
// results CSV with `perEmployee` rows for each of those employees over the 9 default competencies.
// Deterministic for a given seed.
class ImportSampleWriter
{
public:
    static Status writeEmployees(const QString& path, int employees, quint64 seed = 8);
    static Status writeAssessments(const QString& path, int employees, int perEmployee, quint64 seed = 8);
    static QString nipOf(int index); // the NIP of sample employee index (0-based)
};

} // namespace karsa
