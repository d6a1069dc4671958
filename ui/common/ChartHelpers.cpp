#include "ChartHelpers.h"

#include <QBarCategoryAxis>
#include <QHash>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPolarChart>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace karsa::ui::charts {

namespace {

QChartView* viewOf(QWidget* widget)
{
    return qobject_cast<QChartView*>(widget);
}

const QChartView* viewOf(const QWidget* widget)
{
    return qobject_cast<const QChartView*>(widget);
}

// Replaces the chart shown by view (the view owns the new one; the old one is deleted).
void install(QWidget* widget, QChart* chart, const QString& title)
{
    QChartView* view = viewOf(widget);
    if (!view) {
        delete chart;
        return;
    }
    QFont titleFont = view->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() + 1);
    chart->setTitle(title);
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

QString formatValue(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

double niceMax(double value)
{
    if (value <= 0)
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (value * 1.12 <= step * magnitude)
            return step * magnitude;
    return 10.0 * magnitude;
}

QBarSet* barSet(const QVector<double>& values, const QColor& color, ClickHandler onClick, QWidget* view,
                const QStringList& toolTips = {}, bool reversed = false)
{
    auto* set = new QBarSet(QString());
    for (double v : values)
        set->append(v);
    set->setColor(color);
    set->setBorderColor(color.darker(115));
    set->setLabelColor(QColor(0x22, 0x22, 0x22));
    if (!toolTips.isEmpty()) {
        QObject::connect(set, &QBarSet::hovered, view, [toolTips, reversed](bool on, int index) {
            const int i = reversed ? int(toolTips.size()) - 1 - index : index;
            if (on && i >= 0 && i < toolTips.size())
                QToolTip::showText(QCursor::pos(), toolTips[i]);
            else
                QToolTip::hideText();
        });
    }
    if (onClick) {
        QObject::connect(set, &QBarSet::clicked, view, [onClick](int index) { onClick(index); });
        view->setCursor(Qt::PointingHandCursor);
    } else {
        view->unsetCursor();
    }
    return set;
}

// Category labels short enough for the axis: Qt Charts elides a label that does not fit down to
// "..." alone, and drops repeated categories, so long unit names are cut here (the full name stays
// in the bar's tooltip) and a repeated short label gets a number.
QStringList axisLabels(const QStringList& labels, int maxChars = 26)
{
    QStringList out;
    QHash<QString, int> seen;
    for (const QString& label : labels) {
        QString shortLabel = label.size() > maxChars ? label.left(maxChars - 1).trimmed() + QChar(0x2026) : label;
        if (const int n = ++seen[shortLabel]; n > 1)
            shortLabel += QStringLiteral(" (%1)").arg(n);
        out << shortLabel;
    }
    return out;
}

} // namespace

QWidget* createChartWidget(QWidget* parent, const QString& objectName)
{
    auto* view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 220);
    return view;
}

void setHorizontalBars(QWidget* widget, const QString& title, const QStringList& labels, const QVector<double>& values,
                       const QColor& color, ClickHandler onClick, int decimals, const QStringList& toolTips)
{
    auto* chart = new QChart;
    auto* series = new QHorizontalBarSeries;
    // Qt draws the first category at the bottom: reverse so that the first label is on top.
    const QStringList cut = axisLabels(labels);
    QStringList shownLabels(cut.crbegin(), cut.crend());
    QVector<double> shownValues(values.crbegin(), values.crend());
    const int n = int(values.size());
    series->append(barSet(shownValues, color, onClick ? ClickHandler([onClick, n](int i) { onClick(n - 1 - i); })
                                                      : ClickHandler(),
                          widget, toolTips.isEmpty() ? labels : toolTips, true));
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(8);
    series->setBarWidth(0.75);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(shownLabels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* axis = new QValueAxis;
    const double max = values.isEmpty() ? 1.0 : *std::max_element(values.cbegin(), values.cend());
    axis->setRange(0, niceMax(max));
    axis->setTickCount(5);
    axis->applyNiceNumbers(); // whole-number ticks (0, 1, 2, 3 rather than 0, 0.75, ...)
    axis->setLabelFormat(decimals == 0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    chart->legend()->hide();
    install(widget, chart, title);
}

void setVerticalBars(QWidget* widget, const QString& title, const QStringList& labels, const QVector<double>& values,
                     const QColor& color, ClickHandler onClick, int decimals, const QStringList& toolTips)
{
    auto* chart = new QChart;
    auto* series = new QBarSeries;
    series->append(barSet(values, color, onClick, widget, toolTips));
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(8); // %g: whole numbers stay whole, 2-decimal values keep their decimals
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* axis = new QValueAxis;
    double min = 0.0, max = 0.0;
    for (double v : values) {
        min = std::min(min, v);
        max = std::max(max, v);
    }
    axis->setRange(min < 0 ? -niceMax(-min) : 0.0, max > 0 ? niceMax(max) : 0.0);
    if (min >= 0 && max <= 0)
        axis->setRange(0, 1);
    axis->setTickCount(5);
    axis->applyNiceNumbers();
    axis->setLabelFormat(decimals == 0 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    chart->legend()->hide();
    install(widget, chart, title);
}

void setPie(QWidget* widget, const QString& title, const QStringList& labels, const QVector<double>& values,
            const QVector<QColor>& colors, ClickHandler onClick, const QStringList& toolTips)
{
    auto* chart = new QChart;
    auto* series = new QPieSeries;
    double total = 0.0;
    for (double v : values)
        total += v;
    for (int i = 0; i < values.size(); ++i) {
        const double share = total > 0 ? 100.0 * values[i] / total : 0.0;
        auto* slice = series->append(QStringLiteral("%1: %2 (%3 %)")
                                         .arg(labels.value(i), formatValue(values[i], 0), formatValue(share, 1)),
                                     values[i]);
        if (i < colors.size())
            slice->setColor(colors[i]);
        slice->setLabelVisible(false);
        slice->setBorderColor(Qt::white);
        if (onClick)
            QObject::connect(slice, &QPieSlice::clicked, widget, [onClick, i] { onClick(i); });
        const QString tip = toolTips.value(i);
        QObject::connect(slice, &QPieSlice::hovered, slice, [slice, tip](bool on) {
            slice->setExploded(on);
            if (on && !tip.isEmpty())
                QToolTip::showText(QCursor::pos(), tip);
            else
                QToolTip::hideText();
        });
    }
    series->setPieSize(0.85);
    series->setHoleSize(0.0);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->show();
    QFont legendFont = widget->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    chart->legend()->setFont(legendFont);
    if (onClick)
        widget->setCursor(Qt::PointingHandCursor);
    install(widget, chart, title);
}

void setRadar(QWidget* widget, const QString& title, const QStringList& categories,
              const QVector<QVector<double>>& series, const QStringList& seriesNames, const QVector<QColor>& colors,
              int maxLevel)
{
    auto* chart = new QPolarChart;
    const int n = int(categories.size());
    if (n < 1) {
        install(widget, chart, title);
        return;
    }
    auto* angular = new QCategoryAxis;
    angular->setRange(0, n);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // A category axis needs increasing end values above its start: the first label sits at n (== 0).
    for (int i = 1; i < n; ++i)
        angular->append(categories[i], i);
    angular->append(categories[0], n);
    angular->setGridLineVisible(true);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    auto* radial = new QValueAxis;
    radial->setRange(0, maxLevel);
    radial->setTickCount(maxLevel + 1);
    radial->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (int s = 0; s < series.size(); ++s) {
        auto* line = new QLineSeries;
        line->setName(seriesNames.value(s));
        for (int i = 0; i < n; ++i)
            line->append(i, series[s].value(i));
        line->append(n, series[s].value(0)); // close the polygon
        QPen pen(colors.value(s, colorPrimary()));
        pen.setWidthF(s == 0 ? 2.0 : 2.6);
        if (s == 0)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->setPointsVisible(true);
        chart->addSeries(line);
        line->attachAxis(angular);
        line->attachAxis(radial);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    install(widget, chart, title);
}

void setMessage(QWidget* widget, const QString& title, const QString& message)
{
    auto* chart = new QChart;
    chart->legend()->hide();
    install(widget, chart, message.isEmpty() ? title : title + u'\n' + message);
}

QVector<double> chartValues(const QWidget* widget)
{
    QVector<double> out;
    const QChartView* view = viewOf(widget);
    if (!view || !view->chart() || view->chart()->series().isEmpty())
        return out;
    QAbstractSeries* s = view->chart()->series().first();
    if (auto* pie = qobject_cast<QPieSeries*>(s)) {
        for (QPieSlice* slice : pie->slices())
            out.append(slice->value());
    } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
        if (!bars->barSets().isEmpty()) {
            const QBarSet* set = bars->barSets().first();
            for (int i = 0; i < set->count(); ++i)
                out.append(set->at(i));
        }
        if (qobject_cast<QHorizontalBarSeries*>(s))
            std::reverse(out.begin(), out.end());
    } else if (auto* line = qobject_cast<QLineSeries*>(s)) {
        const auto points = line->points();
        for (int i = 0; i + 1 < points.size(); ++i) // the last point closes the polygon
            out.append(points[i].y());
    }
    return out;
}

QStringList chartLabels(const QWidget* widget)
{
    QStringList out;
    const QChartView* view = viewOf(widget);
    if (!view || !view->chart() || view->chart()->series().isEmpty())
        return out;
    QAbstractSeries* s = view->chart()->series().first();
    if (auto* pie = qobject_cast<QPieSeries*>(s)) {
        for (QPieSlice* slice : pie->slices())
            out.append(slice->label().section(u':', 0, 0));
    } else {
        for (QAbstractAxis* axis : view->chart()->axes())
            if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
                out = categories->categories();
        if (qobject_cast<QHorizontalBarSeries*>(s))
            std::reverse(out.begin(), out.end());
    }
    return out;
}

void clickChart(QWidget* widget, int index)
{
    QChartView* view = viewOf(widget);
    if (!view || !view->chart() || view->chart()->series().isEmpty())
        return;
    QAbstractSeries* s = view->chart()->series().first();
    if (auto* pie = qobject_cast<QPieSeries*>(s)) {
        if (index >= 0 && index < pie->count())
            emit pie->slices().at(index)->clicked();
    } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
        if (bars->barSets().isEmpty())
            return;
        QBarSet* set = bars->barSets().first();
        const int i = qobject_cast<QHorizontalBarSeries*>(s) ? set->count() - 1 - index : index;
        if (i >= 0 && i < set->count())
            emit set->clicked(i);
    }
}

QImage renderChart(QWidget* widget, const QSize& size, double scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QChartView* view = viewOf(widget);
    if (!view)
        return image;
    QChart* chart = view->chart();
    const QSizeF oldSize = chart->size();
    const QRectF oldScene = view->scene()->sceneRect();
    chart->resize(QSizeF(size));
    view->scene()->setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest); // lay the chart out at the new size
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        view->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())), QRectF(QPointF(0, 0), QSizeF(size)));
    }
    chart->resize(oldSize);
    view->scene()->setSceneRect(oldScene);
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
    return image;
}

QColor colorGood() { return QColor(0x2e, 0x8b, 0x57); }
QColor colorWarning() { return QColor(0xe6, 0x9b, 0x00); }
QColor colorBad() { return QColor(0xc6, 0x28, 0x28); }
QColor colorNeutral() { return QColor(0x9e, 0x9e, 0x9e); }
QColor colorPrimary() { return QColor(0x2f, 0x6d, 0xb5); }
QColor colorSecondary() { return QColor(0x1f, 0x3a, 0x5f); }

} // namespace karsa::ui::charts
