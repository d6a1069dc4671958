#pragma once

#include "shell/AnalyticsSnapshot.h"

#include <QWidget>

class QLabel;

namespace karsa::ui {

class RowTableModel;
class TablePanel;
class Workspace;

// The succession pools: the key positions on the left; the pool of the chosen one (boxes 7-9,
// AnalyticsEngine successionPool) with each candidate's JPM against it on the right.
class SuccessionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SuccessionPanel(Workspace* workspace, QWidget* parent = nullptr);

    void setSnapshot(AnalyticsSnapshotPtr snapshot);
    // Shows the pool of a key position (by id); 0 clears it.
    void showPosition(qint64 positionId);
    RowTableModel* positionsModel() const { return m_positions; }
    RowTableModel* candidatesModel() const { return m_candidates; }

private:
    AnalyticsSnapshotPtr m_snapshot;
    qint64 m_positionId = 0;
    RowTableModel* m_positions = nullptr;
    RowTableModel* m_candidates = nullptr;
    TablePanel* m_positionsPanel = nullptr;
    TablePanel* m_candidatesPanel = nullptr;
    QLabel* m_caption = nullptr;
};

} // namespace karsa::ui
