#include "Instrument.h"

#include "RaterRole.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace karsa {

Result<Instrument> Instrument::load(QSqlDatabase db)
{
    Instrument instrument;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, code, name, sort_order, competency_code FROM eval_values ORDER BY sort_order, id")))
        return sql::errorFrom(q);
    QVector<CoreValue> values;
    while (q.next())
        values.append({q.value(0).toLongLong(),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       q.value(3).toInt(),
                       q.value(4).toString(),
                       {}});
    if (!q.exec(QStringLiteral(
            "SELECT id, value_id, code, sort_order, text, row_version FROM eval_behaviours ORDER BY value_id, sort_order, id")))
        return sql::errorFrom(q);
    while (q.next()) {
        const Behaviour b{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt(),
                          q.value(4).toString(), q.value(5).toInt()};
        for (CoreValue& v : values)
            if (v.id == b.valueId)
                v.behaviours.append(b);
    }
    for (CoreValue& v : values)
        instrument.add(std::move(v));
    if (instrument.behaviourCount() == 0)
        return makeError(QCoreApplication::translate("Evaluation", "The evaluation instrument has no behaviours"));
    return instrument;
}

void Instrument::add(CoreValue value)
{
    for (const Behaviour& b : value.behaviours) {
        m_index.insert(b.id, int(m_index.size()));
        m_valueOfFlat.append(int(m_values.size()));
    }
    m_values.append(std::move(value));
}

QVector<const Behaviour*> Instrument::behaviours() const
{
    QVector<const Behaviour*> out;
    for (const CoreValue& v : m_values)
        for (const Behaviour& b : v.behaviours)
            out.append(&b);
    return out;
}

const Behaviour* Instrument::behaviourByCode(const QString& code) const
{
    for (const CoreValue& v : m_values)
        for (const Behaviour& b : v.behaviours)
            if (b.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
                return &b;
    return nullptr;
}

int Instrument::valueIndexOfBehaviour(int flatIndex) const
{
    return flatIndex >= 0 && flatIndex < m_valueOfFlat.size() ? m_valueOfFlat.at(flatIndex) : -1;
}

Status Instrument::setBehaviourText(QSqlDatabase db, qint64 behaviourId, int expectedVersion, const QString& text)
{
    if (text.trimmed().isEmpty()) {
        Error e = makeError(QCoreApplication::translate("Evaluation", "A behaviour needs a text"));
        e.field = QStringLiteral("text");
        return e;
    }
    return sql::execVersioned(
        db, QStringLiteral("eval_behaviours"), behaviourId,
        QStringLiteral("UPDATE eval_behaviours SET text = ?, updated_at = ?, row_version = row_version + 1 "
                       "WHERE id = ? AND row_version = ?"),
        {text.trimmed(), sql::nowText(), behaviourId, expectedVersion});
}

PredikatMatrix::PredikatMatrix()
{
    // domain.md 4.2: rows hasil kerja (-1, 0, +1), columns perilaku (-1, 0, +1).
    set(1, -1, QStringLiteral("kurang"));
    set(1, 0, QStringLiteral("baik"));
    set(1, 1, QStringLiteral("sangat_baik"));
    set(0, -1, QStringLiteral("kurang"));
    set(0, 0, QStringLiteral("baik"));
    set(0, 1, QStringLiteral("baik"));
    set(-1, -1, QStringLiteral("sangat_kurang"));
    set(-1, 0, QStringLiteral("butuh_perbaikan"));
    set(-1, 1, QStringLiteral("butuh_perbaikan"));
}

Result<PredikatMatrix> PredikatMatrix::load(QSqlDatabase db)
{
    PredikatMatrix m;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT hasil_kerja, perilaku, predikat FROM eval_predikat_matrix")))
        return sql::errorFrom(q);
    int cells = 0;
    while (q.next()) {
        m.set(q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString());
        ++cells;
    }
    if (cells != 9)
        return makeError(
            QCoreApplication::translate("Evaluation", "The predikat matrix has %1 of its 9 cells").arg(cells));
    return m;
}

QString PredikatMatrix::predikat(int hasilKerja, int perilaku) const
{
    return m_cells[std::clamp(hasilKerja, -1, 1) + 1][std::clamp(perilaku, -1, 1) + 1];
}

void PredikatMatrix::set(int hasilKerja, int perilaku, const QString& predikat)
{
    m_cells[std::clamp(hasilKerja, -1, 1) + 1][std::clamp(perilaku, -1, 1) + 1] = predikat;
}

Status PredikatMatrix::store(QSqlDatabase db, int hasilKerja, int perilaku, const QString& predikat)
{
    if (!predikatCodes().contains(predikat)) {
        Error e = makeError(QCoreApplication::translate("Evaluation", "Unknown predikat '%1'").arg(predikat));
        e.field = QStringLiteral("predikat");
        return e;
    }
    if (hasilKerja < -1 || hasilKerja > 1 || perilaku < -1 || perilaku > 1)
        return makeError(
            QCoreApplication::translate("Evaluation", "A rating must be below, meeting or above expectation"));
    return sql::exec(db,
                     QStringLiteral("UPDATE eval_predikat_matrix SET predikat = ?, updated_at = ? "
                                    "WHERE hasil_kerja = ? AND perilaku = ?"),
                     {predikat, sql::nowText(), hasilKerja, perilaku});
}

} // namespace karsa
