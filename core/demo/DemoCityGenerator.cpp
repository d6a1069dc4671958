#include "DemoCityGenerator.h"

#include "DemoEvaluation.h"
#include "DemoHistory.h"
#include "DemoTraining.h"
#include "DemoNames.h"
#include "DemoOrganisation.h"
#include "DemoPeople.h"
#include "DemoPositionCatalog.h"
#include "DemoSecurity.h"
#include "DemoRandom.h"
#include "DemoTechnicalCompetencies.h"
#include "refdata/ReferenceCatalog.h"
#include "storage/AssessmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/BulkInserter.h"
#include "storage/CompetencyRepository.h"
#include "storage/EmployeeRepository.h"
#include "storage/PositionRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace karsa {

namespace {

constexpr int kReportEvery = 2000;

// Random streams, one per phase.
enum Phase : quint64 { OrganisationPhase = 1, PeoplePhase = 2, AssessmentPhase = 3, SanctionPhase = 4, RatingPhase = 5, AssessorPhase = 6 };

Error cancelledError()
{
    return makeError(QStringLiteral("cancelled"));
}

class Stepper
{
public:
    Stepper(Progress* progress, QString stage, qint64 total) : m_progress(progress), m_stage(std::move(stage)), m_total(total)
    {
        if (m_progress)
            m_progress->report(0, m_total, m_stage);
    }
    // false when cancelled
    bool step(qint64 done)
    {
        if (!m_progress)
            return true;
        if (done % kReportEvery == 0 || done == m_total)
            m_progress->report(done, m_total, m_stage);
        return !m_progress->cancelled();
    }
    bool cancelled() const { return m_progress && m_progress->cancelled(); }

private:
    Progress* m_progress;
    QString m_stage;
    qint64 m_total;
};

QStringList assessorPool(quint64 seed)
{
    DemoRandom random = DemoRandom::stream(seed, AssessorPhase);
    QStringList out;
    const DemoNames& names = DemoNames::instance();
    for (int i = 0; i < 14; ++i) {
        const Sex sex = random.chance(0.55) ? Sex::Female : Sex::Male;
        const QString name = names.personName(random, sex);
        switch (i % 4) {
        case 0: out << name + QStringLiteral(", M.Psi., Psikolog"); break;
        case 1: out << name + QStringLiteral(", S.Psi., M.Si."); break;
        case 2: out << name + QStringLiteral(", S.Sos., M.AP."); break;
        default: out << QStringLiteral("Dr. ") + name + QStringLiteral(", M.Psi."); break;
        }
    }
    return out;
}

} // namespace

Result<DemoSummary> DemoCityGenerator::generate(Database& database, const DemoOptions& options, Progress* progress)
{
    QSqlDatabase db = database.db();
    if (options.employees < 0 || options.employees > 1000000)
        return makeError(QCoreApplication::translate("DemoCity", "The number of employees must be between 0 and 1,000,000"));
    if (!options.today.isValid() || options.today.year() < 2020 || options.today.year() > 2100)
        return makeError(QCoreApplication::translate("DemoCity", "The reference date of the demo city is not valid"));
    auto employeeCount = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM employees"));
    if (!employeeCount)
        return employeeCount.error();
    if (employeeCount->toLongLong() > 0)
        return makeError(QCoreApplication::translate("DemoCity", "The database already has employees; the demo city needs an empty database"));
    auto unitCount = sql::scalar(db, QStringLiteral("SELECT (SELECT COUNT(*) FROM units) + (SELECT COUNT(*) FROM positions)"));
    if (!unitCount)
        return unitCount.error();
    if (unitCount->toLongLong() > 0)
        return makeError(QCoreApplication::translate("DemoCity", "The database already has units or positions; the demo city needs an empty database"));

    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    AuditBulkScope audit(db, QStringLiteral("demo city")); // one audit row per table, not per row
    const QString now = QDateTime(options.today, QTime(8, 0), Qt::UTC).toString(Qt::ISODate);
    DemoSummary summary;
    const int n = options.employees;

    // 1. Units.
    DemoRandom orgRandom = DemoRandom::stream(options.seed, OrganisationPhase);
    DemoOrganisation org(n, orgRandom);
    QVector<DemoUnitPlan>& units = org.units();
    QVector<int> district(units.size(), 0); // kecamatan number (1..31) for NIKs, 0 elsewhere
    {
        Stepper step(progress, QCoreApplication::translate("DemoCity", "Units"), units.size());
        UnitRepository repo(db);
        int kecamatan = 0;
        for (int i = 0; i < units.size(); ++i) {
            DemoUnitPlan& u = units[i];
            u.unit.parentId = u.parent >= 0 ? units.at(u.parent).unit.id : 0;
            auto id = repo.insert(u.unit);
            if (!id)
                return id.error();
            u.unit.id = id.value();
            if (u.parent < 0 && u.unit.kind == u"kecamatan")
                district[i] = ++kecamatan;
            else if (u.parent >= 0)
                district[i] = district.at(u.parent);
            if (!step.step(i + 1))
                return cancelledError();
        }
        summary.units = int(units.size());
    }

    // 2. Technical competencies.
    QHash<QString, qint64> competencyIds; // code -> id (lookup only)
    {
        CompetencyRepository repo(db);
        auto existing = repo.all(false);
        if (!existing)
            return existing.error();
        for (const Competency& c : existing.value())
            competencyIds.insert(c.code, c.id);
        for (const QString& code : {QStringLiteral("M.01"), QStringLiteral("M.08"), QStringLiteral("SK.01")})
            if (!competencyIds.contains(code))
                return makeError(QCoreApplication::translate("DemoCity", "The competency dictionary is missing %1; open the database with Karsa first").arg(code));
        for (const Competency& c : DemoTechnicalCompetencies::build()) {
            if (competencyIds.contains(c.code))
                continue;
            auto id = repo.insert(c);
            if (!id)
                return id.error();
            competencyIds.insert(c.code, id.value());
            ++summary.technicalCompetencies;
        }
    }
    static const char* managerial[] = {"M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01"};

    // 3. Positions with their SKJ, checked by PositionRepository::validate and written in bulk;
    //    the superior links are set once every id is known.
    QVector<DemoPositionPlan>& positions = org.positions();
    QVector<QVector<DemoStandardItem>> standards(positions.size());
    {
        Stepper step(progress, QCoreApplication::translate("DemoCity", "Positions"), positions.size());
        static const QStringList positionColumns = {
            QStringLiteral("code"),          QStringLiteral("name"),         QStringLiteral("jenjang"),
            QStringLiteral("unit_id"),       QStringLiteral("kelas_jabatan"), QStringLiteral("min_golongan"),
            QStringLiteral("min_education"), QStringLiteral("formation"),     QStringLiteral("is_key"),
            QStringLiteral("updated_at")};
        BulkInserter inserter(db, QStringLiteral("positions"), positionColumns);
        QVector<int> perUnit(units.size(), 0);
        for (int i = 0; i < positions.size(); ++i) {
            DemoPositionPlan& p = positions[i];
            Position& pos = p.position;
            pos.unitId = units.at(p.unit).unit.id;
            pos.code = units.at(p.unit).unit.code + u'-' + QString::number(++perUnit[p.unit]);
            const JenjangInfo* j = ReferenceCatalog::instance().jenjang(pos.jenjang);
            const int level = j ? j->defaultLevel : 1;
            pos.standard.clear();
            for (const char* code : managerial) {
                const qint64 id = competencyIds.value(QString::fromLatin1(code));
                // Entry-level positions still ask level 2 of Integritas and Pelayanan Publik, as many
                // agencies' SKJ do; it keeps the demo's gaps from vanishing at the floor of level 1.
                const bool raised = level == 1 && (qstrcmp(code, "M.01") == 0 || qstrcmp(code, "M.05") == 0);
                const int required = raised ? 2 : level;
                if (id > 0) {
                    pos.standard.append({id, required, 1.0});
                    standards[i].append({id, required, false});
                }
            }
            const int teknis = DemoPositionCatalog::technicalLevel(pos.jenjang);
            for (const QString& code : p.technical) {
                const qint64 id = competencyIds.value(code);
                if (id > 0 && std::none_of(pos.standard.cbegin(), pos.standard.cend(),
                                           [id](const StandardItem& s) { return s.competencyId == id; })) {
                    pos.standard.append({id, teknis, 1.0});
                    standards[i].append({id, teknis, true});
                }
            }
            if (Status v = PositionRepository::validate(pos); !v)
                return v.error();
            if (Status w = inserter.add({pos.code, pos.name, pos.jenjang, pos.unitId, pos.kelasJabatan, sql::text(pos.minGolongan),
                                         sql::text(pos.minEducation), pos.formation, pos.isKey ? 1 : 0, now});
                !w)
                return w.error();
            if (!step.step(i + 1))
                return cancelledError();
        }
        if (Status w = inserter.finish(); !w)
            return w.error();
        QHash<QString, qint64> idByCode; // lookup only
        {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT id, code FROM positions")))
                return sql::errorFrom(q);
            while (q.next())
                idByCode.insert(q.value(1).toString(), q.value(0).toLongLong());
        }
        for (DemoPositionPlan& p : positions)
            p.position.id = idByCode.value(p.position.code);
        auto update = sql::prepare(db, QStringLiteral("UPDATE positions SET superior_id = ? WHERE id = ?"));
        if (!update)
            return update.error();
        BulkInserter standardInserter(db, QStringLiteral("position_standards"),
                                      {QStringLiteral("position_id"), QStringLiteral("competency_id"),
                                       QStringLiteral("required_level"), QStringLiteral("weight")});
        for (DemoPositionPlan& p : positions) {
            Position& pos = p.position;
            if (pos.id <= 0)
                return makeError(QCoreApplication::translate("DemoCity", "Position %1 was not written").arg(pos.code));
            if (p.superior >= 0) {
                pos.superiorId = positions.at(p.superior).position.id;
                update->bindValue(0, pos.superiorId);
                update->bindValue(1, pos.id);
                if (Status s = sql::exec(update.value()); !s)
                    return s.error();
            }
            for (const StandardItem& item : pos.standard)
                if (Status w = standardInserter.add({pos.id, item.competencyId, item.requiredLevel, item.weight}); !w)
                    return w.error();
        }
        if (Status w = standardInserter.finish(); !w)
            return w.error();
        summary.positions = int(positions.size());
    }

    // 4. Seats to fill: structural posts first (some kept vacant), then staff seats by formation.
    std::vector<int> seats; // position index per employee, in position order
    seats.reserve(size_t(n));
    {
        int structural = 0;
        std::vector<int> staffSeats;
        for (int i = 0; i < positions.size(); ++i) {
            const DemoPositionPlan& p = positions.at(i);
            if (p.structural) {
                if (!p.keepVacant && structural < org.structuralToFill()) {
                    seats.push_back(i);
                    ++structural;
                }
            } else {
                for (int k = 0; k < p.position.formation; ++k)
                    staffSeats.push_back(i);
            }
        }
        const int staffNeeded = std::min<int>(n - int(seats.size()), int(staffSeats.size()));
        DemoRandom seatRandom = DemoRandom::stream(options.seed, PeoplePhase + 100);
        for (int k = 0; k < staffNeeded; ++k) // partial Fisher-Yates: which staff seats stay vacant
            std::swap(staffSeats[size_t(k)], staffSeats[size_t(seatRandom.between(k, int(staffSeats.size()) - 1))]);
        seats.insert(seats.end(), staffSeats.begin(), staffSeats.begin() + staffNeeded);
        std::sort(seats.begin(), seats.end());
    }

    // 5. Employees. Status targets: ~85 % PNS, ~3 % CPNS, ~12 % PPPK (PPPK and CPNS only on staff seats).
    QHash<QString, int> retirement;
    {
        SettingsRepository settings(db);
        for (const JenjangInfo& j : ReferenceCatalog::instance().jenjangList())
            retirement.insert(j.code, settings.intValue(SettingsRepository::retirementAgeKey(j.code), j.retirementAge));
    }
    double pppkWeight = 0;
    int entrySeats = 0;
    for (int s : seats) {
        const DemoPositionPlan& p = positions.at(s);
        if (p.structural)
            continue;
        pppkWeight += p.pppk;
        const QString& j = p.position.jenjang;
        if (j == u"pelaksana" || j == u"ahli_pertama" || j == u"terampil" || j == u"pemula")
            ++entrySeats;
    }
    const double pppkScale = pppkWeight > 0 ? 0.12 * n / pppkWeight : 0;
    const double cpnsChance = entrySeats > 0 ? std::min(0.5, 0.03 * n / entrySeats) : 0;

    std::vector<DemoPerson> people;
    people.reserve(seats.size());
    {
        Stepper step(progress, QCoreApplication::translate("DemoCity", "Employees"), qint64(seats.size()));
        DemoPeople factory(options.today, retirement);
        DemoRandom random = DemoRandom::stream(options.seed, PeoplePhase);
        BulkInserter inserter(db, QStringLiteral("employees"), EmployeeRepository::columns());
        for (size_t k = 0; k < seats.size(); ++k) {
            const int s = seats[k];
            const DemoPositionPlan& p = positions.at(s);
            EmployeeStatus status = EmployeeStatus::Pns;
            const double u = random.uniform();
            const QString& j = p.position.jenjang;
            const bool entry = j == u"pelaksana" || j == u"ahli_pertama" || j == u"terampil" || j == u"pemula";
            if (!p.structural) {
                if (entry && u < cpnsChance)
                    status = EmployeeStatus::Cpns;
                else if (u < (entry ? cpnsChance : 0) + std::min(0.9, p.pppk * pppkScale))
                    status = EmployeeStatus::Pppk;
            }
            const int d = district.at(p.unit) > 0 ? district.at(p.unit) : random.between(1, 31);
            DemoPerson person = factory.make(random, p, s, units.at(p.unit).unit.id, d, status);
            person.employee.positionId = p.position.id;
            if (Status v = EmployeeRepository::validate(person.employee); !v) {
                Error e = v.error();
                e.message = QCoreApplication::translate("DemoCity", "Generated employee %1 is invalid: %2").arg(person.employee.nip, e.message);
                return e;
            }
            if (Status w = inserter.add(EmployeeRepository::values(person.employee, now)); !w)
                return w.error();
            people.push_back(std::move(person));
            if (!step.step(qint64(k + 1)))
                return cancelledError();
        }
        if (Status w = inserter.finish(); !w)
            return w.error();
        summary.employees = int(people.size());
    }

    // Employee ids: assigned in insertion order in the (empty) table; verified, else looked up.
    std::vector<qint64> ids(people.size(), 0);
    if (!people.empty()) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT MIN(id), MAX(id), COUNT(*) FROM employees")) || !q.next())
            return sql::errorFrom(q);
        const qint64 first = q.value(0).toLongLong(), last = q.value(1).toLongLong(), count = q.value(2).toLongLong();
        if (count == qint64(people.size()) && last - first + 1 == count) {
            for (size_t k = 0; k < people.size(); ++k)
                ids[k] = first + qint64(k);
        } else {
            QHash<QString, qint64> byNip;
            if (!q.exec(QStringLiteral("SELECT id, nip FROM employees")))
                return sql::errorFrom(q);
            while (q.next())
                byNip.insert(q.value(1).toString(), q.value(0).toLongLong());
            for (size_t k = 0; k < people.size(); ++k)
                ids[k] = byNip.value(people[k].employee.nip);
        }
    }

    // 6. Assessments.
    {
        Stepper step(progress, QCoreApplication::translate("DemoCity", "Assessments"), qint64(people.size()));
        DemoHistory history(options.today, now, assessorPool(options.seed));
        DemoRandom random = DemoRandom::stream(options.seed, AssessmentPhase);
        BulkInserter inserter(db, QStringLiteral("assessments"), DemoHistory::validatedColumns());
        BulkInserter pending(db, QStringLiteral("assessments"), AssessmentRepository::columns());
        QVector<QString> team360(units.size());
        for (int i = 0; i < units.size(); ++i) {
            int top = i;
            while (units.at(top).parent >= 0)
                top = units.at(top).parent;
            team360[i] = QStringLiteral("Tim Penilai 360 ") + units.at(top).unit.shortName;
        }
        for (size_t k = 0; k < people.size(); ++k) {
            const DemoPerson& person = people[k];
            const int unit = positions.at(person.position).unit;
            if (Status s = history.assessments(inserter, pending, random, ids[k], person, standards.at(person.position),
                                               team360.at(unit), &summary.assessments);
                !s)
                return s.error();
            if (!step.step(qint64(k + 1)))
                return cancelledError();
        }
        if (Status s = inserter.finish(); !s)
            return s.error();
        if (Status s = pending.finish(); !s)
            return s.error();
    }

    // 7. Disciplinary records, then SKP ratings that reflect them.
    {
        Stepper step(progress, QCoreApplication::translate("DemoCity", "Performance"), qint64(people.size()));
        DemoHistory history(options.today, now, {});
        DemoRandom sanctionRandom = DemoRandom::stream(options.seed, SanctionPhase);
        DemoRandom ratingRandom = DemoRandom::stream(options.seed, RatingPhase);
        BulkInserter sanctions(db, QStringLiteral("disciplinary_records"), DemoHistory::sanctionColumns());
        BulkInserter ratings(db, QStringLiteral("performance_ratings"), DemoHistory::ratingColumns());
        for (size_t k = 0; k < people.size(); ++k) {
            int year = 0;
            if (Status s = history.sanction(sanctions, sanctionRandom, ids[k], people[k], &year, &summary.sanctions); !s)
                return s.error();
            if (Status s = history.ratings(ratings, ratingRandom, ids[k], people[k], year, &summary.ratings); !s)
                return s.error();
            if (!step.step(qint64(k + 1)))
                return cancelledError();
        }
        if (Status s = sanctions.finish(); !s)
            return s.error();
        if (Status s = ratings.finish(); !s)
            return s.error();
    }

    // 8. Training catalogue and the training attended last year and this year (core/demo/DemoTraining).
    auto training = DemoTraining::generate(db, options.today, options.seed);
    if (!training)
        return training.error();
    summary.trainingProgrammes = training->programmes;
    summary.trainingRecords = training->records;
    // 9. A closed 360° evaluation cycle of last year over one perangkat daerah.
    if (auto evaluation = DemoEvaluation::generate(db, options.seed, options.today); !evaluation)
        return evaluation.error();
    else
        summary.ratings += evaluation->newRatings;

    if (progress && progress->cancelled())
        return cancelledError();
    if (Status s = DemoSecurity::configure(db); !s)
        return s.error();
    // The window and every printout say "DATA DEMO" (reports/Letterhead::demo).
    if (Status s = SettingsRepository(db).setValue(QStringLiteral("demo/is_demo"), QStringLiteral("1")); !s)
        return s.error();
    if (Status s = audit.finish(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace karsa
