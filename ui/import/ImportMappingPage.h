#pragma once

#include "import/ImportPreview.h"

#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;

namespace karsa::ui {

class ImportWizard;

// Step 2: columns the file has that are not imported, and units/positions the file names that are
// not in the database. Each missing one is created with the import, or mapped here to an existing one.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    static constexpr int kMaxChoices = 60;

    explicit ImportMappingPage(ImportWizard* wizard);
    void initializePage() override;
    bool validatePage() override;

    // One combo per listed missing reference (data: existing id, 0 = create new).
    const QVector<QComboBox*>& choices() const { return m_choices; }

private:
    ImportWizard* m_wizard;
    QLabel* m_summary;
    QLabel* m_error;
    QFormLayout* m_form;
    QWidget* m_formHost;
    QVector<QComboBox*> m_choices;
    QVector<MissingReference> m_listed;
};

} // namespace karsa::ui
