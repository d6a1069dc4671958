#include "PersonalDataMask.h"

#include "SecuritySettings.h"
#include "storage/SettingsRepository.h"

#include <algorithm>

namespace karsa {

bool PersonalDataMask::isPersonalField(const QString& keyOrTitle)
{
    QString k = keyOrTitle.trimmed().toLower();
    k.remove(u'.');
    k.remove(u'-');
    k.remove(u'_');
    k.remove(u' ');
    static const QStringList names = {
        QStringLiteral("nik"),     QStringLiteral("nomorindukkependudukan"), QStringLiteral("phone"),
        QStringLiteral("telepon"), QStringLiteral("telp"),   QStringLiteral("nohp"),     QStringLiteral("nomorhp"),
        QStringLiteral("hp"),      QStringLiteral("email"),  QStringLiteral("surel"),    QStringLiteral("emailgov"),
        QStringLiteral("address"), QStringLiteral("alamat"), QStringLiteral("nomortelepon")};
    return names.contains(k);
}

QStringList PersonalDataMask::personalFields(const ReportDocument& document)
{
    QStringList out;
    for (const ReportSection& section : document.sections) {
        if (const auto* t = std::get_if<TableSection>(&section)) {
            for (const ReportColumn& c : t->table.columns)
                if ((isPersonalField(c.key) || isPersonalField(c.title)) && !out.contains(c.title))
                    out << c.title;
        } else if (const auto* kv = std::get_if<KeyValueSection>(&section)) {
            for (const auto& item : kv->items)
                if (isPersonalField(item.first) && !out.contains(item.first))
                    out << item.first;
        }
    }
    return out;
}

bool PersonalDataMask::appliesTo(QSqlDatabase db, const UserSession& session)
{
    if (session.allows(Permission::UnmaskedExport))
        return false;
    return SecuritySettings::isOn(SettingsRepository(db).value(SecuritySettings::kMaskExports));
}

QString PersonalDataMask::maskValue(const QString& value)
{
    const QString v = value.trimmed();
    if (std::none_of(v.begin(), v.end(), [](QChar c) { return c.isLetterOrNumber(); }))
        return v; // empty or a dash: nothing to hide
    const qsizetype at = v.indexOf(u'@');
    if (at > 0)
        return v.left(1) + QStringLiteral("***") + v.mid(at);
    if (v.size() <= 6)
        return QString(v.size(), u'*');
    return v.left(4) + QString(v.size() - 6, u'*') + v.right(2);
}

int PersonalDataMask::apply(ReportDocument& document)
{
    int masked = 0;
    for (ReportSection& section : document.sections) {
        if (auto* t = std::get_if<TableSection>(&section)) {
            QList<int> columns;
            for (int c = 0; c < t->table.columns.size(); ++c) {
                ReportColumn& column = t->table.columns[c];
                if (isPersonalField(column.key) || isPersonalField(column.title)) {
                    columns << c;
                    column.type = ReportColumn::Type::Text; // a masked NIK is no longer a number
                }
            }
            if (columns.isEmpty())
                continue;
            for (ReportGroup& group : t->table.groups)
                for (ReportRow& row : group.rows)
                    for (int c : columns)
                        if (c < row.size() && !row[c].toString().isEmpty()) {
                            row[c] = maskValue(row[c].toString());
                            ++masked;
                        }
        } else if (auto* kv = std::get_if<KeyValueSection>(&section)) {
            for (auto& item : kv->items)
                if (isPersonalField(item.first) && !item.second.isEmpty()) {
                    item.second = maskValue(item.second);
                    ++masked;
                }
        }
    }
    return masked;
}

} // namespace karsa
