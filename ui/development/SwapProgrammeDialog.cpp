#include "SwapProgrammeDialog.h"

#include "development/DevelopmentReports.h"
#include "reports/IndonesianFormat.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QVBoxLayout>

namespace karsa::ui {

SwapProgrammeDialog::SwapProgrammeDialog(const DevelopmentContext& context, const PlanItem& item, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Swap programme"));
    resize(640, 420);
    auto* layout = new QVBoxLayout(this);
    const AnalyticsData& data = context.snapshot->data;
    QString what = planNeedLabel(item.need);
    if (item.competencyId)
        what += QStringLiteral(": ") + DevelopmentReports::competencyName(data, item.competencyId) +
                (item.need != PlanNeed::MinimumJp ? QStringLiteral(" (%1 → %2)").arg(item.actualLevel).arg(item.requiredLevel)
                                                  : QString());
    layout->addWidget(new QLabel(what, this));
    m_list = new QListWidget(this);
    layout->addWidget(m_list, 1);

    QSet<qint64> listed;
    const auto add = [&](const TrainingProgramme& p, bool recommended) {
        if (listed.contains(p.id) || !p.active || p.id == item.programmeId)
            return;
        listed.insert(p.id);
        const QString text = QStringLiteral("%1%2 — %3, %4 JP, Rp %5")
                                 .arg(recommended ? QStringLiteral("★ ") : QString(), p.name, TrainingForms::label(p.form),
                                      IndonesianFormat::number(p.jp, 0), IndonesianFormat::integer(p.cost));
        auto* entry = new QListWidgetItem(text, m_list);
        entry->setData(Qt::UserRole, p.id);
    };
    if (item.competencyId && item.need != PlanNeed::MinimumJp) {
        const int ci = data.competencyIndex(item.competencyId);
        DevelopmentNeed need;
        need.competencyId = item.competencyId;
        need.type = ci >= 0 ? data.competencies()[ci].type : CompetencyType::Teknis;
        need.need = item.need;
        need.required = item.requiredLevel;
        need.actual = item.actualLevel;
        const PlanGenerator generator(data, context.snapshot->settings, context.overview->settings, *context.catalogue);
        for (int i : generator.candidates(need))
            add(context.catalogue->programmes()[i], true);
    }
    for (const TrainingProgramme& p : context.catalogue->programmes())
        add(p, false);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    auto* note = new QLabel(tr("★ develops this competency above the current level, best match first."), this);
    note->setStyleSheet(QStringLiteral("color: #52606d;"));
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
}

qint64 SwapProgrammeDialog::programmeId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
}

} // namespace karsa::ui
