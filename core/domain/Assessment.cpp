#include "Assessment.h"

namespace karsa {

QString assessmentStatusCode(AssessmentStatus status)
{
    switch (status) {
    case AssessmentStatus::Validated:
        return QStringLiteral("validated");
    case AssessmentStatus::NeedsValidation:
        return QStringLiteral("needs_validation");
    case AssessmentStatus::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

bool assessmentStatusFromCode(const QString& code, AssessmentStatus* out)
{
    if (code == u"validated")
        *out = AssessmentStatus::Validated;
    else if (code == u"needs_validation")
        *out = AssessmentStatus::NeedsValidation;
    else if (code == u"rejected")
        *out = AssessmentStatus::Rejected;
    else
        return false;
    return true;
}

} // namespace karsa
