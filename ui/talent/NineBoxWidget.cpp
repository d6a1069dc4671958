#include "NineBoxWidget.h"

#include "reports/IndonesianFormat.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace karsa::ui {

namespace {
QString boxColour(int box)
{
    switch (box) {
    case 9:
        return QStringLiteral("#7cc47f");
    case 8:
    case 7:
        return QStringLiteral("#b5dfb0");
    case 6:
    case 5:
    case 4:
        return QStringLiteral("#fbe9a0");
    case 3:
    case 2:
        return QStringLiteral("#f9d3a5");
    case 1:
        return QStringLiteral("#f4a9a3");
    default:
        return QStringLiteral("#e4e7eb");
    }
}
} // namespace

int NineBoxWidget::gridRow(int box)
{
    return 2 - int(boxKinerja(box)); // di atas ekspektasi on top
}

int NineBoxWidget::gridColumn(int box)
{
    return int(boxPotensial(box)); // rendah on the left
}

NineBoxWidget::NineBoxWidget(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* grid = new QGridLayout;
    grid->setSpacing(6);
    auto* yTitle = new QLabel(tr("Performance (kinerja)"), this);
    yTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    yTitle->setAlignment(Qt::AlignCenter);
    grid->addWidget(yTitle, 0, 0, 1, 5);
    for (int level = 0; level < 3; ++level) {
        auto* rowLabel = new QLabel(kinerjaLabel(KinerjaLevel(level)), this);
        rowLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        rowLabel->setWordWrap(true);
        rowLabel->setFixedWidth(110);
        grid->addWidget(rowLabel, 1 + (2 - level), 0);
        auto* columnLabel = new QLabel(potensialLabel(PotensialLevel(level)), this);
        columnLabel->setAlignment(Qt::AlignCenter);
        grid->addWidget(columnLabel, 4, 1 + level);
    }
    auto* xTitle = new QLabel(tr("Potential (potensial) — low to high"), this);
    xTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    xTitle->setAlignment(Qt::AlignCenter);
    grid->addWidget(xTitle, 5, 1, 1, 3);
    for (int box = 1; box <= 9; ++box) {
        auto* button = new QPushButton(this);
        button->setObjectName(QStringLiteral("box%1").arg(box));
        button->setMinimumSize(170, 64);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setToolTip(tr("Box %1 — recommendation: %2").arg(box).arg(talentRecommendation(box)));
        connect(button, &QPushButton::clicked, this, [this, box] { emit boxClicked(box); });
        grid->addWidget(button, 1 + gridRow(box), 1 + gridColumn(box));
        m_buttons[box] = button;
    }
    for (int c = 1; c <= 3; ++c)
        grid->setColumnStretch(c, 1);
    outer->addLayout(grid, 1);
    m_buttons[0] = new QPushButton(this);
    m_buttons[0]->setObjectName(QStringLiteral("unplaced"));
    m_buttons[0]->setMinimumHeight(fontMetrics().height() + 18);
    m_buttons[0]->setToolTip(tr("Employees who cannot be placed: list them"));
    connect(m_buttons[0], &QPushButton::clicked, this, [this] { emit boxClicked(0); });
    outer->addWidget(m_buttons[0]);
    restyle();
}

QPushButton* NineBoxWidget::boxButton(int box) const
{
    return box >= 0 && box <= 9 ? m_buttons[box] : nullptr;
}

void NineBoxWidget::setCounts(const TalentBoxCounts& counts)
{
    m_counts = counts;
    restyle();
}

void NineBoxWidget::setSelectedBox(int box)
{
    m_selected = box;
    restyle();
}

void NineBoxWidget::restyle()
{
    for (int box = 1; box <= 9; ++box) {
        const QString name = tr("Performance %1, potential %2")
                                 .arg(kinerjaLabel(boxKinerja(box)), potensialLabel(boxPotensial(box)));
        m_buttons[box]->setText(tr("Box %1\n%2\n%3 employees (%4)")
                                    .arg(box)
                                    .arg(name)
                                    .arg(IndonesianFormat::integer(m_counts.perBox[box]))
                                    .arg(IndonesianFormat::percent(m_counts.percent(box), 1)));
        const bool selected = box == m_selected;
        m_buttons[box]->setStyleSheet(
            QStringLiteral("QPushButton { background: %1; border: %2; border-radius: 6px; padding: 6px; color: #1b1b1b; }"
                           "QPushButton:hover { border: 2px solid #2f6db5; }")
                .arg(boxColour(box), selected ? QStringLiteral("3px solid #1f3a5f") : QStringLiteral("1px solid #9aa5b1")));
    }
    QStringList reasons;
    if (m_counts.noRating)
        reasons << tr("%1 without a performance rating").arg(IndonesianFormat::integer(m_counts.noRating));
    if (m_counts.noStandard)
        reasons << tr("%1 without a competency standard").arg(IndonesianFormat::integer(m_counts.noStandard));
    if (m_counts.incompleteJpm)
        reasons << tr("%1 with unassessed competencies").arg(IndonesianFormat::integer(m_counts.incompleteJpm));
    m_buttons[0]->setText(reasons.isEmpty()
                              ? tr("Every employee in scope has a box")
                              : tr("%1 employees without a box: %2")
                                    .arg(IndonesianFormat::integer(m_counts.unplaced), reasons.join(QStringLiteral("; "))));
    m_buttons[0]->setStyleSheet(QStringLiteral("QPushButton { background: #e4e7eb; border: %1; border-radius: 6px; "
                                               "padding: 6px; text-align: left; }")
                                    .arg(m_selected == 0 ? QStringLiteral("3px solid #1f3a5f")
                                                         : QStringLiteral("1px solid #9aa5b1")));
}

} // namespace karsa::ui
