#include "AssessmentLabels.h"

#include <QCoreApplication>

namespace karsa::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("AssessmentLabels", text);
}
} // namespace

QStringList AssessmentLabels::methodCodes()
{
    return {QStringLiteral("assessment_center"), QStringLiteral("uji_kompetensi"), QStringLiteral("360"),
            QStringLiteral("self"), QStringLiteral("training")};
}

QString AssessmentLabels::method(const QString& code)
{
    if (code == u"assessment_center")
        return tr("Assessment centre");
    if (code == u"uji_kompetensi")
        return tr("Competency test (uji kompetensi)");
    if (code == u"360")
        return tr("360° feedback");
    if (code == u"self")
        return tr("Self-assessment");
    if (code == u"training")
        return tr("Training result");
    return code;
}

QString AssessmentLabels::status(AssessmentStatus status)
{
    switch (status) {
    case AssessmentStatus::Validated:
        return tr("Validated");
    case AssessmentStatus::NeedsValidation:
        return tr("Needs validation");
    case AssessmentStatus::Rejected:
        break;
    }
    return tr("Rejected");
}

} // namespace karsa::ui
