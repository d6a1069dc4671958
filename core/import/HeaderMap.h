#pragma once

#include "io/InputLimits.h"

#include <QStringList>
#include <QVector>

namespace karsa {

// A field an importer understands and the header spellings that name it. Aliases are compared
// after normalisation (case, spaces, '_', '-', '.' and '/' ignored), so "Gol Akhir Nama",
// "gol_akhir_nama" and "GOL-AKHIR-NAMA" are one name.
struct FieldSpec
{
    int id = 0;
    QString label; // shown in messages (the canonical column name)
    QStringList aliases;
    int maxLength = limits::kTextLength; // longest value accepted, in characters (see InputLimits.h)
};

// fields with each FieldSpec::maxLength set to lengthOf(its id).
QVector<FieldSpec> withMaxLengths(QVector<FieldSpec> fields, int (*lengthOf)(int field));

class HeaderMap
{
public:
    static QString normalize(const QString& header);

    // Maps each header cell to a field; headers that are neither a field nor in ignored are unknown.
    void build(const QStringList& header, const QVector<FieldSpec>& fields, const QStringList& ignored = {});

    bool has(int field) const { return column(field) >= 0; }
    int column(int field) const { return field >= 0 && field < m_columns.size() ? m_columns.at(field) : -1; } // 0-based
    QString value(const QStringList& cells, int field) const; // trimmed; empty when absent
    QString headerText(int field) const;                      // the header as written in the file
    int maxLength(int field) const { return field >= 0 && field < m_maxLength.size() ? m_maxLength.at(field) : 0; }
    int fieldCount() const { return int(m_columns.size()); } // field ids are 0..fieldCount()-1
    const QStringList& unknown() const { return m_unknown; }
    const QStringList& header() const { return m_header; }

private:
    QVector<int> m_columns;
    QVector<int> m_maxLength;
    QStringList m_header;
    QStringList m_unknown;
};

} // namespace karsa
