#include "ProgrammeDialog.h"

#include "analytics/AnalyticsData.h"
#include "storage/TrainingCatalogRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace karsa::ui {

ProgrammeDialog::ProgrammeDialog(const AnalyticsData& data, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("New training programme"));
    for (const AnalyticsCompetency& c : data.competencies())
        m_idByCode.insert(c.code, c.id);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_code = new QLineEdit(this);
    m_name = new QLineEdit(this);
    m_name->setMinimumWidth(380);
    m_form = new QComboBox(this);
    for (const QString& code : TrainingForms::codes())
        m_form->addItem(TrainingForms::label(code) + QStringLiteral(" — ") + TrainingForms::groupLabel(code), code);
    m_provider = new QLineEdit(this);
    m_jp = new QDoubleSpinBox(this);
    m_jp->setRange(0, 2000);
    m_jp->setDecimals(2);
    m_jp->setValue(8);
    m_cost = new QDoubleSpinBox(this);
    m_cost->setRange(0, 1e10);
    m_cost->setDecimals(0);
    m_cost->setSingleStep(100000);
    m_cost->setGroupSeparatorShown(true);
    m_mode = new QComboBox(this);
    for (const QString& mode : TrainingForms::modes())
        m_mode->addItem(TrainingForms::modeLabel(mode), mode);
    m_develops = new QLineEdit(this);
    m_develops->setPlaceholderText(tr("e.g. M.01:3, T.09:4 (competency code : target level)"));
    m_errors.addRow(form, QStringLiteral("code"), tr("Code:"), m_code, this);
    m_errors.addRow(form, QStringLiteral("name"), tr("Name:"), m_name, this);
    m_errors.addRow(form, QStringLiteral("form"), tr("Form:"), m_form, this);
    m_errors.addRow(form, QStringLiteral("provider"), tr("Provider:"), m_provider, this);
    m_errors.addRow(form, QStringLiteral("jp"), tr("JP:"), m_jp, this);
    m_errors.addRow(form, QStringLiteral("cost"), tr("Cost per participant (Rp):"), m_cost, this);
    m_errors.addRow(form, QStringLiteral("mode"), tr("Mode:"), m_mode, this);
    m_errors.addRow(form, QStringLiteral("competencies"), tr("Develops:"), m_develops, this);
    layout->addLayout(form);
    layout->addWidget(m_errors.general(this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProgrammeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Result<TrainingProgramme> ProgrammeDialog::programme() const
{
    TrainingProgramme p;
    p.code = m_code->text().trimmed();
    p.name = m_name->text().trimmed();
    p.form = m_form->currentData().toString();
    p.provider = m_provider->text().trimmed();
    p.jp = m_jp->value();
    p.cost = qint64(m_cost->value());
    p.mode = m_mode->currentData().toString();
    auto develops = TrainingProgramme::parseDevelops(m_develops->text(), m_idByCode);
    if (!develops)
        return develops.error();
    p.competencies = std::move(develops).value();
    return p;
}

void ProgrammeDialog::fill(const TrainingProgramme& p, const QString& develops)
{
    m_code->setText(p.code);
    m_name->setText(p.name);
    m_form->setCurrentIndex(m_form->findData(p.form));
    m_provider->setText(p.provider);
    m_jp->setValue(p.jp);
    m_cost->setValue(double(p.cost));
    m_mode->setCurrentIndex(m_mode->findData(p.mode));
    m_develops->setText(develops);
}

void ProgrammeDialog::submit()
{
    m_errors.clear();
    auto p = programme();
    if (!p) {
        m_errors.show(p.error());
        return;
    }
    if (Status s = TrainingCatalogRepository::validate(p.value()); !s) {
        m_errors.show(s.error());
        return;
    }
    Error error;
    if (m_submit && !m_submit(p.value(), &error)) {
        m_errors.show(error);
        return;
    }
    accept();
}

} // namespace karsa::ui
