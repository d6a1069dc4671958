#pragma once

#include "common/Page.h"
#include "storage/AuditLog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace karsa::ui {

class RowTableModel;
class TablePanel;

// Jejak Audit: who changed which record when (old → new), exports and prints, backups and
// restores. Filters by date, user, table and action run in SQL; the search box filters the rows
// shown. Read only — audit rows cannot be changed from the application (nor by SQL: triggers).
class AuditPage : public Page
{
    Q_OBJECT
public:
    explicit AuditPage(Workspace* workspace, QWidget* parent = nullptr);
    QString title() const override { return tr("Audit trail"); }
    Permission requiredPermission() const override { return Permission::ViewAudit; }

    AuditFilter filter() const;
    void setFilter(const AuditFilter& filter); // for tests and tools; reloads
    RowTableModel* model() const { return m_model; }
    TablePanel* panel() const { return m_panel; }
    QString detailText() const;

protected:
    void reload() override;

private:
    void showEntry(qint64 id);
    void refillChoices();

    static constexpr int kLimit = 20000;
    QCheckBox* m_useFrom = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_actor = nullptr;
    QComboBox* m_table = nullptr;
    QComboBox* m_action = nullptr;
    QLabel* m_note = nullptr;
    RowTableModel* m_model = nullptr;
    TablePanel* m_panel = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QList<AuditEntry> m_entries;
    bool m_filling = false;
};

} // namespace karsa::ui
