#include "TestSupport.h"

#include "domain/Position.h"
#include "domain/Unit.h"
#include "storage/CompetencyRepository.h"
#include "storage/PositionRepository.h"
#include "storage/UnitRepository.h"

#include <QDir>

#include <stdexcept>

namespace karsa::test {

TempDatabase::TempDatabase()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
    m_path = QDir(m_dir.path()).filePath(QStringLiteral("test.db"));
    reopen();
}

void TempDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(m_path);
    if (!opened)
        throw std::runtime_error(opened.error().describe().toStdString());
    m_db = std::move(opened).value();
}

MiniOrg makeMiniOrg(QSqlDatabase db, const QString& code)
{
    MiniOrg org;
    Unit unit;
    unit.code = code;
    unit.name = QStringLiteral("Unit ") + code;
    unit.kind = QStringLiteral("perangkat_daerah");
    auto uid = UnitRepository(db).insert(unit);
    if (!uid)
        throw std::runtime_error(uid.error().describe().toStdString());
    org.unitId = uid.value();
    Position p;
    p.code = code + QStringLiteral("-P1");
    p.name = QStringLiteral("Analis");
    p.jenjang = QStringLiteral("ahli_pertama");
    p.unitId = org.unitId;
    auto comps = CompetencyRepository(db).all(false);
    for (const Competency& c : comps.value())
        if (c.type != CompetencyType::Teknis)
            p.standard.append({c.id, 2, 1.0});
    auto pid = PositionRepository(db).insert(p);
    if (!pid)
        throw std::runtime_error(pid.error().describe().toStdString());
    org.positionId = pid.value();
    return org;
}

QString dataFile(const QString& name)
{
    return QDir(QStringLiteral(KARSA_TEST_DATA_DIR)).filePath(name);
}

} // namespace karsa::test
