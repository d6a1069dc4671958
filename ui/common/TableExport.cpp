#include "TableExport.h"

#include "ExportNotice.h"
#include "FileDialog.h"
#include "Page.h"
#include "security/ExportGuard.h"
#include "shell/Workspace.h"
#include "reports/CsvRenderer.h"
#include "reports/Letterhead.h"
#include "reports/PdfRenderer.h"
#include "reports/XlsxRenderer.h"
#include "storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPainter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QtConcurrent>

namespace karsa::ui {

ReportTable reportTableFromView(const QTableView* view, const QString& title, const QString& subtitle)
{
    ReportTable table;
    table.title = title;
    table.subtitle = subtitle;
    const QAbstractItemModel* model = view->model();
    const QHeaderView* header = view->horizontalHeader();
    QVector<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QVector<bool> typed;
    QVector<bool> companion; // per column: followed by its companion column
    for (int c : columns) {
        const QString name = model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        const QVariant type = model->headerData(c, Qt::Horizontal, kColumnTypeRole);
        ReportColumn column = ReportColumn::text(QStringLiteral("c%1").arg(c), name, qMax(8.0, header->sectionSize(c) / 7.0));
        if (type.isValid()) {
            column.type = static_cast<ReportColumn::Type>(type.toInt());
            if (column.isNumeric())
                column.alignment = Qt::AlignRight;
        }
        typed.append(type.isValid());
        table.columns.append(column);
        const QString companionTitle = model->headerData(c, Qt::Horizontal, kExportCompanionTitleRole).toString();
        companion.append(!companionTitle.isEmpty());
        if (!companionTitle.isEmpty())
            table.columns.append(ReportColumn::text(QStringLiteral("c%1_companion").arg(c), companionTitle, 12));
    }
    const int rows = model->rowCount();
    for (int r = 0; r < rows; ++r) {
        ReportRow row;
        row.reserve(columns.size());
        for (int k = 0; k < columns.size(); ++k) {
            const QModelIndex index = model->index(r, columns[k]);
            QVariant v = typed[k] ? model->data(index, kExportValueRole) : QVariant();
            if (!v.isValid())
                v = model->data(index, Qt::DisplayRole);
            row.append(v);
            if (companion[k])
                row.append(model->data(index, kExportCompanionRole));
        }
        table.addRow(std::move(row));
    }
    return table;
}

ReportDocument documentForTable(Workspace* workspace, ReportTable table)
{
    const Letterhead letterhead = Letterhead::fromSettings(SettingsRepository(workspace->db()));
    table.addRowNumbers();
    table.subtitle = ReportDocument::scopeLine(table.subtitle, {}, workspace->today());
    ReportDocument doc = ReportDocument::fromTable(std::move(table), letterhead);
    doc.sections.append(SignatureSection::fromLetterhead(letterhead, workspace->today()));
    return doc;
}

QString exportFileName(const QString& subject, const QDate& date)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\s<>:\"/\\\\|?*]+"));
    QString name = subject.trimmed();
    name.replace(unsafe, QStringLiteral("-"));
    while (name.contains(QStringLiteral("--")))
        name.replace(QStringLiteral("--"), QStringLiteral("-"));
    while (name.endsWith(u'-'))
        name.chop(1);
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    if (!date.isValid())
        return name;
    return name.isEmpty() ? date.toString(Qt::ISODate) : name + u'-' + date.toString(Qt::ISODate);
}

QString exportFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString last = QSettings().value(QStringLiteral("export/lastDir")).toString();
    return !last.isEmpty() && QFileInfo(last).isDir() ? last : documents;
}

QImage printableImage(QWidget* widget, double scale, const QSize& printSize)
{
    if (!widget)
        return {};
    // Drawn at the print size (long axis labels get room), then given back its screen size.
    const QSize before = widget->size();
    const QSize size = printSize.isValid() ? printSize : before.isEmpty() ? widget->sizeHint() : before;
    if (size != before)
        widget->resize(size);
    const auto restore = qScopeGuard([widget, before, size] {
        if (size != before)
            widget->resize(before);
    });
    QImage image(size * scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    image.setDevicePixelRatio(1.0);
    return image;
}

QImage imageMosaic(const QList<QImage>& images, int columns, int gap)
{
    if (images.isEmpty() || columns < 1)
        return {};
    int cellWidth = 0;
    for (const QImage& i : images)
        cellWidth = std::max(cellWidth, i.width());
    QList<QImage> scaled;
    for (const QImage& i : images)
        scaled << (i.width() == cellWidth ? i : i.scaledToWidth(cellWidth, Qt::SmoothTransformation));
    QList<int> rowHeights;
    for (qsizetype k = 0; k < scaled.size(); k += columns) {
        int h = 0;
        for (qsizetype j = k; j < std::min<qsizetype>(k + columns, scaled.size()); ++j)
            h = std::max(h, scaled.at(j).height());
        rowHeights << h;
    }
    int height = gap * int(rowHeights.size() - 1);
    for (int h : rowHeights)
        height += h;
    QImage out(columns * cellWidth + (columns - 1) * gap, height, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    int y = 0;
    for (qsizetype r = 0; r < rowHeights.size(); ++r) {
        for (int c = 0; c < columns && r * columns + c < scaled.size(); ++c)
            painter.drawImage(c * (cellWidth + gap), y, scaled.at(r * columns + c));
        y += rowHeights.at(r) + gap;
    }
    return out;
}

void configurePrinter(QPrinter& printer, const ReportDocument& document)
{
    printer.setPageLayout(PdfRenderer::pageLayout(document));
    printer.setDocName(document.title);
}

namespace {

Status render(const ReportDocument& document, const QString& path, const QString& suffix)
{
    if (suffix == u"csv")
        return CsvRenderer::render(document, path);
    if (suffix == u"pdf")
        return PdfRenderer::render(document, path);
    return XlsxRenderer::render(document, path);
}

// Masks personal fields for this user and checks the role may export; without a workspace (no
// database) the document goes out as it is.
Result<ExportGuard::Prepared> guard(Workspace* workspace, const ReportDocument& document)
{
    if (!workspace || !workspace->hasDatabase()) {
        ExportGuard::Prepared p;
        p.document = document;
        return p;
    }
    return ExportGuard::prepare(workspace->db(), workspace->session(), document);
}

void recordExport(Workspace* workspace, const ExportGuard::Prepared& prepared, const QString& action, const QString& target)
{
    if (workspace && workspace->hasDatabase())
        (void)ExportGuard::record(workspace->db(), prepared, action, target);
}

} // namespace

Workspace* workspaceOf(const QWidget* widget)
{
    for (const QObject* o = widget; o; o = o->parent()) {
        if (const auto* page = qobject_cast<const Page*>(o))
            return page->workspace();
        if (auto* ws = o->findChild<Workspace*>(QString(), Qt::FindDirectChildrenOnly))
            return ws;
    }
    return nullptr;
}

Status writeDocument(Workspace* workspace, const ReportDocument& document, const QString& path)
{
    auto prepared = guard(workspace, document);
    if (!prepared)
        return prepared.error();
    if (Status s = render(prepared->document, path, QFileInfo(path).suffix().toLower()); !s)
        return s;
    recordExport(workspace, prepared.value(), QStringLiteral("export"), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    return {};
}

bool exportDocument(QWidget* parent, const ReportDocument& original, const QString& subject, ExportFormat format)
{
    Workspace* workspace = workspaceOf(parent);
    auto prepared = guard(workspace, original);
    if (!prepared) {
        QMessageBox::warning(parent, QObject::tr("Export"), prepared.error().describe());
        return false;
    }
    const ReportDocument& document = prepared->document;
    QSettings settings;
    const QString dir = exportFolder();
    QString selected;
    const QString xlsx = QObject::tr("Excel workbook (*.xlsx)");
    const QString csv = QObject::tr("CSV, comma separated (*.csv)");
    const QString pdf = QObject::tr("PDF document (*.pdf)");
    const QString initial = format == ExportFormat::Pdf ? pdf : format == ExportFormat::Csv ? csv : xlsx;
    const QString extension = format == ExportFormat::Pdf   ? QStringLiteral(".pdf")
                              : format == ExportFormat::Csv ? QStringLiteral(".csv")
                                                            : QStringLiteral(".xlsx");
    const QDate today = workspace ? workspace->today() : QDate::currentDate();
    // The proposed format's filter comes first, so the dialog opens on it.
    QStringList filters{xlsx, csv, pdf};
    filters.removeAll(initial);
    filters.prepend(initial);
    QString path = FileDialog::getSaveFileName(parent, QObject::tr("Export"),
                                               QDir(dir).filePath(exportFileName(subject, today) + extension),
                                               filters.join(QStringLiteral(";;")), &selected, initial);
    if (path.isEmpty())
        return false;
    QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"xlsx" && suffix != u"csv" && suffix != u"pdf") {
        suffix = selected == csv ? QStringLiteral("csv") : selected == pdf ? QStringLiteral("pdf") : QStringLiteral("xlsx");
        path += u'.' + suffix;
    }
    settings.setValue(QStringLiteral("export/lastDir"), QFileInfo(path).absolutePath());

    // Written to a temporary name first: Cancel returns at once and the finished work is thrown
    // away, so a cancelled export never leaves a file behind (nor replaces an existing one).
    const QString partial = path + QStringLiteral(".part");
    QProgressDialog progress(QObject::tr("Writing %1…").arg(QFileInfo(path).fileName()), QObject::tr("Cancel"), 0, 0,
                             parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto* watcher = new QFutureWatcher<Status>();
    auto cancelled = std::make_shared<bool>(false);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, cancelled, partial] {
        watcher->deleteLater();
        if (*cancelled)
            QFile::remove(partial); // the officer cancelled: throw the finished work away
    });
    QObject::connect(watcher, &QFutureWatcherBase::finished, &progress, &QProgressDialog::reset);
    watcher->setFuture(QtConcurrent::run([document, partial, suffix]() -> Status { return render(document, partial, suffix); }));
    progress.exec();
    if (progress.wasCanceled() && !watcher->isFinished()) {
        *cancelled = true;
        return false;
    }
    watcher->waitForFinished();
    const Status result = watcher->result();
    if (!result) {
        QFile::remove(partial);
        QMessageBox::warning(parent, QObject::tr("Export"), result.error().describe().replace(partial, path));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QMessageBox::warning(parent, QObject::tr("Export"), QObject::tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    recordExport(workspace, prepared.value(), QStringLiteral("export"), QDir::toNativeSeparators(path));
    ExportNotice::show(parent, path);
    return true;
}

void printDocument(QWidget* parent, const ReportDocument& original)
{
    Workspace* workspace = workspaceOf(parent);
    auto prepared = guard(workspace, original);
    if (!prepared) {
        QMessageBox::warning(parent, QObject::tr("Print"), prepared.error().describe());
        return;
    }
    const ReportDocument& document = prepared->document;
    QPrinter printer(QPrinter::HighResolution);
    configurePrinter(printer, document);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(QObject::tr("Print preview — %1").arg(document.title));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&document, parent](QPrinter* p) {
        if (Status s = PdfRenderer::paint(document, p); !s)
            QMessageBox::warning(parent, QObject::tr("Print"), s.error().describe());
    });
    if (preview.exec() == QDialog::Accepted) // the officer printed (closing the preview rejects)
        recordExport(workspace, prepared.value(), QStringLiteral("print"), printer.printerName());
}

} // namespace karsa::ui
