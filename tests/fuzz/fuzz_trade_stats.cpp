// libFuzzer target trade_stats: feeds each input to caravan::fuzz::feedTradeStats (tests/fuzz/FuzzInputs.cpp);
// errors are expected, a crash or a sanitizer report is the finding.
#include "FuzzInputs.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    caravan::fuzz::feedTradeStats(data, size);
    return 0;
}
