#include "models/storage/Schema.h"

#include "models/domain/Units.h"
#include "models/storage/SearchIndex.h"
#include "models/storage/Sqlite.h"

#include <sqlite3.h>

namespace caravan::schema {

namespace {

// Version 1: the domain of DOMAIN.md. Every fact row carries source_id and source_row (provenance).
const char *const kVersion1 = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;

CREATE TABLE sources(
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    file_path TEXT,
    sha256 TEXT NOT NULL,
    format TEXT NOT NULL,
    kind TEXT,
    encoding TEXT,
    imported_at TEXT NOT NULL,
    imported_by TEXT,
    rows_read INTEGER NOT NULL DEFAULT 0,
    rows_imported INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    rows_skipped INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sources_sha256 ON sources(sha256);

CREATE TABLE entities(
    id INTEGER PRIMARY KEY,
    ext_id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL CHECK(type IN ('Company','Person','Organization','Vessel','LegalEntity')),
    name TEXT NOT NULL,
    country TEXT,
    birth_date TEXT,
    merged_into INTEGER REFERENCES entities(id),
    source_id INTEGER REFERENCES sources(id),
    source_row INTEGER
);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

CREATE TABLE entity_names(
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'alias',
    source_id INTEGER REFERENCES sources(id),
    source_row INTEGER
);
CREATE INDEX entity_names_entity ON entity_names(entity_id);

CREATE TABLE entity_identifiers(
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    scheme TEXT NOT NULL,
    value TEXT NOT NULL,
    source_id INTEGER REFERENCES sources(id),
    source_row INTEGER
);
CREATE INDEX entity_identifiers_entity ON entity_identifiers(entity_id);
CREATE INDEX entity_identifiers_value ON entity_identifiers(scheme, value);

CREATE TABLE entity_addresses(
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    address TEXT NOT NULL,
    country TEXT,
    source_id INTEGER REFERENCES sources(id),
    source_row INTEGER
);
CREATE INDEX entity_addresses_entity ON entity_addresses(entity_id);

CREATE TABLE entity_properties(
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT,
    source_id INTEGER REFERENCES sources(id),
    source_row INTEGER
);
CREATE INDEX entity_properties_entity ON entity_properties(entity_id);

CREATE TABLE links(
    id INTEGER PRIMARY KEY,
    ext_id TEXT,
    type TEXT NOT NULL CHECK(type IN ('ownership','directorship','control','other')),
    role TEXT,
    owner_id INTEGER NOT NULL REFERENCES entities(id),
    asset_id INTEGER NOT NULL REFERENCES entities(id),
    share_min REAL,
    share_max REAL,
    start_date TEXT,
    end_date TEXT,
    source_id INTEGER REFERENCES sources(id),
    source_row INTEGER,
    CHECK(share_min IS NULL OR (share_min >= 0 AND share_max <= 100 AND share_min <= share_max))
);
CREATE INDEX links_owner ON links(owner_id);
CREATE INDEX links_asset ON links(asset_id);

CREATE TABLE designations(
    id INTEGER PRIMARY KEY,
    ext_id TEXT,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    list TEXT NOT NULL,
    program TEXT,
    listed_date TEXT,
    end_date TEXT,
    source_id INTEGER REFERENCES sources(id),
    source_row INTEGER
);
CREATE INDEX designations_entity ON designations(entity_id);

CREATE TABLE shipments(
    id INTEGER PRIMARY KEY,
    ext_id TEXT,
    date TEXT NOT NULL,
    exporter_id INTEGER REFERENCES entities(id),
    importer_id INTEGER REFERENCES entities(id),
    hs_code TEXT,
    hs6 TEXT,
    description TEXT,
    quantity REAL,
    unit TEXT,
    weight_kg REAL,
    value REAL,
    currency TEXT,
    origin_country TEXT,
    destination_country TEXT,
    transit_countries TEXT,
    source_id INTEGER REFERENCES sources(id),
    source_row INTEGER
);
CREATE INDEX shipments_exporter ON shipments(exporter_id);
CREATE INDEX shipments_importer ON shipments(importer_id);
CREATE INDEX shipments_date ON shipments(date);
CREATE INDEX shipments_ext_id ON shipments(ext_id);

CREATE TABLE rejected_rows(
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    line_no INTEGER,
    reason TEXT NOT NULL,
    raw TEXT
);
CREATE INDEX rejected_rows_source ON rejected_rows(source_id);

CREATE TABLE marks(
    id INTEGER PRIMARY KEY,
    target_kind TEXT NOT NULL CHECK(target_kind IN ('chain','entity','shipment')),
    target_ref TEXT NOT NULL,
    status TEXT NOT NULL CHECK(status IN ('suspected','confirmed','dismissed')),
    confidence REAL CHECK(confidence IS NULL OR (confidence >= 0 AND confidence <= 1)),
    note TEXT,
    author TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE(target_kind, target_ref)
);

CREATE TABLE audit_log(
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT,
    action TEXT NOT NULL,
    target TEXT,
    detail TEXT
);
)SQL";

// Version 2: aggregate trade statistics (Eurostat, Comtrade) and stored match decisions.
const char *const kVersion2 = R"SQL(
CREATE TABLE trade_stats(
    id INTEGER PRIMARY KEY,
    reporter TEXT NOT NULL,
    partner TEXT NOT NULL,
    flow TEXT NOT NULL CHECK(flow IN ('import','export','re-import','re-export')),
    hs_code TEXT NOT NULL,
    period TEXT NOT NULL,
    value REAL,
    quantity REAL,
    unit TEXT,
    currency TEXT,
    source_id INTEGER REFERENCES sources(id),
    source_row INTEGER
);
CREATE INDEX trade_stats_pair ON trade_stats(reporter, partner, hs_code, period);

CREATE TABLE match_decisions(
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK(kind IN ('screening','duplicate')),
    a_ref TEXT NOT NULL,
    b_ref TEXT NOT NULL,
    decision TEXT NOT NULL CHECK(decision IN ('accepted','rejected')),
    score REAL,
    note TEXT,
    author TEXT,
    decided_at TEXT NOT NULL,
    UNIQUE(kind, a_ref, b_ref)
);
)SQL";

// Version 3: the answer key of a generated training case (models/demo): what was planted, which records show
// it, and why; decoys are near misses a trainee should not flag. `refs` lists ext ids: ';' inside a hop of a
// chain and ' > ' between hops.
const char *const kVersion3 = R"SQL(
CREATE TABLE answer_key(
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    pattern TEXT NOT NULL,
    subject TEXT,
    ref_kind TEXT NOT NULL CHECK(ref_kind IN ('shipments','entities')),
    refs TEXT NOT NULL,
    is_decoy INTEGER NOT NULL DEFAULT 0 CHECK(is_decoy IN (0, 1)),
    breaks TEXT,
    explanation TEXT NOT NULL
);
CREATE INDEX answer_key_pattern ON answer_key(pattern);
)SQL";

// Version 4: what accepted match decisions changed, so that undoing one restores the case exactly.
// A designation copied onto a screened entity names the decision that put it there; a merge records every
// row it moved from the absorbed entity to the survivor (and every row it added).
const char *const kVersion4 = R"SQL(
ALTER TABLE designations ADD COLUMN via_decision INTEGER REFERENCES match_decisions(id);
CREATE INDEX designations_via_decision ON designations(via_decision);
CREATE TABLE merge_moves(
    id INTEGER PRIMARY KEY,
    decision_id INTEGER NOT NULL REFERENCES match_decisions(id),
    table_name TEXT NOT NULL,
    column_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    from_entity INTEGER NOT NULL,
    to_entity INTEGER NOT NULL
);
CREATE INDEX merge_moves_decision ON merge_moves(decision_id);
CREATE INDEX entities_merged_into ON entities(merged_into);
)SQL";

// Version 5: real extracts. A shipment keeps its unit as written and gains the canonical unit and the quantity in
// it (models/domain/Units), and the country it was dispatched from (EAEU declaration box 15) beside its origin.
const char *const kVersion5 = R"SQL(
ALTER TABLE shipments ADD COLUMN unit_canonical TEXT;
ALTER TABLE shipments ADD COLUMN quantity_canonical REAL;
ALTER TABLE shipments ADD COLUMN dispatch_country TEXT;
)SQL";

// Version 6: every birth or incorporation date a source gives (OFAC, the UN and FtM list several), each with its
// provenance; entities.birth_date stays the first of them. Existing cases keep their one date as the first row.
const char *const kVersion6 = R"SQL(
CREATE TABLE entity_dates(
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    source_id INTEGER REFERENCES sources(id),
    source_row INTEGER
);
CREATE INDEX entity_dates_entity ON entity_dates(entity_id);
INSERT INTO entity_dates(entity_id, date, source_id, source_row)
    SELECT id, birth_date, source_id, source_row FROM entities WHERE birth_date IS NOT NULL AND birth_date <> '';
)SQL";

// Version 7: exchange rates the case holds, so that mirror statistics reported in different currencies compare in
// one (models/analysis/MirrorComparison). ECB reference-rate layout: units of `currency` for one euro, for a day
// (2024-01-31), a month (2024-01) or a year (2024); a month's rate is the mean of its days, a year's the fallback.
const char *const kVersion7 = R"SQL(
CREATE TABLE exchange_rates(
    id INTEGER PRIMARY KEY,
    currency TEXT NOT NULL,
    period TEXT NOT NULL,
    per_eur REAL NOT NULL CHECK(per_eur > 0),
    source_id INTEGER REFERENCES sources(id),
    source_row INTEGER,
    UNIQUE(currency, period)
);
)SQL";

// Version 8: the full-text search index (models/storage/SearchIndex): entities by id, names, aliases, identifier
// values, country and the Latin spelling of non-Latin names; shipments by HS code, goods and countries. Every word is
// found by its first letters; entity_search keeps prefix indexes of 2 and 3 letters for a search box as one types.
// shipment_search keeps no copy of the text, no positions and no prefix indexes (each would add about a fifth to the
// time a large import spends on it): a million shipments cost about 25 MB, and its rowid is the shipment's id. Its
// terms are gathered in up to 64 MB of memory before they are written (a third less time for a large import than
// FTS5's 1 MB, which writes and merges many small segments).
const char *const kVersion8 = R"SQL(
CREATE VIRTUAL TABLE entity_search USING fts5(ext_id, names, identifiers, country, latin,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE VIRTUAL TABLE shipment_search USING fts5(t, content = '', columnsize = 0, detail = none,
    tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO shipment_search(shipment_search, rank) VALUES('hashsize', 67108864);
)SQL";

const char *const kMigrations[] = {kVersion1, kVersion2, kVersion3, kVersion4,
                                   kVersion5, kVersion6, kVersion7, kVersion8};
static_assert(std::size(kMigrations) == kCurrentVersion);

// caravan_unit_canonical(unit) and caravan_unit_factor(unit): the unit vocabulary as SQL functions, for back-filling.
void unitFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    auto *cache = static_cast<UnitCache *>(sqlite3_user_data(context));
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const std::optional<UnitConversion> &unit =
        text ? cache->find(std::string_view(text, static_cast<std::size_t>(sqlite3_value_bytes(argv[0]))))
             : std::optional<UnitConversion>();
    if (!text || !unit)
        sqlite3_result_null(context);
    else
        sqlite3_result_text(context, units::canonicalName(unit->unit), -1, SQLITE_STATIC);
}

void factorFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    auto *cache = static_cast<UnitCache *>(sqlite3_user_data(context));
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const std::optional<UnitConversion> &unit =
        cache->find(std::string_view(text, static_cast<std::size_t>(sqlite3_value_bytes(argv[0]))));
    if (unit)
        sqlite3_result_double(context, unit->factor);
    else
        sqlite3_result_null(context);
}

// Version 5's canonical units for the shipments a case already holds, in one pass over the table.
Status backfillCanonicalUnits(sqlite3 *db)
{
    UnitCache canonicalCache, factorCache;
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    sqlite3_create_function_v2(db, "caravan_unit_canonical", 1, flags, &canonicalCache, unitFunction, nullptr, nullptr,
                               nullptr);
    sqlite3_create_function_v2(db, "caravan_unit_factor", 1, flags, &factorCache, factorFunction, nullptr, nullptr,
                               nullptr);
    Status st = sqliteExec(db, QStringLiteral("UPDATE shipments SET unit_canonical = caravan_unit_canonical(unit), "
                                              "quantity_canonical = quantity * caravan_unit_factor(unit) "
                                              "WHERE unit IS NOT NULL"));
    sqlite3_create_function_v2(db, "caravan_unit_canonical", 1, flags, nullptr, nullptr, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "caravan_unit_factor", 1, flags, nullptr, nullptr, nullptr, nullptr, nullptr);
    return st;
}

} // namespace

Status migrate(sqlite3 *db, int from, int to)
{
    if (from < 0 || to > kCurrentVersion || from > to)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("cannot migrate a case from schema %1 to %2").arg(from).arg(to));
    for (int v = from + 1; v <= to; ++v) {
        if (auto st = sqliteExec(db, QString::fromUtf8(kMigrations[v - 1])); !st)
            return makeError(
                ErrorCode::Database,
                QStringLiteral("schema migration to version %1 failed: %2").arg(v).arg(st.error().message));
        if (v == 5 && from > 0)
            if (auto st = backfillCanonicalUnits(db); !st)
                return makeError(ErrorCode::Database,
                                 QStringLiteral("cannot fill the canonical units: %1").arg(st.error().message));
        if (v == 8 && from > 0)
            if (auto st = searchindex::rebuild(db); !st)
                return makeError(ErrorCode::Database,
                                 QStringLiteral("cannot build the search index: %1").arg(st.error().message));
    }
    return sqliteExec(db, QStringLiteral("PRAGMA user_version = %1").arg(to));
}

} // namespace caravan::schema
