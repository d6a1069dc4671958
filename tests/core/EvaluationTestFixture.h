#pragma once

// A small office for the evaluation tests: a head, five analysts under the head, two staff under
// the analysts, in one unit; every employee with SKJ assessments at the required level.
#include "TestSupport.h"
#include "domain/Employee.h"
#include "domain/Nip.h"
#include "domain/Position.h"
#include "evaluation/CycleEvaluation.h"
#include "storage/AssessmentRepository.h"
#include "storage/CompetencyRepository.h"
#include "storage/EmployeeRepository.h"
#include "storage/PositionRepository.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

namespace karsa::test {

struct EvaluationOffice
{
    MiniOrg org;
    qint64 head = 0;
    QVector<qint64> analysts;
    QVector<qint64> staff;
    QStringList names; // every employee's name, for the anonymity checks
    QStringList nips;

    qint64 addPosition(QSqlDatabase db, const QString& code, const QString& name, qint64 superior, int formation)
    {
        Position p;
        p.code = code;
        p.name = name;
        p.jenjang = QStringLiteral("ahli_pertama");
        p.unitId = org.unitId;
        p.superiorId = superior;
        p.formation = formation;
        for (const Competency& c : CompetencyRepository(db).all(false).value())
            if (c.type != CompetencyType::Teknis)
                p.standard.append({c.id, 2, 1.0});
        auto id = PositionRepository(db).insert(p);
        REQUIRE(id.ok());
        return id.value();
    }

    qint64 addEmployee(QSqlDatabase db, qint64 position, const QString& name, int seq)
    {
        Employee e;
        e.nip = Nip::compose(QDate(1980 + seq, 1 + seq % 12, 3 + seq), 2008, 3, seq % 2 ? Sex::Male : Sex::Female, seq);
        e.name = name;
        e.birthDate = Nip::parse(e.nip)->birthDate;
        e.sex = Nip::parse(e.nip)->sex;
        e.golongan = QStringLiteral("III/b");
        e.positionId = position;
        e.unitId = org.unitId;
        auto id = EmployeeRepository(db).insert(e);
        INFO((id.ok() ? QString() : id.error().describe()).toStdString());
        REQUIRE(id.ok());
        names << name;
        nips << e.nip;
        for (const Competency& c : CompetencyRepository(db).all(false).value()) {
            if (c.type == CompetencyType::Teknis)
                continue;
            Assessment a;
            a.employeeId = id.value();
            a.competencyId = c.id;
            a.level = 2;
            a.assessedOn = QDate(2025, 6, 1);
            a.method = QStringLiteral("assessment_center");
            REQUIRE(AssessmentRepository(db).insert(a).ok());
        }
        return id.value();
    }

    explicit EvaluationOffice(QSqlDatabase db)
    {
        org = makeMiniOrg(db, QStringLiteral("EV"));
        const qint64 headPos = addPosition(db, QStringLiteral("EV-HEAD"), QStringLiteral("Kepala Bidang"), 0, 1);
        const qint64 analystPos =
            addPosition(db, QStringLiteral("EV-AN"), QStringLiteral("Analis Kinerja"), headPos, 5);
        const qint64 staffPos =
            addPosition(db, QStringLiteral("EV-ST"), QStringLiteral("Pengadministrasi"), analystPos, 2);
        head = addEmployee(db, headPos, QStringLiteral("Hendra Kepalabidang"), 1);
        const char* analystNames[] = {"Anisa Pertamasari", "Bagus Keduawan", "Citra Ketigasari", "Dimas Keempatono",
                                      "Erna Kelimasari"};
        for (int i = 0; i < 5; ++i)
            analysts << addEmployee(db, analystPos, QString::fromLatin1(analystNames[i]), 2 + i);
        staff << addEmployee(db, staffPos, QStringLiteral("Fajar Stafsatu"), 8)
              << addEmployee(db, staffPos, QStringLiteral("Gita Stafdua"), 9);
    }
};

// Every behaviour answered with the same score, or with the scores given (cycled).
inline RaterForm answers(const Instrument& instrument, QVector<int> scores, const QString& strengths = {})
{
    RaterForm f;
    f.submitted = true;
    f.strengths = strengths;
    int k = 0;
    for (const Behaviour* b : instrument.behaviours())
        f.scores.insert(b->id, scores.at(k++ % scores.size()));
    return f;
}

} // namespace karsa::test
