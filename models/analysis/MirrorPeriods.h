#pragma once

#include <QString>

#include <cstddef>
#include <string_view>

// The mirror comparison's period codes (models/analysis/MirrorComparison): months and years as small numbers.
namespace caravan::mirror {

// Period codes: months since January 1900 (0..2399), then years from 1900 (2400..2599).
constexpr int kYears = 200;
constexpr int kYearBase = 12 * kYears;
constexpr int kPeriodCodes = kYearBase + kYears;

inline int monthCode(int year, int month)
{
    return (year - 1900) * 12 + month - 1;
}
inline int yearCode(int year)
{
    return kYearBase + year - 1900;
}
inline int yearOfMonth(int code)
{
    return 1900 + code / 12;
}

// "2023" -> year code, "2023-04" -> month code (anything may follow the month: 2023-04-30); -1 when neither.
// Read once per statistics row (inline, in the reading loop): the digits are checked and added without a loop.
inline int periodCode(std::string_view p)
{
    const auto digit = [&p](std::size_t i) { return static_cast<unsigned>(p[i]) - '0'; };
    if (p.size() < 4)
        return -1;
    const unsigned d0 = digit(0), d1 = digit(1), d2 = digit(2), d3 = digit(3);
    if (d0 > 9 || d1 > 9 || d2 > 9 || d3 > 9)
        return -1;
    const int year = static_cast<int>(d0 * 1000 + d1 * 100 + d2 * 10 + d3);
    if (year < 1900 || year >= 1900 + kYears)
        return -1;
    if (p.size() == 4)
        return yearCode(year);
    if (p.size() >= 7 && p[4] == '-') {
        const unsigned m0 = digit(5), m1 = digit(6);
        if (m0 > 9 || m1 > 9)
            return -1;
        const int month = static_cast<int>(m0 * 10 + m1);
        if (month >= 1 && month <= 12)
            return monthCode(year, month);
    }
    return -1;
}

// The month code of a YYYY-MM (a year's January for YYYY); `fallback` when empty or unreadable.
int monthOfText(const QString &yyyyMm, int fallback);

} // namespace caravan::mirror
