#pragma once

#include "models/demo/DemoPlanter.h"

namespace caravan::demo {

// Plants identity patterns: front companies that share a normalised address or a director with a
// Russian or listed entity (T5), duplicate entities spelled differently with the same registry
// number, and their near misses (another office in the same building, a namesake director, an
// address shared with an ordinary local company, a similar name with another number).
class IdentityPlanter : public DemoPlanter {
public:
    using DemoPlanter::DemoPlanter;

    void fronts(int rounds);
    void duplicates(int rounds);

private:
    int russianCompany(bool listed);
    void answer(const QString &pattern, int subject, const QStringList &refs, const QString &explanation,
                const QString &breaks = {});
};

} // namespace caravan::demo
