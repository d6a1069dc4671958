// Catch2 main for every suite: a Qt application object exists for the whole run (a
// QApplication for GUI suites, a QGuiApplication otherwise; offscreen in CI), created before any test touches Qt.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef KARSA_GUI_TESTS
#include <QApplication>
using KarsaTestApp = QApplication;
#else
// Core suites also print PDFs (QPdfWriter/QPainter need fonts, hence a QGuiApplication).
#include <QGuiApplication>
using KarsaTestApp = QGuiApplication;
#endif

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    KarsaTestApp app(argc, argv);
    KarsaTestApp::setOrganizationName(QStringLiteral("KarsaTests"));
    KarsaTestApp::setApplicationName(QStringLiteral("KarsaTests"));
    return Catch::Session().run(argc, argv);
}
