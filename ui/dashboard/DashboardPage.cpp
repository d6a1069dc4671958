#include "DashboardPage.h"

#include "analytics/DashboardFigures.h"
#include "analytics/TalentBox.h"
#include "common/ChartHelpers.h"
#include "common/TableExport.h"
#include "reports/Letterhead.h"
#include "storage/SettingsRepository.h"
#include "development/JpDashboardChart.h"
#include "reports/IndonesianFormat.h"
#include "shell/Workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace karsa::ui {

namespace {
// The scale's band colours from the best to the worst band.
QVector<QColor> bandColors(int bands)
{
    const QVector<QColor> palette{charts::colorGood(), QColor(0x7c, 0xb3, 0x42), charts::colorWarning(),
                                  QColor(0xef, 0x6c, 0x00), charts::colorBad()};
    QVector<QColor> out;
    for (int b = 0; b < bands; ++b) {
        if (bands <= 1)
            out.append(palette[0]);
        else if (bands == 2)
            out.append(b == 0 ? palette[0] : palette[4]);
        else if (bands == 3)
            out.append(palette[b * 2]);
        else
            out.append(palette[qMin(b, int(palette.size()) - 1)]);
    }
    return out;
}
} // namespace

DashboardPage::DashboardPage(Workspace* workspace, QWidget* parent) : Page(workspace, parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Unit:"), this));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("dashboardUnit"));
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    m_unit->setMinimumWidth(300);
    m_unit->setMaxVisibleItems(25);
    m_unit->completer()->setFilterMode(Qt::MatchContains);
    m_unit->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_unit->lineEdit()->setPlaceholderText(tr("Type to search a unit…"));
    bar->addWidget(m_unit, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true); // the figures wrap rather than widen the page
    bar->addSpacing(16);
    bar->addWidget(m_summary, 2);
    auto* print = new QPushButton(tr("Print…"), this);
    print->setObjectName(QStringLiteral("dashboardPrint"));
    print->setToolTip(tr("The dashboard with letterhead, its figures and a signature, for a leadership meeting"));
    auto* exportPdf = new QPushButton(tr("Export PDF…"), this);
    exportPdf->setObjectName(QStringLiteral("dashboardExport"));
    bar->addWidget(print);
    bar->addWidget(exportPdf);
    layout->addLayout(bar);
    connect(print, &QPushButton::clicked, this, [this] {
        if (m_data.snapshot)
            printDocument(this, reportDocument());
    });
    connect(exportPdf, &QPushButton::clicked, this, [this] {
        if (m_data.snapshot)
            exportDocument(this, reportDocument(), tr("Dashboard") + u'-' + exportScope(), ExportFormat::Pdf);
    });
    connect(m_unit, &QComboBox::activated, this, [this](int row) {
        if (row >= 0)
            compute();
    });

    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    const char* names[ChartCount] = {"headcountChart", "categoryChart", "gapChart", "boxChart", "shortfallChart"};
    for (int c = 0; c < ChartCount; ++c)
        m_charts[c] = charts::createChartWidget(this, QString::fromLatin1(names[c]));
    grid->addWidget(m_charts[Headcount], 0, 0);
    grid->addWidget(m_charts[Categories], 0, 1);
    grid->addWidget(m_charts[Boxes], 0, 2);
    grid->addWidget(m_charts[Gaps], 1, 0, 1, 2);
    grid->addWidget(m_charts[Shortfall], 1, 2);
    grid->setColumnStretch(0, 4);
    grid->setColumnStretch(1, 5);
    grid->setColumnStretch(2, 4);
    // JP compliance of this year per unit (issue 5, ui/development).
    m_jp = new JpDashboardChart(this);
    grid->addWidget(m_jp, 2, 0, 1, 3);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 2);
    connect(m_jp, &JpDashboardChart::openEmployeeList, this, &DashboardPage::openList);
    layout->addLayout(grid, 1);
    auto* hint = new QLabel(tr("Click a bar or a slice to list its employees."), this);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(hint);

    connect(workspace, &Workspace::analyticsReady, this, [this] {
        if (m_waiting)
            reload();
    });
    connect(workspace, &Workspace::analyticsFailed, this, [this](const QString& message) {
        if (m_waiting)
            showLoading(tr("The analytics could not be computed: %1").arg(message));
    });
    connect(workspace, &Workspace::dataChanged, this, [this] { invalidate(); });
    showLoading(tr("Computing…"));
}

void DashboardPage::reload()
{
    m_snapshot = workspace()->analytics();
    m_waiting = !m_snapshot;
    if (!m_snapshot) {
        showLoading(tr("Computing the analytics…"));
        return;
    }
    fillUnits();
    compute();
}

void DashboardPage::fillUnits()
{
    const QVariant current = m_unit->currentData();
    QSignalBlocker block(m_unit);
    m_unit->clear();
    m_unit->addItem(tr("Kota Surabaya (all)"), -1);
    const auto& units = m_snapshot->data.units();
    QVector<QVector<int>> children(units.size());
    QVector<int> roots;
    for (int u = 0; u < units.size(); ++u)
        (units[u].parentIndex >= 0 ? children[units[u].parentIndex] : roots).append(u);
    // Depth first, indented, so the tree reads as in the Unit page.
    std::function<void(int, int)> add = [&](int u, int depth) {
        m_unit->addItem(QString(depth * 3, u' ') + units[u].name, u);
        for (int c : std::as_const(children[u]))
            add(c, depth + 1);
    };
    for (int r : std::as_const(roots))
        add(r, 0);
    const int row = m_unit->findData(current);
    m_unit->setCurrentIndex(row >= 0 ? row : 0);
}

void DashboardPage::setUnitIndex(int unitIndex)
{
    const int row = m_unit->findData(unitIndex);
    if (row < 0)
        return;
    m_unit->setCurrentIndex(row);
    compute();
}

void DashboardPage::compute()
{
    if (!m_snapshot)
        return;
    const int generation = ++m_generation;
    const int unitIndex = m_unit->currentData().isValid() ? m_unit->currentData().toInt() : -1;
    auto* watcher = new QFutureWatcher<DashboardData>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showData(watcher->result());
    });
    AnalyticsSnapshotPtr snapshot = m_snapshot;
    watcher->setFuture(QtConcurrent::run([snapshot, unitIndex] { return DashboardData::compute(snapshot, unitIndex); }));
}

QString DashboardPage::scopeName() const
{
    if (m_data.unitIndex < 0 || !m_data.snapshot)
        return tr("Kota Surabaya");
    return m_data.snapshot->data.units()[m_data.unitIndex].name;
}

QString DashboardPage::exportScope() const
{
    if (m_data.unitIndex < 0 || !m_data.snapshot)
        return tr("Kota Surabaya");
    return m_data.snapshot->data.units()[m_data.unitIndex].code;
}

ReportDocument DashboardPage::reportDocument() const
{
    ReportDocument doc;
    const QDate today = workspace()->today();
    doc.letterhead = Letterhead::fromSettings(SettingsRepository(workspace()->db()));
    doc.printLetterhead = !doc.letterhead.isEmpty();
    doc.orientation = PageOrientation::Landscape; // the charts side by side
    doc.title = tr("Personnel dashboard");
    doc.subtitle = ReportDocument::scopeLine(scopeName(), {}, today);
    if (!m_data.snapshot)
        return doc;
    const AnalyticsSnapshot& snap = *m_data.snapshot;
    const UnitAggregate& t = m_data.total;
    doc.addKeyValues({{tr("Employees"), IndonesianFormat::integer(t.employees)},
                      {tr("JPM complete"), IndonesianFormat::integer(t.complete)},
                      {tr("JPM incomplete"), IndonesianFormat::integer(t.incomplete)},
                      {tr("Mean JPM"), IndonesianFormat::percent(t.meanJpm, 2)},
                      {tr("In the 9-box"), IndonesianFormat::integer(m_data.boxes.placed)}});
    // Each chart drawn at one print size, so unit names get room and the charts line up.
    const QSize chartSize(760, 420);
    QList<QImage> pictures;
    for (Chart c : {Headcount, Categories, Boxes, Shortfall})
        pictures << printableImage(m_charts[c], 2.0, chartSize);
    doc.addImage(imageMosaic(pictures, 2), QString(), 0.7);
    doc.addImage(imageMosaic({printableImage(m_charts[Gaps], 2.0, chartSize), printableImage(m_jp, 2.0, chartSize)}, 2),
                 QString(), 0.7);

    ReportTable units;
    units.title = tr("Employees and shortfalls per unit");
    units.columns = {ReportColumn::text(QStringLiteral("unit"), tr("Unit"), 40),
                     ReportColumn::integer(QStringLiteral("employees"), tr("Employees"), 10),
                     ReportColumn::integer(QStringLiteral("complete"), tr("JPM complete"), 10),
                     ReportColumn::percent(QStringLiteral("mean_jpm"), tr("Mean JPM"), 2, 10),
                     ReportColumn::percent(QStringLiteral("below"), tr("Competencies below standard"), 1, 12)};
    for (const UnitAggregate& a : std::as_const(m_data.headcount))
        units.addRow({snap.data.units()[a.unitIndex].name, a.employees, a.complete, a.meanJpm, belowStandardPercent(a)});
    units.addRowNumbers();
    doc.addTable(std::move(units));

    ReportTable boxes;
    boxes.title = tr("9-box");
    boxes.columns = {ReportColumn::integer(QStringLiteral("box"), tr("Box"), 5),
                     ReportColumn::text(QStringLiteral("recommendation"), tr("Recommendation"), 50),
                     ReportColumn::integer(QStringLiteral("employees"), tr("Employees"), 10)};
    for (int box = 9; box >= 1; --box)
        boxes.addRow({box, talentRecommendation(box), m_data.boxes.perBox[box]});
    boxes.totals = {QVariant(), QVariant(), m_data.boxes.placed};
    boxes.totalsLabel = tr("Placed in a box");
    doc.addTable(std::move(boxes));
    doc.addSignature(SignatureSection::fromLetterhead(doc.letterhead, today));
    return doc;
}

void DashboardPage::showLoading(const QString& message)
{
    for (QWidget* c : m_charts)
        charts::setMessage(c, QString(), message);
    m_summary->setText(message);
}

void DashboardPage::openList(const QString& caption, const QVector<int>& employeeIndexes)
{
    if (!m_data.snapshot)
        return;
    QVector<qint64> ids;
    ids.reserve(employeeIndexes.size());
    for (int i : employeeIndexes)
        ids.append(m_data.snapshot->data.employees()[i].id);
    emit openEmployeeList(caption, ids);
}

void DashboardPage::showData(DashboardData data)
{
    m_data = std::move(data);
    if (!m_data.snapshot || !m_data.snapshot->scale()) {
        showLoading(tr("No analytics."));
        return;
    }
    const AnalyticsSnapshot& snap = *m_data.snapshot;
    const CategoryScale& scale = *snap.scale();
    const UnitAggregate& t = m_data.total;
    const QString scope = scopeName();
    m_summary->setText(tr("<b>%1</b> employees · JPM complete <b>%2</b> · incomplete <b>%3</b> · mean JPM <b>%4</b> · "
                          "in the 9-box <b>%5</b>")
                           .arg(IndonesianFormat::integer(t.employees), IndonesianFormat::integer(t.complete),
                                IndonesianFormat::integer(t.incomplete), IndonesianFormat::percent(t.meanJpm, 2),
                                IndonesianFormat::integer(m_data.boxes.placed)));

    // Headcount by sub-unit.
    {
        QStringList labels;
        QVector<double> values;
        for (const UnitAggregate& a : std::as_const(m_data.headcount)) {
            labels.append(snap.data.units()[a.unitIndex].name);
            values.append(a.employees);
        }
        const QVector<UnitAggregate> units = m_data.headcount;
        if (labels.isEmpty())
            charts::setMessage(m_charts[Headcount], tr("Employees per unit"), tr("No sub-units with employees."));
        else
            charts::setHorizontalBars(m_charts[Headcount], tr("Employees per unit (largest %1)").arg(labels.size()),
                                      labels, values, charts::colorPrimary(), [this, units](int i) {
                                          const int u = units[i].unitIndex;
                                          openList(m_data.snapshot->data.units()[u].name,
                                                   m_data.snapshot->data.employeesInScope(u));
                                      });
    }
    // JPM categories of the default scale, plus the incomplete ones.
    {
        QStringList labels, tips;
        QVector<double> values;
        for (int b = 0; b < scale.bands().size(); ++b) {
            labels.append(scale.bands()[b].code);
            values.append(t.distribution.value(b));
            tips.append(tr("%1: %2 employees").arg(scale.bands()[b].label, IndonesianFormat::integer(values.last())));
        }
        labels.append(tr("Incomplete"));
        values.append(t.incomplete);
        tips.append(tr("JPM incomplete (a required competency not assessed): %1 employees")
                        .arg(IndonesianFormat::integer(t.incomplete)));
        QVector<QColor> colors = bandColors(int(scale.bands().size()));
        colors.append(charts::colorNeutral());
        const int bands = int(scale.bands().size());
        charts::setPie(m_charts[Categories], tr("JPM categories (%1)").arg(scale.label()), labels, values, colors,
                       [this, bands](int i) {
                           const AnalyticsSnapshot& s = *m_data.snapshot;
                           if (i < bands)
                               openList(tr("JPM %1 — %2").arg(s.scale()->bands()[i].label, scopeName()),
                                        employeesInBand(s.jpm, *s.scale(), m_data.scope, i));
                           else
                               openList(tr("JPM incomplete — %1").arg(scopeName()),
                                        employeesIncomplete(s.jpm, m_data.scope));
                       },
                       tips);
    }
    // Mean gap per competency.
    {
        QStringList labels;
        QVector<double> values;
        QStringList names;
        QVector<qint64> ids;
        for (const CompetencyAggregate& c : std::as_const(m_data.gaps)) {
            const int ci = snap.data.competencyIndex(c.competencyId);
            labels.append(ci >= 0 ? snap.data.competencies()[ci].code : QString::number(c.competencyId));
            names.append(tr("%1 %2: mean gap %3, %4 of %5 assessed below standard")
                             .arg(labels.last(), ci >= 0 ? snap.data.competencies()[ci].name : QString(),
                                  IndonesianFormat::number(c.meanGap, 2), IndonesianFormat::integer(c.belowStandard),
                                  IndonesianFormat::integer(c.assessed)));
            values.append(c.meanGap);
            ids.append(c.competencyId);
        }
        if (labels.isEmpty())
            charts::setMessage(m_charts[Gaps], tr("Mean gap per competency"), tr("No assessed competencies."));
        else
            charts::setVerticalBars(
                m_charts[Gaps], tr("Mean gap per competency (actual − required; the %1 lowest)").arg(labels.size()),
                labels, values, charts::colorBad(),
                [this, ids](int i) {
                    const AnalyticsSnapshot& s = *m_data.snapshot;
                    const int ci = s.data.competencyIndex(ids[i]);
                    const QString name = ci >= 0 ? s.data.competencies()[ci].name : QString();
                    openList(tr("Below standard in %1 — %2").arg(name, scopeName()),
                             employeesBelowStandard(s.data, s.jpm, m_data.scope, ids[i]));
                },
                2, names);
    }
    // 9-box.
    {
        QStringList labels;
        QVector<double> values;
        for (int box = 1; box <= 9; ++box) {
            labels.append(QString::number(box));
            values.append(m_data.boxes.perBox[box]);
        }
        charts::setVerticalBars(m_charts[Boxes],
                                tr("9-box (not placed: %1)").arg(IndonesianFormat::integer(m_data.boxes.unplaced)),
                                labels, values, charts::colorSecondary(), [this](int i) {
                                    openList(tr("Box %1 — %2").arg(i + 1).arg(scopeName()),
                                             employeesInBox(m_data.snapshot->talent, m_data.scope, i + 1));
                                });
    }
    // Units with the largest share of competencies below standard.
    {
        QStringList labels;
        QVector<double> values;
        for (const UnitAggregate& a : std::as_const(m_data.shortfall)) {
            labels.append(snap.data.units()[a.unitIndex].name);
            values.append(belowStandardPercent(a));
        }
        const QVector<UnitAggregate> units = m_data.shortfall;
        if (labels.isEmpty())
            charts::setMessage(m_charts[Shortfall], tr("Competencies below standard"), tr("No shortfalls."));
        else
            charts::setHorizontalBars(m_charts[Shortfall], tr("% of assessed competencies below standard"), labels,
                                      values, charts::colorWarning(),
                                      [this, units](int i) {
                                          const int u = units[i].unitIndex;
                                          openList(m_data.snapshot->data.units()[u].name,
                                                   m_data.snapshot->data.employeesInScope(u));
                                      },
                                      1);
    }
    m_jp->show(m_data.snapshot, m_data.unitIndex, workspace()->coreSession());
    emit updated();
}

} // namespace karsa::ui
