#pragma once

#include "models/core/Progress.h"
#include "models/demo/DemoWorld.h"

#include <QHash>
#include <QString>

#include <array>
#include <vector>

namespace caravan::demo {

// The companies of the generated economy by role; the planters draw partners from it.
struct Population {
    std::vector<int> exporters;                        // DE IT PL FR NL US GB JP
    std::array<std::vector<int>, 6> exportersBySector; // indexed by Sector
    QHash<QString, std::vector<int>> intermediaries;   // KZ KG AM GE AE TR: trading houses
    QHash<QString, std::vector<int>> domestic;         // KZ KG AM GE AE TR: local buyers
    std::vector<int> importers;                        // RU BY
    std::vector<int> transit;                          // every intermediary and domestic buyer
};

// The benign background of a case: a population of companies with owners, directors, addresses and
// identifiers, a few directly designated Russian companies and persons, and years (2019-2024) of
// ordinary trade. It is built so that it contains none of the planted patterns by accident: every
// background company was incorporated before 2022, names, identifiers, addresses and directors are
// unique, ownership is acyclic and never runs through a designated owner, and no company that
// imports goods sends goods of the same HS chapter to Russia or Belarus.
class DemoBackground {
public:
    static qint64 companiesForScale(int scale);
    static qint64 shipmentsForScale(int scale);

    static Population populate(DemoWorld &world, int scale);
    // Ordinary trade among the population: about `count` shipments.
    static Status trade(DemoWorld &world, const Population &population, qint64 count, Progress &progress);

    // Owners and a director for a company (persons of its country, shares summing to 100).
    static void giveOwners(DemoWorld &world, int company, int ownersMax = 3);
    // A few textile imports and domestic sales, so that a planted company does not stand out as idle.
    static void coverTrade(DemoWorld &world, const Population &population, int company, int count);

    // An exporter whose line of business is `goods` (chips from electronics makers, cheese from food companies).
    static int exporterFor(DemoRandom &random, const Population &population, std::size_t goods);
    // A background partner, biased towards the larger traders at the front of the list.
    static int partner(DemoRandom &random, const std::vector<int> &candidates);
    static QDate dateBetween(DemoRandom &random, const QDate &first, const QDate &last);
    static double quantityFor(DemoRandom &random, std::size_t goods, double minValue, double maxValue);
    static QString exporterCountry(DemoRandom &random);
};

} // namespace caravan::demo
