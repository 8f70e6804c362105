#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace caravan {

struct DetectedChain;

// One shipment of a route, from country to country (ISO alpha-2, "?" when unknown).
struct RouteHop {
    QString from;
    QString to;
    QDate date;
};

// One leg of a chain's route as the map draws it: "1  DE → AE  2023-03-01", numbered from 1 in route order.
struct RouteLeg {
    int number = 0;
    QString from;
    QString to;
    QDate first; // the first and last dates of its shipments
    QDate last;
    int shipments = 0;

    // "2023-03-01", or "2023-03-01 – 2023-05-20" when its shipments span several days.
    QString datesText() const;
};

// The legs of a route: hops between the same two countries make one leg, numbered in the order they first appear.
std::vector<RouteLeg> routeLegs(const std::vector<RouteHop> &hops);
// The legs of a detected chain: its route ("DE -> AE -> KZ -> RU") with the date of each hop. The onward
// shipments make the last leg; several final countries ("RU+BY") make one last leg each with those dates.
std::vector<RouteLeg> routeLegs(const DetectedChain &chain);

} // namespace caravan
