#include "EmployeeProfileWindow.h"

#include "PositionPickerDialog.h"
#include "ProfileFormatter.h"
#include "common/ChartHelpers.h"
#include "common/RowTableModel.h"
#include "common/TableExport.h"
#include "common/TablePanel.h"
#include "reports/IndonesianFormat.h"
#include "shell/Workspace.h"
#include "storage/SettingsRepository.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace karsa::ui {

namespace {
QLabel* valueLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

EmployeeProfileWindow* EmployeeProfileWindow::open(Workspace* workspace, qint64 employeeId, QWidget* parent)
{
    for (EmployeeProfileWindow* w : parent->findChildren<EmployeeProfileWindow*>()) {
        if (w->employeeId() == employeeId) {
            w->show();
            w->raise();
            w->activateWindow();
            return w;
        }
    }
    auto* w = new EmployeeProfileWindow(workspace, employeeId, parent);
    w->show();
    return w;
}

EmployeeProfileWindow::EmployeeProfileWindow(Workspace* workspace, qint64 employeeId, QWidget* parent)
    : QWidget(parent, Qt::Window), m_workspace(workspace), m_employeeId(employeeId)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("employeeProfile"));
    setWindowTitle(tr("Employee profile"));
    resize(1180, 860);
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    m_name = valueLabel(this, QStringLiteral("profileName"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_subtitle = valueLabel(this, QStringLiteral("profileSubtitle"));
    titles->addWidget(m_name);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    auto* compare = new QPushButton(tr("Compare with position…"), this);
    compare->setObjectName(QStringLiteral("compareButton"));
    compare->setToolTip(tr("Gaps and JPM against the position to be held (PP 11/2017 art. 206)"));
    m_back = new QPushButton(tr("Back to the current position"), this);
    auto* exportButton = new QPushButton(tr("Export PDF…"), this);
    auto* print = new QPushButton(tr("Print…"), this);
    for (QPushButton* b : {compare, m_back, exportButton, print})
        header->addWidget(b, 0, Qt::AlignTop);
    layout->addLayout(header);
    connect(compare, &QPushButton::clicked, this, &EmployeeProfileWindow::chooseComparison);
    connect(m_back, &QPushButton::clicked, this, [this] { compareWith(-1); });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (isLoaded())
            exportDocument(this, document(), tr("Profile-%1").arg(m_profile.employee.nip), ExportFormat::Pdf);
    });
    connect(print, &QPushButton::clicked, this, [this] {
        if (isLoaded())
            printDocument(this, document());
    });

    auto* top = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* identityBox = new QGroupBox(tr("Identity"), this);
    m_identity = new QFormLayout(identityBox);
    m_identity->setLabelAlignment(Qt::AlignRight);
    m_identity->setVerticalSpacing(3);
    left->addWidget(identityBox);
    auto* talentBox = new QGroupBox(tr("Talent (9-box)"), this);
    auto* talentLayout = new QVBoxLayout(talentBox);
    m_talent = valueLabel(talentBox, QStringLiteral("talentValue"));
    talentLayout->addWidget(m_talent);
    left->addWidget(talentBox);
    left->addStretch();
    top->addLayout(left, 5);

    auto* competencyBox = new QGroupBox(tr("Competency against the standard"), this);
    auto* right = new QVBoxLayout(competencyBox);
    m_standard = valueLabel(competencyBox, QStringLiteral("standardValue"));
    right->addWidget(m_standard);
    auto* figures = new QHBoxLayout;
    auto addFigure = [&](const QString& caption, QLabel*& value, const QString& name) {
        auto* box = new QVBoxLayout;
        auto* c = new QLabel(caption, competencyBox);
        c->setStyleSheet(QStringLiteral("color: #555;"));
        value = valueLabel(competencyBox, name);
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.35);
        f.setBold(true);
        value->setFont(f);
        box->addWidget(c);
        box->addWidget(value);
        figures->addLayout(box, name == u"categoryValue" ? 2 : 1);
    };
    addFigure(tr("JPM"), m_jpm, QStringLiteral("jpmValue"));
    addFigure(tr("Category"), m_category, QStringLiteral("categoryValue"));
    addFigure(tr("IKK"), m_ikk, QStringLiteral("ikkValue"));
    right->addLayout(figures);
    m_radar = charts::createChartWidget(competencyBox, QStringLiteral("radarChart"));
    m_radar->setMinimumSize(420, 340);
    right->addWidget(m_radar, 1);
    top->addWidget(competencyBox, 6);
    layout->addLayout(top, 3);

    auto* tabs = new QTabWidget(this);
    m_gapModel = new RowTableModel(ProfileFormatter::gapColumns(), this);
    m_gapPanel = new TablePanel(workspace, m_gapModel, tabs);
    m_gapPanel->setColumnWidths({80, 280, 130, 80, 120, 60, 80});
    m_gapPanel->table()->sortByColumn(ProfileFormatter::GapCode, Qt::AscendingOrder);
    auto* legend = new QLabel(tr("Shortfall: <span style='background:#d6f0dc'>&nbsp;0&nbsp;</span> "
                                 "<span style='background:#ffe8b0'>&nbsp;1&nbsp;</span> "
                                 "<span style='background:#f8c8c8'>&nbsp;≥ 2&nbsp;</span> "
                                 "<span style='background:#e0e0e0'>&nbsp;not assessed yet&nbsp;</span>"),
                              m_gapPanel);
    m_gapPanel->toolbar()->insertWidget(2, legend);
    tabs->addTab(m_gapPanel, tr("Competency gaps"));
    m_historyModel = new RowTableModel(ProfileFormatter::historyColumns(), this);
    m_historyPanel = new TablePanel(workspace, m_historyModel, tabs);
    m_historyPanel->setColumnWidths({130, 80, 260, 60, 140, 180});
    m_historyPanel->table()->sortByColumn(0, Qt::DescendingOrder);
    tabs->addTab(m_historyPanel, tr("Assessment history"));
    layout->addWidget(tabs, 2);

    connect(workspace, &Workspace::analyticsReady, this, [this] {
        if (m_waiting)
            reload();
    });
    // Any change restarts the analytics; refresh when they are ready again.
    connect(workspace, &Workspace::dataChanged, this, [this] {
        m_waiting = true;
        reload();
    });
    connect(workspace, &Workspace::databaseChanged, this, &QWidget::close);
    reload();
}

void EmployeeProfileWindow::reload()
{
    AnalyticsSnapshotPtr snapshot = m_workspace->analytics();
    m_waiting = !snapshot;
    if (!snapshot) {
        m_subtitle->setText(tr("Loading…"));
        return;
    }
    m_profile = EmployeeProfile::build(snapshot, m_workspace->db(), m_employeeId);
    if (!m_targetCode.isEmpty())
        m_profile.setTarget(snapshot->data.positionIndexByCode(m_targetCode));
    showProfile();
    emit loaded();
}

void EmployeeProfileWindow::compareWith(int positionIndex)
{
    if (!isLoaded())
        return;
    m_profile.setTarget(positionIndex);
    m_targetCode = m_profile.comparing() ? m_profile.snapshot->data.positions()[m_profile.targetPositionIndex].code
                                         : QString();
    showProfile();
}

void EmployeeProfileWindow::chooseComparison()
{
    if (!isLoaded())
        return;
    PositionPickerDialog dialog(m_profile.snapshot->data, this);
    if (dialog.exec() == QDialog::Accepted && dialog.selectedPositionIndex() >= 0)
        compareWith(dialog.selectedPositionIndex());
}

void EmployeeProfileWindow::showProfile()
{
    const EmployeeProfile& p = m_profile;
    while (m_identity->rowCount() > 0)
        m_identity->removeRow(0);
    if (!p.error.isEmpty()) {
        m_name->setText(tr("Employee profile"));
        m_subtitle->setText(p.error);
        return;
    }
    setWindowTitle(tr("%1 — Employee profile").arg(p.employee.fullName()));
    m_name->setText(p.employee.fullName());
    m_subtitle->setText(tr("NIP %1 · %2 · %3")
                            .arg(Nip::format(p.employee.nip), p.positionName(p.currentPositionIndex), p.unitName));
    for (const auto& [label, value] : ProfileFormatter::identity(p)) {
        QLabel* v = valueLabel(this, QString());
        v->setText(value);
        m_identity->addRow(label + u':', v);
    }
    const QString target = p.positionName(p.targetPositionIndex);
    m_standard->setText(p.comparing() ? tr("<b>Compared with:</b> %1 (%2) — not the current position")
                                            .arg(target.toHtmlEscaped(), p.jenjangName(p.targetPositionIndex))
                                      : tr("<b>Standard of the current position:</b> %1").arg(target.toHtmlEscaped()));
    m_standard->setStyleSheet(p.comparing() ? QStringLiteral("background: #fff4d6; padding: 3px;") : QString());
    m_back->setVisible(p.comparing());
    m_jpm->setText(ProfileFormatter::jpmText(p));
    m_category->setText(ProfileFormatter::categoryText(p));
    m_ikk->setText(p.jpm.status == JpmStatus::NoStandard ? QStringLiteral("—") : IndonesianFormat::percent(p.jpm.ikk, 2));
    m_talent->setText(ProfileFormatter::talentText(p));

    QStringList categories;
    QVector<double> required, actual;
    for (const GapRow& g : p.gaps) {
        categories.append(p.competencyCode(g.competencyId));
        required.append(g.required);
        actual.append(g.assessed ? g.actual : 0);
    }
    if (categories.isEmpty())
        charts::setMessage(m_radar, tr("Competency profile"), tr("The position has no standard."));
    else
        charts::setRadar(m_radar, QString(), categories, {required, actual}, {tr("Standard"), tr("Actual")},
                         {charts::colorSecondary(), charts::colorBad()});
    m_gapModel->setRows(ProfileFormatter::gapRows(p));
    m_gapPanel->setReportTitle(tr("Competency gaps"), tr("gaps-%1").arg(p.employee.nip),
                               p.employee.fullName() + QStringLiteral(" — ") + target);
    m_historyModel->setRows(ProfileFormatter::historyRows(p));
    m_historyPanel->setReportTitle(tr("Assessment history"), tr("assessments-%1").arg(p.employee.nip),
                                   p.employee.fullName());
}

ReportDocument EmployeeProfileWindow::document() const
{
    const Letterhead letterhead = Letterhead::fromSettings(SettingsRepository(m_workspace->db()));
    const QImage radar = charts::renderChart(m_radar, QSize(560, 460));
    return ProfileFormatter::document(m_profile, letterhead, radar, m_workspace->today());
}

} // namespace karsa::ui
