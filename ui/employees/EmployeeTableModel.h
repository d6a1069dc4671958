#pragma once

#include "storage/EmployeeDirectory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

namespace karsa::ui {

// The employee list. Holds all rows once; search and sort work on an index vector with
// precomputed keys, so a keystroke over 100,000 employees costs one linear scan.
class EmployeeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Nip, Name, Status, Golongan, Position, Unit, Jpm, Category, ColumnCount };

    // What the analytics say of one employee (JPM against the current position, its category).
    struct JpmInfo
    {
        double jpm = 0.0;
        bool complete = false;
        QString categoryCode; // band code; empty when incomplete or without a standard
        QString categoryLabel;
    };
    // Attribute filters of the Pegawai page; empty fields do not filter.
    struct Filter
    {
        bool unitOn = false;
        QSet<qint64> unitIds; // the chosen unit and its sub-units
        QString jenjang;
        QString golongan;
        QString status;
        QString category; // a band code, or kIncomplete
        bool isEmpty() const
        {
            return !unitOn && jenjang.isEmpty() && golongan.isEmpty() && status.isEmpty() && category.isEmpty();
        }
    };
    static inline const QString kIncomplete = QStringLiteral("__incomplete");

    explicit EmployeeTableModel(QObject* parent = nullptr);

    // Everything setRows needs that is costly on 100,000 rows (search text, spaced NIPs, the order
    // by name), computed off the GUI thread by prepare() and installed by setPrepared().
    struct Prepared
    {
        QVector<EmployeeListRow> rows;
        QVector<QString> displayNip;
        QByteArray text;
        QVector<int> offsets;
        QVector<int> nameOrder;
    };
    static Prepared prepare(QVector<EmployeeListRow> rows); // thread-safe
    void setPrepared(Prepared prepared);
    void setRows(QVector<EmployeeListRow> rows); // prepare + setPrepared
    // Shows only rows containing every word of text in NIP, name, position or unit.
    void setFilterText(const QString& text);
    // Shows only the rows whose employee id is in ids (an empty list shows none), combined with the
    // text search; clearIdFilter() shows every row again.
    void setIdFilter(const QVector<qint64>& ids);
    void clearIdFilter();
    bool hasIdFilter() const { return m_idFilterOn; }
    void setFilter(const Filter& filter);
    const Filter& filter() const { return m_filter; }
    // JPM and category per employee id; rows without an entry show nothing in those columns.
    void setJpm(QHash<qint64, JpmInfo> jpm);
    int totalCount() const { return int(m_rows.size()); }
    const EmployeeListRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void rebuildVisible();
    void narrowVisible();
    void prepareMatchers();
    bool matchesWords(int rowIndex) const;

    QVector<EmployeeListRow> m_rows;
    QByteArray m_text;              // every row's lower-case UTF-8 search text, one line per row
    QVector<int> m_offsets;         // start of each row's line in m_text (+ the end)
    QByteArray m_marks;             // per row: how many filter words matched
    bool m_matchAll = true;
    QVector<QString> m_displayNip;    // spaced NIP per row
    QVector<int> m_order;             // all row indexes in sort order
    QVector<int> m_visible;           // the filtered subset of m_order, in display order
    QStringList m_filterWords;
    QVector<QByteArray> m_needles; // the filter words, lower-case UTF-8
    QSet<qint64> m_idFilter;
    bool m_idFilterOn = false;
    Filter m_filter;
    QHash<qint64, JpmInfo> m_jpm;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace karsa::ui
