#include "TrainingRecordDialog.h"

#include "common/DbCommand.h"
#include "storage/TrainingRecordRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <cmath>

namespace karsa::ui {

TrainingRecordDialog::TrainingRecordDialog(const DevelopmentContext& context, QWidget* parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Record training"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_nip = new QLineEdit(this);
    m_nip->setObjectName(QStringLiteral("recordNip"));
    m_name = new QLabel(this);
    m_programme = new QComboBox(this);
    m_programme->addItem(tr("(ad hoc, not in the catalogue)"), qint64(0));
    for (const TrainingProgramme& p : context.catalogue->programmes())
        m_programme->addItem(p.code + QStringLiteral(" — ") + p.name, p.id);
    m_programme->setMaxVisibleItems(25);
    m_title = new QLineEdit(this);
    m_title->setMinimumWidth(380);
    m_form = new QComboBox(this);
    for (const QString& code : TrainingForms::codes())
        m_form->addItem(TrainingForms::label(code), code);
    m_provider = new QLineEdit(this);
    const QDate today = context.snapshot ? context.snapshot->today : QDate::currentDate();
    m_start = new QDateEdit(today, this);
    m_end = new QDateEdit(today, this);
    for (QDateEdit* d : {m_start, m_end}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    }
    m_jp = new QDoubleSpinBox(this);
    m_jp->setRange(0, 2000);
    m_jp->setDecimals(2);
    m_jp->setToolTip(tr("1 JP = 45 minutes"));
    m_certificate = new QLineEdit(this);
    m_result = new QComboBox(this);
    for (TrainingResult r : {TrainingResult::Passed, TrainingResult::Attended, TrainingResult::Failed})
        m_result->addItem(trainingResultLabel(r), trainingResultCode(r));
    m_errors.addRow(form, QStringLiteral("employee"), tr("NIP:"), m_nip, this);
    form->addRow(QString(), m_name);
    m_errors.addRow(form, QStringLiteral("plan_item"), tr("Programme:"), m_programme, this);
    m_errors.addRow(form, QStringLiteral("title"), tr("Title:"), m_title, this);
    m_errors.addRow(form, QStringLiteral("form"), tr("Form:"), m_form, this);
    form->addRow(tr("Provider:"), m_provider);
    m_errors.addRow(form, QStringLiteral("start_date"), tr("Start:"), m_start, this);
    m_errors.addRow(form, QStringLiteral("end_date"), tr("End:"), m_end, this);
    m_errors.addRow(form, QStringLiteral("jp"), tr("JP:"), m_jp, this);
    form->addRow(tr("Certificate no.:"), m_certificate);
    form->addRow(tr("Result:"), m_result);
    layout->addLayout(form);
    auto* hint = new QLabel(tr("A passed catalogue programme proposes the competency levels it develops; an officer "
                               "validates them under Pending validation."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #52606d;"));
    layout->addWidget(hint);
    layout->addWidget(m_errors.general(this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TrainingRecordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_programme, &QComboBox::currentIndexChanged, this, &TrainingRecordDialog::programmeChosen);
    connect(m_nip, &QLineEdit::textChanged, this, [this] {
        const int e = m_context.snapshot->data.employeeIndexByNip(m_nip->text().trimmed());
        m_name->setText(e >= 0 ? m_context.snapshot->data.employees()[e].name : QString());
    });
}

void TrainingRecordDialog::programmeChosen()
{
    const TrainingProgramme* p = m_context.catalogue->byId(m_programme->currentData().toLongLong());
    if (!p)
        return;
    m_title->setText(p->name);
    m_form->setCurrentIndex(m_form->findData(p->form));
    m_provider->setText(p->provider);
    m_jp->setValue(p->jp);
    const int days = std::max(1, int(std::ceil(p->jp / 8.0)));
    m_end->setDate(m_start->date().addDays(days - 1));
}

void TrainingRecordDialog::setPlanItem(qint64 employeeId, const PlanItem& item)
{
    m_planItemId = item.id;
    const int e = m_context.snapshot->data.employeeIndex(employeeId);
    if (e >= 0)
        m_nip->setText(m_context.snapshot->data.employees()[e].nip);
    m_nip->setReadOnly(true);
    m_programme->setCurrentIndex(std::max(0, m_programme->findData(item.programmeId)));
    m_programme->setEnabled(false);
    m_jp->setValue(item.jp);
}

void TrainingRecordDialog::fill(const QString& nip, qint64 programmeId, const QDate& start, const QDate& end, double jp,
                                const QString& certificate)
{
    if (!m_nip->isReadOnly())
        m_nip->setText(nip);
    if (m_programme->isEnabled())
        m_programme->setCurrentIndex(std::max(0, m_programme->findData(programmeId)));
    m_start->setDate(start);
    m_end->setDate(end);
    m_jp->setValue(jp);
    m_certificate->setText(certificate);
}

TrainingRecord TrainingRecordDialog::record() const
{
    TrainingRecord r;
    const int e = m_context.snapshot->data.employeeIndexByNip(m_nip->text().trimmed());
    r.employeeId = e >= 0 ? m_context.snapshot->data.employees()[e].id : 0;
    r.programmeId = m_programme->currentData().toLongLong();
    r.planItemId = m_planItemId;
    r.title = m_title->text().trimmed();
    r.form = m_form->currentData().toString();
    r.provider = m_provider->text().trimmed();
    r.startDate = m_start->date();
    r.endDate = m_end->date();
    r.jp = m_jp->value();
    r.certificateNo = m_certificate->text().trimmed();
    trainingResultFromCode(m_result->currentData().toString(), &r.result);
    return r;
}

Status TrainingRecordDialog::execute(Workspace* workspace, const TrainingRecord& record, RecordOutcome* out)
{
    auto outcome = std::make_shared<RecordOutcome>();
    const Status s = DbCommand::execute(
        workspace, tr("Record training"),
        [record, outcome](QSqlDatabase db) -> Status {
            auto r = DevelopmentService::recordTraining(db, record);
            if (!r)
                return r.error();
            *outcome = r.value();
            return {};
        },
        [outcome](QSqlDatabase db) { return DevelopmentService::undoRecord(db, *outcome); }, Workspace::Assessments);
    if (out)
        *out = *outcome;
    return s;
}

void TrainingRecordDialog::submit()
{
    m_errors.clear();
    const TrainingRecord r = record();
    if (Status s = TrainingRecordRepository::validate(r); !s) {
        m_errors.show(s.error());
        return;
    }
    if (m_submit && !m_submit(r))
        return; // the panel showed why
    accept();
}

} // namespace karsa::ui
