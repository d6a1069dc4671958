#pragma once

#include "InputLimits.h"
#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace karsa::io {

// Reads entries of a ZIP archive held in memory (an .xlsx file): the central directory, then each
// entry stored or deflated (zlib raw inflate). Every offset and size is checked against the data,
// and an entry may not inflate past a limit, so a damaged or hostile file yields an Error.
class ZipReader
{
public:
    static Result<ZipReader> open(QByteArray data, const QString& fileName);

    bool contains(const QString& name) const { return m_entries.contains(name); }
    QStringList names() const { return m_entries.keys(); }
    // The unpacked entry; refused (before anything is inflated) when its declared size is over
    // maxSize or, above limits::kRatioCheckAbove, more than limits::kMaxCompressionRatio times its
    // packed size; inflating stops as soon as the data passes the declared size.
    Result<QByteArray> read(const QString& name, qint64 maxSize = limits::kMaxZipEntryBytes) const;

private:
    struct Entry
    {
        quint16 method = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 localOffset = 0;
    };
    Error error(const QString& message) const;
    QByteArray m_data;
    QString m_fileName;
    QHash<QString, Entry> m_entries;
};

} // namespace karsa::io
