#include "Letterhead.h"

#include "storage/SettingsRepository.h"

namespace karsa {

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
    return l;
}

} // namespace karsa
