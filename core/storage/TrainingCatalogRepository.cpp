#include "TrainingCatalogRepository.h"

#include "Sql.h"

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

const QString kSelect = QStringLiteral(
    "SELECT id, code, name, form, provider, jp, cost, mode, active, row_version FROM training_programs");

TrainingProgramme readProgramme(const QSqlQuery& q)
{
    TrainingProgramme p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.name = q.value(2).toString();
    p.form = q.value(3).toString();
    p.provider = q.value(4).toString();
    p.jp = q.value(5).toDouble();
    p.cost = q.value(6).toLongLong();
    p.mode = q.value(7).toString();
    p.active = q.value(8).toInt() != 0;
    p.rowVersion = q.value(9).toInt();
    return p;
}
} // namespace

Status TrainingCatalogRepository::validate(const TrainingProgramme& p)
{
    if (p.code.trimmed().isEmpty())
        return fieldError(QStringLiteral("code"), QCoreApplication::translate("TrainingCatalog", "The code is empty"));
    if (p.name.trimmed().isEmpty())
        return fieldError(QStringLiteral("name"), QCoreApplication::translate("TrainingCatalog", "The name is empty"));
    if (!TrainingForms::isKnown(p.form))
        return fieldError(QStringLiteral("form"), QCoreApplication::translate("TrainingCatalog", "'%1' is not a development form").arg(p.form));
    if (!TrainingForms::modes().contains(p.mode))
        return fieldError(QStringLiteral("mode"), QCoreApplication::translate("TrainingCatalog", "The mode must be luring, daring or campuran"));
    if (!(p.jp > 0) || p.jp > 2000)
        return fieldError(QStringLiteral("jp"), QCoreApplication::translate("TrainingCatalog", "The JP must be more than 0 and at most 2000"));
    if (p.cost < 0)
        return fieldError(QStringLiteral("cost"), QCoreApplication::translate("TrainingCatalog", "The cost cannot be negative"));
    QSet<qint64> seen;
    for (const ProgrammeCompetency& c : p.competencies) {
        if (c.competencyId <= 0)
            return fieldError(QStringLiteral("competency"), QCoreApplication::translate("TrainingCatalog", "A developed competency is missing"));
        if (c.targetLevel < 1 || c.targetLevel > 5)
            return fieldError(QStringLiteral("target_level"), QCoreApplication::translate("TrainingCatalog", "The target level %1 is not 1-5").arg(c.targetLevel));
        if (seen.contains(c.competencyId))
            return fieldError(QStringLiteral("competency"), QCoreApplication::translate("TrainingCatalog", "A competency is listed twice"));
        seen.insert(c.competencyId);
    }
    return {};
}

Result<QVector<TrainingProgramme>> TrainingCatalogRepository::all() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY code")))
        return sql::errorFrom(q);
    QVector<TrainingProgramme> out;
    QHash<qint64, int> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), int(out.size()));
        out.append(readProgramme(q));
    }
    QSqlQuery c(m_db);
    c.setForwardOnly(true);
    if (!c.exec(QStringLiteral("SELECT program_id, competency_id, target_level FROM training_program_competencies "
                               "ORDER BY program_id, competency_id")))
        return sql::errorFrom(c);
    while (c.next()) {
        const int i = index.value(c.value(0).toLongLong(), -1);
        if (i >= 0)
            out[i].competencies.append({c.value(1).toLongLong(), c.value(2).toInt()});
    }
    return out;
}

Result<TrainingProgramme> TrainingCatalogRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sql::errorFrom(q);
    if (!q.next())
        return makeError(QCoreApplication::translate("TrainingCatalog", "The programme no longer exists"));
    TrainingProgramme p = readProgramme(q);
    QSqlQuery c(m_db);
    c.prepare(QStringLiteral("SELECT competency_id, target_level FROM training_program_competencies WHERE program_id = ? "
                             "ORDER BY competency_id"));
    c.addBindValue(id);
    if (!c.exec())
        return sql::errorFrom(c);
    while (c.next())
        p.competencies.append({c.value(0).toLongLong(), c.value(1).toInt()});
    return p;
}

Result<qint64> TrainingCatalogRepository::idByCode(const QString& code) const
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT id FROM training_programs WHERE code = ?"), {code.trimmed()});
    if (!v)
        return v.error();
    return v->isValid() ? v->toLongLong() : qint64(0);
}

Status TrainingCatalogRepository::writeCompetencies(qint64 id, const QVector<ProgrammeCompetency>& competencies)
{
    if (Status s = sql::exec(m_db, QStringLiteral("DELETE FROM training_program_competencies WHERE program_id = ?"), {id}); !s)
        return s;
    for (const ProgrammeCompetency& c : competencies) {
        if (Status s = sql::exec(m_db,
                                 QStringLiteral("INSERT INTO training_program_competencies (program_id, competency_id, "
                                                "target_level) VALUES (?, ?, ?)"),
                                 {id, c.competencyId, c.targetLevel});
            !s)
            return s;
    }
    return {};
}

Result<qint64> TrainingCatalogRepository::insert(const TrainingProgramme& p)
{
    if (Status s = validate(p); !s)
        return s.error();
    auto q = sql::prepare(m_db, QStringLiteral("INSERT INTO training_programs (code, name, form, provider, jp, cost, mode, "
                                               "active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    for (const QVariant& v : QVariantList{p.code.trimmed(), p.name.trimmed(), p.form, sql::text(p.provider), p.jp, p.cost,
                                          p.mode, p.active ? 1 : 0, sql::nowText()})
        q->addBindValue(v);
    if (Status s = sql::execUnique(q.value(), QStringLiteral("training_programs.code"), QStringLiteral("code"),
                                   QCoreApplication::translate("TrainingCatalog", "Another programme already has this code"));
        !s)
        return s.error();
    const qint64 id = q->lastInsertId().toLongLong();
    if (Status s = writeCompetencies(id, p.competencies); !s)
        return s.error();
    return id;
}

Status TrainingCatalogRepository::update(const TrainingProgramme& p)
{
    if (Status s = validate(p); !s)
        return s;
    auto q = sql::prepare(m_db, QStringLiteral("UPDATE training_programs SET code = ?, name = ?, form = ?, provider = ?, "
                                               "jp = ?, cost = ?, mode = ?, active = ?, updated_at = ?, "
                                               "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    if (!q)
        return q.error();
    for (const QVariant& v : QVariantList{p.code.trimmed(), p.name.trimmed(), p.form, sql::text(p.provider), p.jp, p.cost,
                                          p.mode, p.active ? 1 : 0, sql::nowText(), p.id, p.rowVersion})
        q->addBindValue(v);
    if (Status s = sql::execUnique(q.value(), QStringLiteral("training_programs.code"), QStringLiteral("code"),
                                   QCoreApplication::translate("TrainingCatalog", "Another programme already has this code"));
        !s)
        return s;
    if (q->numRowsAffected() != 1)
        return makeError(QCoreApplication::translate("TrainingCatalog",
                                                     "The programme was changed or removed by someone else; reload it"));
    return writeCompetencies(p.id, p.competencies);
}

Status TrainingCatalogRepository::remove(qint64 id)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM training_programs WHERE id = ?"), {id});
}

} // namespace karsa
