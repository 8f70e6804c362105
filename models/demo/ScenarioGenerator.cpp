#include "models/demo/ScenarioGenerator.h"

#include "models/demo/ChainPlanter.h"
#include "models/demo/DemoBackground.h"
#include "models/demo/IdentityPlanter.h"
#include "models/demo/OwnershipPlanter.h"
#include "models/storage/CaseFile.h"
#include "models/storage/Sqlite.h"

namespace caravan::demo {

const std::vector<ScenarioInfo> &ScenarioGenerator::scenarios()
{
    static const std::vector<ScenarioInfo> list{
        {QStringLiteral("mixed"),
         QStringLiteral("A realistic case with every pattern below and their decoys (the bundled demo)"),
         {QStringLiteral("T3"), QStringLiteral("T4"), QStringLiteral("T5"), QStringLiteral("T6"),
          QStringLiteral("cycle"), QStringLiteral("duplicate")}},
        {QStringLiteral("reexport-kz"),
         QStringLiteral("T3 re-export through one Kazakh intermediary (EU -> KZ -> RU), split onward shipments, and "
                        "near misses: onward before inbound, after 90 days, another HS chapter, ten times the "
                        "quantity, a domestic sale, food and medicine"),
         {QStringLiteral("T3")}},
        {QStringLiteral("two-hop-uae"),
         QStringLiteral("T3 re-export through two intermediaries (EU -> AE -> KZ/KG -> RU) and near misses"),
         {QStringLiteral("T3")}},
        {QStringLiteral("shadow-50"),
         QStringLiteral("T6 shadow sanctions under the OFAC 50% rule: chains through blocked subsidiaries, 25 + 25 and "
                        "10 + 40 aggregation; near misses at 49% and through an unblocked 40% parent"),
         {QStringLiteral("T6")}},
        {QStringLiteral("ownership-cycles"),
         QStringLiteral("Ownership cycles and cross-holdings, next to a diamond that is not a cycle"),
         {QStringLiteral("cycle")}},
        {QStringLiteral("front-address"),
         QStringLiteral("T5 front companies sharing a normalised address or a director with a Russian or listed "
                        "entity; near misses: another office, a local neighbour, a namesake director"),
         {QStringLiteral("T5")}},
        {QStringLiteral("new-intermediary"),
         QStringLiteral("T4 companies incorporated after 2022-02-24 importing CHPL goods within 12 months; near "
                        "misses: incorporated before, first import after 12 months, only food and medicine"),
         {QStringLiteral("T4")}},
        {QStringLiteral("duplicates"),
         QStringLiteral("One company under several spellings (ТОО «Альфа Транзит» / ALFA TRANZIT LLP / Alfa-Tranzit "
                        "TOO) with the same registry number; near miss: a similar name with another number"),
         {QStringLiteral("duplicate")}},
    };
    return list;
}

const ScenarioInfo *ScenarioGenerator::find(const QString &name)
{
    for (const ScenarioInfo &s : scenarios())
        if (s.name == name)
            return &s;
    return nullptr;
}

namespace {

const QStringList kOneHopCountries{QStringLiteral("KZ"), QStringLiteral("KG"), QStringLiteral("AM"),
                                   QStringLiteral("GE"), QStringLiteral("TR")};

void plant(const QString &scenario, int scale, DemoWorld &world, const Population &pop)
{
    ChainPlanter chains(world, pop);
    OwnershipPlanter owners(world, pop);
    IdentityPlanter identities(world, pop);
    const int r = scale;
    if (scenario == u"reexport-kz") {
        chains.reexport({QStringLiteral("KZ")}, 4 * r, r);
    } else if (scenario == u"two-hop-uae") {
        chains.twoHop(3 * r, r);
    } else if (scenario == u"shadow-50") {
        owners.shadowSanctioned(r);
    } else if (scenario == u"ownership-cycles") {
        owners.cycles(2 * r);
    } else if (scenario == u"front-address") {
        identities.fronts(2 * r);
    } else if (scenario == u"new-intermediary") {
        chains.newIntermediaries(4 * r, r);
    } else if (scenario == u"duplicates") {
        identities.duplicates(2 * r);
    } else {
        chains.reexport(kOneHopCountries, 3 * r, r);
        chains.twoHop(2 * r, r);
        owners.shadowSanctioned(r);
        owners.cycles(r);
        identities.fronts(r);
        chains.newIntermediaries(2 * r, r);
        identities.duplicates(r);
    }
}

Status writeSettings(sqlite3 *db, const DemoOptions &options)
{
    SqliteStatement st(db, "INSERT INTO settings(key, value) VALUES(?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    const std::pair<QString, QString> settings[] = {
        {QStringLiteral("demo.scenario"), options.scenario},
        {QStringLiteral("demo.seed"), QString::number(options.seed)},
        {QStringLiteral("demo.scale"), QString::number(options.scale)},
        {QStringLiteral("demo.generator"), QStringLiteral("2")},
        {QStringLiteral("demo.realism"),
         options.realism == Realism::Messy ? QStringLiteral("messy") : QStringLiteral("clean")},
    };
    for (const auto &[key, value] : settings) {
        st.bind(1, key);
        st.bind(2, value);
        if (!st.execute())
            return makeError(ErrorCode::Database, st.errorMessage());
    }
    return {};
}

// Bulk loading into an empty case: the secondary indexes of the big tables are dropped inside the
// transaction and rebuilt after the load (much faster than maintaining them row by row); a rollback
// restores them with everything else.
class IndexStash {
public:
    Status drop(sqlite3 *db)
    {
        SqliteStatement st(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                               "tbl_name IN ('shipments', 'entity_names', 'entity_identifiers', 'entity_addresses', "
                               "'links', 'designations') ORDER BY name");
        QStringList names;
        while (st.step()) {
            names << st.text(0);
            m_definitions << st.text(1);
        }
        if (st.failed())
            return makeError(ErrorCode::Database, st.errorMessage());
        for (const QString &name : names)
            if (auto dropped = sqliteExec(db, QStringLiteral("DROP INDEX \"%1\"").arg(name)); !dropped)
                return dropped;
        return {};
    }
    Status rebuild(sqlite3 *db) const
    {
        for (const QString &sql : m_definitions)
            if (auto created = sqliteExec(db, sql); !created)
                return created;
        return {};
    }

private:
    QStringList m_definitions;
};

// Connection settings for a bulk load, restored afterwards: no per-row foreign-key lookups (every
// reference is a row id the writer itself just got back; `caravan-cli check` verifies them all), a large
// page cache for the tables being filled, and in-memory sorting with a helper thread for the indexes.
class BulkLoadSettings {
public:
    explicit BulkLoadSettings(sqlite3 *db)
        : m_db(db), m_foreignKeys(sqliteScalar(db, "PRAGMA foreign_keys").value_or(1)),
          m_cacheSize(sqliteScalar(db, "PRAGMA cache_size").value_or(-2000)),
          m_tempStore(sqliteScalar(db, "PRAGMA temp_store").value_or(0)),
          m_threads(sqliteScalar(db, "PRAGMA threads").value_or(0))
    {
        sqliteExec(m_db, QStringLiteral("PRAGMA foreign_keys = OFF; PRAGMA cache_size = -262144; "
                                        "PRAGMA temp_store = MEMORY; PRAGMA threads = 2"))
            .ok();
    }
    ~BulkLoadSettings()
    {
        sqliteExec(m_db, QStringLiteral("PRAGMA foreign_keys = %1; PRAGMA cache_size = %2; PRAGMA temp_store = %3; "
                                        "PRAGMA threads = %4")
                             .arg(m_foreignKeys)
                             .arg(m_cacheSize)
                             .arg(m_tempStore)
                             .arg(m_threads))
            .ok();
    }
    BulkLoadSettings(const BulkLoadSettings &) = delete;
    BulkLoadSettings &operator=(const BulkLoadSettings &) = delete;

private:
    sqlite3 *m_db;
    qint64 m_foreignKeys;
    qint64 m_cacheSize;
    qint64 m_tempStore;
    qint64 m_threads;
};

} // namespace

Result<DemoCounts> ScenarioGenerator::generate(CaseFile &file, const DemoOptions &options, Progress &progress)
{
    if (!find(options.scenario))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("unknown scenario \"%1\"").arg(options.scenario));
    if (options.scale < 1 || options.scale > kMaxScale)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("scale must be between 1 and %1, not %2").arg(kMaxScale).arg(options.scale));
    if (file.isReadOnly())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the case is open read-only"));
    sqlite3 *db = file.handle();
    if (sqliteScalar(db, "SELECT (SELECT count(*) FROM entities) + (SELECT count(*) FROM shipments)").value_or(1) != 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("a training case can only be generated into an empty case"));

    progress.setStatus(QStringLiteral("Building the population"));
    DemoWorld world(options.seed);
    const Population pop = DemoBackground::populate(world, options.scale);
    progress.setStatus(QStringLiteral("Planting the scenario"));
    plant(options.scenario, options.scale, world, pop);
    progress.setStatus(QStringLiteral("Generating trade"));
    if (auto st = DemoBackground::trade(world, pop, DemoBackground::shipmentsForScale(options.scale), progress); !st)
        return st.error();

    BulkLoadSettings bulkLoad(db);
    Transaction tx(db);
    if (!tx.isActive())
        return makeError(ErrorCode::Database, QStringLiteral("cannot start a transaction: %1").arg(sqliteError(db)));
    IndexStash indexes;
    if (auto st = indexes.drop(db); !st)
        return st.error();
    const QString descriptor =
        QStringLiteral("%1-seed%2-scale%3").arg(options.scenario).arg(options.seed).arg(options.scale);
    auto counts = world.write(db, descriptor, options.realism, progress);
    if (!counts)
        return counts.error();
    if (auto st = writeSettings(db, options); !st)
        return st.error();
    progress.setStatus(QStringLiteral("Indexing"));
    if (auto st = indexes.rebuild(db); !st)
        return st.error();
    if (auto st = file.audit(QStringLiteral("demo.generate"), options.scenario,
                             QStringLiteral("seed %1, scale %2, %3 shipments, %4 answer-key items")
                                 .arg(options.seed)
                                 .arg(options.scale)
                                 .arg(counts->shipments)
                                 .arg(counts->answerItems));
        !st)
        return st.error();
    progress.setStatus(QStringLiteral("Committing"));
    if (auto st = tx.commit(); !st)
        return st.error();
    return counts;
}

} // namespace caravan::demo
