#include "RecoveryDialog.h"

#include "security/UserSession.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace karsa::ui {

RecoveryDialog::RecoveryDialog(const QString& databasePath, const QString& problem, QWidget* parent)
    : QDialog(parent), m_path(databasePath)
{
    setWindowTitle(tr("The database cannot be opened"));
    setObjectName(QStringLiteral("recoveryDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<b>%1</b> cannot be opened:<br>%2<br><br>Choose a backup to restore (the unreadable "
                                "file is kept beside it), or open another file.")
                                 .arg(QDir::toNativeSeparators(databasePath).toHtmlEscaped(), problem.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_candidates = BackupManager::candidates(databasePath);
    QApplication::restoreOverrideCursor();

    m_table = new QTableWidget(int(m_candidates.size()), 4, this);
    m_table->setObjectName(QStringLiteral("backups"));
    m_table->setHorizontalHeaderLabels({tr("Made on"), tr("Size"), tr("Employees"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    const QLocale locale;
    int firstGood = -1;
    for (int row = 0; row < m_candidates.size(); ++row) {
        const BackupCandidate& c = m_candidates.at(row);
        auto* when = new QTableWidgetItem(locale.toString(c.madeAt.toLocalTime(), QStringLiteral("dd MMM yyyy HH:mm")));
        when->setToolTip(QDir::toNativeSeparators(c.path));
        m_table->setItem(row, 0, when);
        m_table->setItem(row, 1, new QTableWidgetItem(locale.formattedDataSize(c.size)));
        m_table->setItem(row, 2, new QTableWidgetItem(c.usable ? locale.toString(c.check.employees) : QStringLiteral("—")));
        auto* state = new QTableWidgetItem(c.usable ? tr("Good") : tr("Unusable: %1").arg(c.problem));
        state->setToolTip(state->text());
        m_table->setItem(row, 3, state);
        if (c.usable && firstGood < 0)
            firstGood = row;
    }
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);
    if (m_candidates.isEmpty()) {
        auto* none = new QLabel(tr("There is no automatic backup of this file in %1.")
                                    .arg(QDir::toNativeSeparators(BackupManager::folderFor(databasePath))),
                                this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }

    auto* buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("Restore the selected backup"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    QPushButton* other = buttons->addButton(tr("Open another file…"), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("openOther"));
    buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(m_restore, &QPushButton::clicked, this, &RecoveryDialog::onRestore);
    connect(other, &QPushButton::clicked, this, &RecoveryDialog::onOpenOther);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RecoveryDialog::updateButtons);
    selectRow(firstGood);
    updateButtons();
    resize(760, 380);
}

int RecoveryDialog::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void RecoveryDialog::selectRow(int row)
{
    if (row < 0)
        m_table->clearSelection();
    else
        m_table->selectRow(row);
}

void RecoveryDialog::updateButtons()
{
    const int row = selectedRow();
    m_restore->setEnabled(row >= 0 && m_candidates.at(row).usable);
}

Status RecoveryDialog::restoreSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_candidates.at(row).usable)
        return makeError(tr("Choose a good backup first"));
    return BackupManager::restoreFile(m_path, m_candidates.at(row).path, UserSession::localOfficer());
}

void RecoveryDialog::onRestore()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = restoreSelected();
    QApplication::restoreOverrideCursor();
    if (!s) {
        QMessageBox::warning(this, windowTitle(), s.error().describe());
        return;
    }
    m_choice = Restored;
    accept();
}

void RecoveryDialog::onOpenOther()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_path).absolutePath(),
                                                        tr("Karsa database (*.db *.karsa);;All files (*)"));
    if (chosen.isEmpty())
        return;
    m_otherFile = chosen;
    m_choice = OpenOther;
    accept();
}

} // namespace karsa::ui
