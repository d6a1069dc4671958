// The import wizard end to end: file → mapping → preview → apply, on a real database.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "common/RowTableModel.h"
#include "import/ImportFilePage.h"
#include "import/ImportMappingPage.h"
#include "import/ImportPreviewPage.h"
#include "import/ImportWizard.h"
#include "shell/Workspace.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>

using namespace karsa;
using namespace karsa::ui;

namespace {
qint64 count(QSqlDatabase db, const QString& table)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table).value().toLongLong();
}
void shot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("KARSA_SHOTS_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        w->grab().save(QDir(dir).filePath(name));
    }
}
} // namespace

TEST_CASE("Import wizard: map a new unit to an existing one, preview, import", "[ui][import]")
{
    test::TempDatabase db;
    const test::MiniOrg org = test::makeMiniOrg(db.db());
    Workspace workspace;
    workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
    ImportWizard wizard(&workspace);
    wizard.show();
    auto* filePage = qobject_cast<ImportFilePage*>(wizard.page(ImportWizard::FilePageId));
    REQUIRE(filePage);
    CHECK_FALSE(filePage->isComplete());
    filePage->pathEdit()->setText(test::dataFile(QStringLiteral("import/employees_good.csv")));
    CHECK(filePage->isComplete());
    shot(&wizard, QStringLiteral("import-1-file.png"));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    auto* mapping = qobject_cast<ImportMappingPage*>(wizard.currentPage());
    REQUIRE(mapping->choices().size() == 3);
    QComboBox* unitChoice = nullptr;
    for (QComboBox* c : mapping->choices())
        if (c->findData(org.unitId) >= 0 && c->itemText(c->findData(org.unitId)).startsWith(QStringLiteral("Unit U1")))
            unitChoice = c;
    REQUIRE(unitChoice);
    unitChoice->setCurrentIndex(unitChoice->findData(org.unitId));
    shot(&wizard, QStringLiteral("import-2-mapping.png"));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPageId);
    auto* preview = qobject_cast<ImportPreviewPage*>(wizard.currentPage());
    QAbstractItemModelTester tester(preview->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(preview->model()->rowCount() == 3);
    CHECK(preview->isComplete());
    CHECK(wizard.preview().missing.size() == 2); // the unit is mapped; two positions remain new
    shot(&wizard, QStringLiteral("import-3-preview.png"));
    CHECK(count(db.db(), QStringLiteral("employees")) == 0);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::DonePageId);
    CHECK(wizard.resultText().contains(QStringLiteral("3 added")));
    shot(&wizard, QStringLiteral("import-4-done.png"));
    CHECK(count(db.db(), QStringLiteral("employees")) == 3);
    CHECK(count(db.db(), QStringLiteral("units")) == 1);
}

TEST_CASE("Import wizard: rejected rows are listed and the import cannot be applied", "[ui][import]")
{
    test::TempDatabase db;
    Workspace workspace;
    workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
    ImportWizard wizard(&workspace);
    wizard.show();
    auto* filePage = qobject_cast<ImportFilePage*>(wizard.page(ImportWizard::FilePageId));
    filePage->pathEdit()->setText(test::dataFile(QStringLiteral("import/employees_bad.csv")));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPageId);
    auto* preview = qobject_cast<ImportPreviewPage*>(wizard.currentPage());
    CHECK_FALSE(preview->isComplete());
    int rejected = 0;
    bool golonganReason = false;
    for (int r = 0; r < preview->model()->rowCount(); ++r) {
        if (preview->model()->index(r, 1).data().toString() == QStringLiteral("Rejected"))
            ++rejected;
        if (preview->model()->index(r, 6).data().toString() == QStringLiteral("'V/a' is not a known golongan"))
            golonganReason = preview->model()->index(r, 4).data().toString() == QStringLiteral("4 (gol_akhir_nama)");
    }
    CHECK(rejected == 5);
    CHECK(golonganReason);
    CHECK(preview->summaryLabel()->text().contains(QStringLiteral("rejected")));
    shot(&wizard, QStringLiteral("import-5-rejected.png"));
    CHECK(count(db.db(), QStringLiteral("employees")) == 0);
}

TEST_CASE("Import wizard: a file that is not a table gives a message on the first page", "[ui][import]")
{
    test::TempDatabase db;
    Workspace workspace;
    workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
    ImportWizard wizard(&workspace);
    wizard.show();
    auto* filePage = qobject_cast<ImportFilePage*>(wizard.page(ImportWizard::FilePageId));
    filePage->pathEdit()->setText(test::dataFile(QStringLiteral("import/standards_bad.csv")));
    wizard.next(); // an SKJ layout is not an employee file: the NIP and name columns are missing
    CHECK(wizard.currentId() == ImportWizard::FilePageId);
    CHECK(filePage->errorLabel()->text().contains(QStringLiteral("nip_baru")));
}

TEST_CASE("Import wizard: the preview shows the field changes of updated rows", "[ui][import]")
{
    test::TempDatabase db;
    test::makeMiniOrg(db.db());
    Workspace workspace;
    workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
    for (const char* name : {"import/employees_good.csv", "import/employees_update.csv"}) {
        ImportWizard wizard(&workspace);
        wizard.show();
        auto* filePage = qobject_cast<ImportFilePage*>(wizard.page(ImportWizard::FilePageId));
        filePage->pathEdit()->setText(test::dataFile(QLatin1String(name)));
        wizard.next();
        wizard.next();
        REQUIRE(wizard.currentId() == ImportWizard::PreviewPageId);
        auto* preview = qobject_cast<ImportPreviewPage*>(wizard.currentPage());
        if (QLatin1String(name).endsWith(QLatin1String("update.csv"))) {
            QStringList details;
            for (int r = 0; r < preview->model()->rowCount(); ++r)
                details << preview->model()->index(r, 6).data().toString();
            CHECK(details.contains(QStringLiteral("Golongan: III/b → III/c")));
            CHECK(details.contains(QStringLiteral("Address: Jl. Raya \"Darmo\" 5 / Surabaya → Jl. Mayjen Sungkono 1")));
            shot(&wizard, QStringLiteral("import-6-update.png"));
        }
        wizard.next();
        REQUIRE(wizard.currentId() == ImportWizard::DonePageId);
    }
    CHECK(count(db.db(), QStringLiteral("employees")) == 3);
}
