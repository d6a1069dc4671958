#pragma once

#include "storage/BackupManager.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace karsa::ui {

// Shown at start-up when the database cannot be opened (damaged, overwritten, not a Karsa file):
// never a dead end. Lists the automatic backups of that file, newest first, each checked (date,
// size, employees); the newest good one is selected. The officer restores it (the unreadable file is
// kept beside it), opens another file, or quits.
class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Quit, Restored, OpenOther };

    RecoveryDialog(const QString& databasePath, const QString& problem, QWidget* parent = nullptr);

    const QList<BackupCandidate>& candidates() const { return m_candidates; }
    // The row selected (the newest usable backup at first), -1 when none.
    int selectedRow() const;
    void selectRow(int row);
    // Restores the selected backup into the database path (BackupManager::restoreFile).
    Status restoreSelected();
    Choice choice() const { return m_choice; }
    // The file chosen with "Open another file…".
    const QString& otherFile() const { return m_otherFile; }

private:
    void onRestore();
    void onOpenOther();
    void updateButtons();

    QString m_path;
    QList<BackupCandidate> m_candidates;
    QTableWidget* m_table = nullptr;
    QPushButton* m_restore = nullptr;
    Choice m_choice = Quit;
    QString m_otherFile;
};

} // namespace karsa::ui
