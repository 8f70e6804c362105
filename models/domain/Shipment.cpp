#include "models/domain/Shipment.h"

namespace caravan {

QString hs6Of(const QString &declaredCode)
{
    QString digits;
    digits.reserve(10);
    for (const QChar c : declaredCode) {
        if (c.isDigit())
            digits.append(c);
        else if (c != u'.' && c != u' ')
            return {};
    }
    if (digits.size() < 6)
        return {};
    return digits.left(6);
}

} // namespace caravan
