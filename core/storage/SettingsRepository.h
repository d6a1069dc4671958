#pragma once

#include "common/Result.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace karsa {

// One setting that a save changes: its value before (as stored, else the default) and after
// (normalised). Undo writes `before` back, for these keys only.
struct SettingChange
{
    QString key;
    QString before;
    QString after;
};

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

    // The one form of a value that saving compares and writes, decided by the kind of the key's
    // default: a number is written as a number ("80", "80.0" and "80,0" are 80; text such as a NIP
    // keeps its digits), a switch as true/false ("1", "ya" and "true" are on), JSON compactly, and
    // text trimmed.
    static QString normalised(const QString& key, const QString& value);
    // The edits that change something: the keys of `edited` whose normalised value differs from the
    // current one and, where `shown` (what the editor started from) has the key, from the shown one too,
    // so a key the officer left alone never overwrites a newer value saved meanwhile.
    QList<SettingChange> changesFor(const QMap<QString, QString>& edited,
                                    const QMap<QString, QString>& shown = {}) const;
    // Writes each change's `after` (apply) or `before` (revert) in the caller's transaction: one
    // settings row, and so one audit row, per change.
    Status apply(const QList<SettingChange>& changes);
    Status revert(const QList<SettingChange>& changes);
    // changesFor() and apply() in one transaction; returns what was written (empty: nothing was).
    Result<QList<SettingChange>> save(const QMap<QString, QString>& edited, const QMap<QString, QString>& shown = {});

private:
    QSqlDatabase m_db;
};

} // namespace karsa
