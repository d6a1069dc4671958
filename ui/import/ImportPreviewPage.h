#pragma once

#include <QWizardPage>

class QLabel;

namespace karsa::ui {

class ImportWizard;
class RowTableModel;
class TablePanel;

// Step 3: what the import will do — counts, and a searchable, exportable table of the rows to add,
// update (with the field changes) and the rejected ones with row, column and reason. Finishing this
// page applies the import; it cannot while any row is rejected.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    RowTableModel* model() const { return m_model; }
    QLabel* summaryLabel() const { return m_summary; }

private:
    ImportWizard* m_wizard;
    QLabel* m_summary;
    QLabel* m_error;
    RowTableModel* m_model;
    TablePanel* m_panel;
};

} // namespace karsa::ui
