#pragma once

#include "common/FieldErrors.h"
#include "evaluation/EvaluationScoring.h"
#include "evaluation/Instrument.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace karsa::ui {

// Adjusts one final result: hasil kerja and perilaku ratings, the predikat from the agency's
// matrix shown as it changes, a required reason and the officer's name. The original result and
// earlier calibrations are shown; nothing is stored until OK.
class CalibrationDialog : public QDialog
{
    Q_OBJECT
public:
    CalibrationDialog(const QString& employee, const EvaluationResult& result, const PredikatMatrix& matrix,
                      const QVector<Calibration>& history, const QString& officer, QWidget* parent = nullptr);

    int hasilKerja() const;
    int perilaku() const;
    QString reason() const;
    QString officer() const;
    void showError(const Error& error) { m_errors.show(error); }

private:
    void updatePreview();

    PredikatMatrix m_matrix;
    FieldErrors m_errors{QStringLiteral("#b01e1e"), 2};
    QComboBox* m_hasil = nullptr;
    QComboBox* m_perilaku = nullptr;
    QLabel* m_preview = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLineEdit* m_officer = nullptr;
};

} // namespace karsa::ui
