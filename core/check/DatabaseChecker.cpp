#include "DatabaseChecker.h"

#include "domain/Employee.h"
#include "refdata/ReferenceCatalog.h"
#include "storage/EmployeeRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace karsa {

namespace {
class Collector
{
public:
    explicit Collector(CheckReport& report) : m_report(report) {}
    void begin(const QString& check)
    {
        m_check = check;
        m_count = 0;
        ++m_report.checksRun;
    }
    void add(const QString& subject, const QString& message)
    {
        if (++m_count <= DatabaseChecker::kMaxFindingsPerCheck)
            m_report.findings.append({m_check, subject, message});
        else if (m_count == DatabaseChecker::kMaxFindingsPerCheck + 1)
            m_report.findings.append({m_check, QString(), QCoreApplication::translate("Check", "further findings of this check were not listed")});
    }

private:
    CheckReport& m_report;
    QString m_check;
    int m_count = 0;
};
} // namespace

Result<CheckReport> DatabaseChecker::run(QSqlDatabase db, Progress* progress)
{
    CheckReport report;
    Collector out(report);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto step = [&](int n, const QString& stage) {
        if (progress)
            progress->report(n, 7, stage);
    };

    step(0, QCoreApplication::translate("Check", "SQLite integrity"));
    out.begin(QStringLiteral("integrity"));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sql::errorFrom(q);
    while (q.next())
        if (q.value(0).toString() != u"ok")
            out.add(QString(), q.value(0).toString());

    step(1, QCoreApplication::translate("Check", "Foreign keys"));
    out.begin(QStringLiteral("foreign_keys"));
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sql::errorFrom(q);
    while (q.next())
        out.add(QStringLiteral("%1 #%2").arg(q.value(0).toString()).arg(q.value(1).toLongLong()),
                QCoreApplication::translate("Check", "refers to a missing row in %1").arg(q.value(2).toString()));

    const ReferenceCatalog& cat = ReferenceCatalog::instance();

    step(2, QCoreApplication::translate("Check", "Unit tree"));
    out.begin(QStringLiteral("units"));
    {
        QHash<qint64, qint64> parent;
        QHash<qint64, QString> code;
        if (!q.exec(QStringLiteral("SELECT id, parent_id, code FROM units")))
            return sql::errorFrom(q);
        while (q.next()) {
            parent.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
            code.insert(q.value(0).toLongLong(), q.value(2).toString());
        }
        for (auto it = parent.cbegin(); it != parent.cend(); ++it) {
            qint64 cur = it.value();
            for (int depth = 0; cur && depth <= parent.size(); ++depth) {
                if (cur == it.key()) {
                    out.add(QCoreApplication::translate("Check", "unit %1").arg(code.value(it.key())), QCoreApplication::translate("Check", "is its own ancestor (cycle in the unit tree)"));
                    break;
                }
                cur = parent.value(cur);
            }
        }
    }

    step(3, QCoreApplication::translate("Check", "Positions and standards"));
    out.begin(QStringLiteral("positions"));
    QHash<qint64, qint64> positionUnit;
    QHash<qint64, QString> positionJenjang;
    {
        QSet<qint64> withStandard;
        if (!q.exec(QStringLiteral("SELECT DISTINCT position_id FROM position_standards")))
            return sql::errorFrom(q);
        while (q.next())
            withStandard.insert(q.value(0).toLongLong());
        if (!q.exec(QStringLiteral("SELECT id, code, jenjang, unit_id, min_golongan, min_education FROM positions")))
            return sql::errorFrom(q);
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QString subject = QCoreApplication::translate("Check", "position %1").arg(q.value(1).toString());
            positionUnit.insert(id, q.value(3).toLongLong());
            positionJenjang.insert(id, q.value(2).toString());
            if (!cat.jenjang(q.value(2).toString()))
                out.add(subject, QCoreApplication::translate("Check", "has the unknown jenjang '%1'").arg(q.value(2).toString()));
            if (!q.value(4).toString().isEmpty() && !cat.golongan(q.value(4).toString()))
                out.add(subject, QCoreApplication::translate("Check", "requires the unknown golongan '%1'").arg(q.value(4).toString()));
            if (!q.value(5).toString().isEmpty() && !cat.education(q.value(5).toString()))
                out.add(subject, QCoreApplication::translate("Check", "requires the unknown education level '%1'").arg(q.value(5).toString()));
            if (!withStandard.contains(id))
                out.add(subject, QCoreApplication::translate("Check", "has no competency standard (SKJ)"));
        }
    }

    step(4, QCoreApplication::translate("Check", "Competency dictionary"));
    out.begin(QStringLiteral("competencies"));
    if (!q.exec(QStringLiteral("SELECT c.code, COUNT(l.level) FROM competencies c LEFT JOIN competency_levels l "
                               "ON l.competency_id = c.id GROUP BY c.id, c.code")))
        return sql::errorFrom(q);
    while (q.next())
        if (q.value(1).toInt() != 5)
            out.add(QCoreApplication::translate("Check", "competency %1").arg(q.value(0).toString()), QCoreApplication::translate("Check", "has %1 levels described; 5 are expected").arg(q.value(1).toInt()));

    step(5, QCoreApplication::translate("Check", "Employees"));
    out.begin(QStringLiteral("employees"));
    {
        EmployeeRepository repo(db);
        auto employees = repo.all();
        if (!employees)
            return employees.error();
        report.employeesChecked = employees->size();
        for (const Employee& e : employees.value()) {
            if (Status s = EmployeeRepository::validate(e); !s)
                out.add(QCoreApplication::translate("Check", "employee %1").arg(Nip::format(e.nip)), s.error().describe());
            if (e.positionId) {
                if (positionUnit.value(e.positionId) != e.unitId)
                    out.add(QCoreApplication::translate("Check", "employee %1").arg(Nip::format(e.nip)), QCoreApplication::translate("Check", "works in a different unit from their position"));
            }
        }
    }

    step(6, QCoreApplication::translate("Check", "Assessments"));
    out.begin(QStringLiteral("assessments"));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM assessments WHERE level < 1 OR level > 5 OR assessed_on IS NULL")))
        return sql::errorFrom(q);
    if (q.next() && q.value(0).toLongLong() > 0)
        out.add(QString(), QCoreApplication::translate("Check", "%1 assessments have a level outside 1-5 or no date").arg(q.value(0).toLongLong()));
    step(7, QCoreApplication::translate("Check", "Done"));
    return report;
}

Result<QVector<EntityCount>> countEntities(QSqlDatabase db)
{
    static const char* tables[] = {"units",       "competencies",        "positions",           "position_standards",
                                   "employees",   "assessments",         "performance_ratings", "disciplinary_records"};
    QVector<EntityCount> out;
    for (const char* t : tables) {
        // Table names come from the fixed list above, never from input.
        auto v = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(t));
        if (!v)
            return v.error();
        out.append({QLatin1String(t), v->toLongLong()});
    }
    return out;
}

} // namespace karsa
