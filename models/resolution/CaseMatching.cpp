#include "models/resolution/CaseMatching.h"

#include "models/storage/CaseFile.h"
#include "models/storage/Sqlite.h"

#include <QHash>
#include <QSet>

namespace caravan::casematching {

namespace {

// Decisions by (kind, a, b); duplicates are looked up both ways round.
QHash<QString, MatchVerdict> loadDecisions(CaseFile &file)
{
    QHash<QString, MatchVerdict> out;
    SqliteStatement st(file.handle(), "SELECT kind, a_ref, b_ref, decision FROM match_decisions");
    while (st.step())
        out.insert(st.text(0) + u'\x1f' + st.text(1) + u'\x1f' + st.text(2),
                   st.text(3) == QLatin1String("accepted") ? MatchVerdict::Accepted : MatchVerdict::Rejected);
    return out;
}

std::optional<MatchVerdict> decisionFor(const QHash<QString, MatchVerdict> &decisions, MatchKind kind, const QString &a,
                                        const QString &b)
{
    const QString k = matchKindName(kind) + u'\x1f';
    if (auto it = decisions.constFind(k + a + u'\x1f' + b); it != decisions.constEnd())
        return *it;
    if (kind == MatchKind::Duplicate)
        if (auto it = decisions.constFind(k + b + u'\x1f' + a); it != decisions.constEnd())
            return *it;
    return std::nullopt;
}

CaseMatch toCaseMatch(MatchKind kind, const MatchRecord &a, const MatchRecord &b, MatchCandidate &c,
                      const QHash<QString, MatchVerdict> &decisions)
{
    CaseMatch m;
    m.kind = kind;
    m.a = a.rowId;
    m.b = b.rowId;
    m.aRef = a.extId;
    m.bRef = b.extId;
    m.score = c.score;
    m.reasons = std::move(c.reasons);
    m.decision = decisionFor(decisions, kind, a.extId, b.extId);
    return m;
}

} // namespace

Result<QList<MatchRecord>> loadRecords(CaseFile &file, bool designatedOnly)
{
    sqlite3 *db = file.handle();
    const QByteArray filter = designatedOnly ? " AND id IN (SELECT entity_id FROM designations)" : "";
    QHash<qint64, Entity> entities;
    QHash<qint64, QStringList> dates;
    QList<qint64> order;
    {
        const QByteArray sql =
            "SELECT id, ext_id, type, name, country, birth_date FROM entities WHERE merged_into IS NULL" + filter +
            " ORDER BY id";
        SqliteStatement st(db, sql.constData());
        if (!st.isValid())
            return makeError(ErrorCode::Database, st.errorMessage());
        while (st.step()) {
            Entity e;
            e.rowId = st.int64(0);
            e.extId = st.text(1);
            e.type = entityTypeFromName(st.text(2)).value_or(EntityType::Company);
            e.name = st.text(3);
            e.country = st.text(4);
            if (const QString d = st.text(5); !d.isEmpty())
                dates[e.rowId].append(d);
            order.append(e.rowId);
            entities.insert(e.rowId, std::move(e));
        }
        if (st.failed())
            return makeError(ErrorCode::Database, st.errorMessage());
    }
    const auto each = [&](const char *sql, auto &&add) -> Status {
        SqliteStatement st(db, sql);
        if (!st.isValid())
            return makeError(ErrorCode::Database, st.errorMessage());
        while (st.step())
            if (auto it = entities.find(st.int64(0)); it != entities.end())
                add(*it, st);
        if (st.failed())
            return makeError(ErrorCode::Database, st.errorMessage());
        return {};
    };
    if (auto s = each("SELECT entity_id, name FROM entity_names ORDER BY id",
                      [](Entity &e, SqliteStatement &st) { e.aliases.append(st.text(1)); });
        !s)
        return s.error();
    if (auto s = each("SELECT entity_id, scheme, value FROM entity_identifiers ORDER BY id",
                      [](Entity &e, SqliteStatement &st) {
                          e.identifiers.append({st.text(1), st.text(2)});
                      });
        !s)
        return s.error();
    // Every date the sources gave (entities.birth_date is the first; cases built by hand may have only that).
    if (auto s = each("SELECT entity_id, date FROM entity_dates ORDER BY id",
                      [&dates](Entity &e, SqliteStatement &st) {
                          QStringList &list = dates[e.rowId];
                          if (const QString d = st.text(1); !d.isEmpty() && !list.contains(d))
                              list.append(d);
                      });
        !s)
        return s.error();
    if (auto s = each("SELECT entity_id, address FROM entity_addresses ORDER BY id",
                      [](Entity &e, SqliteStatement &st) { e.addresses.append(st.text(1)); });
        !s)
        return s.error();
    QList<MatchRecord> out;
    out.reserve(order.size());
    for (qint64 id : order)
        out.append(prepareMatchRecord(entities.value(id), dates.value(id)));
    return out;
}

Result<QList<CaseMatch>> screen(CaseFile &file, const MatchOptions &options, Progress &progress)
{
    progress.setStatus(QStringLiteral("Reading entities"));
    auto subjects = loadRecords(file, false);
    if (!subjects)
        return subjects.error();
    QList<MatchRecord> listed;
    {
        QSet<qint64> designated;
        SqliteStatement st(file.handle(), "SELECT DISTINCT entity_id FROM designations");
        while (st.step())
            designated.insert(st.int64(0));
        for (const MatchRecord &r : subjects.value())
            if (designated.contains(r.rowId))
                listed.append(r);
    }
    auto found = matchengine::screen(subjects.value(), listed, options, progress);
    if (!found)
        return found.error();
    const auto decisions = loadDecisions(file);
    QSet<qint64> listedIds;
    for (const MatchRecord &r : listed)
        listedIds.insert(r.rowId);
    QList<CaseMatch> out;
    for (MatchCandidate &c : found.value()) {
        const MatchRecord &a = subjects.value()[c.a];
        const MatchRecord &b = listed[c.b];
        // Two listed entities find each other twice: keep one direction.
        if (listedIds.contains(a.rowId) && a.rowId > b.rowId)
            continue;
        out.append(toCaseMatch(MatchKind::Screening, a, b, c, decisions));
    }
    return out;
}

Result<QList<CaseMatch>> duplicates(CaseFile &file, const MatchOptions &options, Progress &progress)
{
    progress.setStatus(QStringLiteral("Reading entities"));
    auto records = loadRecords(file, false);
    if (!records)
        return records.error();
    auto found = matchengine::duplicates(records.value(), options, progress);
    if (!found)
        return found.error();
    const auto decisions = loadDecisions(file);
    QList<CaseMatch> out;
    for (MatchCandidate &c : found.value())
        out.append(toCaseMatch(MatchKind::Duplicate, records.value()[c.a], records.value()[c.b], c, decisions));
    return out;
}

} // namespace caravan::casematching
