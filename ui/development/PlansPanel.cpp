#include "PlansPanel.h"

#include "GeneratePlanDialog.h"
#include "SwapProgrammeDialog.h"
#include "TrainingRecordDialog.h"
#include "common/DbCommand.h"
#include "common/RowTableModel.h"
#include "common/TableExport.h"
#include "common/TablePanel.h"
#include "development/DevelopmentReports.h"
#include "domain/Nip.h"
#include "reports/IndonesianFormat.h"
#include "storage/DevelopmentPlanRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Transaction.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace karsa::ui {

namespace {
bool s_quiet = false;
enum PlanColumn { PNip, PName, PUnit, PPosition, PStatus, PItems, PCompleted, PJp, PBudget, PRealised, PJpStatus, PCount };
enum ItemColumn { INo, INeed, ICompetency, ILevel, IProgramme, IForm, IJp, IBudget, IStatus, INote, ICount };

QString jpText(double jp)
{
    return IndonesianFormat::number(jp, jp == qint64(jp) ? 0 : 2);
}
} // namespace

void PlansPanel::setQuiet(bool quiet)
{
    s_quiet = quiet;
}

PlansPanel::PlansPanel(Workspace* workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_plans = new RowTableModel({{tr("NIP"), ReportColumn::Type::Nip, {}},
                                 {tr("Name"), ReportColumn::Type::Text, {}},
                                 {tr("Unit"), ReportColumn::Type::Text, {}},
                                 {tr("Position"), ReportColumn::Type::Text, {}},
                                 {tr("Plan"), ReportColumn::Type::Text, {}},
                                 {tr("Items"), ReportColumn::Type::Integer, tr("Items that are not cancelled")},
                                 {tr("Completed"), ReportColumn::Type::Integer, {}},
                                 {tr("Planned JP"), ReportColumn::Type::Decimal, {}},
                                 {tr("Budget (Rp)"), ReportColumn::Type::Integer, {}},
                                 {tr("Realised JP"), ReportColumn::Type::Decimal, tr("JP realised in the year so far")},
                                 {tr("JP status"), ReportColumn::Type::Text, {}}},
                                this);
    m_plansPanel = new TablePanel(workspace, m_plans, splitter);
    m_plansPanel->table()->setObjectName(QStringLiteral("plansTable"));
    m_plansPanel->setColumnWidths({170, 220, 200, 220, 90, 60, 80, 90, 110, 90, 90});
    m_plansPanel->table()->sortByColumn(PNip, Qt::AscendingOrder);
    m_generate = new QPushButton(tr("Generate plans…"), this);
    m_approve = new QPushButton(tr("Approve plan"), this);
    m_print = new QPushButton(tr("Individual plan…"), this);
    m_print->setToolTip(tr("The individual development plan with letterhead and signatures (PDF, Excel or CSV)"));
    m_printPaper = new QPushButton(tr("Print plan…"), this);
    m_recap = new QPushButton(tr("Unit recap…"), this);
    int at = 0;
    for (QPushButton* b : {m_generate, m_approve, m_print, m_printPaper, m_recap})
        m_plansPanel->toolbar()->insertWidget(at++, b);

    m_items = new RowTableModel({{tr("No."), ReportColumn::Type::Integer, {}},
                                 {tr("Need"), ReportColumn::Type::Text, {}},
                                 {tr("Competency"), ReportColumn::Type::Text, {}},
                                 {tr("Level"), ReportColumn::Type::Text, tr("Current level → required level")},
                                 {tr("Programme"), ReportColumn::Type::Text, {}},
                                 {tr("Form"), ReportColumn::Type::Text, {}},
                                 {tr("JP"), ReportColumn::Type::Decimal, {}},
                                 {tr("Budget (Rp)"), ReportColumn::Type::Integer, {}},
                                 {tr("Status"), ReportColumn::Type::Text, {}},
                                 {tr("Note"), ReportColumn::Type::Text, {}}},
                                this);
    m_itemsPanel = new TablePanel(workspace, m_items, splitter);
    m_itemsPanel->table()->setObjectName(QStringLiteral("planItemsTable"));
    m_itemsPanel->setColumnWidths({40, 190, 200, 60, 300, 150, 50, 100, 90, 250});
    m_itemsPanel->table()->sortByColumn(INo, Qt::AscendingOrder);
    m_accept = new QPushButton(tr("Accept"), this);
    m_swap = new QPushButton(tr("Swap…"), this);
    m_drop = new QPushButton(tr("Drop"), this);
    m_start = new QPushButton(tr("Start"), this);
    m_record = new QPushButton(tr("Record realisation…"), this);
    at = 0;
    for (QPushButton* b : {m_accept, m_swap, m_drop, m_start, m_record})
        m_itemsPanel->toolbar()->insertWidget(at++, b);
    splitter->addWidget(m_plansPanel);
    splitter->addWidget(m_itemsPanel);
    layout->addWidget(splitter);

    connect(m_plansPanel, &TablePanel::currentIdChanged, this, [this](qint64 id) { showPlan(id); });
    // The shown plan is read again after every change (this page's, an undo, another window's), so
    // the row versions an edit is checked against are those of the items the officer sees.
    connect(m_workspace, &Workspace::dataChanged, this, [this] {
        if (m_planId)
            showPlan(m_planId);
    });
    connect(m_itemsPanel, &TablePanel::currentIdChanged, this, [this] { updateButtons(); });
    connect(m_generate, &QPushButton::clicked, this, &PlansPanel::openGenerateDialog);
    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (m_planId)
            approvePlan(m_planId);
    });
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (!m_planId || !m_context.ready())
            return;
        const int e = m_context.snapshot->data.employeeIndex(m_plan.employeeId);
        exportDocument(this, individualDocument(),
                       tr("development-plan-%1-%2").arg(m_context.snapshot->data.employees()[e].nip).arg(m_plan.year));
    });
    connect(m_printPaper, &QPushButton::clicked, this, [this] {
        if (m_planId && m_context.ready())
            printDocument(this, individualDocument());
    });
    connect(m_recap, &QPushButton::clicked, this, [this] {
        if (m_context.ready())
            exportDocument(this, recapDocument(), tr("development-recap-%1").arg(m_context.year));
    });
    connect(m_accept, &QPushButton::clicked, this, [this] { setItemStatus(m_itemsPanel->currentId(), PlanItemStatus::Approved); });
    connect(m_drop, &QPushButton::clicked, this, [this] { setItemStatus(m_itemsPanel->currentId(), PlanItemStatus::Cancelled); });
    connect(m_start, &QPushButton::clicked, this, [this] { setItemStatus(m_itemsPanel->currentId(), PlanItemStatus::InProgress); });
    connect(m_swap, &QPushButton::clicked, this, &PlansPanel::openSwapDialog);
    connect(m_record, &QPushButton::clicked, this, &PlansPanel::openRecordDialog);
    updateButtons();
}

void PlansPanel::setContext(const DevelopmentContext& context)
{
    m_context = context;
    fillPlans();
    showPlan(m_planId);
    if (!m_planId && m_plans->rowCount() > 0)
        m_plansPanel->table()->selectRow(0); // shows the first plan's items
}

void PlansPanel::fillPlans()
{
    const AnalyticsData& data = m_context.snapshot->data;
    const DevelopmentOverview& o = *m_context.overview;
    QVector<int> withPlan;
    for (const PlanSummary& p : o.plans) {
        const int e = data.employeeIndex(p.employeeId);
        if (e >= 0 && m_context.inScope.value(e))
            withPlan.append(e);
    }
    const QVector<EmployeeJp> jp = JpCompliance::forEmployees(data, withPlan, o.entries, o.year, o.settings);
    QVector<RowTableModel::Row> rows;
    rows.reserve(jp.size());
    for (const EmployeeJp& r : jp) {
        const AnalyticsEmployee& e = data.employees()[r.employeeIndex];
        const PlanSummary& p = o.planByEmployee[e.id];
        RowTableModel::Row row;
        row.id = p.planId;
        row.display = {Nip::format(e.nip),
                       e.name,
                       e.unitIndex >= 0 ? data.units()[e.unitIndex].name : QString(),
                       e.positionIndex >= 0 ? data.positions()[e.positionIndex].name : QString(),
                       planStatusLabel(p.status),
                       QString::number(p.items),
                       QString::number(p.completed),
                       jpText(p.jp),
                       IndonesianFormat::integer(p.budget),
                       jpText(r.realised),
                       jpStatusLabel(r.status)};
        row.value = {e.nip, {}, {}, {}, {}, p.items, p.completed, p.jp, p.budget, r.realised, {}};
        if (r.status != JpStatus::Met)
            row.foreground = r.status == JpStatus::None ? QColor(0xb0, 0x1e, 0x1e) : QColor(0x9a, 0x5b, 0x00);
        rows.append(std::move(row));
    }
    m_plans->setRows(std::move(rows));
    m_plansPanel->updateCount();
    m_plansPanel->setReportTitle(tr("Development plans %1").arg(m_context.year), tr("development-plans-%1").arg(m_context.year),
                                 m_context.scopeName());
}

void PlansPanel::showPlan(qint64 planId)
{
    m_planId = 0;
    m_plan = DevelopmentPlan();
    if (planId > 0 && m_workspace->hasDatabase()) {
        auto plan = DevelopmentPlanRepository(m_workspace->db()).byId(planId);
        if (plan) {
            m_plan = std::move(plan).value();
            m_planId = planId;
        }
    }
    fillItems();
}

void PlansPanel::fillItems()
{
    QVector<RowTableModel::Row> rows;
    if (m_planId && m_context.ready()) {
        const AnalyticsData& data = m_context.snapshot->data;
        for (const PlanItem& i : std::as_const(m_plan.items)) {
            const TrainingProgramme* p = m_context.catalogue->byId(i.programmeId);
            RowTableModel::Row row;
            row.id = i.id;
            QString level;
            if (i.competencyId && i.need != PlanNeed::MinimumJp)
                level = QStringLiteral("%1 → %2").arg(i.actualLevel).arg(i.requiredLevel);
            row.display = {QString::number(i.priority),
                           planNeedLabel(i.need),
                           i.competencyId ? DevelopmentReports::competencyName(data, i.competencyId) : QString(),
                           level,
                           p ? p->name : tr("(no programme)"),
                           p ? TrainingForms::label(p->form) : QString(),
                           jpText(i.jp),
                           IndonesianFormat::integer(i.budget),
                           planItemStatusLabel(i.status),
                           i.note};
            row.value = {i.priority, {}, {}, {}, {}, {}, i.jp, i.budget, {}, {}};
            if (i.status == PlanItemStatus::Cancelled)
                row.foreground = QColor(0x80, 0x80, 0x80);
            else if (i.status == PlanItemStatus::Completed)
                row.foreground = QColor(0x1e, 0x7b, 0x34);
            rows.append(std::move(row));
        }
    }
    m_items->setRows(std::move(rows));
    m_itemsPanel->updateCount();
    QString subtitle;
    if (m_planId && m_context.ready()) {
        const int e = m_context.snapshot->data.employeeIndex(m_plan.employeeId);
        if (e >= 0)
            subtitle = Nip::format(m_context.snapshot->data.employees()[e].nip) + u' ' +
                       m_context.snapshot->data.employees()[e].name;
    }
    m_itemsPanel->setReportTitle(tr("Development plan items %1").arg(m_context.year), tr("development-plan-items"), subtitle);
    updateButtons();
}

void PlansPanel::updateButtons()
{
    const qint64 id = m_itemsPanel->currentId();
    const PlanItem* item = nullptr;
    for (const PlanItem& i : std::as_const(m_plan.items))
        if (i.id == id)
            item = &i;
    const bool ready = m_context.ready();
    m_generate->setEnabled(ready);
    m_recap->setEnabled(ready);
    m_approve->setEnabled(m_planId && m_plan.status == PlanStatus::Draft);
    m_print->setEnabled(m_planId != 0);
    m_printPaper->setEnabled(m_planId != 0);
    m_accept->setEnabled(item && item->status == PlanItemStatus::Planned);
    m_swap->setEnabled(item && (item->status == PlanItemStatus::Planned || item->status == PlanItemStatus::Approved));
    m_drop->setEnabled(item && isOpen(item->status));
    m_start->setEnabled(item && item->status == PlanItemStatus::Approved);
    m_record->setEnabled(item && (item->status == PlanItemStatus::Approved || item->status == PlanItemStatus::InProgress));
}

bool PlansPanel::report(const Status& status, const QString& title)
{
    if (!status.ok() && !s_quiet)
        QMessageBox::warning(this, title, status.error().describe());
    return status.ok();
}

bool PlansPanel::generate(const QVector<int>& employees, int targetPositionIndex, bool replaceDrafts, GenerateOutcome* out)
{
    if (!m_context.ready() || employees.isEmpty())
        return false;
    const AnalyticsSnapshotPtr snapshot = m_context.snapshot;
    const DevelopmentSettings settings = m_context.overview->settings;
    const int year = m_context.year;
    const Session session = m_workspace->coreSession();
    QProgressDialog dialog(tr("Generating development plans…"), tr("Cancel"), 0, int(employees.size()), this);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    QPointer<QProgressDialog> guard(&dialog);
    auto progress = std::make_shared<Progress>([guard](qint64 done, qint64, const QString&) {
        QMetaObject::invokeMethod(
            qApp, [guard, done] { if (guard) guard->setValue(int(done)); }, Qt::QueuedConnection);
    });
    connect(&dialog, &QProgressDialog::canceled, this, [progress] { progress->cancel(); });
    using Outcome = Result<GenerateOutcome>;
    QFutureWatcher<Outcome> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([=]() -> Outcome {
        auto db = session.connect();
        if (!db)
            return db.error();
        auto catalogue = DevelopmentService::loadCatalogue(db.value()->db());
        if (!catalogue)
            return catalogue.error();
        const PlanGenerator generator(snapshot->data, snapshot->settings, settings, catalogue.value());
        Transaction tx(db.value()->db());
        if (!tx.isActive())
            return tx.beginError();
        auto outcome = DevelopmentService::generatePlans(db.value()->db(), generator, snapshot->data, employees, year,
                                                         targetPositionIndex, replaceDrafts, progress.get());
        if (!outcome)
            return outcome.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return outcome;
    }));
    if (!watcher.isFinished())
        loop.exec();
    dialog.reset();
    Outcome result = watcher.result();
    if (!result)
        return report(result.error(), tr("Development plans"));
    // Written by the worker; the command records it for undo (and regenerates on redo).
    auto done = std::make_shared<GenerateOutcome>(result.value());
    auto first = std::make_shared<bool>(true);
    const Status s = DbCommand::execute(
        m_workspace, tr("Generate %n development plan(s)", nullptr, done->created),
        [=](QSqlDatabase db) -> Status {
            if (*first) {
                *first = false;
                return {};
            }
            auto catalogue = DevelopmentService::loadCatalogue(db);
            if (!catalogue)
                return catalogue.error();
            const PlanGenerator generator(snapshot->data, snapshot->settings, settings, catalogue.value());
            auto again = DevelopmentService::generatePlans(db, generator, snapshot->data, employees, year,
                                                           targetPositionIndex, replaceDrafts);
            if (!again)
                return again.error();
            *done = again.value();
            return {};
        },
        [done](QSqlDatabase db) { return DevelopmentService::undoGenerate(db, *done); }, Workspace::DataKinds());
    if (out)
        *out = *done;
    return report(s, tr("Development plans"));
}

const PlanItem* PlansPanel::shownItem(qint64 itemId) const
{
    for (const PlanItem& i : m_plan.items)
        if (i.id == itemId)
            return &i;
    return nullptr;
}

bool PlansPanel::setItemStatus(qint64 itemId, PlanItemStatus status)
{
    if (!itemId || !m_workspace->hasDatabase())
        return false;
    const PlanItem* before = shownItem(itemId);
    if (!before)
        return report(makeError(tr("The plan item is not shown; choose it in the plan")), tr("Plan item"));
    const PlanItemStatus old = before->status;
    const Status s = executeVersioned(
        m_workspace, tr("Plan item: %1").arg(planItemStatusLabel(status)), QStringLiteral("development_plan_items"),
        itemId, before->rowVersion,
        [itemId, status](QSqlDatabase db, int version) {
            return DevelopmentPlanRepository(db).setItemStatus(itemId, version, status);
        },
        [itemId, old](QSqlDatabase db, int version) {
            return DevelopmentPlanRepository(db).restoreItemStatus(itemId, version, old);
        },
        Workspace::DataKinds());
    return report(s, tr("Plan item"));
}

bool PlansPanel::swapProgramme(qint64 itemId, qint64 programmeId)
{
    const PlanItem* before = shownItem(itemId);
    if (!before)
        return report(makeError(tr("The plan item is not shown; choose it in the plan")), tr("Plan item"));
    const PlanItem old = *before;
    const Status s = executeVersioned(
        m_workspace, tr("Swap programme"), QStringLiteral("development_plan_items"), itemId, old.rowVersion,
        [itemId, programmeId](QSqlDatabase db, int version) {
            return DevelopmentService::swapProgramme(db, itemId, version, programmeId);
        },
        [old](QSqlDatabase db, int version) {
            return DevelopmentPlanRepository(db).setItemProgramme(old.id, version, old.programmeId, old.jp, old.budget,
                                                                  old.note);
        },
        Workspace::DataKinds());
    return report(s, tr("Plan item"));
}

bool PlansPanel::approvePlan(qint64 planId)
{
    if (planId != m_plan.id)
        return report(makeError(tr("The plan is not shown; choose its employee")), tr("Development plan"));
    auto changed = std::make_shared<QVector<DevelopmentPlanRepository::ChangedItem>>();
    const QString by = officerName(m_workspace);
    const Status s = executeVersioned(
        m_workspace, tr("Approve development plan"), QStringLiteral("development_plans"), planId, m_plan.rowVersion,
        [planId, by, changed](QSqlDatabase db, int version) -> Status {
            auto items = DevelopmentPlanRepository(db).approve(planId, version, by, QDateTime::currentDateTimeUtc());
            if (!items)
                return items.error();
            *changed = items.value();
            return {};
        },
        [planId, changed](QSqlDatabase db, int version) {
            return DevelopmentPlanRepository(db).unapprove(planId, version, *changed);
        },
        Workspace::DataKinds());
    return report(s, tr("Development plan"));
}

bool PlansPanel::recordTraining(const TrainingRecord& record, RecordOutcome* out)
{
    return report(TrainingRecordDialog::execute(m_workspace, record, out), tr("Record training"));
}

ReportDocument PlansPanel::individualDocument() const
{
    const AnalyticsData& data = m_context.snapshot->data;
    const int e = data.employeeIndex(m_plan.employeeId);
    const QVector<EmployeeJp> jp = JpCompliance::forEmployees(data, {e}, m_context.overview->entries, m_plan.year,
                                                              m_context.overview->settings);
    return DevelopmentReports::individualPlan(data, m_context.snapshot->settings, *m_context.catalogue, m_plan,
                                              jp.first().realised, m_context.overview->settings.jpMinimum,
                                              Letterhead::fromSettings(SettingsRepository(m_workspace->db())),
                                              m_workspace->today());
}

ReportDocument PlansPanel::recapDocument() const
{
    const DevelopmentOverview& o = *m_context.overview;
    const QVector<EmployeeJp> jp =
        JpCompliance::forEmployees(m_context.snapshot->data, m_context.scope, o.entries, o.year, o.settings);
    return DevelopmentReports::unitRecap(m_context.snapshot->data, m_context.unitIndex, jp, o.planByEmployee, o.year,
                                         Letterhead::fromSettings(SettingsRepository(m_workspace->db())),
                                         m_workspace->today());
}

void PlansPanel::openGenerateDialog()
{
    if (!m_context.ready())
        return;
    GeneratePlanDialog dialog(m_context, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    GenerateOutcome outcome;
    if (generate(dialog.employees(), dialog.targetPositionIndex(), dialog.replaceDrafts(), &outcome) && !s_quiet)
        QMessageBox::information(this, tr("Development plans"),
                                 tr("%1 plan(s) created (%2 drafts replaced), %3 approved and %4 draft plan(s) left "
                                    "alone; %5 reach the JP minimum.")
                                     .arg(outcome.created)
                                     .arg(outcome.replaced)
                                     .arg(outcome.skippedApproved)
                                     .arg(outcome.skippedDrafts)
                                     .arg(outcome.reachingMinimum));
}

void PlansPanel::openSwapDialog()
{
    const qint64 id = m_itemsPanel->currentId();
    for (const PlanItem& i : std::as_const(m_plan.items)) {
        if (i.id != id)
            continue;
        SwapProgrammeDialog dialog(m_context, i, this);
        if (dialog.exec() == QDialog::Accepted && dialog.programmeId())
            swapProgramme(i.id, dialog.programmeId());
        return;
    }
}

void PlansPanel::openRecordDialog()
{
    const qint64 id = m_itemsPanel->currentId();
    for (const PlanItem& i : std::as_const(m_plan.items)) {
        if (i.id != id)
            continue;
        TrainingRecordDialog dialog(m_context, this);
        dialog.setPlanItem(m_plan.employeeId, i);
        dialog.setSubmit([this](const TrainingRecord& r) { return recordTraining(r); });
        dialog.exec();
        return;
    }
}

} // namespace karsa::ui
