#include "TextDecoding.h"

namespace karsa::io {

namespace {
// Windows-1252 bytes 0x80..0x9F; 0 marks the five bytes that code page leaves undefined
// (they are kept as the C1 control character of the same number).
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

namespace {
// Length of the valid UTF-8 sequence of 2 to 4 bytes starting at p[i] (not ASCII), 0 when invalid
// (overlong forms, surrogates, beyond U+10FFFF, truncated).
int multibyteLength(const unsigned char* p, qsizetype n, qsizetype i)
{
    const unsigned char c = p[i];
    int extra = 0;
    quint32 cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        extra = 1;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + extra >= n)
        return 0;
    for (int k = 1; k <= extra; ++k) {
        const unsigned char cc = p[i + k];
        if ((cc & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    return extra + 1;
}

// Skips ASCII eight bytes at a time; returns the index of the next non-ASCII byte (or n).
qsizetype skipAscii(const unsigned char* p, qsizetype n, qsizetype i)
{
    while (i + 8 <= n) {
        quint64 w;
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL)
            break;
        i += 8;
    }
    while (i < n && p[i] < 0x80)
        ++i;
    return i;
}

// The Windows-1252 (or Latin-1) byte a character stands for, -1 when it is none of them.
int windows1252Byte(char32_t c)
{
    if (c >= 0x80 && c <= 0xFF)
        return int(c); // Latin-1 (and the C1 controls Latin-1 gives 0x80..0x9F)
    for (int k = 0; k < 32; ++k)
        if (kCp1252High[k] && kCp1252High[k] == c)
            return 0x80 + k;
    return -1;
}

char32_t decodeAt(const unsigned char* p, qsizetype i, int length)
{
    if (length == 2)
        return char32_t(((p[i] & 0x1F) << 6) | (p[i + 1] & 0x3F));
    if (length == 3)
        return char32_t(((p[i] & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F));
    return char32_t(((p[i] & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12) | ((p[i + 2] & 0x3F) << 6) | (p[i + 3] & 0x3F));
}
} // namespace

bool isValidUtf8(QByteArrayView data)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    const qsizetype n = data.size();
    for (qsizetype i = skipAscii(p, n, 0); i < n; i = skipAscii(p, n, i)) {
        const int length = multibyteLength(p, n, i);
        if (!length)
            return false;
        i += length;
    }
    return true;
}

TextCheck checkText(QByteArrayView data)
{
    TextCheck check;
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    const qsizetype n = data.size();
    const bool bom = n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF;
    qsizetype firstInvalid = -1, invalid = 0, multibyte = 0, firstDouble = -1;
    for (qsizetype i = skipAscii(p, n, bom ? 3 : 0); i < n; i = skipAscii(p, n, i)) {
        const int length = multibyteLength(p, n, i);
        if (!length) {
            if (firstInvalid < 0)
                firstInvalid = i;
            ++invalid;
            ++i;
            continue;
        }
        ++multibyte;
        // U+00C2..U+00C5 (C3 82..C3 85) followed by a character that is a Windows-1252 byte
        // 0x80..0xBF: the two bytes of one UTF-8 character, each encoded again.
        if (firstDouble < 0 && length == 2 && p[i] == 0xC3 && p[i + 1] >= 0x82 && p[i + 1] <= 0x85 && i + 2 < n &&
            p[i + 2] >= 0x80) {
            const int next = multibyteLength(p, n, i + 2);
            const int byte = next ? windows1252Byte(decodeAt(p, i + 2, next)) : -1;
            if (byte >= 0x80 && byte <= 0xBF) {
                firstDouble = i;
                const char original[2] = {char(0xC0 + (p[i + 1] - 0x80)), char(byte)};
                check.found = QString::fromUtf8(reinterpret_cast<const char*>(p + i), 2 + next);
                check.meant = QString::fromUtf8(original, 2);
            }
        }
        i += length;
    }
    if (bom)
        check.encoding = TextEncoding::Utf8Bom;
    else if (invalid == 0)
        check.encoding = TextEncoding::Utf8;
    else
        check.encoding = multibyte > invalid ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    if (check.encoding != TextEncoding::Windows1252 && firstInvalid >= 0) {
        check.problem = TextCheck::Problem::InvalidUtf8;
        check.offset = firstInvalid;
    } else if (check.encoding != TextEncoding::Windows1252 && firstDouble >= 0) {
        check.problem = TextCheck::Problem::DoubleEncoded;
        check.offset = firstDouble;
    } else {
        check.found.clear();
        check.meant.clear();
    }
    return check;
}

TextEncoding detectEncoding(QByteArrayView data)
{
    return checkText(data).encoding;
}

QByteArray windows1252ToUtf8(QByteArrayView data)
{
    QString text;
    text.reserve(data.size());
    for (char ch : data) {
        const uchar c = uchar(ch);
        if (c >= 0x80 && c <= 0x9F && kCp1252High[c - 0x80])
            text.append(QChar(kCp1252High[c - 0x80]));
        else
            text.append(QChar(char16_t(c))); // Latin-1 and Windows-1252 agree everywhere else
    }
    return text.toUtf8();
}

} // namespace karsa::io
