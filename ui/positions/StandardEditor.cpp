#include "StandardEditor.h"

#include "RequiredLevelDelegate.h"
#include "StandardTableModel.h"
#include "common/DbCommand.h"
#include "common/TableExport.h"
#include "domain/StandardDefaults.h"
#include "refdata/ReferenceCatalog.h"
#include "shell/Workspace.h"
#include "storage/PositionRepository.h"
#include "security/PermissionGate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace karsa::ui {

StandardEditor::StandardEditor(Workspace* workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    auto* layout = new QVBoxLayout(this);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);

    auto* bar = new QHBoxLayout;
    m_addCombo = new QComboBox(this);
    m_addCombo->setObjectName(QStringLiteral("addCompetencyCombo"));
    m_addCombo->setMinimumContentsLength(18);
    m_addCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_add = new QPushButton(tr("Add competency"), this);
    m_remove = new QPushButton(tr("Remove line"), this);
    m_fill = new QPushButton(tr("Fill from jenjang defaults"), this);
    m_fill->setToolTip(tr("Adds the manajerial and sosial kultural competencies the standard lacks at the jenjang's default level"));
    bar->addWidget(m_addCombo, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    bar->addWidget(m_fill);
    layout->addLayout(bar);

    m_model = new StandardTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("standardTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(StandardTableModel::Required, new RequiredLevelDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StandardTableModel::Code, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    m_table->setColumnWidth(StandardTableModel::Code, 90);
    m_table->setColumnWidth(StandardTableModel::Name, 300);
    m_table->setColumnWidth(StandardTableModel::Type, 130);
    m_table->setColumnWidth(StandardTableModel::Required, 110);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("standardError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* bottom = new QHBoxLayout;
    m_export = new QPushButton(tr("Export…"), this);
    m_print = new QPushButton(tr("Print…"), this);
    bottom->addWidget(m_export);
    bottom->addWidget(m_print);
    bottom->addStretch(1);
    m_discard = new QPushButton(tr("Discard changes"), this);
    m_save = new QPushButton(tr("Save standard"), this);
    PermissionGate::mark(m_add);
    PermissionGate::mark(m_remove);
    PermissionGate::mark(m_fill);
    PermissionGate::mark(m_discard);
    PermissionGate::mark(m_save);
    m_save->setObjectName(QStringLiteral("saveStandard"));
    m_save->setDefault(true);
    bottom->addWidget(m_discard);
    bottom->addWidget(m_save);
    layout->addLayout(bottom);

    auto title = [this] { return tr("Competency standard — %1").arg(m_position.name); };
    connect(m_export, &QPushButton::clicked, this, [this, title] {
        exportDocument(this, documentForTable(m_workspace, reportTableFromView(m_table, title(), m_position.code)),
                       tr("standard-%1").arg(m_position.code));
    });
    connect(m_print, &QPushButton::clicked, this, [this, title] {
        printDocument(this, documentForTable(m_workspace, reportTableFromView(m_table, title(), m_position.code)));
    });
    connect(m_add, &QPushButton::clicked, this, [this] { addCompetency(m_addCombo->currentData().toLongLong()); });
    connect(m_remove, &QPushButton::clicked, this, &StandardEditor::removeSelectedLine);
    connect(m_fill, &QPushButton::clicked, this, &StandardEditor::fillFromJenjangDefaults);
    connect(m_discard, &QPushButton::clicked, this, &StandardEditor::discardChanges);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_model, &StandardTableModel::modifiedChanged, this, &StandardEditor::updateControls);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &StandardEditor::fillAddCombo);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &StandardEditor::fillAddCombo);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StandardEditor::fillAddCombo);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StandardEditor::updateControls);
    clear();
}

void StandardEditor::setDictionary(const QVector<Competency>& competencies)
{
    const QVector<StandardItem> lines = m_model->standard();
    const bool modified = m_model->isModified();
    m_model->setDictionary(competencies);
    m_model->setStandard(lines);
    m_model->setModified(modified);
}

bool StandardEditor::isModified() const
{
    return m_model->isModified();
}

void StandardEditor::setPosition(const Position& position, bool keepEdits)
{
    const bool keep = keepEdits && position.id == m_position.id && m_model->isModified();
    m_position = position;
    m_error->hide();
    if (!keep)
        m_model->setStandard(position.standard);
    const JenjangInfo* jenjang = ReferenceCatalog::instance().jenjang(position.jenjang);
    m_caption->setText(tr("<b>%1</b> (%2) · %3 · default level %4")
                           .arg(position.name.toHtmlEscaped(), position.code.toHtmlEscaped(),
                                jenjang ? jenjang->name.toHtmlEscaped() : position.jenjang.toHtmlEscaped())
                           .arg(jenjang ? jenjang->defaultLevel : 0));
    m_table->setEnabled(true);
    updateControls();
}

void StandardEditor::clear()
{
    m_position = Position();
    m_model->setStandard({});
    m_caption->setText(tr("Choose a position to see and edit its competency standard."));
    m_error->hide();
    m_table->setEnabled(false);
    updateControls();
}

void StandardEditor::fillAddCombo()
{
    m_addCombo->clear();
    for (const Competency& c : m_model->missingCompetencies())
        m_addCombo->addItem(QStringLiteral("%1 — %2 (%3)").arg(c.code, c.name, competencyTypeLabel(c.type)), c.id);
    updateControls();
}

void StandardEditor::updateControls()
{
    const bool has = m_position.id > 0;
    m_addCombo->setEnabled(has && m_addCombo->count() > 0);
    m_add->setEnabled(has && m_addCombo->count() > 0);
    m_remove->setEnabled(has && m_table->selectionModel()->hasSelection());
    m_fill->setEnabled(has);
    m_save->setEnabled(has && m_model->isModified());
    m_discard->setEnabled(has && m_model->isModified());
    m_export->setEnabled(has);
    m_print->setEnabled(has);
}

void StandardEditor::addCompetency(qint64 competencyId)
{
    if (!competencyId || !m_position.id)
        return;
    const JenjangInfo* jenjang = ReferenceCatalog::instance().jenjang(m_position.jenjang);
    m_model->addLine(competencyId, jenjang ? qBound(1, jenjang->defaultLevel, 5) : 1);
}

void StandardEditor::removeSelectedLine()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_model->removeLine(rows.first().row());
}

void StandardEditor::fillFromJenjangDefaults()
{
    const QVector<StandardItem> filled = withJenjangDefaults(m_model->standard(), m_model->dictionary(), m_position.jenjang);
    if (filled.size() != m_model->standard().size())
        m_model->replaceLines(filled);
}

void StandardEditor::discardChanges()
{
    m_model->setStandard(m_position.standard);
    m_error->hide();
}

Status StandardEditor::save()
{
    m_error->hide();
    Position edited = m_position;
    edited.standard = m_model->standard();
    if (Status s = PositionRepository::validate(edited); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return s;
    }
    const qint64 id = m_position.id;
    const QVector<StandardItem> before = m_position.standard;
    const QVector<StandardItem> after = edited.standard;
    Status s = DbCommand::execute(
        m_workspace, tr("Edit standard of %1").arg(m_position.name),
        [id, after](QSqlDatabase db) { return PositionRepository(db).setStandard(id, after); },
        [id, before](QSqlDatabase db) { return PositionRepository(db).setStandard(id, before); }, Workspace::Positions);
    if (!s) {
        m_error->setText(s.error().describe());
        m_error->show();
        return s;
    }
    m_position.standard = after;
    m_model->setModified(false);
    return s;
}

} // namespace karsa::ui
