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
        {"import",
         "import files (Caravan CSV, mapped CSV, OFAC SDN, UN SC list, BIS DPL and CSL, FtM, BODS 0.4, trade "
         "statistics)",
         runImport},
        {"export", "write a case as FollowTheMoney JSON lines or Caravan CSV", runExport},
        {"ownership", "OFAC 50% rule, EU and UK ownership and control, effective owners", runOwnership},
        {"lists", "designation lists in the case and the ownership rules each one feeds (show, --set)", runLists},
        {"cycles", "groups of entities that own each other", runCycles},
        {"demo", "build a training case with known answers, offline", runDemo},
        {"scenarios", "list the training scenarios and what each teaches", runScenarios},
        {"answers", "the answer key of a training case (for the trainer)", runAnswers},
        {"graph", "ownership or trade graph: measures, paths, GraphML/GEXF with a layout", runGraph},
        {"chains", "re-export chains through third countries, ranked and explained", runChains},
        {"flags", "red flags per entity, with explanations", runFlags},
        {"mirror", "mirror statistics: exporters' against importers' figures, surges, hubs' re-exports", runMirror},
        {"report", "write the PDF report of a case", runReport},
        {"screen", "screen every entity against the designated ones: candidates with score and reasons", runScreen},
        {"resolve", "duplicate candidates inside the case, with score and reasons", runResolve},
        {"decide", "accept or reject a screening or duplicate candidate (accepting a duplicate merges)", runDecide},
        {"decisions", "list the decisions taken on match candidates", runDecisions},
        {"encrypt", "encrypt a case in place with a passphrase (AES-256-GCM)", runEncrypt},
        {"decrypt", "turn an encrypted case back into a plain case file", runDecrypt},
        {"cases", "the cases on a PostgreSQL server this user may open", runCases},
        {"grant", "make a database user an analyst or a reader of a server case (owners only)", runGrant},
        {"copy", "copy a case file to a server case, or a server case to a file", runCopy},
    };
    return list;
}

} // namespace caravan::cli
