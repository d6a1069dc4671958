#include "GeneratePlanDialog.h"

#include "domain/Nip.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace karsa::ui {

GeneratePlanDialog::GeneratePlanDialog(const DevelopmentContext& context, QWidget* parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Generate development plans %1").arg(context.year));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each competency below the required level becomes a need (the current position first, "
                                "largest shortfall first, then the target position), matched to the catalogue; the plan is "
                                "filled up to %1 JP where the catalogue allows.")
                                 .arg(context.overview->settings.jpMinimum),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_one = new QRadioButton(tr("One employee"), this);
    m_scope = new QRadioButton(tr("Every employee of %1 (%n employee(s))", nullptr, int(context.scope.size()))
                                   .arg(context.scopeName()),
                               this);
    m_one->setChecked(true);
    layout->addWidget(m_one);
    auto* form = new QFormLayout;
    m_nip = new QLineEdit(this);
    m_nip->setObjectName(QStringLiteral("generateNip"));
    m_nip->setPlaceholderText(tr("NIP"));
    form->addRow(tr("NIP:"), m_nip);
    m_found = new QLabel(this);
    form->addRow(QString(), m_found);
    m_target = new QComboBox(this);
    m_target->addItem(tr("(none)"), -1);
    const auto& positions = context.snapshot->data.positions();
    QVector<int> order(positions.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return positions[a].name < positions[b].name; });
    for (int p : order)
        m_target->addItem(positions[p].name + QStringLiteral(" (") + positions[p].code + u')', p);
    m_target->setMaxVisibleItems(25);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(48);
    form->addRow(tr("Target position:"), m_target);
    layout->addLayout(form);
    layout->addWidget(m_scope);
    m_replace = new QCheckBox(tr("Replace draft plans (approved plans are never replaced)"), this);
    layout->addWidget(m_replace);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Generate"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nip, &QLineEdit::textChanged, this, &GeneratePlanDialog::check);
    connect(m_one, &QRadioButton::toggled, this, &GeneratePlanDialog::check);
    check();
}

void GeneratePlanDialog::setEmployeeNip(const QString& nip)
{
    m_nip->setText(nip);
}

void GeneratePlanDialog::check()
{
    const bool one = m_one->isChecked();
    m_nip->setEnabled(one);
    m_target->setEnabled(one);
    const int e = m_context.snapshot->data.employeeIndexByNip(m_nip->text().trimmed());
    if (one && !m_nip->text().trimmed().isEmpty())
        m_found->setText(e >= 0 ? m_context.snapshot->data.employees()[e].name : tr("No employee has this NIP"));
    else
        m_found->clear();
    if (auto* box = findChild<QDialogButtonBox*>())
        box->button(QDialogButtonBox::Ok)->setEnabled(!one || e >= 0);
}

QVector<int> GeneratePlanDialog::employees() const
{
    if (!m_one->isChecked())
        return m_context.scope;
    const int e = m_context.snapshot->data.employeeIndexByNip(m_nip->text().trimmed());
    return e >= 0 ? QVector<int>{e} : QVector<int>{};
}

int GeneratePlanDialog::targetPositionIndex() const
{
    return m_one->isChecked() ? m_target->currentData().toInt() : -1;
}

bool GeneratePlanDialog::replaceDrafts() const
{
    return m_replace->isChecked();
}

} // namespace karsa::ui
