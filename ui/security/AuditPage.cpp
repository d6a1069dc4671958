#include "AuditPage.h"

#include "security/AuditTableLabel.h"
#include "common/RowTableModel.h"
#include "common/TablePanel.h"
#include "reports/IndonesianFormat.h"
#include "shell/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace karsa::ui {

namespace {
QString actionLabel(const QString& action)
{
    if (action == u"insert")
        return AuditPage::tr("Added");
    if (action == u"update")
        return AuditPage::tr("Changed");
    if (action == u"delete")
        return AuditPage::tr("Deleted");
    if (action == u"bulk")
        return AuditPage::tr("Bulk load");
    if (action == u"export")
        return AuditPage::tr("Export");
    if (action == u"print")
        return AuditPage::tr("Print");
    if (action == u"backup")
        return AuditPage::tr("Backup");
    if (action == u"restore")
        return AuditPage::tr("Restore");
    return action;
}

QString pretty(const QString& json)
{
    if (json.isEmpty())
        return QStringLiteral("—");
    return QString::fromUtf8(QJsonDocument::fromJson(json.toUtf8()).toJson(QJsonDocument::Indented)).trimmed();
}
} // namespace

AuditPage::AuditPage(Workspace* workspace, QWidget* parent) : Page(workspace, parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<h2>Audit trail</h2><p>Every change to the data (who, when, which record, old → new), "
                                  "every export and print, backups and restores. Audit rows cannot be changed.</p>"),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto* filters = new QHBoxLayout;
    m_useFrom = new QCheckBox(tr("From"), this);
    m_useFrom->setChecked(true);
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->setMinimumWidth(140);
    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setMinimumWidth(160);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->addItem(tr("Every action"), QString());
    for (const char* a : {"insert", "update", "delete", "bulk", "export", "print", "backup", "restore"})
        m_action->addItem(actionLabel(QLatin1String(a)), QLatin1String(a));
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(new QLabel(tr("User"), this));
    filters->addWidget(m_actor);
    filters->addWidget(new QLabel(tr("Table"), this));
    filters->addWidget(m_table);
    filters->addWidget(new QLabel(tr("Action"), this));
    filters->addWidget(m_action);
    filters->addStretch(1);
    layout->addLayout(filters);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("auditNote"));
    layout->addWidget(m_note);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_model = new RowTableModel({{tr("Time"), ReportColumn::Type::Text, {}},
                                 {tr("User"), ReportColumn::Type::Text, {}},
                                 {tr("Action"), ReportColumn::Type::Text, {}},
                                 {tr("Table"), ReportColumn::Type::Text, {}},
                                 {tr("Record"), ReportColumn::Type::Text, {}},
                                 {tr("Change"), ReportColumn::Type::Text, {}}},
                                this);
    m_panel = new TablePanel(workspace, m_model, splitter);
    m_panel->table()->setObjectName(QStringLiteral("auditTrail"));
    m_panel->setReportTitle(tr("Audit trail"), tr("audit-trail"));
    m_panel->setColumnWidths({200, 130, 90, 150, 110, 520});
    m_detail = new QPlainTextEdit(splitter);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Choose a row to see the values before and after."));
    splitter->addWidget(m_panel);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto refresh = [this] {
        if (!m_filling)
            reload();
    };
    connect(m_useFrom, &QCheckBox::toggled, this, refresh);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_from, &QDateEdit::dateChanged, this, refresh);
    connect(m_to, &QDateEdit::dateChanged, this, refresh);
    for (QComboBox* box : {m_actor, m_table, m_action})
        connect(box, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_panel, &TablePanel::currentIdChanged, this, &AuditPage::showEntry);
    // Any write adds audit rows: refresh when the data changes.
    connect(workspace, &Workspace::dataChanged, this, [this] { invalidate(); });
}

AuditFilter AuditPage::filter() const
{
    AuditFilter f;
    if (m_useFrom->isChecked())
        f.from = m_from->date();
    f.to = m_to->date();
    f.actor = m_actor->currentData().toString();
    f.table = m_table->currentData().toString();
    f.action = m_action->currentData().toString();
    f.limit = kLimit;
    return f;
}

void AuditPage::setFilter(const AuditFilter& f)
{
    m_filling = true;
    refillChoices();
    m_useFrom->setChecked(f.from.isValid());
    if (f.from.isValid())
        m_from->setDate(f.from);
    m_to->setDate(f.to.isValid() ? f.to : QDate::currentDate());
    m_actor->setCurrentIndex(qMax(0, m_actor->findData(f.actor)));
    m_table->setCurrentIndex(qMax(0, m_table->findData(f.table)));
    m_action->setCurrentIndex(qMax(0, m_action->findData(f.action)));
    m_filling = false;
    reload();
}

QString AuditPage::detailText() const
{
    return m_detail->toPlainText();
}

void AuditPage::refillChoices()
{
    const bool was = m_filling;
    m_filling = true;
    const QString actor = m_actor->currentData().toString();
    const QString table = m_table->currentData().toString();
    m_actor->clear();
    m_actor->addItem(tr("Every user"), QString());
    if (auto actors = AuditLog::actors(workspace()->db()))
        for (const QString& a : actors.value())
            m_actor->addItem(a.isEmpty() ? tr("(nobody signed in)") : a, a);
    m_table->clear();
    m_table->addItem(tr("Every table"), QString());
    for (const QString& t : AuditLog::auditedTables(workspace()->db()))
        m_table->addItem(auditTableLabel(t), t);
    m_actor->setCurrentIndex(qMax(0, m_actor->findData(actor)));
    m_table->setCurrentIndex(qMax(0, m_table->findData(table)));
    m_filling = was;
}

void AuditPage::reload()
{
    if (!m_filling)
        refillChoices();
    auto entries = AuditLog::query(workspace()->db(), filter());
    m_entries = entries ? entries.value() : QList<AuditEntry>();
    QVector<RowTableModel::Row> rows;
    rows.reserve(m_entries.size());
    for (const AuditEntry& e : m_entries) {
        RowTableModel::Row row;
        row.id = e.id;
        QString change = e.detail;
        if (change.isEmpty())
            change = e.action == u"update" ? e.changes().join(QStringLiteral("; "))
                                           : QString::fromUtf8(QJsonDocument::fromJson((e.newValues.isEmpty() ? e.oldValues : e.newValues).toUtf8())
                                                                   .toJson(QJsonDocument::Compact))
                                                 .left(200);
        row.display = {IndonesianFormat::dateTime(e.at.toLocalTime()), e.actor, actionLabel(e.action), auditTableLabel(e.table), e.recordId, change};
        row.value = {e.at.toString(Qt::ISODate), {}, e.action, {}, {}, {}};
        rows.append(row);
    }
    m_model->setRows(std::move(rows));
    m_panel->updateCount();
    m_note->setText(!entries ? entries.error().describe()
                    : m_entries.size() >= kLimit
                        ? tr("Showing the newest %1 events; narrow the dates or filters to see older ones.").arg(kLimit)
                        : QString());
    m_detail->clear();
}

void AuditPage::showEntry(qint64 id)
{
    for (const AuditEntry& e : m_entries) {
        if (e.id != id)
            continue;
        QString text = QStringLiteral("%1 · %2 · %3 %4 #%5\n").arg(IndonesianFormat::dateTime(e.at.toLocalTime()), e.actor,
                                                                    actionLabel(e.action), auditTableLabel(e.table), e.recordId);
        if (!e.detail.isEmpty())
            text += e.detail + u'\n';
        const QStringList changes = e.changes();
        if (!changes.isEmpty())
            text += u'\n' + changes.join(u'\n') + u'\n';
        text += u'\n' + tr("Before:") + u'\n' + pretty(e.oldValues) + QStringLiteral("\n\n") + tr("After:") + u'\n' + pretty(e.newValues);
        m_detail->setPlainText(text);
        return;
    }
    m_detail->clear();
}

} // namespace karsa::ui
