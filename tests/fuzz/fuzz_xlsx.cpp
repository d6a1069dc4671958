// libFuzzer target: any bytes as an .xlsx workbook (ZIP directory, inflate, workbook/styles/shared
// strings XML, every worksheet).
#include "io/XlsxReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto reader = karsa::io::XlsxReader::openData(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)),
                                                  QStringLiteral("fuzz.xlsx"));
    if (!reader)
        return 0;
    for (int i = 0; i < reader->sheets().size(); ++i)
        (void)reader->readSheet(i, [](int, const QStringList&) { return true; });
    return 0;
}
