#include "EvaluationSettingsWidget.h"

#include "common/DbCommand.h"
#include "evaluation/EvaluationSettings.h"
#include "storage/SettingsRepository.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace karsa::ui {

namespace {
QString key(const QString& name)
{
    return QStringLiteral("evaluation/") + name;
}
} // namespace

EvaluationSettingsWidget::EvaluationSettingsWidget(Workspace* workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* inner = new QWidget(scroll);
    auto* form = new QFormLayout(inner);
    auto* note =
        new QLabel(tr("No national 360° weighting exists under PermenPANRB 6/2022: these are the agency's rules. "
                      "Weights are relative; roles with fewer assigned raters than the minimum are left out "
                      "to keep them anonymous."),
                   inner);
    note->setWordWrap(true);
    form->addRow(note);
    for (RaterRole r : kAllRaterRoles)
        addNumber(form, key(QStringLiteral("weight/")) + raterRoleCode(r), tr("Weight: %1").arg(raterRoleLabel(r)), 0,
                  100, 1);
    for (RaterRole r : kAllRaterRoles)
        addNumber(form, key(QStringLiteral("min_raters/")) + raterRoleCode(r),
                  tr("Minimum raters: %1").arg(raterRoleLabel(r)), 0, 50, 0);
    addRoles(form, key(QStringLiteral("anonymous_roles")), tr("Anonymous roles"));
    addRoles(form, key(QStringLiteral("required_roles")), tr("Required roles"));
    addNumber(form, key(QStringLiteral("scale_max")), tr("Answer scale 1 to (new cycles)"), 2, 10, 0);
    addNumber(form, key(QStringLiteral("perilaku_atas")), tr("Perilaku above expectation from (% of scale)"), 0, 100,
              1);
    addNumber(form, key(QStringLiteral("perilaku_sesuai")), tr("Perilaku meets expectation from (% of scale)"), 0, 100,
              1);
    addNumber(form, key(QStringLiteral("max_peers")), tr("Peers generated per employee"), 0, 50, 0);
    addNumber(form, key(QStringLiteral("max_subordinates")), tr("Subordinates generated per employee"), 0, 50, 0);
    addNumber(form, key(QStringLiteral("leniency_gap")), tr("Leniency flag: rater mean above the cycle by"), 0, 10, 2);
    addNumber(form, key(QStringLiteral("halo_variance")), tr("Halo flag: variance at most"), 0, 10, 2);
    addNumber(form, key(QStringLiteral("halo_min_answers")), tr("Halo flag: with at least (answers)"), 2, 100, 0);
    addNumber(form, key(QStringLiteral("self_gap")), tr("Self-assessment flag: gap from the others of"), 0, 10, 2);
    auto* quarterly = new QCheckBox(tr("Quarterly cycles also write the performance ratings"), inner);
    quarterly->setObjectName(key(QStringLiteral("publish_quarterly")));
    form->addRow(quarterly);
    m_fields.insert(key(QStringLiteral("publish_quarterly")),
                    {[quarterly] { return quarterly->isChecked() ? QStringLiteral("true") : QStringLiteral("false"); },
                     [quarterly](const QString& v) { quarterly->setChecked(v == u"true" || v == u"1"); }});
    scroll->setWidget(inner);
    outer->addWidget(scroll, 1);
    auto* buttons = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    buttons->addWidget(m_status, 1);
    auto* revert = new QPushButton(tr("Revert"), this);
    auto* saveButton = new QPushButton(tr("Save evaluation settings"), this);
    saveButton->setObjectName(QStringLiteral("saveEvaluationSettings"));
    buttons->addWidget(revert);
    buttons->addWidget(saveButton);
    outer->addLayout(buttons);
    connect(revert, &QPushButton::clicked, this, &EvaluationSettingsWidget::reload);
    connect(saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & Workspace::AnySettings)
            reload();
    });
    connect(workspace, &Workspace::databaseChanged, this, &EvaluationSettingsWidget::reload);
    if (workspace->hasDatabase())
        reload();
}

void EvaluationSettingsWidget::addNumber(QFormLayout* form, const QString& k, const QString& label, double min,
                                         double max, int decimals)
{
    auto* spin = new QDoubleSpinBox;
    spin->setObjectName(k);
    spin->setRange(min, max);
    spin->setDecimals(decimals);
    spin->setMaximumWidth(160);
    form->addRow(label, spin);
    m_fields.insert(
        k, {[spin, decimals] { return QString::number(spin->value(), 'f', decimals); },
            [spin](const QString& v) { spin->setValue(QString(v).trimmed().replace(u',', u'.').toDouble()); }});
}

void EvaluationSettingsWidget::addRoles(QFormLayout* form, const QString& k, const QString& label)
{
    auto* box = new QWidget;
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    QList<std::pair<QString, QCheckBox*>> checks;
    for (RaterRole r : kAllRaterRoles) {
        auto* check = new QCheckBox(raterRoleLabel(r), box);
        check->setObjectName(k + u'/' + raterRoleCode(r));
        row->addWidget(check);
        checks.append({raterRoleCode(r), check});
    }
    row->addStretch();
    form->addRow(label, box);
    m_fields.insert(k, {[checks] {
                            QStringList codes;
                            for (const auto& [code, check] : checks)
                                if (check->isChecked())
                                    codes << code;
                            return codes.join(u',');
                        },
                        [checks](const QString& v) {
                            const QStringList codes = v.split(u',', Qt::SkipEmptyParts);
                            for (const auto& [code, check] : checks)
                                check->setChecked(codes.contains(code));
                        }});
}

void EvaluationSettingsWidget::reload()
{
    if (!m_workspace->hasDatabase())
        return;
    m_loaded = SettingsRepository(m_workspace->db()).all();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value().set(m_loaded.value(it.key()));
    m_status->clear();
}

bool EvaluationSettingsWidget::setEditorValue(const QString& k, const QString& value)
{
    if (!m_fields.contains(k))
        return false;
    m_fields[k].set(value);
    return true;
}

Status EvaluationSettingsWidget::save()
{
    SettingsRepository repo(m_workspace->db());
    QMap<QString, QString> edited;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        edited.insert(it.key(), it.value().get());
    QMap<QString, QString> merged = repo.all();
    merged.insert(edited);
    if (auto valid = EvaluationSettings::fromValues(merged); !valid) {
        m_status->setText(tr("Not saved: %1").arg(valid.error().message));
        return valid.error();
    }
    // Only what the officer changed, compared in core's normalised form ("0.75" is "0.750").
    const QList<SettingChange> changes = repo.changesFor(edited, m_loaded);
    if (changes.isEmpty()) {
        m_status->setText(tr("Nothing changed."));
        return {};
    }
    Status s = DbCommand::execute(
        m_workspace, tr("Change %n evaluation setting(s)", nullptr, int(changes.size())),
        [changes](QSqlDatabase db) { return SettingsRepository(db).apply(changes); },
        [changes](QSqlDatabase db) { return SettingsRepository(db).revert(changes); }, Workspace::Settings);
    if (!s) {
        m_status->setText(tr("Not saved: %1").arg(s.error().describe()));
        return s;
    }
    m_loaded = merged;
    m_status->setText(tr("Saved %n evaluation setting(s).", nullptr, int(changes.size())));
    return {};
}

} // namespace karsa::ui
