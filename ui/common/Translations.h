#pragma once

#include <QString>

namespace karsa::ui {

// The UI language: "id" (Indonesian, the default) or "en". Stored in QSettings "ui/language".
QString currentLanguage();
void setLanguage(const QString& language); // takes effect at the next start

// Installs the translators and the default locale (Indonesian dates and numbers) for language.
// Returns false when a translation resource is missing from the build.
bool installTranslations(const QString& language);

} // namespace karsa::ui
