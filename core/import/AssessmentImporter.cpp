#include "AssessmentImporter.h"

#include "ImportValues.h"
#include "common/Progress.h"
#include "domain/Nip.h"
#include "storage/AssessmentRepository.h"
#include "storage/BulkInserter.h"
#include "storage/CompetencyRepository.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace karsa {

namespace {
enum Field { FNip, FCompetencyCode, FCompetencyName, FLevel, FDate, FMethod, FAssessor, FEvidence };

// The longest value each field takes (InputLimits.h).
int maxLength(int field)
{
    switch (field) {
    case FCompetencyName:
    case FAssessor:
        return limits::kNameLength;
    case FMethod:
        return limits::kTextLength;
    case FEvidence:
        return limits::kLongTextLength;
    default:
        return limits::kShortTextLength; // NIP, competency code, level, date
    }
}

const QVector<FieldSpec>& fields()
{
    static const QVector<FieldSpec> f = withMaxLengths({
        {FNip, QStringLiteral("nip"), {QStringLiteral("nip_baru"), QStringLiteral("nip pegawai")}},
        {FCompetencyCode, QStringLiteral("kode_kompetensi"),
         {QStringLiteral("competency_code"), QStringLiteral("kode"), QStringLiteral("kode komp")}},
        {FCompetencyName, QStringLiteral("kompetensi"),
         {QStringLiteral("nama_kompetensi"), QStringLiteral("competency"), QStringLiteral("competency_name")}},
        {FLevel, QStringLiteral("level"),
         {QStringLiteral("level capaian"), QStringLiteral("capaian"), QStringLiteral("nilai"), QStringLiteral("level kompetensi")}},
        {FDate, QStringLiteral("tanggal"),
         {QStringLiteral("tanggal asesmen"), QStringLiteral("tanggal_penilaian"), QStringLiteral("date"), QStringLiteral("assessed_on"),
          QStringLiteral("tgl asesmen")}},
        {FMethod, QStringLiteral("metode"), {QStringLiteral("method"), QStringLiteral("jenis asesmen"), QStringLiteral("metode asesmen")}},
        {FAssessor, QStringLiteral("asesor"), {QStringLiteral("assessor"), QStringLiteral("penilai")}},
        {FEvidence, QStringLiteral("catatan"), {QStringLiteral("keterangan"), QStringLiteral("evidence"), QStringLiteral("bukti")}},
    }, maxLength);
    return f;
}

const QStringList& ignoredColumns()
{
    static const QStringList c = {QStringLiteral("nama"), QStringLiteral("nama pegawai"), QStringLiteral("no"),
                                  QStringLiteral("unit kerja"), QStringLiteral("jabatan")};
    return c;
}
} // namespace

QString AssessmentImporter::methodCode(const QString& text)
{
    const QString n = importvalues::nameKey(text).remove(u' ').remove(u'_').remove(u'-');
    if (n.isEmpty() || n == u"assessmentcenter" || n == u"assessmentcentre" || n == u"ac" || n == u"asesmen" ||
        n == u"pusatasesmen")
        return QStringLiteral("assessment_center");
    if (n == u"ujikompetensi" || n == u"ukom")
        return QStringLiteral("uji_kompetensi");
    if (n == u"360" || n == u"360derajat")
        return QStringLiteral("360");
    if (n == u"self" || n == u"mandiri" || n == u"penilaiandiri")
        return QStringLiteral("self");
    if (n == u"training" || n == u"pelatihan")
        return QStringLiteral("training");
    return {};
}

int AssessmentImporter::intern(const QString& s)
{
    const auto it = m_stringIndex.constFind(s);
    if (it != m_stringIndex.cend())
        return *it;
    m_strings.append(s);
    m_stringIndex.insert(s, int(m_strings.size() - 1));
    return int(m_strings.size() - 1);
}

Status AssessmentImporter::loadLookups()
{
    m_stored.clear();
    m_seen.clear();
    m_adds.clear();
    m_changes.clear();
    m_strings = {QString()};
    m_stringIndex = {{QString(), 0}};
    m_methods = {QStringLiteral("assessment_center"), QStringLiteral("uji_kompetensi"), QStringLiteral("360"),
                 QStringLiteral("self"), QStringLiteral("training")};
    ImportStore store(database().db());
    auto ids = store.employeeIdsByNip();
    if (!ids)
        return ids.error();
    m_employeeByNip = std::move(ids).value();
    auto competencies = CompetencyRepository(database().db()).all(false);
    if (!competencies)
        return competencies.error();
    m_competencyByKey.clear();
    for (const Competency& c : competencies.value()) {
        m_competencyByKey.insert(c.code, c.id);
        m_competencyByKey.insert(c.code.toLower(), c.id);
        m_competencyByKey.insert(importvalues::nameKey(c.name), c.id);
        m_competencyCode.insert(c.id, c.code);
    }
    return store.forEachAssessment([this](const ImportStore::StoredAssessment& a) {
        int method = int(m_methods.indexOf(a.method));
        if (method < 0) {
            m_methods.append(a.method);
            method = int(m_methods.size() - 1);
        }
        m_stored.insert(Key{a.employeeId, a.competencyId, a.assessedOn.toJulianDay(), method},
                        Stored{a.id, a.rowVersion, a.level, intern(a.assessor), intern(a.evidence)});
    });
}

Status AssessmentImporter::header(const QString&, const QStringList& cells)
{
    m_map.build(cells, fields(), ignoredColumns());
    QStringList missing;
    if (!m_map.has(FNip))
        missing << QStringLiteral("nip");
    if (!m_map.has(FCompetencyCode) && !m_map.has(FCompetencyName))
        missing << QStringLiteral("kode_kompetensi / kompetensi");
    if (!m_map.has(FLevel))
        missing << QStringLiteral("level");
    if (!m_map.has(FDate))
        missing << QStringLiteral("tanggal");
    if (!missing.isEmpty())
        return missingColumns(missing);
    return {};
}

void AssessmentImporter::row(int row, const QStringList& cells)
{
    const QString nipText = m_map.value(cells, FNip);
    qint64 employee = m_employeeByNip.value(nipText);
    if (!employee) {
        auto nip = Nip::parse(nipText);
        if (!nip)
            reject(row, FNip, nipText, nip.error().field.isEmpty() ? nip.error().message
                                                                    : nip.error().field + QStringLiteral(": ") + nip.error().message);
        else if (!(employee = m_employeeByNip.value(nip->digits)))
            reject(row, FNip, nipText,
                   QCoreApplication::translate("Import", "No employee with NIP %1; import the employees first").arg(nip->formatted()));
    }
    const QString code = m_map.value(cells, FCompetencyCode), name = m_map.value(cells, FCompetencyName);
    qint64 competency = 0;
    if (!code.isEmpty()) {
        competency = m_competencyByKey.value(code);
        if (!competency)
            competency = m_competencyByKey.value(code.toLower());
    }
    if (!competency && !name.isEmpty())
        competency = m_competencyByKey.value(importvalues::nameKey(name));
    if (!competency) {
        const int field = code.isEmpty() ? FCompetencyName : FCompetencyCode;
        const QString v = code.isEmpty() ? name : code;
        reject(row, field, v,
               v.isEmpty() ? QCoreApplication::translate("Import", "The competency is empty")
                           : QCoreApplication::translate("Import", "'%1' is not a competency of the dictionary").arg(v));
    }
    const QString levelText = m_map.value(cells, FLevel);
    bool ok = false;
    const int level = levelText.toInt(&ok);
    if (!ok || level < 1 || level > 5)
        reject(row, FLevel, levelText, QCoreApplication::translate("Import", "The level must be a whole number from 1 to 5"));
    const QString dateTextValue = m_map.value(cells, FDate);
    QDate date;
    const auto parsed = importvalues::parseDate(dateTextValue, &date, cellKind(FDate));
    if (parsed != importvalues::DateParse::Ok)
        reject(row, FDate, dateTextValue, importvalues::dateProblem(parsed, dateTextValue));
    const QString methodText = m_map.value(cells, FMethod);
    const QString method = methodCode(methodText);
    if (method.isEmpty())
        reject(row, FMethod, methodText,
               QCoreApplication::translate("Import", "'%1' is not an assessment method (assessment center, uji kompetensi, 360, "
                                                     "mandiri, pelatihan)")
                   .arg(methodText));
    if (rowRejected())
        return;

    const Key key{employee, competency, date.toJulianDay(), int(m_methods.indexOf(method))};
    if (const int first = m_seen.value(key)) {
        reject(row, FDate, dateTextValue,
               QCoreApplication::translate("Import", "The same employee, competency, date and method are already on row %1").arg(first));
        return;
    }
    m_seen.insert(key, row);
    const int assessor = intern(m_map.value(cells, FAssessor));
    const int evidence = m_map.has(FEvidence) ? intern(m_map.value(cells, FEvidence)) : 0;
    PreviewEntry entry;
    entry.row = row;
    auto describe = [&] {
        entry.key = Nip::format(nipText);
        entry.label = m_competencyCode.value(competency) + QStringLiteral(" · ") + date.toString(Qt::ISODate) +
                      QStringLiteral(" · ") + method;
    };
    const auto stored = m_stored.constFind(key);
    if (stored == m_stored.cend()) {
        entry.outcome = RowOutcome::Add;
        ++m_preview.added;
        m_adds.append(Add{key, level, assessor, evidence});
        if (m_preview.listedAddOrUnchanged < ImportPreview::kListedCap)
            describe();
    } else {
        auto cmp = [&entry](const QString& label, const QString& a, const QString& b) {
            if (a != b)
                entry.changes.append({label, a, b});
        };
        cmp(QCoreApplication::translate("Import", "Level"), QString::number(stored->level), QString::number(level));
        cmp(QCoreApplication::translate("Import", "Assessor"), m_strings.at(stored->assessor), m_strings.at(assessor));
        if (m_map.has(FEvidence))
            cmp(QCoreApplication::translate("Import", "Notes"), m_strings.at(stored->evidence), m_strings.at(evidence));
        if (entry.changes.isEmpty()) {
            entry.outcome = RowOutcome::Unchanged;
            ++m_preview.unchanged;
            if (m_preview.listedAddOrUnchanged < ImportPreview::kListedCap)
                describe();
        } else {
            describe();
            entry.outcome = RowOutcome::Update;
            ++m_preview.updated;
            m_changes.append(Change{stored->id, stored->rowVersion, level, assessor, m_map.has(FEvidence) ? evidence : stored->evidence});
        }
    }
    m_preview.list(entry);
}

Status AssessmentImporter::write(const Progress* progress)
{
    ImportStore store(database().db());
    QVector<ImportStore::AssessmentChange> changes;
    changes.reserve(m_changes.size());
    for (const Change& c : m_changes)
        changes.append({c.id, c.rowVersion, c.level, m_strings.at(c.assessor), m_strings.at(c.evidence)});
    if (Status s = store.updateAssessments(changes); !s)
        return s;
    // A large load into a table of about its own size is faster without the secondary index,
    // rebuilt afterwards in the same transaction.
    auto existing = store.assessmentCount();
    if (!existing)
        return existing.error();
    const bool rebuildIndex = m_adds.size() > 100000 && m_adds.size() > existing.value();
    const bool large = m_adds.size() > 100000;
    if (large)
        if (Status s = store.setLargeCache(true); !s)
            return s;
    struct CacheReset
    {
        ImportStore& store;
        bool on;
        ~CacheReset()
        {
            if (on)
                (void)store.setLargeCache(false);
        }
    } cacheReset{store, large};
    if (rebuildIndex)
        if (Status s = store.dropAssessmentIndex(); !s)
            return s;
    BulkInserter inserter(database().db(), QStringLiteral("assessments"), AssessmentRepository::columns());
    // The rows are built from shared values (a few distinct dates, methods and assessors): the
    // same column layout as AssessmentRepository::values(), without a conversion per row.
    Q_ASSERT(AssessmentRepository::columns().size() == 10);
    // Text goes in as UTF-8 QByteArray values, encoded once (BulkInserter binds them in place).
    const QVariant now = sql::nowText().toUtf8();
    const QVariant validated = assessmentStatusCode(AssessmentStatus::Validated).toUtf8();
    QVector<QVariant> strings, methods;
    for (const QString& t : std::as_const(m_strings))
        strings.append(t.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t.toUtf8()));
    for (const QString& m : std::as_const(m_methods))
        methods.append(m.toUtf8());
    QHash<qint64, QVariant> dates;
    QVariantList values(10);
    qint64 done = 0;
    for (const Add& add : m_adds) {
        auto date = dates.constFind(add.key.day);
        if (date == dates.cend())
            date = dates.insert(add.key.day, QDate::fromJulianDay(add.key.day).toString(Qt::ISODate).toUtf8());
        values[0] = add.key.employee;
        values[1] = add.key.competency;
        values[2] = add.level;
        values[3] = *date;
        values[4] = methods.at(add.key.method);
        values[5] = strings.at(add.assessor);
        values[6] = strings.at(add.evidence);
        values[7] = validated;
        values[8] = now;
        values[9] = now;
        if (Status s = inserter.add(values); !s)
            return s;
        if ((++done & 4095) == 0) {
            if (cancelled(progress))
                return makeError(cancelledMessage());
            if (progress)
                progress->report(done, m_adds.size(), QCoreApplication::translate("Import", "Writing assessments"));
        }
    }
    if (Status s = inserter.finish(); !s)
        return s;
    if (rebuildIndex) {
        if (progress)
            progress->report(done, m_adds.size(), QCoreApplication::translate("Import", "Rebuilding the index"));
        if (Status s = store.createAssessmentIndex(); !s)
            return s;
    }
    return {};
}

} // namespace karsa
