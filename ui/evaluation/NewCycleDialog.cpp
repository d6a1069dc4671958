#include "NewCycleDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace karsa::ui {

NewCycleDialog::NewCycleDialog(const QVector<QPair<qint64, QString>>& units, int year, int scaleMax, QWidget* parent)
    : QDialog(parent), m_scaleMax(scaleMax)
{
    setWindowTitle(tr("New evaluation cycle"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(tr("Annual performance evaluation %1").arg(year), this);
    m_name->setObjectName(QStringLiteral("cycleName"));
    m_period = new QComboBox(this);
    m_period->addItem(tr("Annual"), 0);
    for (int q = 1; q <= 4; ++q)
        m_period->addItem(tr("Quarter %1").arg(q), q);
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(year);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("cycleUnit"));
    m_unit->addItem(tr("All units"), qint64(0));
    for (const auto& [id, name] : units)
        m_unit->addItem(name, id);
    m_unit->setMaxVisibleItems(25);
    m_unit->setMinimumWidth(380);
    m_errors.addRow(form, QStringLiteral("name"), tr("Name"), m_name, this);
    m_errors.addRow(form, QStringLiteral("period"), tr("Period"), m_period, this);
    m_errors.addRow(form, QStringLiteral("year"), tr("Year"), m_year, this);
    m_errors.addRow(form, QStringLiteral("unit"), tr("Unit (with sub-units)"), m_unit, this);
    layout->addLayout(form);
    layout->addWidget(m_errors.general(this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

EvaluationCycle NewCycleDialog::cycle() const
{
    EvaluationCycle c;
    c.name = m_name->text().trimmed();
    c.quarter = m_period->currentData().toInt();
    c.period = c.quarter > 0 ? QStringLiteral("quarterly") : QStringLiteral("annual");
    c.year = m_year->value();
    c.unitId = m_unit->currentData().toLongLong();
    c.scaleMax = m_scaleMax;
    return c;
}

} // namespace karsa::ui
