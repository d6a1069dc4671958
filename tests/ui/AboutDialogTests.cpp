#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "common/AppIcon.h"
#include "common/Translations.h"
#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QTranslator>

using namespace karsa;
using namespace karsa::ui;

namespace {
// Removes the Indonesian translators again: the other tests assert English source text.
void restoreEnglish()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator*>();
    for (QTranslator* t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}

QAction* findMenu(const QMainWindow& window, const QString& objectName)
{
    for (QAction* action : window.menuBar()->actions()) {
        if (action->menu() && action->menu()->objectName() == objectName)
            return action;
    }
    return nullptr;
}
} // namespace

TEST_CASE("The About dialog shows the project version, the licence and what Karsa is, in Indonesian", "[ui][about]")
{
    REQUIRE(installTranslations(QStringLiteral("id")));
    AboutDialog dialog;
    CHECK(dialog.windowTitle() == QStringLiteral("Tentang Karsa"));
    CHECK(AboutDialog::version() == QStringLiteral(KARSA_PROJECT_VERSION));
    CHECK(dialog.titleLabel()->text().contains(QStringLiteral("Karsa " KARSA_PROJECT_VERSION)));
    CHECK(dialog.licenceLabel()->text().contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(dialog.licenceLabel()->text().contains(QStringLiteral("Lisensi")));
    CHECK(dialog.descriptionLabel()->text().startsWith(QStringLiteral("Manajemen karier berbasis kompetensi")));
    restoreEnglish();
}

TEST_CASE("The Help menu of the main window holds About Karsa (Bantuan ▸ Tentang Karsa)", "[ui][about]")
{
    REQUIRE(installTranslations(QStringLiteral("id")));
    test::TempDatabase db;
    {
        MainWindow window(Database::open(db.path()).value());
        QAction* help = findMenu(window, QStringLiteral("helpMenu"));
        REQUIRE(help);
        CHECK(help->text() == QStringLiteral("&Bantuan"));
        auto* about = help->menu()->findChild<QAction*>(QStringLiteral("aboutKarsa"));
        REQUIRE(about);
        CHECK(about->text() == QStringLiteral("&Tentang Karsa"));
    }
    restoreEnglish();
}

TEST_CASE("The application icon comes in every size from the resources", "[ui][about]")
{
    const QIcon icon = applicationIcon();
    REQUIRE_FALSE(icon.isNull());
    for (int size : applicationIconSizes()) {
        const QImage image(QStringLiteral(":/icons/karsa-%1.png").arg(size));
        INFO("size " << size);
        REQUIRE(image.size() == QSize(size, size));
        CHECK(icon.availableSizes().contains(QSize(size, size)));
        // The corner is transparent, the centre is drawn (not an empty picture).
        CHECK(qAlpha(image.pixel(0, 0)) == 0);
        CHECK(qAlpha(image.pixel(size / 2, size / 2)) == 255);
    }
    CHECK(applicationId() == QStringLiteral("id.go.surabaya.bkpsdm.Karsa"));
}

TEST_CASE("Picture of the About dialog", "[.about-shots]")
{
    const QString dir = qEnvironmentVariable("KARSA_SHOTS_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    REQUIRE(installTranslations(QStringLiteral("id")));
    AboutDialog dialog;
    dialog.show();
    REQUIRE(dialog.grab().save(QDir(dir).filePath(QStringLiteral("about-dialog.png"))));
    restoreEnglish();
}
