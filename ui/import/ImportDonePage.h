#pragma once

#include <QWizardPage>

class QLabel;

namespace karsa::ui {

class ImportWizard;

// Step 4: what was imported and where the backup taken before it is.
class ImportDonePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportDonePage(ImportWizard* wizard);
    void initializePage() override;
    QLabel* resultLabel() const { return m_result; }

private:
    ImportWizard* m_wizard;
    QLabel* m_result;
};

} // namespace karsa::ui
