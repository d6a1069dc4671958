#pragma once

#include <QDate>
#include <QString>

namespace karsa {

enum class AssessmentStatus { Validated, NeedsValidation, Rejected };

QString assessmentStatusCode(AssessmentStatus status); // "validated", "needs_validation", "rejected"
bool assessmentStatusFromCode(const QString& code, AssessmentStatus* out);

// One assessed level of one competency. History is kept; the latest validated one is current.
struct Assessment
{
    qint64 id = 0;
    qint64 employeeId = 0;
    qint64 competencyId = 0;
    int level = 0; // 1..5
    QDate assessedOn;
    QString method;   // "assessment_center", "uji_kompetensi", "360", "self", "training"
    QString assessor;
    QString evidence;
    AssessmentStatus status = AssessmentStatus::Validated;
    int rowVersion = 0;
};

// Annual (or periodic) performance result: SKP ratings and predikat (domain.md 4.2).
struct PerformanceRating
{
    qint64 id = 0;
    qint64 employeeId = 0;
    int year = 0;
    int hasilKerja = 0; // -1 di bawah, 0 sesuai, +1 di atas ekspektasi
    int perilaku = 0;   // idem
    QString predikat;   // "sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"
    QString source;     // "skp", "evaluation", "import", "demo"
};

// Hukuman disiplin (PP 94/2021): ringan, sedang, berat.
struct DisciplinaryRecord
{
    qint64 id = 0;
    qint64 employeeId = 0;
    QString level; // "ringan", "sedang", "berat"
    QDate decidedOn;
    QDate endsOn;
    QString description;
};

} // namespace karsa
