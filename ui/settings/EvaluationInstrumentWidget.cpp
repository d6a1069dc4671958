#include "EvaluationInstrumentWidget.h"

#include "common/DbCommand.h"
#include "common/RowTableModel.h"
#include "common/TablePanel.h"
#include "evaluation/Instrument.h"
#include "evaluation/RaterRole.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace karsa::ui {

EvaluationInstrumentWidget::EvaluationInstrumentWidget(Workspace* workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    auto* layout = new QVBoxLayout(this);
    m_behaviours =
        new RowTableModel({{tr("Core value"), ReportColumn::Type::Text, {}},
                           {tr("Code"), ReportColumn::Type::Text, tr("Column name in public-feedback CSV files")},
                           {tr("Behaviour"), ReportColumn::Type::Text, {}}},
                          this);
    m_panel = new TablePanel(workspace, m_behaviours, this);
    m_panel->setReportTitle(tr("BerAKHLAK evaluation instrument"), tr("evaluation-instrument"));
    m_panel->setColumnWidths({200, 70, 640});
    auto* edit = new QPushButton(tr("Edit text…"), m_panel);
    m_panel->toolbar()->addWidget(edit);
    layout->addWidget(m_panel, 1);

    auto* matrix = new QGroupBox(tr("Predikat matrix (hasil kerja × perilaku kerja)"), this);
    auto* grid = new QGridLayout(matrix);
    for (int p : {-1, 0, 1})
        grid->addWidget(new QLabel(tr("Perilaku: %1").arg(expectationLabel(p)), matrix), 0, p + 2);
    for (int h : {1, 0, -1}) {
        const int row = 2 - h;
        grid->addWidget(new QLabel(tr("Hasil kerja: %1").arg(expectationLabel(h)), matrix), row, 0);
        for (int p : {-1, 0, 1}) {
            auto* box = new QComboBox(matrix);
            box->setObjectName(QStringLiteral("predikat_%1_%2").arg(h).arg(p));
            for (const QString& code : predikatCodes())
                box->addItem(predikatLabel(code), code);
            grid->addWidget(box, row, p + 2);
            m_cells[h + 1][p + 1] = box;
            connect(box, &QComboBox::currentIndexChanged, this, [this, h, p] { storeCell(h, p); });
        }
    }
    layout->addWidget(matrix);
    connect(edit, &QPushButton::clicked, this, &EvaluationInstrumentWidget::editText);
    connect(m_panel, &TablePanel::activatedId, this, [this](qint64) { editText(); });
    connect(workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & Workspace::AnySettings)
            reload();
    });
    connect(workspace, &Workspace::databaseChanged, this, &EvaluationInstrumentWidget::reload);
    if (workspace->hasDatabase())
        reload();
}

void EvaluationInstrumentWidget::reload()
{
    if (!m_workspace->hasDatabase())
        return;
    m_loading = true;
    auto instrument = Instrument::load(m_workspace->db());
    QVector<RowTableModel::Row> rows;
    m_versions.clear();
    if (instrument) {
        for (const CoreValue& v : instrument->values())
            for (const Behaviour& b : v.behaviours) {
                RowTableModel::Row row;
                row.id = b.id;
                row.display = {v.name, b.code, b.text};
                rows.append(row);
                m_versions.insert(b.id, b.rowVersion);
            }
    }
    m_behaviours->setRows(rows);
    if (auto matrix = PredikatMatrix::load(m_workspace->db()); matrix)
        for (int h : {-1, 0, 1})
            for (int p : {-1, 0, 1})
                m_cells[h + 1][p + 1]->setCurrentIndex(m_cells[h + 1][p + 1]->findData(matrix->predikat(h, p)));
    m_loading = false;
}

void EvaluationInstrumentWidget::editText()
{
    const qint64 id = m_panel->currentId();
    const int row = m_behaviours->rowOfId(id);
    if (row < 0)
        return;
    const QString before = m_behaviours->rowAt(row)->display.at(2);
    bool ok = false;
    const QString after = QInputDialog::getMultiLineText(
        this, tr("Behaviour %1").arg(m_behaviours->rowAt(row)->display.at(1)), tr("Text"), before, &ok);
    if (!ok || after == before)
        return;
    const Status s = executeVersioned(
        m_workspace, tr("Behaviour text"), QStringLiteral("eval_behaviours"), id, m_versions.value(id),
        [id, after](QSqlDatabase db, int version) { return Instrument::setBehaviourText(db, id, version, after); },
        [id, before](QSqlDatabase db, int version) { return Instrument::setBehaviourText(db, id, version, before); },
        Workspace::Settings);
    if (!s)
        QMessageBox::warning(this, tr("Behaviour text"), s.error().describe());
}

void EvaluationInstrumentWidget::storeCell(int h, int p)
{
    if (m_loading)
        return;
    auto matrix = PredikatMatrix::load(m_workspace->db());
    if (!matrix)
        return;
    const QString before = matrix->predikat(h, p);
    const QString after = m_cells[h + 1][p + 1]->currentData().toString();
    if (before == after)
        return;
    const Status s = DbCommand::execute(
        m_workspace, tr("Predikat matrix"),
        [h, p, after](QSqlDatabase db) { return PredikatMatrix::store(db, h, p, after); },
        [h, p, before](QSqlDatabase db) { return PredikatMatrix::store(db, h, p, before); },
        Workspace::Settings | Workspace::Performance);
    if (!s)
        QMessageBox::warning(this, tr("Predikat matrix"), s.error().describe());
}

} // namespace karsa::ui
