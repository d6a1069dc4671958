#pragma once

#include "TableRow.h"
#include "TextDecoding.h"
#include "common/Result.h"

#include <QByteArrayView>

namespace karsa {
class Progress;
}

namespace karsa::io {

// Reads CSV with libcsv: quoted fields, quotes doubled inside quotes, newlines inside quoted fields,
// ',' or ';' (or tab) as separator detected from the header line, UTF-8 with or without BOM, and
// Windows-1252 converted to Unicode. Empty lines are skipped.
class CsvReader
{
public:
    struct Info
    {
        TextEncoding encoding = TextEncoding::Utf8;
        char delimiter = ',';
        int rows = 0; // records read, header included
    };

    static Result<Info> read(const QString& path, const RowCallback& onRow, const Progress* progress = nullptr);
    // fileName is used in error messages only.
    static Result<Info> readData(QByteArrayView data, const QString& fileName, const RowCallback& onRow,
                                 const Progress* progress = nullptr);
    // The separator used in the first record: the most frequent of ',', ';' and tab outside quotes.
    static char detectDelimiter(QByteArrayView data);
};

} // namespace karsa::io
