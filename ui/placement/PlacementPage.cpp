#include "PlacementPage.h"

#include "ReportRows.h"
#include "ScenarioPanel.h"
#include "VacancyPanel.h"
#include "common/DbCommand.h"
#include "common/RowTableModel.h"
#include "common/TableExport.h"
#include "common/TablePanel.h"
#include "domain/Nip.h"
#include "placement/PlacementReport.h"
#include "placement/PlacementSettings.h"
#include "placement/PlacementRun.h"
#include "placement/VacancyFinder.h"
#include "reports/IndonesianFormat.h"
#include "shell/Workspace.h"
#include "storage/PlacementRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace karsa::ui {

PlacementPage::PlacementPage(Workspace* workspace, QWidget* parent) : Page(workspace, parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Retirement horizon:"), this));
    m_horizon = new QSpinBox(this);
    m_horizon->setRange(0, 120);
    m_horizon->setSuffix(tr(" months"));
    m_horizon->setObjectName(QStringLiteral("placementHorizon"));
    bar->addWidget(m_horizon);
    bar->addWidget(new QLabel(tr("Candidates per vacancy:"), this));
    m_pool = new QSpinBox(this);
    m_pool->setRange(1, 500);
    bar->addWidget(m_pool);
    bar->addWidget(new QLabel(tr("Minimum score:"), this));
    m_minScore = new QDoubleSpinBox(this);
    m_minScore->setRange(0.0, 100.0);
    m_minScore->setDecimals(2);
    bar->addWidget(m_minScore);
    m_fillFirst = new QCheckBox(tr("Fill as many vacancies as possible first"), this);
    bar->addWidget(m_fillFirst);
    m_solveButton = new QPushButton(tr("Solve"), this);
    m_solveButton->setObjectName(QStringLiteral("placementSolve"));
    m_solveButton->setDefault(true);
    bar->addWidget(m_solveButton);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("placementBusy"));
    m_busyBar->setRange(0, 0); // busy, no known end
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    bar->addWidget(m_busyBar);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->hide();
    bar->addWidget(m_cancelButton);
    m_status = new QLabel(this);
    m_status->setWordWrap(true); // wraps rather than widening the page on a 1366-pixel screen
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);

    m_tabs = new QTabWidget(this);
    m_vacancyPanel = new VacancyPanel(workspace, m_tabs);
    m_tabs->addTab(m_vacancyPanel, tr("Vacancies and candidates"));

    // Constraints and result.
    auto* solution = new QSplitter(Qt::Vertical, m_tabs);
    auto* top = new QWidget(solution);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_constraints = new RowTableModel({{tr("Constraint"), ReportColumn::Type::Text, {}},
                                       {tr("NIP"), ReportColumn::Type::Nip, {}},
                                       {tr("Name"), ReportColumn::Type::Text, {}},
                                       {tr("Position"), ReportColumn::Type::Text, {}},
                                       {tr("Unit"), ReportColumn::Type::Text, {}},
                                       {tr("Limit"), ReportColumn::Type::Integer, {}}},
                                      this);
    m_constraintPanel = new TablePanel(workspace, m_constraints, top);
    m_constraintPanel->table()->setObjectName(QStringLiteral("placementConstraints"));
    m_constraintPanel->setReportTitle(tr("Placement constraints"), tr("placement-constraints"));
    m_constraintPanel->setColumnWidths({160, 170, 200, 220, 220});
    m_constraintPanel->table()->sortByColumn(0, Qt::AscendingOrder); // the core order (rank, No.) first
    auto* remove = new QPushButton(tr("Remove"), m_constraintPanel);
    m_constraintPanel->toolbar()->addWidget(remove);
    m_constraintPanel->toolbar()->addWidget(new QLabel(tr("Unit:"), m_constraintPanel));
    m_limitUnit = new QComboBox(m_constraintPanel);
    m_limitUnit->setMinimumWidth(260);
    m_constraintPanel->toolbar()->addWidget(m_limitUnit);
    m_limitValue = new QSpinBox(m_constraintPanel);
    m_limitValue->setRange(0, 10000);
    m_constraintPanel->toolbar()->addWidget(m_limitValue);
    auto* addLimit = new QPushButton(tr("Limit moves out"), m_constraintPanel);
    m_constraintPanel->toolbar()->addWidget(addLimit);
    topLayout->addWidget(m_constraintPanel);

    auto* bottom = new QWidget(solution);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(tr("Set the constraints, then press Solve."), bottom);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("placementSummary"));
    bottomLayout->addWidget(m_summary);
    m_seats = new RowTableModel(reportColumns(PlacementReport::seatTable({}, {}, {}, {}, 0)), this);
    m_seatPanel = new TablePanel(workspace, m_seats, bottom);
    m_seatPanel->table()->setObjectName(QStringLiteral("placementSeats"));
    m_seatPanel->setReportTitle(tr("Placement proposal"), tr("placement-proposal"));
    m_seatPanel->setColumnWidths({40, 200, 180, 160, 190, 180, 70, 110, 60, 130, 260});
    m_seatPanel->table()->sortByColumn(0, Qt::AscendingOrder); // the core order (rank, No.) first
    m_saveButton = new QPushButton(tr("Save scenario…"), m_seatPanel);
    m_previewButton = new QPushButton(tr("Report preview…"), m_seatPanel);
    m_previewButton->setToolTip(tr("The placement report with letterhead, recap and signature: preview and print"));
    m_exportButton = new QPushButton(tr("Export report…"), m_seatPanel);
    m_exportButton->setToolTip(tr("The placement report as PDF, Excel or CSV"));
    for (QPushButton* b : {m_saveButton, m_previewButton, m_exportButton})
        m_seatPanel->toolbar()->addWidget(b);
    bottomLayout->addWidget(m_seatPanel, 1);
    solution->addWidget(top);
    solution->addWidget(bottom);
    solution->setStretchFactor(1, 3);
    m_tabs->addTab(solution, tr("Constraints and result"));

    m_scenarioPanel = new ScenarioPanel(workspace, m_tabs);
    m_tabs->addTab(m_scenarioPanel, tr("Scenarios and comparison"));
    layout->addWidget(m_tabs, 1);

    connect(m_solveButton, &QPushButton::clicked, this, [this] { solve(); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        ++m_generation; // the running solve's result is dropped when it arrives
        m_cancelButton->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
    });
    connect(m_horizon, &QSpinBox::valueChanged, this, [this] {
        if (m_snapshot)
            findVacancies();
    });
    connect(m_pool, &QSpinBox::valueChanged, this, [this] {
        if (m_snapshot)
            findVacancies();
    });
    connect(m_vacancyPanel, &VacancyPanel::lockRequested, this,
            [this](qint64 e, qint64 p) { addConstraint(QStringLiteral("lock"), e, p); });
    connect(m_vacancyPanel, &VacancyPanel::excludeRequested, this,
            [this](qint64 e, qint64 p) { addConstraint(QStringLiteral("exclude"), e, p); });
    connect(m_vacancyPanel, &VacancyPanel::addRequested, this,
            [this](qint64 e, qint64 p) { addConstraint(QStringLiteral("add"), e, p); });
    connect(m_vacancyPanel, &VacancyPanel::keepRequested, this,
            [this](qint64 e) { addConstraint(QStringLiteral("keep"), e, 0); });
    connect(m_vacancyPanel, &VacancyPanel::vacancyRequested, this, &PlacementPage::addVacancy);
    connect(remove, &QPushButton::clicked, this, &PlacementPage::removeConstraint);
    connect(addLimit, &QPushButton::clicked, this, &PlacementPage::addUnitLimit);
    connect(m_saveButton, &QPushButton::clicked, this, &PlacementPage::saveScenario);
    connect(m_previewButton, &QPushButton::clicked, this, [this] { preview(true); });
    connect(m_exportButton, &QPushButton::clicked, this, [this] { preview(false); });
    connect(m_scenarioPanel, &ScenarioPanel::openRequested, this, &PlacementPage::openScenario);
    connect(workspace, &Workspace::analyticsReady, this, [this] {
        if (m_started)
            applySnapshot();
    });
    connect(workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & Workspace::AnySettings)
            m_parametersLoaded = false;
        if (kinds) // saving or deleting a scenario changes nothing the vacancies and candidates come from
            invalidate();
    });
}

void PlacementPage::reload()
{
    m_started = true;
    if (!workspace()->hasDatabase())
        return;
    const PlacementSettings s = PlacementSettings::load(SettingsRepository(workspace()->db()));
    m_runnerUps = s.runnerUps;
    if (!m_parametersLoaded) { // afterwards the bar keeps what the officer set
        const QSignalBlocker b1(m_horizon), b2(m_pool);
        m_horizon->setValue(s.horizonMonths);
        m_pool->setValue(s.poolSize);
        m_minScore->setValue(s.minScore);
        m_fillFirst->setChecked(s.fillFirst);
        m_parametersLoaded = true;
    }
    applySnapshot();
}

void PlacementPage::applySnapshot()
{
    AnalyticsSnapshotPtr snapshot = workspace()->hasDatabase() ? workspace()->analytics() : nullptr;
    if (!snapshot) {
        m_status->setText(tr("Computing the analytics…"));
        return; // analyticsReady() follows
    }
    m_status->clear();
    m_snapshot = std::move(snapshot);
    const QSignalBlocker blocker(m_limitUnit);
    m_limitUnit->clear();
    QVector<int> order(m_snapshot->data.units().size());
    std::iota(order.begin(), order.end(), 0);
    const auto& units = m_snapshot->data.units();
    std::sort(order.begin(), order.end(), [&units](int a, int b) { return units[a].name < units[b].name; });
    for (int u : order)
        m_limitUnit->addItem(units[u].name, units[u].id);
    findVacancies();
    m_scenarioPanel->setSnapshot(m_snapshot);
}

void PlacementPage::findVacancies()
{
    auto formation = PlacementRepository(workspace()->db()).formations();
    if (!formation) {
        m_status->setText(formation.error().describe());
        return;
    }
    m_scenario.vacancies = karsa::findVacancies(m_snapshot->data, formation.value(), m_snapshot->settings,
                                                m_snapshot->today, m_horizon->value());
    m_scenario.referenceDate = m_snapshot->today;
    m_scenario.horizonMonths = m_horizon->value();
    m_scenario.poolSize = m_pool->value();
    m_scenario.seats.clear();
    m_scenario.solved = false;
    m_scenario.id = 0;
    m_scenario.name.clear();
    m_result = PlacementScenario(); // solved for other vacancies: no longer shown
    m_matrix.reset();
    m_emptySeats.clear();
    int seats = 0;
    for (const Vacancy& v : m_scenario.vacancies)
        seats += v.seatCount();
    m_status->setText(tr("%1 positions with %2 seats to fill").arg(IndonesianFormat::integer(m_scenario.vacancies.size())).arg(IndonesianFormat::integer(seats)));
    m_vacancyPanel->setData(m_snapshot, m_scenario.vacancies, m_pool->value());
    showConstraints();
    showResult();
}

bool PlacementPage::solve()
{
    if (!m_snapshot || m_busy)
        return false; // one solve at a time
    m_scenario.constraints.minScore = m_minScore->value();
    m_scenario.constraints.fillFirst = m_fillFirst->isChecked();
    m_scenario.poolSize = m_pool->value();
    const int generation = ++m_generation;
    setBusy(true);
    auto* watcher = new QFutureWatcher<PlacementRun>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        setBusy(false);
        if (generation != m_generation) {
            m_status->setText(tr("Solving cancelled; the previous result is unchanged."));
            emit solved();
            return;
        }
        PlacementRun r = watcher->result();
        m_matrix = std::move(r.matrix);
        m_emptySeats = std::move(r.emptySeats);
        // A new, unsaved result: reports name it so until it is saved.
        m_result = std::move(r.scenario);
        m_result.id = 0;
        m_result.name.clear();
        m_status->clear();
        showResult();
        m_tabs->setCurrentIndex(1);
        emit solved();
    });
    const AnalyticsSnapshotPtr snapshot = m_snapshot;
    const PlacementScenario scenario = m_scenario;
    watcher->setFuture(QtConcurrent::run(
        [snapshot, scenario]() { return runPlacement(snapshot->data, snapshot->settings, scenario); }));
    return true;
}

void PlacementPage::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w : std::initializer_list<QWidget*>{m_solveButton, m_saveButton, m_previewButton, m_exportButton,
                                                      m_horizon, m_pool, m_minScore, m_fillFirst, m_vacancyPanel,
                                                      m_constraintPanel})
        w->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    if (busy)
        m_status->setText(tr("Finding the best placement…"));
}

void PlacementPage::addVacancy(qint64 positionId)
{
    if (!m_snapshot || m_busy)
        return;
    auto it = std::find_if(m_scenario.vacancies.begin(), m_scenario.vacancies.end(),
                           [positionId](const Vacancy& v) { return v.positionId == positionId; });
    if (it != m_scenario.vacancies.end()) {
        ++it->extra;
    } else {
        Vacancy v;
        v.positionId = positionId;
        v.extra = 1;
        v.opensOn = m_snapshot->today;
        m_scenario.vacancies.append(v);
    }
    m_vacancyPanel->setData(m_snapshot, m_scenario.vacancies, m_pool->value());
    m_status->setText(tr("Vacancy added; press Solve to fill it."));
}

void PlacementPage::setMinimumScore(double score)
{
    m_minScore->setValue(score);
}

void PlacementPage::solveAndWait()
{
    QEventLoop loop;
    connect(this, &PlacementPage::solved, &loop, &QEventLoop::quit);
    if (solve())
        loop.exec();
}

QString PlacementPage::reportUnavailableReason() const
{
    if (m_busy)
        return tr("The placement is being solved; the report follows when the result is ready.");
    if (!m_snapshot)
        return tr("The analytics are still being computed.");
    if (!m_result.solved || !m_matrix)
        return tr("There is no result to report yet: press Solve, or open a saved scenario under "
                  "“Scenarios and comparison”.");
    return {};
}

void PlacementPage::preview(bool print)
{
    const QString why = reportUnavailableReason();
    if (!why.isEmpty()) {
        m_summary->setText(why);
        QMessageBox::information(this, print ? tr("Report preview") : tr("Export report"), why);
        return;
    }
    if (print)
        printDocument(this, reportDocument());
    else
        exportDocument(this, reportDocument(), tr("placement-report"));
}

ReportDocument PlacementPage::reportDocument() const
{
    if (!m_snapshot || !m_matrix)
        return {};
    return PlacementReport::document(m_snapshot->data, m_snapshot->settings, m_result, *m_matrix, m_runnerUps,
                                     Letterhead::fromSettings(SettingsRepository(workspace()->db())),
                                     QDateTime::currentDateTime());
}

void PlacementPage::showResult()
{
    if (!m_snapshot || !m_result.solved || !m_matrix) {
        m_seats->setRows({});
        m_seatPanel->updateCount();
        m_summary->setText(tr("Set the constraints, then press Solve."));
        return;
    }
    m_seats->setRows(reportRows(
        PlacementReport::seatTable(m_snapshot->data, m_snapshot->settings, m_result, *m_matrix, m_runnerUps)));
    m_seatPanel->updateCount();
    const PlacementFigures f = m_result.figures();
    QString text = tr("%1: %2 of %3 seats filled, total score %4, mean JPM %5 (solved in %6 ms).")
                       .arg(PlacementReport::scenarioLabel(m_result))
                       .arg(f.filled)
                       .arg(f.seatCount)
                       .arg(IndonesianFormat::number(f.totalScore, 2), IndonesianFormat::percent(f.meanJpm, 2),
                            IndonesianFormat::number(m_result.solveMs, 1));
    for (const QString& n : m_result.notes)
        text += u'\n' + n;
    for (const QString& n : PlacementReport::emptySeatSummary(m_emptySeats))
        text += u'\n' + n;
    if (m_snapshot->settings.excludeIncomplete)
        text += u'\n' + tr("Candidates not assessed on every required competency are left out (Settings).");
    m_summary->setText(text);
}

void PlacementPage::showConstraints()
{
    if (!m_snapshot)
        return;
    const AnalyticsData& data = m_snapshot->data;
    const PlacementConstraints& k = m_scenario.constraints;
    QVector<RowTableModel::Row> rows;
    qint64 id = 0;
    const auto add = [&](const QString& kind, qint64 employee, qint64 position, qint64 unit, const QVariant& limit) {
        const int e = employee > 0 ? data.employeeIndex(employee) : -1;
        const int p = position > 0 ? data.positionIndex(position) : -1;
        const int u = unit > 0 ? data.unitIndex(unit) : -1;
        RowTableModel::Row row;
        row.id = ++id;
        row.display = {kind,
                       e >= 0 ? Nip::format(data.employees()[e].nip) : QString(),
                       e >= 0 ? data.employees()[e].name : QString(),
                       p >= 0 ? data.positions()[p].name : QString(),
                       u >= 0 ? data.units()[u].name : QString(),
                       limit.isNull() ? QString() : limit.toString()};
        row.value = {QVariant(), e >= 0 ? QVariant(data.employees()[e].nip) : QVariant(),
                     QVariant(), QVariant(),
                     QVariant(), limit};
        rows.append(std::move(row));
    };
    for (const PlacementPair& x : k.locks)
        add(tr("Lock"), x.employeeId, x.positionId, 0, {});
    for (const PlacementPair& x : k.exclusions)
        add(tr("Exclude"), x.employeeId, x.positionId, 0, {});
    for (const PlacementPair& x : k.added)
        add(tr("Added candidate"), x.employeeId, x.positionId, 0, {});
    for (qint64 e : k.keepInPlace)
        add(tr("Keep in place"), e, 0, 0, {});
    for (auto it = k.unitMoveLimits.cbegin(); it != k.unitMoveLimits.cend(); ++it)
        add(tr("Moves out of unit"), 0, 0, it.key(), it.value());
    m_constraints->setRows(std::move(rows));
    m_constraintPanel->updateCount();
}

void PlacementPage::addConstraint(const QString& kind, qint64 employeeId, qint64 positionId)
{
    if (m_busy)
        return;
    PlacementConstraints& k = m_scenario.constraints;
    const PlacementPair pair{employeeId, positionId};
    QVector<PlacementPair>* list = kind == u"lock"      ? &k.locks
                                   : kind == u"exclude" ? &k.exclusions
                                   : kind == u"add"     ? &k.added
                                                        : nullptr;
    if (list && !list->contains(pair))
        list->append(pair);
    else if (!list && !k.keepInPlace.contains(employeeId))
        k.keepInPlace.append(employeeId);
    showConstraints();
    m_status->setText(tr("Constraint added; press Solve to see its effect."));
}

void PlacementPage::removeConstraint()
{
    qint64 id = m_constraintPanel->currentId();
    if (id <= 0 || m_busy)
        return;
    PlacementConstraints& k = m_scenario.constraints;
    for (QVector<PlacementPair>* list : {&k.locks, &k.exclusions, &k.added}) {
        if (id <= list->size()) {
            list->removeAt(id - 1);
            showConstraints();
            return;
        }
        id -= list->size();
    }
    if (id <= k.keepInPlace.size()) {
        k.keepInPlace.removeAt(id - 1);
    } else {
        id -= k.keepInPlace.size();
        auto it = k.unitMoveLimits.begin();
        std::advance(it, id - 1);
        k.unitMoveLimits.erase(it);
    }
    showConstraints();
}

void PlacementPage::addUnitLimit()
{
    const qint64 unit = m_limitUnit->currentData().toLongLong();
    if (unit <= 0 || m_busy)
        return;
    m_scenario.constraints.unitMoveLimits.insert(unit, m_limitValue->value());
    showConstraints();
}

void PlacementPage::saveScenario()
{
    if (!m_result.solved) {
        QMessageBox::information(this, tr("Save scenario"), tr("Solve the placement first."));
        return;
    }
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save scenario"), tr("Name of the scenario:"), QLineEdit::Normal,
                              m_result.id > 0 ? m_result.name : m_lastName, &ok)
            .trimmed();
    if (ok && !name.isEmpty())
        saveScenarioAs(name);
}

bool PlacementPage::confirmOverwrite(const QString& name)
{
    if (m_confirmOverwrite)
        return m_confirmOverwrite(name);
    return QMessageBox::question(this, tr("Save scenario"),
                                 tr("A scenario named \"%1\" exists already. Replace it with this result?\n"
                                    "You can undo this with Edit ▸ Undo.")
                                     .arg(name),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

bool PlacementPage::saveScenarioAs(const QString& rawName)
{
    const QString name = rawName.trimmed();
    if (!m_result.solved || m_busy || name.isEmpty())
        return false;
    auto existing = PlacementRepository(workspace()->db()).byName(name);
    if (existing && existing->id == m_result.id)
        return true; // the shown result is this saved scenario already
    PlacementScenario copy = m_result;
    copy.name = name;
    Status s;
    if (existing) {
        if (!confirmOverwrite(name)) {
            m_status->setText(tr("Not saved: the scenario \"%1\" is kept as it was.").arg(name));
            return false;
        }
        copy.id = existing->id;
        copy.rowVersion = existing->rowVersion;
        s = executeUpdate<PlacementScenario>(
            workspace(), tr("Replace scenario %1").arg(name), existing.value(), copy, Workspace::DataKinds{},
            [](QSqlDatabase db, const PlacementScenario& v) { return PlacementRepository(db).update(v); },
            QStringLiteral("placement_scenarios"));
    } else {
        s = executeCreate<PlacementScenario>(
            workspace(), tr("Save scenario %1").arg(name), copy, Workspace::DataKinds{},
            [](QSqlDatabase db, const PlacementScenario& v) { return PlacementRepository(db).insert(v); },
            [](QSqlDatabase db, qint64 id) { return PlacementRepository(db).remove(id); });
    }
    if (!s) {
        QMessageBox::warning(this, tr("Save scenario"), s.error().describe());
        return false;
    }
    auto saved = PlacementRepository(workspace()->db()).byName(name);
    m_result.name = name;
    m_result.id = saved ? saved->id : 0;
    m_result.rowVersion = saved ? saved->rowVersion : 0;
    m_lastName = name;
    m_status->setText(tr("Saved as \"%1\".").arg(name));
    showResult();
    m_scenarioPanel->refresh();
    return true;
}

void PlacementPage::openScenario(qint64 id)
{
    if (m_busy)
        return;
    auto loaded = PlacementRepository(workspace()->db()).load(id);
    if (!loaded || !m_snapshot) {
        if (!loaded)
            QMessageBox::warning(this, tr("Open scenario"), loaded.error().describe());
        return;
    }
    m_result = std::move(loaded).value(); // keeps its id: the figures shown are the saved ones
    m_lastName = m_result.name;
    m_scenario = m_result; // the working parameters start from the saved ones
    const QSignalBlocker b1(m_horizon), b2(m_pool);
    m_horizon->setValue(m_scenario.horizonMonths);
    m_pool->setValue(m_scenario.poolSize);
    m_minScore->setValue(m_scenario.constraints.minScore);
    m_fillFirst->setChecked(m_scenario.constraints.fillFirst);
    m_vacancyPanel->setData(m_snapshot, m_scenario.vacancies, m_scenario.poolSize);
    showConstraints();
    // The candidate pools (for the runner-ups) are rebuilt; the stored result is shown as saved.
    m_matrix = std::make_shared<PlacementMatrix>(PlacementMatrix::build(m_snapshot->data, m_snapshot->settings,
                                                                        m_scenario.referenceDate, m_scenario.vacancies,
                                                                        m_scenario.poolSize, m_scenario.constraints));
    m_emptySeats = explainEmptySeats(m_snapshot->data, *m_matrix, m_result);
    showResult();
    m_tabs->setCurrentIndex(1);
}

} // namespace karsa::ui
