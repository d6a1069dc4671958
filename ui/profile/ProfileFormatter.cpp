#include "ProfileFormatter.h"

#include "analytics/TalentBox.h"
#include "assessments/AssessmentLabels.h"
#include "reports/IndonesianFormat.h"

namespace karsa::ui {

namespace {
RowTableModel::Column column(const QString& title, ReportColumn::Type type = ReportColumn::Type::Text,
                             const QString& toolTip = {})
{
    RowTableModel::Column c;
    c.title = title;
    c.type = type;
    c.toolTip = toolTip;
    return c;
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}
} // namespace

QString ProfileFormatter::yearsMonths(const YearsMonths& value)
{
    return tr("%1 years %2 months").arg(value.years).arg(value.months);
}

QList<QPair<QString, QString>> ProfileFormatter::identity(const EmployeeProfile& p)
{
    const Employee& e = p.employee;
    QList<QPair<QString, QString>> items;
    items.append({tr("Name"), e.fullName()});
    items.append({tr("NIP"), Nip::format(e.nip)});
    items.append({tr("Status"), employeeStatusCode(e.status)});
    const QDate birth = p.nipValid ? p.nip.birthDate : e.birthDate;
    const Sex sex = p.nipValid ? p.nip.sex : e.sex;
    items.append({tr("Place, date of birth"),
                  orDash(e.birthPlace.isEmpty() ? IndonesianFormat::date(birth)
                                                : e.birthPlace + QStringLiteral(", ") + IndonesianFormat::date(birth))});
    items.append({tr("Sex"), sex == Sex::Female ? tr("Female") : tr("Male")});
    if (p.nipValid && p.nip.kind == NipKind::Pns && p.nip.tmtMonth > 0)
        items.append({tr("TMT CPNS (from NIP)"),
                      IndonesianFormat::monthName(p.nip.tmtMonth) + u' ' + QString::number(p.nip.tmtYear)});
    else if (p.nipValid)
        items.append({tr("TMT (from NI PPPK)"), QString::number(p.nip.tmtYear)});
    items.append({tr("Age"), p.age >= 0 ? tr("%1 years").arg(p.age) : QStringLiteral("—")});
    items.append({tr("Masa kerja"), e.tmtCpns.isValid() ? yearsMonths(p.masaKerja) : QStringLiteral("—")});
    items.append({tr("Pangkat, golongan"),
                  orDash(p.pangkat.isEmpty() ? e.golongan : p.pangkat + QStringLiteral(", ") + e.golongan)});
    items.append({tr("Education"), orDash(p.educationName.isEmpty() ? e.education
                                                                    : p.educationName + QStringLiteral(" ") + e.major)});
    items.append({tr("Position"), orDash(p.positionName(p.currentPositionIndex))});
    items.append({tr("Jenjang"), orDash(p.jenjangName(p.currentPositionIndex))});
    items.append({tr("Unit"), orDash(p.unitName)});
    items.append({tr("Retirement"), p.retirementDate.isValid()
                                        ? tr("%1 (age %2)").arg(IndonesianFormat::date(p.retirementDate)).arg(p.retirementAge)
                                        : QStringLiteral("—")});
    // Personal data (UU PDP): masked in exports and prints of non-administrators (core ExportGuard).
    items.append({tr("NIK"), orDash(e.nik)});
    items.append({tr("Phone"), orDash(e.phone)});
    items.append({tr("E-mail"), orDash(e.email)});
    items.append({tr("Address"), orDash(e.address)});
    return items;
}

QString ProfileFormatter::jpmText(const EmployeeProfile& p)
{
    if (p.jpm.status == JpmStatus::NoStandard)
        return QStringLiteral("—");
    return IndonesianFormat::percent(p.jpm.jpm, 2);
}

QString ProfileFormatter::categoryText(const EmployeeProfile& p)
{
    switch (p.jpm.status) {
    case JpmStatus::NoStandard:
        return tr("No standard");
    case JpmStatus::Incomplete:
        return tr("Incomplete: %n competencies not assessed", nullptr, int(p.jpm.missing.size()));
    case JpmStatus::Complete:
        break;
    }
    const QString code = p.categoryCode();
    return code.isEmpty() ? tr("Below every band") : code + QStringLiteral(" — ") + p.categoryLabel();
}

QList<QPair<QString, QString>> ProfileFormatter::competencySummary(const EmployeeProfile& p)
{
    QList<QPair<QString, QString>> items;
    items.append({p.comparing() ? tr("Target position") : tr("Standard of"), orDash(p.positionName(p.targetPositionIndex))});
    items.append({tr("JPM"), jpmText(p)});
    items.append({tr("Category"), categoryText(p)});
    items.append({tr("IKK"), p.jpm.status == JpmStatus::NoStandard ? QStringLiteral("—")
                                                                   : IndonesianFormat::percent(p.jpm.ikk, 2)});
    return items;
}

QString ProfileFormatter::talentText(const EmployeeProfile& p)
{
    const TalentResult& t = p.talent;
    if (!t.placed()) {
        QStringList why;
        if (!t.kinerja)
            why.append(tr("no performance rating in the kinerja window"));
        if (!t.potensial)
            why.append(tr("no complete JPM"));
        return tr("Not placed in the 9-box: %1.").arg(why.join(QStringLiteral("; ")));
    }
    QString text = tr("Box %1 — kinerja %2, potensial %3")
                       .arg(t.box)
                       .arg(kinerjaLabel(boxKinerja(t.box)), potensialLabel(boxPotensial(t.box)));
    text += u'\n' + tr("Recommendation: %1").arg(talentRecommendation(t.box));
    if (t.rekamJejakFlag)
        text += u'\n' + tr("Note: a disciplinary sanction within the rekam jejak window.");
    return text;
}

QVector<RowTableModel::Column> ProfileFormatter::gapColumns()
{
    return {column(tr("Code")),
            column(tr("Competency")),
            column(tr("Type")),
            column(tr("Required"), ReportColumn::Type::Integer),
            column(tr("Actual")),
            column(tr("Gap"), ReportColumn::Type::Text, tr("Actual − required; negative is below standard")),
            column(tr("Shortfall"), ReportColumn::Type::Integer, tr("Levels missing to reach the standard"))};
}

QColor ProfileFormatter::shortfallColor(const GapRow& g)
{
    if (!g.assessed)
        return QColor(0xe0, 0xe0, 0xe0);
    if (g.shortfall <= 0)
        return QColor(0xd6, 0xf0, 0xdc);
    if (g.shortfall == 1)
        return QColor(0xff, 0xe8, 0xb0);
    return QColor(0xf8, 0xc8, 0xc8);
}

QVector<RowTableModel::Row> ProfileFormatter::gapRows(const EmployeeProfile& p)
{
    QVector<RowTableModel::Row> rows;
    for (const GapRow& g : p.gaps) {
        RowTableModel::Row r;
        r.id = g.competencyId;
        const QString notAssessed = tr("not assessed yet");
        r.display = {p.competencyCode(g.competencyId),
                     p.competencyName(g.competencyId),
                     competencyTypeLabel(p.competencyType(g.competencyId)),
                     QString::number(g.required),
                     g.assessed ? QString::number(g.actual) : notAssessed,
                     g.assessed ? (g.gap > 0 ? QStringLiteral("+%1").arg(g.gap) : QString::number(g.gap)) : QStringLiteral("—"),
                     QString::number(g.shortfall)};
        r.value = {QVariant(), QVariant(), QVariant(), g.required, QVariant(), QVariant(), g.shortfall};
        r.background = shortfallColor(g);
        r.foreground = QColor(0x21, 0x21, 0x21);
        rows.append(std::move(r));
    }
    return rows;
}

QVector<RowTableModel::Column> ProfileFormatter::historyColumns()
{
    return {column(tr("Date"), ReportColumn::Type::Date),
            column(tr("Code")),
            column(tr("Competency")),
            column(tr("Level"), ReportColumn::Type::Integer),
            column(tr("Method")),
            column(tr("Assessor")),
            column(tr("Status"))};
}

QVector<RowTableModel::Row> ProfileFormatter::historyRows(const EmployeeProfile& p)
{
    QVector<RowTableModel::Row> rows;
    rows.reserve(p.history.size());
    for (const Assessment& a : p.history) {
        QString status;
        switch (a.status) {
        case AssessmentStatus::Validated:
            status = tr("validated");
            break;
        case AssessmentStatus::NeedsValidation:
            status = tr("needs validation");
            break;
        case AssessmentStatus::Rejected:
            status = tr("rejected");
            break;
        }
        RowTableModel::Row r;
        r.id = a.id;
        r.display = {IndonesianFormat::date(a.assessedOn), p.competencyCode(a.competencyId),
                     p.competencyName(a.competencyId), QString::number(a.level), AssessmentLabels::method(a.method), a.assessor, status};
        r.value = {a.assessedOn, QVariant(), QVariant(), a.level, QVariant(), QVariant(), QVariant()};
        if (a.status == AssessmentStatus::Rejected)
            r.foreground = QColor(0x99, 0x99, 0x99);
        rows.append(std::move(r));
    }
    return rows;
}

ReportDocument ProfileFormatter::document(const EmployeeProfile& p, const Letterhead& letterhead, const QImage& radar,
                                          const QDate& date)
{
    ReportDocument doc;
    doc.title = tr("Employee competency profile");
    doc.subtitle = p.employee.fullName() + QStringLiteral(" — NIP ") + Nip::format(p.employee.nip);
    doc.letterhead = letterhead;
    doc.addKeyValues(identity(p), tr("Identity"));
    doc.addKeyValues(competencySummary(p), tr("Competency against the standard"));
    if (!radar.isNull())
        doc.addImage(radar, tr("Actual levels against the standard of %1").arg(p.positionName(p.targetPositionIndex)),
                     0.62);
    ReportTable table;
    table.title = tr("Competency gaps");
    const auto columns = gapColumns();
    for (int c = 0; c < columns.size(); ++c) {
        ReportColumn rc = ReportColumn::text(QStringLiteral("c%1").arg(c), columns[c].title, c == GapName ? 34 : 9);
        rc.type = columns[c].type;
        if (c == GapActual || c == GapGap)
            rc.alignment = Qt::AlignCenter;
        table.columns.append(rc);
    }
    for (const RowTableModel::Row& r : gapRows(p)) {
        ReportRow row;
        for (int c = 0; c < columns.size(); ++c)
            row.append(r.value.value(c).isValid() ? r.value[c] : QVariant(r.display[c]));
        table.addRow(std::move(row));
    }
    table.notes.append(tr("Gap = actual − required; shortfall = levels missing to reach the standard."));
    doc.addTable(std::move(table));
    doc.addKeyValues({{tr("9-box"), talentText(p)}}, tr("Talent"));
    doc.addSignature(SignatureSection::fromLetterhead(letterhead, date));
    return doc;
}

} // namespace karsa::ui
