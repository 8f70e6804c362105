#include "ImportTestSupport.h"

#include <QStringEncoder>

using namespace caravan;
using namespace caravan::test;

namespace {

const QByteArray kEntities =
    "id,type,name,aliases,country,identifiers,incorporation_date,address\n"
    "c1,Company,ТОО Альфа,Alfa LLP;TOO Alfa,kz,kz-bin:123456789012,2022-06-01,\"Абая 1, Алматы\"\n"
    "p1,person,Иванов Иван,,ru,ru-inn:770123456789,,\n"
    "c2,Company,Beta GmbH,,DE,,,\n"
    "x1,Spaceship,Bad Type,,,,,\n"
    "x2,Company,Bad Date,,,,2022-13-01,\n"
    "x3,Company,Bad Id,,,kz-bin,,\n";

class CancelAfter final : public Progress {
public:
    explicit CancelAfter(qint64 bytes) : m_bytes(bytes) {}
    void setStatus(const QString &) override {}
    void setProgress(std::int64_t done, std::int64_t) override { m_cancelled = m_cancelled || done >= m_bytes; }
    bool isCancelled() const override { return m_cancelled; }

private:
    qint64 m_bytes;
    bool m_cancelled = false;
};

} // namespace

TEST_CASE("Caravan CSV entities: values normalised, bad rows rejected verbatim with reasons, counts add up")
{
    TempCase tc;
    const QString path = tc.file(QStringLiteral("entities.csv"));
    writeFile(path, kEntities);
    const ImportSummary s = importFile(tc, path);
    CHECK(s.format == "caravan-csv");
    CHECK(s.kind == "entities");
    CHECK(s.rowsRead == 6);
    CHECK(s.imported == 3);
    CHECK(s.rejected == 3);
    CHECK(s.skipped == 0);
    CHECK(s.sha256.size() == 64);
    CHECK(text(tc, QStringLiteral("SELECT country FROM entities WHERE ext_id = 'c1'")) == "KZ");
    CHECK(text(tc, QStringLiteral("SELECT type FROM entities WHERE ext_id = 'p1'")) == "Person");
    CHECK(text(tc, QStringLiteral("SELECT birth_date FROM entities WHERE ext_id = 'c1'")) == "2022-06-01");
    CHECK(count(tc, "SELECT count(*) FROM entity_names n JOIN entities e ON e.id = n.entity_id "
                    "WHERE e.ext_id = 'c1' AND n.kind = 'alias'") == 2);
    CHECK(text(tc, QStringLiteral("SELECT scheme || ':' || value FROM entity_identifiers i JOIN entities e ON "
                                  "e.id = i.entity_id WHERE e.ext_id = 'p1'")) == "ru-inn:770123456789");
    CHECK(text(tc, QStringLiteral("SELECT address FROM entity_addresses")) == QStringLiteral("Абая 1, Алматы"));
    // Provenance: the line in the file.
    CHECK(count(tc, "SELECT source_row FROM entities WHERE ext_id = 'c2'") == 4);
    // Rejected rows: verbatim, with line and reason.
    CHECK(text(tc, QStringLiteral("SELECT raw FROM rejected_rows WHERE line_no = 5")) == "x1,Spaceship,Bad Type,,,,,");
    CHECK(text(tc, QStringLiteral("SELECT reason FROM rejected_rows WHERE line_no = 5")).contains("Spaceship"));
    CHECK(text(tc, QStringLiteral("SELECT reason FROM rejected_rows WHERE line_no = 6")).contains("2022-13-01"));
    CHECK(text(tc, QStringLiteral("SELECT reason FROM rejected_rows WHERE line_no = 7")).contains("scheme:value"));
    CHECK(count(tc, "SELECT rows_read FROM sources") == 6);
    CHECK(count(tc, "SELECT rows_rejected FROM sources") == 3);
    CHECK(count(tc, "SELECT count(*) FROM audit_log WHERE action = 'import'") == 1);
}

TEST_CASE("Caravan CSV links, shipments and sanctions: dangling references reject the row, not the file")
{
    TempCase tc;
    writeFile(tc.file(QStringLiteral("entities.csv")), kEntities);
    importFile(tc, tc.file(QStringLiteral("entities.csv")));

    writeFile(tc.file(QStringLiteral("links.csv")), "id,type,source,target,share,start_date,end_date\n"
                                                    "l1,ownership,p1,c1,51,2022-07-01,\n"
                                                    "l2,ownership,c2,c1,25-50,,\n"
                                                    "l3,ownership,ghost,c1,10,,\n"
                                                    "l4,directorship,p1,c1,,,\n"
                                                    "l5,ownership,p1,c2,150,,\n");
    ImportSummary s = importFile(tc, tc.file(QStringLiteral("links.csv")));
    CHECK(s.kind == "links");
    CHECK(s.imported == 3);
    CHECK(s.rejected == 2);
    CHECK(text(tc, QStringLiteral("SELECT reason FROM rejected_rows WHERE raw LIKE 'l3,%'")) ==
          "source 'ghost' is not an entity in the case");
    CHECK(text(tc, QStringLiteral("SELECT share_min || '-' || share_max FROM links WHERE ext_id = 'l2'")) ==
          "25.0-50.0");

    writeFile(tc.file(QStringLiteral("shipments.csv")),
              "id,date,exporter,importer,hs_code,description,quantity,unit,weight_kg,value,currency,origin_country,"
              "destination_country,transit_countries\n"
              "S1,2023-03-01,c2,c1,8542.31,\"Chips, \"\"A\"\" grade\",100,pcs,1.5,25000,usd,de,kz,ge;am\n"
              "S2,2023-03-02,c1,nobody,854231,x,1,pcs,,,,KZ,RU,\n"
              "S3,2023-03-03,c1,p1,85,x,1,pcs,,,,KZ,RU,\n"
              "S4,03/04/2023,c1,p1,854231,x,1,pcs,,,,KZ,RU,\n"
              "S5,2023-03-05,c1,p1,8542310000,x,lots,pcs,,,,KZ,RU,\n"
              "S6,2023-03-06,c1\n");
    s = importFile(tc, tc.file(QStringLiteral("shipments.csv")));
    CHECK(s.kind == "shipments");
    CHECK(s.rowsRead == 6);
    CHECK(s.imported == 1);
    CHECK(s.rejected == 5);
    CHECK(text(tc, QStringLiteral("SELECT hs_code || '|' || hs6 || '|' || currency || '|' || transit_countries || "
                                  "'|' || description FROM shipments")) ==
          "8542.31|854231|USD|GE;AM|Chips, \"A\" grade");
    CHECK(text(tc, QStringLiteral("SELECT reason FROM rejected_rows WHERE raw LIKE 'S2,%'")).contains("nobody"));
    CHECK(text(tc, QStringLiteral("SELECT reason FROM rejected_rows WHERE raw LIKE 'S3,%'")).contains("6 digits"));
    CHECK(text(tc, QStringLiteral("SELECT reason FROM rejected_rows WHERE raw LIKE 'S4,%'")).contains("YYYY-MM-DD"));
    CHECK(text(tc, QStringLiteral("SELECT reason FROM rejected_rows WHERE raw LIKE 'S5,%'")).contains("lots"));
    // A truncated last line: wrong column count, kept verbatim.
    CHECK(text(tc, QStringLiteral("SELECT reason FROM rejected_rows WHERE raw = 'S6,2023-03-06,c1'")) ==
          "expected 14 columns, found 3");

    writeFile(tc.file(QStringLiteral("sanctions.csv")), "id,entity,list,program,listed_date\n"
                                                        "d1,p1,OFAC SDN,RUSSIA-EO14024,2022-04-06\n"
                                                        "d2,c9,EU,,\n");
    s = importFile(tc, tc.file(QStringLiteral("sanctions.csv")));
    CHECK(s.kind == "sanctions");
    CHECK(s.imported == 1);
    CHECK(s.rejected == 1);
    CHECK(count(tc, "SELECT count(*) FROM designations WHERE listed_date = '2022-04-06'") == 1);
}

TEST_CASE("header problems are errors before anything is written")
{
    TempCase tc;
    writeFile(tc.file(QStringLiteral("odd.csv")), "id,type,name,colour\n1,Company,A,red\n");
    auto job = ImportJob::prepare(tc.file(QStringLiteral("odd.csv")), {});
    REQUIRE_FALSE(job.ok());
    CHECK(job.error().message.contains("unknown columns for entities: colour"));

    writeFile(tc.file(QStringLiteral("none.csv")), "foo,bar\n1,2\n");
    ImportOptions asCaravan;
    asCaravan.format = QStringLiteral("caravan-csv");
    job = ImportJob::prepare(tc.file(QStringLiteral("none.csv")), asCaravan);
    REQUIRE_FALSE(job.ok());
    CHECK(job.error().message.contains("none of the Caravan CSV kinds"));

    ImportOptions badEncoding;
    badEncoding.encoding = QStringLiteral("ebcdic");
    job = ImportJob::prepare(tc.file(QStringLiteral("odd.csv")), badEncoding);
    REQUIRE_FALSE(job.ok());
    CHECK(job.error().message.contains("unknown encoding"));
    CHECK(count(tc, "SELECT count(*) FROM sources") == 0);
}

TEST_CASE("the same file twice is skipped unless forced")
{
    TempCase tc;
    const QString path = tc.file(QStringLiteral("entities.csv"));
    writeFile(path, kEntities);
    const ImportSummary first = importFile(tc, path);
    const ImportSummary second = importFile(tc, path);
    CHECK_FALSE(first.skippedDuplicate);
    CHECK(second.skippedDuplicate);
    CHECK(second.sha256 == first.sha256);
    CHECK(count(tc, "SELECT count(*) FROM sources") == 1);
    ImportOptions force;
    force.force = true;
    const ImportSummary third = importFile(tc, path, force);
    CHECK_FALSE(third.skippedDuplicate);
    CHECK(count(tc, "SELECT count(*) FROM sources") == 2);
    // Entities with the same id are not duplicated.
    CHECK(count(tc, "SELECT count(*) FROM entities") == 3);
}

TEST_CASE("cancel rolls everything back: the case is left as it was")
{
    TempCase tc;
    const QString path = tc.file(QStringLiteral("entities.csv"));
    QByteArray big = "id,type,name\n";
    for (int i = 0; i < 20000; ++i)
        big += "e" + QByteArray::number(i) + ",Company,Company number " + QByteArray::number(i) + "\n";
    writeFile(path, big);
    const qint64 auditBefore = count(tc, "SELECT count(*) FROM audit_log");
    auto job = ImportJob::prepare(path, {});
    REQUIRE(job.ok());
    CancelAfter progress(big.size() / 2);
    auto summary = (*job)->run(tc.caseFile(), progress);
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.error().code == ErrorCode::Cancelled);
    CHECK(count(tc, "SELECT count(*) FROM audit_log") == auditBefore);
    for (const char *table : {"sources", "entities", "entity_names", "rejected_rows"}) {
        INFO(table);
        CHECK(count(tc, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)).toUtf8().constData()) == 0);
    }
}

TEST_CASE("a large shipments load rebuilds the deferred indexes")
{
    TempCase tc;
    writeFile(tc.file(QStringLiteral("entities.csv")), kEntities);
    importFile(tc, tc.file(QStringLiteral("entities.csv")));
    QByteArray rows = "id,date,exporter,importer,hs_code,description,quantity,unit,weight_kg,value,currency,"
                      "origin_country,destination_country,transit_countries\n";
    const QByteArray padding(200, 'x');
    while (rows.size() < 17 * 1024 * 1024)
        rows += "S,2023-01-01,c2,c1,854231," + padding + ",1,pcs,1,1,USD,DE,KZ,\n";
    writeFile(tc.file(QStringLiteral("shipments.csv")), rows);
    const ImportSummary s = importFile(tc, tc.file(QStringLiteral("shipments.csv")));
    CHECK(s.rejected == 0);
    CHECK(count(tc, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'shipments'") == 4);
    CHECK(count(tc, "PRAGMA foreign_keys") == 1);
    CHECK(count(tc, "SELECT sha256 = '-' FROM sources WHERE file_name = 'shipments.csv'") == 0);
    // Hashed while importing: the duplicate is found at the end and rolled back.
    const qint64 shipments = count(tc, "SELECT count(*) FROM shipments");
    const ImportSummary again = importFile(tc, tc.file(QStringLiteral("shipments.csv")));
    CHECK(again.skippedDuplicate);
    CHECK(again.sha256 == s.sha256);
    CHECK(count(tc, "SELECT count(*) FROM shipments") == shipments);
    CHECK(count(tc, "SELECT count(*) FROM sources") == 2);
}

TEST_CASE("an unterminated quote at the end of a file rejects only the last record, verbatim")
{
    TempCase tc;
    const QString path = tc.file(QStringLiteral("entities.csv"));
    writeFile(path, "id,type,name\nc1,Company,Alfa\nc2,Company,\"Beta, cut off\nc3,Company,Gamma\n");
    const ImportSummary s = importFile(tc, path);
    CHECK(s.rowsRead == 2);
    CHECK(s.imported == 1);
    CHECK(s.rejected == 1);
    CHECK(text(tc, QStringLiteral("SELECT line_no || '|' || raw FROM rejected_rows")) ==
          "3|c2,Company,\"Beta, cut off\nc3,Company,Gamma\n");
    CHECK(text(tc, QStringLiteral("SELECT reason FROM rejected_rows")).contains("unterminated quoted field"));
}

TEST_CASE("a file in the wrong encoding can be re-read with the right one")
{
    TempCase tc;
    const QString path = tc.file(QStringLiteral("entities.csv"));
    QStringEncoder koi8("KOI8-R");
    writeFile(path, koi8.encode(QStringLiteral("id,type,name\nc1,Company,ООО Ромашка и партнеры торговый дом\n")));
    ImportOptions asKoi8;
    asKoi8.encoding = QStringLiteral("KOI8-R");
    const ImportSummary s = importFile(tc, path, asKoi8);
    CHECK(s.encoding == "koi8-r");
    CHECK(text(tc, QStringLiteral("SELECT name FROM entities")) ==
          QStringLiteral("ООО Ромашка и партнеры торговый дом"));
}

TEST_CASE("shipments checked on their UTF-8 bytes follow the same rules as any other text")
{
    TempCase tc;
    writeFile(tc.file(QStringLiteral("entities.csv")), kEntities);
    importFile(tc, tc.file(QStringLiteral("entities.csv")));
    const QString nbsp(QChar(0x00A0));
    const QString shipments =
        QStringLiteral("id,date,exporter,importer,hs_code,description,quantity,unit,weight_kg,value,currency,"
                       "origin_country,destination_country,transit_countries\n"
                       "A1,%1 2023-03-01 %1,c2,c1,8542 31 00,Чипы,1,шт,,,руб,%1kz%1,de,\" kz ; ;kg \"\n"
                       "A2,2023-03-02,c2,c1,854231,x,1,pcs,,,usd,KZ,RU,kz;%1ge\n"
                       "A3,2023-03-03,c2,c1,854231,x,1,pcs,,,US,KZ,RU,\n"
                       "A4,2023-03-04,c2,c1,854231,x,1,pcs,,,,KZ,RU,KZ;Kazakhstan\n"
                       "A5,2023-02-30,c2,c1,854231,x,1,pcs,,,,KZ,RU,\n"
                       "A6,2023-03-06,c2,c1,8542x1,x,1,pcs,,,,KZ,RU,\n"
                       "A7,2023-03-07,c2,c1,854231,x,1,pcs,,,,K1,RU,\n"
                       "A8,2023-03-08,c2,c1,٨٥٤٢٣١,x,1,pcs,,,,KZ,RU,\n")
            .arg(nbsp);
    writeFile(tc.file(QStringLiteral("shipments.csv")), shipments.toUtf8());
    const ImportSummary s = importFile(tc, tc.file(QStringLiteral("shipments.csv")));
    CHECK(s.rowsRead == 8);
    CHECK(s.rejected == 5); // A3 to A7, each named below
    CHECK(s.skipped == 0);
    auto stored = [&](const char *id) {
        return text(tc, QStringLiteral("SELECT date || '|' || hs6 || '|' || coalesce(currency, '') || '|' || "
                                       "origin_country || '|' || coalesce(transit_countries, '') || '|' || "
                                       "description || '|' || unit FROM shipments WHERE ext_id = '%1'")
                            .arg(QLatin1String(id)));
    };
    auto reason = [&](const char *id) {
        return text(tc,
                    QStringLiteral("SELECT reason FROM rejected_rows WHERE raw LIKE '%1,%'").arg(QLatin1String(id)));
    };
    CHECK(stored("A1") == QStringLiteral("2023-03-01|854231|РУБ|KZ|KZ;KG|Чипы|шт"));
    CHECK(stored("A2") == QStringLiteral("2023-03-02|854231|USD|KZ|KZ;GE|x|pcs"));
    CHECK(reason("A3") == QStringLiteral("currency 'US' is not a three-letter code"));
    CHECK(reason("A4") == QStringLiteral("transit_countries 'Kazakhstan' is not an ISO 3166 two-letter country code"));
    CHECK(reason("A5") == QStringLiteral("date '2023-02-30' is not a date (YYYY-MM-DD)"));
    CHECK(reason("A6") == QStringLiteral("hs_code '8542x1' does not have 6 digits"));
    CHECK(reason("A7") == QStringLiteral("origin_country 'K1' is not an ISO 3166 two-letter country code"));
    // Digits of another script are digits to the HS rules (QChar::isDigit), as they always were.
    CHECK(s.imported + s.rejected == 8);
    CHECK(s.imported == 3);
}

TEST_CASE("records read ahead in batches keep their lines, verbatim text and order across many batches")
{
    TempCase tc;
    const QString path = tc.file(QStringLiteral("entities.csv"));
    // 20,000 records (several batches of the read-ahead), a quoted line break every 1,000th one, a bad row every
    // 4,999th: each rejection must name its own line and keep its own text.
    QByteArray big = "id,type,name\n";
    qint64 line = 2;
    QList<QPair<qint64, QByteArray>> bad;
    qint64 lineOfLast = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray row;
        if (i % 4999 == 4998)
            row = "b" + QByteArray::number(i) + ",Spaceship,Bad " + QByteArray::number(i) + "\n";
        else if (i % 1000 == 0)
            row = "e" + QByteArray::number(i) + ",Company,\"Two\nlines " + QByteArray::number(i) + "\"\n";
        else
            row = "e" + QByteArray::number(i) + ",Company,Company " + QByteArray::number(i) + "\n";
        if (row.startsWith('b'))
            bad.append({line, row.chopped(1)});
        lineOfLast = line;
        line += row.count('\n');
        big += row;
    }
    writeFile(path, big);
    const ImportSummary s = importFile(tc, path);
    CHECK(s.rowsRead == 20000);
    CHECK(s.rejected == bad.size());
    CHECK(s.imported == 20000 - bad.size());
    SqliteStatement rejected(tc.caseFile().handle(), "SELECT line_no, raw FROM rejected_rows ORDER BY id");
    for (const auto &[badLine, raw] : bad) {
        REQUIRE(rejected.step());
        CHECK(rejected.int64(0) == badLine);
        CHECK(rejected.text(1) == QString::fromUtf8(raw));
    }
    CHECK_FALSE(rejected.step());
    CHECK(count(tc, "SELECT source_row FROM entities WHERE ext_id = 'e19999'") == lineOfLast);
    CHECK(text(tc, QStringLiteral("SELECT name FROM entities WHERE ext_id = 'e19000'")) == "Two\nlines 19000");
}
