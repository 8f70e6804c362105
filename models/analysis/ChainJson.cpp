// The JSON forms of a detected chain and of a detector run (caravan-cli chains --json, the Chains dock's export):
// QJsonObject ones, and compact byte-for-byte equal ones written directly for a million-shipment run.
#include "models/analysis/ChainDetector.h"

#include "models/core/JsonText.h"
#include "models/graph/Parallel.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <map>

namespace caravan {

namespace {

QJsonArray numbers(const std::vector<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a.append(std::isfinite(x) ? QJsonValue(x) : QJsonValue());
    return a;
}

} // namespace

QJsonObject DetectedChain::toJson() const
{
    QJsonObject partValues;
    QJsonArray why;
    for (const ScorePart &p : parts) {
        partValues.insert(p.name, p.value);
        why.append(QJsonObject{
            {QStringLiteral("part"), p.name}, {QStringLiteral("value"), p.value}, {QStringLiteral("why"), p.why}});
    }
    QJsonArray gaps;
    for (int g : dayGaps)
        gaps.append(g);
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("score"), score},
                  {QStringLiteral("score_parts"), partValues},
                  {QStringLiteral("score_reasons"), why},
                  {QStringLiteral("shipments"), QJsonArray::fromStringList(shipments)},
                  {QStringLiteral("entities"), QJsonArray::fromStringList(entities)},
                  {QStringLiteral("hs"), hs},
                  {QStringLiteral("hs_match"), hsDigits},
                  {QStringLiteral("chpl_tier"), chplTier.isEmpty() ? QJsonValue() : QJsonValue(chplTier)},
                  {QStringLiteral("route"), route},
                  {QStringLiteral("intermediaries"), intermediaries},
                  {QStringLiteral("dates"), QJsonArray::fromStringList(dates)},
                  {QStringLiteral("quantities"), numbers(quantities)},
                  {QStringLiteral("weights"), numbers(weights)},
                  {QStringLiteral("unit"), unit},
                  {QStringLiteral("units"), QJsonArray::fromStringList(units)},
                  {QStringLiteral("units_written"), QJsonArray::fromStringList(unitsWritten)},
                  {QStringLiteral("measure"), measure},
                  {QStringLiteral("values"), numbers(values)},
                  {QStringLiteral("day_gaps"), gaps},
                  {QStringLiteral("flags"), QJsonArray::fromStringList(flags)},
                  {QStringLiteral("explanation"), explanation}};
    if (!status.isEmpty())
        o.insert(QStringLiteral("status"), status);
    return o;
}

QByteArray DetectedChain::toCompactJson() const
{
    // The keys in the order QJsonObject sorts them, so that the bytes are those of toJson() as a compact
    // document (ChainDetectorTest compares the two).
    QByteArray out;
    out.reserve(1024 + explanation.size() * 2);
    out += '{';
    json::appendKey(out, "chpl_tier");
    if (chplTier.isEmpty())
        out += "null";
    else
        json::appendString(out, chplTier);
    out += ',';
    json::appendKey(out, "dates");
    json::appendStrings(out, dates);
    out += ',';
    json::appendKey(out, "day_gaps");
    json::appendIntegers(out, dayGaps);
    out += ',';
    json::appendKey(out, "entities");
    json::appendStrings(out, entities);
    out += ',';
    json::appendKey(out, "explanation");
    json::appendString(out, explanation);
    out += ',';
    json::appendKey(out, "flags");
    json::appendStrings(out, flags);
    out += ',';
    json::appendKey(out, "hs");
    json::appendString(out, hs);
    out += ',';
    json::appendKey(out, "hs_match");
    json::appendInteger(out, hsDigits);
    out += ',';
    json::appendKey(out, "id");
    json::appendString(out, id);
    out += ',';
    json::appendKey(out, "intermediaries");
    json::appendInteger(out, intermediaries);
    out += ',';
    json::appendKey(out, "measure");
    json::appendString(out, measure);
    out += ',';
    json::appendKey(out, "quantities");
    json::appendNumbers(out, quantities);
    out += ',';
    json::appendKey(out, "route");
    json::appendString(out, route);
    out += ',';
    json::appendKey(out, "score");
    json::appendNumber(out, score);
    out += ',';
    // A part named twice keeps its last value, as QJsonObject::insert does.
    std::map<QString, double> partValues;
    for (const ScorePart &p : parts)
        partValues[p.name] = p.value;
    json::appendKey(out, "score_parts");
    out += '{';
    bool first = true;
    for (const auto &[name, value] : partValues) {
        if (!first)
            out += ',';
        first = false;
        json::appendString(out, name);
        out += ':';
        json::appendNumber(out, value);
    }
    out += "},";
    json::appendKey(out, "score_reasons");
    out += '[';
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += ',';
        out += '{';
        json::appendKey(out, "part");
        json::appendString(out, parts[i].name);
        out += ',';
        json::appendKey(out, "value");
        json::appendNumber(out, parts[i].value);
        out += ',';
        json::appendKey(out, "why");
        json::appendString(out, parts[i].why);
        out += '}';
    }
    out += "],";
    json::appendKey(out, "shipments");
    json::appendStrings(out, shipments);
    out += ',';
    if (!status.isEmpty()) {
        json::appendKey(out, "status");
        json::appendString(out, status);
        out += ',';
    }
    json::appendKey(out, "unit");
    json::appendString(out, unit);
    out += ',';
    json::appendKey(out, "units");
    json::appendStrings(out, units);
    out += ',';
    json::appendKey(out, "units_written");
    json::appendStrings(out, unitsWritten);
    out += ',';
    json::appendKey(out, "values");
    json::appendNumbers(out, values);
    out += ',';
    json::appendKey(out, "weights");
    json::appendNumbers(out, weights);
    out += '}';
    return out;
}

QJsonObject ChainRun::summaryJson() const
{
    return {{QStringLiteral("excluded"), excluded.toJson()},
            {QStringLiteral("unknown_units"), excluded.unknownUnitsJson()},
            {QStringLiteral("settings"), settings.toJson()},
            {QStringLiteral("stats"),
             QJsonObject{{QStringLiteral("shipments"), shipments},
                         {QStringLiteral("inbound_considered"), qint64(stats.inboundConsidered)},
                         {QStringLiteral("hs6_pairs"), qint64(stats.hs6Pairs)},
                         {QStringLiteral("suppressed_subchains"), qint64(stats.suppressedSubchains)},
                         {QStringLiteral("currency_mismatches"), qint64(stats.currencyMismatches)},
                         {QStringLiteral("below_min_score"), belowMinScore},
                         {QStringLiteral("dismissed_hidden"), dismissedHidden},
                         {QStringLiteral("timings_ms"), timingsMs},
                         {QStringLiteral("cpu_ms"), cpuMs}}}};
}

QJsonObject ChainRun::toJson() const
{
    QJsonArray list;
    for (const DetectedChain &c : chains)
        list.append(c.toJson());
    QJsonObject o = summaryJson();
    o.insert(QStringLiteral("chains"), list);
    return o;
}

QByteArray ChainRun::toCompactJson() const
{
    // Each chain is serialised on its own, on a few threads, and the pieces are joined in order. Keys come out
    // sorted ("chains" before "settings" and "stats"), so these are the bytes of toJson() as a document.
    std::vector<QByteArray> pieces(chains.size());
    constexpr std::size_t kParallelFrom = 256;
    graph::onThreads(graph::threadsFor(chains.size(), kParallelFrom), [&](unsigned part, unsigned parts) {
        for (std::size_t i = part; i < chains.size(); i += parts)
            pieces[i] = chains[i].toCompactJson();
    });
    qsizetype size = 0;
    for (const QByteArray &p : pieces)
        size += p.size() + 1;
    const QByteArray rest = QJsonDocument(summaryJson()).toJson(QJsonDocument::Compact);
    QByteArray out;
    out.reserve(size + rest.size() + 16);
    out += "{\"chains\":[";
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            out += ',';
        out += pieces[i];
    }
    out += "],";
    out.append(rest.constData() + 1, rest.size() - 1); // without its opening brace
    return out;
}

} // namespace caravan
