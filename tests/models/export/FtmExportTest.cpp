#include "../import/ImportTestSupport.h"

#include "models/export/FtmExport.h"

#include <QFile>

using namespace caravan;
using namespace caravan::test;

namespace {

// Every row of a query as "a|b|c" lines, sorted, for comparing two cases.
QStringList rows(sqlite3 *db, const std::pair<const char *, int> &query)
{
    QStringList out;
    SqliteStatement st(db, query.first);
    while (st.step()) {
        QStringList fields;
        for (int i = 0; i < query.second; ++i)
            fields.append(st.isNull(i) ? QStringLiteral("NULL") : st.text(i));
        out.append(fields.join(u'|'));
    }
    out.sort();
    return out;
}

const std::pair<const char *, int> kEntities{"SELECT ext_id, type, name, country, birth_date FROM entities", 5};
const std::pair<const char *, int> kNames{
    "SELECT DISTINCT e.ext_id, n.kind, n.name FROM entity_names n JOIN entities e ON e.id = n.entity_id", 3};
const std::pair<const char *, int> kIdentifiers{
    "SELECT DISTINCT e.ext_id, i.scheme, i.value FROM entity_identifiers i JOIN entities e ON e.id = i.entity_id", 3};
const std::pair<const char *, int> kAddresses{
    "SELECT DISTINCT e.ext_id, a.address, a.country FROM entity_addresses a JOIN entities e ON e.id = a.entity_id", 3};
const std::pair<const char *, int> kLinks{
    "SELECT l.ext_id, l.type, l.role, o.ext_id, a.ext_id, l.share_min, l.share_max, "
    "l.start_date, l.end_date FROM links l JOIN entities o ON o.id = l.owner_id JOIN entities "
    "a ON a.id = l.asset_id",
    9};
const std::pair<const char *, int> kSanctions{
    "SELECT d.ext_id, e.ext_id, d.list, d.program, d.listed_date, d.end_date FROM "
    "designations d JOIN entities e ON e.id = d.entity_id",
    6};
const std::pair<const char *, int> kProperties{
    "SELECT DISTINCT e.ext_id, p.key, p.value FROM entity_properties p JOIN entities e ON e.id = p.entity_id", 3};

// The rows one case has and the other lacks, as text for the test log; empty when both are the same.
std::string difference(sqlite3 *a, sqlite3 *b, const std::pair<const char *, int> &query)
{
    const QStringList left = rows(a, query);
    const QStringList right = rows(b, query);
    QStringList out;
    for (const QString &r : left)
        if (!right.contains(r))
            out.append(QStringLiteral("only in the first: ") + r);
    for (const QString &r : right)
        if (!left.contains(r))
            out.append(QStringLiteral("only in the second: ") + r);
    if (out.isEmpty() && left.size() != right.size())
        out.append(QStringLiteral("%1 rows against %2").arg(left.size()).arg(right.size()));
    return out.join(u'\n').toStdString();
}

} // namespace

TEST_CASE("FtM export: the ZALA cluster imported, exported and imported again is the same")
{
    TempCase first;
    importFile(first, sharedData(QStringLiteral("entities/ftm/zala_aero_cluster.ftm.jsonl")));
    const QString exported = first.file(QStringLiteral("zala.export.ftm.jsonl"));
    {
        QFile out(exported);
        REQUIRE(out.open(QIODevice::WriteOnly));
        NullProgress progress;
        auto summary = exportFtm(first.caseFile().handle(), out, progress);
        REQUIRE(summary.ok());
        CHECK(summary->entities == 17);
        CHECK(summary->links == 21); // 14 stakes, 3 directorships, 4 family and associate ties
        CHECK(summary->sanctions == 41);
    }
    TempCase second;
    const ImportSummary s = importFile(second, exported);
    CHECK(s.format == "ftm");
    CHECK(s.rejected == 0);
    // Names, identifiers, addresses and properties are compared as sets: the source file repeats some
    // names (in both "name" and "alias"), which the export writes once.
    CHECK(difference(first.caseFile().handle(), second.caseFile().handle(), kEntities) == "");
    CHECK(difference(first.caseFile().handle(), second.caseFile().handle(), kNames) == "");
    CHECK(difference(first.caseFile().handle(), second.caseFile().handle(), kIdentifiers) == "");
    CHECK(difference(first.caseFile().handle(), second.caseFile().handle(), kAddresses) == "");
    CHECK(difference(first.caseFile().handle(), second.caseFile().handle(), kLinks) == "");
    CHECK(difference(first.caseFile().handle(), second.caseFile().handle(), kSanctions) == "");
    // Every kept property comes back (the second case may add the country and date as properties).
    const QStringList again = rows(second.caseFile().handle(), kProperties);
    for (const QString &p : rows(first.caseFile().handle(), kProperties))
        CHECK(again.contains(p));
    // One exact stake and one sanction, as in the source file.
    CHECK(text(second, QStringLiteral("SELECT share_min || '|' || start_date FROM links WHERE ext_id = "
                                      "'ru-dfe0a021cb69f99e198bb8cbbcb93e81130b32a7'")) == "51.0|2015-11-25");
    CHECK(text(second, QStringLiteral("SELECT list || '|' || program FROM designations WHERE ext_id = "
                                      "'ofac-780cd5691cab9c1219d921e42857cc300fef150e'")) ==
          "Office of Foreign Assets Control|RUSSIA-EO14024");
}

TEST_CASE("caravan-cli export --format ftm writes the file, unknown formats are bad input")
{
    TempCase tc;
    importFile(tc, sharedData(QStringLiteral("entities/ftm/zala_aero_cluster.ftm.jsonl")));
    tc.close();
    const QString out = tc.file(QStringLiteral("out.ftm.jsonl"));
    QByteArray stdoutText;
    CHECK(runCli({QStringLiteral("export"), tc.path(), QStringLiteral("--format"), QStringLiteral("ftm"),
                  QStringLiteral("-o"), out, QStringLiteral("--json")},
                 &stdoutText) == 0);
    CHECK(stdoutText.contains("\"entities\":17"));
    CHECK(QFile::exists(out));
    const QString other = tc.file(QStringLiteral("out.xml"));
    CHECK(runCli({QStringLiteral("export"), tc.path(), QStringLiteral("--format"), QStringLiteral("gexf"),
                  QStringLiteral("-o"), other}) == 2);
    CHECK_FALSE(QFile::exists(other));
}

TEST_CASE("caravan-cli export --format caravan-csv: a demo case exported and imported again")
{
    TempCase second;
    const QString demo = second.file(QStringLiteral("demo.caravan"));
    REQUIRE(runCli({QStringLiteral("demo"), demo, QStringLiteral("--seed"), QStringLiteral("7")}) == 0);
    const QString folder = second.file(QStringLiteral("csv/"));
    QByteArray out;
    REQUIRE(runCli({QStringLiteral("export"), demo, QStringLiteral("--format"), QStringLiteral("caravan-csv"),
                    QStringLiteral("-o"), folder, QStringLiteral("--json")},
                   &out) == 0);
    auto opened = CaseFile::open(demo, CaseFile::OpenMode::ReadOnly);
    REQUIRE(opened.ok());
    sqlite3 *first = (*opened)->handle();
    for (const char *file : {"entities.csv", "links.csv", "shipments.csv", "sanctions.csv"}) {
        const ImportSummary s = importFile(second, folder + QLatin1String(file));
        INFO(file);
        CHECK(s.rejected == 0);
    }
    CHECK(difference(first, second.caseFile().handle(), kEntities) == "");
    CHECK(difference(first, second.caseFile().handle(), kSanctions) == "");
    const std::pair<const char *, int> links{
        "SELECT l.type, o.ext_id, a.ext_id, l.share_min, l.share_max, l.start_date, l.end_date FROM links l JOIN "
        "entities o ON o.id = l.owner_id JOIN entities a ON a.id = l.asset_id WHERE l.type <> 'other'",
        7};
    CHECK(difference(first, second.caseFile().handle(), links) == "");
    const std::pair<const char *, int> shipments{
        "SELECT s.date, x.ext_id, m.ext_id, s.hs6, s.quantity, s.value, s.destination_country FROM shipments s JOIN "
        "entities x ON x.id = s.exporter_id JOIN entities m ON m.id = s.importer_id",
        7};
    CHECK(difference(first, second.caseFile().handle(), shipments) == "");
    CHECK(count(second, "SELECT count(*) FROM shipments") ==
          sqliteScalar(first, "SELECT count(*) FROM shipments").value_or(-2));
    CHECK(count(second, "SELECT count(*) FROM shipments") > 0);
}
