#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "shell/Workspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace karsa;
using namespace karsa::ui;

TEST_CASE("Analytics are computed in the background, can be cancelled and asked for again", "[ui][workspace]")
{
    test::TempDatabase db;
    test::makeMiniOrg(db.db());
    Workspace workspace;
    workspace.setDatabase(Database::open(db.path()).value());
    QSignalSpy started(&workspace, &Workspace::analyticsStarted);
    QSignalSpy cancelled(&workspace, &Workspace::analyticsCancelled);
    QSignalSpy ready(&workspace, &Workspace::analyticsReady);

    CHECK_FALSE(workspace.analytics()); // starts the worker, nothing yet
    CHECK(workspace.analyticsLoading());
    CHECK(started.count() == 1);
    workspace.cancelAnalytics();
    CHECK(cancelled.count() == 1);
    CHECK_FALSE(workspace.analyticsLoading());
    QTest::qWait(300); // the cancelled worker finishes; its result must be dropped
    CHECK(ready.count() == 0);
    const bool restartedOrReady = workspace.analytics() != nullptr || workspace.analyticsLoading(); // asked again
    CHECK(restartedOrReady);
    CHECK(started.count() == 2);

    const AnalyticsSnapshotPtr snapshot = workspace.waitForAnalytics();
    REQUIRE(snapshot);
    CHECK(snapshot->data.units().size() == 1);
    CHECK(ready.count() == 1);
}
