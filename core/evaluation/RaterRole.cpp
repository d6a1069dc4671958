#include "RaterRole.h"

#include <QCoreApplication>
#include <QStringList>

namespace karsa {

QString raterRoleCode(RaterRole role)
{
    switch (role) {
    case RaterRole::Atasan:
        return QStringLiteral("atasan");
    case RaterRole::Rekan:
        return QStringLiteral("rekan");
    case RaterRole::Bawahan:
        return QStringLiteral("bawahan");
    case RaterRole::Diri:
        return QStringLiteral("diri");
    case RaterRole::Masyarakat:
        return QStringLiteral("masyarakat");
    }
    return {};
}

bool raterRoleFromCode(const QString& code, RaterRole* out)
{
    const QString c = code.trimmed().toLower();
    for (RaterRole r : kAllRaterRoles) {
        if (raterRoleCode(r) == c) {
            *out = r;
            return true;
        }
    }
    return false;
}

QString raterRoleLabel(RaterRole role)
{
    switch (role) {
    case RaterRole::Atasan:
        return QCoreApplication::translate("Evaluation", "Superior");
    case RaterRole::Rekan:
        return QCoreApplication::translate("Evaluation", "Peer");
    case RaterRole::Bawahan:
        return QCoreApplication::translate("Evaluation", "Subordinate");
    case RaterRole::Diri:
        return QCoreApplication::translate("Evaluation", "Self");
    case RaterRole::Masyarakat:
        return QCoreApplication::translate("Evaluation", "Public");
    }
    return {};
}

QString expectationLabel(int rating)
{
    if (rating > 0)
        return QCoreApplication::translate("Evaluation", "Above expectation");
    if (rating < 0)
        return QCoreApplication::translate("Evaluation", "Below expectation");
    return QCoreApplication::translate("Evaluation", "Meets expectation");
}

QString expectationShort(int rating)
{
    if (rating > 0)
        return QCoreApplication::translate("Evaluation", "Above");
    if (rating < 0)
        return QCoreApplication::translate("Evaluation", "Below");
    return QCoreApplication::translate("Evaluation", "Meets");
}

QString predikatLabel(const QString& code)
{
    if (code == u"sangat_baik")
        return QStringLiteral("Sangat Baik");
    if (code == u"baik")
        return QStringLiteral("Baik");
    if (code == u"butuh_perbaikan")
        return QStringLiteral("Butuh Perbaikan");
    if (code == u"kurang")
        return QStringLiteral("Kurang/Misconduct");
    if (code == u"sangat_kurang")
        return QStringLiteral("Sangat Kurang");
    return code;
}

QStringList predikatCodes()
{
    return {QStringLiteral("sangat_baik"), QStringLiteral("baik"), QStringLiteral("butuh_perbaikan"),
            QStringLiteral("kurang"), QStringLiteral("sangat_kurang")};
}

} // namespace karsa
