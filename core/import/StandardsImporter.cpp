#include "StandardsImporter.h"

#include "ImportValues.h"
#include "common/Progress.h"
#include "storage/CompetencyRepository.h"
#include "storage/Database.h"
#include "storage/PositionRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace karsa {

namespace {
enum DictionaryField { DCode, DName, DType, DDefinition, DLevel1, DLevel2, DLevel3, DLevel4, DLevel5 };
enum StandardField { SPositionCode, SPositionName, SCompetencyCode, SCompetencyName, SLevel, SWeight };

// The longest value each field takes (InputLimits.h).
int dictionaryMaxLength(int field)
{
    switch (field) {
    case DCode:
    case DType:
        return limits::kShortTextLength;
    case DName:
        return limits::kNameLength;
    default:
        return limits::kLongTextLength; // the definition and the five level descriptions
    }
}

int standardMaxLength(int field)
{
    return field == SPositionName || field == SCompetencyName ? limits::kNameLength : limits::kShortTextLength;
}

const QVector<FieldSpec>& dictionaryFields()
{
    static const QVector<FieldSpec> f = [] {
        QVector<FieldSpec> v = {
            {DCode, QStringLiteral("kode"), {QStringLiteral("kode_kompetensi"), QStringLiteral("code")}},
            {DName, QStringLiteral("nama"), {QStringLiteral("nama_kompetensi"), QStringLiteral("kompetensi"), QStringLiteral("name")}},
            {DType, QStringLiteral("jenis"), {QStringLiteral("jenis_kompetensi"), QStringLiteral("tipe"), QStringLiteral("type")}},
            {DDefinition, QStringLiteral("definisi"), {QStringLiteral("deskripsi"), QStringLiteral("definition")}}};
        for (int l = 1; l <= 5; ++l)
            v.append({DLevel1 + l - 1, QStringLiteral("level_%1").arg(l),
                      {QStringLiteral("deskripsi level %1").arg(l), QStringLiteral("level %1 deskripsi").arg(l)}});
        return withMaxLengths(v, dictionaryMaxLength);
    }();
    return f;
}

const QVector<FieldSpec>& standardFields()
{
    static const QVector<FieldSpec> f = withMaxLengths({
        {SPositionCode, QStringLiteral("kode_jabatan"), {QStringLiteral("position_code")}},
        {SPositionName, QStringLiteral("jabatan"), {QStringLiteral("nama_jabatan"), QStringLiteral("position")}},
        {SCompetencyCode, QStringLiteral("kode_kompetensi"), {QStringLiteral("competency_code")}},
        {SCompetencyName, QStringLiteral("kompetensi"), {QStringLiteral("nama_kompetensi"), QStringLiteral("competency")}},
        {SLevel, QStringLiteral("level_standar"),
         {QStringLiteral("level dibutuhkan"), QStringLiteral("standar"), QStringLiteral("required_level"), QStringLiteral("level"),
          QStringLiteral("level skj")}},
        {SWeight, QStringLiteral("bobot"), {QStringLiteral("weight")}}}, standardMaxLength);
    return f;
}

bool typeFromText(const QString& text, CompetencyType* out)
{
    const QString n = importvalues::nameKey(text).remove(u' ').remove(u'_').remove(u'-');
    if (n == u"manajerial")
        *out = CompetencyType::Manajerial;
    else if (n == u"sosialkultural" || n == u"sosiokultural")
        *out = CompetencyType::SosialKultural;
    else if (n == u"teknis")
        *out = CompetencyType::Teknis;
    else
        return false;
    return true;
}
} // namespace

Status StandardsImporter::loadLookups()
{
    m_competencies.clear();
    m_competencyCodeByName.clear();
    m_positionsByCode.clear();
    m_positionCodeByName.clear();
    m_seen.clear();
    m_competencyWrites.clear();
    m_standardWrites.clear();
    m_fileCompetencies.clear();
    auto competencies = CompetencyRepository(database().db()).all(true);
    if (!competencies)
        return competencies.error();
    for (const Competency& c : competencies.value()) {
        m_competencies.insert(c.code.toLower(), c);
        m_competencyCodeByName.insert(importvalues::nameKey(c.name), c.code);
    }
    auto positions = PositionRepository(database().db()).all(true);
    if (!positions)
        return positions.error();
    QSet<QString> ambiguous;
    for (const Position& p : positions.value()) {
        m_positionsByCode.insert(p.code.toLower(), p);
        const QString key = importvalues::nameKey(p.name);
        if (m_positionCodeByName.contains(key))
            ambiguous.insert(key);
        m_positionCodeByName.insert(key, p.code);
    }
    for (const QString& k : ambiguous)
        m_positionCodeByName.insert(k, QString()); // ambiguous: must be given by code
    return {};
}

Status StandardsImporter::header(const QString& sheetName, const QStringList& cells)
{
    m_dictionaryMap.build(cells, dictionaryFields());
    m_standardMap.build(cells, standardFields());
    const QString where = sheetName.isEmpty() ? m_fileName : sheetName;
    if ((m_standardMap.has(SPositionCode) || m_standardMap.has(SPositionName)) && m_standardMap.has(SLevel) &&
        (m_standardMap.has(SCompetencyCode) || m_standardMap.has(SCompetencyName))) {
        m_layout = Layout::Standard;
        m_map = m_standardMap;
        m_preview.notes << QCoreApplication::translate("Import", "%1: position standards (SKJ)").arg(where);
        return {};
    }
    if (m_dictionaryMap.has(DCode) && m_dictionaryMap.has(DName) && m_dictionaryMap.has(DType)) {
        m_layout = Layout::Dictionary;
        m_map = m_dictionaryMap;
        m_preview.notes << QCoreApplication::translate("Import", "%1: competency dictionary").arg(where);
        return {};
    }
    Error e = missingColumns({QStringLiteral("kode, nama, jenis"), QStringLiteral("kode_jabatan/jabatan, kode_kompetensi/kompetensi, level_standar")});
    e.message = QCoreApplication::translate("Import", "%1: the header is neither a competency dictionary (kode, nama, jenis) nor "
                                                      "position standards (kode_jabatan or jabatan, kode_kompetensi or kompetensi, "
                                                      "level_standar)")
                    .arg(where);
    return e;
}

void StandardsImporter::row(int row, const QStringList& cells)
{
    if (m_layout == Layout::Dictionary)
        dictionaryRow(row, cells);
    else
        standardRow(row, cells);
}

void StandardsImporter::dictionaryRow(int row, const QStringList& cells)
{
    Competency c;
    c.code = m_map.value(cells, DCode);
    c.name = m_map.value(cells, DName);
    if (c.code.isEmpty())
        reject(row, DCode, {}, QCoreApplication::translate("Import", "The competency code is empty"));
    if (c.name.isEmpty())
        reject(row, DName, {}, QCoreApplication::translate("Import", "The competency name is empty"));
    const QString type = m_map.value(cells, DType);
    if (!typeFromText(type, &c.type))
        reject(row, DType, type, QCoreApplication::translate("Import", "'%1' is not a competency type (manajerial, sosial kultural, teknis)").arg(type));
    if (rowRejected())
        return;
    const QString key = QStringLiteral("d:") + c.code.toLower();
    if (const int first = m_seen.value(key)) {
        reject(row, DCode, c.code, QCoreApplication::translate("Import", "Duplicate competency code in the file (also on row %1)").arg(first));
        return;
    }
    m_seen.insert(key, row);
    c.definition = m_map.value(cells, DDefinition);
    const auto stored = m_competencies.constFind(c.code.toLower());
    bool hasLevels = false;
    for (int l = 1; l <= 5; ++l)
        hasLevels = hasLevels || m_map.has(DLevel1 + l - 1);
    if (hasLevels) {
        for (int l = 1; l <= 5; ++l) {
            const QString d = m_map.value(cells, DLevel1 + l - 1);
            CompetencyLevel level;
            level.level = l;
            level.description = d;
            if (stored != m_competencies.cend())
                for (const CompetencyLevel& s : stored->levels)
                    if (s.level == l) {
                        level.indicators = s.indicators;
                        if (d.isEmpty())
                            level.description = s.description; // an empty cell keeps the stored text
                    }
            if (!level.description.isEmpty())
                c.levels.append(level);
        }
    } else if (stored != m_competencies.cend()) {
        c.levels = stored->levels;
    }
    m_fileCompetencies.insert(c.code.toLower(), c.code);
    PreviewEntry entry;
    entry.row = row;
    entry.key = c.code;
    entry.label = c.name;
    if (stored == m_competencies.cend()) {
        entry.outcome = RowOutcome::Add;
        ++m_preview.added;
        m_competencyWrites.append(c);
    } else {
        c.id = stored->id;
        c.rowVersion = stored->rowVersion;
        if (c.definition.isEmpty())
            c.definition = stored->definition;
        auto cmp = [&entry](const QString& label, const QString& a, const QString& b) {
            if (a != b)
                entry.changes.append({label, a, b});
        };
        cmp(QCoreApplication::translate("Import", "Name"), stored->name, c.name);
        cmp(QCoreApplication::translate("Import", "Type"), competencyTypeCode(stored->type), competencyTypeCode(c.type));
        cmp(QCoreApplication::translate("Import", "Definition"), stored->definition, c.definition);
        for (int l = 1; l <= 5; ++l) {
            QString before, after;
            for (const CompetencyLevel& s : stored->levels)
                if (s.level == l)
                    before = s.description;
            for (const CompetencyLevel& s : c.levels)
                if (s.level == l)
                    after = s.description;
            cmp(QCoreApplication::translate("Import", "Level %1").arg(l), before, after);
        }
        if (entry.changes.isEmpty()) {
            entry.outcome = RowOutcome::Unchanged;
            ++m_preview.unchanged;
        } else {
            entry.outcome = RowOutcome::Update;
            ++m_preview.updated;
            m_competencyWrites.append(c);
        }
    }
    m_preview.list(entry);
}

void StandardsImporter::standardRow(int row, const QStringList& cells)
{
    const QString posCode = m_map.value(cells, SPositionCode), posName = m_map.value(cells, SPositionName);
    QString positionCode;
    if (!posCode.isEmpty() && m_positionsByCode.contains(posCode.toLower()))
        positionCode = m_positionsByCode.value(posCode.toLower()).code;
    else if (posCode.isEmpty() && !posName.isEmpty())
        positionCode = m_positionCodeByName.value(importvalues::nameKey(posName));
    if (positionCode.isEmpty()) {
        const bool byName = posCode.isEmpty();
        const QString v = byName ? posName : posCode;
        reject(row, byName ? SPositionName : SPositionCode, v,
               byName && m_positionCodeByName.contains(importvalues::nameKey(posName))
                   ? QCoreApplication::translate("Import", "Several positions are named '%1'; give the position code").arg(v)
                   : QCoreApplication::translate("Import", "No position '%1'; import the employees or add the position first").arg(v));
    }
    const QString compCode = m_map.value(cells, SCompetencyCode), compName = m_map.value(cells, SCompetencyName);
    QString competencyCode;
    if (!compCode.isEmpty()) {
        if (m_competencies.contains(compCode.toLower()))
            competencyCode = m_competencies.value(compCode.toLower()).code;
        else
            competencyCode = m_fileCompetencies.value(compCode.toLower());
    } else if (!compName.isEmpty()) {
        competencyCode = m_competencyCodeByName.value(importvalues::nameKey(compName));
    }
    if (competencyCode.isEmpty()) {
        const QString v = compCode.isEmpty() ? compName : compCode;
        reject(row, compCode.isEmpty() ? SCompetencyName : SCompetencyCode, v,
               QCoreApplication::translate("Import", "'%1' is not a competency of the dictionary").arg(v));
    }
    const QString levelText = m_map.value(cells, SLevel);
    bool ok = false;
    const int level = levelText.toInt(&ok);
    if (!ok || level < 1 || level > 5)
        reject(row, SLevel, levelText, QCoreApplication::translate("Import", "The level must be a whole number from 1 to 5"));
    double weight = 1.0;
    const QString weightText = m_map.value(cells, SWeight);
    if (!weightText.isEmpty()) {
        weight = QString(weightText).replace(u',', u'.').toDouble(&ok);
        if (!ok || weight <= 0)
            reject(row, SWeight, weightText, QCoreApplication::translate("Import", "The weight must be a number above 0"));
    }
    if (rowRejected())
        return;
    const QString key = QStringLiteral("s:") + positionCode.toLower() + u'|' + competencyCode.toLower();
    if (const int first = m_seen.value(key)) {
        reject(row, SLevel, levelText,
               QCoreApplication::translate("Import", "The same position and competency are already on row %1").arg(first));
        return;
    }
    m_seen.insert(key, row);
    const Position& position = m_positionsByCode[positionCode.toLower()];
    const qint64 competencyId = m_competencies.contains(competencyCode.toLower()) ? m_competencies.value(competencyCode.toLower()).id : 0;
    PreviewEntry entry;
    entry.row = row;
    entry.key = position.code + QStringLiteral(" · ") + competencyCode;
    entry.label = position.name;
    const StandardItem* stored = nullptr;
    for (const StandardItem& s : position.standard)
        if (competencyId && s.competencyId == competencyId)
            stored = &s;
    if (!stored) {
        entry.outcome = RowOutcome::Add;
        ++m_preview.added;
    } else {
        if (stored->requiredLevel != level)
            entry.changes.append({QCoreApplication::translate("Import", "Required level"), QString::number(stored->requiredLevel),
                                  QString::number(level)});
        if (!weightText.isEmpty() && !qFuzzyCompare(stored->weight, weight))
            entry.changes.append({QCoreApplication::translate("Import", "Weight"), QString::number(stored->weight),
                                  QString::number(weight)});
        else
            weight = stored->weight;
        entry.outcome = entry.changes.isEmpty() ? RowOutcome::Unchanged : RowOutcome::Update;
        ++(entry.changes.isEmpty() ? m_preview.unchanged : m_preview.updated);
    }
    if (entry.outcome != RowOutcome::Unchanged) {
        StandardItem item;
        item.competencyId = competencyId; // 0: a competency created by this file, resolved in write()
        item.requiredLevel = level;
        item.weight = weight;
        // The competency code rides along in the weight-free slot: resolved by code at write time.
        m_standardWrites[position.code].append(item);
        m_fileCompetencies.insert(QStringLiteral("#") + position.code + u'|' + QString::number(m_standardWrites[position.code].size() - 1),
                                  competencyCode);
    }
    m_preview.list(entry);
}

Status StandardsImporter::write(const Progress* progress)
{
    CompetencyRepository competencies(database().db());
    QHash<QString, qint64> createdIds;
    for (const Competency& c : m_competencyWrites) {
        if (c.id == 0) {
            auto id = competencies.insert(c);
            if (!id)
                return id.error();
            createdIds.insert(c.code.toLower(), id.value());
        } else if (Status s = competencies.update(c); !s) {
            return s;
        }
    }
    if (cancelled(progress))
        return makeError(cancelledMessage());
    PositionRepository positions(database().db());
    for (auto it = m_standardWrites.cbegin(); it != m_standardWrites.cend(); ++it) {
        const Position& p = m_positionsByCode[it.key().toLower()];
        QVector<StandardItem> merged = p.standard;
        for (int i = 0; i < it->size(); ++i) {
            StandardItem item = it->at(i);
            if (!item.competencyId) {
                const QString code = m_fileCompetencies.value(QStringLiteral("#") + it.key() + u'|' + QString::number(i));
                item.competencyId = createdIds.value(code.toLower());
                if (!item.competencyId)
                    return makeError(QStringLiteral("competency %1 was not created").arg(code));
            }
            bool replaced = false;
            for (StandardItem& m : merged)
                if (m.competencyId == item.competencyId) {
                    m = item;
                    replaced = true;
                }
            if (!replaced)
                merged.append(item);
        }
        if (Status s = positions.setStandard(p.id, merged); !s)
            return s;
    }
    return {};
}

} // namespace karsa
