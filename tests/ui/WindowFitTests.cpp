// The main window on an ordinary office PC (1366×768): its minimum size, long status texts, and a
// geometry from a larger screen.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "common/ElidedLabel.h"
#include "common/Page.h"
#include "demo/DemoCityGenerator.h"
#include "shell/MainWindow.h"
#include "shell/ScreenFit.h"
#include "shell/Workspace.h"

#include <QSettings>
#include <QStatusBar>
#include <QTest>

using namespace karsa;
using namespace karsa::ui;

namespace {

struct DemoWindowFile
{
    test::TempDatabase db;
    DemoWindowFile()
    {
        DemoOptions options;
        options.employees = 200;
        REQUIRE(DemoCityGenerator::generate(*db, options).ok());
        db.close();
    }
};

// The widgets inside `root` whose minimum size hint is wider or taller than `limit` and that have
// no such child: the ones to blame when a page will not shrink.
QStringList tooLarge(QWidget* root, const QSize& limit)
{
    QStringList out;
    const auto children = root->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
    bool childBlamed = false;
    for (QWidget* child : children) {
        if (child->isWindow() || !child->isVisibleTo(root))
            continue;
        const QSize hint = child->minimumSizeHint().expandedTo(child->minimumSize());
        if (hint.width() > limit.width() || hint.height() > limit.height()) {
            out += tooLarge(child, limit);
            childBlamed = true;
        }
    }
    if (!childBlamed) {
        const QSize hint = root->minimumSizeHint();
        out << QStringLiteral("%1 (%2) %3x%4")
                   .arg(QString::fromLatin1(root->metaObject()->className()), root->objectName())
                   .arg(hint.width())
                   .arg(hint.height());
    }
    return out;
}

} // namespace

TEST_CASE("The main window fits 1366x768: minimum size at most 1280x720 with every page shown", "[ui][window]")
{
    DemoWindowFile file;
    MainWindow window(Database::open(file.db.path(), Database::Mode::OpenExisting).value());
    window.workspace()->waitForAnalytics();
    window.resize(1280, 720);
    window.show();
    const QSize limit(1280, 720);
    // The stack is as large as its largest page: every page must fit the room the window leaves it.
    const QSize room(limit.width() - window.centralWidget()->findChild<QWidget*>(QStringLiteral("navigation"))->width(),
                     limit.height() -
                         (window.minimumSizeHint().height() - window.pages().first()->minimumSizeHint().height()));
    for (int i = 0; i < window.pages().size(); ++i) {
        window.showPage(i);
        QTest::qWait(50);
        window.workspace()->waitForAnalytics();
        QTest::qWait(50);
        Page* page = window.pages()[i];
        INFO("page " << page->objectName().toStdString() << ": "
                     << tooLarge(page, room).join(QStringLiteral(", ")).toStdString());
        CHECK(window.minimumSizeHint().width() <= limit.width());
        CHECK(window.minimumSizeHint().height() <= limit.height());
        CHECK(window.minimumSize().width() <= limit.width());
        CHECK(window.minimumSize().height() <= limit.height());
        // The window did not grow itself past the size it was given.
        CHECK(window.size() == limit);
    }
}

TEST_CASE("A 2,000-character status message or database path does not widen the window", "[ui][window]")
{
    DemoWindowFile file;
    MainWindow window(Database::open(file.db.path(), Database::Mode::OpenExisting).value());
    window.resize(1280, 720);
    window.show();
    QTest::qWait(20);
    const QString longText = QStringLiteral("/home/pegawai/Dokumen/") + QString(2000, u'x') + QStringLiteral(".db");
    window.statusBar()->showMessage(longText);
    QTest::qWait(20);
    CHECK(window.size() == QSize(1280, 720));
    CHECK(window.minimumSizeHint().width() <= 1280);

    auto* path = window.statusBar()->findChild<ElidedLabel*>(QStringLiteral("databasePath"));
    REQUIRE(path);
    CHECK(path->fullText().contains(file.db.path()));
    path->setFullText(longText);
    QTest::qWait(20);
    CHECK(window.size() == QSize(1280, 720));
    CHECK(window.minimumSizeHint().width() <= 1280);
    // Shortened on screen, whole in the tooltip.
    CHECK(path->text().size() < longText.size());
    CHECK(path->text().contains(QChar(0x2026)));
    CHECK(path->toolTip() == longText);
}

TEST_CASE("A window geometry larger than the screen is fitted into the screen", "[ui][window]")
{
    const QRect screen(0, 0, 1366, 728);
    CHECK(fitIntoScreen(QRect(100, 50, 1742, 900), screen) == QRect(0, 0, 1366, 728));
    CHECK(fitIntoScreen(QRect(300, 200, 1280, 700), screen) == QRect(86, 28, 1280, 700));
    CHECK(fitIntoScreen(QRect(-40, -10, 800, 600), screen) == QRect(0, 0, 800, 600));
    CHECK(fitIntoScreen(QRect(10, 10, 800, 600), screen) == QRect(10, 10, 800, 600));
    const QRect second(1366, 0, 1920, 1040); // a second monitor to the right
    CHECK(fitIntoScreen(QRect(1500, 100, 2500, 1600), second) == second);
    CHECK(fitIntoScreen(QRect(5, 5, 900, 900), QRect()) == QRect(5, 5, 900, 900));
}

TEST_CASE("The main window restored from a larger screen's geometry is no larger than its screen", "[ui][window]")
{
    DemoWindowFile file;
    {
        QWidget big;
        big.setGeometry(20, 20, 3000, 2000);
        QSettings().setValue(QStringLiteral("window/geometry"), big.saveGeometry());
    }
    MainWindow window(Database::open(file.db.path(), Database::Mode::OpenExisting).value());
    QSettings().remove(QStringLiteral("window/geometry"));
    const QRect available = window.screen()->availableGeometry();
    // Never larger than the screen, unless the window cannot be made smaller (the offscreen test
    // screen is 800x600, below the window's minimum).
    const QSize smallest = window.minimumSizeHint().expandedTo(window.minimumSize());
    CHECK(window.width() <= qMax(available.width(), smallest.width()));
    CHECK(window.height() <= qMax(available.height(), smallest.height()));
    CHECK(window.width() < 3000);
    CHECK(window.height() < 2000);
}
