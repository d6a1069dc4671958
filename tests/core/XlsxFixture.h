#pragma once

// Small .xlsx files built in a test: a ZIP archive (raw deflate via zlib) holding a workbook with
// one worksheet whose cells are given as text, so each refusal of the XLSX reader gets its own
// fixture without a binary file in tests/data.

#include <QByteArray>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <zlib.h>

namespace karsa::test {

using ZipPart = QPair<QString, QByteArray>;

inline QByteArray deflateRaw(const QByteArray& data)
{
    z_stream zs{};
    deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&zs, uLong(data.size()))), Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.truncate(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

// A ZIP archive of the parts, each deflated, with local headers and a central directory.
inline QByteArray zipArchive(const QVector<ZipPart>& parts)
{
    auto u16 = [](QByteArray& b, quint32 v) {
        b.append(char(v & 0xFF));
        b.append(char((v >> 8) & 0xFF));
    };
    auto u32 = [&u16](QByteArray& b, quint32 v) {
        u16(b, v & 0xFFFF);
        u16(b, v >> 16);
    };
    QByteArray out, directory;
    for (const ZipPart& part : parts) {
        const QByteArray name = part.first.toUtf8();
        const QByteArray packed = deflateRaw(part.second);
        const quint32 crc =
            quint32(crc32(0, reinterpret_cast<const Bytef*>(part.second.constData()), uInt(part.second.size())));
        const quint32 offset = quint32(out.size());
        u32(out, 0x04034b50);
        u16(out, 20);
        u16(out, 0);
        u16(out, 8);
        u32(out, 0); // time, date
        u32(out, crc);
        u32(out, quint32(packed.size()));
        u32(out, quint32(part.second.size()));
        u16(out, quint32(name.size()));
        u16(out, 0);
        out += name;
        out += packed;
        u32(directory, 0x02014b50);
        u16(directory, 20);
        u16(directory, 20);
        u16(directory, 0);
        u16(directory, 8);
        u32(directory, 0);
        u32(directory, crc);
        u32(directory, quint32(packed.size()));
        u32(directory, quint32(part.second.size()));
        u16(directory, quint32(name.size()));
        u16(directory, 0);
        u16(directory, 0);
        u16(directory, 0);
        u16(directory, 0);
        u32(directory, 0);
        u32(directory, offset);
        directory += name;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    u32(out, 0x06054b50);
    u16(out, 0);
    u16(out, 0);
    u16(out, quint32(parts.size()));
    u16(out, quint32(parts.size()));
    u32(out, quint32(directory.size()));
    u32(out, directoryOffset);
    u16(out, 0);
    return out;
}

inline QString xmlEscaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// Worksheet XML for rows of cells. A cell "n:45292" is a number cell, "s:3" a shared-string
// reference, "raw:<c .../>" is written as given; any other text is an inline string.
inline QByteArray sheetXml(const QVector<QStringList>& rows)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                                 "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    for (int r = 0; r < rows.size(); ++r) {
        xml += QStringLiteral("<row r=\"%1\">").arg(r + 1);
        for (int c = 0; c < rows[r].size(); ++c) {
            const QString ref = QString(QChar(u'A' + c)) + QString::number(r + 1);
            const QString& cell = rows[r][c];
            if (cell.startsWith(QLatin1String("n:")))
                xml += QStringLiteral("<c r=\"%1\"><v>%2</v></c>").arg(ref, cell.mid(2));
            else if (cell.startsWith(QLatin1String("s:")))
                xml += QStringLiteral("<c r=\"%1\" t=\"s\"><v>%2</v></c>").arg(ref, cell.mid(2));
            else if (cell.startsWith(QLatin1String("raw:")))
                xml += cell.mid(4);
            else
                xml += QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>").arg(ref, xmlEscaped(cell));
        }
        xml += QStringLiteral("</row>");
    }
    xml += QStringLiteral("</sheetData></worksheet>");
    return xml.toUtf8();
}

inline QByteArray sharedStringsXml(const QStringList& strings)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
                                 "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (const QString& s : strings)
        xml += QStringLiteral("<si><t>%1</t></si>").arg(xmlEscaped(s));
    xml += QStringLiteral("</sst>");
    return xml.toUtf8();
}

inline QByteArray workbookXml()
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
                             "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                             "<sheets><sheet name=\"Pegawai\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
}

// A workbook of one worksheet (xl/worksheets/sheet1.xml), with shared strings when given.
inline QByteArray xlsxWorkbook(const QByteArray& sheet, const QByteArray& sharedStrings = {})
{
    QVector<ZipPart> parts = {{QStringLiteral("xl/workbook.xml"), workbookXml()},
                              {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}};
    if (!sharedStrings.isEmpty())
        parts.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
    return zipArchive(parts);
}

} // namespace karsa::test
