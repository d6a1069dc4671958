#pragma once

#include <QHash>
#include <QString>
#include <QVector>

namespace karsa {

struct GolonganInfo
{
    QString code;    // "III/a" or PPPK "IX"
    int rank = 0;    // 1..17; PPPK golongan N is treated as equivalent to PNS rank N
    QString pangkat; // empty for PPPK
    bool pppk = false;
};

struct JenjangInfo
{
    QString code;
    QString name;
    QString family; // jpt, administrasi, fungsional_keahlian, fungsional_keterampilan
    int rank = 0;   // order within the family, 1 = lowest
    int defaultLevel = 1;
    int retirementAge = 58; // default; the stored setting wins
    QString minGolongan;
    QString maxGolongan;
    QString eselon;
};

struct EducationInfo
{
    QString code;
    QString name;
    int rank = 0;
};

// The national reference tables shipped in resources/refdata (golongan and pangkat, jenjang ladders,
// education levels). They are law, not agency state, so one immutable copy is shared. Agency-variable
// values derived from them (retirement ages, default levels) are copied into settings on init.
class ReferenceCatalog
{
public:
    static const ReferenceCatalog& instance();

    const QVector<GolonganInfo>& golonganPns() const { return m_golonganPns; }
    const QVector<GolonganInfo>& golonganPppk() const { return m_golonganPppk; }
    const QVector<JenjangInfo>& jenjangList() const { return m_jenjang; }
    const QVector<EducationInfo>& educationList() const { return m_education; }

    // Accepts "III/a", "III/A", "3a", "3/a", "III a" and PPPK "IX". Returns nullptr when unknown.
    const GolonganInfo* golongan(const QString& code) const;
    static QString normalizeGolongan(const QString& code);
    int golonganRank(const QString& code) const; // 0 when unknown
    const JenjangInfo* jenjang(const QString& code) const;
    const EducationInfo* education(const QString& code) const;
    int educationRank(const QString& code) const; // 0 when unknown
    QString familyName(const QString& family) const;

private:
    ReferenceCatalog();
    QVector<GolonganInfo> m_golonganPns, m_golonganPppk;
    QVector<JenjangInfo> m_jenjang;
    QVector<EducationInfo> m_education;
    QHash<QString, QString> m_familyNames;
    QHash<QString, int> m_golonganIndex; // normalized code -> index (PNS >= 0, PPPK encoded as 1000+i)
    QHash<QString, int> m_jenjangIndex, m_educationIndex;
};

// Reads a JSON resource (":/refdata/NAME") shipped with core.
QByteArray readRefdataResource(const QString& name);

} // namespace karsa
