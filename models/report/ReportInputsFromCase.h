#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/report/ReportInputs.h"

#include <QDate>

namespace caravan {

class CaseFile;

// Safe to call from a worker thread: it opens its own connection to the case.
// Runs the chain detector (with the case's saved settings) and the ownership rules (as of `asOf`) on the
// case and turns their results into report inputs: every detected chain, and the verdicts of the entities
// that are blocked, possibly blocked, to review, or owned or controlled under the EU rule.
Result<ReportInputs> reportInputsFromCase(const CaseFile &file, const QDate &asOf, Progress &progress);

} // namespace caravan
