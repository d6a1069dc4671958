#include "EmployeeProfile.h"

#include "refdata/ReferenceCatalog.h"
#include "storage/AssessmentRepository.h"
#include "storage/EmployeeRepository.h"

#include <QCoreApplication>

namespace karsa::ui {

EmployeeProfile EmployeeProfile::build(AnalyticsSnapshotPtr snapshot, QSqlDatabase db, qint64 employeeId)
{
    EmployeeProfile p;
    p.snapshot = snapshot;
    if (!snapshot) {
        p.error = QCoreApplication::translate("karsa::ui::EmployeeProfile", "The analytics are not ready.");
        return p;
    }
    const AnalyticsData& data = snapshot->data;
    p.employeeIndex = data.employeeIndex(employeeId);
    auto employee = EmployeeRepository(db).byId(employeeId);
    if (!employee || p.employeeIndex < 0) {
        p.error = employee ? QCoreApplication::translate("karsa::ui::EmployeeProfile",
                                                         "The employee is not in the analytics yet.")
                           : employee.error().describe();
        return p;
    }
    p.employee = std::move(employee).value();
    if (auto nip = Nip::parse(p.employee.nip)) {
        p.nipValid = true;
        p.nip = nip.value();
    }
    const ReferenceCatalog& ref = ReferenceCatalog::instance();
    if (const GolonganInfo* g = ref.golongan(p.employee.golongan))
        p.pangkat = g->pangkat;
    if (const EducationInfo* e = ref.education(p.employee.education))
        p.educationName = e->name;
    const QDate today = snapshot->today;
    p.age = ageOn(p.employee.birthDate, today);
    p.masaKerja = karsa::masaKerja(p.employee.tmtCpns, today);
    p.retirementAge = retirementAgeOf(data, snapshot->settings, p.employeeIndex);
    p.retirementDate = retirementDateOf(data, snapshot->settings, p.employeeIndex);
    const AnalyticsEmployee& a = data.employees()[p.employeeIndex];
    if (a.unitIndex >= 0)
        p.unitName = data.units()[a.unitIndex].name;
    p.currentPositionIndex = a.positionIndex;
    p.talent = snapshot->talent.value(p.employeeIndex);
    if (auto history = AssessmentRepository(db).history(employeeId))
        p.history = std::move(history).value();
    p.setTarget(p.currentPositionIndex);
    return p;
}

void EmployeeProfile::setTarget(int positionIndex)
{
    if (!snapshot || employeeIndex < 0)
        return;
    targetPositionIndex = positionIndex >= 0 ? positionIndex : currentPositionIndex;
    jpm = jpmAgainst(snapshot->data, snapshot->settings, employeeIndex, targetPositionIndex, snapshot->scale());
    gaps = gapAgainst(snapshot->data, snapshot->settings, employeeIndex, targetPositionIndex);
}

QString EmployeeProfile::positionName(int positionIndex) const
{
    return snapshot && positionIndex >= 0 ? snapshot->data.positions()[positionIndex].name : QString();
}

QString EmployeeProfile::jenjangName(int positionIndex) const
{
    if (!snapshot || positionIndex < 0)
        return {};
    const QString code = snapshot->data.positions()[positionIndex].jenjang;
    const JenjangInfo* j = ReferenceCatalog::instance().jenjang(code);
    return j ? j->name : code;
}

QString EmployeeProfile::competencyCode(qint64 competencyId) const
{
    const int c = snapshot ? snapshot->data.competencyIndex(competencyId) : -1;
    return c >= 0 ? snapshot->data.competencies()[c].code : QString::number(competencyId);
}

QString EmployeeProfile::competencyName(qint64 competencyId) const
{
    const int c = snapshot ? snapshot->data.competencyIndex(competencyId) : -1;
    return c >= 0 ? snapshot->data.competencies()[c].name : QString();
}

CompetencyType EmployeeProfile::competencyType(qint64 competencyId) const
{
    const int c = snapshot ? snapshot->data.competencyIndex(competencyId) : -1;
    return c >= 0 ? snapshot->data.competencies()[c].type : CompetencyType::Teknis;
}

QString EmployeeProfile::categoryCode() const
{
    const CategoryScale* scale = snapshot ? snapshot->scale() : nullptr;
    return scale && jpm.category >= 0 && jpm.category < scale->bands().size() ? scale->bands()[jpm.category].code
                                                                               : QString();
}

QString EmployeeProfile::categoryLabel() const
{
    const CategoryScale* scale = snapshot ? snapshot->scale() : nullptr;
    return scale && jpm.category >= 0 && jpm.category < scale->bands().size() ? scale->bands()[jpm.category].label
                                                                               : QString();
}

} // namespace karsa::ui
