#pragma once

#include "common/FieldErrors.h"
#include "development/TrainingProgramme.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace karsa {
class AnalyticsData;
}

namespace karsa::ui {

// A new catalogue programme: code, name, form, provider, JP, cost, mode and the competencies it
// develops ("M.01:3, T.09:4"). Errors from core validation appear under their field.
class ProgrammeDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<bool(const TrainingProgramme&, Error*)>;
    ProgrammeDialog(const AnalyticsData& data, QWidget* parent = nullptr);

    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    // The programme as entered; an Error (field "competencies") when the develops list is malformed.
    Result<TrainingProgramme> programme() const;
    void fill(const TrainingProgramme& programme, const QString& develops); // tests, screenshots
    void submit();

private:
    QHash<QString, qint64> m_idByCode;
    Submit m_submit;
    FieldErrors m_errors;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_form = nullptr;
    QLineEdit* m_provider = nullptr;
    QDoubleSpinBox* m_jp = nullptr;
    QDoubleSpinBox* m_cost = nullptr;
    QComboBox* m_mode = nullptr;
    QLineEdit* m_develops = nullptr;
};

} // namespace karsa::ui
