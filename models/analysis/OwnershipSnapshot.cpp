#include "models/analysis/OwnershipSnapshot.h"

#include "models/storage/Sqlite.h"

#include <QRegularExpression>

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

// Half-open validity: from start (inclusive) to end (exclusive); no date filter when asOf is invalid.
class ValidityCheck {
public:
    explicit ValidityCheck(const QDate &asOf, OwnershipLoadStats &stats) : m_asOf(asOf), m_stats(stats) {}

    bool holds(const QString &start, const QString &end)
    {
        if (!m_asOf.isValid())
            return true;
        if (const auto from = date(start, false); from && m_asOf < *from)
            return false;
        if (const auto until = date(end, true); until && !(m_asOf < *until))
            return false;
        return true;
    }

private:
    std::optional<QDate> date(const QString &text, bool periodEnd)
    {
        if (text.trimmed().isEmpty())
            return std::nullopt;
        const auto parsed = parseCaseDate(text, periodEnd);
        if (!parsed)
            ++m_stats.unreadableDates;
        return parsed;
    }
    QDate m_asOf;
    OwnershipLoadStats &m_stats;
};

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
            ++s.stats.mergedEntities;
        }
        s.byExtId.insert(rows[i].extId, denseOfRow[i]);
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
            if (!entity || !validity.holds(st.text(3), st.text(4)))
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
    {
        SqliteStatement st(db, "SELECT id, ext_id, type, owner_id, asset_id, share_min, share_max, start_date, "
                               "end_date FROM links WHERE type IN ('ownership', 'control') ORDER BY id");
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
            if (!validity.holds(st.text(7), st.text(8))) {
                ++s.stats.linksOutsideDate;
                continue;
            }
            if (*owner == *asset && ownerRow != assetRow) {
                ++s.stats.selfLinksDropped;
                continue;
            }
            graph::Stake stake;
            if (st.text(2) == u"control") {
                stake = graph::Stake::control(*owner, *asset);
            } else if (st.isNull(5)) {
                stake = graph::Stake::unknownShare(*owner, *asset);
            } else {
                const double lo = st.real(5);
                stake = graph::Stake::ownership(*owner, *asset, lo, st.isNull(6) ? 100.0 : st.real(6));
            }
            s.graph.addStake(stake);
            s.stakeRowIds.push_back(st.int64(0));
            s.stakeExtIds.push_back(st.text(1));
            ++s.stats.linksActive;
        }
        if (st.failed())
            return databaseError(db, "links");
    }
    s.graph.finalize();
    return s;
}

std::optional<std::uint32_t> OwnershipSnapshot::find(const QString &extId) const
{
    const auto it = byExtId.constFind(extId);
    if (it == byExtId.constEnd())
        return std::nullopt;
    return *it;
}

QString OwnershipSnapshot::stakeId(std::uint32_t stake) const
{
    const QString &ext = stakeExtIds[stake];
    return ext.isEmpty() ? QStringLiteral("link-%1").arg(stakeRowIds[stake]) : ext;
}

} // namespace caravan
