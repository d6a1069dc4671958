#pragma once

#include "TableRow.h"
#include "ZipReader.h"
#include "common/Result.h"

#include <QDate>
#include <QVector>

namespace karsa {
class Progress;
}

namespace karsa::io {

// Reads the cell values of .xlsx worksheets: shared strings, inline strings, numbers, booleans and
// dates stored as serial numbers (recognised by the cell's number format, written as yyyy-MM-dd).
// Column letters place each cell, so skipped empty cells keep later values in their column.
// The worksheet XML is read with a streaming QXmlStreamReader. The limits of InputLimits.h apply:
// unpacked part size and ratio (ZipReader), shared strings (count, total, each), rows, columns,
// cell length; a cell holding a NUL character is refused too.
class XlsxReader
{
public:
    struct Sheet
    {
        QString name;
        QString part; // e.g. "xl/worksheets/sheet1.xml"
    };

    static Result<XlsxReader> open(const QString& path);
    static Result<XlsxReader> openData(QByteArray data, const QString& fileName);

    const QVector<Sheet>& sheets() const { return m_sheets; }
    // The rows of a worksheet, with which cells were numbers (XLSX type n) in onRow's third argument.
    Status readSheet(int index, const TypedRowCallback& onRow, const Progress* progress = nullptr) const;
    Status readSheet(int index, const RowCallback& onRow, const Progress* progress = nullptr) const;

    // "B" -> 2, "AA" -> 27; 0 when not letters.
    static int columnNumber(QStringView letters);
    // Excel serial day number (1900 or 1904 system) to a date; invalid when out of range.
    static QDate serialToDate(double serial, bool date1904 = false);

private:
    XlsxReader(ZipReader zip, QString fileName) : m_zip(std::move(zip)), m_fileName(std::move(fileName)) {}
    Status loadWorkbook();
    Status loadSharedStrings();
    Status loadStyles();
    Error error(const QString& message) const;
    Error cellError(int row, int column, const QString& message) const;

    ZipReader m_zip;
    QString m_fileName;
    QVector<Sheet> m_sheets;
    QStringList m_sharedStrings;
    QVector<bool> m_dateStyle; // cellXfs index -> number format is a date
    bool m_date1904 = false;
};

} // namespace karsa::io
