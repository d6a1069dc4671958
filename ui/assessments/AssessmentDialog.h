#pragma once

#include "common/FieldErrors.h"
#include "common/Result.h"
#include "domain/Assessment.h"
#include "domain/Competency.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace karsa::ui {

// Adds or corrects one assessment: competency, level 1-5, date, method, assessor, evidence, status.
// Problems appear next to the field concerned (AssessmentRepository::validate field names).
class AssessmentDialog : public QDialog
{
    Q_OBJECT
public:
    AssessmentDialog(const Assessment& assessment, const QVector<Competency>& competencies, QWidget* parent = nullptr);

    Assessment assessment() const;
    void showError(const Error& error);
    void accept() override;

    QComboBox* competencyBox() const { return m_competency; }
    QSpinBox* levelBox() const { return m_level; }

private:
    Assessment m_original;
    FieldErrors m_fieldErrors{QStringLiteral("#b01e1e"), 2};
    QComboBox* m_competency = nullptr;
    QSpinBox* m_level = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_assessor = nullptr;
    QPlainTextEdit* m_evidence = nullptr;
    QComboBox* m_status = nullptr;
};

} // namespace karsa::ui
