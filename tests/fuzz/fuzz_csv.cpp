// libFuzzer target: any bytes through the CSV reader (encoding and separator detection, libcsv).
#include "io/CsvReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    qsizetype cells = 0;
    auto r = karsa::io::CsvReader::readData(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)),
                                            QStringLiteral("fuzz.csv"), [&cells](int, const QStringList& row) {
                                                cells += row.size();
                                                return true;
                                            });
    (void)r;
    return 0;
}
