#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "common/Translations.h"
#include "settings/CategoryBandModel.h"
#include "settings/EvaluationSettingsWidget.h"
#include "settings/SettingsPage.h"
#include "shell/Workspace.h"
#include "storage/AuditLog.h"
#include "storage/SettingsRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
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

namespace {
qsizetype settingsAuditRows(QSqlDatabase db)
{
    auto rows = AuditLog::query(db, AuditFilter{{}, {}, {}, QStringLiteral("settings"), {}, {}, 0});
    REQUIRE(rows.ok());
    return rows->size();
}
// The per-user language is kept in QSettings; the test puts back what it found.
struct LanguageRestorer
{
    QString language = currentLanguage();
    ~LanguageRestorer() { setLanguage(language); }
};
} // namespace

TEST_CASE("Saving the settings page writes only the value that changed, and nothing when none did",
          "[ui][settings][audit]")
{
    LanguageRestorer restoreLanguage;
    setLanguage(QStringLiteral("id"));
    test::TempDatabase db;
    Workspace workspace;
    workspace.setDatabase(Database::open(db.path()).value());
    SettingsPage page(&workspace);
    page.activate();
    SettingsRepository repo(workspace.db());
    const QMap<QString, QString> initial = repo.all();
    const qsizetype start = settingsAuditRows(workspace.db());

    // Nothing edited: nothing written, although the editors give "80.0" for "80" and "true" for "1".
    REQUIRE(page.save().ok());
    CHECK(settingsAuditRows(workspace.db()) == start);
    CHECK(repo.all() == initial);

    SECTION("the language")
    {
        REQUIRE(page.setEditorValue(QStringLiteral("ui/language"), QStringLiteral("en")));
        REQUIRE(page.save().ok());
        auto rows = AuditLog::query(workspace.db(), AuditFilter{{}, {}, {}, QStringLiteral("settings"), {}, {}, 0});
        REQUIRE(rows->size() == start + 1);
        CHECK(rows->first().recordId == QStringLiteral("ui/language"));
        CHECK(rows->first().changes() == QStringList{QStringLiteral("value: id → en")});
        CHECK(currentLanguage() == QStringLiteral("en"));
    }
    SECTION("one number")
    {
        const QString key = QStringLiteral("talent/kinerja_atas");
        REQUIRE(page.setEditorValue(key, QStringLiteral("85")));
        REQUIRE(page.save().ok());
        CHECK(settingsAuditRows(workspace.db()) == start + 1);
        CHECK(repo.value(key) == QStringLiteral("85"));
    }

    // The same save again changes nothing.
    REQUIRE(page.save().ok());
    CHECK(settingsAuditRows(workspace.db()) == start + 1);

    // Undo puts back that one key (one more audit row) and leaves every other value as it was.
    workspace.undoStack()->undo();
    CHECK(settingsAuditRows(workspace.db()) == start + 2);
    CHECK(repo.all() == initial);
}

TEST_CASE("Saving the 360° evaluation settings writes only the changed value", "[ui][settings][audit]")
{
    test::TempDatabase db;
    Workspace workspace;
    workspace.setDatabase(Database::open(db.path()).value());
    EvaluationSettingsWidget widget(&workspace);
    SettingsRepository repo(workspace.db());
    const QMap<QString, QString> initial = repo.all();
    const qsizetype start = settingsAuditRows(workspace.db());

    REQUIRE(widget.save().ok()); // "0.05" shown as "0.050": no change
    CHECK(settingsAuditRows(workspace.db()) == start);

    REQUIRE(widget.setEditorValue(QStringLiteral("evaluation/leniency_gap"), QStringLiteral("0.5")));
    REQUIRE(widget.save().ok());
    CHECK(settingsAuditRows(workspace.db()) == start + 1);
    CHECK(repo.value(QStringLiteral("evaluation/leniency_gap")) == QStringLiteral("0.5"));
    REQUIRE(widget.save().ok());
    CHECK(settingsAuditRows(workspace.db()) == start + 1);

    workspace.undoStack()->undo();
    CHECK(repo.all() == initial);
}

TEST_CASE("Changing the letterhead does not make the workspace recompute the analytics", "[ui][settings]")
{
    test::TempDatabase db;
    test::makeMiniOrg(db.db());
    Workspace workspace;
    workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
    const AnalyticsSnapshotPtr before = workspace.waitForAnalytics();
    REQUIRE(before);
    SettingsPage page(&workspace);
    page.activate();
    auto* agency = page.findChild<QLineEdit*>(QStringLiteral("organisation/agency"));
    REQUIRE(agency);
    agency->setText(QStringLiteral("BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"));
    QSignalSpy started(&workspace, &Workspace::analyticsStarted);
    REQUIRE(page.save().ok());
    CHECK(started.isEmpty());
    CHECK_FALSE(workspace.analyticsLoading());
    CHECK(workspace.analytics() == before); // the same snapshot, nothing reloaded
    // A setting the analytics read does recompute them.
    auto* scale = page.findChild<QComboBox*>(QStringLiteral("jpm/default_scale"));
    if (scale && scale->count() > 1) {
        scale->setCurrentIndex(scale->currentIndex() == 0 ? 1 : 0);
        REQUIRE(page.save().ok());
        CHECK(started.size() == 1);
    }
}
