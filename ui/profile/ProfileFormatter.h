#pragma once

#include "EmployeeProfile.h"
#include "common/RowTableModel.h"
#include "reports/ReportDocument.h"

#include <QCoreApplication>
#include <QImage>

namespace karsa::ui {

// Turns an EmployeeProfile into the texts, table rows and printable document the profile shows,
// so the window and its PDF say the same thing.
class ProfileFormatter
{
    Q_DECLARE_TR_FUNCTIONS(karsa::ui::ProfileFormatter)
public:
    enum GapColumn { GapCode, GapName, GapType, GapRequired, GapActual, GapGap, GapShortfall, GapColumnCount };

    static QList<QPair<QString, QString>> identity(const EmployeeProfile& profile);
    static QList<QPair<QString, QString>> competencySummary(const EmployeeProfile& profile);
    static QString talentText(const EmployeeProfile& profile);
    static QString jpmText(const EmployeeProfile& profile);      // "83,50 %" or "—"
    static QString categoryText(const EmployeeProfile& profile); // "CO — Cukup Optimal", "incomplete", ...
    static QString yearsMonths(const YearsMonths& value);

    static QVector<RowTableModel::Column> gapColumns();
    static QVector<RowTableModel::Row> gapRows(const EmployeeProfile& profile);
    static QColor shortfallColor(const GapRow& row); // green 0, amber 1, red >= 2, grey not assessed
    static QVector<RowTableModel::Column> historyColumns();
    static QVector<RowTableModel::Row> historyRows(const EmployeeProfile& profile);

    // The printable profile: identity, JPM summary, radar chart, gap table, talent box, signature.
    static ReportDocument document(const EmployeeProfile& profile, const Letterhead& letterhead, const QImage& radar,
                                   const QDate& date);
};

} // namespace karsa::ui
