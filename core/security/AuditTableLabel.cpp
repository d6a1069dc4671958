#include "AuditTableLabel.h"

#include <QCoreApplication>

#include <utility>

namespace karsa {

QString auditTableLabel(const QString& table)
{
    static const std::pair<const char*, const char*> labels[] = {
        {"assessments", QT_TRANSLATE_NOOP("AuditTable", "Assessments")},
        {"audit_log", QT_TRANSLATE_NOOP("AuditTable", "Audit trail")},
        {"competencies", QT_TRANSLATE_NOOP("AuditTable", "Competencies")},
        {"competency_levels", QT_TRANSLATE_NOOP("AuditTable", "Competency levels")},
        {"development_plan_items", QT_TRANSLATE_NOOP("AuditTable", "Development plan items")},
        {"development_plans", QT_TRANSLATE_NOOP("AuditTable", "Development plans")},
        {"disciplinary_records", QT_TRANSLATE_NOOP("AuditTable", "Disciplinary records")},
        {"employees", QT_TRANSLATE_NOOP("AuditTable", "Employees")},
        {"eval_behaviours", QT_TRANSLATE_NOOP("AuditTable", "Evaluation behaviours")},
        {"eval_calibrations", QT_TRANSLATE_NOOP("AuditTable", "Evaluation calibrations")},
        {"eval_cycles", QT_TRANSLATE_NOOP("AuditTable", "Evaluation cycles")},
        {"eval_hasil_kerja", QT_TRANSLATE_NOOP("AuditTable", "Work results (hasil kerja)")},
        {"eval_predikat_matrix", QT_TRANSLATE_NOOP("AuditTable", "Predikat matrix")},
        {"eval_raters", QT_TRANSLATE_NOOP("AuditTable", "Evaluation raters")},
        {"eval_responses", QT_TRANSLATE_NOOP("AuditTable", "Evaluation responses")},
        {"eval_values", QT_TRANSLATE_NOOP("AuditTable", "Evaluation values")},
        {"import_batches", QT_TRANSLATE_NOOP("AuditTable", "Imports")},
        {"performance_ratings", QT_TRANSLATE_NOOP("AuditTable", "Performance ratings")},
        {"placement_assignments", QT_TRANSLATE_NOOP("AuditTable", "Placement assignments")},
        {"placement_constraints", QT_TRANSLATE_NOOP("AuditTable", "Placement constraints")},
        {"placement_scenarios", QT_TRANSLATE_NOOP("AuditTable", "Placement scenarios")},
        {"placement_vacancies", QT_TRANSLATE_NOOP("AuditTable", "Vacancies")},
        {"position_standards", QT_TRANSLATE_NOOP("AuditTable", "Competency standards")},
        {"positions", QT_TRANSLATE_NOOP("AuditTable", "Positions")},
        {"ref_education", QT_TRANSLATE_NOOP("AuditTable", "Education levels")},
        {"ref_golongan", QT_TRANSLATE_NOOP("AuditTable", "Golongan")},
        {"ref_jenjang", QT_TRANSLATE_NOOP("AuditTable", "Jenjang")},
        {"settings", QT_TRANSLATE_NOOP("AuditTable", "Settings")},
        {"training_program_competencies", QT_TRANSLATE_NOOP("AuditTable", "Training programme competencies")},
        {"training_programs", QT_TRANSLATE_NOOP("AuditTable", "Training programmes")},
        {"training_records", QT_TRANSLATE_NOOP("AuditTable", "Training records")},
        {"units", QT_TRANSLATE_NOOP("AuditTable", "Units")},
        {"users", QT_TRANSLATE_NOOP("AuditTable", "Users")},
    };
    for (const auto& [code, label] : labels)
        if (table == QLatin1String(code))
            return QCoreApplication::translate("AuditTable", label);
    return table;
}

} // namespace karsa
