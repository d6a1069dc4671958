#pragma once

#include "domain/Assessment.h"

#include <QStringList>

namespace karsa::ui {

// Readable, translated labels of the stored assessment codes.
struct AssessmentLabels
{
    static QStringList methodCodes(); // "assessment_center", "uji_kompetensi", "360", "self", "training"
    static QString method(const QString& code); // unknown codes are shown as they are
    static QString status(AssessmentStatus status);
};

} // namespace karsa::ui
