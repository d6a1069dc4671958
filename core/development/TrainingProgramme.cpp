#include "TrainingProgramme.h"

#include <QCoreApplication>

namespace karsa {

int TrainingProgramme::targetLevelFor(qint64 competencyId) const
{
    for (const ProgrammeCompetency& c : competencies)
        if (c.competencyId == competencyId)
            return c.targetLevel;
    return 0;
}

Result<QVector<ProgrammeCompetency>> TrainingProgramme::parseDevelops(const QString& text,
                                                                    const QHash<QString, qint64>& idByCode)
{
    QVector<ProgrammeCompetency> out;
    for (const QString& raw : text.split(u',', Qt::SkipEmptyParts)) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        const QString code = part.section(u':', 0, 0).trimmed();
        bool ok = false;
        const int level = part.section(u':', 1, 1).trimmed().toInt(&ok);
        Error e;
        e.field = QStringLiteral("competencies");
        if (!idByCode.contains(code)) {
            e.message = QCoreApplication::translate("TrainingCatalog", "'%1': no competency has this code").arg(code);
            return e;
        }
        if (!ok || level < 1 || level > 5) {
            e.message = QCoreApplication::translate("TrainingCatalog", "'%1': the target level after ':' must be 1-5").arg(part);
            return e;
        }
        out.append({idByCode.value(code), level});
    }
    return out;
}

namespace {
struct FormInfo
{
    const char* code;
    bool classical;
    const char* label;
};
// Labels are translated through the "TrainingForm" context.
const FormInfo kForms[] = {
    {"pelatihan_kepemimpinan", true, QT_TRANSLATE_NOOP("TrainingForm", "Leadership training")},
    {"pelatihan_manajerial", true, QT_TRANSLATE_NOOP("TrainingForm", "Managerial training")},
    {"pelatihan_teknis", true, QT_TRANSLATE_NOOP("TrainingForm", "Technical training")},
    {"pelatihan_fungsional", true, QT_TRANSLATE_NOOP("TrainingForm", "Functional training")},
    {"pelatihan_sosial_kultural", true, QT_TRANSLATE_NOOP("TrainingForm", "Socio-cultural training")},
    {"seminar", true, QT_TRANSLATE_NOOP("TrainingForm", "Seminar / conference")},
    {"workshop", true, QT_TRANSLATE_NOOP("TrainingForm", "Workshop")},
    {"kursus", true, QT_TRANSLATE_NOOP("TrainingForm", "Course")},
    {"penataran", true, QT_TRANSLATE_NOOP("TrainingForm", "Upgrading course")},
    {"bimtek", true, QT_TRANSLATE_NOOP("TrainingForm", "Technical guidance")},
    {"sosialisasi", true, QT_TRANSLATE_NOOP("TrainingForm", "Socialisation")},
    {"coaching", false, QT_TRANSLATE_NOOP("TrainingForm", "Coaching")},
    {"mentoring", false, QT_TRANSLATE_NOOP("TrainingForm", "Mentoring")},
    {"e_learning", false, QT_TRANSLATE_NOOP("TrainingForm", "E-learning")},
    {"jarak_jauh", false, QT_TRANSLATE_NOOP("TrainingForm", "Distance learning")},
    {"detasering", false, QT_TRANSLATE_NOOP("TrainingForm", "Secondment")},
    {"outbound", false, QT_TRANSLATE_NOOP("TrainingForm", "Outdoor learning")},
    {"benchmarking", false, QT_TRANSLATE_NOOP("TrainingForm", "Benchmarking / study visit")},
    {"pertukaran", false, QT_TRANSLATE_NOOP("TrainingForm", "Exchange with the private sector")},
    {"belajar_mandiri", false, QT_TRANSLATE_NOOP("TrainingForm", "Self-development")},
    {"komunitas_belajar", false, QT_TRANSLATE_NOOP("TrainingForm", "Community of practice")},
    {"bimbingan_di_tempat_kerja", false, QT_TRANSLATE_NOOP("TrainingForm", "On-the-job guidance")},
    {"magang", false, QT_TRANSLATE_NOOP("TrainingForm", "Internship / work practice")},
};

const FormInfo* find(const QString& code)
{
    for (const FormInfo& f : kForms)
        if (code == QLatin1String(f.code))
            return &f;
    return nullptr;
}
} // namespace

const QStringList& TrainingForms::codes()
{
    static const QStringList list = [] {
        QStringList out;
        for (const FormInfo& f : kForms)
            out << QString::fromLatin1(f.code);
        return out;
    }();
    return list;
}

bool TrainingForms::isKnown(const QString& code)
{
    return find(code) != nullptr;
}

bool TrainingForms::isClassical(const QString& code)
{
    const FormInfo* f = find(code);
    return f && f->classical;
}

QString TrainingForms::label(const QString& code)
{
    const FormInfo* f = find(code);
    return f ? QCoreApplication::translate("TrainingForm", f->label) : code;
}

QString TrainingForms::groupLabel(const QString& code)
{
    return isClassical(code) ? QCoreApplication::translate("TrainingForm", "Classical training")
                             : QCoreApplication::translate("TrainingForm", "Non-classical training");
}

const QStringList& TrainingForms::modes()
{
    static const QStringList list{QStringLiteral("luring"), QStringLiteral("daring"), QStringLiteral("campuran")};
    return list;
}

QString TrainingForms::modeLabel(const QString& mode)
{
    if (mode == u"luring")
        return QCoreApplication::translate("TrainingForm", "In person");
    if (mode == u"daring")
        return QCoreApplication::translate("TrainingForm", "Online");
    if (mode == u"campuran")
        return QCoreApplication::translate("TrainingForm", "Blended");
    return mode;
}

} // namespace karsa
