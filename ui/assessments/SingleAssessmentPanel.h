#pragma once

#include "common/Result.h"
#include "domain/Assessment.h"
#include "domain/Competency.h"
#include "domain/Position.h"
#include "storage/EmployeeDirectory.h"

#include <QHash>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;

namespace karsa::ui {

class RowTableModel;
class TablePanel;
class Workspace;

// One employee's competencies: their position's standard with required and current level and
// status, and the full assessment history with add / correct / validate / reject (undoable).
class SingleAssessmentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SingleAssessmentPanel(Workspace* workspace, QWidget* parent = nullptr);

    void setDirectory(QVector<EmployeeListRow> employees, QVector<Position> positions, QVector<Competency> competencies);
    void selectEmployee(qint64 employeeId);
    qint64 employeeId() const { return m_employeeId; }
    void refresh(); // re-reads the current employee's history and levels

    // The edits, each one undoable DbCommand; the failure is returned (and shown by the dialogs).
    Status addAssessment(const Assessment& assessment);
    Status correctAssessment(const Assessment& assessment);
    Status setAssessmentStatus(qint64 assessmentId, AssessmentStatus status);

    RowTableModel* standardModel() const { return m_standard; }
    RowTableModel* historyModel() const { return m_history; }
    QLineEdit* searchBox() const { return m_search; }
    const QVector<Assessment>& history() const { return m_rows; }

private:
    void onSearchChosen(const QString& text);
    void newAssessment();
    void correctSelected();
    void setSelectedStatus(AssessmentStatus status);
    void updateButtons();
    QString competencyText(qint64 competencyId) const;

    Workspace* m_workspace;
    QVector<EmployeeListRow> m_employees;
    QHash<qint64, int> m_employeeIndex;
    QHash<QString, qint64> m_idByText;
    QHash<qint64, Position> m_positions;
    QVector<Competency> m_competencies;
    QHash<qint64, int> m_competencyIndex;
    QVector<Assessment> m_rows;
    qint64 m_employeeId = 0;
    qint64 m_firstGap = 0;

    QLineEdit* m_search = nullptr;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_completions = nullptr;
    QLabel* m_header = nullptr;
    RowTableModel* m_standard = nullptr;
    RowTableModel* m_history = nullptr;
    TablePanel* m_standardPanel = nullptr;
    TablePanel* m_historyPanel = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_validate = nullptr;
    QPushButton* m_reject = nullptr;
};

} // namespace karsa::ui
