#include "Competency.h"

#include <QCoreApplication>

namespace karsa {

QString competencyTypeCode(CompetencyType type)
{
    switch (type) {
    case CompetencyType::Manajerial:
        return QStringLiteral("manajerial");
    case CompetencyType::SosialKultural:
        return QStringLiteral("sosial_kultural");
    case CompetencyType::Teknis:
        break;
    }
    return QStringLiteral("teknis");
}

bool competencyTypeFromCode(const QString& code, CompetencyType* out)
{
    const QString c = code.trimmed().toLower().replace(u' ', u'_');
    if (c == u"manajerial")
        *out = CompetencyType::Manajerial;
    else if (c == u"sosial_kultural" || c == u"sosiokultural" || c == u"sosial")
        *out = CompetencyType::SosialKultural;
    else if (c == u"teknis")
        *out = CompetencyType::Teknis;
    else
        return false;
    return true;
}

QString competencyTypeLabel(CompetencyType type)
{
    switch (type) {
    case CompetencyType::Manajerial:
        return QCoreApplication::translate("Competency", "Managerial");
    case CompetencyType::SosialKultural:
        return QCoreApplication::translate("Competency", "Socio-cultural");
    case CompetencyType::Teknis:
        break;
    }
    return QCoreApplication::translate("Competency", "Technical");
}

} // namespace karsa
