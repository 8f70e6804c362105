#include "app/cli/Commands.h"

#include "app/cli/CliSupport.h"

namespace caravan::cli {

const QList<Command> &commands()
{
    static const QList<Command> list{
        {"new", "create an empty case file", runNew},
        {"stats", "counts of what a case holds", runStats},
        {"check", "integrity check (SQLite's and Caravan's own)", runCheck},
        {"chains", "re-export chains through third countries, ranked and explained", runChains},
        {"flags", "red flags per entity, with explanations", runFlags},
    };
    return list;
}

} // namespace caravan::cli
