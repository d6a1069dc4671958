#include "AssessmentDialog.h"

#include "AssessmentLabels.h"
#include "storage/AssessmentRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace karsa::ui {

AssessmentDialog::AssessmentDialog(const Assessment& assessment, const QVector<Competency>& competencies, QWidget* parent)
    : QDialog(parent), m_original(assessment)
{
    setWindowTitle(assessment.id ? tr("Correct assessment") : tr("New assessment"));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_competency = new QComboBox(this);
    m_competency->setEditable(true);
    m_competency->setInsertPolicy(QComboBox::NoInsert);
    for (const Competency& c : competencies)
        m_competency->addItem(QStringLiteral("%1 — %2").arg(c.code, c.name), c.id);
    m_competency->setCurrentIndex(m_competency->findData(assessment.competencyId));
    addField(form, QStringLiteral("competency"), tr("Competency"), m_competency);
    m_level = new QSpinBox(this);
    m_level->setRange(1, 5);
    m_level->setValue(qBound(1, assessment.level, 5));
    addField(form, QStringLiteral("level"), tr("Level (1–5)"), m_level);
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_date->setDate(assessment.assessedOn.isValid() ? assessment.assessedOn : QDate::currentDate());
    addField(form, QStringLiteral("assessed_on"), tr("Date"), m_date);
    m_method = new QComboBox(this);
    for (const QString& code : AssessmentLabels::methodCodes())
        m_method->addItem(AssessmentLabels::method(code), code);
    if (!assessment.method.isEmpty() && m_method->findData(assessment.method) < 0)
        m_method->addItem(assessment.method, assessment.method);
    m_method->setCurrentIndex(qMax(0, m_method->findData(assessment.method)));
    addField(form, QStringLiteral("method"), tr("Method"), m_method);
    m_assessor = new QLineEdit(assessment.assessor, this);
    m_assessor->setPlaceholderText(tr("e.g. UPT Penilaian Kompetensi, name of the assessor"));
    addField(form, QStringLiteral("assessor"), tr("Assessor"), m_assessor);
    m_evidence = new QPlainTextEdit(assessment.evidence, this);
    m_evidence->setPlaceholderText(tr("Report number, certificate, observation…"));
    m_evidence->setFixedHeight(70);
    addField(form, QStringLiteral("evidence"), tr("Evidence"), m_evidence);
    m_status = new QComboBox(this);
    for (AssessmentStatus s : {AssessmentStatus::Validated, AssessmentStatus::NeedsValidation, AssessmentStatus::Rejected})
        m_status->addItem(AssessmentLabels::status(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(assessment.status)));
    addField(form, QStringLiteral("status"), tr("Status"), m_status);
    layout->addLayout(form);
    m_generalError = new QLabel(this);
    m_generalError->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_generalError->setWordWrap(true);
    m_generalError->hide();
    layout->addWidget(m_generalError);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssessmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QLabel* AssessmentDialog::addField(QFormLayout* form, const QString& key, const QString& label, QWidget* editor)
{
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(editor);
    auto* error = new QLabel(box);
    error->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    error->setWordWrap(true);
    error->hide();
    v->addWidget(error);
    form->addRow(label, box);
    m_errors.insert(key, error);
    return error;
}

Assessment AssessmentDialog::assessment() const
{
    Assessment a = m_original;
    const int index = m_competency->findText(m_competency->currentText());
    a.competencyId = index >= 0 ? m_competency->itemData(index).toLongLong() : 0;
    a.level = m_level->value();
    a.assessedOn = m_date->date();
    a.method = m_method->currentData().toString();
    a.assessor = m_assessor->text().trimmed();
    a.evidence = m_evidence->toPlainText().trimmed();
    a.status = AssessmentStatus(m_status->currentData().toInt());
    return a;
}

void AssessmentDialog::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors))
        label->hide();
    m_generalError->hide();
}

void AssessmentDialog::showError(const Error& error)
{
    QLabel* label = m_errors.value(error.field);
    if (!label) {
        m_generalError->setText(error.describe());
        m_generalError->show();
        return;
    }
    label->setText(error.message);
    label->show();
}

void AssessmentDialog::accept()
{
    clearErrors();
    if (Status s = AssessmentRepository::validate(assessment()); !s) {
        showError(s.error());
        return;
    }
    QDialog::accept();
}

} // namespace karsa::ui
