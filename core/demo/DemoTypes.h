#pragma once

#include "domain/Position.h"
#include "domain/Unit.h"

#include <QString>
#include <QStringList>
#include <QVector>

// Plain data shared by the demo-city helpers (no behaviour).
namespace karsa {

struct DemoEduOption
{
    QString level; // education code
    int weight = 1;
};

// A kind of non-structural seat (pelaksana or jabatan fungsional) that a unit of a sector has.
struct DemoStaffTemplate
{
    QString name;
    QString jenjang;
    int kelas = 0;
    QString minEducation;
    QVector<DemoEduOption> education;
    QString field;         // major tag for the holders' education
    QStringList technical; // competency codes of the technical part of the SKJ
    int weight = 1;        // relative share of the unit's seats
    int pppk = 10;         // relative PPPK propensity, 0 = never
};

struct DemoUnitPlan
{
    Unit unit;          // id filled when inserted
    int parent = -1;    // index in the plan
    QString sector;     // key of DemoPositionCatalog
    QString field;      // major tag of the unit's head
    double staffWeight = 0;
    int head = -1;      // index of the head position
};

struct DemoPositionPlan
{
    Position position;  // unitId, superiorId, id filled when inserted
    int unit = -1;      // index in the unit plan
    int superior = -1;  // index in the position plan
    bool structural = false; // formation 1, held by a PNS
    bool keepVacant = false; // a structural post left empty on purpose
    QString field;
    QVector<DemoEduOption> education;
    QStringList technical;   // competency codes of the technical part of the SKJ
    int pppk = 0;
    double weight = 0;  // share of the staff seats before the formation is allocated
};

} // namespace karsa
