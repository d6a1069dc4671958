#pragma once

#include <QtGlobal>

// Technical safety limits on files Karsa reads (imports), in one place. They are constants, not
// settings: they protect the program (memory, time) against damaged or hostile files and lie far
// above anything a real SIASN export, assessment sheet or competency dictionary holds, so no
// agency needs to vary them. A file over a limit is refused with file, row, column and reason.
namespace karsa::limits {

// --- Reader level: the readers refuse before buffering more than this -------------------------

// Bytes of one CSV field, and characters of one XLSX cell or shared string.
constexpr qsizetype kMaxFieldBytes = qsizetype(1) << 20; // 1 MiB
// Bytes of one CSV record (all its fields and separators).
constexpr qsizetype kMaxRecordBytes = qsizetype(4) << 20; // 4 MiB
// Columns of one record; Excel's own maximum (XFD).
constexpr int kMaxColumns = 16384;
// Rows of one worksheet; Excel's own maximum.
constexpr int kMaxSheetRows = 1048576;

// Inflated size of one entry of an XLSX (ZIP) file. A 100,000-employee SIASN sheet is ~60 MiB.
constexpr qint64 kMaxZipEntryBytes = qint64(256) << 20; // 256 MiB
// Entries larger than this must not expand more than kMaxCompressionRatio times: spreadsheet XML
// compresses 5-50 times, a zip bomb ~1000 times (deflate's ceiling is ~1032).
constexpr qint64 kRatioCheckAbove = qint64(8) << 20; // 8 MiB
constexpr qint64 kMaxCompressionRatio = 250;
// The shared-string table of an XLSX: number of strings and their total length in characters.
constexpr qsizetype kMaxSharedStrings = 2000000;
constexpr qsizetype kMaxSharedStringChars = qsizetype(64) << 20; // 64 Mi characters (128 MiB)

// --- Field level: the longest value an importer stores in one field, in characters -------------

constexpr int kShortTextLength = 100; // codes, NIP/NIK, titles (gelar), golongan, dates, numbers
constexpr int kNameLength = 200;      // names of people, units, positions, competencies; places
constexpr int kTextLength = 1000;     // default for any other field (addresses, e-mail, method)
constexpr int kLongTextLength = 4000; // notes, evidence, definitions and level descriptions

} // namespace karsa::limits
