#include "models/analysis/OwnershipSnapshot.h"

#include "models/storage/Sqlite.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>

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
    if (wanted.isEmpty())
        return true;
    for (const QString &w : wanted)
        if (list.contains(w, Qt::CaseInsensitive))
            return true;
    return false;
}

// A period read from a row: start inclusive, end exclusive; invalid dates are open ends.
struct Period {
    QDate start;
    QDate end;
};

// Half-open validity: from start (inclusive) to end (exclusive); no date filter when asOf is invalid.
class ValidityCheck {
public:
    explicit ValidityCheck(const QDate &asOf, OwnershipLoadStats &stats) : m_asOf(asOf), m_stats(stats) {}

    Period period(const QString &start, const QString &end) { return Period{date(start, false), date(end, true)}; }
    bool holds(const Period &p) const
    {
        if (!m_asOf.isValid())
            return true;
        return !(p.start.isValid() && m_asOf < p.start) && !(p.end.isValid() && !(m_asOf < p.end));
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
    QDate m_asOf;
    OwnershipLoadStats &m_stats;
};

// An ownership or control link that holds on the date, before overlapping records are set aside.
struct Candidate {
    graph::Stake stake;
    qint64 row = 0;
    QString extId;
    Period period;
};

// Several records of one owner's stake in one asset that hold on the same date are versions of one
// stake (registers re-file a stake with its original start date when the share changes), never
// stakes to add up. The version in force is the one that started last and, among those, ends first:
// its successors carry the same start date and a later end.
bool inForceBefore(const Candidate &a, const Candidate &b)
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

} // namespace

std::optional<QDate> parseCaseDate(const QString &text, bool periodEnd)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?)"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    const bool hasMonth = m.hasCaptured(2) && !m.captured(2).isEmpty();
    const bool hasDay = m.hasCaptured(3) && !m.captured(3).isEmpty();
    const int month = hasMonth ? m.captured(2).toInt() : 1;
    const int day = hasDay ? m.captured(3).toInt() : 1;
    const QDate d(year, month, day);
    if (!d.isValid())
        return std::nullopt;
    if (!periodEnd || hasDay)
        return d;
    return hasMonth ? d.addMonths(1) : d.addYears(1);
}

graph::Stake ownershipStake(std::uint32_t owner, std::uint32_t asset, std::optional<double> min,
                            std::optional<double> max)
{
    if (!min)
        return graph::Stake::unknownShare(owner, asset);
    return graph::Stake::ownership(owner, asset, *min, max.value_or(100.0));
}

QDate euInclusiveThresholdFrom()
{
    return QDate(2024, 7, 3);
}

bool euInclusiveOn(const QDate &asOf)
{
    return !asOf.isValid() || asOf >= euInclusiveThresholdFrom();
}

Result<OwnershipSnapshot> OwnershipSnapshot::load(sqlite3 *db, const OwnershipLoadOptions &options, Progress &progress)
{
    OwnershipSnapshot s;
    s.asOf = options.asOf;
    ValidityCheck validity(options.asOf, s.stats);

    progress.setStatus(QStringLiteral("Reading entities"));
    std::vector<EntityRow> rows;
    QHash<qint64, std::size_t> rowIndex;
    {
        SqliteStatement st(db, "SELECT id, ext_id, merged_into FROM entities ORDER BY id");
        if (!st.isValid())
            return databaseError(db, "entities");
        while (st.step()) {
            rowIndex.insert(st.int64(0), rows.size());
            rows.push_back({st.int64(0), st.text(1), st.isNull(2) ? 0 : st.int64(2)});
        }
        if (st.failed())
            return databaseError(db, "entities");
    }
    // A merged entity stands for the end of its merged_into chain (a broken or circular chain: itself).
    auto representative = [&](std::size_t index) {
        std::size_t current = index;
        for (int step = 0; step < 64; ++step) {
            if (rows[current].mergedInto == 0)
                return current;
            const auto it = rowIndex.constFind(rows[current].mergedInto);
            if (it == rowIndex.constEnd())
                return current;
            current = *it;
        }
        return index;
    };
    std::vector<std::uint32_t> denseOfRow(rows.size(), 0);
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (representative(i) == i) {
            denseOfRow[i] = static_cast<std::uint32_t>(s.rowIds.size());
            s.rowIds.push_back(rows[i].id);
            s.extIds.push_back(rows[i].extId);
        }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::size_t rep = representative(i);
        if (rep != i) {
            denseOfRow[i] = denseOfRow[rep];
            s.mergedExtIds.append({rows[i].extId, denseOfRow[i]});
            ++s.stats.mergedEntities;
        }
    }
    auto dense = [&](qint64 rowId) -> std::optional<std::uint32_t> {
        const auto it = rowIndex.constFind(rowId);
        if (it == rowIndex.constEnd())
            return std::nullopt;
        return denseOfRow[*it];
    };
    const auto n = static_cast<std::uint32_t>(s.rowIds.size());
    s.stats.entities = n;
    s.graph = graph::OwnershipGraph(n);
    if (progress.isCancelled())
        return cancelled();

    progress.setStatus(QStringLiteral("Reading designations"));
    {
        SqliteStatement st(db, "SELECT entity_id, list, program, listed_date, end_date FROM designations");
        if (!st.isValid())
            return databaseError(db, "designations");
        while (st.step()) {
            ++s.stats.designationsRead;
            const auto entity = dense(st.int64(0));
            if (!entity || !validity.holds(validity.period(st.text(3), st.text(4))))
                continue;
            ++s.stats.designationsActive;
            const QString list = st.text(1);
            std::uint8_t bits = s.graph.designations(*entity);
            if (listMatches(list, options.ofacLists))
                bits |= graph::kOfacDesignated;
            if (listMatches(list, options.euLists))
                bits |= graph::kEuDesignated;
            s.graph.setDesignations(*entity, bits);
            const QString program = st.text(2);
            s.designations[*entity].append(program.isEmpty() ? list : list + QStringLiteral(" (") + program + u')');
        }
        if (st.failed())
            return databaseError(db, "designations");
    }

    progress.setStatus(QStringLiteral("Reading ownership and control links"));
    std::vector<Candidate> candidates;
    {
        SqliteStatement st(db, "SELECT id, ext_id, type = 'control', owner_id, asset_id, share_min, share_max, "
                               "start_date, end_date FROM links WHERE type IN ('ownership', 'control') ORDER BY id");
        if (!st.isValid())
            return databaseError(db, "links");
        while (st.step()) {
            if ((++s.stats.linksRead & 0xFFFF) == 0 && progress.isCancelled())
                return cancelled();
            const qint64 ownerRow = st.int64(3);
            const qint64 assetRow = st.int64(4);
            const auto owner = dense(ownerRow);
            const auto asset = dense(assetRow);
            if (!owner || !asset)
                continue; // a dangling reference: the integrity check reports it
            const Period period =
                validity.period(st.isNull(7) ? QString() : st.text(7), st.isNull(8) ? QString() : st.text(8));
            if (!validity.holds(period)) {
                ++s.stats.linksOutsideDate;
                continue;
            }
            if (*owner == *asset && ownerRow != assetRow) {
                ++s.stats.selfLinksDropped;
                continue;
            }
            graph::Stake stake;
            if (st.int64(2) != 0) {
                stake = graph::Stake::control(*owner, *asset);
            } else {
                stake = ownershipStake(*owner, *asset, st.isNull(5) ? std::nullopt : std::optional(st.real(5)),
                                       st.isNull(6) ? std::nullopt : std::optional(st.real(6)));
            }
            candidates.push_back(Candidate{stake, st.int64(0), st.text(1), period});
        }
        if (st.failed())
            return databaseError(db, "links");
    }
    // One record per (owner, asset, kind): the version in force. Records are grouped by asset first
    // (a counting sort), so only the few records held in one asset are ever compared.
    std::vector<std::size_t> offsets(n + 1, 0);
    for (const Candidate &c : candidates)
        ++offsets[c.stake.asset + 1];
    for (std::uint32_t v = 0; v < n; ++v)
        offsets[v + 1] += offsets[v];
    std::vector<std::size_t> byAsset(candidates.size());
    {
        std::vector<std::size_t> cursor(offsets.begin(), offsets.end() - 1);
        for (std::size_t i = 0; i < candidates.size(); ++i)
            byAsset[cursor[candidates[i].stake.asset]++] = i;
    }
    auto sameStake = [&](std::size_t a, std::size_t b) {
        return candidates[a].stake.owner == candidates[b].stake.owner &&
               candidates[a].stake.kind == candidates[b].stake.kind;
    };
    std::vector<bool> keep(candidates.size(), true);
    for (std::uint32_t v = 0; v < n; ++v) {
        const auto begin = byAsset.begin() + static_cast<std::ptrdiff_t>(offsets[v]);
        const auto end = byAsset.begin() + static_cast<std::ptrdiff_t>(offsets[v + 1]);
        if (end - begin < 2)
            continue;
        std::sort(begin, end, [&](std::size_t a, std::size_t b) {
            const graph::Stake &x = candidates[a].stake;
            const graph::Stake &y = candidates[b].stake;
            if (x.owner != y.owner || x.kind != y.kind)
                return std::tie(x.owner, x.kind) < std::tie(y.owner, y.kind);
            return inForceBefore(candidates[a], candidates[b]);
        });
        for (auto it = begin + 1; it != end; ++it)
            if (sameStake(*it, *(it - 1))) {
                keep[*it] = false;
                ++s.stats.overlappingRecordsSetAside;
            }
    }
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (!keep[i])
            continue;
        s.graph.addStake(candidates[i].stake);
        s.stakeRowIds.push_back(candidates[i].row);
        s.stakeExtIds.push_back(candidates[i].extId);
        ++s.stats.linksActive;
    }
    s.graph.finalize();
    return s;
}

std::optional<std::uint32_t> OwnershipSnapshot::find(const QString &extId) const
{
    if (m_byExtId.isEmpty()) {
        // Built on the first look-up: a run over every entity never needs it.
        m_byExtId.reserve(extIds.size() + mergedExtIds.size());
        for (std::uint32_t e = 0; e < extIds.size(); ++e)
            m_byExtId.insert(extIds[e], e);
        for (const auto &[ext, e] : mergedExtIds)
            m_byExtId.insert(ext, e);
    }
    const auto it = m_byExtId.constFind(extId);
    if (it == m_byExtId.constEnd())
        return std::nullopt;
    return *it;
}

QString OwnershipSnapshot::stakeId(std::uint32_t stake) const
{
    const QString &ext = stakeExtIds[stake];
    return ext.isEmpty() ? QStringLiteral("link-%1").arg(stakeRowIds[stake]) : ext;
}

} // namespace caravan
