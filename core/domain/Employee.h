#pragma once

#include "Nip.h"

#include <QDate>
#include <QString>

namespace karsa {

enum class EmployeeStatus { Pns, Cpns, Pppk };

QString employeeStatusCode(EmployeeStatus status); // "PNS", "CPNS", "PPPK"
bool employeeStatusFromCode(const QString& code, EmployeeStatus* out);

struct Employee
{
    qint64 id = 0;
    QString nip; // 18 digits, no spaces
    EmployeeStatus status = EmployeeStatus::Pns;
    QString frontTitle; // gelar depan, e.g. "dr.", "Ir."
    QString name;
    QString backTitle;  // gelar belakang, e.g. "S.Kom., M.Si."
    QString birthPlace;
    QDate birthDate;
    Sex sex = Sex::Male;
    QString golongan; // "III/a" or PPPK "IX"
    QDate tmtGolongan;
    QString education; // education code, e.g. "S1"
    QString major;     // jurusan
    qint64 positionId = 0;
    qint64 unitId = 0;
    QDate tmtJabatan;
    QDate tmtCpns;
    QString nik;
    QString phone;
    QString email;
    QString address;
    int rowVersion = 0;

    QString fullName() const; // name with gelar: "dr. Siti Aminah, M.Kes."
};

} // namespace karsa
