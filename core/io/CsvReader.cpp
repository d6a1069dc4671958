#include "CsvReader.h"

#include "InputLimits.h"
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

// Where a byte of the file is: the record (counted as CsvReader counts them, header = row 1),
// the field in it (1-based) and the physical line.
struct Where
{
    int row = 1;
    int column = 1;
    int line = 1;
};

// A pass over the bytes that follows libcsv's tokenising (spaces around unquoted fields, quotes,
// CR/LF, empty lines skipped) without buffering anything, to find what libcsv would take silently:
// a quote never closed (the rest of the file becomes one field), text after a closing quote (the
// quote was not the end, and the records in between are swallowed), NUL bytes, and fields, records
// or rows of columns beyond the limits of InputLimits.h.
class CsvScanner
{
public:
    enum class Problem { None, Nul, UnterminatedQuote, TextAfterQuote, FieldTooLong, RecordTooLong, TooManyColumns };
    struct Finding
    {
        Problem problem = Problem::None;
        Where where;      // the record and field of the problem; for quotes, where the quote opened
        int lineSeen = 0; // TextAfterQuote: the line of the text after the closing quote
    };

    explicit CsvScanner(char delimiter) : m_delimiter(delimiter) {}

    // Scans data; stops at the first problem, or at byte stopAt (then *at says where it is).
    Finding scan(QByteArrayView data, qsizetype stopAt = -1, Where* at = nullptr)
    {
        const auto* p = reinterpret_cast<const unsigned char*>(data.data());
        const qsizetype n = data.size();
        for (qsizetype i = 0; i < n; ++i) {
            const unsigned char c = p[i];
            if (i == stopAt) {
                *at = here();
                return {};
            }
            if (c == 0)
                return {Problem::Nul, here()};
            if (m_state != State::RowNotBegun && ++m_recordBytes > limits::kMaxRecordBytes)
                return {Problem::RecordTooLong, here()};
            const Problem problem = step(c);
            if (problem != Problem::None)
                return {problem, problem == Problem::TextAfterQuote ? m_quoteAt : here(), m_line};
            if (c == '\n' || (c == '\r' && (i + 1 >= n || p[i + 1] != '\n')))
                ++m_line;
        }
        if (m_state == State::Quoted)
            return {Problem::UnterminatedQuote, m_quoteAt};
        return {};
    }

private:
    enum class State { RowNotBegun, FieldNotBegun, Unquoted, Quoted, QuoteMightEnd };

    Where here() const { return {m_records + 1, m_column + 1, m_line}; }
    bool isSpace(unsigned char c) const { return c == ' ' || (c == '\t' && m_delimiter != '\t'); }
    static bool isTerm(unsigned char c) { return c == '\r' || c == '\n'; }
    void endField()
    {
        ++m_column;
        m_fieldBytes = 0;
        m_state = State::FieldNotBegun;
    }
    void endRecord()
    {
        ++m_records;
        m_column = 0;
        m_fieldBytes = 0;
        m_recordBytes = 0;
        m_state = State::RowNotBegun;
    }
    Problem addByte() { return ++m_fieldBytes > limits::kMaxFieldBytes ? Problem::FieldTooLong : Problem::None; }

    Problem step(unsigned char c)
    {
        switch (m_state) {
        case State::RowNotBegun:
        case State::FieldNotBegun:
            if (isSpace(c) && c != uchar(m_delimiter))
                return Problem::None;
            if (isTerm(c)) {
                if (m_state == State::FieldNotBegun)
                    endRecord();
                return Problem::None;
            }
            if (c == uchar(m_delimiter)) {
                endField();
                return m_column >= limits::kMaxColumns ? Problem::TooManyColumns : Problem::None;
            }
            if (c == '"') {
                m_state = State::Quoted;
                m_quoteAt = here();
                return Problem::None;
            }
            m_state = State::Unquoted;
            return addByte();
        case State::Unquoted:
            if (c == uchar(m_delimiter)) {
                endField();
                return m_column >= limits::kMaxColumns ? Problem::TooManyColumns : Problem::None;
            }
            if (isTerm(c)) {
                endRecord();
                return Problem::None;
            }
            return addByte();
        case State::Quoted:
            if (c == '"') {
                m_state = State::QuoteMightEnd;
                m_spacesAfterQuote = false;
                return Problem::None;
            }
            return addByte();
        case State::QuoteMightEnd:
            if (c == uchar(m_delimiter)) {
                endField();
                return m_column >= limits::kMaxColumns ? Problem::TooManyColumns : Problem::None;
            }
            if (isTerm(c)) {
                endRecord();
                return Problem::None;
            }
            if (c == ' ' || c == '\t') {
                m_spacesAfterQuote = true;
                return Problem::None;
            }
            if (c == '"' && !m_spacesAfterQuote) { // "" inside quotes: one quote character
                m_state = State::Quoted;
                return addByte();
            }
            return Problem::TextAfterQuote;
        }
        return Problem::None;
    }

    char m_delimiter;
    State m_state = State::RowNotBegun;
    int m_records = 0; // records completed
    int m_column = 0;  // 0-based field of the current record
    int m_line = 1;
    qsizetype m_fieldBytes = 0;
    qsizetype m_recordBytes = 0;
    bool m_spacesAfterQuote = false;
    Where m_quoteAt;
};

Error located(const QString& file, const Where& where, const QString& message)
{
    Error e = fileError(file, message);
    e.row = where.row;
    e.column = where.column;
    return e;
}

Error scanError(const QString& file, const CsvScanner::Finding& f)
{
    const int line = f.where.line;
    switch (f.problem) {
    case CsvScanner::Problem::Nul:
        return located(file, f.where,
                       QCoreApplication::translate("Import", "The file contains a NUL byte (line %1); it is damaged or "
                                                             "not a text file")
                           .arg(line));
    case CsvScanner::Problem::UnterminatedQuote:
        return located(file, f.where,
                       QCoreApplication::translate("Import",
                                                   "The quote that opens this field on line %1 is never closed; "
                                                   "the rest of the file would be read as one field")
                           .arg(line));
    case CsvScanner::Problem::TextAfterQuote:
        return located(file, f.where,
                       QCoreApplication::translate("Import",
                                                   "The quote that opens this field on line %1 closes before "
                                                   "the field ends (text follows it on line %2); a quote inside "
                                                   "a quoted field must be doubled (\"\")")
                           .arg(line)
                           .arg(f.lineSeen));
    case CsvScanner::Problem::FieldTooLong:
        return located(file, f.where,
                       QCoreApplication::translate("Import", "The field is longer than %L1 bytes (line %2)")
                           .arg(limits::kMaxFieldBytes)
                           .arg(line));
    case CsvScanner::Problem::RecordTooLong:
        return located(file, f.where,
                       QCoreApplication::translate("Import", "The row is longer than %L1 bytes (line %2)")
                           .arg(limits::kMaxRecordBytes)
                           .arg(line));
    case CsvScanner::Problem::TooManyColumns:
        return located(file, f.where,
                       QCoreApplication::translate("Import", "The row has more than %L1 columns (line %2)")
                           .arg(limits::kMaxColumns)
                           .arg(line));
    case CsvScanner::Problem::None:
        break;
    }
    return fileError(file, QString());
}

Error encodingError(const QString& file, QByteArrayView data, char delimiter, const TextCheck& check)
{
    Where where;
    CsvScanner(delimiter).scan(data, check.offset, &where);
    if (check.problem == TextCheck::Problem::DoubleEncoded)
        return located(file, where,
                       QCoreApplication::translate("Import",
                                                   "The text looks double-encoded: '%1' stands for '%2' (line %3). "
                                                   "The file was converted to UTF-8 twice; export it again from "
                                                   "the original")
                           .arg(check.found, check.meant)
                           .arg(where.line));
    return located(file, where,
                   QCoreApplication::translate("Import", "The file is UTF-8 but has a byte that is not valid UTF-8 "
                                                         "(0x%1 on line %2); save it again as UTF-8")
                       .arg(QString::number(uchar(data[check.offset]), 16).toUpper())
                       .arg(where.line));
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
    const TextCheck check = checkText(data);
    info.encoding = check.encoding;
    if (check.problem != TextCheck::Problem::None)
        return encodingError(fileName, data, detectDelimiter(data.first(std::min<qsizetype>(data.size(), 1 << 20))),
                             check);
    QByteArray converted;
    if (info.encoding == TextEncoding::Utf8Bom) {
        data = data.sliced(3);
    } else if (info.encoding == TextEncoding::Windows1252) {
        converted = windows1252ToUtf8(data);
        data = converted;
    }
    info.delimiter = detectDelimiter(data.first(std::min<qsizetype>(data.size(), 1 << 20)));
    // Refuse what libcsv would read silently (and never let it buffer an overlong field).
    if (const auto finding = CsvScanner(info.delimiter).scan(data); finding.problem != CsvScanner::Problem::None)
        return scanError(fileName, finding);

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
