#pragma once

#include "common/FieldErrors.h"
#include "common/Result.h"
#include "domain/Position.h"
#include "domain/Unit.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace karsa::ui {

// Creates or edits one position (not its standard, which the page edits in place). Problems are
// shown next to the field PositionRepository::validate names.
class PositionEditDialog : public QDialog
{
    Q_OBJECT
public:
    PositionEditDialog(const Position& position, QVector<Unit> units, QVector<Position> positions, QWidget* parent = nullptr);

    Position position() const; // the edited values (standard unchanged)
    void showError(const Error& error);
    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }
    QLabel* errorLabel(const QString& field) const { return m_fieldErrors.label(field); }

    void accept() override;

private:
    void fillSuperiors();

    Position m_original;
    QVector<Unit> m_units;
    QVector<Position> m_positions;
    FieldErrors m_fieldErrors;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_jenjang = nullptr;
    QComboBox* m_unit = nullptr;
    QSpinBox* m_kelas = nullptr;
    QComboBox* m_superior = nullptr;
    QComboBox* m_minGolongan = nullptr;
    QComboBox* m_minEducation = nullptr;
    QSpinBox* m_formation = nullptr;
    QCheckBox* m_key = nullptr;
};

} // namespace karsa::ui
