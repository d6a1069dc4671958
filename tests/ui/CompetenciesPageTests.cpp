#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "competencies/CompetenciesPage.h"
#include "competencies/CompetencyEditDialog.h"
#include "competencies/CompetencyTableModel.h"
#include "common/TableExport.h"
#include "shell/Workspace.h"
#include "storage/CompetencyRepository.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>

using namespace karsa;
using namespace karsa::ui;

namespace {
struct PageFixture
{
    test::TempDatabase db;
    test::MiniOrg org;
    Workspace workspace;
    std::unique_ptr<CompetenciesPage> page;
    PageFixture()
    {
        org = test::makeMiniOrg(db.db());
        workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
        page = std::make_unique<CompetenciesPage>(&workspace);
        page->activate();
    }
};

Competency technical(const QString& code)
{
    Competency c;
    c.code = code;
    c.name = QStringLiteral("Manajemen Kepegawaian");
    c.type = CompetencyType::Teknis;
    c.definition = QStringLiteral("Kemampuan mengelola administrasi kepegawaian");
    c.levels = {{1, QStringLiteral("Memahami prosedur"), {QStringLiteral("Menyusun usul kenaikan pangkat")}},
                {2, QStringLiteral("Menerapkan"), {}}};
    return c;
}
} // namespace

TEST_CASE("The dictionary model passes the model tester, filters by type and searches", "[ui][competencies]")
{
    PageFixture f;
    CompetencyTableModel* model = f.page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->totalCount() == 9);
    CHECK(model->rowCount() == 9);
    model->setTypeFilter(CompetencyType::SosialKultural);
    CHECK(model->rowCount() == 1);
    model->setTypeFilter(std::nullopt);
    model->setFilterText(QStringLiteral("integritas"));
    REQUIRE(model->rowCount() == 1);
    f.page->selectCompetency(model->competencyAt(0)->id);
    CHECK(CompetenciesPage::detailHtml(*model->competencyAt(0)).contains(QStringLiteral("Integritas")));
    model->setFilterText(QString());
    model->sort(CompetencyTableModel::Levels, Qt::DescendingOrder);
    CHECK(model->rowCount() == 9);
}

TEST_CASE("Adding a technical competency shows it in the dictionary and Undo removes it", "[ui][competencies]")
{
    PageFixture f;
    REQUIRE(f.page->createCompetency(technical(QStringLiteral("T.SDM.01"))).ok());
    f.page->activate(); // stale after the change
    REQUIRE(f.page->model()->totalCount() == 10);
    const auto stored = CompetencyRepository(f.db.db()).byCode(QStringLiteral("T.SDM.01"));
    REQUIRE(stored.ok());
    CHECK(stored->levels.size() == 2);
    REQUIRE(f.page->selectCompetency(stored->id));
    const QString html = CompetenciesPage::detailHtml(stored.value());
    CHECK(html.contains(QStringLiteral("Menyusun usul kenaikan pangkat")));
    CHECK(f.page->model()->index(f.page->model()->rowOf(stored->id), CompetencyTableModel::Levels).data(kExportValueRole).toInt() == 2);

    f.workspace.undoStack()->undo();
    CHECK_FALSE(CompetencyRepository(f.db.db()).byCode(QStringLiteral("T.SDM.01")).ok());
    f.page->activate();
    CHECK(f.page->model()->totalCount() == 9);

    // A duplicate code is reported on the code field.
    REQUIRE(f.page->createCompetency(technical(QStringLiteral("M.01"))).error().field == QStringLiteral("code"));
}

TEST_CASE("Editing a competency's levels is undoable", "[ui][competencies]")
{
    PageFixture f;
    REQUIRE(f.page->createCompetency(technical(QStringLiteral("T.SDM.02"))).ok());
    const Competency before = CompetencyRepository(f.db.db()).byCode(QStringLiteral("T.SDM.02")).value();
    CompetencyEditDialog dialog(before);
    dialog.nameEdit()->setText(QStringLiteral("Manajemen ASN"));
    dialog.levelDescription(5)->setPlainText(QStringLiteral("Merumuskan kebijakan"));
    dialog.levelIndicators(5)->setPlainText(QStringLiteral("Indikator satu\n\nIndikator dua\n"));
    const Competency after = dialog.competency();
    REQUIRE(after.levels.size() == 3);
    CHECK(after.levels.last().indicators == QStringList{QStringLiteral("Indikator satu"), QStringLiteral("Indikator dua")});
    REQUIRE(f.page->updateCompetency(before, after).ok());
    CHECK(CompetencyRepository(f.db.db()).byCode(QStringLiteral("T.SDM.02")).value().name == QStringLiteral("Manajemen ASN"));
    f.workspace.undoStack()->undo();
    const Competency undone = CompetencyRepository(f.db.db()).byCode(QStringLiteral("T.SDM.02")).value();
    CHECK(undone.name == QStringLiteral("Manajemen Kepegawaian"));
    CHECK(undone.levels.size() == 2);
}

TEST_CASE("Deleting a competency used by a standard is refused in plain words; an unused one is undoable", "[ui][competencies]")
{
    PageFixture f;
    const Competency used = CompetencyRepository(f.db.db()).byCode(QStringLiteral("M.01")).value();
    const int undoCount = f.workspace.undoStack()->count();
    Status refused = f.page->deleteCompetency(used.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(used.name));
    CHECK(refused.error().message.contains(QStringLiteral("cannot be deleted")));
    CHECK(f.workspace.undoStack()->count() == undoCount); // nothing pushed
    CHECK(CompetencyRepository(f.db.db()).byCode(QStringLiteral("M.01")).ok());

    REQUIRE(f.page->createCompetency(technical(QStringLiteral("T.SDM.03"))).ok());
    const qint64 id = CompetencyRepository(f.db.db()).byCode(QStringLiteral("T.SDM.03")).value().id;
    f.page->activate();
    REQUIRE(f.page->deleteCompetency(id).ok());
    CHECK_FALSE(CompetencyRepository(f.db.db()).byCode(QStringLiteral("T.SDM.03")).ok());
    f.workspace.undoStack()->undo();
    const auto back = CompetencyRepository(f.db.db()).byCode(QStringLiteral("T.SDM.03"));
    REQUIRE(back.ok());
    CHECK(back->id == id);
    CHECK(back->levels.size() == 2);
}
