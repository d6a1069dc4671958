#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace karsa {

// One panduan perilaku of a core value ("Ramah, cekatan, solutif, dan dapat diandalkan").
struct Behaviour
{
    qint64 id = 0;
    qint64 valueId = 0;
    QString code; // "PEL2"
    int sortOrder = 0;
    QString text;
    int rowVersion = 0;
};

// One BerAKHLAK core value with its behaviours and the competency its development links to.
struct CoreValue
{
    qint64 id = 0;
    QString code; // "PEL"
    QString name; // "Berorientasi Pelayanan"
    int sortOrder = 0;
    QString competencyCode; // "M.05": suggested development when this value is weak
    QVector<Behaviour> behaviours;
};

// The evaluation instrument as stored (eval_values, eval_behaviours): 7 values x 3 behaviours by
// default (domain.md 4.4); an agency may edit the texts or add behaviours.
class Instrument
{
public:
    static Result<Instrument> load(QSqlDatabase db);

    const QVector<CoreValue>& values() const { return m_values; }
    QVector<const Behaviour*> behaviours() const; // in value then behaviour order
    int behaviourCount() const { return int(m_index.size()); }
    int behaviourIndex(qint64 behaviourId) const { return m_index.value(behaviourId, -1); } // flat order
    const Behaviour* behaviourByCode(const QString& code) const;
    int valueIndexOfBehaviour(int flatIndex) const; // index into values()

    // Replaces the text of one behaviour (the agency's wording).
    // Optimistic: refused with sql::conflictError when the row_version is not expectedVersion.
    static Status setBehaviourText(QSqlDatabase db, qint64 behaviourId, int expectedVersion, const QString& text);

    void add(CoreValue value); // for tests and loading

private:
    QVector<CoreValue> m_values;
    QHash<qint64, int> m_index;
    QVector<int> m_valueOfFlat;
};

// The predikat matrix of domain.md 4.2 as stored (eval_predikat_matrix), hasil kerja x perilaku.
class PredikatMatrix
{
public:
    PredikatMatrix(); // the default matrix
    static Result<PredikatMatrix> load(QSqlDatabase db);
    QString predikat(int hasilKerja, int perilaku) const; // ratings -1..1
    void set(int hasilKerja, int perilaku, const QString& predikat);
    // Stores one cell; the predikat must be one of predikatCodes().
    static Status store(QSqlDatabase db, int hasilKerja, int perilaku, const QString& predikat);

private:
    QString m_cells[3][3];
};

} // namespace karsa
