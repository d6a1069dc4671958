#include "CompliancePanel.h"

#include "common/ChartHelpers.h"
#include "common/RowTableModel.h"
#include "common/TablePanel.h"
#include "domain/Nip.h"
#include "reports/IndonesianFormat.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace karsa::ui {

CompliancePanel::CompliancePanel(Workspace* workspace, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    layout->addWidget(m_label);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_chart = charts::createChartWidget(splitter, QStringLiteral("jpComplianceUnitsChart"));
    m_chart->setMinimumHeight(300);
    auto* bottom = new QWidget(splitter);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new RowTableModel({{tr("NIP"), ReportColumn::Type::Nip, {}},
                                 {tr("Name"), ReportColumn::Type::Text, {}},
                                 {tr("Unit"), ReportColumn::Type::Text, {}},
                                 {tr("Position"), ReportColumn::Type::Text, {}},
                                 {tr("Realised JP"), ReportColumn::Type::Decimal, {}},
                                 {tr("Minimum JP"), ReportColumn::Type::Decimal, {}},
                                 {tr("Shortfall JP"), ReportColumn::Type::Decimal, {}},
                                 {tr("Trainings"), ReportColumn::Type::Integer, {}},
                                 {tr("Status"), ReportColumn::Type::Text, {}}},
                                this);
    m_panel = new TablePanel(workspace, m_model, bottom);
    m_panel->table()->setObjectName(QStringLiteral("jpComplianceTable"));
    m_panel->setColumnWidths({170, 220, 220, 240, 90, 90, 90, 70, 90});
    m_panel->table()->sortByColumn(0, Qt::AscendingOrder);
    m_behind = new QCheckBox(tr("Only those behind"), bottom);
    m_panel->toolbar()->insertWidget(0, m_behind);
    bottomLayout->addWidget(m_panel);
    splitter->addWidget(m_chart);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    connect(m_behind, &QCheckBox::toggled, this, [this] { fillTable(); });
}

void CompliancePanel::setOnlyBehind(bool only)
{
    m_behind->setChecked(only);
}

void CompliancePanel::setContext(const DevelopmentContext& context)
{
    m_context = context;
    const DevelopmentOverview& o = *context.overview;
    const AnalyticsData& data = context.snapshot->data;
    m_rows = JpCompliance::forEmployees(data, context.scope, o.entries, o.year, o.settings);
    m_summary = JpCompliance::summarise(m_rows, context.unitIndex);
    m_label->setText(tr("<b>%1</b>, %2: <b>%3</b> of %4 employees met the minimum of %5 JP (%6); %7 behind, %8 without "
                        "any JP; average %9 JP.")
                         .arg(context.scopeName())
                         .arg(o.year)
                         .arg(IndonesianFormat::integer(m_summary.met), IndonesianFormat::integer(m_summary.employees),
                              IndonesianFormat::number(o.settings.jpMinimum, 0),
                              IndonesianFormat::percent(m_summary.percentMet, 2),
                              IndonesianFormat::integer(m_summary.behind), IndonesianFormat::integer(m_summary.none),
                              IndonesianFormat::number(m_summary.averageJp, 2)));
    // The units with the lowest share first, at most kChartUnits of them.
    QVector<UnitJp> units;
    for (const UnitJp& u : JpCompliance::byUnit(data, m_rows, context.unitIndex))
        if (u.employees > 0)
            units.append(u);
    std::stable_sort(units.begin(), units.end(), [](const UnitJp& a, const UnitJp& b) { return a.percentMet < b.percentMet; });
    constexpr int kChartUnits = 12;
    if (units.size() > kChartUnits)
        units.resize(kChartUnits);
    QStringList labels, tips;
    QVector<double> values;
    for (const UnitJp& u : std::as_const(units)) {
        labels << data.units()[u.unitIndex].name;
        values << u.percentMet;
        tips << tr("%1: %2 of %3 met, %4 behind, %5 without JP").arg(labels.last()).arg(u.met).arg(u.employees).arg(u.behind).arg(u.none);
    }
    if (labels.isEmpty())
        charts::setMessage(m_chart, tr("Share that met the JP minimum"), tr("No sub-units with employees."));
    else
        charts::setHorizontalBars(m_chart,
                                  tr("% of employees that met %1 JP in %2 (units with the lowest share)")
                                      .arg(o.settings.jpMinimum)
                                      .arg(o.year),
                                  labels, values, charts::colorGood(), {}, 1, tips);
    fillTable();
}

void CompliancePanel::fillTable()
{
    if (!m_context.ready())
        return;
    const AnalyticsData& data = m_context.snapshot->data;
    const QVector<EmployeeJp> shown = m_behind->isChecked() ? JpCompliance::behind(data, m_rows) : m_rows;
    QVector<RowTableModel::Row> rows;
    rows.reserve(shown.size());
    for (const EmployeeJp& r : shown) {
        const AnalyticsEmployee& e = data.employees()[r.employeeIndex];
        RowTableModel::Row row;
        row.id = e.id;
        row.display = {Nip::format(e.nip),
                       e.name,
                       e.unitIndex >= 0 ? data.units()[e.unitIndex].name : QString(),
                       e.positionIndex >= 0 ? data.positions()[e.positionIndex].name : QString(),
                       IndonesianFormat::number(r.realised, 2),
                       IndonesianFormat::number(r.minimum, 0),
                       IndonesianFormat::number(r.shortfall(), 2),
                       QString::number(r.trainings),
                       jpStatusLabel(r.status)};
        row.value = {e.nip, {}, {}, {}, r.realised, r.minimum, r.shortfall(), r.trainings, {}};
        if (r.status == JpStatus::None)
            row.foreground = QColor(0xb0, 0x1e, 0x1e);
        else if (r.status == JpStatus::Behind)
            row.foreground = QColor(0x9a, 0x5b, 0x00);
        rows.append(std::move(row));
    }
    m_model->setRows(std::move(rows));
    m_panel->updateCount();
    m_panel->setReportTitle(m_behind->isChecked() ? tr("Behind the JP minimum %1").arg(m_context.year)
                                                  : tr("JP compliance %1").arg(m_context.year),
                            tr("jp-compliance-%1").arg(m_context.year), m_context.scopeName());
}

} // namespace karsa::ui
