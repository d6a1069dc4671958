#include "ZipReader.h"

#include <QCoreApplication>

#include <zlib.h>

namespace karsa::io {

namespace {
quint16 u16(const QByteArray& d, qsizetype at)
{
    return quint16(uchar(d[at]) | (uchar(d[at + 1]) << 8));
}
quint32 u32(const QByteArray& d, qsizetype at)
{
    return quint32(uchar(d[at])) | (quint32(uchar(d[at + 1])) << 8) | (quint32(uchar(d[at + 2])) << 16) |
           (quint32(uchar(d[at + 3])) << 24);
}
QString notXlsx()
{
    return QCoreApplication::translate("Import", "The file is not a valid XLSX workbook (damaged ZIP structure)");
}
} // namespace

Error ZipReader::error(const QString& message) const
{
    Error e;
    e.file = m_fileName;
    e.message = message;
    return e;
}

Result<ZipReader> ZipReader::open(QByteArray data, const QString& fileName)
{
    ZipReader zip;
    zip.m_data = std::move(data);
    zip.m_fileName = fileName;
    const QByteArray& d = zip.m_data;
    // End of central directory: 22 bytes plus a comment of up to 65535 bytes at the end.
    qsizetype eocd = -1;
    for (qsizetype i = d.size() - 22; i >= 0 && i >= d.size() - 22 - 65535; --i) {
        if (u32(d, i) == 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return zip.error(notXlsx());
    const quint16 count = u16(d, eocd + 10);
    const quint32 cdSize = u32(d, eocd + 12);
    const quint32 cdOffset = u32(d, eocd + 16);
    if (qint64(cdOffset) + cdSize > eocd)
        return zip.error(notXlsx());
    qsizetype at = cdOffset;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > eocd || u32(d, at) != 0x02014b50)
            return zip.error(notXlsx());
        Entry e;
        e.method = u16(d, at + 10);
        e.compressedSize = u32(d, at + 20);
        e.size = u32(d, at + 24);
        const quint16 nameLen = u16(d, at + 28), extraLen = u16(d, at + 30), commentLen = u16(d, at + 32);
        e.localOffset = u32(d, at + 42);
        if (at + 46 + nameLen > eocd)
            return zip.error(notXlsx());
        const QString name = QString::fromUtf8(d.constData() + at + 46, nameLen);
        zip.m_entries.insert(name, e);
        at += 46 + qsizetype(nameLen) + extraLen + commentLen;
    }
    return zip;
}

Result<QByteArray> ZipReader::read(const QString& name, qint64 maxSize) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.cend())
        return error(QCoreApplication::translate("Import", "The workbook has no part '%1'").arg(name));
    const Entry& e = *it;
    const QByteArray& d = m_data;
    const qsizetype local = e.localOffset;
    if (local + 30 > d.size() || u32(d, local) != 0x04034b50)
        return error(notXlsx());
    const qsizetype start = local + 30 + u16(d, local + 26) + u16(d, local + 28);
    if (start + qint64(e.compressedSize) > d.size())
        return error(notXlsx());
    if (qint64(e.size) > maxSize)
        return error(QCoreApplication::translate("Import", "The workbook part '%1' unpacks to %L2 bytes, more than the "
                                                           "limit of %L3 bytes")
                         .arg(name)
                         .arg(qint64(e.size))
                         .arg(maxSize));
    if (qint64(e.size) > limits::kRatioCheckAbove &&
        qint64(e.size) > qint64(e.compressedSize) * limits::kMaxCompressionRatio)
        return error(QCoreApplication::translate("Import",
                                                 "The workbook part '%1' unpacks %L2 times its packed size "
                                                 "(more than %3 times); the file is refused as a possible zip bomb")
                         .arg(name)
                         .arg(e.compressedSize ? qint64(e.size) / e.compressedSize : qint64(e.size))
                         .arg(limits::kMaxCompressionRatio));
    // Deflate expands at most about 1032:1, so the compressed size bounds what a true entry can hold;
    // a declared size beyond that is a damaged (or hostile) header and is never allocated.
    const qint64 limit = std::min<qint64>(maxSize, qint64(e.compressedSize) * 1040 + 1024);
    if (qint64(e.size) > limit)
        return error(notXlsx());
    if (e.method == 0) {
        if (e.compressedSize != e.size)
            return error(notXlsx());
        return d.mid(start, e.size);
    }
    if (e.method != 8)
        return error(QCoreApplication::translate("Import", "The workbook uses an unsupported compression method"));

    z_stream zs{};
    if (inflateInit2(&zs, -MAX_WBITS) != Z_OK)
        return error(QStringLiteral("zlib: inflateInit2 failed"));
    QByteArray out;
    // Grow as data actually arrives (at most the declared size, which inflate must then match).
    out.resize(qsizetype(std::min<qint64>(std::max<quint32>(e.size, 64), 16 << 20)));
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(d.constData() + start));
    zs.avail_in = e.compressedSize;
    qsizetype produced = 0;
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        if (produced == out.size()) {
            if (out.size() >= std::max<qint64>(e.size, 64)) {
                inflateEnd(&zs);
                return error(QCoreApplication::translate("Import", "The workbook part '%1' holds more data than its "
                                                                   "header declares; the file is damaged")
                                 .arg(name));
            }
            out.resize(qsizetype(std::min<qint64>(qint64(out.size()) * 2, std::max<qint64>(e.size, 64))));
        }
        zs.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
        zs.avail_out = uInt(std::min<qsizetype>(out.size() - produced, 1 << 30));
        const uInt before = zs.avail_out;
        rc = inflate(&zs, Z_NO_FLUSH);
        produced += before - zs.avail_out;
        if (rc == Z_BUF_ERROR && (zs.avail_in == 0 || before == zs.avail_out))
            break; // truncated stream or no progress
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
            break;
    }
    inflateEnd(&zs);
    if (rc != Z_STREAM_END || produced != qsizetype(e.size))
        return error(notXlsx());
    out.truncate(produced);
    return out;
}

} // namespace karsa::io
