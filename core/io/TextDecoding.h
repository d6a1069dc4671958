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

// Looks at the whole text: a UTF-8 BOM, else valid UTF-8, else Windows-1252.
TextEncoding detectEncoding(QByteArrayView data);

// Converts Windows-1252 bytes to UTF-8 (the 0x80-0x9F range maps to its typographic characters).
QByteArray windows1252ToUtf8(QByteArrayView data);

} // namespace karsa::io
