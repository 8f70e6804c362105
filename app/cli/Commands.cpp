#include "app/cli/Commands.h"

#include "app/cli/CliSupport.h"

namespace caravan::cli {

const QList<Command> &commands()
{
    static const QList<Command> list{
        {"new", "create an empty case file", runNew},
        {"stats", "counts of what a case holds", runStats},
        {"check", "integrity check (SQLite's and Caravan's own)", runCheck},
        {"ownership", "OFAC 50% rule, EU ownership and control, effective owners", runOwnership},
        {"cycles", "groups of entities that own each other", runCycles},
    };
    return list;
}

} // namespace caravan::cli
