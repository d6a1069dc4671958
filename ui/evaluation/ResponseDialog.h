#pragma once

#include "common/FieldErrors.h"
#include "evaluation/EvaluationRepository.h"
#include "evaluation/Instrument.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace karsa::ui {

// Enters one rater's form from paper or a kiosk: a score (1..scale, or "–" for not answered)
// for each behaviour of the instrument, grouped by core value, plus strengths and suggestions.
class ResponseDialog : public QDialog
{
    Q_OBJECT
public:
    ResponseDialog(const QString& heading, const Instrument& instrument, int scaleMax, const RaterForm& form,
                   bool showLabel, QWidget* parent = nullptr);

    RaterForm form() const; // submitted when at least one score is given
    void showError(const Error& error) { m_errors.show(error); }
    QComboBox* scoreBox(qint64 behaviourId) const { return m_scores.value(behaviourId); }

private:
    RaterForm m_original;
    FieldErrors m_errors{QStringLiteral("#b01e1e"), 2};
    QHash<qint64, QComboBox*> m_scores;
    QLineEdit* m_label = nullptr;
    QPlainTextEdit* m_strengths = nullptr;
    QPlainTextEdit* m_suggestions = nullptr;
};

} // namespace karsa::ui
