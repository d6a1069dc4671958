#include "TablePanel.h"

#include "RowTableModel.h"
#include "TableExport.h"
#include "reports/IndonesianFormat.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace karsa::ui {

TablePanel::TablePanel(Workspace* workspace, RowTableModel* model, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(model)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toolbar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_search->setMaximumWidth(360);
    m_toolbar->addWidget(m_search, 1);
    m_count = new QLabel(this);
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00.000 / 00.000 rows")));
    m_toolbar->addWidget(m_count);
    m_toolbar->addStretch(1);
    m_export = new QPushButton(tr("Export…"), this);
    auto* print = new QPushButton(tr("Print…"), this);
    m_toolbar->addWidget(m_export);
    m_toolbar->addWidget(print);
    layout->addLayout(m_toolbar);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    // No sort column until the officer clicks a header: rows stay in the order the core gave them.
    // (Enabling sorting sorts at once by the header's indicator, which defaults to column 0.)
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    layout->addWidget(m_table, 1);

    connect(m_export, &QPushButton::clicked, this, [this] { exportDocument(this, reportDocument(), m_fileName); });
    connect(print, &QPushButton::clicked, this, [this] { printDocument(this, reportDocument()); });
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(60);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_model->setFilterText(m_search->text());
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TablePanel::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentIdChanged(currentId()); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const RowTableModel::Row* row = m_model->rowAt(index.row()))
            emit activatedId(row->id);
    });
    updateCount();
}

void TablePanel::setReportTitle(const QString& title, const QString& fileName, const QString& subtitle)
{
    m_title = title;
    m_fileName = fileName;
    m_subtitle = subtitle;
}

QString TablePanel::searchDescription(const QString& search)
{
    return search.trimmed().isEmpty() ? QString() : tr("Search: \u201c%1\u201d").arg(search.trimmed());
}

ReportDocument TablePanel::reportDocument() const
{
    const QString subtitle = ReportDocument::scopeLine(m_subtitle, {searchDescription(m_search->text())}, QDate());
    return documentForTable(m_workspace, reportTableFromView(m_table, m_title, subtitle));
}

void TablePanel::setColumnWidths(const QVector<int>& widths)
{
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, widths[c]);
}

void TablePanel::updateCount()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_count->setText(shown == total ? tr("%n row(s)", nullptr, total) : tr("%1 of %2 rows").arg(IndonesianFormat::integer(shown)).arg(IndonesianFormat::integer(total)));
}

qint64 TablePanel::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    const RowTableModel::Row* row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    return row ? row->id : 0;
}

} // namespace karsa::ui
