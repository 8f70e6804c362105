#pragma once

#include "models/core/Result.h"
#include "models/report/ReportInputs.h"

#include <QByteArray>

namespace caravan {

// Reads the JSON that `caravan-cli chains --json` and `caravan-cli ownership --json` print (CLI.md), so a
// report can be made from their saved output: {"chains":[{"id","score","shipments","entities","hs","flags",
// "explanation"}]} and {"verdicts":[{"entity","blocked","possibly_blocked","aggregate_percent","because",
// "eu_owned","effective_owners"}]}.
Result<QList<ReportChain>> reportChainsFromJson(const QByteArray &json);
Result<QList<ReportVerdict>> reportVerdictsFromJson(const QByteArray &json);

} // namespace caravan
