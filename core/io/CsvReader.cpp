#include "CsvReader.h"

#include "common/Progress.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <csv.h>

namespace karsa::io {

namespace {
struct ParseState
{
    const RowCallback* onRow = nullptr;
    QStringList cells;
    int row = 0;
    bool stopped = false;
};

void onField(void* text, size_t length, void* data)
{
    auto* s = static_cast<ParseState*>(data);
    if (s->stopped)
        return;
    s->cells.append(QString::fromUtf8(static_cast<const char*>(text), qsizetype(length)));
}

void onRecord(int, void* data)
{
    auto* s = static_cast<ParseState*>(data);
    if (s->stopped) {
        s->cells.clear();
        return;
    }
    ++s->row;
    if (!(*s->onRow)(s->row, s->cells))
        s->stopped = true;
    s->cells.clear();
}

// With tab as the separator, only the space character is trimmed around unquoted fields.
int spaceOnly(unsigned char c)
{
    return c == ' ' ? CSV_SPACE : 0;
}

Error fileError(const QString& file, const QString& message)
{
    Error e;
    e.file = file;
    e.message = message;
    return e;
}
} // namespace

char CsvReader::detectDelimiter(QByteArrayView data)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (char c : data) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++comma;
        else if (!quoted && c == ';')
            ++semicolon;
        else if (!quoted && c == '\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return ';';
    if (tab > comma && tab > semicolon)
        return '\t';
    return ',';
}

Result<CsvReader::Info> CsvReader::read(const QString& path, const RowCallback& onRow, const Progress* progress)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return fileError(name, QCoreApplication::translate("Import", "Cannot open the file: %1").arg(file.errorString()));
    if (file.size() == 0)
        return readData({}, name, onRow, progress);
    uchar* mapped = file.map(0, file.size());
    if (mapped)
        return readData(QByteArrayView(reinterpret_cast<const char*>(mapped), file.size()), name, onRow, progress);
    const QByteArray all = file.readAll();
    return readData(all, name, onRow, progress);
}

Result<CsvReader::Info> CsvReader::readData(QByteArrayView data, const QString& fileName, const RowCallback& onRow,
                                            const Progress* progress)
{
    Info info;
    info.encoding = detectEncoding(data);
    QByteArray converted;
    if (info.encoding == TextEncoding::Utf8Bom) {
        data = data.sliced(3);
    } else if (info.encoding == TextEncoding::Windows1252) {
        converted = windows1252ToUtf8(data);
        data = converted;
    }
    info.delimiter = detectDelimiter(data.first(std::min<qsizetype>(data.size(), 1 << 20)));

    csv_parser parser;
    if (csv_init(&parser, 0) != 0)
        return fileError(fileName, QStringLiteral("libcsv: out of memory"));
    csv_set_delim(&parser, static_cast<unsigned char>(info.delimiter));
    if (info.delimiter == '\t')
        csv_set_space_func(&parser, spaceOnly);
    ParseState state;
    state.onRow = &onRow;
    constexpr qsizetype kChunk = 1 << 20;
    for (qsizetype pos = 0; pos < data.size() && !state.stopped; pos += kChunk) {
        if (progress && progress->cancelled()) {
            state.stopped = true;
            break;
        }
        const qsizetype n = std::min(kChunk, data.size() - pos);
        if (csv_parse(&parser, data.data() + pos, size_t(n), onField, onRecord, &state) != size_t(n)) {
            const QString reason = QString::fromUtf8(csv_strerror(csv_error(&parser)));
            csv_free(&parser);
            return fileError(fileName, QCoreApplication::translate("Import", "The CSV file cannot be read: %1").arg(reason));
        }
        if (progress)
            progress->report(pos + n, data.size(), QCoreApplication::translate("Import", "Reading the file"));
    }
    if (!state.stopped)
        csv_fini(&parser, onField, onRecord, &state);
    csv_free(&parser);
    info.rows = state.row;
    return info;
}

} // namespace karsa::io
