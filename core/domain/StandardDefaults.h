#pragma once

#include "domain/Competency.h"
#include "domain/Position.h"

namespace karsa {

// The standard with every manajerial and sosial kultural competency of the dictionary that it
// lacks added at the jenjang's default level (ReferenceCatalog::jenjang(code)->defaultLevel).
// Lines already present keep their level and weight. An unknown jenjang leaves it unchanged.
QVector<StandardItem> withJenjangDefaults(const QVector<StandardItem>& standard, const QVector<Competency>& dictionary,
                                          const QString& jenjang);

// How many of a competency's levels have a description (0..5).
int describedLevelCount(const Competency& competency);

} // namespace karsa
