// Saving settings writes only the values that changed (SettingsRepository::save / changesFor), each
// compared in its normalised form, with one audit row per real change and undo of those keys only.
#include "TestSupport.h"

#include "security/SecuritySettings.h"
#include "storage/AuditLog.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace karsa;

namespace {

QList<AuditEntry> settingsAudit(QSqlDatabase db)
{
    auto entries = AuditLog::query(db, AuditFilter{{}, {}, {}, QStringLiteral("settings"), {}, {}, 0});
    REQUIRE(entries.ok());
    return entries.value();
}

// Every value as the Settings page's editors give it back: numbers with decimals, switches as
// true/false, JSON re-indented.
QMap<QString, QString> asEditorsWriteThem(const QMap<QString, QString>& values)
{
    QMap<QString, QString> out;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QString v = it.value();
        bool number = false;
        const double d = v.toDouble(&number);
        if (number && it.key() != u"signature/nip")
            v = QString::number(d, 'f', 4); // "80.0000", "0.0500"
        else if (v.startsWith(u'['))
            v = QString::fromUtf8(QJsonDocument::fromJson(v.toUtf8()).toJson(QJsonDocument::Indented));
        if (it.key() == SecuritySettings::kLoginRequired || it.key() == SecuritySettings::kMaskExports ||
            it.key() == u"signature/acting" || it.key() == u"demo/is_demo")
            v = SecuritySettings::isOn(it.value()) ? QStringLiteral("true") : QStringLiteral("false");
        out.insert(it.key(), u' ' + v + u' ');
    }
    return out;
}

} // namespace

TEST_CASE("Setting values are compared in one normalised form per kind of setting", "[core][settings]")
{
    const QString number = QStringLiteral("talent/kinerja_atas");
    CHECK(SettingsRepository::normalised(number, QStringLiteral("80")) == QStringLiteral("80"));
    CHECK(SettingsRepository::normalised(number, QStringLiteral("80.0")) == QStringLiteral("80"));
    CHECK(SettingsRepository::normalised(number, QStringLiteral(" 80,50 ")) == QStringLiteral("80.5"));
    CHECK(SettingsRepository::normalised(number, QStringLiteral("delapan")) == QStringLiteral("delapan"));
    CHECK(SettingsRepository::normalised(QStringLiteral("evaluation/halo_variance"), QStringLiteral("0.050")) ==
          QStringLiteral("0.05"));

    const QString sw = QStringLiteral("jpm/cap_per_competency");
    CHECK(SettingsRepository::normalised(sw, QStringLiteral("1")) == QStringLiteral("true"));
    CHECK(SettingsRepository::normalised(sw, QStringLiteral("Ya")) == QStringLiteral("true"));
    CHECK(SettingsRepository::normalised(sw, QStringLiteral("0")) == QStringLiteral("false"));
    // The security switches default to "1" but are switches, not numbers.
    CHECK(SettingsRepository::normalised(SecuritySettings::kLoginRequired, QStringLiteral("1")) ==
          SettingsRepository::normalised(SecuritySettings::kLoginRequired, QStringLiteral("true")));
    CHECK(SettingsRepository::normalised(SecuritySettings::kMaskExports, QStringLiteral("false")) ==
          QStringLiteral("false"));
    // A counted setting whose default is 1 stays a number.
    CHECK(SettingsRepository::normalised(QStringLiteral("evaluation/min_raters/atasan"), QStringLiteral("1.0")) ==
          QStringLiteral("1"));

    // Text keeps its characters: a NIP with its digits, not a number.
    CHECK(SettingsRepository::normalised(QStringLiteral("signature/nip"), QStringLiteral(" 019720315 ")) ==
          QStringLiteral("019720315"));
    CHECK(SettingsRepository::normalised(QStringLiteral("ui/language"), QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(SettingsRepository::normalised(QStringLiteral("ui/language"), QStringLiteral("en")) !=
          SettingsRepository::normalised(QStringLiteral("ui/language"), QStringLiteral("id")));

    const QString scales = SettingsRepository::defaults().value(QStringLiteral("jpm/scales"));
    const QString indented =
        QString::fromUtf8(QJsonDocument::fromJson(scales.toUtf8()).toJson(QJsonDocument::Indented));
    REQUIRE(indented != scales);
    CHECK(SettingsRepository::normalised(QStringLiteral("jpm/scales"), indented) ==
          SettingsRepository::normalised(QStringLiteral("jpm/scales"), scales));
}

TEST_CASE("Saving unchanged settings writes nothing and no audit row", "[core][settings][audit]")
{
    test::TempDatabase db;
    SettingsRepository repo(db.db());
    const QMap<QString, QString> stored = repo.all();
    const qsizetype audited = settingsAudit(db.db()).size();

    auto same = repo.save(SettingsRepository::defaults());
    REQUIRE(same.ok());
    CHECK(same->isEmpty());
    auto reformatted = repo.save(asEditorsWriteThem(stored));
    REQUIRE(reformatted.ok());
    CHECK(reformatted->isEmpty());
    CHECK(settingsAudit(db.db()).size() == audited);
    CHECK(repo.all() == stored);
}

TEST_CASE("Changing one setting writes exactly one settings audit row with old and new value",
          "[core][settings][audit]")
{
    test::TempDatabase db;
    SettingsRepository repo(db.db());
    const QMap<QString, QString> before = repo.all();
    QMap<QString, QString> edited = asEditorsWriteThem(before);
    const qsizetype audited = settingsAudit(db.db()).size();

    SECTION("the language")
    {
        edited.insert(QStringLiteral("ui/language"), QStringLiteral("en"));
        auto saved = repo.save(edited);
        REQUIRE(saved.ok());
        REQUIRE(saved->size() == 1);
        CHECK(saved->first().key == QStringLiteral("ui/language"));
        CHECK(saved->first().before == QStringLiteral("id"));
        CHECK(saved->first().after == QStringLiteral("en"));
        const QList<AuditEntry> audit = settingsAudit(db.db());
        REQUIRE(audit.size() == audited + 1);
        CHECK(audit.first().recordId == QStringLiteral("ui/language"));
        CHECK(audit.first().changes() == QStringList{QStringLiteral("value: id → en")});
        CHECK(repo.value(QStringLiteral("ui/language")) == QStringLiteral("en"));

        // Undo restores that key only, with one more audit row.
        REQUIRE(repo.revert(saved.value()).ok());
        CHECK(repo.all() == before);
        CHECK(settingsAudit(db.db()).size() == audited + 2);
    }
    SECTION("one number, written in its normalised form")
    {
        const QString key = QStringLiteral("talent/kinerja_atas");
        edited.insert(key, QStringLiteral("92.50"));
        auto saved = repo.save(edited);
        REQUIRE(saved.ok());
        REQUIRE(saved->size() == 1);
        CHECK(repo.value(key) == QStringLiteral("92.5"));
        const QList<AuditEntry> audit = settingsAudit(db.db());
        REQUIRE(audit.size() == audited + 1);
        CHECK(audit.first().changes() == QStringList{QStringLiteral("value: %1 → 92.5").arg(before.value(key))});

        // Saving the same again is no change.
        auto again = repo.save(edited);
        REQUIRE(again.ok());
        CHECK(again->isEmpty());
        CHECK(settingsAudit(db.db()).size() == audited + 1);
    }
}

TEST_CASE("A setting the officer left alone does not overwrite a value saved meanwhile", "[core][settings]")
{
    test::TempDatabase db;
    SettingsRepository repo(db.db());
    const QMap<QString, QString> shown = repo.all(); // what the editor started from
    // Someone else saves another city meanwhile.
    REQUIRE(repo.setValue(QStringLiteral("organisation/city"), QStringLiteral("Kota Surabaya")).ok());

    QMap<QString, QString> edited = shown;
    edited.insert(QStringLiteral("development/jp_minimum"), QStringLiteral("24.0"));
    const QList<SettingChange> changes = repo.changesFor(edited, shown);
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().key == QStringLiteral("development/jp_minimum"));
    CHECK(changes.first().after == QStringLiteral("24"));
    REQUIRE(repo.save(edited, shown).ok());
    CHECK(repo.value(QStringLiteral("organisation/city")) == QStringLiteral("Kota Surabaya"));
    CHECK(repo.intValue(QStringLiteral("development/jp_minimum")) == 24);
}
