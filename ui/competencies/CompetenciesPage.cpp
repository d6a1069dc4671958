#include "CompetenciesPage.h"

#include "CompetencyEditDialog.h"
#include "CompetencyTableModel.h"
#include "common/DbCommand.h"
#include "common/TableExport.h"
#include "shell/Workspace.h"
#include "storage/CompetencyRepository.h"
#include "storage/Sql.h"
#include "storage/CompetencyUsage.h"
#include "storage/RowSnapshot.h"
#include "security/PermissionGate.h"
#include "reports/IndonesianFormat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace karsa::ui {

CompetenciesPage::CompetenciesPage(Workspace* workspace, QWidget* parent) : Page(workspace, parent)
{
    auto* layout = new QHBoxLayout(this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("competencySearch"));
    m_search->setPlaceholderText(tr("Search code, name or definition…"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    m_type = new QComboBox(left);
    m_type->setObjectName(QStringLiteral("competencyType"));
    m_type->addItem(tr("All types"), -1);
    for (CompetencyType t : {CompetencyType::Manajerial, CompetencyType::SosialKultural, CompetencyType::Teknis})
        m_type->addItem(competencyTypeLabel(t), int(t));
    bar->addWidget(m_type);
    m_count = new QLabel(left);
    bar->addWidget(m_count);
    leftLayout->addLayout(bar);

    m_model = new CompetencyTableModel(this);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("competencyTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CompetencyTableModel::Code, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->setColumnWidth(CompetencyTableModel::Code, 100);
    m_table->setColumnWidth(CompetencyTableModel::Name, 280);
    m_table->setColumnWidth(CompetencyTableModel::Type, 130);
    m_table->horizontalHeader()->setStretchLastSection(true);
    leftLayout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("New technical competency…"), left);
    auto* edit = new QPushButton(tr("Edit…"), left);
    auto* remove = new QPushButton(tr("Delete"), left);
    PermissionGate::mark(add);
    PermissionGate::mark(edit);
    PermissionGate::mark(remove);
    auto* exportButton = new QPushButton(tr("Export…"), left);
    auto* printButton = new QPushButton(tr("Print…"), left);
    for (QPushButton* b : {add, edit, remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(exportButton);
    buttons->addWidget(printButton);
    leftLayout->addLayout(buttons);

    m_detail = new QTextBrowser(split);
    m_detail->setObjectName(QStringLiteral("competencyDetail"));
    m_detail->setOpenLinks(false);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({640, 480});

    auto tableTitle = [this] {
        return m_type->currentIndex() > 0 ? tr("Competency dictionary — %1").arg(m_type->currentText()) : tr("Competency dictionary");
    };
    connect(exportButton, &QPushButton::clicked, this, [this, tableTitle] {
        exportDocument(this, documentForTable(this->workspace(), reportTableFromView(m_table, tableTitle(), m_search->text())),
                       tr("competency-dictionary"));
    });
    connect(printButton, &QPushButton::clicked, this, [this, tableTitle] {
        printDocument(this, documentForTable(this->workspace(), reportTableFromView(m_table, tableTitle(), m_search->text())));
    });
    connect(add, &QPushButton::clicked, this, &CompetenciesPage::newCompetency);
    connect(edit, &QPushButton::clicked, this, &CompetenciesPage::editSelected);
    connect(remove, &QPushButton::clicked, this, &CompetenciesPage::deleteSelected);
    connect(m_table, &QTableView::activated, this, &CompetenciesPage::editSelected);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        const qint64 keep = selectedCompetencyId();
        m_model->setFilterText(text);
        selectCompetency(keep);
        updateCount();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const int t = m_type->currentData().toInt();
        const qint64 keep = selectedCompetencyId();
        m_model->setTypeFilter(t < 0 ? std::nullopt : std::optional<CompetencyType>(CompetencyType(t)));
        selectCompetency(keep);
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CompetenciesPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CompetenciesPage::showDetail);
    connect(workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & Workspace::Competencies)
            invalidate();
    });
    updateCount();
}

void CompetenciesPage::reload()
{
    // The dictionary is small (tens to a few hundred entries): read on the GUI connection.
    const qint64 keep = selectedCompetencyId();
    auto all = CompetencyRepository(workspace()->db()).all(true);
    if (!all) {
        QMessageBox::warning(this, title(), tr("The competency dictionary could not be loaded: %1").arg(all.error().describe()));
        return;
    }
    m_model->setCompetencies(std::move(all).value());
    if (!selectCompetency(keep) && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, CompetencyTableModel::Code));
    updateCount();
}

bool CompetenciesPage::selectCompetency(qint64 competencyId)
{
    const int row = competencyId ? m_model->rowOf(competencyId) : -1;
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, CompetencyTableModel::Code));
    m_table->scrollTo(m_table->currentIndex());
    showDetail();
    return true;
}

qint64 CompetenciesPage::selectedCompetencyId() const
{
    const Competency* c = m_model->competencyAt(m_table->currentIndex().row());
    return c ? c->id : 0;
}

void CompetenciesPage::updateCount()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_count->setText(shown == total ? tr("%1 competencies").arg(IndonesianFormat::integer(total)) : tr("%1 of %2 competencies").arg(IndonesianFormat::integer(shown)).arg(IndonesianFormat::integer(total)));
}

void CompetenciesPage::showDetail()
{
    const Competency* c = m_model->competencyAt(m_table->currentIndex().row());
    m_detail->setHtml(c ? detailHtml(*c) : QStringLiteral("<p style='color:#666'>%1</p>").arg(tr("Choose a competency to read its levels.")));
}

QString CompetenciesPage::detailHtml(const Competency& c)
{
    QString html = QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2><p style='color:#555; margin-top:0'>%2 · %3</p>")
                       .arg(c.name.toHtmlEscaped(), c.code.toHtmlEscaped(), competencyTypeLabel(c.type).toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("Definition"), c.definition.isEmpty() ? QStringLiteral("<i>%1</i>").arg(tr("No definition yet."))
                                                               : c.definition.toHtmlEscaped());
    for (int level = 1; level <= 5; ++level) {
        const CompetencyLevel* l = nullptr;
        for (const CompetencyLevel& x : c.levels)
            if (x.level == level)
                l = &x;
        html += QStringLiteral("<h3 style='color:#1f3a5f'>%1</h3>").arg(tr("Level %1").arg(level));
        if (!l || (l->description.isEmpty() && l->indicators.isEmpty())) {
            html += QStringLiteral("<p style='color:#888'><i>%1</i></p>").arg(tr("Not described yet."));
            continue;
        }
        html += QStringLiteral("<p>%1</p>").arg(l->description.toHtmlEscaped());
        if (!l->indicators.isEmpty()) {
            html += QStringLiteral("<p style='margin-bottom:0'><b>%1</b></p><ol style='margin-top:2px'>").arg(tr("Indicators"));
            for (const QString& indicator : l->indicators)
                html += QStringLiteral("<li>%1</li>").arg(indicator.toHtmlEscaped());
            html += QStringLiteral("</ol>");
        }
    }
    return html;
}

Status CompetenciesPage::createCompetency(const Competency& competency)
{
    Status s = executeCreate<Competency>(
        workspace(), tr("New competency %1").arg(competency.name), competency, Workspace::Competencies,
        [](QSqlDatabase db, const Competency& v) { return CompetencyRepository(db).insert(v); },
        [](QSqlDatabase db, qint64 id) { return CompetencyRepository(db).remove(id); });
    return s;
}

Status CompetenciesPage::updateCompetency(const Competency& before, const Competency& after)
{
    Status s = executeUpdate<Competency>(
        workspace(), tr("Edit competency %1").arg(after.name), before, after, Workspace::Competencies | Workspace::Positions,
        [](QSqlDatabase db, const Competency& v) { return CompetencyRepository(db).update(v); },
        QStringLiteral("competencies"));
    return s;
}

Status CompetenciesPage::deleteCompetency(qint64 competencyId)
{
    QString name;
    if (const Competency* c = m_model->competencyAt(m_model->rowOf(competencyId)))
        name = c->name;
    auto snapshot = std::make_shared<RowSnapshot>();
    return DbCommand::execute(
        workspace(), tr("Delete competency %1").arg(name),
        [competencyId, name, snapshot](QSqlDatabase db) -> Status {
            *snapshot = RowSnapshot();
            if (Status s = snapshot->capture(db, QStringLiteral("competencies"), QStringLiteral("id"), competencyId); !s)
                return s;
            if (Status s = snapshot->capture(db, QStringLiteral("competency_levels"), QStringLiteral("competency_id"), competencyId); !s)
                return s;
            return removeUnusedCompetency(db, competencyId, name);
        },
        [snapshot](QSqlDatabase db) { return snapshot->restore(db); }, Workspace::Competencies);
}

void CompetenciesPage::newCompetency()
{
    Competency c;
    c.type = CompetencyType::Teknis;
    CompetencyEditDialog dialog(c, this);
    while (dialog.exec() == QDialog::Accepted) {
        const Competency created = dialog.competency();
        Status s = createCompetency(created);
        if (s) {
            reload();
            if (auto added = CompetencyRepository(workspace()->db()).byCode(created.code))
                selectCompetency(added->id);
            return;
        }
        dialog.showError(s.error());
    }
}

void CompetenciesPage::editSelected()
{
    const Competency* selected = m_model->competencyAt(m_table->currentIndex().row());
    if (!selected)
        return;
    auto before = CompetencyRepository(workspace()->db()).byCode(selected->code);
    if (!before) {
        QMessageBox::warning(this, tr("Edit competency"), before.error().describe());
        return;
    }
    CompetencyEditDialog dialog(before.value(), this);
    while (dialog.exec() == QDialog::Accepted) {
        Status s = updateCompetency(before.value(), dialog.competency());
        if (s)
            return;
        dialog.showError(s.error());
    }
}

void CompetenciesPage::deleteSelected()
{
    const Competency* c = m_model->competencyAt(m_table->currentIndex().row());
    if (!c)
        return;
    if (QMessageBox::question(this, tr("Delete competency"),
                              tr("Delete the competency %1 (%2) with its level descriptions?\nYou can undo this with Edit ▸ Undo.")
                                  .arg(c->name, c->code))
        != QMessageBox::Yes)
        return;
    if (Status s = deleteCompetency(c->id); !s)
        QMessageBox::warning(this, tr("Delete competency"), s.error().message);
}

} // namespace karsa::ui
