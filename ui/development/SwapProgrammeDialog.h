#pragma once

#include "DevelopmentContext.h"

#include <QDialog>

class QListWidget;

namespace karsa::ui {

// Choose another programme for a plan item: the generator's candidates for the item's need first
// (best first), then every other active programme.
class SwapProgrammeDialog : public QDialog
{
    Q_OBJECT
public:
    SwapProgrammeDialog(const DevelopmentContext& context, const PlanItem& item, QWidget* parent = nullptr);
    qint64 programmeId() const;
    QListWidget* list() const { return m_list; }

private:
    QListWidget* m_list = nullptr;
};

} // namespace karsa::ui
