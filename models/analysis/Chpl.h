#pragma once

#include <QString>
#include <QStringList>

namespace caravan::chpl {

// The Common High Priority List (23 Feb 2024): 50 HS-6 codes in tiers 1, 2, 3.A, 3.B, 4.A, 4.B.
// tierOf() matches on the HS-6 prefix of any longer national code, read by hs6Of() (a code with letters has no
// tier); 8803.30 (HS 2017) maps to 8807.30.
// Returns an empty string for goods not on the list.
QString tierOf(const QString &hsCode);
// The tiers in priority order, for legends and choosers.
const QStringList &tiers();
// The HS-6 codes of one tier.
QStringList codesOfTier(const QString &tier);

} // namespace caravan::chpl
