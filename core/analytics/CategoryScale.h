#pragma once

#include "common/Result.h"

#include <QString>
#include <QVector>

namespace karsa {

// One band of a category scale: a JPM at or above lowerBound (inclusive) and below the next
// higher band's lower bound falls in this band.
struct CategoryBand
{
    QString code;  // "MS", "O"
    QString label; // "Memenuhi Syarat"
    double lowerBound = 0.0;
};

// A named set of JPM category bands (domain.md 2.1). Scales are data: the two shipped ones are
// defaults stored in the setting "jpm/scales"; agencies edit them or add their own.
class CategoryScale
{
public:
    CategoryScale() = default;
    CategoryScale(QString name, QString label, QVector<CategoryBand> bands);

    const QString& name() const { return m_name; }
    const QString& label() const { return m_label; }
    const QVector<CategoryBand>& bands() const { return m_bands; } // highest lower bound first

    // The band holding value (lower bound inclusive), or -1 when the value is below every band.
    int bandIndex(double value) const;
    QString codeFor(double value) const; // empty when no band holds the value
    QString labelFor(double value) const;

    // The shipped scales: "pemetaan" (O >= 90, CO >= 78, KO) and "seleksi" (MS >= 80, MMS >= 68, KMS).
    static QVector<CategoryScale> defaults();
    static QString toJson(const QVector<CategoryScale>& scales);
    // Parses the "jpm/scales" setting. A scale needs a name and at least one band; a malformed
    // text yields an Error saying what is wrong.
    static Result<QVector<CategoryScale>> fromJson(const QString& json);

private:
    QString m_name;
    QString m_label;
    QVector<CategoryBand> m_bands;
};

} // namespace karsa
