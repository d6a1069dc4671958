#pragma once

#include "JobPersonMatch.h"
#include "TalentBox.h"
#include "common/Result.h"
#include "domain/Competency.h"
#include "domain/Employee.h"
#include "domain/Position.h"
#include "domain/Unit.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVector>

namespace karsa {

struct AnalyticsUnit
{
    qint64 id = 0;
    QString code;
    QString name;
    qint64 parentId = 0;
    int parentIndex = -1;
};

struct AnalyticsCompetency
{
    qint64 id = 0;
    QString code;
    QString name;
    CompetencyType type = CompetencyType::Teknis;
};

struct AnalyticsPosition
{
    qint64 id = 0;
    QString code;
    QString name;
    QString jenjang;
    qint64 unitId = 0;
    int unitIndex = -1;
    int minGolonganRank = 0;  // from the position, else the jenjang's minimum; 0 = none
    int minEducationRank = 0; // 0 = none
    QString minGolongan;
    QString minEducation;
    bool isKey = false;
    QVector<StandardLine> standard; // sorted by competency id
};

struct AnalyticsEmployee
{
    qint64 id = 0;
    QString nip;
    QString name; // with gelar
    QString golongan;
    int golonganRank = 0; // PPPK golongan N counts as PNS rank N; 0 unknown
    QString education;
    int educationRank = 0;
    qint64 positionId = 0;
    qint64 unitId = 0;
    int positionIndex = -1;
    int unitIndex = -1;
    QDate birthDate;
    QDate tmtCpns;         // start of masa kerja
    int birthMonth = 0;    // year x 12 + month - 1 of the birth date; 0 when unknown (fast retirement test)
    qint64 tmtCpnsDay = 0; // Julian day of TMT CPNS; 0 when unknown
    int levelsBegin = 0, levelsEnd = 0;
    int ratingsBegin = 0, ratingsEnd = 0;
    int sanctionsBegin = 0, sanctionsEnd = 0;
};

// A read-only in-memory snapshot of everything the analytics read, loaded from the database in a
// few bulk queries (or built by hand in tests), indexed by position in flat vectors so that JPM
// for 100,000 employees is a tight loop. Build with add*() then finish(); read after finish().
class AnalyticsData
{
public:
    static Result<AnalyticsData> load(QSqlDatabase db);

    int addUnit(const Unit& unit);
    int addCompetency(const Competency& competency);
    int addPosition(const Position& position); // standard lines marked teknis at finish()
    int addEmployee(const Employee& employee);
    void addLevel(int employeeIndex, qint64 competencyId, int level);
    void addRating(int employeeIndex, int year, const QString& predikat);
    void addSanction(int employeeIndex, const SanctionEntry& sanction);
    void finish(); // resolves ids to indexes, groups levels/ratings/sanctions per employee

    const QVector<AnalyticsUnit>& units() const { return m_units; }
    const QVector<AnalyticsCompetency>& competencies() const { return m_competencies; }
    const QVector<AnalyticsPosition>& positions() const { return m_positions; }
    const QVector<AnalyticsEmployee>& employees() const { return m_employees; }

    LevelSpan levels(int employeeIndex) const;
    std::span<const RatingEntry> ratings(int employeeIndex) const;
    std::span<const SanctionEntry> sanctions(int employeeIndex) const;

    int unitIndex(qint64 id) const { return m_unitById.value(id, -1); }
    int unitIndexByCode(const QString& code) const;
    int competencyIndex(qint64 id) const { return m_competencyById.value(id, -1); }
    int positionIndex(qint64 id) const { return m_positionById.value(id, -1); }
    int positionIndexByCode(const QString& code) const;
    int employeeIndex(qint64 id) const { return m_employeeById.value(id, -1); }
    int employeeIndexByNip(const QString& nip) const; // spaced or plain

    // The indexes of unit and every unit below it.
    QVector<int> unitSubtree(int unitIndex) const;
    // The indexes of the employees whose unit is in the subtree of unitIndex (-1 = everyone).
    QVector<int> employeesInScope(int unitIndex) const;

private:
    QVector<AnalyticsUnit> m_units;
    QVector<AnalyticsCompetency> m_competencies;
    QVector<AnalyticsPosition> m_positions;
    QVector<AnalyticsEmployee> m_employees;
    QVector<LevelEntry> m_levels;
    QVector<RatingEntry> m_ratings;
    QVector<SanctionEntry> m_sanctions;
    QVector<std::pair<int, LevelEntry>> m_pendingLevels;
    QVector<std::pair<int, RatingEntry>> m_pendingRatings;
    QVector<std::pair<int, SanctionEntry>> m_pendingSanctions;
    QHash<qint64, int> m_unitById, m_competencyById, m_positionById, m_employeeById;
    QHash<QString, int> m_positionByCode, m_unitByCode, m_employeeByNip;
};

} // namespace karsa
