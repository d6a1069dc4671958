#pragma once

#include "DevelopmentContext.h"
#include "common/Page.h"

class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace karsa::ui {

class CataloguePanel;
class CompliancePanel;
class PlansPanel;
class RealisationPanel;
class ValidationPanel;

// Pengembangan: the training catalogue, the yearly development plans generated from the gaps (accept,
// swap, drop, approve, print), realised training, JP compliance and the assessments that completed
// training proposes for validation. Data are read in a worker; every figure comes from core.
class DevelopmentPage : public Page
{
    Q_OBJECT
public:
    explicit DevelopmentPage(Workspace* workspace, QWidget* parent = nullptr);

    QString title() const override { return tr("Development"); }

    const DevelopmentContext& context() const { return m_context; }
    void setYear(int year);
    void setScopeUnit(int unitIndex); // -1 = all units
    QTabWidget* tabs() const { return m_tabs; }
    CataloguePanel* cataloguePanel() const { return m_catalogue; }
    PlansPanel* plansPanel() const { return m_plans; }
    RealisationPanel* realisationPanel() const { return m_records; }
    CompliancePanel* compliancePanel() const { return m_compliance; }
    ValidationPanel* validationPanel() const { return m_validation; }

signals:
    void refreshed(); // the tabs show fresh data

protected:
    void reload() override;

private:
    void load();
    void fillUnits();
    void applyScope();

    DevelopmentContext m_context;
    QSpinBox* m_year = nullptr;
    QComboBox* m_unit = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    CataloguePanel* m_catalogue = nullptr;
    PlansPanel* m_plans = nullptr;
    RealisationPanel* m_records = nullptr;
    CompliancePanel* m_compliance = nullptr;
    ValidationPanel* m_validation = nullptr;
    int m_generation = 0;
    bool m_waiting = false;
};

} // namespace karsa::ui
