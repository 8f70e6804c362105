#pragma once

#include "models/demo/DemoPlanter.h"

namespace caravan::demo {

// Plants ownership patterns: companies blocked under the OFAC 50% rule without being listed (T6:
// through blocked subsidiaries, by aggregation 25 + 25 and 10 + 40), near misses (49%, a 40% stake in
// an unblocked parent), and ownership cycles next to a diamond that is not one.
class OwnershipPlanter : public DemoPlanter {
public:
    using DemoPlanter::DemoPlanter;

    void shadowSanctioned(int rounds);
    void cycles(int rounds);

private:
    // A Russian company or person put on the OFAC SDN list (and often the EU list) on a date after 2022-02-24.
    int listedOwner(bool person, QDate *listed);
    int company(const QString &country);
    // Owners for what `taken` percent of `company` leaves, so that its shares add up to 100.
    void fillOwners(int company, double taken);
    // Marks `entity` as blocked (or as a near miss) in the answer key and gives it some CHPL imports.
    void answerBlocked(int entity, const QString &because, const QDate &listed, const QStringList &chain,
                       const QString &breaks = {});

    QString m_listText;
};

} // namespace caravan::demo
