#pragma once

#include "common/Result.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace karsa {

// Agency-variable rules and preferences, stored as key/value text. Every key has a default
// (defaults()) so a rule is never a constant buried in code.
class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    static QMap<QString, QString> defaults();
    static QString retirementAgeKey(const QString& jenjang);

    QString value(const QString& key) const; // the stored value, else the default, else empty
    int intValue(const QString& key, int fallback = 0) const;
    double doubleValue(const QString& key, double fallback = 0.0) const;
    Status setValue(const QString& key, const QString& value);
    QMap<QString, QString> all() const; // defaults overlaid with stored values
    Status writeDefaults();              // inserts missing defaults, keeps stored values

private:
    QSqlDatabase m_db;
};

} // namespace karsa
