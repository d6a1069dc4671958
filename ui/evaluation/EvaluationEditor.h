#pragma once

#include "evaluation/CycleEvaluation.h"

#include <QObject>

#include <memory>

class QWidget;

namespace karsa::ui {

class Workspace;

// The edits of the evaluation page, each one undoable (DbCommand) and refused with the core's
// message when the cycle's status does not allow it.
class EvaluationEditor : public QObject
{
    Q_OBJECT
public:
    EvaluationEditor(Workspace* workspace, QWidget* parent);

    // Returns the new cycle id, 0 when cancelled or refused.
    qint64 newCycle();
    void generateRaters(const CycleEvaluation& evaluation);
    void enterAnswers(const CycleEvaluation& evaluation, qint64 raterId);
    void addRater(const CycleEvaluation& evaluation, qint64 rateeId);
    void removeRater(const CycleEvaluation& evaluation, qint64 raterId);
    void addPublicFeedback(const CycleEvaluation& evaluation, qint64 rateeId);
    void importPublicFeedback(const CycleEvaluation& evaluation);
    void setHasilKerja(const CycleEvaluation& evaluation, qint64 employeeId);
    void calibrate(const CycleEvaluation& evaluation, qint64 employeeId);
    void closeCycle(const CycleEvaluation& evaluation);
    void reopenCycle(const CycleEvaluation& evaluation);
    void lockCycle(const CycleEvaluation& evaluation);

private:
    void report(const Status& status); // a message box on failure
    QString personText(const CycleEvaluation& evaluation, qint64 employeeId) const;

    Workspace* m_workspace;
    QWidget* m_parent;
};

} // namespace karsa::ui
