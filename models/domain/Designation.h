#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace caravan {

// An entity listed by an authority (OFAC SDN, EU, UK, UN, ...) under a program, from a date.
struct Designation {
    qint64 rowId = 0;
    QString extId;
    qint64 entity = 0;
    QString list;    // "OFAC SDN", "EU", ...
    QString program; // "RUSSIA-EO14024", ...
    std::optional<QDate> listed;
    std::optional<QDate> delisted;
};

} // namespace caravan
