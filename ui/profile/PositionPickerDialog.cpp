#include "PositionPickerDialog.h"

#include "common/RowTableModel.h"
#include "refdata/ReferenceCatalog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace karsa::ui {

PositionPickerDialog::PositionPickerDialog(const AnalyticsData& data, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Compare with position"));
    resize(900, 560);
    auto* layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("positionSearch"));
    m_search->setPlaceholderText(tr("Search code, position, jenjang or unit…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    QVector<RowTableModel::Column> columns;
    for (const QString& title : {tr("Code"), tr("Position"), tr("Jenjang"), tr("Unit")}) {
        RowTableModel::Column c;
        c.title = title;
        columns.append(c);
    }
    m_model = new RowTableModel(columns, this);
    const ReferenceCatalog& ref = ReferenceCatalog::instance();
    QVector<RowTableModel::Row> rows;
    rows.reserve(data.positions().size());
    for (int p = 0; p < data.positions().size(); ++p) {
        const AnalyticsPosition& pos = data.positions()[p];
        const JenjangInfo* j = ref.jenjang(pos.jenjang);
        RowTableModel::Row row;
        row.id = p;
        row.display = {pos.code, pos.name, j ? j->name : pos.jenjang,
                       pos.unitIndex >= 0 ? data.units()[pos.unitIndex].name : QString()};
        rows.append(std::move(row));
    }
    m_model->setRows(std::move(rows));
    m_model->sort(1);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 110);
    m_table->setColumnWidth(1, 330);
    m_table->setColumnWidth(2, 150);
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (selectedPositionIndex() >= 0)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableView::activated, this, [this] { accept(); });

    auto* delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(60);
    connect(m_search, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    connect(delay, &QTimer::timeout, this, [this] {
        m_model->setFilterText(m_search->text());
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    m_search->setFocus();
}

int PositionPickerDialog::selectedPositionIndex() const
{
    const QModelIndex current = m_table->currentIndex();
    const RowTableModel::Row* row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    return row ? int(row->id) : -1;
}

} // namespace karsa::ui
