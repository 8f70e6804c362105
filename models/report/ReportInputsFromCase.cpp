#include "models/report/ReportInputsFromCase.h"

#include "models/analysis/ChainDetector.h"
#include "models/analysis/OwnershipAnalysis.h"
#include "models/storage/CaseFile.h"

namespace caravan {

namespace {

QList<ReportOwnerShare> ownerShares(const QList<StakeShare> &stakes)
{
    QList<ReportOwnerShare> out;
    for (const StakeShare &s : stakes)
        out.append(ReportOwnerShare{s.owner, s.percent});
    return out;
}

} // namespace

Result<ReportInputs> reportInputsFromCase(const CaseFile &file, const QDate &asOf, Progress &progress)
{
    // Everything is read through a connection of this thread's own, so that the caller's stays free.
    auto own = CaseFile::open(file.path(), CaseFile::OpenMode::ReadOnly);
    if (!own)
        return own.error();
    auto settings = ChainSettings::load(**own);
    if (!settings)
        return settings.error();
    sqlite3 *db = (*own)->handle();

    ReportInputs inputs;
    progress.setStatus(QStringLiteral("detecting chains"));
    ChainRunOptions runOptions;
    runOptions.includeDismissed = true;
    auto run = detectChains(db, settings.value(), runOptions, progress);
    if (!run)
        return run.error();
    if (run->excluded.total() > 0)
        inputs.chainExclusions = run->excluded.summary();
    QList<ReportChain> chains;
    for (const DetectedChain &c : run->chains) {
        ReportChain r;
        r.id = c.id;
        r.score = c.score;
        r.route = c.entities;
        r.hs = c.hs;
        r.chplTier = c.chplTier;
        for (const QString &s : c.shipments) {
            ShipmentRef ref;
            ref.id = s;
            r.evidence.append(ref);
        }
        r.flags = c.flags;
        r.explanation = c.explanation;
        r.markStatus = c.status;
        chains.append(r);
    }
    inputs.chains = chains;

    progress.setStatus(QStringLiteral("applying the ownership rules"));
    OwnershipOptions options;
    options.load.asOf = asOf;
    auto analysis = OwnershipAnalysis::load(db, options, progress);
    if (!analysis)
        return analysis.error();
    QList<ReportVerdict> verdicts;
    for (const std::uint32_t e : (*analysis)->entitiesWithOwners()) {
        const OwnershipVerdict v = (*analysis)->verdict(e);
        // Different UK-designated persons holding more than 50% together: OFSI does not add them up, but the
        // investigator should look for a joint arrangement.
        const bool ukReview = v.ukHolders > 1 && v.ukCombinedPercent > 50.0;
        if (!v.blocked && !v.possiblyBlocked && !v.needsReview && !v.euOwned && !v.euControlled && !v.ukOwned &&
            !v.ukControlled && !ukReview)
            continue;
        ReportVerdict r;
        r.entity = v.entity;
        r.asOf = asOf.toString(Qt::ISODate);
        r.designated = v.designated;
        r.blocked = v.blocked;
        r.possiblyBlocked = v.possiblyBlocked;
        r.aggregatePercent = v.aggregatePercent;
        r.because = ownerShares(v.because);
        r.euListed = v.euListed;
        r.ukListed = v.ukListed;
        r.euOwned = v.euOwned;
        r.euControlled = v.euControlled;
        r.ukOwned = v.ukOwned;
        r.ukControlled = v.ukControlled;
        r.ukExplanation = v.ukExplanationText;
        r.ukCombinedPercent = v.ukCombinedPercent;
        r.ukHolders = v.ukHolders;
        for (const EffectiveShare &s : v.effectiveOwners)
            r.effectiveOwners.append(ReportOwnerShare{s.owner, s.percent});
        r.explanation = v.explanationText;
        verdicts.append(r);
    }
    inputs.verdicts = verdicts;
    for (const OwnershipRule rule : {OwnershipRule::Ofac, OwnershipRule::Eu, OwnershipRule::Uk})
        inputs.ruleLists << describeRuleLists(rule, (*analysis)->snapshot().lists);
    return inputs;
}

} // namespace caravan
