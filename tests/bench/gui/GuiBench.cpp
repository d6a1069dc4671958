// karsa_gui_bench: measures what an officer feels on a large database (offscreen):
//  1. launch -> main window shown with the employee list filled (process start to list shown);
//  2. each search keystroke -> list updated (the model's filter pass, per keystroke);
//  3. opening an employee profile.
// Usage: QT_QPA_PLATFORM=offscreen karsa_gui_bench --db FILE [--runs N]
#include "common/Page.h"
#include "employees/EmployeeTableModel.h"
#include "employees/EmployeesPage.h"
#include "profile/EmployeeProfileWindow.h"
#include "shell/MainWindow.h"
#include "shell/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace karsa;

namespace {
double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KarsaBench"));
    QApplication::setApplicationName(QStringLiteral("KarsaBench"));
    const QStringList args = app.arguments();
    const QString dbPath = args.value(args.indexOf(QStringLiteral("--db")) + 1);
    if (!args.contains(QStringLiteral("--db")) || dbPath.isEmpty()) {
        std::fprintf(stderr, "usage: karsa_gui_bench --db FILE\n");
        return 2;
    }
    QSettings().clear();

    auto db = Database::open(dbPath, Database::Mode::OpenExisting);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().describe()));
        return 1;
    }
    ui::MainWindow window(std::move(db).value());
    ui::EmployeesPage* employees = nullptr;
    int employeesIndex = -1;
    for (int i = 0; i < window.pages().size(); ++i)
        if (auto* p = qobject_cast<ui::EmployeesPage*>(window.pages()[i])) {
            employees = p;
            employeesIndex = i;
        }
    if (!employees) {
        std::fprintf(stderr, "no employees page\n");
        return 1;
    }
    QEventLoop loop;
    int loadedCount = 0;
    QObject::connect(employees, &ui::EmployeesPage::loaded, &loop, [&](int n) {
        loadedCount = n;
        loop.quit();
    });
    window.show();
    window.showPage(employeesIndex);
    if (employees->model()->totalCount() == 0)
        loop.exec();
    QApplication::processEvents();
    const double startupMs = sinceStart.nsecsElapsed() / 1e6;

    // Search keystrokes: typing a name letter by letter, then a NIP prefix.
    QVector<double> keystroke, filterOnly;
    const QStringList typed = {QStringLiteral("s"),    QStringLiteral("si"),   QStringLiteral("sit"), QStringLiteral("siti"),
                               QStringLiteral("siti "), QStringLiteral("siti a"), QString(),           QStringLiteral("1"),
                               QStringLiteral("19"),   QStringLiteral("198"),  QStringLiteral("1986"), QString()};
    for (int round = 0; round < 3; ++round) {
        for (const QString& text : typed) {
            QElapsedTimer t;
            t.start();
            employees->model()->setFilterText(text);
            filterOnly << t.nsecsElapsed() / 1e6;
            QApplication::processEvents();
            keystroke << t.nsecsElapsed() / 1e6;
            if (round == 2 && args.contains(QStringLiteral("--verbose")))
                std::printf("  '%s': model %.1f ms, shown %.1f ms, %d rows\n", qPrintable(text), filterOnly.last(),
                            keystroke.last(), employees->model()->rowCount());
        }
    }
    // Opening profiles once the analytics snapshot is there (it is computed in the background
    // after start-up; until then a profile says "Loading…").
    QElapsedTimer analyticsTimer;
    analyticsTimer.start();
    const auto snapshot = window.workspace()->waitForAnalytics();
    const double analyticsMs = analyticsTimer.nsecsElapsed() / 1e6;
    QVector<double> profile;
    if (snapshot) {
        const auto& all = snapshot->data.employees();
        for (int k = 0; k < 10 && !all.isEmpty(); ++k) {
            const qint64 id = all[(k * 9973) % all.size()].id;
            QElapsedTimer t;
            t.start();
            auto* w = ui::EmployeeProfileWindow::open(window.workspace(), id, &window);
            QApplication::processEvents();
            profile << t.nsecsElapsed() / 1e6;
            w->close();
            w->deleteLater();
            QApplication::processEvents();
        }
    }
    std::printf("{\"analytics_after_list_ms\": %.0f, \"profile_open_median_ms\": %.1f, \"profile_open_max_ms\": %.1f}\n",
                analyticsMs, median(profile), profile.isEmpty() ? 0.0 : *std::max_element(profile.begin(), profile.end()));
    std::printf("{\"employees\": %d, \"startup_to_list_ms\": %.1f, \"keystroke_median_ms\": %.2f, "
                "\"keystroke_max_ms\": %.2f, \"model_filter_median_ms\": %.2f}\n",
                loadedCount ? loadedCount : employees->model()->totalCount(), startupMs, median(keystroke),
                *std::max_element(keystroke.begin(), keystroke.end()), median(filterOnly));
    return 0;
}
