#pragma once

#include "placement/PlacementScenario.h"
#include "shell/AnalyticsSnapshot.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace karsa::ui {

class RowTableModel;
class TablePanel;
class Workspace;

// The vacancies of the scenario and, for the chosen one, its candidate list from the ranking engine
// with the explanation of a candidate's score and the reasons others were filtered out. The officer
// turns a candidate into a constraint (lock, exclude, keep in place) or adds an employee by NIP.
class VacancyPanel : public QWidget
{
    Q_OBJECT
public:
    VacancyPanel(Workspace* workspace, QWidget* parent = nullptr);
    void setData(AnalyticsSnapshotPtr snapshot, const QVector<Vacancy>& vacancies, int poolSize);
    qint64 currentPositionId() const { return m_positionId; }
    RowTableModel* vacanciesModel() const { return m_vacancies; }
    RowTableModel* candidatesModel() const { return m_candidates; }
    void selectVacancy(qint64 positionId) { showVacancy(positionId); }

signals:
    void lockRequested(qint64 employeeId, qint64 positionId);
    void excludeRequested(qint64 employeeId, qint64 positionId);
    void addRequested(qint64 employeeId, qint64 positionId);
    void keepRequested(qint64 employeeId);
    void vacancyRequested(qint64 positionId); // one more seat on this position

private:
    void showVacancy(qint64 positionId);
    void explain(qint64 employeeId);
    void addByNip();

    Workspace* m_workspace;
    AnalyticsSnapshotPtr m_snapshot;
    int m_poolSize = 20;
    qint64 m_positionId = 0;
    RowTableModel* m_vacancies = nullptr;
    TablePanel* m_vacancyPanel = nullptr;
    RowTableModel* m_candidates = nullptr;
    TablePanel* m_candidatePanel = nullptr;
    QLabel* m_caption = nullptr;
    QTextBrowser* m_explanation = nullptr;
};

} // namespace karsa::ui
