#include "EvaluationReports.h"

#include "CycleEvaluation.h"
#include "EvaluationFeedback.h"
#include "domain/Nip.h"
#include "reports/IndonesianFormat.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>

namespace karsa {

namespace {
QVariant orNull(const std::optional<double>& v)
{
    return v ? QVariant(std::round(*v * 100.0) / 100.0) : QVariant();
}
bool inUnits(const QSet<qint64>& units, qint64 unit)
{
    return units.isEmpty() || units.contains(unit);
}
QString calibrationText(const Calibration& c)
{
    return QCoreApplication::translate("EvaluationReports", "%1 → %2: %5 (%3, %4)")
        .arg(predikatLabel(c.originalPredikat), predikatLabel(c.predikat), c.by,
             IndonesianFormat::date(QDateTime::fromString(c.at, Qt::ISODate).date()), c.reason);
}
QString flagCodes(const EvaluationResult& r)
{
    QStringList codes;
    for (const BiasFlag& f : r.flags)
        if (!codes.contains(f.label()))
            codes << f.label();
    return codes.join(QStringLiteral(", "));
}
QString cycleSubtitle(const CycleEvaluation& ce)
{
    return QCoreApplication::translate("EvaluationReports", "%1 · period %2 · %3 · status %4")
        .arg(ce.cycle.name, ce.cycle.periodText(), ce.scopeName, EvaluationCycle::statusLabel(ce.cycle.status));
}
} // namespace

ReportTable EvaluationReports::recapTable(const CycleEvaluation& ce, const QSet<qint64>& units)
{
    ReportTable t;
    t.title = QCoreApplication::translate("EvaluationReports", "Recap");
    t.subtitle = cycleSubtitle(ce);
    t.columns = {
        ReportColumn::text(QStringLiteral("unit"), QCoreApplication::translate("EvaluationReports", "Unit"), 40),
        ReportColumn::integer(QStringLiteral("employees"),
                              QCoreApplication::translate("EvaluationReports", "Employees")),
        ReportColumn::integer(QStringLiteral("final"), QCoreApplication::translate("EvaluationReports", "Final")),
        ReportColumn::integer(QStringLiteral("pending"), QCoreApplication::translate("EvaluationReports", "Pending"))};
    const QStringList codes = predikatCodes();
    for (const QString& code : codes)
        t.columns << ReportColumn::integer(code, predikatLabel(code), 10);
    t.columns << ReportColumn::percent(QStringLiteral("share_good"),
                                       QCoreApplication::translate("EvaluationReports", "Baik or better"), 2, 10);
    QVector<qint64> totals(4 + codes.size(), 0);
    for (qint64 unit : ce.unitsInOrder()) {
        if (!inUnits(units, unit))
            continue;
        QVector<qint64> counts(4 + codes.size(), 0);
        for (int i = 0; i < ce.people.size(); ++i) {
            if (ce.people.at(i).unitId != unit)
                continue;
            const EvaluationResult& r = ce.results.at(i);
            counts[0] += 1;
            if (r.isFinal()) {
                counts[1] += 1;
                const int k = int(codes.indexOf(r.finalPredikat()));
                if (k >= 0)
                    counts[3 + k] += 1;
            } else {
                counts[2] += 1;
            }
        }
        ReportRow row{ce.unitNames.value(unit)};
        for (int k = 0; k < 3 + codes.size(); ++k) {
            row << counts.at(k);
            totals[k] += counts.at(k);
        }
        row << (counts[1] ? QVariant(double(counts[3] + counts[4]) * 100.0 / double(counts[1])) : QVariant());
        t.addRow(row);
    }
    t.totals = ReportRow{QVariant()};
    for (int k = 0; k < 3 + codes.size(); ++k)
        t.totals << totals.at(k);
    t.totals << (totals[1] ? QVariant(double(totals[3] + totals[4]) * 100.0 / double(totals[1])) : QVariant());
    t.totalsLabel = QCoreApplication::translate("EvaluationReports", "Total");
    t.notes << QCoreApplication::translate(
                   "EvaluationReports",
                   "Pending results wait for raters or hasil kerja; they are not in the predikat counts.")
            << QCoreApplication::translate(
                   "EvaluationReports",
                   "Peer, subordinate and public scores are aggregates shown only when the minimum number of raters "
                   "answered; no rater is named.");
    return t;
}

ReportTable EvaluationReports::unitTable(const CycleEvaluation& ce, qint64 unitId)
{
    ReportTable t;
    t.title = ce.unitNames.value(unitId);
    t.subtitle = cycleSubtitle(ce);
    t.columns = {
        ReportColumn::integer(QStringLiteral("no"), QCoreApplication::translate("EvaluationReports", "No."), 4),
        ReportColumn::nip(QStringLiteral("nip"), QCoreApplication::translate("EvaluationReports", "NIP")),
        ReportColumn::text(QStringLiteral("name"), QCoreApplication::translate("EvaluationReports", "Name"), 30),
        ReportColumn::text(QStringLiteral("position"), QCoreApplication::translate("EvaluationReports", "Position"),
                           26),
        ReportColumn::text(QStringLiteral("hasil_kerja"),
                           QCoreApplication::translate("EvaluationReports", "Hasil kerja"), 7),
        ReportColumn::decimal(QStringLiteral("perilaku_score"),
                              QCoreApplication::translate("EvaluationReports", "Perilaku score"), 2, 9),
        ReportColumn::text(QStringLiteral("perilaku"),
                           QCoreApplication::translate("EvaluationReports", "Perilaku kerja"), 7)};
    // Self is left out: it is not weighted by default and feeds the self-gap flag instead.
    const QList<RaterRole> roles{RaterRole::Atasan, RaterRole::Rekan, RaterRole::Bawahan, RaterRole::Masyarakat};
    for (RaterRole role : roles)
        t.columns << ReportColumn::decimal(QStringLiteral("mean_") + raterRoleCode(role), raterRoleLabel(role), 2, 9);
    t.columns << ReportColumn::text(QStringLiteral("predikat"),
                                    QCoreApplication::translate("EvaluationReports", "Predikat"), 12)
              << ReportColumn::text(QStringLiteral("status"),
                                    QCoreApplication::translate("EvaluationReports", "Status or reason pending"), 24)
              << ReportColumn::text(QStringLiteral("flags"),
                                    QCoreApplication::translate("EvaluationReports", "Bias flags"), 16);
    int no = 0;
    QStringList calibrations;
    for (int i = 0; i < ce.people.size(); ++i) {
        const EvaluationPerson& p = ce.people.at(i);
        if (p.unitId != unitId)
            continue;
        const EvaluationResult& r = ce.results.at(i);
        ReportRow row{++no,
                      p.nip,
                      p.name,
                      p.positionName,
                      r.isFinal() ? expectationShort(r.finalHasil())
                                  : (r.hasilKerja ? expectationShort(*r.hasilKerja) : QString()),
                      orNull(r.perilakuScore),
                      r.isFinal() ? expectationShort(r.finalPerilaku())
                                  : (r.perilakuRating ? expectationShort(*r.perilakuRating) : QString())};
        for (RaterRole role : roles) {
            const RoleResult& rr = r.roles[size_t(role)];
            row << (rr.visible ? orNull(rr.mean) : QVariant()); // aggregates only, and only when allowed
        }
        row << (r.isFinal() ? predikatLabel(r.finalPredikat()) : QString()) << r.shortStatus() << flagCodes(r);
        t.addRow(row);
        if (r.calibration)
            calibrations << QCoreApplication::translate("EvaluationReports", "Calibration %1 (%2): %3")
                                .arg(p.name, Nip::format(p.nip), calibrationText(*r.calibration));
    }
    t.notes << calibrations;
    t.notes << QCoreApplication::translate(
                   "EvaluationReports",
                   "Role columns: mean answer (1-%1) of each rater role; empty when fewer than the minimum answered.")
                   .arg(ce.cycle.scaleMax);
    return t;
}

QImage EvaluationReports::distributionChart(const QHash<QString, int>& counts, int pending, const QString& title)
{
    QImage img(1600, 760, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const QFont base(QStringLiteral("DejaVu Sans"), 20);
    QFont bold = base;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(Qt::black);
    p.drawText(QRectF(0, 10, img.width(), 50), Qt::AlignHCenter | Qt::AlignVCenter, title);

    QList<std::pair<QString, int>> bars;
    for (const QString& code : predikatCodes())
        bars.append({predikatLabel(code), counts.value(code)});
    bars.append({QCoreApplication::translate("EvaluationReports", "Pending"), pending});
    int total = 0, top = 1;
    for (const auto& b : bars) {
        total += b.second;
        top = std::max(top, b.second);
    }
    const QColor colours[] = {QColor(0x1b, 0x7f, 0x3b), QColor(0x1f, 0x5f, 0xa8), QColor(0xd4, 0xa0, 0x17),
                              QColor(0xd3, 0x6b, 0x1c), QColor(0xb0, 0x1e, 0x1e), QColor(0x9a, 0xa5, 0xb1)};
    const double left = 90, right = 1560, baseline = 620, height = 480;
    const double slot = (right - left) / bars.size();
    p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 2));
    for (int k = 1; k <= 4; ++k) {
        const double y = baseline - height * k / 4.0;
        p.drawLine(QPointF(left, y), QPointF(right, y));
    }
    p.setFont(base);
    for (int i = 0; i < bars.size(); ++i) {
        const double h = height * bars.at(i).second / double(top);
        const QRectF bar(left + i * slot + slot * 0.18, baseline - h, slot * 0.64, h);
        p.fillRect(bar, colours[i]);
        p.setPen(Qt::black);
        const QString share = total ? IndonesianFormat::percent(100.0 * bars.at(i).second / total, 1) : QString();
        p.drawText(QRectF(left + i * slot, bar.top() - 70, slot, 64), Qt::AlignHCenter | Qt::AlignBottom,
                   IndonesianFormat::integer(bars.at(i).second) + u'\n' + share);
        p.drawText(QRectF(left + i * slot, baseline + 12, slot, 100),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, bars.at(i).first);
    }
    p.setPen(QPen(Qt::black, 3));
    p.drawLine(QPointF(left, baseline), QPointF(right, baseline));
    return img;
}

ReportDocument EvaluationReports::summary(const CycleEvaluation& ce, const Letterhead& letterhead, const QDate& date,
                                          const QSet<qint64>& units)
{
    ReportDocument doc;
    doc.title = QCoreApplication::translate("EvaluationReports", "Performance Evaluation Summary");
    doc.subtitle = cycleSubtitle(ce);
    doc.letterhead = letterhead;
    doc.printLetterhead = !letterhead.isEmpty();
    QHash<QString, int> counts;
    int pending = 0, employees = 0, calibrated = 0, flagged = 0;
    for (int i = 0; i < ce.people.size(); ++i) {
        if (!inUnits(units, ce.people.at(i).unitId))
            continue;
        const EvaluationResult& r = ce.results.at(i);
        ++employees;
        if (r.isFinal())
            counts[r.finalPredikat()] += 1;
        else
            ++pending;
        calibrated += r.calibration ? 1 : 0;
        flagged += r.flags.isEmpty() ? 0 : 1;
    }
    doc.addKeyValues(
        {{QCoreApplication::translate("EvaluationReports", "Cycle"), ce.cycle.name},
         {QCoreApplication::translate("EvaluationReports", "Period"), ce.cycle.periodText()},
         {QCoreApplication::translate("EvaluationReports", "Scope"), ce.scopeName},
         {QCoreApplication::translate("EvaluationReports", "Employees"), IndonesianFormat::integer(employees)},
         {QCoreApplication::translate("EvaluationReports", "Final results"),
          IndonesianFormat::integer(employees - pending)},
         {QCoreApplication::translate("EvaluationReports", "Pending"), IndonesianFormat::integer(pending)},
         {QCoreApplication::translate("EvaluationReports", "Calibrated"), IndonesianFormat::integer(calibrated)},
         {QCoreApplication::translate("EvaluationReports", "With bias flags"), IndonesianFormat::integer(flagged)}});
    ChartSection chart;
    chart.title = QCoreApplication::translate("EvaluationReports", "Predikat distribution");
    chart.categoryTitle = QCoreApplication::translate("EvaluationReports", "Predikat");
    for (const QString& code : predikatCodes()) {
        chart.categories << predikatLabel(code);
        chart.values << counts.value(code);
    }
    chart.categories << QCoreApplication::translate("EvaluationReports", "Pending");
    chart.values << pending;
    chart.image = distributionChart(counts, pending, chart.title);
    chart.caption =
        QCoreApplication::translate("EvaluationReports", "Employees per predikat (final results) and pending results.");
    chart.widthFraction = 0.6;
    doc.addChart(std::move(chart));
    doc.addTable(recapTable(ce, units));
    for (qint64 unit : ce.unitsInOrder()) {
        if (!inUnits(units, unit))
            continue;
        doc.addPageBreak();
        doc.addTable(unitTable(ce, unit));
    }
    doc.addSignature(SignatureSection::fromLetterhead(letterhead, date));
    return doc;
}

void EvaluationReports::appendRapor(ReportDocument& doc, const CycleEvaluation& ce, int index)
{
    const EvaluationPerson& p = ce.people.at(index);
    const EvaluationResult& r = ce.results.at(index);
    doc.addHeading(QCoreApplication::translate("EvaluationReports", "Report card: %1").arg(p.name));
    QList<QPair<QString, QString>> items{{QCoreApplication::translate("EvaluationReports", "Name"), p.name},
                                         {QCoreApplication::translate("EvaluationReports", "NIP"), Nip::format(p.nip)},
                                         {QCoreApplication::translate("EvaluationReports", "Position"), p.positionName},
                                         {QCoreApplication::translate("EvaluationReports", "Unit"), p.unitName},
                                         {QCoreApplication::translate("EvaluationReports", "Period"),
                                          ce.cycle.periodText() + QStringLiteral(" (") + ce.cycle.name + u')'}};
    items << QPair<QString, QString>{QCoreApplication::translate("EvaluationReports", "Hasil kerja"),
                                     r.hasilKerja ? expectationLabel(r.finalHasil())
                                                  : QCoreApplication::translate("EvaluationReports", "not entered")}
          << QPair<QString, QString>{QCoreApplication::translate("EvaluationReports", "Perilaku kerja"),
                                     r.perilakuScore
                                         ? QCoreApplication::translate("EvaluationReports", "%1 (score %2 of %3)")
                                               .arg(expectationLabel(r.finalPerilaku()),
                                                    IndonesianFormat::number(*r.perilakuScore, 2))
                                               .arg(ce.cycle.scaleMax)
                                         : QCoreApplication::translate("EvaluationReports", "no result yet")}
          << QPair<QString, QString>{QCoreApplication::translate("EvaluationReports", "Predikat"),
                                     r.isFinal() ? predikatLabel(r.finalPredikat()) : r.statusText()};
    if (r.calibration)
        items << QPair<QString, QString>{QCoreApplication::translate("EvaluationReports", "Calibration"),
                                         calibrationText(*r.calibration)};
    doc.addKeyValues(items);

    ReportTable t;
    t.title = QCoreApplication::translate("EvaluationReports", "BerAKHLAK values");
    t.columns = {
        ReportColumn::text(QStringLiteral("value"), QCoreApplication::translate("EvaluationReports", "Core value"), 24),
        ReportColumn::decimal(QStringLiteral("score"),
                              QCoreApplication::translate("EvaluationReports", "Weighted score"), 2, 10)};
    for (RaterRole role : kAllRaterRoles)
        t.columns << ReportColumn::decimal(raterRoleCode(role), raterRoleLabel(role), 2, 9);
    int flat = 0;
    for (const CoreValue& v : ce.instrument.values()) {
        auto meanOf = [&](const QVector<double>& scores) -> QVariant {
            double sum = 0;
            int n = 0;
            for (int k = 0; k < v.behaviours.size(); ++k)
                if (flat + k < scores.size() && !std::isnan(scores.at(flat + k))) {
                    sum += scores.at(flat + k);
                    ++n;
                }
            return n ? QVariant(std::round(sum / n * 100.0) / 100.0) : QVariant();
        };
        ReportRow row{v.name, meanOf(r.behaviourScores)};
        for (RaterRole role : kAllRaterRoles) {
            const RoleResult& rr = r.roles[size_t(role)];
            row << (rr.visible ? meanOf(rr.behaviourMeans) : QVariant());
        }
        t.addRow(row);
        flat += int(v.behaviours.size());
    }
    QStringList answered;
    for (RaterRole role : kAllRaterRoles) {
        const RoleResult& rr = r.roles[size_t(role)];
        answered << QCoreApplication::translate("EvaluationReports", "%1 %2/%3")
                        .arg(raterRoleLabel(role))
                        .arg(rr.answered)
                        .arg(rr.assigned);
    }
    t.notes << QCoreApplication::translate(
                   "EvaluationReports",
                   "Raters answered: %1. A role's column is empty when fewer than its minimum answered.")
                   .arg(answered.join(QStringLiteral(", ")));
    doc.addTable(t);

    const EvaluationFeedback f = EvaluationFeedback::derive(ce, index);
    auto list = [&doc](const QString& heading, const QStringList& lines) {
        if (lines.isEmpty())
            return;
        doc.addParagraph(heading, true);
        for (const QString& line : lines)
            doc.addParagraph(QStringLiteral("• ") + line);
    };
    list(QCoreApplication::translate("EvaluationReports", "Strengths"), f.strengths);
    list(QCoreApplication::translate("EvaluationReports", "Development areas"), f.developmentAreas);
    list(QCoreApplication::translate("EvaluationReports", "What raters appreciate"), f.comments);
    list(QCoreApplication::translate("EvaluationReports", "Raters' suggestions"), f.suggestions);
    list(QCoreApplication::translate("EvaluationReports", "Suggested for the development plan"),
         f.developmentCompetencies);
    if (!r.flags.isEmpty()) {
        QStringList flags;
        for (const BiasFlag& b : r.flags)
            flags << b.text();
        list(QCoreApplication::translate("EvaluationReports",
                                         "Notes for the evaluating officer (bias flags; scores are not changed)"),
             flags);
    }
}

ReportDocument EvaluationReports::rapor(const CycleEvaluation& ce, int index, const Letterhead& letterhead,
                                        const QDate& date)
{
    ReportDocument doc;
    doc.title = QCoreApplication::translate("EvaluationReports", "Performance Report Card");
    doc.subtitle = ce.cycle.name;
    doc.letterhead = letterhead;
    doc.printLetterhead = !letterhead.isEmpty();
    if (index >= 0 && index < ce.people.size())
        appendRapor(doc, ce, index);
    doc.addSignature(SignatureSection::fromLetterhead(letterhead, date));
    return doc;
}

ReportDocument EvaluationReports::batchRapor(const CycleEvaluation& ce, const QSet<qint64>& units,
                                             const Letterhead& letterhead, const QDate& date)
{
    ReportDocument doc;
    doc.title = QCoreApplication::translate("EvaluationReports", "Performance Report Cards");
    doc.subtitle = cycleSubtitle(ce);
    doc.letterhead = letterhead;
    doc.printLetterhead = !letterhead.isEmpty();
    bool first = true;
    for (int i = 0; i < ce.people.size(); ++i) {
        if (!inUnits(units, ce.people.at(i).unitId))
            continue;
        if (!first)
            doc.addPageBreak();
        first = false;
        appendRapor(doc, ce, i);
        doc.addSignature(SignatureSection::fromLetterhead(letterhead, date));
    }
    return doc;
}

} // namespace karsa
