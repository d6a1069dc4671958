#pragma once

#include "common/Result.h"
#include "shell/AnalyticsSnapshot.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace karsa::ui {

class BatchAssessmentModel;
class Workspace;

// Batch entry: a grid of the employees of a unit (with its sub-units, optionally one position)
// against the competencies of their standards; every changed cell becomes one new assessment, all
// saved in one transaction by one undoable command.
class BatchAssessmentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BatchAssessmentPanel(Workspace* workspace, QWidget* parent = nullptr);

    // Takes the units, positions and current levels from the analytics snapshot.
    void setSnapshot(AnalyticsSnapshotPtr snapshot);
    void setScope(qint64 unitId, qint64 positionId = 0);
    void setBatchDetails(const QDate& date, const QString& method, const QString& assessor);
    Status save();
    void discard();

    BatchAssessmentModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

private:
    void fillUnits();
    void fillPositions();
    void rebuildGrid();
    void updateState();

    Workspace* m_workspace;
    AnalyticsSnapshotPtr m_snapshot;
    BatchAssessmentModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_position = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_assessor = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_discard = nullptr;
};

} // namespace karsa::ui
