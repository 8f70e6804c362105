#pragma once

#include <QString>

#include <set>

// Which countries the mirror comparison treats apart (models/analysis/MirrorComparison).
namespace caravan::mirror {

inline const QString kEu27 = QStringLiteral("EU27_2020");

// The EU's 27 member states.
const std::set<QString> &euMembers();
// The sanctioning coalition besides the EU.
bool coalitionOther(const QString &c);
// Not a country: EU27_2020, EA20, WORLD, "EU" and "EA" (TradeStatsReader's codes) and labels kept as read.
bool isAggregate(const QString &code);

} // namespace caravan::mirror
