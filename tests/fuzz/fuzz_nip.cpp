// libFuzzer target: any text through the NIP parser and formatter.
#include "domain/Nip.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    auto nip = karsa::Nip::parse(text);
    if (nip)
        (void)nip->formatted();
    (void)karsa::Nip::format(text);
    return 0;
}
