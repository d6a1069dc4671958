#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

namespace karsa {

enum class Sex { Male = 1, Female = 2 };
enum class NipKind { Pns, Pppk };

// A decoded 18-digit ASN number: the NIP of a PNS/CPNS (Perka BKN 22/2007) or the NI PPPK.
//   PNS : YYYYMMDD (birth) YYYYMM (TMT CPNS) G (sex) NNN (sequence)
//   PPPK: YYYYMMDD (birth) YYYY (TMT year) 2 (PPPK marker) F (frequency 1-9) G (sex) NNN
struct Nip
{
    QString digits; // the 18 digits, no spaces
    NipKind kind = NipKind::Pns;
    QDate birthDate;
    int tmtYear = 0;
    int tmtMonth = 0;  // PNS only; 0 for PPPK
    int frequency = 0; // PPPK only
    Sex sex = Sex::Male;
    int sequence = 0;

    // Parses and validates. Spaces, dots and dashes between digit groups are accepted. A bad
    // number yields an Error whose field names the segment ("tanggal lahir", "TMT CPNS", ...).
    static Result<Nip> parse(const QString& text);

    // "19860926 201505 1 001" (PNS) or "20001231 2024 2 1 1 001" (PPPK).
    QString formatted() const;
    static QString format(const QString& digits); // best effort on any stored value

    static QString compose(const QDate& birth, int tmtYear, int tmtMonth, Sex sex, int sequence);
    static QString composePppk(const QDate& birth, int tmtYear, int frequency, Sex sex, int sequence);
};

} // namespace karsa
