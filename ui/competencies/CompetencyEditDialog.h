#pragma once

#include "common/FieldErrors.h"
#include "common/Result.h"
#include "domain/Competency.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace karsa::ui {

// Creates or edits one dictionary competency: code, name, type, definition and, per level 1-5,
// a description and behavioural indicators (one per line).
class CompetencyEditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompetencyEditDialog(const Competency& competency, QWidget* parent = nullptr);

    Competency competency() const; // the edited values; levels without any text are left out
    void showError(const Error& error);
    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* levelDescription(int level) const { return m_descriptions.value(level - 1); }
    QPlainTextEdit* levelIndicators(int level) const { return m_indicators.value(level - 1); }

    void accept() override;

private:
    Competency m_original;
    FieldErrors m_fieldErrors;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_type = nullptr;
    QPlainTextEdit* m_definition = nullptr;
    QVector<QPlainTextEdit*> m_descriptions;
    QVector<QPlainTextEdit*> m_indicators;
};

} // namespace karsa::ui
