// The full-text search index (schema 8): kept by imports, built when an older case is upgraded, kept by merges and
// their undoing; what a search box's text finds in Cyrillic, in Latin and by the first letters of a word.
#include "../import/ImportTestSupport.h"

#include "models/domain/MatchDecision.h"
#include "models/storage/CaseFile.h"
#include "models/storage/Connection.h"
#include "models/storage/DecisionStore.h"
#include "models/storage/Schema.h"
#include "models/storage/SearchIndex.h"

#include <QDateTime>

#include <algorithm>

using namespace caravan;
using namespace caravan::test;

namespace {

// Entities and shipments in the shapes of a Caravan CSV export of a Kazakh register and customs extract.
const QByteArray kEntities = "id,type,name,aliases,country,identifiers,incorporation_date,address\n"
                             "kz-1,Company,ТОО «Торговый дом Вектор»,Vektor Trading LLP,KZ,kz-bin:190240012345,,\n"
                             "de-1,Company,Bauteile GmbH,,DE,de-hrb:HRB 74512,,\n"
                             "ru-1,Company,ООО Ёлка,,RU,ru-inn:7701234567,,\n"
                             "ru-2,Company,OOO Yolka,,RU,,,\n";
const QByteArray kShipments =
    "id,date,exporter,importer,hs_code,description,quantity,unit,weight_kg,value,currency,origin_country,"
    "destination_country,transit_countries\n"
    "10103130/150323/0001234,2023-03-15,de-1,kz-1,8542.31,Интегральные схемы (микроконтроллеры),100,pcs,2,5000,EUR,"
    "DE,KZ,\n"
    "10103130/160323/0001235,2023-03-16,kz-1,ru-1,854231,Integrated circuits,100,pcs,2,6000,USD,KZ,RU,\n"
    "10103130/170323/0001236,2023-03-17,kz-1,ru-2,848210,Подшипники шариковые,40,pcs,80,900,USD,KZ,RU,KG\n";

QList<qint64> ids(sqlite3 *db, const QString &table, const QString &text)
{
    const SearchTerms terms = searchindex::terms(text);
    const QByteArray sql = QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid").arg(table).toUtf8();
    SqliteStatement st(db, sql.constData());
    st.bind(1, terms.match);
    QList<qint64> found;
    while (st.step())
        found << st.int64(0);
    REQUIRE_FALSE(st.failed());
    return found;
}

// What `label` (a query on the row id ?) says of each row the index finds, sorted.
QStringList found(sqlite3 *db, const char *table, const char *label, const QString &text)
{
    QStringList labels;
    for (const qint64 id : ids(db, QString::fromLatin1(table), text)) {
        SqliteStatement st(db, label);
        st.bind(1, id);
        if (st.step())
            labels << st.text(0);
    }
    std::sort(labels.begin(), labels.end());
    return labels;
}

QStringList entities(sqlite3 *db, const QString &text)
{
    return found(db, "entity_search", "SELECT ext_id FROM entities WHERE id = ?", text);
}

// A shipment by the last four digits of its declaration number.
QStringList shipments(sqlite3 *db, const QString &text)
{
    return found(db, "shipment_search", "SELECT substr(ext_id, -4) FROM shipments WHERE id = ?", text);
}

void importTradeCase(TempCase &tc)
{
    const QString e = tc.file(QStringLiteral("entities.csv"));
    const QString s = tc.file(QStringLiteral("shipments.csv"));
    writeFile(e, kEntities);
    writeFile(s, kShipments);
    importFile(tc, e);
    importFile(tc, s);
}

} // namespace

TEST_CASE("a search's text becomes prefix terms, a non-Latin word also in Latin, and id ranges")
{
    const SearchTerms t = searchindex::terms(QStringLiteral("  Торговый  dom-12 "));
    CHECK(t.match == QStringLiteral("(\"Торговый\"* OR \"torgovyi\"*) AND \"dom\"* AND \"12\"*"));
    CHECK(t.idFrom == QStringLiteral("Торговый  dom-12"));
    CHECK(t.idTo == QStringLiteral("Торговый  dom-12") + QChar(0xFFFF));
    CHECK(t.upperIdFrom == QStringLiteral("ТОРГОВЫЙ  DOM-12"));
    // Only punctuation: the index matches nothing (an empty phrase), ids may still start with it.
    const SearchTerms p = searchindex::terms(QStringLiteral("%_"));
    CHECK(p.match == QStringLiteral("\"\""));
    CHECK(p.idFrom == QStringLiteral("%_"));
    CHECK(searchindex::terms(QStringLiteral("   ")).isEmpty());
}

TEST_CASE("an import fills the search index: names, aliases, identifiers, goods, codes, countries, Cyrillic, Latin "
          "and prefixes")
{
    TempCase tc;
    importTradeCase(tc);
    sqlite3 *db = tc.caseFile().handle();
    CHECK(count(tc, "SELECT count(*) FROM entity_search") == 4);

    // Entities by name, alias, identifier, id and country; Cyrillic by its Latin spelling, and ё as е.
    CHECK(entities(db, QStringLiteral("вектор")) == QStringList{QStringLiteral("kz-1")});
    CHECK(entities(db, QStringLiteral("vektor trad")) == QStringList{QStringLiteral("kz-1")});
    CHECK(entities(db, QStringLiteral("torgovyi")) == QStringList{QStringLiteral("kz-1")});
    CHECK(entities(db, QStringLiteral("1902400")) == QStringList{QStringLiteral("kz-1")});
    CHECK(entities(db, QStringLiteral("HRB 745")) == QStringList{QStringLiteral("de-1")});
    CHECK(entities(db, QStringLiteral("елка")) == QStringList{QStringLiteral("ru-1")});
    CHECK(entities(db, QStringLiteral("elka")) == QStringList{QStringLiteral("ru-1")});
    CHECK(entities(db, QStringLiteral("yolka")) == QStringList{QStringLiteral("ru-2")});
    CHECK(entities(db, QStringLiteral("ru")) == (QStringList{QStringLiteral("ru-1"), QStringLiteral("ru-2")}));
    CHECK(entities(db, QStringLiteral("bauteile vektor")).isEmpty()); // every word must match
    // The scheme of an identifier is not indexed: "kz" finds the Kazakh company by its country, not every BIN.
    CHECK(entities(db, QStringLiteral("bin")).isEmpty());

    // Shipments by goods in either script, by HS code as written and as six digits, by any country on the route.
    CHECK(shipments(db, QStringLiteral("микроконтр")) == QStringList{QStringLiteral("1234")});
    CHECK(shipments(db, QStringLiteral("integrated")) == QStringList{QStringLiteral("1235")});
    CHECK(shipments(db, QStringLiteral("8542")) == (QStringList{QStringLiteral("1234"), QStringLiteral("1235")}));
    CHECK(shipments(db, QStringLiteral("854231")) == (QStringList{QStringLiteral("1234"), QStringLiteral("1235")}));
    CHECK(shipments(db, QStringLiteral("kg")) == QStringList{QStringLiteral("1236")});
    CHECK(shipments(db, QStringLiteral("подшипники ru")) == QStringList{QStringLiteral("1236")});
    CHECK(shipments(db, QStringLiteral("de")) == QStringList{QStringLiteral("1234")});

    // A second import adds to the index without repeating what is there.
    const QString more = tc.file(QStringLiteral("more.csv"));
    writeFile(more, "id,date,exporter,importer,hs_code,description,quantity,unit,weight_kg,value,currency,"
                    "origin_country,destination_country,transit_countries\n"
                    "10103130/180323/0001237,2023-03-18,de-1,kz-1,848210,Ball bearings,10,pcs,5,100,EUR,DE,KZ,\n");
    importFile(tc, more);
    CHECK(shipments(db, QStringLiteral("8482")) == (QStringList{QStringLiteral("1236"), QStringLiteral("1237")}));
    CHECK(shipments(db, QStringLiteral("de")) == (QStringList{QStringLiteral("1234"), QStringLiteral("1237")}));
    CHECK(count(tc, "SELECT count(*) FROM entity_search") == 4);
}

// Every term of a full-text table with the ids of the rows holding it ("term: 1 3 4"), in term order.
QStringList termsAndRows(sqlite3 *db, const QString &table)
{
    REQUIRE(sqliteExec(db, QStringLiteral("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, %1, row)").arg(table))
                .ok());
    QStringList terms;
    {
        SqliteStatement vocab(db, "SELECT term FROM temp.vocab ORDER BY term");
        while (vocab.step())
            terms << vocab.text(0);
    }
    REQUIRE(sqliteExec(db, QStringLiteral("DROP TABLE temp.vocab")).ok());
    const QByteArray sql = QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid").arg(table).toUtf8();
    QStringList rows;
    for (const QString &term : std::as_const(terms)) {
        SqliteStatement st(db, sql.constData());
        st.bind(1, QStringLiteral("\"%1\"").arg(term));
        QString line = term + u':';
        while (st.step())
            line += u' ' + QString::number(st.int64(0));
        rows << line;
    }
    return rows;
}

TEST_CASE("the shipment index holds the terms of its SQL definition, row by row")
{
    TempCase tc;
    sqlite3 *db = tc.caseFile().handle();
    // Codes as written and as six digits (equal, different, missing), goods in both scripts with punctuation,
    // transit lists, dispatch countries, and rows with nothing but a date.
    REQUIRE(sqliteExec(db, QStringLiteral(
                               "INSERT INTO shipments(id, ext_id, date, hs_code, hs6, description, origin_country, "
                               "dispatch_country, transit_countries, destination_country) VALUES "
                               "(1, 'S1', '2023-01-01', '8542.31', '854231', 'Интегральные схемы (микро-контроллеры)', "
                               "'DE', 'PL', 'BY;RU', 'KZ'), "
                               "(2, 'S2', '2023-01-02', '847150', '847150', 'Computers; servers', 'KZ', NULL, NULL, "
                               "'AM'), "
                               "(3, 'S3', '2023-01-03', NULL, '848210', 'Подшипники шариковые', 'CN', 'CN', 'KZ', "
                               "'RU'), "
                               "(4, 'S4', '2023-01-04', '8482.10.900', NULL, NULL, NULL, NULL, 'KG;;UZ', NULL), "
                               "(5, 'S5', '2023-01-05', '', NULL, 'Ёлочные игрушки', 'ru', 'RU', '', 'kz'), "
                               "(6, 'S6', '2023-01-06', NULL, NULL, NULL, NULL, NULL, NULL, NULL)"))
                .ok());
    REQUIRE(searchindex::rebuild(db).ok());
    const QStringList indexed = termsAndRows(db, QStringLiteral("shipment_search"));
    // The same rows indexed through the definition in SQL, into a table declared as shipment_search is.
    REQUIRE(sqliteExec(
                db, QStringLiteral("CREATE VIRTUAL TABLE reference_search USING fts5(t, content = '', columnsize = 0, "
                                   "detail = none, tokenize = 'unicode61 remove_diacritics 2'); "
                                   "INSERT INTO reference_search(rowid, t) SELECT id, ifnull(hs_code, '') || ' ' || "
                                   "ifnull(nullif(hs6, hs_code), '') || ' ' || ifnull(description, '') || ' ' || "
                                   "ifnull(origin_country, '') || ' ' || ifnull(dispatch_country, '') || ' ' || "
                                   "ifnull(replace(transit_countries, ';', ' '), '') || ' ' || "
                                   "ifnull(destination_country, '') FROM shipments"))
                .ok());
    CHECK(indexed == termsAndRows(db, QStringLiteral("reference_search")));
    // Known figures: the code as written and as six digits, a transit country, case folded in both scripts.
    CHECK(indexed.size() == 27);
    CHECK(indexed.contains(QStringLiteral("8542: 1")));
    CHECK(indexed.contains(QStringLiteral("854231: 1")));
    CHECK(indexed.contains(QStringLiteral("848210: 3")));
    CHECK(indexed.contains(QStringLiteral("by: 1")));
    CHECK(indexed.contains(QStringLiteral("kz: 1 2 3 5")));
    CHECK(indexed.contains(QStringLiteral("ёлочные: 5")));
}

TEST_CASE("a schema 7 case is given its search index when it is upgraded")
{
    TempCase tc;
    const QString old = tc.file(QStringLiteral("v7.caravan"));
    REQUIRE(CaseFile::createAtVersion(old, 7, QStringLiteral("Old case")).ok());
    {
        auto c = Connection::open(old, Connection::Mode::ReadWrite);
        REQUIRE(c.ok());
        REQUIRE(sqliteExec((*c)->handle(),
                           QStringLiteral(
                               "INSERT INTO entities(id, ext_id, type, name, country) VALUES "
                               "(1, 'kz-1', 'Company', 'ТОО Вектор', 'KZ'), (2, 'de-1', 'Company', 'Bauteile GmbH', "
                               "'DE'); "
                               "INSERT INTO entity_names(entity_id, name) VALUES (1, 'Vector Trade LLP'); "
                               "INSERT INTO entity_identifiers(entity_id, scheme, value) VALUES (1, 'kz-bin', "
                               "'190240012345'); "
                               "INSERT INTO shipments(ext_id, date, exporter_id, importer_id, hs_code, hs6, "
                               "description, origin_country, destination_country) VALUES "
                               "('S1', '2023-01-01', 2, 1, '8542.31', '854231', 'Интегральные схемы', 'DE', 'KZ'), "
                               "('S2', '2023-01-02', 1, 2, '8471.50', '847150', 'Computers', 'KZ', 'AM')"))
                    .ok());
    }
    auto opened = CaseFile::open(old);
    REQUIRE(opened.ok());
    CaseFile &c = **opened;
    REQUIRE(c.migratedFrom() == 7);
    CHECK(c.schemaVersion() == 8);
    CHECK(entities(c.handle(), QStringLiteral("vekt")) == QStringList{QStringLiteral("kz-1")});
    CHECK(entities(c.handle(), QStringLiteral("vector trade")) == QStringList{QStringLiteral("kz-1")});
    CHECK(entities(c.handle(), QStringLiteral("190240012345")) == QStringList{QStringLiteral("kz-1")});
    CHECK(ids(c.handle(), QStringLiteral("shipment_search"), QStringLiteral("интегральн")) == QList<qint64>{1});
    CHECK(ids(c.handle(), QStringLiteral("shipment_search"), QStringLiteral("847150 am")) == QList<qint64>{2});
    CHECK(ids(c.handle(), QStringLiteral("shipment_search"), QStringLiteral("kz")) == (QList<qint64>{1, 2}));
}

TEST_CASE("a merge makes the survivor found by the absorbed entity's names, undoing it takes them back")
{
    TempCase tc;
    importTradeCase(tc);
    CaseFile &file = tc.caseFile();
    sqlite3 *db = file.handle();
    REQUIRE(entities(db, QStringLiteral("елка")) == QStringList{QStringLiteral("ru-1")});
    REQUIRE(entities(db, QStringLiteral("7701234567")) == QStringList{QStringLiteral("ru-1")});

    MatchDecision merge;
    merge.kind = MatchKind::Duplicate;
    merge.aRef = QStringLiteral("ru-2");
    merge.bRef = QStringLiteral("ru-1");
    merge.verdict = MatchVerdict::Accepted;
    merge.author = QStringLiteral("analyst");
    merge.decidedAt = QDateTime::currentDateTimeUtc();
    REQUIRE(decisionstore::put(file, merge).ok());
    // ru-2 took ru-1's name and identifier; ru-1 keeps only its own name.
    CHECK(entities(db, QStringLiteral("елка")) == (QStringList{QStringLiteral("ru-1"), QStringLiteral("ru-2")}));
    CHECK(entities(db, QStringLiteral("7701234567")) == QStringList{QStringLiteral("ru-2")});

    REQUIRE(decisionstore::remove(file, MatchKind::Duplicate, merge.aRef, merge.bRef).ok());
    CHECK(entities(db, QStringLiteral("елка")) == QStringList{QStringLiteral("ru-1")});
    CHECK(entities(db, QStringLiteral("7701234567")) == QStringList{QStringLiteral("ru-1")});
}
