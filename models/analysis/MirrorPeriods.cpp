#include "models/analysis/MirrorPeriods.h"

namespace caravan::mirror {

int monthOfText(const QString &yyyyMm, int fallback)
{
    if (yyyyMm.isEmpty())
        return fallback;
    const QByteArray b = yyyyMm.toUtf8();
    const int code = periodCode(std::string_view(b.constData(), static_cast<std::size_t>(b.size())));
    return code < 0 ? fallback : code >= kYearBase ? monthCode(1900 + code - kYearBase, 1) : code;
}

} // namespace caravan::mirror
