#pragma once

#include "common/Page.h"

class QLabel;
class QTabWidget;

namespace karsa::ui {

class BatchAssessmentPanel;
class SingleAssessmentPanel;

// Asesmen: enter and correct assessment results, for one employee (history, validation) or in a
// batch grid for a unit.
class AssessmentsPage : public Page
{
    Q_OBJECT
public:
    explicit AssessmentsPage(Workspace* workspace, QWidget* parent = nullptr);

    QString title() const override { return tr("Assessments"); }
    SingleAssessmentPanel* single() const { return m_single; }
    BatchAssessmentPanel* batch() const { return m_batch; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void directoryLoaded(int employees);

protected:
    void reload() override;

private:
    void loadDirectory();
    void applySnapshot();

    QTabWidget* m_tabs = nullptr;
    QLabel* m_status = nullptr;
    SingleAssessmentPanel* m_single = nullptr;
    BatchAssessmentPanel* m_batch = nullptr;
    int m_generation = 0;
    bool m_started = false;
};

} // namespace karsa::ui
