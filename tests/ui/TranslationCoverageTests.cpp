// Everything a user sees is Indonesian when Indonesian is chosen: every page and the main dialogs are
// walked with the Indonesian translators installed, and no text they show may still be an English
// source string that has an Indonesian translation (or should have one).
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "assessments/AssessmentDialog.h"
#include "assessments/AssessmentLabels.h"
#include "common/Page.h"
#include "common/Translations.h"
#include "competencies/CompetencyEditDialog.h"
#include "demo/DemoCityGenerator.h"
#include "development/ProgrammeDialog.h"
#include "employees/EmployeeEditDialog.h"
#include "evaluation/NewCycleDialog.h"
#include "import/ImportWizard.h"
#include "positions/PositionEditDialog.h"
#include "profile/PositionPickerDialog.h"
#include "refdata/ReferenceCatalog.h"
#include "security/UserEditDialog.h"
#include "shell/AboutDialog.h"
#include "shell/AnalyticsSnapshot.h"
#include "shell/LetterheadDialog.h"
#include "shell/MainWindow.h"
#include "shell/RecoveryDialog.h"
#include "shell/Workspace.h"
#include "storage/CompetencyRepository.h"
#include "storage/EmployeeRepository.h"
#include "storage/PositionRepository.h"
#include "storage/UnitRepository.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPageSetupDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QWizard>
#include <QXmlStreamReader>

#include <map>

using namespace karsa;
using namespace karsa::ui;

namespace {

// The English source strings of a .ts file that an Indonesian user must not see: those whose
// translation differs from them, and those left without a translation.
void readSources(const QString& file, QSet<QString>& out)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == u"vanished" || type == u"obsolete")
                continue;
            if (translation.trimmed() != source.trimmed() && !source.trimmed().isEmpty())
                out.insert(source);
        }
    }
    REQUIRE_FALSE(xml.hasError());
}

QString describe(const QObject* o)
{
    QStringList chain;
    for (const QObject* p = o; p; p = p->parent()) {
        if (p->isWidgetType() && static_cast<const QWidget*>(p)->isWindow()) {
            chain.prepend(QString::fromLatin1(p->metaObject()->className()));
            break;
        }
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_"))
            chain.prepend(p->objectName());
    }
    return chain.join(u'/');
}

// Every text `root` and its children show: labels, buttons, group and tab titles, header sections,
// combo-box items, placeholders, tooltips, menu and action texts, window titles.
void collectTexts(QWidget* root, std::map<QString, QString>& texts)
{
    auto add = [&texts](const QString& text, const QObject* where) {
        if (!text.isEmpty())
            texts.emplace(text, describe(where));
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (w->isWindow())
            add(w->windowTitle(), w);
        add(w->toolTip(), w);
        if (auto* label = qobject_cast<QLabel*>(w))
            add(label->text(), w);
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(button->text(), w);
        if (auto* group = qobject_cast<QGroupBox*>(w))
            add(group->title(), w);
        if (auto* tabs = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), w);
        // Paper names (A4, Letter, Note) are names, not words to translate.
        if (auto* combo = qobject_cast<QComboBox*>(w); combo && combo->objectName() != u"pageSizeCombo")
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i), w);
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            add(edit->placeholderText(), w);
        if (auto* menu = qobject_cast<QMenu*>(w))
            add(menu->title(), w);
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            const QAbstractItemModel* model = view->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                add(model->headerData(c, Qt::Horizontal).toString(), w);
                // The first rows' cells too: they must not be English words or stored codes.
                for (int r = 0; r < qMin(model->rowCount(), 40); ++r)
                    add(model->index(r, c).data(Qt::DisplayRole).toString(), w);
            }
        }
        for (QAction* action : w->actions()) {
            add(action->text(), w);
            add(action->toolTip() == action->text() ? QString() : action->toolTip(), w);
            if (action->menu())
                add(action->menu()->title(), action->menu());
        }
    }
}

void removeTranslators()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator*>();
    for (QTranslator* t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}

void waitIdle(Workspace* workspace)
{
    QTest::qWait(30);
    workspace->waitForAnalytics();
    QTest::qWait(30);
}

} // namespace

TEST_CASE("Every page and main dialog shows Indonesian only when Indonesian is chosen", "[ui][translation]")
{
    QSet<QString> english;
    for (const char* name : {"karsa_ui_id.ts", "karsa_core_id.ts", "qt_extra_id.ts"})
        readSources(QDir(QStringLiteral(KARSA_TRANSLATIONS_DIR)).filePath(QLatin1String(name)), english);
    REQUIRE(english.size() > 1000);

    test::TempDatabase file;
    DemoOptions options;
    options.employees = 200;
    REQUIRE(DemoCityGenerator::generate(*file, options).ok());
    file.close();
    REQUIRE(installTranslations(QStringLiteral("id")));

    std::map<QString, QString> texts;
    {
        MainWindow window(Database::open(file.path(), Database::Mode::OpenExisting).value());
        window.resize(1366, 740);
        window.show();
        Workspace* workspace = window.workspace();
        waitIdle(workspace);
        for (int i = 0; i < window.pages().size(); ++i) {
            window.showPage(i);
            waitIdle(workspace);
        }
        collectTexts(&window, texts);
        for (QAction* action : window.menuBar()->actions()) {
            texts.emplace(action->text(), QStringLiteral("menu bar"));
            if (action->menu())
                collectTexts(action->menu(), texts);
        }

        // The dialogs the pages open, built as they build them (never exec'd).
        QSqlDatabase db = workspace->db();
        const auto units = UnitRepository(db).all().value();
        const auto positions = PositionRepository(db).all(false).value();
        const auto competencies = CompetencyRepository(db).all().value();
        const auto employees = EmployeeRepository(db).all().value();
        REQUIRE_FALSE(employees.isEmpty());
        REQUIRE_FALSE(competencies.isEmpty());
        AnalyticsSnapshotPtr snapshot = workspace->waitForAnalytics();
        REQUIRE(snapshot);
        Assessment assessment;
        assessment.employeeId = employees.first().id;
        assessment.competencyId = competencies.first().id;
        assessment.level = 3;
        assessment.method = QStringLiteral("uji_kompetensi");
        QVector<QPair<qint64, QString>> unitItems;
        for (const Unit& u : units)
            unitItems.append({u.id, u.name});

        std::vector<std::unique_ptr<QWidget>> dialogs;
        dialogs.emplace_back(new EmployeeEditDialog(employees.first(), units, positions, &window));
        dialogs.emplace_back(new EmployeeEditDialog(Employee(), units, positions, &window));
        dialogs.emplace_back(new PositionEditDialog(positions.first(), units, positions, &window));
        dialogs.emplace_back(new CompetencyEditDialog(competencies.first(), &window));
        dialogs.emplace_back(new AssessmentDialog(assessment, competencies, &window));
        dialogs.emplace_back(new ProgrammeDialog(snapshot->data, &window));
        dialogs.emplace_back(new PositionPickerDialog(snapshot->data, &window));
        dialogs.emplace_back(new NewCycleDialog(unitItems, 2026, 5, &window));
        dialogs.emplace_back(new UserEditDialog(db, UserEditDialog::NewUser, {}, &window));
        dialogs.emplace_back(new LetterheadDialog(db, &window));
        dialogs.emplace_back(new AboutDialog(&window));
        dialogs.emplace_back(new RecoveryDialog(file.path(), QStringLiteral("-"), &window));
        auto* wizard = new ImportWizard(workspace, &window);
        dialogs.emplace_back(wizard);
        // Qt's own dialogs and buttons, as Karsa opens them.
        auto* box = new QMessageBox(QMessageBox::Question, QStringLiteral("-"), QStringLiteral("-"),
                                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Ok | QMessageBox::Cancel |
                                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Close |
                                        QMessageBox::Apply | QMessageBox::Reset | QMessageBox::Help |
                                        QMessageBox::RestoreDefaults | QMessageBox::Retry | QMessageBox::Ignore,
                                    &window);
        dialogs.emplace_back(box);
        auto* files = new QFileDialog(&window, QStringLiteral("-"), QDir::tempPath());
        files->setOption(QFileDialog::DontUseNativeDialog);
        dialogs.emplace_back(files);
        auto* saveFiles = new QFileDialog(&window, QStringLiteral("-"), QDir::tempPath());
        saveFiles->setOption(QFileDialog::DontUseNativeDialog);
        saveFiles->setAcceptMode(QFileDialog::AcceptSave);
        dialogs.emplace_back(saveFiles);
        QPrinter printer;
        dialogs.emplace_back(new QPrintPreviewDialog(&printer, &window));
        dialogs.emplace_back(new QPageSetupDialog(&printer, &window));
        dialogs.emplace_back(new QPrintDialog(&printer, &window));
        for (auto& dialog : dialogs) {
            dialog->show();
            QTest::qWait(20);
            collectTexts(dialog.get(), texts);
            if (auto* wiz = qobject_cast<QWizard*>(dialog.get()))
                for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton,
                                   QWizard::FinishButton, QWizard::HelpButton})
                    texts.emplace(wiz->buttonText(which), QStringLiteral("ImportWizard"));
            dialog->hide();
        }
        dialogs.clear();
    }
    removeTranslators();

    // Stored codes are never shown as they are: jenjang, assessment methods.
    QSet<QString> codes;
    for (const JenjangInfo& j : ReferenceCatalog::instance().jenjangList())
        if (j.code != j.name)
            codes.insert(j.code);
    for (const QString& m : AssessmentLabels::methodCodes())
        if (AssessmentLabels::method(m) != m)
            codes.insert(m);
    REQUIRE(codes.contains(QStringLiteral("ahli_pertama")));
    REQUIRE(codes.contains(QStringLiteral("uji_kompetensi")));

    QStringList offenders;
    for (const auto& [text, where] : texts)
        if (english.contains(text) || codes.contains(text))
            offenders << QStringLiteral("\"%1\" in %2").arg(text.left(120), where);
    INFO("English or codes shown in Indonesian:\n" << offenders.join(u'\n').toStdString());
    CHECK(offenders.isEmpty());
    // The walk saw the pages and the dialogs.
    CHECK(texts.size() > 500);
}
