#include "models/analysis/OwnershipHistory.h"

#include "models/storage/Sqlite.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace caravan {

namespace {

Error databaseError(sqlite3 *db, const char *what)
{
    return makeError(ErrorCode::Database,
                     QStringLiteral("cannot read %1: %2").arg(QLatin1String(what), sqliteError(db)));
}

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, QStringLiteral("ownership analysis cancelled"));
}

bool listMatches(const QString &list, const QStringList &wanted)
{
    for (const QString &w : wanted)
        if (list.contains(w, Qt::CaseInsensitive))
            return true;
    return false;
}

// The rules a designation feeds: the case's setting, unless this run names the lists of a rule itself.
std::uint8_t ruleBits(const ListRules &rules, const OwnershipLoadOptions &options, const QString &list,
                      const QString &program)
{
    std::uint8_t bits = rules.rulesFor(list, program);
    const QString key = ListRules::keyOf(list, program);
    for (const auto &[wanted, bit] :
         {std::pair{&options.ofacLists, graph::kOfacDesignated}, std::pair{&options.euLists, graph::kEuDesignated},
          std::pair{&options.ukLists, graph::kUkDesignated}})
        if (!wanted->isEmpty())
            bits = static_cast<std::uint8_t>((bits & ~bit) | (listMatches(key, *wanted) ? bit : 0));
    return bits;
}

// Reads validity periods from text, counting the dates it cannot read (they are open ends).
class PeriodReader {
public:
    explicit PeriodReader(OwnershipLoadStats &stats) : m_stats(stats) {}

    OwnershipPeriod period(const QString &start, const QString &end)
    {
        return OwnershipPeriod{date(start, false), date(end, true)};
    }

private:
    QDate date(const QString &text, bool periodEnd)
    {
        if (text.trimmed().isEmpty())
            return {};
        const auto parsed = parseCaseDate(text, periodEnd);
        if (!parsed)
            ++m_stats.unreadableDates;
        return parsed.value_or(QDate());
    }
    OwnershipLoadStats &m_stats;
};

// Several records of one owner's stake in one asset that hold on the same date are versions of one
// stake (registers re-file a stake with its original start date when the share changes), never
// stakes to add up. The version in force is the one that started last and, among those, ends first:
// its successors carry the same start date and a later end.
bool inForceBefore(const OwnershipHistory::Record &a, const OwnershipHistory::Record &b)
{
    if (a.period.start != b.period.start)
        return !b.period.start.isValid() || (a.period.start.isValid() && a.period.start > b.period.start);
    if (a.period.end != b.period.end)
        return !b.period.end.isValid() || (a.period.end.isValid() && a.period.end < b.period.end);
    return a.row > b.row;
}

struct EntityRow {
    qint64 id = 0;
    QString extId;
    qint64 mergedInto = 0;
};

// Compressed rows of record numbers grouped by one end of the link (owner or asset).
struct RecordIndex {
    std::vector<std::size_t> offsets;
    std::vector<std::uint32_t> records;

    template <typename End> RecordIndex(const std::vector<OwnershipHistory::Record> &all, std::uint32_t n, End end)
    {
        offsets.assign(n + 1, 0);
        for (const auto &r : all)
            ++offsets[end(r.stake) + 1];
        for (std::uint32_t v = 0; v < n; ++v)
            offsets[v + 1] += offsets[v];
        records.resize(all.size());
        std::vector<std::size_t> cursor(offsets.begin(), offsets.end() - 1);
        for (std::uint32_t i = 0; i < all.size(); ++i)
            records[cursor[end(all[i].stake)]++] = i;
    }
};

// Every entity reachable from the seeds by following `next` (record -> entity) over the index.
template <typename Next>
std::vector<bool> closure(std::vector<std::uint32_t> pending, std::uint32_t n, const RecordIndex &index, Next next)
{
    std::vector<bool> seen(n, false);
    for (const std::uint32_t e : pending)
        seen[e] = true;
    while (!pending.empty()) {
        const std::uint32_t e = pending.back();
        pending.pop_back();
        for (std::size_t i = index.offsets[e]; i < index.offsets[e + 1]; ++i) {
            const std::uint32_t v = next(index.records[i]);
            if (!seen[v]) {
                seen[v] = true;
                pending.push_back(v);
            }
        }
    }
    return seen;
}

} // namespace

Result<OwnershipHistory> OwnershipHistory::load(sqlite3 *db, const OwnershipLoadOptions &options, Progress &progress)
{
    OwnershipHistory h;
    PeriodReader periods(h.stats);

    progress.setStatus(QStringLiteral("Reading entities"));
    std::vector<EntityRow> rows; // by id: a row is found by binary search
    {
        SqliteStatement st(db, "SELECT id, ext_id, merged_into FROM entities ORDER BY id");
        if (!st.isValid())
            return databaseError(db, "entities");
        while (st.step())
            rows.push_back({st.int64(0), st.text(1), st.isNull(2) ? 0 : st.int64(2)});
        if (st.failed())
            return databaseError(db, "entities");
    }
    auto rowIndex = [&](qint64 id) -> std::optional<std::size_t> {
        const auto it =
            std::lower_bound(rows.begin(), rows.end(), id, [](const EntityRow &r, qint64 v) { return r.id < v; });
        if (it == rows.end() || it->id != id)
            return std::nullopt;
        return static_cast<std::size_t>(it - rows.begin());
    };
    // A merged entity stands for the end of its merged_into chain (a broken or circular chain: itself).
    auto representative = [&](std::size_t index) {
        std::size_t current = index;
        for (int step = 0; step < 64; ++step) {
            if (rows[current].mergedInto == 0)
                return current;
            const auto next = rowIndex(rows[current].mergedInto);
            if (!next)
                return current;
            current = *next;
        }
        return index;
    };
    std::vector<std::uint32_t> denseOfRow(rows.size(), 0);
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (representative(i) == i) {
            denseOfRow[i] = static_cast<std::uint32_t>(h.rowIds.size());
            h.rowIds.push_back(rows[i].id);
            h.extIds.push_back(rows[i].extId);
        }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::size_t rep = representative(i);
        if (rep != i) {
            denseOfRow[i] = denseOfRow[rep];
            h.mergedExtIds.append({rows[i].extId, denseOfRow[i]});
            ++h.stats.mergedEntities;
        }
    }
    h.m_denseByRow.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        h.m_denseByRow.emplace_back(rows[i].id, denseOfRow[i]);
    h.stats.entities = h.entityCount();
    if (progress.isCancelled())
        return cancelled();

    progress.setStatus(QStringLiteral("Reading designations"));
    ListRules rules;
    if (options.listRules) {
        rules = *options.listRules;
    } else {
        auto stored = ListRules::load(db);
        if (!stored)
            return stored.error();
        rules = stored.takeValue();
    }
    QHash<QString, qsizetype> listIndex;
    QHash<QPair<QString, QString>, std::uint8_t> bitsOf;
    {
        SqliteStatement st(db, "SELECT entity_id, list, program, listed_date, end_date FROM designations");
        if (!st.isValid())
            return databaseError(db, "designations");
        while (st.step()) {
            ++h.stats.designationsRead;
            const auto entity = h.denseOfRow(st.int64(0));
            if (!entity)
                continue;
            Designation d;
            d.entity = *entity;
            d.period = periods.period(st.text(3), st.text(4));
            const QString list = st.text(1);
            const QString program = st.text(2);
            // Classifying folds the names: once per (list, program), not once per designation.
            const auto pair = qMakePair(list, program);
            auto cached = bitsOf.constFind(pair);
            if (cached == bitsOf.constEnd())
                cached = bitsOf.insert(pair, ruleBits(rules, options, list, program));
            d.bits = *cached;
            const QString key = ListRules::keyOf(list, program);
            auto at = listIndex.constFind(key);
            if (at == listIndex.constEnd()) {
                CaseList l;
                l.key = key;
                l.cls = classifyList(key, program);
                l.overridden = rules.isOverridden(key);
                at = listIndex.insert(key, h.lists.size());
                h.lists.append(l);
            }
            h.lists[*at].rules |= d.bits;
            ++h.lists[*at].designations;
            d.label = program.isEmpty() ? list : list + QStringLiteral(" (") + program + u')';
            h.designations.push_back(std::move(d));
        }
        if (st.failed())
            return databaseError(db, "designations");
        std::sort(h.lists.begin(), h.lists.end(), [](const CaseList &a, const CaseList &b) { return a.key < b.key; });
    }

    progress.setStatus(QStringLiteral("Reading ownership and control links"));
    SqliteStatement st(db, "SELECT id, ext_id, type = 'control', owner_id, asset_id, share_min, share_max, "
                           "start_date, end_date FROM links WHERE type IN ('ownership', 'control') ORDER BY id");
    if (!st.isValid())
        return databaseError(db, "links");
    while (st.step()) {
        if ((++h.stats.linksRead & 0xFFFF) == 0 && progress.isCancelled())
            return cancelled();
        const qint64 ownerRow = st.int64(3);
        const qint64 assetRow = st.int64(4);
        const auto owner = h.denseOfRow(ownerRow);
        const auto asset = h.denseOfRow(assetRow);
        if (!owner || !asset)
            continue; // a dangling reference: the integrity check reports it
        Record r;
        r.period = periods.period(st.isNull(7) ? QString() : st.text(7), st.isNull(8) ? QString() : st.text(8));
        r.mergedSelf = *owner == *asset && ownerRow != assetRow;
        if (st.int64(2) != 0)
            r.stake = graph::Stake::control(*owner, *asset);
        else
            r.stake = ownershipStake(*owner, *asset, st.isNull(5) ? std::nullopt : std::optional(st.real(5)),
                                     st.isNull(6) ? std::nullopt : std::optional(st.real(6)));
        r.row = st.int64(0);
        r.extId = st.text(1);
        h.records.push_back(std::move(r));
    }
    if (st.failed())
        return databaseError(db, "links");
    return h;
}

std::optional<std::uint32_t> OwnershipHistory::denseOfRow(qint64 rowId) const
{
    const auto it = std::lower_bound(m_denseByRow.begin(), m_denseByRow.end(), rowId,
                                     [](const std::pair<qint64, std::uint32_t> &p, qint64 v) { return p.first < v; });
    if (it == m_denseByRow.end() || it->first != rowId)
        return std::nullopt;
    return it->second;
}

OwnershipSnapshot OwnershipHistory::at(const QDate &asOf) const
{
    OwnershipSnapshot s;
    s.asOf = asOf;
    s.rowIds = rowIds;
    s.extIds = extIds;
    s.mergedExtIds = mergedExtIds;
    s.lists = lists;
    s.stats = stats;
    const std::uint32_t n = entityCount();
    s.graph = graph::OwnershipGraph(n);
    for (const Designation &d : designations) {
        if (!d.period.holdsOn(asOf))
            continue;
        ++s.stats.designationsActive;
        s.graph.setDesignations(d.entity, s.graph.designations(d.entity) | d.bits);
        s.designations[d.entity].append(d.label);
    }
    std::vector<std::uint32_t> candidates;
    for (std::uint32_t i = 0; i < records.size(); ++i) {
        if (!records[i].period.holdsOn(asOf)) {
            ++s.stats.linksOutsideDate;
            continue;
        }
        if (records[i].mergedSelf) {
            ++s.stats.selfLinksDropped;
            continue;
        }
        candidates.push_back(i);
    }
    // One record per (owner, asset, kind): the version in force. Records are grouped by asset first
    // (a counting sort), so only the few records held in one asset are ever compared.
    std::vector<std::size_t> offsets(n + 1, 0);
    for (const std::uint32_t c : candidates)
        ++offsets[records[c].stake.asset + 1];
    for (std::uint32_t v = 0; v < n; ++v)
        offsets[v + 1] += offsets[v];
    std::vector<std::uint32_t> byAsset(candidates.size());
    {
        std::vector<std::size_t> cursor(offsets.begin(), offsets.end() - 1);
        for (const std::uint32_t c : candidates)
            byAsset[cursor[records[c].stake.asset]++] = c;
    }
    auto sameStake = [&](std::uint32_t a, std::uint32_t b) {
        return records[a].stake.owner == records[b].stake.owner && records[a].stake.kind == records[b].stake.kind;
    };
    std::vector<bool> setAside(records.size(), false);
    for (std::uint32_t v = 0; v < n; ++v) {
        const auto begin = byAsset.begin() + static_cast<std::ptrdiff_t>(offsets[v]);
        const auto end = byAsset.begin() + static_cast<std::ptrdiff_t>(offsets[v + 1]);
        if (end - begin < 2)
            continue;
        std::sort(begin, end, [&](std::uint32_t a, std::uint32_t b) {
            const graph::Stake &x = records[a].stake;
            const graph::Stake &y = records[b].stake;
            if (x.owner != y.owner || x.kind != y.kind)
                return std::tie(x.owner, x.kind) < std::tie(y.owner, y.kind);
            return inForceBefore(records[a], records[b]);
        });
        for (auto it = begin + 1; it != end; ++it)
            if (sameStake(*it, *(it - 1))) {
                setAside[*it] = true;
                ++s.stats.overlappingRecordsSetAside;
            }
    }
    for (const std::uint32_t c : candidates) {
        if (setAside[c])
            continue;
        s.graph.addStake(records[c].stake);
        s.stakeRowIds.push_back(records[c].row);
        s.stakeExtIds.push_back(records[c].extId);
        ++s.stats.linksActive;
    }
    s.graph.finalize();
    return s;
}

OwnershipHistory OwnershipHistory::upstreamOf(const std::vector<std::uint32_t> &entities) const
{
    const std::uint32_t n = entityCount();
    if (m_recordOffsets.empty()) {
        const RecordIndex byAsset(records, n, [](const graph::Stake &s) { return s.asset; });
        m_recordOffsets = byAsset.offsets;
        m_recordsByAsset = byAsset.records;
        m_designationOffsets.assign(n + 1, 0);
        for (const Designation &d : designations)
            ++m_designationOffsets[d.entity + 1];
        for (std::uint32_t v = 0; v < n; ++v)
            m_designationOffsets[v + 1] += m_designationOffsets[v];
        m_designationsByEntity.resize(designations.size());
        std::vector<std::size_t> cursor(m_designationOffsets.begin(), m_designationOffsets.end() - 1);
        for (std::uint32_t i = 0; i < designations.size(); ++i)
            m_designationsByEntity[cursor[designations[i].entity]++] = i;
    }
    // Breadth first up the ownership and control links; the kept entities in the order they were reached.
    std::unordered_map<std::uint32_t, std::uint32_t> renumber;
    std::vector<std::uint32_t> kept;
    auto reach = [&](std::uint32_t e) {
        if (renumber.emplace(e, static_cast<std::uint32_t>(kept.size())).second)
            kept.push_back(e);
    };
    for (const std::uint32_t e : entities)
        reach(e);
    for (std::size_t i = 0; i < kept.size(); ++i)
        for (std::size_t r = m_recordOffsets[kept[i]]; r < m_recordOffsets[kept[i] + 1]; ++r)
            reach(records[m_recordsByAsset[r]].stake.owner);
    OwnershipHistory sub;
    for (const std::uint32_t e : kept) {
        const std::uint32_t to = renumber.at(e);
        sub.rowIds.push_back(rowIds[e]);
        sub.extIds.push_back(extIds[e]);
        sub.m_denseByRow.emplace_back(rowIds[e], to);
        for (std::size_t d = m_designationOffsets[e]; d < m_designationOffsets[e + 1]; ++d) {
            sub.designations.push_back(designations[m_designationsByEntity[d]]);
            sub.designations.back().entity = to;
        }
    }
    // Records in their original order (the version in force among overlapping ones does not depend on it,
    // but stake numbers and explanations stay in link order).
    std::vector<std::uint32_t> recordsKept;
    for (const std::uint32_t e : kept)
        for (std::size_t r = m_recordOffsets[e]; r < m_recordOffsets[e + 1]; ++r)
            recordsKept.push_back(m_recordsByAsset[r]);
    std::sort(recordsKept.begin(), recordsKept.end());
    for (const std::uint32_t r : recordsKept) {
        sub.records.push_back(records[r]);
        sub.records.back().stake.owner = renumber.at(records[r].stake.owner);
        sub.records.back().stake.asset = renumber.at(records[r].stake.asset);
    }
    std::sort(sub.m_denseByRow.begin(), sub.m_denseByRow.end());
    sub.lists = lists;
    sub.stats.entities = sub.entityCount();
    return sub;
}

std::vector<bool> OwnershipHistory::reachableFromDesignations() const
{
    const std::uint32_t n = entityCount();
    std::vector<std::uint32_t> seeds;
    for (const Designation &d : designations)
        if (d.bits != graph::kNotDesignated)
            seeds.push_back(d.entity);
    const RecordIndex byOwner(records, n, [](const graph::Stake &s) { return s.owner; });
    return closure(std::move(seeds), n, byOwner, [&](std::uint32_t r) { return records[r].stake.asset; });
}

std::vector<QDate> OwnershipHistory::changeDates() const
{
    std::vector<QDate> dates;
    auto add = [&](const OwnershipPeriod &p) {
        for (const QDate &d : {p.start, p.end})
            if (d.isValid())
                dates.push_back(d);
    };
    for (const Designation &d : designations)
        add(d.period);
    for (const Record &r : records)
        add(r.period);
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

} // namespace caravan
