#pragma once

#include "analytics/TalentSummary.h"

#include <QWidget>

#include <array>

class QLabel;
class QPushButton;

namespace karsa::ui {

// The 9-box grid of domain.md 3.1: kinerja rows (di atas on top), potensial columns (rendah left),
// each box a button with its number, name, count and share; plus a button for the unplaced.
class NineBoxWidget : public QWidget
{
    Q_OBJECT
public:
    explicit NineBoxWidget(QWidget* parent = nullptr);

    void setCounts(const TalentBoxCounts& counts);
    void setSelectedBox(int box); // -1 = none, 0 = unplaced
    QPushButton* boxButton(int box) const; // 1..9; 0 = the unplaced button

    // The row (0 = top) and column (0 = left) of a box in the grid.
    static int gridRow(int box);
    static int gridColumn(int box);

signals:
    void boxClicked(int box); // 0 = unplaced

private:
    void restyle();

    std::array<QPushButton*, 10> m_buttons{};
    TalentBoxCounts m_counts;
    int m_selected = -1;
};

} // namespace karsa::ui
