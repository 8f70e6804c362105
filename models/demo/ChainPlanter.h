#pragma once

#include "models/demo/DemoPlanter.h"

#include <QStringList>

namespace caravan::demo {

// Plants trade patterns: re-export chains through one or two intermediaries (T3) with split onward
// shipments, new intermediaries (T4), and for each a set of near misses that break exactly one rule.
class ChainPlanter : public DemoPlanter {
public:
    using DemoPlanter::DemoPlanter;

    // `chains` true chains EU/US/UK/JP -> X -> RU/BY with X in one of `via`, then one decoy of each kind.
    void reexport(const QStringList &via, int chains, int decoyRounds);
    // EU -> AE -> KZ/KG -> RU chains, then decoys.
    void twoHop(int chains, int decoyRounds);
    // Companies incorporated after 2022-02-24 that import CHPL goods within 12 months, then decoys.
    void newIntermediaries(int count, int decoyRounds);

private:
    enum class Flaw { None, OnwardFirst, TooLate, OtherChapter, TenfoldQuantity, Domestic, BenignGoods };
    void oneHop(const QString &country, Flaw flaw);
    QString chainText(const std::vector<std::vector<int>> &hops) const;
};

} // namespace caravan::demo
