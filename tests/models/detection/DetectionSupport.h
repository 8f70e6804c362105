#pragma once

// Helpers shared by the detection tests: run the detector on a temporary case, find chains by shipments.

#include "../../support/TempCase.h"

#include "models/analysis/ChainDetector.h"
#include "models/analysis/RedFlags.h"
#include "models/analysis/TradeSnapshot.h"
#include "models/storage/Sqlite.h"

#include <catch2/catch.hpp>

namespace caravan::test {

inline ChainRun detect(TempCase &tc, const ChainSettings &settings = {}, bool includeDismissed = false)
{
    NullProgress progress;
    ChainRunOptions options;
    options.includeDismissed = includeDismissed;
    auto run = detectChains(tc.caseFile().handle(), settings, options, progress);
    INFO((run.ok() ? QString() : run.error().message).toStdString());
    REQUIRE(run.ok());
    return run.takeValue();
}

inline const DetectedChain *chainWith(const ChainRun &run, const QStringList &shipments)
{
    for (const DetectedChain &c : run.chains)
        if (c.shipments == shipments)
            return &c;
    return nullptr;
}

inline double part(const DetectedChain &c, const QString &name)
{
    for (const ScorePart &p : c.parts)
        if (p.name == name)
            return p.value;
    return 0.0;
}

// Flags of one entity (by ext id), as codes.
struct FlagRun {
    TradeSnapshot snapshot;
    RedFlagReport report;

    QStringList codesOf(const QString &extId) const
    {
        for (std::size_t e = 0; e < snapshot.entities.size(); ++e)
            if (snapshot.entities[e].extId == extId)
                return report.codesOf(static_cast<std::int32_t>(e));
        return {};
    }
    QString explanation(const QString &extId, const QString &code) const
    {
        for (const RedFlag &f : report.flags)
            if (f.code == code && snapshot.entity(f.entity).extId == extId)
                return f.explanation;
        return {};
    }
};

inline FlagRun flagsOf(TempCase &tc, const ChainSettings &settings = {})
{
    NullProgress progress;
    auto snap = TradeSnapshot::load(tc.caseFile().handle(), progress);
    REQUIRE(snap.ok());
    FlagRun run{snap.takeValue(), {}};
    auto report = computeRedFlags(tc.caseFile().handle(), run.snapshot, settings, progress);
    INFO((report.ok() ? QString() : report.error().message).toStdString());
    REQUIRE(report.ok());
    run.report = report.takeValue();
    return run;
}

inline void markChain(TempCase &tc, const QString &chainId, const QString &status)
{
    SqliteStatement st(tc.caseFile().handle(),
                       "INSERT INTO marks(target_kind, target_ref, status, created_at, updated_at) "
                       "VALUES('chain', ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z') "
                       "ON CONFLICT(target_kind, target_ref) DO UPDATE SET status = excluded.status");
    st.bind(1, chainId);
    st.bind(2, status);
    REQUIRE(st.execute());
}

} // namespace caravan::test
