#include "TableFile.h"

#include "CsvReader.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QFile>

namespace karsa::io {

bool TableFile::looksLikeXlsx(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(4) == QByteArrayLiteral("PK\x03\x04");
}

Result<QString> TableFile::read(const QString& path, const SheetCallback& onSheet, const TypedRowCallback& onRow,
                                const Progress* progress, bool firstSheetOnly)
{
    if (looksLikeXlsx(path)) {
        auto reader = XlsxReader::open(path);
        if (!reader)
            return reader.error();
        const int count = firstSheetOnly ? 1 : int(reader->sheets().size());
        for (int i = 0; i < count; ++i) {
            if (!onSheet(reader->sheets().at(i).name))
                continue;
            if (Status s = reader->readSheet(i, onRow, progress); !s)
                return s.error();
        }
        return QCoreApplication::translate("Import", "XLSX, %n worksheet(s)", nullptr, int(reader->sheets().size()));
    }
    if (!onSheet(QString()))
        return QStringLiteral("CSV");
    const QBitArray allText;
    auto info = CsvReader::read(
        path, [&](int row, const QStringList& cells) { return onRow(row, cells, allText); }, progress);
    if (!info)
        return info.error();
    const QString delimiter = info->delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(info->delimiter));
    return QStringLiteral("CSV, %1, '%2'").arg(encodingName(info->encoding), delimiter);
}

} // namespace karsa::io
