#pragma once

#include "domain/Competency.h"

#include <QVector>

namespace karsa {

// The technical (teknis) competencies of the demo city: codes T.01.., each with 5 levels and
// 3 indicators per level, written from the generic teknis level meaning (domain.md 1.3).
class DemoTechnicalCompetencies
{
public:
    static QVector<Competency> build();
};

} // namespace karsa
