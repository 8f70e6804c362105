#include "app/cli/Commands.h"

#include "app/cli/CliSupport.h"

namespace caravan::cli {

const QList<Command> &commands()
{
    static const QList<Command> list{
        {"new", "create an empty case file", runNew},
        {"stats", "counts of what a case holds", runStats},
        {"check", "integrity check (SQLite's and Caravan's own)", runCheck},
        {"mark", "mark a chain, entity or shipment suspected, confirmed or dismissed", runMark},
        {"screen", "screen every entity against the designated ones: candidates with score and reasons", runScreen},
        {"resolve", "duplicate candidates inside the case, with score and reasons", runResolve},
        {"decide", "accept or reject a screening or duplicate candidate (accepting a duplicate merges)", runDecide},
        {"decisions", "list the decisions taken on match candidates", runDecisions},
    };
    return list;
}

} // namespace caravan::cli
