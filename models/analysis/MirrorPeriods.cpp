#include "models/analysis/MirrorPeriods.h"

namespace caravan::mirror {

// Read once per statistics row: the digits are checked and added without a loop.
int periodCode(std::string_view p)
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

int monthOfText(const QString &yyyyMm, int fallback)
{
    if (yyyyMm.isEmpty())
        return fallback;
    const QByteArray b = yyyyMm.toUtf8();
    const int code = periodCode(std::string_view(b.constData(), static_cast<std::size_t>(b.size())));
    return code < 0 ? fallback : code >= kYearBase ? monthCode(1900 + code - kYearBase, 1) : code;
}

} // namespace caravan::mirror
