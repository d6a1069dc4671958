#include "RealisationPanel.h"

#include "TrainingRecordDialog.h"
#include "common/RowTableModel.h"
#include "common/TablePanel.h"
#include "domain/Nip.h"
#include "reports/IndonesianFormat.h"
#include "shell/Workspace.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace karsa::ui {

RealisationPanel::RealisationPanel(Workspace* workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    auto* layout = new QVBoxLayout(this);
    m_model = new RowTableModel({{tr("NIP"), ReportColumn::Type::Nip, {}},
                                 {tr("Name"), ReportColumn::Type::Text, {}},
                                 {tr("Training"), ReportColumn::Type::Text, {}},
                                 {tr("Form"), ReportColumn::Type::Text, {}},
                                 {tr("Start"), ReportColumn::Type::Date, {}},
                                 {tr("End"), ReportColumn::Type::Date, {}},
                                 {tr("JP"), ReportColumn::Type::Decimal, {}},
                                 {tr("Certificate no."), ReportColumn::Type::Text, {}},
                                 {tr("Result"), ReportColumn::Type::Text, {}},
                                 {tr("Source"), ReportColumn::Type::Text, tr("From a development plan or ad hoc")}},
                                this);
    m_panel = new TablePanel(workspace, m_model, this);
    m_panel->table()->setObjectName(QStringLiteral("trainingRecordsTable"));
    m_panel->setColumnWidths({170, 220, 320, 150, 130, 130, 50, 140, 90, 70});
    m_panel->table()->sortByColumn(5, Qt::AscendingOrder);
    m_add = new QPushButton(tr("Record training…"), this);
    m_panel->toolbar()->insertWidget(0, m_add);
    layout->addWidget(m_panel);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (!m_context.ready())
            return;
        TrainingRecordDialog dialog(m_context, this);
        dialog.setSubmit([this](const TrainingRecord& r) {
            const Status s = TrainingRecordDialog::execute(m_workspace, r);
            if (!s)
                QMessageBox::warning(this, tr("Record training"), s.error().describe());
            return s.ok();
        });
        dialog.exec();
    });
}

void RealisationPanel::setContext(const DevelopmentContext& context)
{
    m_context = context;
    const AnalyticsData& data = context.snapshot->data;
    QVector<RowTableModel::Row> rows;
    for (const TrainingRecord& r : context.overview->records) {
        const int e = data.employeeIndex(r.employeeId);
        if (e < 0 || !context.inScope.value(e))
            continue;
        RowTableModel::Row row;
        row.id = r.id;
        row.display = {Nip::format(data.employees()[e].nip),
                       data.employees()[e].name,
                       r.title,
                       TrainingForms::label(r.form),
                       IndonesianFormat::date(r.startDate),
                       IndonesianFormat::date(r.endDate),
                       IndonesianFormat::number(r.jp, r.jp == qint64(r.jp) ? 0 : 2),
                       r.certificateNo,
                       trainingResultLabel(r.result),
                       r.planItemId ? tr("Plan") : tr("Ad hoc")};
        row.value = {data.employees()[e].nip, {}, {}, {}, r.startDate, r.endDate, r.jp, {}, {}, {}};
        rows.append(std::move(row));
    }
    m_model->setRows(std::move(rows));
    m_panel->updateCount();
    m_panel->setReportTitle(tr("Realised training %1").arg(context.year), tr("training-%1").arg(context.year),
                            context.scopeName());
}

} // namespace karsa::ui
