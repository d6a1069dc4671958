#include "AssessmentLabels.h"

#include <QCoreApplication>

namespace karsa::ui {

QStringList AssessmentLabels::methodCodes()
{
    return {QStringLiteral("assessment_center"), QStringLiteral("uji_kompetensi"), QStringLiteral("360"),
            QStringLiteral("self"), QStringLiteral("training")};
}

QString AssessmentLabels::method(const QString& code)
{
    if (code == u"assessment_center")
        return QCoreApplication::translate("AssessmentLabels", "Assessment centre");
    if (code == u"uji_kompetensi")
        return QCoreApplication::translate("AssessmentLabels", "Competency test (uji kompetensi)");
    if (code == u"360")
        return QCoreApplication::translate("AssessmentLabels", "360° feedback");
    if (code == u"self")
        return QCoreApplication::translate("AssessmentLabels", "Self-assessment");
    if (code == u"training")
        return QCoreApplication::translate("AssessmentLabels", "Training result");
    return code;
}

QString AssessmentLabels::status(AssessmentStatus status)
{
    switch (status) {
    case AssessmentStatus::Validated:
        return QCoreApplication::translate("AssessmentLabels", "Validated");
    case AssessmentStatus::NeedsValidation:
        return QCoreApplication::translate("AssessmentLabels", "Needs validation");
    case AssessmentStatus::Rejected:
        break;
    }
    return QCoreApplication::translate("AssessmentLabels", "Rejected");
}

} // namespace karsa::ui
