// Prints and exports from the window: the printer takes the PDF's orientation rule, GUI tables get
// a "No." column and a scope line, the export message pre-answered through its seam, default file
// names and formats, JPM as a number with a completeness column, the dashboard and the 9-box as
// documents, the first-run letterhead dialog and the Settings reminder, the DATA DEMO banner.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "common/ExportNotice.h"
#include "common/Translations.h"
#include "common/FileDialog.h"
#include "common/TableExport.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoCityGenerator.h"
#include "employees/EmployeesPage.h"
#include "io/XlsxReader.h"
#include "reports/Letterhead.h"
#include "reports/PdfLayout.h"
#include "reports/PdfRenderer.h"
#include "settings/SettingsPage.h"
#include "shell/LetterheadDialog.h"
#include "shell/MainWindow.h"
#include "shell/Workspace.h"
#include "storage/SettingsRepository.h"
#include "storage/UnitRepository.h"
#include "talent/TalentPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace karsa;
using namespace karsa::ui;
using namespace Qt::Literals::StringLiterals;

namespace {
const QDate kToday(2026, 12, 4);

struct PrintDemo
{
    test::TempDatabase db;
    Workspace workspace;
    PrintDemo()
    {
        DemoOptions options;
        options.employees = 300;
        options.today = QDate(2026, 3, 2);
        REQUIRE(DemoCityGenerator::generate(*db, options).ok());
        workspace.setToday(kToday);
        workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
    }
};

// KARSA_KEEP_PRINTS=DIR keeps the printed PDFs (in Indonesian) for docs/screenshots; empty = none.
QString keepPrintsDir()
{
    const QString keep = qEnvironmentVariable("KARSA_KEEP_PRINTS");
    static const bool installed = !keep.isEmpty() && installTranslations(QStringLiteral("id"));
    Q_UNUSED(installed)
    return keep;
}

ReportTable tableOfWidth(int columns)
{
    ReportTable t;
    t.title = u"Tabel"_s;
    for (int c = 0; c < columns; ++c)
        t.columns << ReportColumn::text(u"c%1"_s.arg(c), u"Kolom %1"_s.arg(c), 20);
    ReportRow row;
    for (int c = 0; c < columns; ++c)
        row << u"isi"_s;
    t.addRow(row);
    return t;
}
} // namespace

TEST_CASE("The printer takes the same orientation as the PDF: landscape for a wide table", "[ui][print]")
{
    for (int columns : {2, 9}) {
        const ReportDocument doc = ReportDocument::fromTable(tableOfWidth(columns));
        QPrinter printer(QPrinter::HighResolution);
        configurePrinter(printer, doc);
        INFO(columns << " columns");
        CHECK(printer.pageLayout().orientation() == PdfRenderer::orientationFor(doc));
        CHECK(printer.pageLayout().pageSize().id() == QPageSize::A4);
    }
    CHECK(PdfRenderer::orientationFor(ReportDocument::fromTable(tableOfWidth(9))) == QPageLayout::Landscape);
    CHECK(PdfRenderer::orientationFor(ReportDocument::fromTable(tableOfWidth(2))) == QPageLayout::Portrait);
}

TEST_CASE("Employee prints name the unit, the filters and the date, number the rows and export JPM as a number",
          "[ui][print]")
{
    keepPrintsDir();
    PrintDemo demo;
    EmployeesPage page(&demo.workspace);
    QSignalSpy loaded(&page, &EmployeesPage::loaded);
    page.show();
    page.activate();
    REQUIRE(loaded.wait(30000));
    REQUIRE(demo.workspace.waitForAnalytics());
    QApplication::processEvents();
    const Unit dinkes = UnitRepository(demo.workspace.db()).byCode(u"DINKES"_s).value();
    auto* unit = page.findChild<QComboBox*>(u"unitFilter"_s);
    REQUIRE(unit);
    unit->setCurrentIndex(unit->findData(dinkes.id));
    QApplication::processEvents();

    const ReportDocument doc = page.reportDocument();
    if (const QString keep = keepPrintsDir(); !keep.isEmpty())
        REQUIRE(writeDocument(&demo.workspace, doc, QDir(keep).filePath(u"print-employees.pdf"_s)).ok());
    CHECK(doc.subtitle.contains(dinkes.name));
    CHECK(doc.subtitle.contains(ReportDocument::asOfText(kToday)));
    CHECK(page.exportSubject() == QCoreApplication::translate("karsa::ui::EmployeesPage", "Employees") + u"-DINKES"_s);
    const ReportTable* table = doc.tables().value(0);
    REQUIRE(table);
    CHECK(table->hasRowNumbers());
    CHECK(table->rowCount() > 0);
    CHECK(table->groups.first().rows.first().first().toInt() == 1);
    CHECK(table->groups.last().rows.last().first().toInt() == table->rowCount());

    // JPM over the whole city: a number in every row that has one, a completeness column beside it.
    unit->setCurrentIndex(0);
    QApplication::processEvents();
    const ReportDocument all = page.reportDocument();
    table = all.tables().value(0);
    REQUIRE(table);
    int jpm = -1;
    for (int c = 0; c < table->columns.size(); ++c)
        if (table->columns.at(c).type == ReportColumn::Type::Percent)
            jpm = c;
    REQUIRE(jpm > 0);
    REQUIRE(jpm + 1 < table->columns.size());
    const QString complete = QCoreApplication::translate("karsa::ui::EmployeeTableModel", "Complete");
    const QString incomplete = QCoreApplication::translate("karsa::ui::EmployeeTableModel", "Incomplete");
    int incompleteRows = 0, numbers = 0;
    for (const ReportGroup& g : table->groups)
        for (const ReportRow& r : g.rows) {
            const QString state = r.value(jpm + 1).toString();
            if (state.isEmpty())
                continue;
            CHECK((state == complete || state == incomplete));
            bool ok = false;
            r.value(jpm).toDouble(&ok);
            CHECK(ok);
            numbers += ok ? 1 : 0;
            incompleteRows += state == incomplete ? 1 : 0;
        }
    CHECK(incompleteRows > 0); // the demo city has unassessed competencies: they are numbers too

    // Read back from the XLSX with Karsa's own reader: JPM cells are numeric in every such row.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pegawai.xlsx"_s);
    REQUIRE(writeDocument(&demo.workspace, all, path).ok());
    auto reader = io::XlsxReader::open(path);
    REQUIRE(reader);
    int numericJpm = 0;
    REQUIRE(reader->readSheet(0, [&](int, const QStringList& cells, const QBitArray& numeric) {
        if (cells.value(jpm + 1) == complete || cells.value(jpm + 1) == incomplete)
            numericJpm += io::isNumericCell(numeric, jpm) ? 1 : 0;
        return true;
    }).ok());
    CHECK(numericJpm == numbers);
}

TEST_CASE("After an export the message offers the file and its folder; tests pre-answer it", "[ui][print]")
{
    QTemporaryDir dir;
    QList<QUrl> opened;
    ExportNotice::setUrlOpener([&opened](const QUrl& url) {
        opened << url;
        return true;
    });
    QSettings().setValue(u"export/lastDir"_s, dir.filePath(u"gone"_s)); // a folder that no longer exists
    QWidget* parent = nullptr; // no workspace: no masking or audit, today's date
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const ReportDocument doc = ReportDocument::fromTable(tableOfWidth(2));

    SECTION("Open folder")
    {
        const QString path = dir.filePath(u"tabel.xlsx"_s);
        FileDialog::setNextFileName(path);
        ExportNotice::setNextAnswer(ExportNotice::OpenFolder);
        REQUIRE(exportDocument(parent, doc, u"Pegawai DINKES"_s));
        CHECK(QFileInfo::exists(path));
        // Proposed: Documents (the remembered folder is gone), the subject and today's date.
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        CHECK(FileDialog::lastProposed() == QDir(documents).filePath(u"Pegawai-DINKES-"_s + today + u".xlsx"_s));
        CHECK(ExportNotice::lastText().contains(u"tabel.xlsx"_s));
        CHECK(ExportNotice::lastText().contains(QDir::toNativeSeparators(dir.path())));
        REQUIRE(opened.size() == 1);
        CHECK(opened.first() == QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    }
    SECTION("Open file, and PDF proposed when asked for")
    {
        const QString path = dir.filePath(u"profil.pdf"_s);
        FileDialog::setNextFileName(path);
        ExportNotice::setNextAnswer(ExportNotice::OpenFile);
        REQUIRE(exportDocument(parent, doc, u"Profil-198609262015051001"_s, ExportFormat::Pdf));
        CHECK(FileDialog::lastProposed().endsWith(u"Profil-198609262015051001-"_s + today + u".pdf"_s));
        CHECK(FileDialog::lastInitialFilter().contains(u"*.pdf"_s));
        REQUIRE(opened.size() == 1);
        CHECK(opened.first() == QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
        QFile pdf(path);
        REQUIRE(pdf.open(QIODevice::ReadOnly));
        CHECK(pdf.read(5) == "%PDF-");
    }
    SECTION("Cancel in the save dialog writes nothing and shows no message")
    {
        FileDialog::setNextFileName(QString());
        ExportNotice::setNextAnswer(ExportNotice::OpenFile);
        CHECK_FALSE(exportDocument(parent, doc, u"Pegawai"_s));
        CHECK(opened.isEmpty());
        ExportNotice::show(nullptr, dir.filePath(u"x.csv"_s)); // consume the unused answer
        opened.clear();
    }
    ExportNotice::setUrlOpener({});
    CHECK(exportFileName(u"Rekap: JP/2026 "_s, QDate(2026, 12, 4)) == u"Rekap-JP-2026-2026-12-04"_s);
}

TEST_CASE("The dashboard and the 9-box print for a leadership meeting", "[ui][print]")
{
    const QString keep = keepPrintsDir();
    PrintDemo demo;
    QTemporaryDir dir;
    auto out = [&](const QString& name) { return keep.isEmpty() ? dir.filePath(name) : QDir(keep).filePath(name); };

    DashboardPage dashboard(&demo.workspace);
    QSignalSpy updated(&dashboard, &DashboardPage::updated);
    dashboard.resize(1400, 880);
    dashboard.show();
    dashboard.activate();
    REQUIRE(demo.workspace.waitForAnalytics());
    for (int k = 0; k < 400 && updated.isEmpty(); ++k)
        QTest::qWait(25);
    REQUIRE_FALSE(updated.isEmpty());
    QTest::qWait(100);
    const ReportDocument board = dashboard.reportDocument();
    CHECK(board.landscape());
    CHECK(board.subtitle.contains(ReportDocument::asOfText(kToday)));
    int images = 0;
    for (const ReportSection& s : board.sections)
        if (const auto* image = std::get_if<ImageSection>(&s))
            images += image->image.isNull() ? 0 : 1;
    CHECK(images == 2);
    REQUIRE(board.tables().size() == 2);
    const ReportTable& boxes = *board.tables().at(1);
    CHECK(boxes.totals.last().toInt() == dashboard.figures().boxes.placed);
    REQUIRE(writeDocument(&demo.workspace, board, out(u"print-dashboard.pdf"_s)).ok());
    CHECK(PdfRenderer::layout(board).containsText(Letterhead::demoNotice()));

    TalentPage talent(&demo.workspace);
    QSignalSpy refreshed(&talent, &TalentPage::refreshed);
    talent.resize(1400, 880);
    talent.show();
    talent.activate();
    for (int k = 0; k < 400 && refreshed.isEmpty(); ++k)
        QTest::qWait(25);
    REQUIRE_FALSE(refreshed.isEmpty());
    const ReportDocument nine = talent.nineBoxDocument();
    const ReportTable* perBox = nine.tables().value(0);
    REQUIRE(perBox);
    REQUIRE(perBox->rowCount() == 9);
    for (const ReportRow& r : perBox->groups.first().rows)
        CHECK(r.at(4).toInt() == talent.counts().perBox[r.at(0).toInt()]);
    CHECK(perBox->totals.at(4).toInt() == talent.counts().placed);
    REQUIRE(writeDocument(&demo.workspace, nine, out(u"print-9box.pdf"_s)).ok());
    CHECK(QFileInfo(out(u"print-9box.pdf"_s)).size() > 1000);
}

TEST_CASE("The first-run letterhead dialog stores the agency and the signing official; Settings reminds when skipped",
          "[ui][print][settings]")
{
    test::TempDatabase db;
    REQUIRE(SettingsRepository(db.db()).writeDefaults().ok());
    {
        Workspace workspace;
        workspace.setDatabase(Database::open(db.path()).value());
        SettingsPage page(&workspace);
        page.activate();
        auto* reminder = page.findChild<QLabel*>(u"signerReminder"_s);
        REQUIRE(reminder);
        CHECK_FALSE(reminder->isHidden()); // skipped: no signing official yet
    }
    LetterheadDialog dialog(db.db());
    dialog.field(u"organisation/agency"_s)->setText(u"BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"_s);
    dialog.field(u"signature/name"_s)->setText(u"Drs. Ahmad Fauzi, M.Si."_s);
    dialog.field(u"signature/rank"_s)->setText(u"Pembina Utama Muda (IV/c)"_s);
    dialog.field(u"signature/title"_s)->setText(u"Sekretaris"_s);
    dialog.field(u"signature/on_behalf"_s)->setText(u"Kepala BKPSDM"_s);
    dialog.actingBox()->setChecked(true);

    // A wrong NIP is refused and nothing is written.
    dialog.field(u"signature/nip"_s)->setText(u"1986"_s);
    REQUIRE_FALSE(dialog.save().ok());
    CHECK(SettingsRepository(db.db()).value(u"signature/name"_s).isEmpty());

    dialog.field(u"signature/nip"_s)->setText(u"19860926 201505 1 001"_s);
    REQUIRE(dialog.save().ok());
    const Letterhead l = Letterhead::fromSettings(SettingsRepository(db.db()));
    CHECK(l.signerName == u"Drs. Ahmad Fauzi, M.Si."_s);
    CHECK(l.signerNip == u"198609262015051001"_s);
    CHECK(l.signerRank == u"Pembina Utama Muda (IV/c)"_s);
    CHECK(l.signerOnBehalf == u"Kepala BKPSDM"_s);
    CHECK(l.signerActing);

    // Printed: a table document from the window signs with this official.
    Workspace workspace;
    workspace.setToday(kToday);
    workspace.setDatabase(Database::open(db.path()).value());
    const PdfLayout layout = PdfRenderer::layout(documentForTable(&workspace, tableOfWidth(2)));
    CHECK(layout.containsText(u"Drs. Ahmad Fauzi, M.Si."_s));
    CHECK(layout.containsText(u"NIP. 19860926 201505 1 001"_s));
    CHECK(layout.containsText(u"a.n. Kepala BKPSDM"_s));
    CHECK(layout.containsText(u"Plt. Sekretaris"_s));
    CHECK_FALSE(layout.containsText(Letterhead::demoNotice()));
    SettingsPage page(&workspace);
    page.activate();
    CHECK(page.findChild<QLabel*>(u"signerReminder"_s)->isHidden());
}

TEST_CASE("The window marks the demo city DATA DEMO in its title and status bar", "[ui][print]")
{
    test::TempDatabase db;
    DemoOptions options;
    options.employees = 60;
    REQUIRE(DemoCityGenerator::generate(*db, options).ok());
    db.close();
    MainWindow window(Database::open(db.path(), Database::Mode::OpenExisting).value());
    auto* banner = window.findChild<QLabel*>(u"demoDataBanner"_s);
    REQUIRE(banner);
    CHECK_FALSE(banner->isHidden());
    CHECK(banner->text() == Letterhead::demoNotice());
    CHECK(window.windowTitle().contains(QCoreApplication::translate("karsa::ui::MainWindow", "%1 — Karsa — DEMO DATA")
                                            .section(u"— "_s, -1)));

    test::TempDatabase own;
    REQUIRE(SettingsRepository(own.db()).writeDefaults().ok());
    own.close();
    MainWindow real(Database::open(own.path(), Database::Mode::OpenExisting).value());
    CHECK(real.findChild<QLabel*>(u"demoDataBanner"_s)->isHidden());
}
