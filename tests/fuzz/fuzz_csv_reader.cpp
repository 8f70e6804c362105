// libFuzzer target csv_reader: feeds each input to caravan::fuzz::feedCsvReader (tests/fuzz/FuzzInputs.cpp);
// errors are expected, a crash or a sanitizer report is the finding.
#include "FuzzInputs.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    caravan::fuzz::feedCsvReader(data, size);
    return 0;
}
