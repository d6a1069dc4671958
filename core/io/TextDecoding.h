#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace karsa::io {

// The character encodings found in files officers receive: UTF-8 (with or without the byte-order
// mark Excel writes) and Windows-1252 from older exports.
enum class TextEncoding { Utf8, Utf8Bom, Windows1252 };

QString encodingName(TextEncoding encoding); // "UTF-8", "UTF-8 (BOM)", "Windows-1252"

// Valid UTF-8 (no overlong forms, no surrogates)? ASCII is valid UTF-8.
bool isValidUtf8(QByteArrayView data);

// Looks at the whole text: a UTF-8 BOM, else (mostly) valid UTF-8, else Windows-1252; see checkText.
TextEncoding detectEncoding(QByteArrayView data);

// What a file's bytes say about their encoding, and the first problem that makes them unreadable.
struct TextCheck
{
    enum class Problem {
        None,
        InvalidUtf8,  // a byte sequence that is not UTF-8 in a file that is UTF-8 (BOM, or mostly UTF-8)
        DoubleEncoded // valid UTF-8 whose text is UTF-8 read as Latin-1/Windows-1252 and encoded again
    };
    TextEncoding encoding = TextEncoding::Utf8;
    Problem problem = Problem::None;
    qsizetype offset = -1; // byte offset of the problem in the data (BOM included)
    QString found;         // DoubleEncoded: the text as found, e.g. "Ã¼"
    QString meant;         // DoubleEncoded: what it stands for, e.g. "ü"
};

// Decides the encoding like detectEncoding and checks the text:
// - with a UTF-8 BOM, every byte must be UTF-8;
// - without BOM, a file with more valid UTF-8 multibyte sequences than invalid bytes is UTF-8 with
//   damage (InvalidUtf8 at the first bad byte); one without any valid multibyte sequence, or with
//   mostly invalid bytes, is Windows-1252, as before;
// - UTF-8 text holding "Ã¼", "Ã©", "Â°" and the like is DoubleEncoded: a character U+00C2..U+00C5
//   (a UTF-8 lead byte read as Latin-1) followed by one that Latin-1/Windows-1252 gives a UTF-8
//   continuation byte (0x80..0xBF). Names and addresses never hold such a pair.
TextCheck checkText(QByteArrayView data);

// Converts Windows-1252 bytes to UTF-8 (the 0x80-0x9F range maps to its typographic characters).
QByteArray windows1252ToUtf8(QByteArrayView data);

} // namespace karsa::io
