#include "AnalyticsData.h"

#include "refdata/ReferenceCatalog.h"
#include "storage/AssessmentRepository.h"
#include "storage/CompetencyRepository.h"
#include "storage/EmployeeRepository.h"
#include "storage/PositionRepository.h"
#include "storage/UnitRepository.h"

#include <algorithm>
#include <numeric>

namespace karsa {

namespace {
// Groups (employee index, entry) pairs into one contiguous run per employee (a counting sort that
// keeps the input order inside a run), setting each employee's [begin, end).
template <typename Entry, typename SetRange>
void group(QVector<std::pair<int, Entry>>& pending, QVector<Entry>& out, int employees, SetRange setRange)
{
    QVector<int> start(employees + 1, 0);
    for (const auto& p : pending)
        ++start[p.first + 1];
    for (int i = 0; i < employees; ++i)
        start[i + 1] += start[i];
    out.resize(pending.size());
    QVector<int> next(start.cbegin(), start.cend() - 1);
    for (auto& p : pending)
        out[next[p.first]++] = std::move(p.second);
    for (int i = 0; i < employees; ++i)
        setRange(i, start[i], start[i + 1]);
    pending.clear();
    pending.squeeze();
}
} // namespace

Result<AnalyticsData> AnalyticsData::load(QSqlDatabase db)
{
    AnalyticsData data;
    auto units = UnitRepository(db).all();
    if (!units)
        return units.error();
    for (const Unit& u : units.value())
        data.addUnit(u);
    auto competencies = CompetencyRepository(db).all(false);
    if (!competencies)
        return competencies.error();
    for (const Competency& c : competencies.value())
        data.addCompetency(c);
    auto positions = PositionRepository(db).all(true);
    if (!positions)
        return positions.error();
    for (const Position& p : positions.value())
        data.addPosition(p);
    {
        auto employees = EmployeeRepository(db).all();
        if (!employees)
            return employees.error();
        data.m_employees.reserve(employees->size());
        for (const Employee& e : employees.value())
            data.addEmployee(e);
    }
    {
        auto levels = AssessmentRepository(db).current();
        if (!levels)
            return levels.error();
        data.m_pendingLevels.reserve(levels->size());
        for (const CurrentLevel& l : levels.value())
            data.addLevel(data.employeeIndex(l.employeeId), l.competencyId, l.level);
    }
    PerformanceRepository performance(db);
    {
        auto ratings = performance.all(0, 9999);
        if (!ratings)
            return ratings.error();
        data.m_pendingRatings.reserve(ratings->size());
        for (const PerformanceRating& r : ratings.value())
            data.addRating(data.employeeIndex(r.employeeId), r.year, r.predikat);
    }
    auto sanctions = performance.disciplinary();
    if (!sanctions)
        return sanctions.error();
    for (const DisciplinaryRecord& d : sanctions.value())
        data.addSanction(data.employeeIndex(d.employeeId), {d.level, d.decidedOn, d.endsOn});
    data.finish();
    return data;
}

int AnalyticsData::addUnit(const Unit& unit)
{
    m_unitById.insert(unit.id, m_units.size());
    m_unitByCode.insert(unit.code, m_units.size());
    m_units.append({unit.id, unit.code, unit.name, unit.parentId, -1});
    return m_units.size() - 1;
}

int AnalyticsData::addCompetency(const Competency& c)
{
    m_competencyById.insert(c.id, m_competencies.size());
    m_competencies.append({c.id, c.code, c.name, c.type});
    return m_competencies.size() - 1;
}

int AnalyticsData::addPosition(const Position& p)
{
    const ReferenceCatalog& ref = ReferenceCatalog::instance();
    AnalyticsPosition a;
    a.id = p.id;
    a.code = p.code;
    a.name = p.name;
    a.jenjang = p.jenjang;
    a.unitId = p.unitId;
    a.minGolongan = p.minGolongan;
    if (a.minGolongan.isEmpty())
        if (const JenjangInfo* j = ref.jenjang(p.jenjang))
            a.minGolongan = j->minGolongan;
    a.minGolonganRank = a.minGolongan.isEmpty() ? 0 : ref.golonganRank(a.minGolongan);
    a.minEducation = p.minEducation;
    a.minEducationRank = p.minEducation.isEmpty() ? 0 : ref.educationRank(p.minEducation);
    a.isKey = p.isKey;
    for (const StandardItem& s : p.standard)
        a.standard.append({s.competencyId, s.requiredLevel, s.weight, false});
    std::sort(a.standard.begin(), a.standard.end(),
              [](const StandardLine& x, const StandardLine& y) { return x.competencyId < y.competencyId; });
    m_positionById.insert(p.id, m_positions.size());
    m_positionByCode.insert(p.code, m_positions.size());
    m_positions.append(std::move(a));
    return m_positions.size() - 1;
}

int AnalyticsData::addEmployee(const Employee& e)
{
    const ReferenceCatalog& ref = ReferenceCatalog::instance();
    AnalyticsEmployee a;
    a.id = e.id;
    a.nip = e.nip;
    a.name = e.fullName();
    a.golongan = e.golongan;
    a.golonganRank = ref.golonganRank(e.golongan);
    a.education = e.education;
    a.educationRank = ref.educationRank(e.education);
    a.positionId = e.positionId;
    a.unitId = e.unitId;
    a.birthDate = e.birthDate;
    a.tmtCpns = e.tmtCpns;
    a.birthMonth = e.birthDate.isValid() ? e.birthDate.year() * 12 + e.birthDate.month() - 1 : 0;
    a.tmtCpnsDay = e.tmtCpns.isValid() ? e.tmtCpns.toJulianDay() : 0;
    m_employeeById.insert(e.id, m_employees.size());
    m_employeeByNip.insert(e.nip, m_employees.size());
    m_employees.append(std::move(a));
    return m_employees.size() - 1;
}

void AnalyticsData::addLevel(int employeeIndex, qint64 competencyId, int level)
{
    if (employeeIndex >= 0)
        m_pendingLevels.append({employeeIndex, LevelEntry{competencyId, level}});
}

void AnalyticsData::addRating(int employeeIndex, int year, const QString& predikat)
{
    if (employeeIndex >= 0)
        m_pendingRatings.append({employeeIndex, RatingEntry{year, predikat}});
}

void AnalyticsData::addSanction(int employeeIndex, const SanctionEntry& sanction)
{
    if (employeeIndex >= 0)
        m_pendingSanctions.append({employeeIndex, sanction});
}

void AnalyticsData::finish()
{
    for (AnalyticsUnit& u : m_units)
        u.parentIndex = u.parentId ? unitIndex(u.parentId) : -1;
    for (AnalyticsPosition& p : m_positions) {
        p.unitIndex = unitIndex(p.unitId);
        for (StandardLine& s : p.standard) {
            const int c = competencyIndex(s.competencyId);
            s.teknis = c >= 0 && m_competencies[c].type == CompetencyType::Teknis;
        }
    }
    for (AnalyticsEmployee& e : m_employees) {
        e.positionIndex = e.positionId ? positionIndex(e.positionId) : -1;
        e.unitIndex = e.unitId ? unitIndex(e.unitId) : -1;
        if (e.unitIndex < 0 && e.positionIndex >= 0)
            e.unitIndex = m_positions[e.positionIndex].unitIndex;
    }
    const int n = m_employees.size();
    group(m_pendingLevels, m_levels, n, [this](int i, int b, int e) {
        m_employees[i].levelsBegin = b;
        m_employees[i].levelsEnd = e;
        std::sort(m_levels.begin() + b, m_levels.begin() + e,
                  [](const LevelEntry& x, const LevelEntry& y) { return x.competencyId < y.competencyId; });
    });
    group(m_pendingRatings, m_ratings, n, [this](int i, int b, int e) {
        m_employees[i].ratingsBegin = b;
        m_employees[i].ratingsEnd = e;
    });
    group(m_pendingSanctions, m_sanctions, n, [this](int i, int b, int e) {
        m_employees[i].sanctionsBegin = b;
        m_employees[i].sanctionsEnd = e;
    });
}

LevelSpan AnalyticsData::levels(int i) const
{
    const AnalyticsEmployee& e = m_employees[i];
    return LevelSpan(m_levels.constData() + e.levelsBegin, static_cast<size_t>(e.levelsEnd - e.levelsBegin));
}

std::span<const RatingEntry> AnalyticsData::ratings(int i) const
{
    const AnalyticsEmployee& e = m_employees[i];
    return {m_ratings.constData() + e.ratingsBegin, static_cast<size_t>(e.ratingsEnd - e.ratingsBegin)};
}

std::span<const SanctionEntry> AnalyticsData::sanctions(int i) const
{
    const AnalyticsEmployee& e = m_employees[i];
    return {m_sanctions.constData() + e.sanctionsBegin, static_cast<size_t>(e.sanctionsEnd - e.sanctionsBegin)};
}

int AnalyticsData::unitIndexByCode(const QString& code) const
{
    return m_unitByCode.value(code.trimmed(), -1);
}

int AnalyticsData::positionIndexByCode(const QString& code) const
{
    return m_positionByCode.value(code.trimmed(), -1);
}

int AnalyticsData::employeeIndexByNip(const QString& nip) const
{
    QString digits;
    for (QChar c : nip)
        if (c.isDigit())
            digits.append(c);
    return m_employeeByNip.value(digits, -1);
}

QVector<int> AnalyticsData::unitSubtree(int unitIndex) const
{
    QVector<int> out;
    if (unitIndex < 0 || unitIndex >= m_units.size())
        return out;
    QVector<QVector<int>> children(m_units.size());
    for (int i = 0; i < m_units.size(); ++i)
        if (m_units[i].parentIndex >= 0)
            children[m_units[i].parentIndex].append(i);
    out.append(unitIndex);
    for (int k = 0; k < out.size(); ++k) // breadth first; a cycle cannot occur (units refuse it)
        out += children[out[k]];
    return out;
}

QVector<int> AnalyticsData::employeesInScope(int unitIndex) const
{
    QVector<int> out;
    if (unitIndex < 0) {
        out.resize(m_employees.size());
        std::iota(out.begin(), out.end(), 0);
        return out;
    }
    QVector<bool> inScope(m_units.size(), false);
    for (int u : unitSubtree(unitIndex))
        inScope[u] = true;
    for (int i = 0; i < m_employees.size(); ++i)
        if (m_employees[i].unitIndex >= 0 && inScope[m_employees[i].unitIndex])
            out.append(i);
    return out;
}

} // namespace karsa
