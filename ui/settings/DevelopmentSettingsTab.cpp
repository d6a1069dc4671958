// The Development tab of the settings page (issue 5): the yearly JP minimum, how JP of a training over
// New Year is counted, whether plans cover the target position's gaps, and the forms preferred for
// each kind of gap. Checked by SettingsValidator (DevelopmentSettings::fromValues) on saving.
#include "SettingsPage.h"

#include "development/TrainingProgramme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace karsa::ui {

QWidget* SettingsPage::buildDevelopmentTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    addNumber(form, QStringLiteral("development/jp_minimum"), tr("Minimum JP a year (PP 11/2017):"), 0, 1000, 0,
              tr(" JP"));
    auto* rule = new QComboBox;
    rule->setObjectName(QStringLiteral("development/jp_year_rule"));
    rule->addItem(tr("In the year the training ends"), QStringLiteral("end"));
    rule->addItem(tr("Split by the training days in each year"), QStringLiteral("split"));
    addField(form, QStringLiteral("development/jp_year_rule"), tr("JP of a training over New Year:"), rule,
             {[rule] { return rule->currentData().toString(); },
              [rule](const QString& v) { rule->setCurrentIndex(std::max(0, rule->findData(v.trimmed()))); }});
    addBool(form, QStringLiteral("development/target_gaps"), tr("Plans also cover the gaps on the target position"));
    addText(form, QStringLiteral("development/preferred_forms/manajerial"), tr("Preferred forms, managerial gaps:"));
    addText(form, QStringLiteral("development/preferred_forms/sosial_kultural"), tr("Preferred forms, socio-cultural gaps:"));
    addText(form, QStringLiteral("development/preferred_forms/teknis"), tr("Preferred forms, technical gaps:"));
    auto* forms = new QLabel(tr("Form codes, most preferred first, separated by commas: %1.")
                                 .arg(TrainingForms::codes().join(QStringLiteral(", "))));
    forms->setWordWrap(true);
    forms->setStyleSheet(QStringLiteral("color: #52606d;"));
    layout->addWidget(forms);
    layout->addStretch();
    return page;
}

} // namespace karsa::ui
