#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace karsa {

enum class CompetencyType { Manajerial, SosialKultural, Teknis };

QString competencyTypeCode(CompetencyType type);          // "manajerial", "sosial_kultural", "teknis"
bool competencyTypeFromCode(const QString& code, CompetencyType* out);
QString competencyTypeLabel(CompetencyType type);         // translated, for display

struct CompetencyLevel
{
    int level = 0; // 1..5
    QString description;
    QStringList indicators;
};

struct Competency
{
    qint64 id = 0;
    QString code;
    QString name;
    CompetencyType type = CompetencyType::Teknis;
    QString definition;
    QVector<CompetencyLevel> levels; // may be empty when loaded without levels
    int rowVersion = 0;
};

} // namespace karsa
