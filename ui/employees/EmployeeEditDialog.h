#pragma once

#include "common/FieldErrors.h"
#include "domain/Employee.h"
#include "domain/Position.h"
#include "domain/Unit.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace karsa::ui {

// Creates or edits one employee. Problems are shown next to the field concerned; OK stays
// possible only when the core validation passes.
class EmployeeEditDialog : public QDialog
{
    Q_OBJECT
public:
    EmployeeEditDialog(const Employee& employee, QVector<Unit> units, QVector<Position> positions, QWidget* parent = nullptr);

    Employee employee() const; // the edited values
    // Shows message next to the field named by an Error (e.g. "nip", "golongan"); general
    // messages go above the buttons.
    void showError(const Error& error);
    QLineEdit* nipEdit() const { return m_nip; }
    QLineEdit* nameEdit() const { return m_name; }

    void accept() override;

private:
    void onNipChanged();
    void fillPositions();

    Employee m_original;
    QVector<Unit> m_units;
    QVector<Position> m_positions;
    FieldErrors m_fieldErrors;
    QLineEdit* m_nip = nullptr;
    QLabel* m_nipInfo = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_front = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_back = nullptr;
    QLineEdit* m_birthPlace = nullptr;
    QComboBox* m_golongan = nullptr;
    QDateEdit* m_tmtGolongan = nullptr;
    QComboBox* m_education = nullptr;
    QLineEdit* m_major = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_position = nullptr;
    QDateEdit* m_tmtJabatan = nullptr;
    QLineEdit* m_nik = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
};

} // namespace karsa::ui
