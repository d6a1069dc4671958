#pragma once

#include "DevelopmentContext.h"
#include "common/FieldErrors.h"
#include "development/DevelopmentService.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace karsa::ui {

class Workspace;

// Records attended training: for a plan item (employee and programme given) or ad hoc (any employee,
// a catalogue programme or a free title and form). Dates, JP, certificate number, result.
class TrainingRecordDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<bool(const TrainingRecord&)>;
    TrainingRecordDialog(const DevelopmentContext& context, QWidget* parent = nullptr);

    void setPlanItem(qint64 employeeId, const PlanItem& item);
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    TrainingRecord record() const;
    void fill(const QString& nip, qint64 programmeId, const QDate& start, const QDate& end, double jp,
              const QString& certificate); // tests, screenshots
    void submit();

    // Records the training as an undoable command (undo removes the record and its proposals and
    // reopens the plan item).
    static Status execute(Workspace* workspace, const TrainingRecord& record, RecordOutcome* out = nullptr);

private:
    void programmeChosen();

    const DevelopmentContext& m_context;
    Submit m_submit;
    FieldErrors m_errors;
    qint64 m_planItemId = 0;
    QLineEdit* m_nip = nullptr;
    QLabel* m_name = nullptr;
    QComboBox* m_programme = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_form = nullptr;
    QLineEdit* m_provider = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QDoubleSpinBox* m_jp = nullptr;
    QLineEdit* m_certificate = nullptr;
    QComboBox* m_result = nullptr;
};

} // namespace karsa::ui
