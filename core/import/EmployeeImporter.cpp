#include "EmployeeImporter.h"

#include "ImportValues.h"
#include "common/Progress.h"
#include "refdata/ReferenceCatalog.h"
#include "storage/BulkInserter.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"
#include "storage/ImportStore.h"
#include "storage/PositionRepository.h"
#include "storage/Sql.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>

namespace karsa {

namespace {
enum Field {
    FNip, FName, FFrontTitle, FBackTitle, FBirthPlace, FBirthDate, FSex, FStatus, FJenisPegawai, FGolongan, FTmtGolongan,
    FEducation, FMajor, FPositionCode, FPositionName, FUnitCode, FUnitName, FTmtJabatan, FTmtCpns, FNik, FPhone, FEmail,
    FAddress
};

// The longest value each field takes (InputLimits.h).
int maxLength(int field)
{
    switch (field) {
    case FName:
    case FBirthPlace:
    case FJenisPegawai:
    case FEducation:
    case FMajor:
    case FPositionName:
    case FUnitName:
        return limits::kNameLength;
    case FEmail:
    case FAddress:
        return limits::kTextLength;
    default:
        return limits::kShortTextLength; // NIP, NIK, codes, titles, golongan, dates, sex, status, phone
    }
}

const QVector<FieldSpec>& fields()
{
    static const QVector<FieldSpec> f = withMaxLengths({
        {FNip, QStringLiteral("nip_baru"), {QStringLiteral("nip"), QStringLiteral("nip 18"), QStringLiteral("nip_pegawai")}},
        {FName, QStringLiteral("nama"), {QStringLiteral("nama lengkap"), QStringLiteral("nama pegawai"), QStringLiteral("name")}},
        {FFrontTitle, QStringLiteral("gelar_depan"), {}},
        {FBackTitle, QStringLiteral("gelar_belakang"), {}},
        {FBirthPlace, QStringLiteral("tempat_lahir_nama"), {QStringLiteral("tempat_lahir")}},
        {FBirthDate, QStringLiteral("tanggal_lahir"), {QStringLiteral("tgl_lahir"), QStringLiteral("tgl lahir")}},
        {FSex, QStringLiteral("jenis_kelamin"), {QStringLiteral("jk"), QStringLiteral("sex")}},
        {FStatus, QStringLiteral("status_cpns_pns"), {QStringLiteral("status pegawai"), QStringLiteral("status")}},
        {FJenisPegawai, QStringLiteral("jenis_pegawai_nama"), {QStringLiteral("jenis pegawai")}},
        {FGolongan, QStringLiteral("gol_akhir_nama"),
         {QStringLiteral("golongan akhir nama"), QStringLiteral("golongan"), QStringLiteral("gol"), QStringLiteral("gol/ruang"),
          QStringLiteral("golongan ruang"), QStringLiteral("gol akhir")}},
        {FTmtGolongan, QStringLiteral("tmt_golongan"), {QStringLiteral("tmt gol")}},
        {FEducation, QStringLiteral("tingkat_pendidikan_nama"),
         {QStringLiteral("tingkat pendidikan"), QStringLiteral("pendidikan terakhir"), QStringLiteral("jenjang pendidikan")}},
        {FMajor, QStringLiteral("pendidikan_nama"), {QStringLiteral("jurusan"), QStringLiteral("program studi")}},
        {FPositionCode, QStringLiteral("jabatan_id"), {QStringLiteral("kode jabatan"), QStringLiteral("kode_jabatan")}},
        {FPositionName, QStringLiteral("jabatan_nama"), {QStringLiteral("jabatan"), QStringLiteral("nama jabatan")}},
        {FUnitCode, QStringLiteral("unor_id"), {QStringLiteral("kode unor"), QStringLiteral("kode unit"), QStringLiteral("unit kerja id")}},
        {FUnitName, QStringLiteral("unor_nama"),
         {QStringLiteral("unit kerja"), QStringLiteral("unit organisasi"), QStringLiteral("unor"), QStringLiteral("unit")}},
        {FTmtJabatan, QStringLiteral("tmt_jabatan"), {}},
        {FTmtCpns, QStringLiteral("tmt_cpns"), {}},
        {FNik, QStringLiteral("nik"), {QStringLiteral("no ktp")}},
        {FPhone, QStringLiteral("nomor_hp"), {QStringLiteral("no hp"), QStringLiteral("hp"), QStringLiteral("telepon")}},
        {FEmail, QStringLiteral("email"), {QStringLiteral("e-mail")}},
        {FAddress, QStringLiteral("alamat"), {}},
    }, maxLength);
    return f;
}

// SIASN columns Karsa does not store: recognised, so they are not reported as unknown.
const QStringList& ignoredSiasnColumns()
{
    static const QStringList c = QStringLiteral(
        "pns_id,nip_lama,tempat_lahir_id,agama_id,agama_nama,jenis_kawin_id,jenis_kawin_nama,email_gov,npwp_nomor,bpjs,"
        "jenis_pegawai_id,kedudukan_hukum_id,kedudukan_hukum_nama,kartu_asn_virtual,nomor_sk_cpns,tanggal_sk_cpns,nomor_sk_pns,"
        "tanggal_sk_pns,tmt_pns,gol_awal_id,gol_awal_nama,gol_akhir_id,mk_tahun,mk_bulan,jenis_jabatan_id,jenis_jabatan_nama,"
        "tingkat_pendidikan_id,pendidikan_id,tahun_lulus,kpkn_id,kpkn_nama,lokasi_kerja_id,lokasi_kerja_nama,instansi_induk_id,"
        "instansi_induk_nama,instansi_kerja_id,instansi_kerja_nama,satuan_kerja_induk_id,satuan_kerja_induk_nama,"
        "satuan_kerja_kerja_id,satuan_kerja_kerja_nama,is_valid_nik,flag_ikd,eselon_id,eselon_nama,no,nomor")
                                      .split(u',');
    return c;
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

QString EmployeeImporter::guessJenjang(const QString& positionName)
{
    const QString n = importvalues::nameKey(positionName);
    static const QList<QPair<const char*, const char*>> ladder = {
        {"ahli utama", "ahli_utama"}, {"ahli madya", "ahli_madya"}, {"ahli muda", "ahli_muda"},
        {"ahli pertama", "ahli_pertama"}, {"penyelia", "penyelia"}, {"mahir", "mahir"},
        {"terampil", "terampil"}, {"pemula", "pemula"}};
    for (const auto& [word, code] : ladder)
        if (n.contains(QLatin1String(word)))
            return QLatin1String(code);
    auto starts = [&n](std::initializer_list<const char*> words) {
        for (const char* w : words)
            if (n.startsWith(QLatin1String(w)))
                return true;
        return false;
    };
    if (starts({"sekretaris daerah", "asisten", "kepala dinas", "kepala badan", "inspektur", "sekretaris dprd", "direktur",
                "staf ahli"}) &&
        !n.startsWith(QLatin1String("inspektur pembantu")))
        return QStringLiteral("jpt_pratama");
    if (starts({"kepala bidang", "kepala bagian", "sekretaris", "camat", "inspektur pembantu", "kabid", "kabag"}))
        return QStringLiteral("administrator");
    if (starts({"kepala seksi", "kepala sub", "kasubag", "kasubbag", "kasi", "lurah", "kepala uptd", "kepala puskesmas",
                "sekretaris camat", "sekretaris kelurahan"}))
        return QStringLiteral("pengawas");
    return QStringLiteral("pelaksana");
}

QString EmployeeImporter::educationCode(const QString& text)
{
    const ReferenceCatalog& cat = ReferenceCatalog::instance();
    if (const EducationInfo* e = cat.education(text.trimmed().toUpper()))
        return e->code;
    QString n;
    for (QChar c : text.toUpper())
        if (c.isLetterOrNumber() || c == u'/')
            n.append(c);
    const QString first = n.section(u'/', 0, 0);
    static const QList<QPair<QStringList, const char*>> rules = {
        {{QStringLiteral("S3"), QStringLiteral("DOKTOR")}, "S3"},
        {{QStringLiteral("S2"), QStringLiteral("MAGISTER"), QStringLiteral("PASCASARJANA")}, "S2"},
        {{QStringLiteral("S1"), QStringLiteral("SARJANA")}, "S1"},
        {{QStringLiteral("D4"), QStringLiteral("DIV")}, "D4"},
        {{QStringLiteral("D3"), QStringLiteral("DIII")}, "D3"},
        {{QStringLiteral("D2"), QStringLiteral("DII")}, "D2"},
        {{QStringLiteral("D1"), QStringLiteral("DI")}, "D1"},
        {{QStringLiteral("SLTA"), QStringLiteral("SMA"), QStringLiteral("SMK"), QStringLiteral("SMU"), QStringLiteral("MA")}, "SMA"},
        {{QStringLiteral("SLTP"), QStringLiteral("SMP"), QStringLiteral("MTS")}, "SMP"},
        {{QStringLiteral("SD"), QStringLiteral("MI")}, "SD"}};
    for (const auto& [names, code] : rules)
        if (names.contains(first))
            return cat.education(QLatin1String(code)) ? QLatin1String(code) : QString();
    return {};
}

Status EmployeeImporter::loadLookups()
{
    m_stored.clear();
    m_unitByCode.clear();
    m_unitByName.clear();
    m_positionByCode.clear();
    m_positionByUnitName.clear();
    m_positionByName.clear();
    m_unitNames.clear();
    m_positionNames.clear();
    m_missingIndex.clear();
    m_seenNip.clear();
    m_pending.clear();
    m_unitCodes.clear();
    m_positionCodes.clear();
    auto employees = EmployeeRepository(database().db()).all();
    if (!employees)
        return employees.error();
    for (const Employee& e : employees.value())
        m_stored.insert(e.nip, e);
    auto units = UnitRepository(database().db()).all();
    if (!units)
        return units.error();
    for (const Unit& u : units.value()) {
        m_unitByCode.insert(u.code.trimmed().toLower(), u.id);
        m_unitByName.insert(importvalues::nameKey(u.name), u.id);
        if (!u.shortName.isEmpty() && !m_unitByName.contains(importvalues::nameKey(u.shortName)))
            m_unitByName.insert(importvalues::nameKey(u.shortName), u.id);
        m_unitNames.insert(u.id, u.name);
        m_unitCodes.insert(u.code);
    }
    auto positions = PositionRepository(database().db()).all(false);
    if (!positions)
        return positions.error();
    QSet<QString> ambiguous;
    for (const Position& p : positions.value()) {
        m_positionByCode.insert(p.code.trimmed().toLower(), p.id);
        const QString key = importvalues::nameKey(p.name);
        m_positionByUnitName.insert(QString::number(p.unitId) + u'|' + key, p.id);
        if (m_positionByName.contains(key))
            ambiguous.insert(key);
        m_positionByName.insert(key, p.id);
        m_positionNames.insert(p.id, p.name);
        m_positionCodes.insert(p.code);
    }
    for (const QString& key : ambiguous)
        m_positionByName.remove(key); // a bare name must be unique to match
    return {};
}

Status EmployeeImporter::header(const QString&, const QStringList& cells)
{
    m_map.build(cells, fields(), ignoredSiasnColumns());
    QStringList missing;
    if (!m_map.has(FNip))
        missing << QStringLiteral("nip_baru");
    if (!m_map.has(FName))
        missing << QStringLiteral("nama");
    if (!missing.isEmpty())
        return missingColumns(missing);
    return {};
}

int EmployeeImporter::addMissing(MissingReference::Kind kind, const QString& key, const QString& code, const QString& name,
                                 const QString& unitName)
{
    const QString fullKey = (kind == MissingReference::Unit ? QStringLiteral("u:") : QStringLiteral("p:")) + key;
    auto it = m_missingIndex.constFind(fullKey);
    if (it != m_missingIndex.cend()) {
        ++m_preview.missing[*it].rows;
        return *it;
    }
    MissingReference m;
    m.kind = kind;
    m.key = key;
    m.code = code;
    m.name = name;
    m.unitName = unitName;
    m.rows = 1;
    m_preview.missing.append(m);
    m_missingIndex.insert(fullKey, int(m_preview.missing.size() - 1));
    return int(m_preview.missing.size() - 1);
}

qint64 EmployeeImporter::findUnit(const QString& code, const QString& name, int, int* missingRef)
{
    *missingRef = -1;
    if (code.isEmpty() && name.isEmpty())
        return 0;
    if (!code.isEmpty())
        if (qint64 id = m_unitByCode.value(code.toLower()))
            return id;
    if (!name.isEmpty())
        if (qint64 id = m_unitByName.value(importvalues::nameKey(name)))
            return id;
    const QString key = code.isEmpty() ? QString(QStringLiteral("n:") + importvalues::nameKey(name)) : QString(QStringLiteral("c:") + code.toLower());
    if (qint64 mapped = m_unitMapping.value(key))
        return mapped;
    *missingRef = addMissing(MissingReference::Unit, key, code, name.isEmpty() ? code : name, {});
    return 0;
}

qint64 EmployeeImporter::findPosition(const QString& code, const QString& name, qint64 unitId, int unitRef,
                                      const QString& unitName, int* missingRef)
{
    *missingRef = -1;
    if (code.isEmpty() && name.isEmpty())
        return 0;
    const QString nameKey = importvalues::nameKey(name);
    if (!code.isEmpty())
        if (qint64 id = m_positionByCode.value(code.toLower()))
            return id;
    if (!name.isEmpty()) {
        if (unitId)
            if (qint64 id = m_positionByUnitName.value(QString::number(unitId) + u'|' + nameKey))
                return id;
        if (!unitId && unitRef < 0)
            if (qint64 id = m_positionByName.value(nameKey))
                return id;
    }
    const QString unitKey = unitId ? QString::number(unitId) : unitRef >= 0 ? m_preview.missing.at(unitRef).key : QString();
    const QString key = code.isEmpty() ? QString(QStringLiteral("n:") + unitKey + u'|' + nameKey) : QString(QStringLiteral("c:") + code.toLower());
    if (qint64 mapped = m_positionMapping.value(key))
        return mapped;
    *missingRef = addMissing(MissingReference::Position, key, code, name.isEmpty() ? code : name, unitName);
    return 0;
}

QString EmployeeImporter::unitLabel(qint64 id, int ref) const
{
    return ref >= 0 ? m_preview.missing.at(ref).name + QCoreApplication::translate("Import", " (new)") : m_unitNames.value(id);
}

QString EmployeeImporter::positionLabel(qint64 id, int ref) const
{
    return ref >= 0 ? m_preview.missing.at(ref).name + QCoreApplication::translate("Import", " (new)") : m_positionNames.value(id);
}

void EmployeeImporter::diff(const Employee& b, const Pending& p, QVector<FieldChange>* changes) const
{
    const Employee& a = p.employee;
    auto cmp = [changes](const QString& label, const QString& oldValue, const QString& newValue) {
        if (oldValue != newValue)
            changes->append({label, oldValue, newValue});
    };
    cmp(QCoreApplication::translate("Import", "Status"), employeeStatusCode(b.status), employeeStatusCode(a.status));
    cmp(QCoreApplication::translate("Import", "Front title"), b.frontTitle, a.frontTitle);
    cmp(QCoreApplication::translate("Import", "Name"), b.name, a.name);
    cmp(QCoreApplication::translate("Import", "Back title"), b.backTitle, a.backTitle);
    cmp(QCoreApplication::translate("Import", "Birth place"), b.birthPlace, a.birthPlace);
    cmp(QCoreApplication::translate("Import", "Golongan"), b.golongan, a.golongan);
    cmp(QCoreApplication::translate("Import", "TMT golongan"), dateText(b.tmtGolongan), dateText(a.tmtGolongan));
    cmp(QCoreApplication::translate("Import", "Education"), b.education, a.education);
    cmp(QCoreApplication::translate("Import", "Major"), b.major, a.major);
    if (b.unitId != a.unitId || p.unitRef >= 0)
        cmp(QCoreApplication::translate("Import", "Unit"), unitLabel(b.unitId, -1), unitLabel(a.unitId, p.unitRef));
    if (b.positionId != a.positionId || p.positionRef >= 0)
        cmp(QCoreApplication::translate("Import", "Position"), positionLabel(b.positionId, -1), positionLabel(a.positionId, p.positionRef));
    cmp(QCoreApplication::translate("Import", "TMT jabatan"), dateText(b.tmtJabatan), dateText(a.tmtJabatan));
    cmp(QCoreApplication::translate("Import", "TMT CPNS"), dateText(b.tmtCpns), dateText(a.tmtCpns));
    cmp(QCoreApplication::translate("Import", "NIK"), b.nik, a.nik);
    cmp(QCoreApplication::translate("Import", "Phone"), b.phone, a.phone);
    cmp(QCoreApplication::translate("Import", "Email"), b.email, a.email);
    cmp(QCoreApplication::translate("Import", "Address"), b.address, a.address);
}

void EmployeeImporter::row(int row, const QStringList& cells)
{
    const QString nipText = m_map.value(cells, FNip);
    auto nip = Nip::parse(nipText);
    if (!nip) {
        const QString reason = nipText.contains(u'E') || nipText.contains(u'e')
                                   ? QCoreApplication::translate("Import", "The NIP was stored as a number and lost digits; format the column as text")
                                   : (nip.error().field.isEmpty() ? nip.error().message
                                                                  : nip.error().field + QStringLiteral(": ") + nip.error().message);
        reject(row, FNip, nipText, reason);
        return;
    }
    if (const int first = m_seenNip.value(nip->digits)) {
        reject(row, FNip, nipText, QCoreApplication::translate("Import", "Duplicate NIP in the file (also on row %1)").arg(first));
        return;
    }
    m_seenNip.insert(nip->digits, row);

    Pending p;
    p.row = row;
    const auto stored = m_stored.constFind(nip->digits);
    p.update = stored != m_stored.cend();
    Employee& e = p.employee;
    if (p.update) {
        e = *stored;
    } else {
        e.nip = nip->digits;
        e.birthDate = nip->birthDate;
        e.sex = nip->sex;
        e.status = nip->kind == NipKind::Pppk ? EmployeeStatus::Pppk : EmployeeStatus::Pns;
    }
    auto text = [&](int field, QString* target) {
        const QString v = m_map.value(cells, field);
        if (!v.isEmpty())
            *target = v;
    };
    text(FName, &e.name);
    text(FFrontTitle, &e.frontTitle);
    text(FBackTitle, &e.backTitle);
    text(FBirthPlace, &e.birthPlace);
    text(FMajor, &e.major);
    text(FNik, &e.nik);
    text(FPhone, &e.phone);
    text(FEmail, &e.email);
    text(FAddress, &e.address);
    if (e.name.trimmed().isEmpty())
        reject(row, FName, {}, QCoreApplication::translate("Import", "The name is empty"));

    auto date = [&](int field, QDate* target) {
        const QString v = m_map.value(cells, field);
        if (v.isEmpty())
            return;
        QDate d;
        const auto r = importvalues::parseDate(v, &d, cellKind(field));
        if (r != importvalues::DateParse::Ok)
            reject(row, field, v, importvalues::dateProblem(r, v));
        else
            *target = d;
    };
    QDate birth = e.birthDate;
    date(FBirthDate, &birth);
    if (birth.isValid() && birth != nip->birthDate)
        reject(row, FBirthDate, m_map.value(cells, FBirthDate),
               QCoreApplication::translate("Import", "The birth date differs from the one in the NIP (%1)").arg(nip->birthDate.toString(Qt::ISODate)));
    date(FTmtGolongan, &e.tmtGolongan);
    date(FTmtJabatan, &e.tmtJabatan);
    date(FTmtCpns, &e.tmtCpns);

    const QString sex = m_map.value(cells, FSex).toUpper();
    if (!sex.isEmpty()) {
        Sex s = Sex::Male;
        if (sex == u"M" || sex == u"L" || sex == u"1" || sex.startsWith(u"LAKI") || sex == u"PRIA")
            s = Sex::Male;
        else if (sex == u"F" || sex == u"P" || sex == u"2" || sex.startsWith(u"PEREMPUAN") || sex == u"WANITA")
            s = Sex::Female;
        else
            reject(row, FSex, sex, QCoreApplication::translate("Import", "'%1' is not a sex (use L/P, M/F or 1/2)").arg(sex));
        if (s != nip->sex && !rowRejected())
            reject(row, FSex, sex, QCoreApplication::translate("Import", "The sex differs from digit 15 of the NIP"));
    }

    const QString status = m_map.value(cells, FStatus).toUpper();
    const QString jenis = m_map.value(cells, FJenisPegawai).toUpper();
    if (status == u"C" || status == u"CPNS")
        e.status = EmployeeStatus::Cpns;
    else if (status == u"P" || status == u"PNS")
        e.status = EmployeeStatus::Pns;
    else if (status.contains(u"PPPK") || jenis.contains(u"PPPK"))
        e.status = EmployeeStatus::Pppk;
    else if (!status.isEmpty())
        reject(row, FStatus, status, QCoreApplication::translate("Import", "'%1' is not a status (C = CPNS, P = PNS, or PPPK)").arg(status));
    if (nip->kind == NipKind::Pppk && status.isEmpty())
        e.status = EmployeeStatus::Pppk;

    const QString gol = m_map.value(cells, FGolongan);
    if (!gol.isEmpty()) {
        const GolonganInfo* g = ReferenceCatalog::instance().golongan(gol);
        if (!g)
            reject(row, FGolongan, gol, QCoreApplication::translate("Import", "'%1' is not a known golongan").arg(gol));
        else
            e.golongan = g->code;
    }
    const QString edu = m_map.value(cells, FEducation);
    if (!edu.isEmpty()) {
        const QString code = educationCode(edu);
        if (code.isEmpty())
            reject(row, FEducation, edu, QCoreApplication::translate("Import", "'%1' is not a known education level").arg(edu));
        else
            e.education = code;
    }
    if (rowRejected())
        return;
    if (Status s = EmployeeRepository::validate(e); !s) {
        static const QHash<QString, int> byField = {{QStringLiteral("nip"), FNip},       {QStringLiteral("name"), FName},
                                                    {QStringLiteral("birth_date"), FBirthDate}, {QStringLiteral("sex"), FSex},
                                                    {QStringLiteral("status"), FStatus}, {QStringLiteral("golongan"), FGolongan},
                                                    {QStringLiteral("education"), FEducation}};
        const int field = byField.value(s.error().field, FNip);
        reject(row, field, m_map.value(cells, field), s.error().message);
        return;
    }

    const QString unitCode = m_map.value(cells, FUnitCode), unitName = m_map.value(cells, FUnitName);
    if (!unitCode.isEmpty() || !unitName.isEmpty())
        e.unitId = findUnit(unitCode, unitName, row, &p.unitRef);
    const QString posCode = m_map.value(cells, FPositionCode), posName = m_map.value(cells, FPositionName);
    if (!posCode.isEmpty() || !posName.isEmpty()) {
        if (!e.unitId && p.unitRef < 0) {
            reject(row, m_map.has(FUnitName) ? FUnitName : FUnitCode, {},
                   QCoreApplication::translate("Import", "A position needs the unit (unor) it belongs to"));
            return;
        }
        const QString unitLabelText = e.unitId ? m_unitNames.value(e.unitId) : unitName.isEmpty() ? unitCode : unitName;
        e.positionId = findPosition(posCode, posName, e.unitId, p.unitRef, unitLabelText, &p.positionRef);
    }

    PreviewEntry entry;
    entry.row = row;
    entry.key = Nip::format(e.nip);
    entry.label = e.fullName();
    if (p.update) {
        diff(*stored, p, &entry.changes);
        if (entry.changes.isEmpty()) {
            entry.outcome = RowOutcome::Unchanged;
            ++m_preview.unchanged;
            m_preview.list(entry);
            return;
        }
        entry.outcome = RowOutcome::Update;
        ++m_preview.updated;
    } else {
        entry.outcome = RowOutcome::Add;
        ++m_preview.added;
    }
    m_preview.list(entry);
    m_pending.append(std::move(p));
}

Status EmployeeImporter::write(const Progress* progress)
{
    m_unitsCreated = m_positionsCreated = 0;
    QVector<qint64> createdIds(m_preview.missing.size(), 0);
    UnitRepository units(database().db());
    PositionRepository positions(database().db());
    int serial = 0;
    auto freshCode = [&serial](const QSet<QString>& used, const QString& prefix) {
        QString c;
        do
            c = QStringLiteral("%1-%2").arg(prefix).arg(++serial, 4, 10, QLatin1Char('0'));
        while (used.contains(c));
        return c;
    };
    for (int i = 0; i < m_preview.missing.size(); ++i) {
        const MissingReference& m = m_preview.missing.at(i);
        if (m.kind != MissingReference::Unit)
            continue;
        Unit u;
        u.code = m.code.isEmpty() ? freshCode(m_unitCodes, QStringLiteral("IMP-U")) : m.code;
        u.name = m.name;
        u.kind = QStringLiteral("perangkat_daerah");
        auto id = units.insert(u);
        if (!id)
            return id.error();
        m_unitCodes.insert(u.code);
        createdIds[i] = id.value();
        ++m_unitsCreated;
    }
    // A new position belongs to the unit of the first row that names it.
    QHash<int, qint64> positionUnit;
    for (const Pending& p : m_pending)
        if (p.positionRef >= 0 && !positionUnit.contains(p.positionRef))
            positionUnit.insert(p.positionRef, p.unitRef >= 0 ? createdIds.at(p.unitRef) : p.employee.unitId);
    for (int i = 0; i < m_preview.missing.size(); ++i) {
        const MissingReference& m = m_preview.missing.at(i);
        if (m.kind != MissingReference::Position || !positionUnit.contains(i))
            continue;
        Position pos;
        pos.code = m.code.isEmpty() ? freshCode(m_positionCodes, QStringLiteral("IMP-J")) : m.code;
        pos.name = m.name;
        pos.jenjang = guessJenjang(m.name);
        pos.unitId = positionUnit.value(i);
        auto id = positions.insert(pos);
        if (!id)
            return id.error();
        m_positionCodes.insert(pos.code);
        createdIds[i] = id.value();
        ++m_positionsCreated;
    }

    BulkInserter inserter(database().db(), QStringLiteral("employees"), EmployeeRepository::columns());
    QVector<Employee> updates;
    const QString now = sql::nowText();
    qint64 done = 0;
    for (Pending& p : m_pending) {
        if (p.unitRef >= 0)
            p.employee.unitId = createdIds.at(p.unitRef);
        if (p.positionRef >= 0)
            p.employee.positionId = createdIds.at(p.positionRef);
        if (p.update) {
            updates.append(p.employee);
        } else if (Status s = inserter.add(EmployeeRepository::values(p.employee, now)); !s) {
            Error e = s.error();
            e.row = p.row;
            e.file = m_fileName;
            return e;
        }
        if ((++done & 1023) == 0) {
            if (cancelled(progress))
                return makeError(cancelledMessage());
            if (progress)
                progress->report(done, m_pending.size(), QCoreApplication::translate("Import", "Writing employees"));
        }
    }
    if (Status s = inserter.finish(); !s)
        return s;
    if (Status s = ImportStore(database().db()).updateEmployees(updates); !s)
        return s;
    if (progress)
        progress->report(m_pending.size(), m_pending.size(), QCoreApplication::translate("Import", "Writing employees"));
    return {};
}

} // namespace karsa
