#pragma once

#include <QString>

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
int periodCode(std::string_view p);
// The month code of a YYYY-MM (a year's January for YYYY); `fallback` when empty or unreadable.
int monthOfText(const QString &yyyyMm, int fallback);

} // namespace caravan::mirror
