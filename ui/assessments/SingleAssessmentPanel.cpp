#include "SingleAssessmentPanel.h"

#include "AssessmentDialog.h"
#include "AssessmentLabels.h"
#include "analytics/JobPersonMatch.h"
#include "common/DbCommand.h"
#include "common/RowTableModel.h"
#include "common/TablePanel.h"
#include "reports/IndonesianFormat.h"
#include "shell/Workspace.h"
#include "storage/AssessmentRepository.h"
#include "security/PermissionGate.h"

#include <QCompleter>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace karsa::ui {

namespace {
enum StandardColumn { StdCode, StdName, StdType, StdRequired, StdCurrent, StdDate, StdStatus };
enum HistoryColumn { HDate, HCode, HName, HLevel, HMethod, HAssessor, HEvidence, HStatus };
} // namespace

SingleAssessmentPanel::SingleAssessmentPanel(Workspace* workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Employee:"), this));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("assessmentEmployeeSearch"));
    m_search->setPlaceholderText(tr("Type a NIP or a name…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(460);
    m_completions = new QStringListModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setMaxVisibleItems(15);
    m_search->setCompleter(m_completer);
    bar->addWidget(m_search, 1);
    m_header = new QLabel(tr("No employee chosen."), this);
    m_header->setTextFormat(Qt::RichText);
    bar->addWidget(m_header, 2);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_standard = new RowTableModel({{tr("Code"), ReportColumn::Type::Text, {}},
                                    {tr("Competency"), ReportColumn::Type::Text, {}},
                                    {tr("Type"), ReportColumn::Type::Text, {}},
                                    {tr("Required"), ReportColumn::Type::Integer, {}},
                                    {tr("Current"), ReportColumn::Type::Integer, tr("Latest validated level")},
                                    {tr("Assessed on"), ReportColumn::Type::Date, {}},
                                    {tr("Status"), ReportColumn::Type::Text, {}}},
                                   this);
    m_standardPanel = new TablePanel(workspace, m_standard, splitter);
    m_standardPanel->table()->setObjectName(QStringLiteral("assessmentStandard"));
    m_standardPanel->setColumnWidths({80, 280, 120, 80, 80, 150});
    m_history = new RowTableModel({{tr("Date"), ReportColumn::Type::Date, {}},
                                   {tr("Code"), ReportColumn::Type::Text, {}},
                                   {tr("Competency"), ReportColumn::Type::Text, {}},
                                   {tr("Level"), ReportColumn::Type::Integer, {}},
                                   {tr("Method"), ReportColumn::Type::Text, {}},
                                   {tr("Assessor"), ReportColumn::Type::Text, {}},
                                   {tr("Evidence"), ReportColumn::Type::Text, {}},
                                   {tr("Status"), ReportColumn::Type::Text, {}}},
                                  this);
    m_historyPanel = new TablePanel(workspace, m_history, splitter);
    m_historyPanel->table()->setObjectName(QStringLiteral("assessmentHistory"));
    m_historyPanel->setColumnWidths({150, 80, 240, 60, 200, 180, 200});
    m_add = new QPushButton(tr("Add…"), m_historyPanel);
    m_correct = new QPushButton(tr("Correct…"), m_historyPanel);
    m_validate = new QPushButton(tr("Validate"), m_historyPanel);
    m_reject = new QPushButton(tr("Reject"), m_historyPanel);
    PermissionGate::mark(m_add);
    PermissionGate::mark(m_correct);
    PermissionGate::mark(m_validate);
    PermissionGate::mark(m_reject);
    for (QPushButton* b : {m_add, m_correct, m_validate, m_reject})
        m_historyPanel->toolbar()->insertWidget(m_historyPanel->toolbar()->count() - 2, b);
    auto boxed = [splitter](const QString& title, QWidget* content) {
        auto* box = new QGroupBox(title, splitter);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(6, 6, 6, 6);
        content->setParent(box);
        v->addWidget(content);
        splitter->addWidget(box);
    };
    boxed(tr("Standard of the position: required and current level"), m_standardPanel);
    boxed(tr("Assessment history"), m_historyPanel);
    layout->addWidget(splitter, 1);

    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &SingleAssessmentPanel::onSearchChosen);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { onSearchChosen(m_search->text()); });
    connect(m_add, &QPushButton::clicked, this, &SingleAssessmentPanel::newAssessment);
    connect(m_correct, &QPushButton::clicked, this, &SingleAssessmentPanel::correctSelected);
    connect(m_historyPanel, &TablePanel::activatedId, this, &SingleAssessmentPanel::correctSelected);
    connect(m_validate, &QPushButton::clicked, this, [this] { setSelectedStatus(AssessmentStatus::Validated); });
    connect(m_reject, &QPushButton::clicked, this, [this] { setSelectedStatus(AssessmentStatus::Rejected); });
    connect(m_historyPanel, &TablePanel::currentIdChanged, this, &SingleAssessmentPanel::updateButtons);
    connect(workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & (Workspace::Assessments | Workspace::Employees))
            refresh();
    });
    updateButtons();
}

void SingleAssessmentPanel::setDirectory(QVector<EmployeeListRow> employees, QVector<Position> positions,
                                         QVector<Competency> competencies)
{
    m_employees = std::move(employees);
    m_employeeIndex.clear();
    m_idByText.clear();
    QStringList texts;
    texts.reserve(m_employees.size());
    for (int i = 0; i < m_employees.size(); ++i) {
        const EmployeeListRow& e = m_employees[i];
        m_employeeIndex.insert(e.id, i);
        const QString text = QStringLiteral("%1 — %2").arg(Nip::format(e.nip), e.fullName);
        m_idByText.insert(text, e.id);
        texts << text;
    }
    m_completions->setStringList(texts);
    m_positions.clear();
    for (Position& p : positions)
        m_positions.insert(p.id, std::move(p));
    m_competencies = std::move(competencies);
    m_competencyIndex.clear();
    for (int i = 0; i < m_competencies.size(); ++i)
        m_competencyIndex.insert(m_competencies[i].id, i);
    refresh();
}

void SingleAssessmentPanel::onSearchChosen(const QString& text)
{
    if (const qint64 id = m_idByText.value(text)) {
        selectEmployee(id);
        return;
    }
    // A plain NIP (spaced or not) typed without using the list.
    const QString digits = QString(text).remove(u' ');
    for (const EmployeeListRow& e : std::as_const(m_employees))
        if (e.nip == digits) {
            selectEmployee(e.id);
            return;
        }
}

void SingleAssessmentPanel::selectEmployee(qint64 employeeId)
{
    m_employeeId = employeeId;
    refresh();
}

QString SingleAssessmentPanel::competencyText(qint64 competencyId) const
{
    const int i = m_competencyIndex.value(competencyId, -1);
    return i >= 0 ? m_competencies[i].name : QString::number(competencyId);
}

void SingleAssessmentPanel::refresh()
{
    const int index = m_employeeIndex.value(m_employeeId, -1);
    if (index < 0 || !m_workspace->hasDatabase()) {
        m_header->setText(tr("No employee chosen."));
        m_rows.clear();
        m_standard->setRows({});
        m_history->setRows({});
        updateButtons();
        return;
    }
    const EmployeeListRow& e = m_employees[index];
    m_header->setText(tr("<b>%1</b> · NIP %2 · %3 · %4")
                          .arg(e.fullName.toHtmlEscaped(), Nip::format(e.nip), e.positionName.toHtmlEscaped(),
                               e.unitName.toHtmlEscaped()));
    AssessmentRepository repo(m_workspace->db());
    auto history = repo.history(m_employeeId);
    auto current = repo.current(m_employeeId);
    if (!history || !current) {
        QMessageBox::warning(this, tr("Assessments"), (!history ? history.error() : current.error()).describe());
        return;
    }
    m_rows = history.value();

    // The standard with required and current level; the status comes from the core gap rule.
    QVector<LevelEntry> levels;
    QHash<qint64, QDate> dates;
    for (const CurrentLevel& c : current.value()) {
        levels.append({c.competencyId, c.level});
        dates.insert(c.competencyId, c.assessedOn);
    }
    std::sort(levels.begin(), levels.end(), [](const LevelEntry& a, const LevelEntry& b) { return a.competencyId < b.competencyId; });
    QVector<StandardLine> lines;
    if (const auto it = m_positions.constFind(e.positionId); it != m_positions.constEnd())
        for (const StandardItem& s : it->standard)
            lines.append({s.competencyId, s.requiredLevel, s.weight, false});
    QVector<RowTableModel::Row> standardRows;
    m_firstGap = 0;
    for (const GapRow& g : computeGap(levels, lines)) {
        if (!m_firstGap && (!g.assessed || g.gap < 0))
            m_firstGap = g.competencyId;
        const int ci = m_competencyIndex.value(g.competencyId, -1);
        RowTableModel::Row row;
        row.id = g.competencyId;
        row.display = {ci >= 0 ? m_competencies[ci].code : QString(), competencyText(g.competencyId),
                       ci >= 0 ? competencyTypeLabel(m_competencies[ci].type) : QString(), QString::number(g.required),
                       g.assessed ? QString::number(g.actual) : QString(),
                       g.assessed ? IndonesianFormat::date(dates.value(g.competencyId)) : QString(), QString()};
        row.value = {{}, {}, {}, g.required, g.assessed ? QVariant(g.actual) : QVariant(),
                     g.assessed ? QVariant(dates.value(g.competencyId)) : QVariant(), {}};
        if (!g.assessed) {
            row.display[StdStatus] = tr("Not assessed");
            row.background = QColor(0xee, 0xee, 0xee);
        } else if (g.gap >= 0) {
            row.display[StdStatus] = tr("Meets the standard");
            row.background = QColor(0xdf, 0xf2, 0xdc);
        } else {
            row.display[StdStatus] = tr("Below by %1").arg(g.shortfall);
            row.background = QColor(0xfb, 0xdc, 0xd9);
        }
        standardRows.append(std::move(row));
    }
    m_standard->setRows(std::move(standardRows));
    m_standardPanel->setReportTitle(tr("Competency standard of %1").arg(e.fullName), tr("standard-%1").arg(e.nip),
                                    e.positionName);

    const qint64 keep = m_historyPanel->currentId();
    QVector<RowTableModel::Row> historyRows;
    for (const Assessment& a : std::as_const(m_rows)) {
        const int ci = m_competencyIndex.value(a.competencyId, -1);
        RowTableModel::Row row;
        row.id = a.id;
        row.display = {IndonesianFormat::date(a.assessedOn), ci >= 0 ? m_competencies[ci].code : QString(),
                       competencyText(a.competencyId), QString::number(a.level), AssessmentLabels::method(a.method),
                       a.assessor, a.evidence, AssessmentLabels::status(a.status)};
        row.value = {a.assessedOn, {}, {}, a.level, {}, {}, {}, {}};
        if (a.status == AssessmentStatus::NeedsValidation)
            row.background = QColor(0xff, 0xf3, 0xc4);
        else if (a.status == AssessmentStatus::Rejected)
            row.foreground = QColor(0x8a, 0x8a, 0x8a);
        historyRows.append(std::move(row));
    }
    m_history->setRows(std::move(historyRows));
    m_historyPanel->setReportTitle(tr("Assessment history of %1").arg(e.fullName), tr("assessments-%1").arg(e.nip),
                                   tr("NIP %1").arg(Nip::format(e.nip)));
    if (const int row = m_history->rowOfId(keep); row >= 0)
        m_historyPanel->table()->selectRow(row);
    updateButtons();
}

void SingleAssessmentPanel::updateButtons()
{
    const qint64 id = m_historyPanel->currentId();
    const Assessment* current = nullptr;
    for (const Assessment& a : std::as_const(m_rows))
        if (a.id == id)
            current = &a;
    m_add->setEnabled(m_employeeId > 0 && m_employeeIndex.contains(m_employeeId));
    m_correct->setEnabled(current != nullptr);
    m_validate->setEnabled(current && current->status != AssessmentStatus::Validated);
    m_reject->setEnabled(current && current->status != AssessmentStatus::Rejected);
}

Status SingleAssessmentPanel::addAssessment(const Assessment& assessment)
{
    if (Status s = AssessmentRepository::validate(assessment); !s)
        return s;
    auto id = std::make_shared<qint64>(0);
    return DbCommand::execute(
        m_workspace, tr("New assessment of %1").arg(competencyText(assessment.competencyId)),
        [assessment, id](QSqlDatabase db) -> Status {
            auto r = AssessmentRepository(db).insert(assessment);
            if (!r)
                return r.error();
            *id = r.value();
            return {};
        },
        [id](QSqlDatabase db) { return AssessmentRepository(db).remove(*id); }, Workspace::Assessments);
}

Status SingleAssessmentPanel::correctAssessment(const Assessment& assessment)
{
    auto before = AssessmentRepository(m_workspace->db()).byId(assessment.id);
    if (!before)
        return before.error();
    // assessment carries the row_version the officer edited; a change made elsewhere since is refused.
    return executeUpdate<Assessment>(
        m_workspace, tr("Correct assessment of %1").arg(competencyText(assessment.competencyId)), before.value(),
        assessment, Workspace::Assessments,
        [](QSqlDatabase db, const Assessment& a) { return AssessmentRepository(db).update(a); },
        QStringLiteral("assessments"));
}

Status SingleAssessmentPanel::setAssessmentStatus(qint64 assessmentId, AssessmentStatus status)
{
    // The row as shown (with the row_version the officer saw), not a fresh read.
    const Assessment* before = nullptr;
    for (const Assessment& a : std::as_const(m_rows))
        if (a.id == assessmentId)
            before = &a;
    if (!before)
        return makeError(tr("The assessment is not shown; choose it in the history"));
    const AssessmentStatus old = before->status;
    const QString text = status == AssessmentStatus::Validated ? tr("Validate assessment of %1")
                                                               : tr("Reject assessment of %1");
    return executeVersioned(
        m_workspace, text.arg(competencyText(before->competencyId)), QStringLiteral("assessments"), assessmentId,
        before->rowVersion,
        [assessmentId, status](QSqlDatabase db, int version) {
            return AssessmentRepository(db).setStatus(assessmentId, version, status);
        },
        [assessmentId, old](QSqlDatabase db, int version) {
            return AssessmentRepository(db).setStatus(assessmentId, version, old);
        },
        Workspace::Assessments);
}

void SingleAssessmentPanel::newAssessment()
{
    if (!m_employeeIndex.contains(m_employeeId))
        return;
    Assessment a;
    a.employeeId = m_employeeId;
    a.level = 1;
    a.assessedOn = m_workspace->today();
    a.method = QStringLiteral("assessment_center");
    a.competencyId = m_firstGap; // the first competency of the standard not assessed or below it
    AssessmentDialog dialog(a, m_competencies, this);
    while (dialog.exec() == QDialog::Accepted) {
        Status s = addAssessment(dialog.assessment());
        if (s)
            return;
        dialog.showError(s.error());
    }
}

void SingleAssessmentPanel::correctSelected()
{
    const qint64 id = m_historyPanel->currentId();
    for (const Assessment& a : std::as_const(m_rows)) {
        if (a.id != id)
            continue;
        AssessmentDialog dialog(a, m_competencies, this);
        while (dialog.exec() == QDialog::Accepted) {
            Status s = correctAssessment(dialog.assessment());
            if (s)
                return;
            dialog.showError(s.error());
        }
        return;
    }
}

void SingleAssessmentPanel::setSelectedStatus(AssessmentStatus status)
{
    const qint64 id = m_historyPanel->currentId();
    if (!id)
        return;
    if (Status s = setAssessmentStatus(id, status); !s)
        QMessageBox::warning(this, tr("Assessments"), s.error().describe());
}

} // namespace karsa::ui
