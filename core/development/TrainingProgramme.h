#pragma once

#include "common/Result.h"
#include "domain/Competency.h"

#include <QHash>

#include <QString>
#include <QStringList>
#include <QVector>

namespace karsa {

// A competency a programme develops and the level it brings a participant to.
struct ProgrammeCompetency
{
    qint64 competencyId = 0;
    int targetLevel = 0; // 1..5
};

// One programme of the training catalogue (domain.md 5.2): a form (jenis/jalur), a provider, its
// JP (1 JP = 45 minutes), cost per participant in rupiah, delivery mode and what it develops.
struct TrainingProgramme
{
    qint64 id = 0;
    QString code;
    QString name;
    QString form;     // a code of TrainingForms::codes(): "pelatihan_teknis", "bimtek", "coaching", ...
    QString provider; // penyelenggara
    double jp = 0.0;
    qint64 cost = 0;
    QString mode = QStringLiteral("luring"); // "luring", "daring", "campuran"
    bool active = true;
    QVector<ProgrammeCompetency> competencies;
    int rowVersion = 0;

    int targetLevelFor(qint64 competencyId) const; // 0 when it does not develop it

    // "M.01:3, T.09:4" (competency code : target level) read against the known codes; an unknown code or a
    // level outside 1-5 is an Error on field "competencies" naming the part.
    static Result<QVector<ProgrammeCompetency>> parseDevelops(const QString& text, const QHash<QString, qint64>& idByCode);
};

// The development forms of domain.md 5.2 as stable codes with their group and label.
class TrainingForms
{
public:
    static const QStringList& codes();               // every form, klasikal first
    static bool isKnown(const QString& code);
    static bool isClassical(const QString& code);    // pelatihan klasikal (else non-klasikal)
    static QString label(const QString& code);       // "Bimbingan teknis", translated
    static QString groupLabel(const QString& code);  // "Pelatihan klasikal" / "Pelatihan non-klasikal"
    static const QStringList& modes();               // "luring", "daring", "campuran"
    static QString modeLabel(const QString& mode);
};

} // namespace karsa
