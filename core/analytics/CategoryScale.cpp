#include "CategoryScale.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace karsa {

CategoryScale::CategoryScale(QString name, QString label, QVector<CategoryBand> bands)
    : m_name(std::move(name)), m_label(std::move(label)), m_bands(std::move(bands))
{
    std::stable_sort(m_bands.begin(), m_bands.end(),
                     [](const CategoryBand& a, const CategoryBand& b) { return a.lowerBound > b.lowerBound; });
}

int CategoryScale::bandIndex(double value) const
{
    // Values are JPMs already rounded to 2 decimals; a tiny tolerance keeps 80.00 in the ">= 80"
    // band even when the rounded double is 79.999999999.
    for (int i = 0; i < m_bands.size(); ++i)
        if (value + 1e-9 >= m_bands[i].lowerBound)
            return i;
    return -1;
}

QString CategoryScale::codeFor(double value) const
{
    const int i = bandIndex(value);
    return i < 0 ? QString() : m_bands[i].code;
}

QString CategoryScale::labelFor(double value) const
{
    const int i = bandIndex(value);
    return i < 0 ? QString() : m_bands[i].label;
}

QVector<CategoryScale> CategoryScale::defaults()
{
    return {CategoryScale(QStringLiteral("pemetaan"), QStringLiteral("Pemetaan"),
                          {{QStringLiteral("O"), QStringLiteral("Optimal"), 90.0},
                           {QStringLiteral("CO"), QStringLiteral("Cukup Optimal"), 78.0},
                           {QStringLiteral("KO"), QStringLiteral("Kurang Optimal"), 0.0}}),
            CategoryScale(QStringLiteral("seleksi"), QStringLiteral("Seleksi / uji kompetensi"),
                          {{QStringLiteral("MS"), QStringLiteral("Memenuhi Syarat"), 80.0},
                           {QStringLiteral("MMS"), QStringLiteral("Masih Memenuhi Syarat"), 68.0},
                           {QStringLiteral("KMS"), QStringLiteral("Kurang Memenuhi Syarat"), 0.0}})};
}

QString CategoryScale::toJson(const QVector<CategoryScale>& scales)
{
    QJsonArray out;
    for (const CategoryScale& s : scales) {
        QJsonArray bands;
        for (const CategoryBand& b : s.bands())
            bands.append(QJsonObject{{QStringLiteral("code"), b.code},
                                     {QStringLiteral("label"), b.label},
                                     {QStringLiteral("min"), b.lowerBound}});
        out.append(QJsonObject{{QStringLiteral("name"), s.name()},
                               {QStringLiteral("label"), s.label()},
                               {QStringLiteral("bands"), bands}});
    }
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

Result<QVector<CategoryScale>> CategoryScale::fromJson(const QString& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return makeError(QCoreApplication::translate("CategoryScale", "The category scales are not a JSON list: %1").arg(error.errorString()));
    QVector<CategoryScale> scales;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(u"name").toString().trimmed();
        if (name.isEmpty())
            return makeError(QCoreApplication::translate("CategoryScale", "A category scale has no name"));
        QVector<CategoryBand> bands;
        for (const QJsonValue& bv : o.value(u"bands").toArray()) {
            const QJsonObject b = bv.toObject();
            if (!b.value(u"min").isDouble() || b.value(u"code").toString().isEmpty())
                return makeError(QCoreApplication::translate("CategoryScale", "A band of the scale %1 needs a code and a numeric lower bound").arg(name));
            bands.append({b.value(u"code").toString(), b.value(u"label").toString(), b.value(u"min").toDouble()});
        }
        if (bands.isEmpty())
            return makeError(QCoreApplication::translate("CategoryScale", "The category scale %1 has no bands").arg(name));
        scales.append(CategoryScale(name, o.value(u"label").toString(name), bands));
    }
    return scales;
}

} // namespace karsa
