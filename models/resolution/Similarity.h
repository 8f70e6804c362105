#pragma once

#include <QString>

namespace caravan::similarity {

// Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, prefix up to 4 characters).
double jaroWinkler(const QString &a, const QString &b);

} // namespace caravan::similarity
