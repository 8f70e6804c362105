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
        {"report", "write the PDF report of a case", runReport},
    };
    return list;
}

} // namespace caravan::cli
