#pragma once

#include "common/Result.h"

#include <QMap>
#include <QString>

namespace karsa {

// Checks settings values before they are stored: numbers in range, thresholds in the right order,
// category scales that parse, a signer NIP that is valid. The Error's field is the settings key.
class SettingsValidator
{
public:
    // values: the full set of settings as they would be after saving (defaults + stored + edits).
    static Status validate(const QMap<QString, QString>& values);
};

} // namespace karsa
