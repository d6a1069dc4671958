#include "ValidationPanel.h"

#include "common/DbCommand.h"
#include "assessments/AssessmentLabels.h"
#include "common/RowTableModel.h"
#include "common/TablePanel.h"
#include "development/DevelopmentReports.h"
#include "domain/Nip.h"
#include "reports/IndonesianFormat.h"
#include "storage/TrainingRecordRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace karsa::ui {

ValidationPanel::ValidationPanel(Workspace* workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    auto* layout = new QVBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    layout->addWidget(m_label);
    m_model = new RowTableModel({{tr("NIP"), ReportColumn::Type::Nip, {}},
                                 {tr("Name"), ReportColumn::Type::Text, {}},
                                 {tr("Competency"), ReportColumn::Type::Text, {}},
                                 {tr("Current level"), ReportColumn::Type::Integer, tr("The latest validated level")},
                                 {tr("Proposed level"), ReportColumn::Type::Integer, {}},
                                 {tr("Date"), ReportColumn::Type::Date, {}},
                                 {tr("Method"), ReportColumn::Type::Text, {}},
                                 {tr("Training"), ReportColumn::Type::Text, {}},
                                 {tr("Evidence"), ReportColumn::Type::Text, {}}},
                                this);
    m_panel = new TablePanel(workspace, m_model, this);
    m_panel->table()->setObjectName(QStringLiteral("pendingValidationTable"));
    m_panel->setColumnWidths({170, 220, 200, 90, 100, 130, 110, 260, 300});
    m_panel->table()->sortByColumn(5, Qt::AscendingOrder);
    m_validate = new QPushButton(tr("Validate"), this);
    m_reject = new QPushButton(tr("Reject"), this);
    m_panel->toolbar()->insertWidget(0, m_validate);
    m_panel->toolbar()->insertWidget(1, m_reject);
    layout->addWidget(m_panel, 1);
    connect(m_validate, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_panel->currentId())
            decide(id, true);
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_panel->currentId())
            decide(id, false);
    });
}

void ValidationPanel::setContext(const DevelopmentContext& context)
{
    m_context = context;
    const AnalyticsData& data = context.snapshot->data;
    QVector<RowTableModel::Row> rows;
    for (const AssessmentProposal& a : context.overview->proposals) {
        const int e = data.employeeIndex(a.employeeId);
        if (e < 0 || !context.inScope.value(e))
            continue;
        const int current = levelOf(data.levels(e), a.competencyId);
        RowTableModel::Row row;
        row.id = a.assessmentId;
        row.display = {Nip::format(data.employees()[e].nip),
                       data.employees()[e].name,
                       DevelopmentReports::competencyName(data, a.competencyId),
                       current ? QString::number(current) : QString(),
                       QString::number(a.level),
                       IndonesianFormat::date(a.assessedOn),
                       AssessmentLabels::method(a.method),
                       a.trainingTitle,
                       a.evidence};
        row.value = {data.employees()[e].nip, {}, {}, current, a.level, a.assessedOn, {}, {}, {}};
        rows.append(std::move(row));
    }
    m_model->setRows(std::move(rows));
    m_panel->updateCount();
    m_panel->setReportTitle(tr("Assessments awaiting validation"), tr("pending-validation"), context.scopeName());
    m_label->setText(tr("%n assessment(s) await validation. Training proposes the level its programme brings a "
                        "participant to; only validated levels count in the analytics. Decisions are recorded as "
                        "<b>%1</b>.",
                        nullptr, m_model->totalCount())
                         .arg(officerName(m_workspace).toHtmlEscaped()));
}

bool ValidationPanel::decide(qint64 assessmentId, bool validate)
{
    const QString by = officerName(m_workspace);
    int seen = -1; // the row_version of the proposal as listed; -1 when it is not listed (refused as changed)
    if (m_context.overview)
        for (const AssessmentProposal& a : m_context.overview->proposals)
            if (a.assessmentId == assessmentId)
                seen = a.rowVersion;
    const Status s = executeVersioned(
        m_workspace, validate ? tr("Validate assessment") : tr("Reject assessment"), QStringLiteral("assessments"),
        assessmentId, seen,
        [assessmentId, validate, by](QSqlDatabase db, int version) {
            return ProposalRepository(db).decide(assessmentId, version, validate, by, QDateTime::currentDateTimeUtc());
        },
        [assessmentId](QSqlDatabase db, int version) { return ProposalRepository(db).reopen(assessmentId, version); },
        Workspace::Assessments);
    if (!s)
        QMessageBox::warning(this, tr("Validation"), s.error().describe());
    return s.ok();
}

} // namespace karsa::ui
