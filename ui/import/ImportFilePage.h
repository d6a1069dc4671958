#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace karsa::ui {

class ImportWizard;

// Step 1: what to import and from which file.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard* wizard);
    bool isComplete() const override;
    bool validatePage() override;

    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* pathEdit() const { return m_path; }
    QLabel* errorLabel() const { return m_error; }

private:
    ImportWizard* m_wizard;
    QComboBox* m_kind;
    QLineEdit* m_path;
    QLabel* m_error;
};

} // namespace karsa::ui
