#include "TestSupport.h"

#include "domain/Position.h"
#include "domain/Unit.h"
#include "storage/CompetencyRepository.h"
#include "storage/PositionRepository.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <sys/stat.h>
#include <unistd.h>

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

struct DatabaseHolder::Impl
{
    QProcess process;
};

DatabaseHolder::DatabaseHolder(const QString& databasePath) : m_impl(std::make_unique<Impl>())
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KARSA_TEST_HOLD_DB"), databasePath);
    m_impl->process.setProcessEnvironment(env);
    m_impl->process.start(QCoreApplication::applicationFilePath(), {});
    if (!m_impl->process.waitForStarted(10000))
        return;
    while (m_impl->process.waitForReadyRead(20000)) {
        if (m_impl->process.readAllStandardOutput().contains("ready")) {
            m_ready = true;
            break;
        }
    }
}

DatabaseHolder::~DatabaseHolder()
{
    m_impl->process.closeWriteChannel();
    if (!m_impl->process.waitForFinished(10000))
        m_impl->process.kill();
    m_impl->process.waitForFinished(2000);
}

qint64 DatabaseHolder::pid() const
{
    return m_impl->process.processId();
}

int locksHeldOn(const QString& path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QString pid = QString::number(::getpid());
    const QString inodeSuffix = u':' + QString::number(st.st_ino);
    int held = 0;
    for (const QByteArray& raw : locks.readAll().split('\n')) {
        const QStringList f = QString::fromLatin1(raw).split(u' ', Qt::SkipEmptyParts);
        // "1: POSIX  ADVISORY  READ 4242 08:01:123456 1073741826 1073742335"
        if (f.size() >= 6 && f.at(1) == u"POSIX" && f.at(4) == pid && f.at(5).endsWith(inodeSuffix))
            ++held;
    }
    return held;
}

} // namespace karsa::test
