#pragma once

#include <QColor>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

class QWidget;

// Every chart of the GUI is built here, so that swapping the chart library stays local: pages only
// create a chart widget and hand it labels and numbers (already computed by core).
namespace karsa::ui::charts {

// Called with the index of the clicked bar or slice.
using ClickHandler = std::function<void(int index)>;

// An empty chart widget (anti-aliased, no margins wasted, Indonesian-friendly fonts).
QWidget* createChartWidget(QWidget* parent, const QString& objectName);

// Horizontal bars, first label on top; values shown at the bar ends.
// toolTips (optional, one per bar) show when the mouse rests on a bar.
void setHorizontalBars(QWidget* chart, const QString& title, const QStringList& labels, const QVector<double>& values,
                       const QColor& color, ClickHandler onClick = {}, int decimals = 0,
                       const QStringList& toolTips = {});
// Vertical bars (negative values point down); values shown on the bars.
void setVerticalBars(QWidget* chart, const QString& title, const QStringList& labels, const QVector<double>& values,
                     const QColor& color, ClickHandler onClick = {}, int decimals = 0, const QStringList& toolTips = {});
// A pie with a legend "label: count (share %)"; slices with value 0 are kept so indexes match labels.
void setPie(QWidget* chart, const QString& title, const QStringList& labels, const QVector<double>& values,
            const QVector<QColor>& colors, ClickHandler onClick = {}, const QStringList& toolTips = {});
// A radar (spider) chart: one closed polygon per series over the categories, radial axis 0..maxLevel.
void setRadar(QWidget* chart, const QString& title, const QStringList& categories,
              const QVector<QVector<double>>& series, const QStringList& seriesNames, const QVector<QColor>& colors,
              int maxLevel = 5);
// Shows a message instead of a chart (no data, loading).
void setMessage(QWidget* chart, const QString& title, const QString& message);

// The values and labels currently shown (first series), for tests and exports.
QVector<double> chartValues(const QWidget* chart);
QStringList chartLabels(const QWidget* chart);
// Simulates a click on bar/slice index (tests).
void clickChart(QWidget* chart, int index);

// Renders the chart at size (device independent pixels x scale) for printing.
QImage renderChart(QWidget* chart, const QSize& size, double scale = 2.0);

// Colours shared by the charts: good/amber/bad/neutral and the brand blue.
QColor colorGood();
QColor colorWarning();
QColor colorBad();
QColor colorNeutral();
QColor colorPrimary();
QColor colorSecondary();

} // namespace karsa::ui::charts
