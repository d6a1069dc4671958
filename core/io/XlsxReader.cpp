#include "XlsxReader.h"

#include "InputLimits.h"
#include "common/Progress.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <cmath>

namespace karsa::io {

namespace {
QString resolvePart(const QString& target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QString t = target;
    if (t.startsWith(QLatin1String("../")))
        return t.mid(3);
    return QStringLiteral("xl/") + t;
}

// Whether a custom number format shows a date: a d or y, or an m without h/s, outside quoted text
// and [..] sections.
bool formatIsDate(const QString& code)
{
    bool quoted = false, bracket = false, hasDay = false, hasMonth = false, hasTime = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (c == u'\\') {
            ++i;
            continue;
        }
        if (c == u'[')
            bracket = true;
        else if (c == u']')
            bracket = false;
        else if (bracket)
            continue;
        else if (c == u'd' || c == u'y')
            hasDay = true;
        else if (c == u'm')
            hasMonth = true;
        else if (c == u'h' || c == u's')
            hasTime = true;
    }
    return hasDay || (hasMonth && !hasTime);
}

bool builtInDate(int id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

QString numberText(const QString& raw)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (std::fabs(v) < 1e15 && v == std::floor(v))
        return QString::number(qint64(v));
    return raw;
}
} // namespace

Error XlsxReader::error(const QString& message) const
{
    Error e;
    e.file = m_fileName;
    e.message = message;
    return e;
}

Error XlsxReader::cellError(int row, int column, const QString& message) const
{
    Error e = error(message);
    e.row = row;
    e.column = column > 0 ? column : -1;
    return e;
}

int XlsxReader::columnNumber(QStringView letters)
{
    int n = 0;
    for (QChar c : letters) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        n = n * 26 + (u - u'A' + 1);
        if (n > 16384)
            return 0;
    }
    return n;
}

QDate XlsxReader::serialToDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 1 || serial > 2958465)
        return {};
    const qint64 days = qint64(std::floor(serial));
    // 1900 system: day 1 is 1900-01-01 and day 60 the fictitious 1900-02-29 (kept by Excel).
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    return QDate(1899, 12, 30).addDays(days);
}

Result<XlsxReader> XlsxReader::open(const QString& path)
{
    QFile f(path);
    const QString name = QFileInfo(path).fileName();
    if (!f.open(QIODevice::ReadOnly)) {
        Error e;
        e.file = name;
        e.message = QCoreApplication::translate("Import", "Cannot open the file: %1").arg(f.errorString());
        return e;
    }
    return openData(f.readAll(), name);
}

Result<XlsxReader> XlsxReader::openData(QByteArray data, const QString& fileName)
{
    auto zip = ZipReader::open(std::move(data), fileName);
    if (!zip)
        return zip.error();
    XlsxReader reader(std::move(zip).value(), fileName);
    if (Status s = reader.loadWorkbook(); !s)
        return s.error();
    if (Status s = reader.loadSharedStrings(); !s)
        return s.error();
    if (Status s = reader.loadStyles(); !s)
        return s.error();
    return reader;
}

Status XlsxReader::loadWorkbook()
{
    auto workbook = m_zip.read(QStringLiteral("xl/workbook.xml"), 64 << 20);
    if (!workbook)
        return workbook.error();
    QHash<QString, QString> targets; // relationship id -> part
    if (m_zip.contains(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        auto rels = m_zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"), 16 << 20);
        if (!rels)
            return rels.error();
        QXmlStreamReader x(rels.value());
        while (!x.atEnd()) {
            if (x.readNext() == QXmlStreamReader::StartElement && x.name() == u"Relationship")
                targets.insert(x.attributes().value(QLatin1String("Id")).toString(),
                               resolvePart(x.attributes().value(QLatin1String("Target")).toString()));
        }
    }
    QXmlStreamReader x(workbook.value());
    int ordinal = 0;
    while (!x.atEnd()) {
        if (x.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (x.name() == u"workbookPr") {
            const auto v = x.attributes().value(QLatin1String("date1904"));
            m_date1904 = v == u"1" || v == u"true";
        } else if (x.name() == u"sheet") {
            ++ordinal;
            Sheet s;
            s.name = x.attributes().value(QLatin1String("name")).toString();
            QString rid;
            for (const auto& a : x.attributes())
                if (a.name() == u"id")
                    rid = a.value().toString();
            s.part = targets.value(rid, QStringLiteral("xl/worksheets/sheet%1.xml").arg(ordinal));
            m_sheets.append(s);
        }
    }
    if (x.hasError())
        return error(QCoreApplication::translate("Import", "The workbook index is damaged: %1").arg(x.errorString()));
    if (m_sheets.isEmpty())
        return error(QCoreApplication::translate("Import", "The workbook has no worksheet"));
    return {};
}

Status XlsxReader::loadSharedStrings()
{
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    if (!m_zip.contains(part))
        return {};
    auto data = m_zip.read(part);
    if (!data)
        return data.error();
    QXmlStreamReader x(data.value());
    QString current;
    bool inSi = false, inRunProps = false;
    qsizetype totalChars = 0;
    auto tooMany = [&](const QString& what) {
        return error(
            QCoreApplication::translate("Import", "The shared strings of the workbook (%1) exceed the limit of %2")
                .arg(part, what));
    };
    while (!x.atEnd()) {
        const auto t = x.readNext();
        if (t == QXmlStreamReader::StartElement) {
            if (x.name() == u"si") {
                inSi = true;
                current.clear();
            } else if (x.name() == u"rPh") {
                inRunProps = true; // phonetic hints are not part of the text
            } else if (x.name() == u"t" && inSi && !inRunProps) {
                current += x.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (t == QXmlStreamReader::EndElement) {
            if (x.name() == u"si") {
                if (m_sharedStrings.size() >= limits::kMaxSharedStrings)
                    return tooMany(QCoreApplication::translate("Import", "%L1 strings").arg(limits::kMaxSharedStrings));
                if (current.size() > limits::kMaxFieldBytes)
                    return error(QCoreApplication::translate("Import",
                                                             "Shared string %1 of the workbook (%2) is longer than "
                                                             "%L3 characters")
                                     .arg(m_sharedStrings.size())
                                     .arg(part)
                                     .arg(limits::kMaxFieldBytes));
                totalChars += current.size();
                if (totalChars > limits::kMaxSharedStringChars)
                    return tooMany(
                        QCoreApplication::translate("Import", "%L1 characters").arg(limits::kMaxSharedStringChars));
                m_sharedStrings.append(current);
                inSi = false;
            } else if (x.name() == u"rPh") {
                inRunProps = false;
            }
        }
    }
    if (x.hasError())
        return error(QCoreApplication::translate("Import",
                                                 "The shared strings of the workbook are damaged at string %1: "
                                                 "%2 (a NUL or other control character is not allowed)")
                         .arg(m_sharedStrings.size())
                         .arg(x.errorString()));
    return {};
}

Status XlsxReader::loadStyles()
{
    const QString part = QStringLiteral("xl/styles.xml");
    if (!m_zip.contains(part))
        return {};
    auto data = m_zip.read(part, 64 << 20);
    if (!data)
        return data.error();
    QXmlStreamReader x(data.value());
    QSet<int> customDates;
    bool inCellXfs = false;
    while (!x.atEnd()) {
        const auto t = x.readNext();
        if (t == QXmlStreamReader::StartElement) {
            if (x.name() == u"numFmt") {
                if (formatIsDate(x.attributes().value(QLatin1String("formatCode")).toString()))
                    customDates.insert(x.attributes().value(QLatin1String("numFmtId")).toInt());
            } else if (x.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (x.name() == u"xf" && inCellXfs) {
                const int id = x.attributes().value(QLatin1String("numFmtId")).toInt();
                m_dateStyle.append(builtInDate(id) || customDates.contains(id));
            }
        } else if (t == QXmlStreamReader::EndElement && x.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (x.hasError())
        return error(QCoreApplication::translate("Import", "The styles of the workbook are damaged: %1").arg(x.errorString()));
    return {};
}

Status XlsxReader::readSheet(int index, const RowCallback& onRow, const Progress* progress) const
{
    return readSheet(
        index, [&onRow](int row, const QStringList& cells, const QBitArray&) { return onRow(row, cells); }, progress);
}

Status XlsxReader::readSheet(int index, const TypedRowCallback& onRow, const Progress* progress) const
{
    if (index < 0 || index >= m_sheets.size())
        return error(QCoreApplication::translate("Import", "The workbook has no worksheet %1").arg(index + 1));
    auto data = m_zip.read(m_sheets.at(index).part);
    if (!data)
        return data.error();
    const QByteArray& xml = data.value();
    QXmlStreamReader x(xml);
    QStringList cells;
    QBitArray numeric;
    int rowNumber = 0, nextColumn = 1;
    QString type, value, inlineText;
    int style = -1, column = 0;
    bool inRow = false, inCell = false;
    qint64 counter = 0;
    while (!x.atEnd()) {
        const auto t = x.readNext();
        if (t == QXmlStreamReader::StartElement) {
            const auto n = x.name();
            if (n == u"row") {
                inRow = true;
                cells.clear();
                numeric.clear();
                nextColumn = 1;
                const int r = x.attributes().value(QLatin1String("r")).toInt();
                rowNumber = r > rowNumber ? r : rowNumber + 1;
                if (rowNumber > limits::kMaxSheetRows || r < 0)
                    return error(QCoreApplication::translate("Import", "The worksheet has more than %L1 rows")
                                     .arg(limits::kMaxSheetRows));
            } else if (n == u"c" && inRow) {
                const auto a = x.attributes();
                type = a.value(QLatin1String("t")).toString();
                style = a.hasAttribute(QLatin1String("s")) ? a.value(QLatin1String("s")).toInt() : -1;
                const auto ref = a.value(QLatin1String("r"));
                column = ref.isEmpty() ? nextColumn : columnNumber(ref);
                if (column <= 0)
                    return error(QCoreApplication::translate("Import", "Row %1 has a cell with a bad reference '%2'")
                                     .arg(rowNumber)
                                     .arg(ref.toString()));
                if (column > limits::kMaxColumns)
                    return cellError(rowNumber, column,
                                     QCoreApplication::translate("Import", "The row has more than %L1 columns")
                                         .arg(limits::kMaxColumns));
                value.clear();
                inlineText.clear();
                inCell = true;
            } else if (n == u"v" && inRow) {
                value = x.readElementText();
            } else if (n == u"t" && inRow) {
                inlineText += x.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (t == QXmlStreamReader::EndElement) {
            const auto n = x.name();
            if (n == u"c" && inRow) {
                inCell = false;
                QString text;
                if (type == u"s") {
                    bool ok = false;
                    const int i = value.toInt(&ok);
                    if (!ok || i < 0 || i >= m_sharedStrings.size())
                        return error(QCoreApplication::translate("Import", "Row %1 refers to a missing shared string").arg(rowNumber));
                    text = m_sharedStrings.at(i);
                } else if (type == u"inlineStr") {
                    text = inlineText;
                } else if (type == u"str" || type == u"e") {
                    text = value;
                } else if (type == u"b") {
                    text = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if (style >= 0 && style < m_dateStyle.size() && m_dateStyle.at(style) && !value.isEmpty()) {
                    const QDate d = serialToDate(value.toDouble(), m_date1904);
                    text = d.isValid() ? d.toString(Qt::ISODate) : value;
                } else {
                    text = numberText(value);
                }
                const bool number = type.isEmpty() || type == u"n";
                if (text.size() > limits::kMaxFieldBytes)
                    return cellError(rowNumber, column,
                                     QCoreApplication::translate("Import", "The cell is longer than %L1 characters")
                                         .arg(limits::kMaxFieldBytes));
                if (number || column <= numeric.size()) {
                    if (numeric.size() < column)
                        numeric.resize(column);
                    numeric.setBit(column - 1, number);
                }
                while (cells.size() < column - 1)
                    cells.append(QString());
                if (cells.size() == column - 1)
                    cells.append(text);
                else if (column - 1 < cells.size())
                    cells[column - 1] = text;
                nextColumn = column + 1;
            } else if (n == u"row" && inRow) {
                inRow = false;
                while (!cells.isEmpty() && cells.constLast().isEmpty())
                    cells.removeLast();
                if (!cells.isEmpty() && !onRow(rowNumber, cells, numeric))
                    return {};
                if (progress && (++counter & 1023) == 0) {
                    if (progress->cancelled())
                        return {};
                    progress->report(x.characterOffset(), xml.size(), QCoreApplication::translate("Import", "Reading the file"));
                }
            }
        }
    }
    if (x.hasError()) {
        // QXmlStreamReader refuses characters XML does not allow, a NUL (raw or &#0;) among them.
        if (inCell)
            return cellError(rowNumber, column,
                             QCoreApplication::translate("Import",
                                                         "The cell cannot be read: %1 (a workbook cell may not "
                                                         "hold a NUL or other control character)")
                                 .arg(x.errorString()));
        Error e = error(QCoreApplication::translate("Import", "The worksheet is damaged: %1").arg(x.errorString()));
        if (inRow)
            e.row = rowNumber;
        return e;
    }
    return {};
}

} // namespace karsa::io
