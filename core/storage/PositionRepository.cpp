#include "PositionRepository.h"

#include "Sql.h"
#include "refdata/ReferenceCatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace karsa {

namespace {
Error fieldError(const QString& field, const QString& message)
{
    Error e;
    e.field = field;
    e.message = message;
    return e;
}
QVariantList bindings(const Position& p)
{
    return {p.code.trimmed(),
            p.name.trimmed(),
            p.jenjang,
            p.unitId,
            p.kelasJabatan > 0 ? QVariant(p.kelasJabatan) : QVariant(),
            sql::id(p.superiorId),
            sql::text(ReferenceCatalog::normalizeGolongan(p.minGolongan)),
            sql::text(p.minEducation),
            p.formation,
            p.isKey ? 1 : 0,
            sql::nowText()};
}
} // namespace

Status PositionRepository::validate(const Position& p)
{
    const ReferenceCatalog& cat = ReferenceCatalog::instance();
    if (p.code.trimmed().isEmpty())
        return fieldError(QStringLiteral("code"),
                          QCoreApplication::translate("Position", "The position code is empty"));
    if (p.name.trimmed().isEmpty())
        return fieldError(QStringLiteral("name"),
                          QCoreApplication::translate("Position", "The position name is empty"));
    if (!cat.jenjang(p.jenjang))
        return fieldError(QStringLiteral("jenjang"),
                          QCoreApplication::translate("Position", "'%1' is not a known jenjang").arg(p.jenjang));
    if (p.unitId <= 0)
        return fieldError(QStringLiteral("unit"), QCoreApplication::translate("Position", "The position has no unit"));
    if (!p.minGolongan.isEmpty() && !cat.golongan(p.minGolongan))
        return fieldError(QStringLiteral("min_golongan"),
                          QCoreApplication::translate("Position", "'%1' is not a known golongan").arg(p.minGolongan));
    if (!p.minEducation.isEmpty() && !cat.education(p.minEducation))
        return fieldError(
            QStringLiteral("min_education"),
            QCoreApplication::translate("Position", "'%1' is not a known education level").arg(p.minEducation));
    if (p.formation < 0)
        return fieldError(QStringLiteral("formation"),
                          QCoreApplication::translate("Position", "The formation cannot be negative"));
    if (p.kelasJabatan < 0 || p.kelasJabatan > 17)
        return fieldError(QStringLiteral("kelas_jabatan"),
                          QCoreApplication::translate("Position", "The kelas jabatan must be 1-17"));
    QSet<qint64> seen;
    for (const StandardItem& s : p.standard) {
        if (s.requiredLevel < 1 || s.requiredLevel > 5)
            return fieldError(QStringLiteral("required_level"),
                              QCoreApplication::translate("Position", "A required level must be 1-5"));
        if (s.weight <= 0)
            return fieldError(QStringLiteral("weight"),
                              QCoreApplication::translate("Position", "A weight must be greater than zero"));
        if (seen.contains(s.competencyId))
            return fieldError(QStringLiteral("competency"),
                              QCoreApplication::translate("Position", "A competency appears twice in the standard"));
        seen.insert(s.competencyId);
    }
    return {};
}

Result<qint64> PositionRepository::insert(const Position& p)
{
    if (Status s = validate(p); !s)
        return s.error();
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO positions (code, name, jenjang, unit_id, kelas_jabatan, superior_id, min_golongan, "
                       "min_education, formation, is_key, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : bindings(p))
        q.addBindValue(v);
    if (Status s = sql::execUnique(q, QStringLiteral("positions.code"), QStringLiteral("code"),
                                   QCoreApplication::translate("Position", "Another position already has this code"));
        !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = setStandard(id, p.standard); !s)
        return s.error();
    return id;
}

Status PositionRepository::update(const Position& p)
{
    if (Status s = validate(p); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE positions SET code = ?, name = ?, jenjang = ?, unit_id = ?, kelas_jabatan = ?, "
        "superior_id = ?, min_golongan = ?, min_education = ?, formation = ?, is_key = ?, updated_at = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    QVariantList values = bindings(p);
    values << p.id << p.rowVersion;
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (Status s = sql::execUnique(q, QStringLiteral("positions.code"), QStringLiteral("code"),
                                   QCoreApplication::translate("Position", "Another position already has this code"));
        !s)
        return s;
    if (q.numRowsAffected() != 1)
        return makeError(QCoreApplication::translate(
            "Database", "The position was changed or deleted by someone else; reload and try again"));
    return setStandard(p.id, p.standard);
}

Status PositionRepository::setStandard(qint64 positionId, const QVector<StandardItem>& standard)
{
    if (Status s =
            sql::exec(m_db, QStringLiteral("DELETE FROM position_standards WHERE position_id = ?"), {positionId});
        !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO position_standards (position_id, competency_id, required_level, weight) VALUES (?, ?, ?, ?)"));
    for (const StandardItem& item : standard) {
        q.bindValue(0, positionId);
        q.bindValue(1, item.competencyId);
        q.bindValue(2, item.requiredLevel);
        q.bindValue(3, item.weight);
        if (Status s = sql::exec(q); !s)
            return s;
    }
    return {};
}

Status PositionRepository::remove(qint64 id)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM positions WHERE id = ?"), {id});
}

Result<QVector<Position>> PositionRepository::all(bool withStandards) const
{
    QVector<Position> out;
    QHash<qint64, int> index;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, code, name, jenjang, unit_id, kelas_jabatan, superior_id, min_golongan, min_education, "
            "formation, is_key, row_version FROM positions ORDER BY id")))
        return sql::errorFrom(q);
    while (q.next()) {
        Position p;
        p.id = q.value(0).toLongLong();
        p.code = q.value(1).toString();
        p.name = q.value(2).toString();
        p.jenjang = q.value(3).toString();
        p.unitId = q.value(4).toLongLong();
        p.kelasJabatan = q.value(5).toInt();
        p.superiorId = q.value(6).toLongLong();
        p.minGolongan = q.value(7).toString();
        p.minEducation = q.value(8).toString();
        p.formation = q.value(9).toInt();
        p.isKey = q.value(10).toInt() != 0;
        p.rowVersion = q.value(11).toInt();
        index.insert(p.id, out.size());
        out << p;
    }
    if (withStandards) {
        if (!q.exec(QStringLiteral(
                "SELECT ps.position_id, ps.competency_id, ps.required_level, ps.weight FROM position_standards ps "
                "JOIN competencies c ON c.id = ps.competency_id ORDER BY ps.position_id, c.code")))
            return sql::errorFrom(q);
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.cend())
                out[*it].standard.append({q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toDouble()});
        }
    }
    return out;
}

Result<Position> PositionRepository::byCode(const QString& code) const
{
    auto list = all(true);
    if (!list)
        return list.error();
    for (const Position& p : list.value())
        if (p.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    return makeError(QCoreApplication::translate("Position", "No position has the code %1").arg(code));
}

} // namespace karsa
