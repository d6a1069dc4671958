// karsa_screenshots: opens the main window on a database (offscreen) and saves one PNG per page,
// so that every page can be looked at without a display. Usage:
//   QT_QPA_PLATFORM=offscreen karsa_screenshots DB_FILE OUT_DIR [WIDTHxHEIGHT]
#include "common/Page.h"
#include "common/Translations.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTest>

#include <cstdio>

using namespace karsa;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KarsaScreenshots"));
    QApplication::setApplicationName(QStringLiteral("KarsaScreenshots"));
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: karsa_screenshots DB_FILE OUT_DIR [WIDTHxHEIGHT] [en]\n");
        return 2;
    }
    ui::installTranslations(args.value(4) == u"en" ? QStringLiteral("en") : QStringLiteral("id"));
    auto db = Database::open(args[1], Database::Mode::OpenExisting);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().describe()));
        return 1;
    }
    QSize size(1400, 880);
    if (args.size() > 3) {
        const QStringList wh = args[3].split(u'x');
        if (wh.size() == 2)
            size = QSize(wh[0].toInt(), wh[1].toInt());
    }
    QDir().mkpath(args[2]);
    ui::MainWindow window(std::move(db).value());
    window.resize(size);
    window.show();
    const auto pages = window.pages();
    for (int i = 0; i < pages.size(); ++i) {
        window.showPage(i);
        // Let background loads finish and the page lay itself out.
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 2500)
            QTest::qWait(100);
        const QString name = QStringLiteral("%1-%2.png").arg(i + 1, 2, 10, QChar(u'0')).arg(pages[i]->objectName().isEmpty()
                                                                                              ? QString::number(i)
                                                                                              : pages[i]->objectName());
        const QString file = QDir(args[2]).filePath(name);
        if (!window.grab().save(file)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            return 1;
        }
        std::printf("%s\n", qPrintable(file));
    }
    return 0;
}
