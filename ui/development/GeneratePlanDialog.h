#pragma once

#include "DevelopmentContext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace karsa::ui {

// Asks whose plans to generate: one employee (by NIP, with an optional target position) or every
// employee of the page's scope; and whether draft plans are replaced.
class GeneratePlanDialog : public QDialog
{
    Q_OBJECT
public:
    GeneratePlanDialog(const DevelopmentContext& context, QWidget* parent = nullptr);

    QVector<int> employees() const;   // indexes into the snapshot
    int targetPositionIndex() const;  // -1 = none
    bool replaceDrafts() const;
    void setEmployeeNip(const QString& nip);

private:
    void check();

    const DevelopmentContext& m_context;
    QRadioButton* m_one = nullptr;
    QRadioButton* m_scope = nullptr;
    QLineEdit* m_nip = nullptr;
    QComboBox* m_target = nullptr;
    QCheckBox* m_replace = nullptr;
    QLabel* m_found = nullptr;
};

} // namespace karsa::ui
