#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/EmployeeFacts.h"
#include "common/ChartHelpers.h"
#include "common/RowTableModel.h"
#include "demo/DemoCityGenerator.h"
#include "profile/EmployeeProfileWindow.h"
#include "profile/PositionPickerDialog.h"
#include "profile/ProfileFormatter.h"
#include "reports/IndonesianFormat.h"
#include "reports/PdfRenderer.h"
#include "shell/Workspace.h"
#include "storage/AssessmentRepository.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace karsa;
using namespace karsa::ui;

namespace {
const QDate kProfileToday(2026, 3, 2);

struct ProfileDemo
{
    test::TempDatabase db;
    Workspace workspace;
    ProfileDemo()
    {
        DemoOptions options;
        options.employees = 300;
        options.today = kProfileToday;
        REQUIRE(DemoCityGenerator::generate(*db, options).ok());
        workspace.setToday(kProfileToday);
        workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
    }
};

QString labelText(const QWidget& window, const char* name)
{
    const auto* label = window.findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QString();
}

// A demo employee with a complete JPM and at least one competency below standard (else any complete one).
int pickEmployee(const AnalyticsSnapshot& s)
{
    int fallback = -1;
    for (int i = 0; i < s.jpm.size(); ++i) {
        if (!s.jpm[i].complete())
            continue;
        if (fallback < 0)
            fallback = i;
        const int p = s.data.employees()[i].positionIndex;
        for (const GapRow& g : gapAgainst(s.data, s.settings, i, p))
            if (g.shortfall > 0)
                return i;
    }
    return fallback;
}

void checkGapModel(const RowTableModel* model, const QVector<GapRow>& gaps)
{
    REQUIRE(model->rowCount() == gaps.size());
    for (const GapRow& g : gaps) {
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->rowAt(r)->id == g.competencyId)
                row = r;
        REQUIRE(row >= 0);
        const auto text = [&](int column) { return model->index(row, column).data().toString(); };
        CHECK(text(ProfileFormatter::GapRequired) == QString::number(g.required));
        CHECK(text(ProfileFormatter::GapShortfall) == QString::number(g.shortfall));
        if (g.assessed) {
            CHECK(text(ProfileFormatter::GapActual) == QString::number(g.actual));
            CHECK(text(ProfileFormatter::GapGap).replace(u'+', QString()).toInt() == g.gap);
        }
        CHECK(model->index(row, 0).data(Qt::BackgroundRole).value<QColor>() == ProfileFormatter::shortfallColor(g));
    }
}
} // namespace

TEST_CASE("The profile shows the core's JPM, category, IKK and gaps of a demo employee", "[ui][profile]")
{
    ProfileDemo demo;
    AnalyticsSnapshotPtr snap = demo.workspace.waitForAnalytics();
    REQUIRE(snap);
    const int i = pickEmployee(*snap);
    REQUIRE(i >= 0);
    const AnalyticsEmployee& e = snap->data.employees()[i];

    EmployeeProfileWindow window(&demo.workspace, e.id);
    REQUIRE(window.isLoaded());
    QAbstractItemModelTester gapTester(window.gapModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester historyTester(window.historyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    const JpmResult jpm = jpmAgainst(snap->data, snap->settings, i, e.positionIndex, snap->scale());
    REQUIRE(jpm.complete());
    CHECK(jpm.jpm == snap->jpm[i].jpm); // the snapshot agrees with a fresh computation
    CHECK(labelText(window, "jpmValue") == IndonesianFormat::percent(jpm.jpm, 2));
    CHECK(labelText(window, "ikkValue") == IndonesianFormat::percent(jpm.ikk, 2));
    REQUIRE(jpm.category >= 0);
    CHECK(labelText(window, "categoryValue").startsWith(snap->scale()->bands()[jpm.category].code + u' '));
    checkGapModel(window.gapModel(), gapAgainst(snap->data, snap->settings, i, e.positionIndex));

    // Identity numbers come from core too.
    const auto identity = ProfileFormatter::identity(window.profile());
    const auto value = [&identity](const QString& key) {
        for (const auto& [k, v] : identity)
            if (k == key)
                return v;
        return QString();
    };
    CHECK(value(QStringLiteral("Retirement")).startsWith(
        IndonesianFormat::date(retirementDateOf(snap->data, snap->settings, i))));
    CHECK(value(QStringLiteral("Age")) == QStringLiteral("%1 years").arg(ageOn(e.birthDate, kProfileToday)));
    CHECK(value(QStringLiteral("NIP")) == Nip::format(e.nip));

    // The radar shows the standard (first series) in the standard's order.
    QVector<double> required;
    for (const GapRow& g : gapAgainst(snap->data, snap->settings, i, e.positionIndex))
        required.append(g.required);
    CHECK(charts::chartValues(window.radarChart()) == required);

    // One history query: every stored assessment of the employee, newest first.
    auto history = AssessmentRepository(demo.workspace.db()).history(e.id);
    REQUIRE(history.ok());
    CHECK(window.historyModel()->rowCount() == history->size());
}

TEST_CASE("Compare with position shows the gaps and JPM against the chosen position", "[ui][profile]")
{
    ProfileDemo demo;
    AnalyticsSnapshotPtr snap = demo.workspace.waitForAnalytics();
    REQUIRE(snap);
    const int i = pickEmployee(*snap);
    REQUIRE(i >= 0);
    const AnalyticsEmployee& e = snap->data.employees()[i];
    int target = -1;
    for (int p = 0; p < snap->data.positions().size() && target < 0; ++p)
        if (p != e.positionIndex && snap->data.positions()[p].standard.size() > 0 &&
            snap->data.positions()[p].jenjang != snap->data.positions()[e.positionIndex].jenjang)
            target = p;
    REQUIRE(target >= 0);

    EmployeeProfileWindow window(&demo.workspace, e.id);
    REQUIRE(window.isLoaded());
    window.compareWith(target);
    CHECK(window.profile().comparing());
    const JpmResult jpm = jpmAgainst(snap->data, snap->settings, i, target, snap->scale());
    CHECK(labelText(window, "jpmValue") == (jpm.status == JpmStatus::NoStandard ? QStringLiteral("—")
                                                                                : IndonesianFormat::percent(jpm.jpm, 2)));
    checkGapModel(window.gapModel(), gapAgainst(snap->data, snap->settings, i, target));
    window.compareWith(-1);
    CHECK_FALSE(window.profile().comparing());
    CHECK(labelText(window, "jpmValue") == IndonesianFormat::percent(snap->jpm[i].jpm, 2));

    // The position dialog searches every position.
    PositionPickerDialog dialog(snap->data);
    QAbstractItemModelTester pickerTester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(dialog.model()->rowCount() == snap->data.positions().size());
    dialog.model()->setFilterText(snap->data.positions()[target].code);
    CHECK(dialog.model()->rowCount() >= 1);
}

TEST_CASE("The profile prints as a PDF with the radar chart", "[ui][profile]")
{
    ProfileDemo demo;
    AnalyticsSnapshotPtr snap = demo.workspace.waitForAnalytics();
    REQUIRE(snap);
    const int i = pickEmployee(*snap);
    EmployeeProfileWindow window(&demo.workspace, snap->data.employees()[i].id);
    window.resize(1180, 860);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    if (const QString png = qEnvironmentVariable("KARSA_KEEP_PROFILE_PNG"); !png.isEmpty()) {
        QTest::qWait(300);
        window.grab().save(png);
    }
    const ReportDocument doc = window.document();
    bool hasImage = false, hasTable = false;
    for (const ReportSection& s : doc.sections) {
        if (const auto* image = std::get_if<ImageSection>(&s))
            hasImage = !image->image.isNull();
        hasTable = hasTable || std::holds_alternative<TableSection>(s);
    }
    CHECK(hasImage);
    CHECK(hasTable);
    QTemporaryDir dir;
    const QString keep = qEnvironmentVariable("KARSA_KEEP_PROFILE_PDF");
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("profile.pdf")) : keep;
    REQUIRE(PdfRenderer::render(doc, path).ok());
    CHECK(QFileInfo(path).size() > 1000);
}
