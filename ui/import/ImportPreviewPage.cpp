#include "ImportPreviewPage.h"

#include "ImportPreviewRows.h"
#include "ImportWizard.h"
#include "common/RowTableModel.h"
#include "common/TablePanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace karsa::ui {

ImportPreviewPage::ImportPreviewPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Preview"));
    setSubTitle(tr("Check what the import will change. Importing writes everything at once, or nothing."));
    setButtonText(QWizard::NextButton, tr("&Import"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_model = new RowTableModel(ImportPreviewRows::columns(), this);
    m_panel = new TablePanel(wizard->workspace(), m_model, this);
    m_panel->setColumnWidths({50, 85, 172, 150, 130, 150, 400});
    m_panel->table()->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_error);
}

void ImportPreviewPage::initializePage()
{
    const ImportPreview& p = m_wizard->preview();
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2").arg(p.fileName.toHtmlEscaped(), p.format.toHtmlEscaped());
    lines << p.summaryText().toHtmlEscaped();
    for (const QString& n : p.notes)
        lines << n.toHtmlEscaped();
    if (p.rejectedRows > 0)
        lines << QStringLiteral("<span style='color:#b00020'>%1</span>")
                     .arg(tr("%n row(s) are rejected. Correct the file and choose it again; nothing can be imported "
                             "while a row is rejected.",
                             nullptr, p.rejectedRows)
                              .toHtmlEscaped());
    else if (!p.canApply())
        lines << tr("Nothing to import: every row is already stored as it is in the file.").toHtmlEscaped();
    if (p.listedAddOrUnchanged >= ImportPreview::kListedCap)
        lines << tr("The table lists the first %1 rows to add or unchanged; the counts above are complete.")
                     .arg(ImportPreview::kListedCap)
                     .toHtmlEscaped();
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_error->clear();
    m_model->setRows(ImportPreviewRows::rows(p));
    m_panel->table()->sortByColumn(0, Qt::AscendingOrder);
    m_panel->setReportTitle(tr("Import preview"), QStringLiteral("pratinjau-impor"), p.fileName);
    m_panel->updateCount();
}

bool ImportPreviewPage::isComplete() const
{
    return m_wizard->preview().canApply();
}

bool ImportPreviewPage::validatePage()
{
    if (!m_wizard->applyImport()) {
        m_error->setText(m_wizard->lastError());
        return false;
    }
    return true;
}

} // namespace karsa::ui
