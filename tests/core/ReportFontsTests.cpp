#include <catch2/catch.hpp>

#include "reports/ReportFonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QTemporaryDir>

using namespace karsa;

TEST_CASE("Report fonts next to the program are registered; other files are skipped or ignored", "[core][reports]")
{
    // The font the Windows installer bundles; on Debian from fonts-dejavu-core (installer/install-deps.sh).
    const QString mono = QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf");
    REQUIRE(QFile::exists(mono));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QFile::copy(mono, dir.filePath(QStringLiteral("DejaVuSansMono.ttf"))));
    QFile broken(dir.filePath(QStringLiteral("broken.ttf")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("this is not a font");
    broken.close();
    QFile readme(dir.filePath(QStringLiteral("README.txt")));
    REQUIRE(readme.open(QIODevice::WriteOnly));
    readme.write("fonts for the reports");
    readme.close();

    QStringList skipped;
    const QStringList families = ReportFonts::registerFolder(dir.path(), &skipped);
    CHECK(families == QStringList{QStringLiteral("DejaVu Sans Mono")});
    CHECK(skipped == QStringList{QStringLiteral("broken.ttf")});
    CHECK(QFontDatabase::families().contains(QStringLiteral("DejaVu Sans Mono")));
}

TEST_CASE("No fonts folder next to the program registers nothing", "[core][reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    CHECK(ReportFonts::registerFolder(dir.filePath(QStringLiteral("fonts"))).isEmpty());
    CHECK(ReportFonts::bundledFolder() ==
          QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("fonts")));
}
