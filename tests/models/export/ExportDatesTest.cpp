#include "../import/ImportTestSupport.h"

#include "models/export/CaravanCsvExport.h"
#include "models/export/FtmExport.h"

#include <QDir>
#include <QFile>

using namespace caravan;
using namespace caravan::test;

namespace {

// A person listed with three dates of birth (OFAC and the UN give several), a company with two incorporation dates
// and a vessel with none, in Caravan CSV (several dates are one list).
const char *const kEntities = "id,type,name,aliases,country,identifiers,incorporation_date,address\n"
                              "p-1,Person,Ivan Petrov,,RU,,1971-03-02;1972-03-02;1971-02-03,\n"
                              "c-1,Company,Alfa Trade LLC,,KZ,,2011-05-20;2012-01-10,\n"
                              "v-1,Vessel,Sea Star,,PA,,,\n";

// Every entity's dates in stored order, and its first date: "p-1|1971-03-02|1971-03-02,1972-03-02,1971-02-03".
std::string dates(TempCase &tc)
{
    QStringList out;
    SqliteStatement st(tc.caseFile().handle(),
                       "SELECT e.ext_id, coalesce(e.birth_date, ''), coalesce((SELECT group_concat(date, ',') FROM "
                       "(SELECT date FROM entity_dates WHERE entity_id = e.id ORDER BY id)), '') FROM entities e "
                       "ORDER BY e.ext_id");
    while (st.step())
        out.append(st.text(0) + u'|' + st.text(1) + u'|' + st.text(2));
    return out.join(u'\n').toStdString();
}

const std::string kExpected = "c-1|2011-05-20|2011-05-20,2012-01-10\n"
                              "p-1|1971-03-02|1971-03-02,1972-03-02,1971-02-03\n"
                              "v-1||";

} // namespace

TEST_CASE("Exports carry every date an entity has: Caravan CSV and FtM round-trip all of them, the first first")
{
    TempCase first;
    const QString source = first.file(QStringLiteral("entities.csv"));
    writeFile(source, kEntities);
    CHECK(importFile(first, source).rejected == 0);
    REQUIRE(dates(first) == kExpected);
    CHECK(count(first, "SELECT count(*) FROM entity_dates") == 5);

    SECTION("Caravan CSV")
    {
        NullProgress progress;
        const QString folder = first.file(QStringLiteral("out/"));
        REQUIRE(QDir().mkpath(folder));
        auto rows = exportCaravanCsv(first.caseFile().handle(), folder, progress);
        REQUIRE(rows.ok());
        QFile written(folder + QStringLiteral("entities.csv"));
        REQUIRE(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        CHECK(text.contains("p-1,Person,Ivan Petrov,,RU,,1971-03-02;1972-03-02;1971-02-03,"));
        CHECK(text.contains("c-1,Company,Alfa Trade LLC,,KZ,,2011-05-20;2012-01-10,"));
        TempCase second;
        CHECK(importFile(second, folder + QStringLiteral("entities.csv")).rejected == 0);
        CHECK(dates(second) == kExpected);
    }
    SECTION("FtM")
    {
        NullProgress progress;
        const QString path = first.file(QStringLiteral("out.ftm.jsonl"));
        {
            QFile out(path);
            REQUIRE(out.open(QIODevice::WriteOnly));
            REQUIRE(exportFtm(first.caseFile().handle(), out, progress).ok());
        }
        QFile written(path);
        REQUIRE(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        CHECK(text.contains(R"("birthDate":["1971-03-02","1972-03-02","1971-02-03"])"));
        CHECK(text.contains(R"("incorporationDate":["2011-05-20","2012-01-10"])"));
        TempCase second;
        CHECK(importFile(second, path).rejected == 0);
        CHECK(dates(second) == kExpected);
    }
}
