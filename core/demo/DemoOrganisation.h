#pragma once

#include "DemoTypes.h"

namespace karsa {

class DemoRandom;

// The planned organisation of the demo city: the Surabaya unit tree (surabaya_units.json) and,
// per unit, its structural posts and pelaksana/JF positions with formations scaled to the number
// of employees. Plans only; DemoCityGenerator writes them.
class DemoOrganisation
{
public:
    DemoOrganisation(int employees, DemoRandom& random);

    const QVector<DemoUnitPlan>& units() const { return m_units; }
    QVector<DemoUnitPlan>& units() { return m_units; }
    const QVector<DemoPositionPlan>& positions() const { return m_positions; }
    QVector<DemoPositionPlan>& positions() { return m_positions; }
    int structuralToFill() const { return m_structuralToFill; }
    int totalFormation() const;

private:
    void readUnits();
    void planPositions();
    void addHead(int unitIndex);
    void addStructural(int unitIndex, const QString& name, const QString& jenjang, int kelas, const char* technical);
    void allocateFormation(int employees, DemoRandom& random);

    QVector<DemoUnitPlan> m_units;
    QVector<DemoPositionPlan> m_positions;
    int m_structuralToFill = 0;
};

} // namespace karsa
