#include "app/cli/Commands.h"

#include "app/cli/CliSupport.h"

namespace caravan::cli {

const QList<Command> &commands()
{
    static const QList<Command> list{
        {"new", "create an empty case file", runNew},
        {"stats", "counts of what a case holds", runStats},
        {"check", "integrity check (SQLite's and Caravan's own)", runCheck},
        {"demo", "build a training case with known answers, offline", runDemo},
        {"scenarios", "list the training scenarios and what each teaches", runScenarios},
        {"answers", "the answer key of a training case (for the trainer)", runAnswers},
    };
    return list;
}

} // namespace caravan::cli
