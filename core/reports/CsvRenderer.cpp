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

void appendLine(QString& out, const QStringList& fields, QChar separator)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += separator;
        out += CsvRenderer::escapeField(fields.at(i), separator);
    }
    out += kLineEnd;
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
            if (groupColumn)
                fields << group.title;
            for (int i = 0; i < table.columns.size(); ++i)
                fields << table.columns.at(i).plain(row.value(i));
            appendLine(out, fields, options.separator);
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
        if (groupColumn)
            fields << label(QString());
        for (int i = 0; i < table.columns.size(); ++i)
            fields << label(table.columns.at(i).plain(table.totals.value(i)));
        appendLine(out, fields, options.separator);
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

QString CsvRenderer::escapeField(const QString& field, QChar separator)
{
    const bool needsQuotes = field.contains(separator) || field.contains(QLatin1Char('"'))
                             || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
                             || field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
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
