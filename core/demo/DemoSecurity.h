#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace karsa {

// The demo city is for trying Karsa out alone: login is switched off (Settings can switch it on).
namespace DemoSecurity {
Status configure(QSqlDatabase db);
}

} // namespace karsa
