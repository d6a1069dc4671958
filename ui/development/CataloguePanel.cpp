#include "CataloguePanel.h"

#include "ProgrammeDialog.h"
#include "common/DbCommand.h"
#include "common/RowTableModel.h"
#include "common/TablePanel.h"
#include "development/DevelopmentReports.h"
#include "reports/IndonesianFormat.h"
#include "storage/Sql.h"
#include "storage/TrainingCatalogRepository.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace karsa::ui {

namespace {
enum Column { Code, Name, Form, Group, Provider, Mode, Jp, Cost, Develops, Active, ColumnCount };
}

CataloguePanel::CataloguePanel(Workspace* workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    auto* layout = new QVBoxLayout(this);
    m_model = new RowTableModel({{tr("Code"), ReportColumn::Type::Text, {}},
                                 {tr("Programme"), ReportColumn::Type::Text, {}},
                                 {tr("Form"), ReportColumn::Type::Text, {}},
                                 {tr("Group"), ReportColumn::Type::Text, {}},
                                 {tr("Provider"), ReportColumn::Type::Text, {}},
                                 {tr("Mode"), ReportColumn::Type::Text, {}},
                                 {tr("JP"), ReportColumn::Type::Decimal, tr("Jam pelajaran: 1 JP = 45 minutes")},
                                 {tr("Cost (Rp)"), ReportColumn::Type::Integer, tr("Cost per participant")},
                                 {tr("Develops (target level)"), ReportColumn::Type::Text, {}},
                                 {tr("Active"), ReportColumn::Type::Text, {}}},
                                this);
    m_panel = new TablePanel(workspace, m_model, this);
    m_panel->table()->setObjectName(QStringLiteral("catalogueTable"));
    m_panel->setColumnWidths({80, 300, 150, 150, 200, 80, 50, 100, 300, 60});
    m_panel->table()->sortByColumn(0, Qt::AscendingOrder);
    m_panel->setReportTitle(tr("Training catalogue"), tr("training-catalogue"));
    m_add = new QPushButton(tr("Add programme…"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_toggle = new QPushButton(tr("Activate / deactivate"), this);
    m_panel->toolbar()->insertWidget(0, m_add);
    m_panel->toolbar()->insertWidget(1, m_edit);
    m_panel->toolbar()->insertWidget(2, m_toggle);
    layout->addWidget(m_panel);
    connect(m_add, &QPushButton::clicked, this, &CataloguePanel::openAddDialog);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_panel->currentId())
            openEditDialog(id);
    });
    connect(m_panel, &TablePanel::activatedId, this, &CataloguePanel::openEditDialog);
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_panel->currentId())
            toggleActive(id);
    });
}

void CataloguePanel::setContext(const DevelopmentContext& context)
{
    m_context = context;
    const AnalyticsData& data = context.snapshot->data;
    QVector<RowTableModel::Row> rows;
    for (const TrainingProgramme& p : context.overview->programmes) {
        RowTableModel::Row row;
        row.id = p.id;
        row.display.resize(ColumnCount);
        row.value.resize(ColumnCount);
        QStringList develops;
        for (const ProgrammeCompetency& c : p.competencies)
            develops << QStringLiteral("%1 (%2)").arg(DevelopmentReports::competencyName(data, c.competencyId)).arg(c.targetLevel);
        row.display = {p.code, p.name, TrainingForms::label(p.form), TrainingForms::groupLabel(p.form), p.provider,
                       TrainingForms::modeLabel(p.mode), IndonesianFormat::number(p.jp, p.jp == qint64(p.jp) ? 0 : 2),
                       IndonesianFormat::integer(p.cost), develops.join(QStringLiteral("; ")), p.active ? tr("Yes") : tr("No")};
        row.value[Jp] = p.jp;
        row.value[Cost] = p.cost;
        if (!p.active)
            row.foreground = QColor(0x80, 0x80, 0x80);
        rows.append(std::move(row));
    }
    m_model->setRows(std::move(rows));
    m_panel->updateCount();
}

bool CataloguePanel::addProgramme(const TrainingProgramme& programme, Error* error)
{
    const Status s = executeCreate<TrainingProgramme>(
        m_workspace, tr("Add programme %1").arg(programme.code), programme, Workspace::Settings,
        [](QSqlDatabase db, const TrainingProgramme& p) { return TrainingCatalogRepository(db).insert(p); },
        [](QSqlDatabase db, qint64 id) { return TrainingCatalogRepository(db).remove(id); });
    if (!s && error)
        *error = s.error();
    return s.ok();
}

bool CataloguePanel::updateProgramme(const TrainingProgramme& before, const TrainingProgramme& after, Error* error)
{
    const Status s = executeUpdate<TrainingProgramme>(
        m_workspace, tr("Edit programme %1").arg(after.code), before, after, Workspace::Settings,
        [](QSqlDatabase db, const TrainingProgramme& p) { return TrainingCatalogRepository(db).update(p); },
        QStringLiteral("training_programs"));
    if (!s && error)
        *error = s.error();
    return s.ok();
}

void CataloguePanel::openEditDialog(qint64 programmeId)
{
    if (!m_context.ready() || programmeId <= 0)
        return;
    auto before = TrainingCatalogRepository(m_workspace->db()).byId(programmeId);
    if (!before) {
        QMessageBox::warning(this, tr("Catalogue"), before.error().describe());
        return;
    }
    const AnalyticsData& data = m_context.snapshot->data;
    QStringList develops;
    for (const ProgrammeCompetency& c : before->competencies) {
        const int ci = data.competencyIndex(c.competencyId);
        if (ci >= 0)
            develops << QStringLiteral("%1:%2").arg(data.competencies()[ci].code).arg(c.targetLevel);
    }
    ProgrammeDialog dialog(data, this);
    dialog.setWindowTitle(tr("Edit training programme"));
    dialog.fill(before.value(), develops.join(QStringLiteral(", ")));
    const TrainingProgramme old = before.value();
    dialog.setSubmit([this, old](const TrainingProgramme& p, Error* error) {
        TrainingProgramme after = p;
        after.id = old.id;
        after.active = old.active;
        after.rowVersion = old.rowVersion;
        return updateProgramme(old, after, error);
    });
    dialog.exec();
}

bool CataloguePanel::toggleActive(qint64 programmeId)
{
    auto before = TrainingCatalogRepository(m_workspace->db()).byId(programmeId);
    if (!before) {
        QMessageBox::warning(this, tr("Catalogue"), before.error().describe());
        return false;
    }
    TrainingProgramme after = before.value();
    after.active = !after.active;
    const Status s = executeUpdate<TrainingProgramme>(
        m_workspace, after.active ? tr("Activate %1").arg(after.code) : tr("Deactivate %1").arg(after.code), before.value(),
        after, Workspace::Settings,
        [](QSqlDatabase db, const TrainingProgramme& p) { return TrainingCatalogRepository(db).update(p); },
        QStringLiteral("training_programs"));
    if (!s)
        QMessageBox::warning(this, tr("Catalogue"), s.error().describe());
    return s.ok();
}

void CataloguePanel::openAddDialog()
{
    if (!m_context.ready())
        return;
    ProgrammeDialog dialog(m_context.snapshot->data, this);
    dialog.setSubmit([this](const TrainingProgramme& p, Error* error) { return addProgramme(p, error); });
    dialog.exec();
}

} // namespace karsa::ui
