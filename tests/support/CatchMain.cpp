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

#include "storage/Database.h"

#include <cstdio>
#include <iostream>
#include <string>

namespace {
// The suite binary doubles as "another program holding the database" for the file-safety tests
// (test::DatabaseHolder): KARSA_TEST_HOLD_DB=FILE opens FILE as Karsa does, prints "ready" and keeps
// it open until its standard input closes.
int holdDatabase(const QString& path)
{
    auto db = karsa::Database::open(path, karsa::Database::Mode::OpenExisting);
    if (!db) {
        std::cerr << db.error().describe().toStdString() << std::endl;
        return 1;
    }
    std::cout << "ready" << std::endl;
    std::string line;
    while (std::getline(std::cin, line)) {
    }
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    KarsaTestApp app(argc, argv);
    KarsaTestApp::setOrganizationName(QStringLiteral("KarsaTests"));
    KarsaTestApp::setApplicationName(QStringLiteral("KarsaTests"));
    if (const QString hold = qEnvironmentVariable("KARSA_TEST_HOLD_DB"); !hold.isEmpty())
        return holdDatabase(hold);
    return Catch::Session().run(argc, argv);
}
