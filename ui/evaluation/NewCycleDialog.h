#pragma once

#include "common/FieldErrors.h"
#include "evaluation/EvaluationCycle.h"

#include <QDialog>
#include <QPair>
#include <QVector>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace karsa::ui {

// Name, period (annual or a quarter), year and unit scope of a new evaluation cycle. The answer
// scale comes from Settings.
class NewCycleDialog : public QDialog
{
    Q_OBJECT
public:
    // units: (id, indented name) in tree order.
    NewCycleDialog(const QVector<QPair<qint64, QString>>& units, int year, int scaleMax, QWidget* parent = nullptr);

    EvaluationCycle cycle() const;
    void showError(const Error& error) { m_errors.show(error); }

private:
    FieldErrors m_errors{QStringLiteral("#b01e1e"), 2};
    QLineEdit* m_name = nullptr;
    QComboBox* m_period = nullptr;
    QSpinBox* m_year = nullptr;
    QComboBox* m_unit = nullptr;
    int m_scaleMax = 5;
};

} // namespace karsa::ui
