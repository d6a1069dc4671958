#include "PublicFeedbackImport.h"

#include "CycleEvaluation.h"
#include "domain/Nip.h"
#include "io/CsvReader.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>


namespace karsa {

namespace {
struct CsvRows
{
    QList<QStringList> rows;
    QList<int> numbers; // the row number of each, as the reader counts them (header = 1)
};

Error at(const QString& file, int row, int column, const QString& field, const QString& message)
{
    Error e = makeError(message);
    e.file = file;
    e.row = row;
    e.column = column;
    e.field = field;
    return e;
}
} // namespace

Result<PublicFeedbackImport::Summary> PublicFeedbackImport::importFile(QSqlDatabase db, qint64 cycleId,
                                                                       const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Error e = makeError(
            QCoreApplication::translate("PublicFeedbackImport", "Cannot read the file: %1").arg(f.errorString()));
        e.file = QDir::toNativeSeparators(path);
        return e;
    }
    return importData(db, cycleId, f.readAll(), QFileInfo(path).fileName());
}

Result<PublicFeedbackImport::Summary> PublicFeedbackImport::importData(QSqlDatabase db, qint64 cycleId,
                                                                       const QByteArray& bytes, const QString& file)
{
    auto parsed = parse(db, cycleId, bytes, file);
    if (!parsed)
        return parsed.error();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto ids = store(db, parsed.value()); !ids)
        return ids.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return parsed->summary;
}

Result<QVector<qint64>> PublicFeedbackImport::store(QSqlDatabase db, const Parsed& parsed)
{
    EvaluationRepository repo(db);
    QVector<qint64> ids;
    for (int i = 0; i < parsed.forms.size(); ++i) {
        auto id = repo.addRater(parsed.forms.at(i), parsed.scaleMax);
        if (!id) {
            Error e = id.error();
            e.file = parsed.file;
            e.row = parsed.lines.value(i, -1);
            return e;
        }
        ids.append(id.value());
    }
    return ids;
}

Result<PublicFeedbackImport::Parsed> PublicFeedbackImport::parse(QSqlDatabase db, qint64 cycleId,
                                                                 const QByteArray& bytes, const QString& file)
{
    // The shared reader: encoding checks, separator detection, unbalanced quotes, NUL bytes and field
    // limits are refused with row and column, as for every other import.
    CsvRows parsed;
    auto read = io::CsvReader::readData(bytes, file, [&parsed](int row, const QStringList& cells) {
        parsed.rows << cells;
        parsed.numbers << row;
        return true;
    });
    if (!read)
        return read.error();
    if (parsed.rows.isEmpty())
        return at(file, -1, -1, {}, QCoreApplication::translate("PublicFeedbackImport", "The file is empty"));

    auto ce = CycleEvaluation::load(db, cycleId);
    if (!ce)
        return ce.error();
    if (!ce->cycle.isOpen())
        return at(file, -1, -1, {},
                  QCoreApplication::translate("PublicFeedbackImport",
                                              "The cycle '%1' is not open; public feedback cannot be added")
                      .arg(ce->cycle.name));

    // Header: which column is what.
    const QStringList head = parsed.rows.first();
    int nipCol = -1, unitCol = -1, labelCol = -1, strengthsCol = -1, suggestionsCol = -1;
    QHash<int, qint64> behaviourCols;
    for (int c = 0; c < head.size(); ++c) {
        const QString h = head.at(c).trimmed().toLower();
        const int column = c + 1;
        auto claim = [&](int* slot) -> Status {
            if (*slot >= 0)
                return at(file, 1, column, head.at(c),
                          QCoreApplication::translate("PublicFeedbackImport", "The column '%1' appears twice")
                              .arg(head.at(c)));
            *slot = c;
            return {};
        };
        Status s;
        if (h == u"nip")
            s = claim(&nipCol);
        else if (h == u"kode_unit" || h == u"unit" || h == u"unit_code")
            s = claim(&unitCol);
        else if (h == u"formulir" || h == u"label" || h == u"no_formulir")
            s = claim(&labelCol);
        else if (h == u"kekuatan" || h == u"strengths")
            s = claim(&strengthsCol);
        else if (h == u"saran" || h == u"suggestions")
            s = claim(&suggestionsCol);
        else if (const Behaviour* b = ce->instrument.behaviourByCode(h)) {
            if (behaviourCols.values().contains(b->id))
                return at(file, 1, column, head.at(c),
                          QCoreApplication::translate("PublicFeedbackImport", "The column '%1' appears twice")
                              .arg(head.at(c)));
            behaviourCols.insert(c, b->id);
        } else if (!h.isEmpty())
            return at(file, 1, column, head.at(c),
                      QCoreApplication::translate(
                          "PublicFeedbackImport",
                          "Unknown column '%1'; expected nip, kode_unit, formulir, kekuatan, saran or a behaviour code "
                          "such as PEL1")
                          .arg(head.at(c)));
        if (!s)
            return s.error();
    }
    if (nipCol < 0 && unitCol < 0)
        return at(
            file, 1, -1, {},
            QCoreApplication::translate("PublicFeedbackImport", "The file needs a 'nip' or a 'kode_unit' column"));
    if (behaviourCols.isEmpty())
        return at(
            file, 1, -1, {},
            QCoreApplication::translate("PublicFeedbackImport", "The file has no behaviour column (PEL1 .. KOL3)"));

    // Who may be rated: the employees and units in the cycle's scope.
    QHash<QString, qint64> employeeByNip;
    QSet<qint64> scopeUnits;
    for (const EvaluationPerson& p : std::as_const(ce->people)) {
        employeeByNip.insert(p.nip, p.id);
        scopeUnits.insert(p.unitId);
    }
    QHash<QString, qint64> unitByCode;
    auto units = UnitRepository(db).all();
    if (!units)
        return units.error();
    for (const Unit& u : units.value())
        unitByCode.insert(u.code.toLower(), u.id);

    QVector<RaterForm> forms;
    QVector<int> lines;
    Summary summary;
    for (int r = 1; r < parsed.rows.size(); ++r) {
        const QStringList& row = parsed.rows.at(r);
        const int line = parsed.numbers.at(r);
        if (std::all_of(row.cbegin(), row.cend(), [](const QString& s) { return s.trimmed().isEmpty(); }))
            continue;
        if (row.size() > head.size())
            return at(file, line, int(head.size()) + 1, {},
                      QCoreApplication::translate("PublicFeedbackImport", "The row has %1 fields, the header %2")
                          .arg(row.size())
                          .arg(head.size()));
        auto cell = [&row](int c) { return c >= 0 && c < row.size() ? row.at(c).trimmed() : QString(); };
        RaterForm f;
        f.cycleId = cycleId;
        f.role = RaterRole::Masyarakat;
        f.source = QStringLiteral("import");
        f.submitted = true;
        const QString nipText = cell(nipCol), unitText = cell(unitCol);
        if (!nipText.isEmpty() && !unitText.isEmpty())
            return at(
                file, line, unitCol + 1, head.value(unitCol),
                QCoreApplication::translate("PublicFeedbackImport", "Give either a NIP or a unit code, not both"));
        if (nipText.isEmpty() && unitText.isEmpty())
            return at(file, line, (nipCol >= 0 ? nipCol : unitCol) + 1, head.value(nipCol >= 0 ? nipCol : unitCol),
                      QCoreApplication::translate("PublicFeedbackImport",
                                                  "Who is rated is missing: give a NIP or a unit code"));
        if (!nipText.isEmpty()) {
            auto nip = Nip::parse(nipText);
            if (!nip)
                return at(file, line, nipCol + 1, head.at(nipCol), nip.error().message);
            const qint64 id = employeeByNip.value(nip->digits);
            if (id == 0)
                return at(file, line, nipCol + 1, head.at(nipCol),
                          QCoreApplication::translate("PublicFeedbackImport",
                                                      "No employee with NIP %1 is in the scope of the cycle '%2'")
                              .arg(nipText, ce->cycle.name));
            f.rateeEmployeeId = id;
            ++summary.employees;
        } else {
            const qint64 id = unitByCode.value(unitText.toLower());
            if (id == 0)
                return at(
                    file, line, unitCol + 1, head.at(unitCol),
                    QCoreApplication::translate("PublicFeedbackImport", "No unit has the code '%1'").arg(unitText));
            if (!scopeUnits.contains(id))
                return at(file, line, unitCol + 1, head.at(unitCol),
                          QCoreApplication::translate("PublicFeedbackImport",
                                                      "The unit '%1' has no employee in the scope of the cycle '%2'")
                              .arg(unitText, ce->cycle.name));
            f.rateeUnitId = id;
            ++summary.units;
        }
        for (auto it = behaviourCols.cbegin(); it != behaviourCols.cend(); ++it) {
            const QString text = cell(it.key());
            if (text.isEmpty())
                continue;
            bool ok = false;
            const int score = text.toInt(&ok);
            if (!ok || score < 1 || score > ce->cycle.scaleMax)
                return at(file, line, it.key() + 1, head.at(it.key()),
                          QCoreApplication::translate("PublicFeedbackImport", "'%1' is not a score from 1 to %2")
                              .arg(text)
                              .arg(ce->cycle.scaleMax));
            f.scores.insert(it.value(), score);
        }
        if (f.scores.isEmpty())
            return at(file, line, -1, {}, QCoreApplication::translate("PublicFeedbackImport", "The row has no score"));
        f.label = cell(labelCol);
        f.strengths = cell(strengthsCol);
        f.suggestions = cell(suggestionsCol);
        forms.append(f);
        lines.append(line);
    }
    if (forms.isEmpty())
        return at(file, -1, -1, {}, QCoreApplication::translate("PublicFeedbackImport", "The file has no data rows"));

    summary.rows = int(forms.size());
    Parsed out;
    out.summary = summary;
    out.scaleMax = ce->cycle.scaleMax;
    out.forms = std::move(forms);
    out.lines = std::move(lines);
    out.file = file;
    return out;
}

} // namespace karsa
