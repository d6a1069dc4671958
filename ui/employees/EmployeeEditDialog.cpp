#include "EmployeeEditDialog.h"

#include "refdata/ReferenceCatalog.h"
#include "storage/EmployeeRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace karsa::ui {

namespace {
QDateEdit* makeDateEdit(QWidget* parent, const QDate& value)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd MMMM yyyy"));
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setSpecialValueText(QStringLiteral(" "));
    edit->setDate(value.isValid() ? value : edit->minimumDate());
    return edit;
}
QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}
} // namespace

EmployeeEditDialog::EmployeeEditDialog(const Employee& employee, QVector<Unit> units, QVector<Position> positions, QWidget* parent)
    : QDialog(parent), m_original(employee), m_units(std::move(units)), m_positions(std::move(positions))
{
    setWindowTitle(employee.id ? tr("Edit employee") : tr("New employee"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    const ReferenceCatalog& cat = ReferenceCatalog::instance();

    m_nip = new QLineEdit(Nip::format(employee.nip), this);
    m_nip->setObjectName(QStringLiteral("nip"));
    m_nip->setPlaceholderText(QStringLiteral("19860926 201505 1 001"));
    m_fieldErrors.addRow(form, QStringLiteral("nip"), tr("NIP"), m_nip, this);
    m_nipInfo = new QLabel(this);
    m_nipInfo->setStyleSheet(QStringLiteral("color: #555;"));
    form->addRow(QString(), m_nipInfo);
    connect(m_nip, &QLineEdit::textChanged, this, &EmployeeEditDialog::onNipChanged);

    m_status = new QComboBox(this);
    for (const char* s : {"PNS", "CPNS", "PPPK"})
        m_status->addItem(QLatin1String(s));
    m_status->setCurrentText(employeeStatusCode(employee.status));
    m_fieldErrors.addRow(form, QStringLiteral("status"), tr("Status"), m_status, this);

    m_front = new QLineEdit(employee.frontTitle, this);
    m_fieldErrors.addRow(form, QStringLiteral("front_title"), tr("Title before name"), m_front, this);
    m_name = new QLineEdit(employee.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_fieldErrors.addRow(form, QStringLiteral("name"), tr("Name"), m_name, this);
    m_back = new QLineEdit(employee.backTitle, this);
    m_fieldErrors.addRow(form, QStringLiteral("back_title"), tr("Title after name"), m_back, this);
    m_birthPlace = new QLineEdit(employee.birthPlace, this);
    m_fieldErrors.addRow(form, QStringLiteral("birth_place"), tr("Place of birth"), m_birthPlace, this);

    m_golongan = new QComboBox(this);
    m_golongan->addItem(QString());
    for (const GolonganInfo& g : cat.golonganPns())
        m_golongan->addItem(QStringLiteral("%1 — %2").arg(g.code, g.pangkat), g.code);
    for (const GolonganInfo& g : cat.golonganPppk())
        m_golongan->addItem(tr("%1 (PPPK)").arg(g.code), g.code);
    m_golongan->setCurrentIndex(qMax(0, m_golongan->findData(employee.golongan)));
    m_fieldErrors.addRow(form, QStringLiteral("golongan"), tr("Golongan"), m_golongan, this);
    m_tmtGolongan = makeDateEdit(this, employee.tmtGolongan);
    m_fieldErrors.addRow(form, QStringLiteral("tmt_golongan"), tr("TMT golongan"), m_tmtGolongan, this);

    m_education = new QComboBox(this);
    m_education->addItem(QString());
    for (const EducationInfo& e : cat.educationList())
        m_education->addItem(QStringLiteral("%1 — %2").arg(e.code, e.name), e.code);
    m_education->setCurrentIndex(qMax(0, m_education->findData(employee.education)));
    m_fieldErrors.addRow(form, QStringLiteral("education"), tr("Education"), m_education, this);
    m_major = new QLineEdit(employee.major, this);
    m_fieldErrors.addRow(form, QStringLiteral("major"), tr("Field of study"), m_major, this);

    m_unit = new QComboBox(this);
    m_unit->addItem(tr("(no unit)"), 0);
    for (const Unit& u : std::as_const(m_units))
        m_unit->addItem(u.name, u.id);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(employee.unitId)));
    m_fieldErrors.addRow(form, QStringLiteral("unit"), tr("Unit"), m_unit, this);
    m_position = new QComboBox(this);
    m_fieldErrors.addRow(form, QStringLiteral("position"), tr("Position"), m_position, this);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &EmployeeEditDialog::fillPositions);
    fillPositions();
    m_position->setCurrentIndex(qMax(0, m_position->findData(employee.positionId)));
    m_tmtJabatan = makeDateEdit(this, employee.tmtJabatan);
    m_fieldErrors.addRow(form, QStringLiteral("tmt_jabatan"), tr("TMT position"), m_tmtJabatan, this);

    m_nik = new QLineEdit(employee.nik, this);
    m_fieldErrors.addRow(form, QStringLiteral("nik"), tr("NIK"), m_nik, this);
    m_phone = new QLineEdit(employee.phone, this);
    m_fieldErrors.addRow(form, QStringLiteral("phone"), tr("Phone"), m_phone, this);
    m_email = new QLineEdit(employee.email, this);
    m_fieldErrors.addRow(form, QStringLiteral("email"), tr("E-mail"), m_email, this);

    layout->addWidget(m_fieldErrors.general(this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EmployeeEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    onNipChanged();
}

void EmployeeEditDialog::fillPositions()
{
    const qint64 unitId = m_unit->currentData().toLongLong();
    const qint64 keep = m_position->currentData().toLongLong();
    m_position->clear();
    m_position->addItem(tr("(no position)"), 0);
    for (const Position& p : std::as_const(m_positions))
        if (p.unitId == unitId)
            m_position->addItem(p.name, p.id);
    m_position->setCurrentIndex(qMax(0, m_position->findData(keep)));
}

void EmployeeEditDialog::onNipChanged()
{
    auto nip = Nip::parse(m_nip->text());
    QLabel* error = m_fieldErrors.label(QStringLiteral("nip"));
    if (m_nip->text().trimmed().isEmpty()) {
        m_nipInfo->clear();
        error->hide();
        return;
    }
    if (!nip) {
        error->setText(nip.error().field + QStringLiteral(": ") + nip.error().message);
        FieldErrors::reveal(error);
        m_nipInfo->clear();
        return;
    }
    error->hide();
    const QLocale locale;
    m_nipInfo->setText(tr("Born %1 · %2 · TMT %3")
                           .arg(locale.toString(nip->birthDate, QStringLiteral("d MMMM yyyy")),
                                nip->sex == Sex::Male ? tr("male") : tr("female"),
                                nip->kind == NipKind::Pppk ? QString::number(nip->tmtYear)
                                                           : QStringLiteral("%1/%2").arg(nip->tmtMonth, 2, 10, QChar(u'0')).arg(nip->tmtYear)));
}

Employee EmployeeEditDialog::employee() const
{
    Employee e = m_original;
    auto nip = Nip::parse(m_nip->text());
    e.nip = nip ? nip->digits : m_nip->text().trimmed();
    if (nip) {
        e.birthDate = nip->birthDate;
        e.sex = nip->sex;
        if (nip->kind == NipKind::Pns && !e.tmtCpns.isValid())
            e.tmtCpns = QDate(nip->tmtYear, nip->tmtMonth, 1);
    }
    employeeStatusFromCode(m_status->currentText(), &e.status);
    e.frontTitle = m_front->text().trimmed();
    e.name = m_name->text().trimmed();
    e.backTitle = m_back->text().trimmed();
    e.birthPlace = m_birthPlace->text().trimmed();
    e.golongan = m_golongan->currentData().toString();
    e.tmtGolongan = dateOf(m_tmtGolongan);
    e.education = m_education->currentData().toString();
    e.major = m_major->text().trimmed();
    e.unitId = m_unit->currentData().toLongLong();
    e.positionId = m_position->currentData().toLongLong();
    e.tmtJabatan = dateOf(m_tmtJabatan);
    e.nik = m_nik->text().trimmed();
    e.phone = m_phone->text().trimmed();
    e.email = m_email->text().trimmed();
    return e;
}

void EmployeeEditDialog::showError(const Error& error)
{
    m_fieldErrors.show(error);
}

void EmployeeEditDialog::accept()
{
    m_fieldErrors.clear();
    if (Status s = EmployeeRepository::validate(employee()); !s) {
        showError(s.error());
        return;
    }
    QDialog::accept();
}

} // namespace karsa::ui
