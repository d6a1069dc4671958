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
    m_fieldErrors.addRow(form, QStringLiteral("competency"), tr("Competency"), m_competency, this);
    m_level = new QSpinBox(this);
    m_level->setRange(1, 5);
    m_level->setValue(qBound(1, assessment.level, 5));
    m_fieldErrors.addRow(form, QStringLiteral("level"), tr("Level (1–5)"), m_level, this);
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_date->setDate(assessment.assessedOn.isValid() ? assessment.assessedOn : QDate::currentDate());
    m_fieldErrors.addRow(form, QStringLiteral("assessed_on"), tr("Date"), m_date, this);
    m_method = new QComboBox(this);
    for (const QString& code : AssessmentLabels::methodCodes())
        m_method->addItem(AssessmentLabels::method(code), code);
    if (!assessment.method.isEmpty() && m_method->findData(assessment.method) < 0)
        m_method->addItem(assessment.method, assessment.method);
    m_method->setCurrentIndex(qMax(0, m_method->findData(assessment.method)));
    m_fieldErrors.addRow(form, QStringLiteral("method"), tr("Method"), m_method, this);
    m_assessor = new QLineEdit(assessment.assessor, this);
    m_assessor->setPlaceholderText(tr("e.g. UPT Penilaian Kompetensi, name of the assessor"));
    m_fieldErrors.addRow(form, QStringLiteral("assessor"), tr("Assessor"), m_assessor, this);
    m_evidence = new QPlainTextEdit(assessment.evidence, this);
    m_evidence->setPlaceholderText(tr("Report number, certificate, observation…"));
    m_evidence->setFixedHeight(70);
    m_fieldErrors.addRow(form, QStringLiteral("evidence"), tr("Evidence"), m_evidence, this);
    m_status = new QComboBox(this);
    for (AssessmentStatus s : {AssessmentStatus::Validated, AssessmentStatus::NeedsValidation, AssessmentStatus::Rejected})
        m_status->addItem(AssessmentLabels::status(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(assessment.status)));
    m_fieldErrors.addRow(form, QStringLiteral("status"), tr("Status"), m_status, this);
    layout->addLayout(form);
    layout->addWidget(m_fieldErrors.general(this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssessmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
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

void AssessmentDialog::showError(const Error& error)
{
    m_fieldErrors.show(error);
}

void AssessmentDialog::accept()
{
    m_fieldErrors.clear();
    if (Status s = AssessmentRepository::validate(assessment()); !s) {
        showError(s.error());
        return;
    }
    QDialog::accept();
}

} // namespace karsa::ui
