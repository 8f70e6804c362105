#pragma once

#include <QLocale>
#include <QString>

#include <cmath>

// How the mirror comparison writes its figures (models/analysis/MirrorComparison).
namespace caravan::mirror {

// An amount in whole units, as explanations give it: 1260000.
inline QString money(double v)
{
    return QLocale::c().toString(v, 'f', 0);
}

// `v` rounded to `decimals` places, as the JSON gives it.
inline double rounded(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

} // namespace caravan::mirror
