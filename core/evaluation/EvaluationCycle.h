#pragma once

#include <QCoreApplication>
#include <QString>

namespace karsa {

// An evaluation period over a unit (with its sub-units) or the whole city (unitId 0).
// open: raters answer; closed: results are written to the performance ratings (calibration still
// possible); locked: nothing changes any more.
struct EvaluationCycle
{
    qint64 id = 0;
    QString name;
    QString period = QStringLiteral("annual"); // "annual" or "quarterly"
    int year = 0;
    int quarter = 0; // 1..4 for quarterly cycles
    qint64 unitId = 0;
    QString status = QStringLiteral("open"); // "open", "closed", "locked"
    int scaleMax = 5;
    int rowVersion = 0;

    bool isOpen() const { return status == u"open"; }
    bool isLocked() const { return status == u"locked"; }
    QString periodText() const // "2025" or "Triwulan 2 2025"
    {
        return period == u"quarterly"
                   ? QCoreApplication::translate("Evaluation", "Quarter %1 %2").arg(quarter).arg(year)
                   : QString::number(year);
    }
    static QString statusLabel(const QString& status)
    {
        if (status == u"closed")
            return QCoreApplication::translate("Evaluation", "Closed");
        if (status == u"locked")
            return QCoreApplication::translate("Evaluation", "Locked");
        return QCoreApplication::translate("Evaluation", "Open");
    }
};

} // namespace karsa
