#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

namespace caravan::fuzz {

// What each fuzz target does with one input, shared by the libFuzzer targets (fuzz_<name>.cpp) and the
// Catch2 test that replays every corpus file through the normal build.
using FeedFunction = void (*)(const std::uint8_t *data, std::size_t size);

void feedCsvReader(const std::uint8_t *data, std::size_t size);
void feedCaravanCsv(const std::uint8_t *data, std::size_t size);
void feedMappedCsv(const std::uint8_t *data, std::size_t size);
void feedFtm(const std::uint8_t *data, std::size_t size);
void feedBods(const std::uint8_t *data, std::size_t size);
void feedOfacSdn(const std::uint8_t *data, std::size_t size);
void feedTradeStats(const std::uint8_t *data, std::size_t size);
void feedCaseOpen(const std::uint8_t *data, std::size_t size);

// The feed function of a target by its corpus folder name (csv_reader, caravan_csv, ...); null if unknown.
FeedFunction feedFor(const QString &target);

} // namespace caravan::fuzz
