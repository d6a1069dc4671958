#include "Letterhead.h"

#include "storage/SettingsRepository.h"

#include <QCoreApplication>

namespace karsa {

QString Letterhead::demoNotice()
{
    return QCoreApplication::translate("Letterhead", "DEMO DATA \u2014 not official data");
}

Letterhead Letterhead::fromSettings(const SettingsRepository& settings)
{
    const QMap<QString, QString> all = settings.all();
    auto get = [&all](const char16_t* key) { return all.value(QString::fromUtf16(key)).trimmed(); };
    Letterhead l;
    l.government = get(u"organisation/government");
    l.agency = get(u"organisation/agency");
    l.address = get(u"organisation/address");
    l.contact = get(u"organisation/contact");
    l.logoPath = get(u"organisation/logo_path");
    l.city = get(u"organisation/city");
    l.signerName = get(u"signature/name");
    l.signerNip = get(u"signature/nip");
    l.signerTitle = get(u"signature/title");
    l.signerRank = get(u"signature/rank");
    l.signerOnBehalf = get(u"signature/on_behalf");
    auto flag = [&get](const char16_t* key) {
        const QString v = get(key);
        return v == u"1" || v == u"true";
    };
    l.signerActing = flag(u"signature/acting");
    l.demo = flag(u"demo/is_demo");
    return l;
}

} // namespace karsa
