#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "settings/CategoryBandModel.h"
#include "settings/SettingsPage.h"
#include "shell/Workspace.h"
#include "storage/SettingsRepository.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace karsa;
using namespace karsa::ui;

TEST_CASE("The category band model passes the tester and round-trips the scales", "[ui][settings]")
{
    CategoryBandModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setScales(CategoryScale::defaults());
    CHECK(model.rowCount() == 6);
    REQUIRE(model.scales().size() == 2);
    CHECK(model.scales()[1].codeFor(79.99) == QStringLiteral("MMS"));
    model.addBand(2); // after the last pemetaan band
    REQUIRE(model.setData(model.index(3, CategoryBandModel::Code), QStringLiteral("SO")));
    REQUIRE(model.setData(model.index(3, CategoryBandModel::Label), QStringLiteral("Sangat Optimal")));
    REQUIRE(model.setData(model.index(3, CategoryBandModel::LowerBound), 97.5));
    CHECK_FALSE(model.setData(model.index(3, CategoryBandModel::LowerBound), 101.0));
    CHECK(model.scales()[0].codeFor(98.0) == QStringLiteral("SO"));
    model.removeBand(3);
    CHECK(model.scales()[0].codeFor(98.0) == QStringLiteral("O"));
}

TEST_CASE("Saving settings validates, writes in the database and can be undone", "[ui][settings]")
{
    test::TempDatabase db;
    Workspace workspace;
    workspace.setDatabase(Database::open(db.path()).value());
    SettingsPage page(&workspace);
    page.activate();
    SettingsRepository repo(workspace.db());
    const QString key = QStringLiteral("talent/kinerja_atas");
    const QString before = repo.value(key);

    REQUIRE(page.setEditorValue(key, QStringLiteral("85")));
    REQUIRE(page.save().ok());
    CHECK(repo.doubleValue(key) == 85.0);
    workspace.undoStack()->undo();
    CHECK(repo.value(key) == before);
    workspace.undoStack()->redo();
    CHECK(repo.doubleValue(key) == 85.0);

    // "Above" must stay higher than "meets": refused, nothing written.
    REQUIRE(page.setEditorValue(key, QStringLiteral("10")));
    const Status refused = page.save();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == key);
    CHECK(repo.doubleValue(key) == 85.0);

    REQUIRE(page.setEditorValue(key, QStringLiteral("85")));
    REQUIRE(page.setEditorValue(QStringLiteral("signature/nip"), QStringLiteral("1986")));
    const Status badNip = page.save();
    REQUIRE_FALSE(badNip.ok());
    CHECK(badNip.error().field == QStringLiteral("signature/nip"));
    CHECK(repo.value(QStringLiteral("signature/nip")).isEmpty());
}
