#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace karsa::ui {

QString currentLanguage()
{
    const QString lang = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("id")).toString();
    return lang == u"en" ? lang : QStringLiteral("id");
}

void setLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language == u"en" ? QStringLiteral("en") : QStringLiteral("id"));
}

bool installTranslations(const QString& language)
{
    if (language != u"id") {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return true;
    }
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    bool ok = true;
    for (const char* name : {"karsa_core_id", "karsa_ui_id", "qt_extra_id"}) {
        auto* translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(QStringLiteral(":/i18n/") + QLatin1String(name) + QStringLiteral(".qm")))
            QCoreApplication::installTranslator(translator);
        else {
            ok = false;
            delete translator;
        }
    }
    return ok;
}

} // namespace karsa::ui
