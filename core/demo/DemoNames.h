#pragma once

#include "domain/Nip.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace karsa {

class DemoRandom;

// One programme of study with its academic title (gelar), from demo_names.json.
struct DemoMajor
{
    QString level;     // education code: SMA, D3, D4, S1, S2, S3
    QString name;
    QString title;     // gelar belakang, e.g. "S.Kom."
    QString front;     // gelar depan given by the programme, e.g. "dr.", "Ns."
    QString oldFront;  // pre-1990s form for this programme ("Drs.", "Ir."), empty when none
    QStringList fields;
};

// The education of one generated person: level, programme shown as major, and the titles.
struct DemoEducation
{
    QString level;
    QString major;
    QString frontTitle;
    QString backTitle;
};

// The synthetic name, place and education lists of resources/refdata/demo_names.json, and the
// rules that compose an Indonesian name and its gelar from them.
class DemoNames
{
public:
    static const DemoNames& instance();

    QString personName(DemoRandom& random, Sex sex) const;
    QString birthPlace(DemoRandom& random) const;
    QString street(DemoRandom& random) const;
    // The education for a level and a field of work (major tags such as "keuangan", "perawat").
    DemoEducation education(DemoRandom& random, const QString& level, const QString& field, Sex sex, int birthYear) const;

    int maleCount() const { return int(m_male.size()); }
    int femaleCount() const { return int(m_female.size()); }
    int surnameCount() const { return int(m_surnames.size()); }

private:
    DemoNames();
    int pickMajor(DemoRandom& random, const QString& level, const QString& field) const; // -1 when none
    void addS1(DemoRandom& random, const QString& field, Sex sex, int birthYear, QStringList* front, QStringList* back,
               QString* major) const;

    QStringList m_male, m_female, m_surnames, m_surnamesFemale, m_streets;
    QStringList m_places;
    QVector<int> m_placeWeights;
    QVector<DemoMajor> m_majors;
    QHash<QString, QVector<int>> m_majorIndex; // "level|field" -> majors (lookup only)
};

} // namespace karsa
