#include "PositionEditDialog.h"

#include "refdata/ReferenceCatalog.h"
#include "storage/PositionRepository.h"
#include "storage/UnitRepository.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace karsa::ui {

PositionEditDialog::PositionEditDialog(const Position& position, QVector<Unit> units, QVector<Position> positions, QWidget* parent)
    : QDialog(parent), m_original(position), m_units(std::move(units)), m_positions(std::move(positions))
{
    setWindowTitle(position.id ? tr("Edit position") : tr("New position"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    const ReferenceCatalog& cat = ReferenceCatalog::instance();

    m_code = new QLineEdit(position.code, this);
    m_code->setObjectName(QStringLiteral("code"));
    m_fieldErrors.addRow(form, QStringLiteral("code"), tr("Code"), m_code, this);
    m_name = new QLineEdit(position.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_fieldErrors.addRow(form, QStringLiteral("name"), tr("Name"), m_name, this);

    m_jenjang = new QComboBox(this);
    m_jenjang->addItem(QString());
    for (const JenjangInfo& j : cat.jenjangList())
        m_jenjang->addItem(QStringLiteral("%1 — %2").arg(j.name, cat.familyName(j.family)), j.code);
    m_jenjang->setCurrentIndex(qMax(0, m_jenjang->findData(position.jenjang)));
    m_fieldErrors.addRow(form, QStringLiteral("jenjang"), tr("Jenjang"), m_jenjang, this);

    QCollator collator;
    collator.setNumericMode(true);
    std::sort(m_units.begin(), m_units.end(), [&](const Unit& a, const Unit& b) { return collator.compare(a.name, b.name) < 0; });
    m_unit = new QComboBox(this);
    m_unit->addItem(tr("(choose a unit)"), 0);
    for (const Unit& u : std::as_const(m_units))
        m_unit->addItem(u.name, u.id);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(position.unitId)));
    m_fieldErrors.addRow(form, QStringLiteral("unit"), tr("Unit"), m_unit, this);

    m_kelas = new QSpinBox(this);
    m_kelas->setRange(0, 17);
    m_kelas->setSpecialValueText(tr("(unknown)"));
    m_kelas->setValue(position.kelasJabatan);
    m_fieldErrors.addRow(form, QStringLiteral("kelas_jabatan"), tr("Kelas jabatan"), m_kelas, this);

    m_superior = new QComboBox(this);
    m_fieldErrors.addRow(form, QStringLiteral("superior"), tr("Superior position"), m_superior, this);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &PositionEditDialog::fillSuperiors);
    fillSuperiors();

    m_minGolongan = new QComboBox(this);
    m_minGolongan->addItem(tr("(none)"), QString());
    for (const GolonganInfo& g : cat.golonganPns())
        m_minGolongan->addItem(QStringLiteral("%1 — %2").arg(g.code, g.pangkat), g.code);
    m_minGolongan->setCurrentIndex(qMax(0, m_minGolongan->findData(ReferenceCatalog::normalizeGolongan(position.minGolongan))));
    m_fieldErrors.addRow(form, QStringLiteral("min_golongan"), tr("Minimum golongan"), m_minGolongan, this);

    m_minEducation = new QComboBox(this);
    m_minEducation->addItem(tr("(none)"), QString());
    for (const EducationInfo& e : cat.educationList())
        m_minEducation->addItem(QStringLiteral("%1 — %2").arg(e.code, e.name), e.code);
    m_minEducation->setCurrentIndex(qMax(0, m_minEducation->findData(position.minEducation)));
    m_fieldErrors.addRow(form, QStringLiteral("min_education"), tr("Minimum education"), m_minEducation, this);

    m_formation = new QSpinBox(this);
    m_formation->setRange(0, 9999);
    m_formation->setValue(position.formation);
    m_fieldErrors.addRow(form, QStringLiteral("formation"), tr("Formation (seats)"), m_formation, this);

    m_key = new QCheckBox(tr("Key position (succession planning)"), this);
    m_key->setChecked(position.isKey);
    m_fieldErrors.addRow(form, QStringLiteral("is_key"), QString(), m_key, this);

    layout->addWidget(m_fieldErrors.general(this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PositionEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PositionEditDialog::fillSuperiors()
{
    // Superiors sit in the same unit or a unit above it.
    const qint64 unitId = m_unit->currentData().toLongLong();
    QHash<qint64, qint64> parentOf;
    for (const Unit& u : std::as_const(m_units))
        parentOf.insert(u.id, u.parentId);
    QSet<qint64> chain;
    for (qint64 u = unitId; u > 0 && !chain.contains(u); u = parentOf.value(u))
        chain.insert(u);
    const qint64 keep = m_superior->count() ? m_superior->currentData().toLongLong() : m_original.superiorId;
    m_superior->clear();
    m_superior->addItem(tr("(none)"), 0);
    for (const Position& p : std::as_const(m_positions))
        if (p.id != m_original.id && (chain.contains(p.unitId) || p.id == keep))
            m_superior->addItem(QStringLiteral("%1 — %2").arg(p.code, p.name), p.id);
    m_superior->setCurrentIndex(qMax(0, m_superior->findData(keep)));
}

Position PositionEditDialog::position() const
{
    Position p = m_original;
    p.code = m_code->text().trimmed();
    p.name = m_name->text().trimmed();
    p.jenjang = m_jenjang->currentData().toString();
    p.unitId = m_unit->currentData().toLongLong();
    p.kelasJabatan = m_kelas->value();
    p.superiorId = m_superior->currentData().toLongLong();
    p.minGolongan = m_minGolongan->currentData().toString();
    p.minEducation = m_minEducation->currentData().toString();
    p.formation = m_formation->value();
    p.isKey = m_key->isChecked();
    return p;
}

void PositionEditDialog::showError(const Error& error)
{
    m_fieldErrors.show(error);
}

void PositionEditDialog::accept()
{
    m_fieldErrors.clear();
    if (Status s = PositionRepository::validate(position()); !s) {
        showError(s.error());
        return;
    }
    QDialog::accept();
}

} // namespace karsa::ui
