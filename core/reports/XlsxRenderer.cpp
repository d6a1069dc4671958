#include "XlsxRenderer.h"

#include "Letterhead.h"
#include "ReportDocument.h"
#include "ReportTable.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include <xlsxwriter.h>

#include <cmath>
#include <list>

namespace karsa {

namespace {

constexpr int kMaxSheetName = 31;
constexpr qsizetype kMaxCellText = 32767;
constexpr lxw_color_t kHeaderFill = 0xD9E2F3;
constexpr lxw_color_t kGroupFill = 0xF2F2F2;

enum class RowStyle { Normal, Group, Totals };

QByteArray utf8(const QString& s)
{
    return s.left(kMaxCellText).toUtf8();
}

QString onlyDigits(const QString& s)
{
    QString d;
    for (QChar c : s)
        if (c.isDigit())
            d += c;
    return d;
}

// Builds every worksheet of one workbook; remembers the first libxlsxwriter error.
class WorkbookWriter
{
public:
    explicit WorkbookWriter(lxw_workbook* wb) : m_wb(wb) {}

    lxw_error error = LXW_NO_ERROR;

    void check(lxw_error e)
    {
        if (e != LXW_NO_ERROR && error == LXW_NO_ERROR)
            error = e;
    }

    lxw_worksheet* addSheet(const QString& wanted)
    {
        const QString name = XlsxRenderer::sheetName(wanted, m_sheetNames);
        m_sheetNames << name;
        lxw_worksheet* ws = workbook_add_worksheet(m_wb, name.toUtf8().constData());
        if (ws)
            m_sheetOf.insert(ws, name);
        return ws;
    }

    lxw_worksheet* findSheet(const QString& name) const
    {
        for (auto it = m_sheetOf.cbegin(); it != m_sheetOf.cend(); ++it)
            if (it.value() == name)
                return it.key();
        return nullptr;
    }

    QString nameOf(lxw_worksheet* ws) const { return m_sheetOf.value(ws); }

    // The chart's numbers in two columns from (row, col) — a header then one row per category —
    // and a native column chart over them under the block. Returns the first row under the chart.
    lxw_row_t writeChart(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const ChartSection& chart)
    {
        const lxw_row_t top = row;
        check(worksheet_write_string(ws, row, col, utf8(chart.categoryTitle).constData(), headerFormat()));
        check(worksheet_write_string(ws, row, col + 1, utf8(chart.title).constData(), headerFormat()));
        ++row;
        const ReportColumn number = ReportColumn::integer(QString(), QString());
        for (qsizetype i = 0; i < chart.categories.size(); ++i) {
            check(worksheet_write_string(ws, row, col, utf8(chart.categories.at(i)).constData(), textFormat()));
            writeCell(ws, row, col + 1, number, chart.values.value(i), RowStyle::Normal);
            ++row;
        }
        check(worksheet_set_column(ws, col, col, 24, nullptr));
        check(worksheet_set_column(ws, col + 1, col + 1, 14, nullptr));
        lxw_chart* c = workbook_add_chart(m_wb, LXW_CHART_COLUMN);
        if (!c || chart.categories.isEmpty())
            return row + 1;
        const QByteArray& sheet = keep(nameOf(ws).toUtf8());
        lxw_chart_series* series = chart_add_series(c, nullptr, nullptr);
        chart_series_set_categories(series, sheet.constData(), top + 1, col, row - 1, col);
        chart_series_set_values(series, sheet.constData(), top + 1, col + 1, row - 1, col + 1);
        chart_series_set_labels(series);
        const QByteArray& title = keep(utf8(chart.title));
        chart_title_set_name(c, title.constData());
        chart_legend_set_position(c, LXW_CHART_LEGEND_NONE);
        check(worksheet_insert_chart(ws, row + 1, col, c));
        return row + 1 + 16; // the default chart is 15 rows tall
    }

    lxw_format* titleFormat(double size)
    {
        lxw_format*& f = m_titles[int(size * 10)];
        if (!f) {
            f = workbook_add_format(m_wb);
            format_set_bold(f);
            format_set_font_size(f, size);
        }
        return f;
    }

    lxw_format* headerFormat()
    {
        if (!m_header) {
            m_header = workbook_add_format(m_wb);
            format_set_bold(m_header);
            format_set_bg_color(m_header, kHeaderFill);
            format_set_border(m_header, LXW_BORDER_THIN);
            format_set_text_wrap(m_header);
            format_set_align(m_header, LXW_ALIGN_CENTER);
            format_set_align(m_header, LXW_ALIGN_VERTICAL_CENTER);
        }
        return m_header;
    }

    lxw_format* cellFormat(const ReportColumn& column, RowStyle style)
    {
        const QString key = QString::number(int(column.type)) + QLatin1Char('/') + QString::number(column.decimals)
                            + QLatin1Char('/') + QString::number(int(style)) + QLatin1Char('/')
                            + QString::number(int(column.alignment & Qt::AlignHorizontal_Mask));
        lxw_format*& f = m_cells[key];
        if (f)
            return f;
        f = workbook_add_format(m_wb);
        const QByteArray numFormat = numberFormat(column);
        if (!numFormat.isEmpty())
            format_set_num_format(f, numFormat.constData());
        const Qt::Alignment a = column.effectiveAlignment();
        format_set_align(f, a & Qt::AlignRight ? LXW_ALIGN_RIGHT : a & Qt::AlignHCenter ? LXW_ALIGN_CENTER : LXW_ALIGN_LEFT);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        if (style != RowStyle::Normal)
            format_set_bold(f);
        if (style == RowStyle::Group) {
            format_set_bg_color(f, kGroupFill);
            format_set_align(f, LXW_ALIGN_LEFT);
        }
        if (style == RowStyle::Totals) {
            format_set_top(f, LXW_BORDER_THIN);
            format_set_bottom(f, LXW_BORDER_DOUBLE);
        }
        return f;
    }

    lxw_format* noticeFormat()
    {
        if (!m_notice) {
            m_notice = workbook_add_format(m_wb);
            format_set_bold(m_notice);
            format_set_font_color(m_notice, 0xB01E1E);
        }
        return m_notice;
    }

    lxw_format* textFormat(bool bold = false, bool wrap = false)
    {
        lxw_format*& f = m_texts[int(bold) * 2 + int(wrap)];
        if (!f) {
            f = workbook_add_format(m_wb);
            if (bold)
                format_set_bold(f);
            if (wrap) {
                format_set_text_wrap(f);
                format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
            }
        }
        return f;
    }

    void writeCell(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const ReportColumn& column, const QVariant& v,
                   RowStyle style)
    {
        lxw_format* f = cellFormat(column, style);
        if (!v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty())) {
            if (style != RowStyle::Normal)
                check(worksheet_write_blank(ws, row, col, f));
            return;
        }
        bool ok = false;
        switch (column.type) {
        case ReportColumn::Type::Integer:
        case ReportColumn::Type::Decimal:
        case ReportColumn::Type::Percent: {
            const double d = v.toDouble(&ok);
            if (ok && std::isfinite(d)) {
                check(worksheet_write_number(ws, row, col, d, f));
                return;
            }
            break;
        }
        case ReportColumn::Type::Date: {
            const QDate d = v.typeId() == QMetaType::QString ? QDate::fromString(v.toString(), Qt::ISODate) : v.toDate();
            if (d.isValid() && d.year() >= 1900) {
                lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
                check(worksheet_write_datetime(ws, row, col, &dt, f));
                return;
            }
            break;
        }
        case ReportColumn::Type::Nip: {
            const QString digits = onlyDigits(v.toString());
            const QString text = digits.size() == 18 ? digits : v.toString();
            check(worksheet_write_string(ws, row, col, utf8(text).constData(), f));
            return;
        }
        case ReportColumn::Type::Text:
            break;
        }
        check(worksheet_write_string(ws, row, col, utf8(v.toString()).constData(), f));
    }

    // Keeps image bytes alive until workbook_close.
    const QByteArray& keep(QByteArray bytes)
    {
        m_buffers.push_back(std::move(bytes));
        return m_buffers.back();
    }

private:
    static QByteArray numberFormat(const ReportColumn& column)
    {
        const int dec = std::clamp(column.decimals, 0, 10);
        const QByteArray fraction = dec > 0 ? "." + QByteArray(dec, '0') : QByteArray();
        switch (column.type) {
        case ReportColumn::Type::Integer:
            return "#,##0";
        case ReportColumn::Type::Decimal:
            return "#,##0" + fraction;
        case ReportColumn::Type::Percent:
            return "0" + fraction + "\" %\"";
        case ReportColumn::Type::Date:
            return "[$-421]d mmmm yyyy"; // 421 = Indonesian: "29 November 2026" in any Excel
        case ReportColumn::Type::Nip:
            return "@";
        case ReportColumn::Type::Text:
            break;
        }
        return {};
    }

    lxw_workbook* m_wb;
    QStringList m_sheetNames;
    QMap<int, lxw_format*> m_titles;
    QMap<int, lxw_format*> m_texts;
    QMap<QString, lxw_format*> m_cells;
    lxw_format* m_header = nullptr;
    lxw_format* m_notice = nullptr;
    std::list<QByteArray> m_buffers;
    QMap<lxw_worksheet*, QString> m_sheetOf;
};

// Writes the non-table sections into a sheet from `row` on; returns the next free row.
lxw_row_t writeTextSection(WorkbookWriter& w, lxw_worksheet* ws, lxw_row_t row, const ReportSection& section)
{
    if (const auto* p = std::get_if<ParagraphSection>(&section)) {
        w.check(worksheet_write_string(ws, row, 0, utf8(p->text).constData(), w.textFormat(p->bold)));
        return row + 2;
    }
    if (const auto* h = std::get_if<HeadingSection>(&section)) {
        w.check(worksheet_write_string(ws, row, 0, utf8(h->text).constData(), w.textFormat(true)));
        return row + 1;
    }
    if (const auto* kv = std::get_if<KeyValueSection>(&section)) {
        if (!kv->heading.isEmpty())
            w.check(worksheet_write_string(ws, row++, 0, utf8(kv->heading).constData(), w.textFormat(true)));
        // One cell per line ("Nama: Budi"), so it spills over the empty cells to its right instead
        // of being cut by the narrow first table column.
        for (const auto& [key, value] : kv->items)
            w.check(worksheet_write_string(ws, row++, 0, utf8(key + QStringLiteral(": ") + value).constData(),
                                           w.textFormat()));
        return row + 1;
    }
    if (const auto* img = std::get_if<ImageSection>(&section)) {
        if (img->image.isNull())
            return row;
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        img->image.save(&buffer, "PNG");
        const QByteArray& kept = w.keep(png);
        w.check(worksheet_insert_image_buffer(ws, row, 0, reinterpret_cast<const unsigned char*>(kept.constData()),
                                              size_t(kept.size())));
        row += lxw_row_t(std::ceil(img->image.height() / 20.0)) + 1; // default row height is 20 px
        if (!img->caption.isEmpty())
            w.check(worksheet_write_string(ws, row++, 0, utf8(img->caption).constData(), w.textFormat()));
        return row + 1;
    }
    if (const auto* chart = std::get_if<ChartSection>(&section))
        return w.writeChart(ws, row, 0, *chart);
    return row; // page breaks and signatures have no place in a spreadsheet
}

lxw_row_t writeTable(WorkbookWriter& w, lxw_worksheet* ws, lxw_row_t row, const ReportTable& table)
{
    const auto nCols = lxw_col_t(std::max<qsizetype>(1, table.columns.size()));
    for (int c = 0; c < table.columns.size(); ++c) {
        const double width = std::clamp(table.columns.at(c).widthHint + 2.0, 4.0, 120.0);
        w.check(worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width, nullptr));
    }

    const lxw_row_t headerRow = row;
    for (int c = 0; c < table.columns.size(); ++c)
        w.check(worksheet_write_string(ws, headerRow, lxw_col_t(c), utf8(table.columns.at(c).title).constData(),
                                       w.headerFormat()));
    ++row;
    const bool named = table.hasNamedGroups();
    for (const ReportGroup& group : table.groups) {
        if (named && !group.title.isEmpty()) {
            for (int c = 0; c < table.columns.size(); ++c)
                w.writeCell(ws, row, lxw_col_t(c), ReportColumn{}, c == 0 ? QVariant(group.title) : QVariant(),
                            RowStyle::Group);
            ++row;
        }
        for (const ReportRow& r : group.rows) {
            for (int c = 0; c < table.columns.size(); ++c)
                w.writeCell(ws, row, lxw_col_t(c), table.columns.at(c), r.value(c), RowStyle::Normal);
            ++row;
        }
    }
    const lxw_row_t lastDataRow = row > headerRow + 1 ? row - 1 : headerRow;
    w.check(worksheet_autofilter(ws, headerRow, 0, lastDataRow, nCols - 1));
    worksheet_freeze_panes(ws, headerRow + 1, 0);
    w.check(worksheet_repeat_rows(ws, headerRow, headerRow));
    if (table.isWide()) // the same rule as the PDF page orientation (ReportTable::isWide)
        worksheet_set_landscape(ws);

    if (!table.totals.isEmpty()) {
        const ReportRow totals = table.labelledTotals();
        for (int c = 0; c < table.columns.size(); ++c) {
            const QVariant v = totals.value(c);
            // The label is text even in a numeric column.
            const bool label = !table.totalsLabel.isEmpty() && v.typeId() == QMetaType::QString
                               && v.toString() == table.totalsLabel;
            w.writeCell(ws, row, lxw_col_t(c), label ? ReportColumn{} : table.columns.at(c), v, RowStyle::Totals);
        }
        ++row;
    }
    if (!table.notes.isEmpty()) {
        ++row;
        for (const QString& note : table.notes)
            w.check(worksheet_write_string(ws, row++, 0, utf8(note).constData(), w.textFormat()));
    }
    return row;
}

void setupPage(lxw_worksheet* ws)
{
    worksheet_set_paper(ws, 9); // A4
    worksheet_set_margins(ws, 0.6, 0.6, 0.6, 0.6);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_ignore_errors(ws, LXW_IGNORE_NUMBER_STORED_AS_TEXT, "A1:XFD1048576");
}

} // namespace

QString XlsxRenderer::sheetName(const QString& wanted, const QStringList& taken)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
    QString base = wanted;
    base.replace(forbidden, QStringLiteral("-"));
    base = base.simplified();
    while (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('\'')))
        base.chop(1);
    if (base.isEmpty() || base.compare(QStringLiteral("History"), Qt::CaseInsensitive) == 0)
        base = QCoreApplication::translate("XlsxRenderer", "Sheet");
    if (base.size() > kMaxSheetName) {
        // Cut at a word boundary when that keeps most of the name.
        const qsizetype space = base.lastIndexOf(QLatin1Char(' '), kMaxSheetName);
        base = base.left(space >= kMaxSheetName / 2 ? space : kMaxSheetName).trimmed();
    }
    auto isTaken = [&taken](const QString& name) { return taken.contains(name, Qt::CaseInsensitive); };
    QString name = base;
    for (int n = 2; isTaken(name); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(kMaxSheetName - suffix.size()).trimmed() + suffix; // a cut word is fine here
    }
    return name;
}

Status XlsxRenderer::render(const ReportTable& table, const QString& path)
{
    return render(ReportDocument::fromTable(table), path);
}

Status XlsxRenderer::render(const ReportDocument& document, const QString& path)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    auto fail = [&nativePath](const QString& why) {
        Error e = makeError(QCoreApplication::translate("XlsxRenderer", "Cannot write the Excel file: %1").arg(why));
        e.file = nativePath;
        return Status(e);
    };
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return fail(QCoreApplication::translate("XlsxRenderer", "the folder %1 does not exist")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));

    QByteArray tmpDir = QDir::tempPath().toUtf8();
    lxw_workbook_options options{};
    options.tmpdir = tmpDir.data();
    lxw_workbook* wb = workbook_new_opt(path.toUtf8().constData(), &options);
    if (!wb)
        return fail(QCoreApplication::translate("XlsxRenderer", "out of memory"));
    WorkbookWriter w(wb);
    QByteArray title = document.title.toUtf8();
    lxw_doc_properties props{};
    props.title = title.data();
    workbook_set_properties(wb, &props);

    // Text sections before a table go above it on its sheet; those after the last table go
    // under it. A document without tables gets one sheet for its text.
    lxw_worksheet* ws = nullptr;
    lxw_row_t row = 0;
    QList<const ReportSection*> pending;
    QList<const ChartSection*> charts; // beside the next table, so its header stays near the top
    bool first = true;
    auto flushPending = [&]() {
        for (const ReportSection* s : pending)
            row = writeTextSection(w, ws, row, *s);
        pending.clear();
    };
    for (const ReportSection& section : document.sections) {
        const auto* ts = std::get_if<TableSection>(&section);
        if (const auto* chart = std::get_if<ChartSection>(&section)) {
            charts.append(chart);
            continue;
        }
        if (!ts) {
            pending.append(&section);
            continue;
        }
        const ReportTable& table = ts->table;
        ws = w.addSheet(table.title.isEmpty() ? document.title : table.title);
        setupPage(ws);
        row = 0;
        QStringList heading;
        if (first) {
            heading << document.title << document.subtitle;
            if (table.title != document.title)
                heading << table.title;
            if (table.subtitle != document.subtitle)
                heading << table.subtitle;
        } else {
            heading << table.title << table.subtitle;
        }
        heading.removeAll(QString());
        for (qsizetype i = 0; i < heading.size(); ++i)
            w.check(worksheet_write_string(ws, row++, 0, utf8(heading.at(i)).constData(),
                                           i == 0 ? w.titleFormat(14) : w.titleFormat(11)));
        if (document.letterhead.demo)
            w.check(worksheet_write_string(ws, row++, 0, utf8(Letterhead::demoNotice()).constData(), w.noticeFormat()));
        ++row;
        flushPending();
        const lxw_row_t headerRow = row;
        row = writeTable(w, ws, row, table) + 1;
        lxw_row_t chartRow = headerRow;
        for (const ChartSection* chart : std::as_const(charts))
            chartRow = w.writeChart(ws, chartRow, lxw_col_t(table.columns.size() + 1), *chart);
        charts.clear();
        first = false;
    }
    if (!charts.isEmpty() && ws) {
        for (const ChartSection* chart : std::as_const(charts))
            row = w.writeChart(ws, row, 0, *chart);
        charts.clear();
    }
    if (!pending.isEmpty() || !ws || !charts.isEmpty()) {
        if (!ws) {
            ws = w.addSheet(document.title);
            setupPage(ws);
            w.check(worksheet_write_string(ws, row, 0, utf8(document.title).constData(), w.titleFormat(14)));
            row += 2;
        }
        flushPending();
        for (const ChartSection* chart : std::as_const(charts))
            row = w.writeChart(ws, row, 0, *chart);
    }

    const lxw_error writeError = w.error;
    const lxw_error closeError = workbook_close(wb);
    if (writeError == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
        return fail(QCoreApplication::translate("XlsxRenderer", "the table has more rows than Excel allows (1,048,576)"));
    if (writeError != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(writeError)));
    if (closeError != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(closeError)));
    return {};
}

} // namespace karsa
