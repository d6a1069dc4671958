#pragma once

#include "UserSession.h"
#include "reports/ReportDocument.h"

#include <QSqlDatabase>
#include <QStringList>

namespace karsa {

// NIK and contact fields (phone, e-mail, address) in exported and printed reports. Columns are
// recognised by their key (nik, phone, email, address) or their header in English or Indonesian,
// so every report — including ones added later — is covered without registering it.
class PersonalDataMask
{
public:
    static bool isPersonalField(const QString& keyOrTitle);
    // The titles of the personal columns and key-value labels in the document.
    static QStringList personalFields(const ReportDocument& document);
    // Whether this user's exports are masked: setting privacy/mask_exports and no UnmaskedExport.
    static bool appliesTo(QSqlDatabase db, const UserSession& session);
    // Masks every personal value in the document; returns how many values were masked.
    static int apply(ReportDocument& document);
    // "3578012345670001" → "3578**********01", "budi@mail.go.id" → "b***@mail.go.id".
    static QString maskValue(const QString& value);
};

} // namespace karsa
