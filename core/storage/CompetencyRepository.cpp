#include "CompetencyRepository.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace karsa {

namespace {
Status validate(const Competency& c)
{
    auto err = [](const QString& field, const QString& msg) {
        Error e;
        e.field = field;
        e.message = msg;
        return Status(e);
    };
    if (c.code.trimmed().isEmpty())
        return err(QStringLiteral("code"), QCoreApplication::translate("Competency", "The code is empty"));
    if (c.name.trimmed().isEmpty())
        return err(QStringLiteral("name"), QCoreApplication::translate("Competency", "The name is empty"));
    for (const CompetencyLevel& l : c.levels)
        if (l.level < 1 || l.level > 5)
            return err(QStringLiteral("level"),
                       QCoreApplication::translate("Competency", "Level %1 is not 1-5").arg(l.level));
    return {};
}
} // namespace

Status CompetencyRepository::writeLevels(qint64 id, const QVector<CompetencyLevel>& levels)
{
    if (Status s = sql::exec(m_db, QStringLiteral("DELETE FROM competency_levels WHERE competency_id = ?"), {id}); !s)
        return s;
    for (const CompetencyLevel& l : levels) {
        if (Status s = sql::exec(
                m_db,
                QStringLiteral("INSERT INTO competency_levels (competency_id, level, description, indicators) "
                               "VALUES (?, ?, ?, ?)"),
                {id, l.level, l.description, l.indicators.isEmpty() ? QStringLiteral("") : l.indicators.join(u'\n')});
            !s)
            return s;
    }
    return {};
}

Result<qint64> CompetencyRepository::insert(const Competency& c)
{
    if (Status s = validate(c); !s)
        return s.error();
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO competencies (code, name, type, definition, updated_at) VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(c.code.trimmed()), QVariant(c.name.trimmed()),
                              QVariant(competencyTypeCode(c.type)), sql::text(c.definition), QVariant(sql::nowText())})
        q.addBindValue(v);
    if (Status s =
            sql::execUnique(q, QStringLiteral("competencies.code"), QStringLiteral("code"),
                            QCoreApplication::translate("Competency", "Another competency already has this code"));
        !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = writeLevels(id, c.levels); !s)
        return s.error();
    return id;
}

Status CompetencyRepository::update(const Competency& c)
{
    if (Status s = validate(c); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE competencies SET code = ?, name = ?, type = ?, definition = ?, updated_at = ?, "
                             "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    for (const QVariant& v :
         {QVariant(c.code.trimmed()), QVariant(c.name.trimmed()), QVariant(competencyTypeCode(c.type)),
          sql::text(c.definition), QVariant(sql::nowText()), QVariant(c.id), QVariant(c.rowVersion)})
        q.addBindValue(v);
    if (Status s =
            sql::execUnique(q, QStringLiteral("competencies.code"), QStringLiteral("code"),
                            QCoreApplication::translate("Competency", "Another competency already has this code"));
        !s)
        return s;
    if (q.numRowsAffected() != 1)
        return makeError(QCoreApplication::translate(
            "Database", "The competency was changed or deleted by someone else; reload and try again"));
    return writeLevels(c.id, c.levels);
}

Status CompetencyRepository::remove(qint64 id)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM competencies WHERE id = ?"), {id});
}

Result<QVector<Competency>> CompetencyRepository::all(bool withLevels) const
{
    QVector<Competency> out;
    QHash<qint64, int> index;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, code, name, type, definition, row_version FROM competencies ORDER BY code")))
        return sql::errorFrom(q);
    while (q.next()) {
        Competency c;
        c.id = q.value(0).toLongLong();
        c.code = q.value(1).toString();
        c.name = q.value(2).toString();
        competencyTypeFromCode(q.value(3).toString(), &c.type);
        c.definition = q.value(4).toString();
        c.rowVersion = q.value(5).toInt();
        index.insert(c.id, out.size());
        out << c;
    }
    if (withLevels) {
        if (!q.exec(QStringLiteral("SELECT competency_id, level, description, indicators FROM competency_levels "
                                   "ORDER BY competency_id, level")))
            return sql::errorFrom(q);
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it == index.cend())
                continue;
            CompetencyLevel l;
            l.level = q.value(1).toInt();
            l.description = q.value(2).toString();
            const QString ind = q.value(3).toString();
            l.indicators = ind.isEmpty() ? QStringList() : ind.split(u'\n');
            out[*it].levels << l;
        }
    }
    return out;
}

Result<Competency> CompetencyRepository::byCode(const QString& code) const
{
    auto list = all(true);
    if (!list)
        return list.error();
    for (const Competency& c : list.value())
        if (c.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    return makeError(QCoreApplication::translate("Competency", "No competency has the code %1").arg(code));
}

} // namespace karsa
