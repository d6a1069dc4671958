#include "CompetencyUsage.h"

#include "CompetencyRepository.h"
#include "Sql.h"

#include <QCoreApplication>

namespace karsa {

Result<CompetencyUsage> competencyUsage(QSqlDatabase db, qint64 competencyId)
{
    CompetencyUsage usage;
    auto standards = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM position_standards WHERE competency_id = ?"), {competencyId});
    if (!standards)
        return standards.error();
    auto assessments = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM assessments WHERE competency_id = ?"), {competencyId});
    if (!assessments)
        return assessments.error();
    usage.standards = standards->toInt();
    usage.assessments = assessments->toInt();
    return usage;
}

QString competencyInUseMessage(const QString& name, const CompetencyUsage& usage)
{
    QStringList uses;
    if (usage.standards > 0)
        uses << QCoreApplication::translate("Competency", "the standard of %n position(s)", nullptr, usage.standards);
    if (usage.assessments > 0)
        uses << QCoreApplication::translate("Competency", "%n assessment record(s)", nullptr, usage.assessments);
    if (uses.isEmpty())
        uses << QCoreApplication::translate("Competency", "a standard or an assessment");
    return QCoreApplication::translate("Competency", "“%1” cannot be deleted because it is used in %2. Remove it from those standards first; "
              "assessment history is kept on purpose.")
        .arg(name, uses.join(QCoreApplication::translate("Competency", " and ")));
}

Status removeUnusedCompetency(QSqlDatabase db, qint64 competencyId, const QString& name)
{
    auto usage = competencyUsage(db, competencyId);
    if (!usage)
        return usage.error();
    if (usage->used())
        return makeError(competencyInUseMessage(name, usage.value()));
    if (Status s = CompetencyRepository(db).remove(competencyId); !s) {
        if (s.error().message.contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive))
            return makeError(competencyInUseMessage(name, {}));
        return s;
    }
    return {};
}

} // namespace karsa
