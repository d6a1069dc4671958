#include <catch2/catch.hpp>

#include "QtStringMaker.h"
#include "reports/IndonesianFormat.h"
#include "reports/ReportColumn.h"

using karsa::IndonesianFormat;
using karsa::ReportColumn;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("Dates are written with Indonesian month names whatever the system locale", "[core][reports]")
{
    const QStringList months = {u"Januari"_s, u"Februari"_s, u"Maret"_s,     u"April"_s,
                                u"Mei"_s,     u"Juni"_s,     u"Juli"_s,      u"Agustus"_s,
                                u"September"_s, u"Oktober"_s, u"November"_s, u"Desember"_s};
    for (int m = 1; m <= 12; ++m) {
        CHECK(IndonesianFormat::monthName(m) == months.at(m - 1));
        CHECK(IndonesianFormat::date(QDate(2026, m, 5)) == QStringLiteral("5 ") + months.at(m - 1) + u" 2026"_s);
    }
    CHECK(IndonesianFormat::date(QDate(2026, 11, 29)) == u"29 November 2026"_s);
    CHECK(IndonesianFormat::date(QDate()).isEmpty());
    CHECK(IndonesianFormat::monthName(0).isEmpty());
    CHECK(IndonesianFormat::monthName(13).isEmpty());
    CHECK(IndonesianFormat::placeAndDate(u"Surabaya"_s, QDate(2026, 11, 29)) == u"Surabaya, 29 November 2026"_s);
    CHECK(IndonesianFormat::placeAndDate(QString(), QDate(2026, 8, 17)) == u"17 Agustus 2026"_s);
    CHECK(IndonesianFormat::dateTime(QDateTime(QDate(2026, 1, 2), QTime(9, 5))) == u"2 Januari 2026 09.05"_s);
}

TEST_CASE("Numbers use a decimal comma and dot thousands separators", "[core][reports]")
{
    CHECK(IndonesianFormat::number(83.5, 2) == u"83,50"_s);
    CHECK(IndonesianFormat::number(1234.5, 1) == u"1.234,5"_s);
    CHECK(IndonesianFormat::number(1234567.891, 2) == u"1.234.567,89"_s);
    CHECK(IndonesianFormat::number(999.999, 2) == u"1.000,00"_s);
    CHECK(IndonesianFormat::number(0.0, 2) == u"0,00"_s);
    CHECK(IndonesianFormat::number(12.0, 0) == u"12"_s);
    CHECK(IndonesianFormat::number(-1234.5, 2) == u"-1.234,50"_s);
    CHECK(IndonesianFormat::number(-0.25, 2) == u"-0,25"_s);
    CHECK(IndonesianFormat::number(-0.001, 2) == u"0,00"_s); // no "-0,00"
    CHECK(IndonesianFormat::integer(0) == u"0"_s);
    CHECK(IndonesianFormat::integer(999) == u"999"_s);
    CHECK(IndonesianFormat::integer(1000) == u"1.000"_s);
    CHECK(IndonesianFormat::integer(30123) == u"30.123"_s);
    CHECK(IndonesianFormat::integer(-1234567) == u"-1.234.567"_s);
    CHECK(IndonesianFormat::integer(std::numeric_limits<qint64>::min()) == u"-9.223.372.036.854.775.808"_s);
}

TEST_CASE("Percentages keep the value and add a spaced percent sign", "[core][reports]")
{
    CHECK(IndonesianFormat::percent(83.5, 2) == u"83,50 %"_s);
    CHECK(IndonesianFormat::percent(100.0, 0) == u"100 %"_s);
    CHECK(IndonesianFormat::percent(-12.345, 1) == u"-12,3 %"_s);
}

TEST_CASE("Report columns format cells for people and plain for machines", "[core][reports]")
{
    const auto nip = ReportColumn::nip(u"nip"_s, u"NIP"_s);
    CHECK(nip.display(u"198609262015051001"_s) == u"19860926 201505 1 001"_s);
    CHECK(nip.plain(u"198609262015051001"_s) == u"19860926 201505 1 001"_s);
    CHECK(nip.effectiveAlignment() == Qt::AlignHCenter);

    const auto dec = ReportColumn::decimal(u"v"_s, u"Nilai"_s, 2);
    CHECK(dec.display(1234.5) == u"1.234,50"_s);
    CHECK(dec.plain(1234.5) == u"1234.50"_s);
    CHECK(dec.plain(-0.001) == u"0.00"_s);
    CHECK(dec.display(QVariant()).isEmpty());
    CHECK(dec.effectiveAlignment() == Qt::AlignRight);

    const auto pct = ReportColumn::percent(u"p"_s, u"JPM"_s, 2);
    CHECK(pct.display(83.5) == u"83,50 %"_s);
    CHECK(pct.plain(83.5) == u"83.50"_s);

    const auto date = ReportColumn::date(u"d"_s, u"TMT"_s);
    CHECK(date.display(QDate(2026, 11, 29)) == u"29 November 2026"_s);
    CHECK(date.plain(QDate(2026, 11, 29)) == u"2026-11-29"_s);
    CHECK(date.display(u"2026-03-01"_s) == u"1 Maret 2026"_s);

    const auto integer = ReportColumn::integer(u"n"_s, u"Jumlah"_s);
    CHECK(integer.display(30123) == u"30.123"_s);
    CHECK(integer.plain(30123) == u"30123"_s);
    CHECK(integer.display(u"n/a"_s) == u"n/a"_s); // not a number: shown as given

    auto text = ReportColumn::text(u"t"_s, u"Nama"_s);
    CHECK(text.effectiveAlignment() == Qt::AlignLeft);
    text.alignment = Qt::AlignRight;
    CHECK(text.effectiveAlignment() == Qt::AlignRight);
}
