#include "CsvRenderer.h"

#include "ReportDocument.h"
#include "ReportTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QStringList>

namespace karsa {

namespace {

const QString kLineEnd = QStringLiteral("\r\n");

using Cell = CsvRenderer::Cell;

// kinds: one per field (missing entries are Text).
void appendLine(QString& out, const QStringList& fields, QChar separator, const QVector<Cell>& kinds = {})
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += separator;
        out += CsvRenderer::escapeField(fields.at(i), separator, kinds.value(i, Cell::Text));
    }
    out += kLineEnd;
}

bool isNumberVariant(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

Cell cellKind(const ReportColumn& column, const QVariant& value)
{
    return column.isNumeric() || isNumberVariant(value) ? Cell::Number : Cell::Text;
}

void appendTable(QString& out, const ReportTable& table, const CsvOptions& options)
{
    const bool groupColumn = table.hasNamedGroups();
    QStringList header;
    if (groupColumn)
        header << table.effectiveGroupColumnTitle();
    for (const ReportColumn& c : table.columns)
        header << c.title;
    appendLine(out, header, options.separator);

    for (const ReportGroup& group : table.groups) {
        for (const ReportRow& row : group.rows) {
            QStringList fields;
            QVector<Cell> kinds;
            if (groupColumn) {
                fields << group.title;
                kinds << Cell::Text;
            }
            for (int i = 0; i < table.columns.size(); ++i) {
                fields << table.columns.at(i).plain(row.value(i));
                kinds << cellKind(table.columns.at(i), row.value(i));
            }
            appendLine(out, fields, options.separator, kinds);
        }
    }

    if (options.includeTotals && !table.totals.isEmpty()) {
        QStringList fields;
        bool labelled = table.totalsLabel.isEmpty();
        auto label = [&](const QString& value) {
            if (!labelled && value.isEmpty()) {
                labelled = true;
                return table.totalsLabel;
            }
            return value;
        };
        QVector<Cell> kinds;
        if (groupColumn) {
            fields << label(QString());
            kinds << Cell::Text;
        }
        for (int i = 0; i < table.columns.size(); ++i) {
            fields << label(table.columns.at(i).plain(table.totals.value(i)));
            kinds << cellKind(table.columns.at(i), table.totals.value(i));
        }
        appendLine(out, fields, options.separator, kinds);
    }
}

QByteArray encode(const QString& text, const CsvOptions& options)
{
    QByteArray bytes;
    if (options.byteOrderMark)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += text.toUtf8();
    return bytes;
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Error e = makeError(QCoreApplication::translate("CsvRenderer", "Cannot write the CSV file: %1")
                                .arg(file.errorString()));
        e.file = QDir::toNativeSeparators(path);
        return e;
    }
    return {};
}

} // namespace

bool CsvRenderer::isPlainNumber(QStringView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto digits = [&] {
        const qsizetype from = i;
        while (i < n && text[i] >= u'0' && text[i] <= u'9')
            ++i;
        return i - from;
    };
    if (i < n && (text[i] == u'-' || text[i] == u'+'))
        ++i;
    qsizetype count = digits();
    if (i < n && (text[i] == u'.' || text[i] == u',')) {
        ++i;
        count += digits();
    }
    if (count == 0)
        return false;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        if (i < n && (text[i] == u'-' || text[i] == u'+'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == n;
}

QString CsvRenderer::escapeField(const QString& field, QChar separator, Cell kind)
{
    const QChar first = field.isEmpty() ? QChar() : field.front();
    const bool formulaLike =
        first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
    const bool neutralise = formulaLike && !(kind == Cell::Number && isPlainNumber(field));
    const bool needsQuotes = neutralise || field.contains(separator) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                             field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    if (neutralise)
        quoted.prepend(QLatin1Char('\''));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CsvRenderer::toCsv(const ReportTable& table, const CsvOptions& options)
{
    QString out;
    appendTable(out, table, options);
    return encode(out, options);
}

QByteArray CsvRenderer::toCsv(const ReportDocument& document, const CsvOptions& options)
{
    const QList<const ReportTable*> tables = document.tables();
    QString out;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        if (tables.size() > 1) {
            if (i > 0)
                out += kLineEnd;
            appendLine(out, {tables.at(i)->title}, options.separator);
        }
        appendTable(out, *tables.at(i), options);
    }
    return encode(out, options);
}

Status CsvRenderer::render(const ReportTable& table, const QString& path, const CsvOptions& options)
{
    return writeFile(path, toCsv(table, options));
}

Status CsvRenderer::render(const ReportDocument& document, const QString& path, const CsvOptions& options)
{
    return writeFile(path, toCsv(document, options));
}

} // namespace karsa
