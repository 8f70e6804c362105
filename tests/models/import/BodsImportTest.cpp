#include "ImportTestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace caravan;
using namespace caravan::test;

TEST_CASE("BODS 0.4: indirect ownership with exact shares")
{
    TempCase tc;
    const ImportSummary s =
        importFile(tc, sharedData(QStringLiteral("entities/bods-0.4/examples/indirect-ownership.json")));
    CHECK(s.format == "bods");
    CHECK(s.rowsRead == 6);
    CHECK(s.imported == 6);
    CHECK(count(tc, "SELECT count(*) FROM entities") == 3);
    // Company B (d4ab89ea169a) holds 60% of Company A (ad3f6c2fcc9e) directly, from 2017-11-01.
    CHECK(text(tc, QStringLiteral("SELECT share_min || '|' || share_max || '|' || start_date FROM links l JOIN "
                                  "entities o ON o.id = l.owner_id JOIN entities a ON a.id = l.asset_id WHERE "
                                  "l.type = 'ownership' AND o.ext_id = 'd4ab89ea169a' AND a.ext_id = "
                                  "'ad3f6c2fcc9e'")) == "60.0|60.0|2017-11-01");
    // Person 1's indirect 30% is kept, but not as a direct stake.
    CHECK(text(tc, QStringLiteral("SELECT type || '|' || role || '|' || share_min FROM links WHERE ext_id = "
                                  "'d8d75ccf40e4'")) == "other|indirect shareholding|30.0");
    CHECK(count(tc, "SELECT count(*) FROM links WHERE type = 'ownership'") == 1);
    CHECK(text(tc, QStringLiteral("SELECT scheme || ':' || value FROM entity_identifiers i JOIN entities e ON "
                                  "e.id = i.entity_id WHERE e.ext_id = 'ad3f6c2fcc9e'")) == "gb-coh:XE9999");
    CHECK(text(tc, QStringLiteral("SELECT type || ' ' || country || ' ' || birth_date FROM entities WHERE ext_id = "
                                  "'c25d4d612c2c'")) == "Person GB 1965-11");
}

TEST_CASE("BODS 0.4: share ranges become minimum and maximum")
{
    TempCase tc;
    importFile(tc, sharedData(QStringLiteral("entities/bods-0.4/examples/joint-ownership.json")));
    CHECK(count(tc, "SELECT count(*) FROM links WHERE type = 'ownership'") > 0);
    CHECK(count(tc, "SELECT count(*) FROM links WHERE share_min IS NOT NULL AND share_min < share_max") +
              count(tc, "SELECT count(*) FROM links WHERE share_min = share_max") >
          0);
}

TEST_CASE("BODS 0.2 is refused with a clear message before anything is written")
{
    auto job = ImportJob::prepare(sharedData(QStringLiteral("entities/bods-0.2-gleif/rr-data-out.json")), {});
    REQUIRE_FALSE(job.ok());
    CHECK(job.error().message.contains("BODS 0.2"));
    CHECK(job.error().message.contains("reads BODS 0.4"));
}

TEST_CASE("BODS 0.4 interests become what they are: only control interests control, unknown stays unknown")
{
    // One company and one person; the person's interests in it, one of each kind that matters (interestType codelist).
    const auto statement = [](const QString &id, const QString &type, const QString &details) {
        return QStringLiteral(R"({"statementId":"s-%1","declarationSubject":"co","statementDate":"2024-01-10",)"
                              R"("publicationDetails":{"publicationDate":"2024-01-10","bodsVersion":"0.4",)"
                              R"("publisher":{"name":"test"}},"recordId":"%1","recordStatus":"new",)"
                              R"("recordType":"%2","recordDetails":%3})")
            .arg(id, type, details);
    };
    const auto interest = [&](const QString &id, const QString &interestJson) {
        return statement(
            id, QStringLiteral("relationship"),
            QStringLiteral(R"({"isComponent":false,"subject":"co","interestedParty":"p1","interests":[%1]})")
                .arg(interestJson));
    };
    const QStringList statements = {
        statement(
            QStringLiteral("co"), QStringLiteral("entity"),
            QStringLiteral(R"({"isComponent":false,"entityType":{"type":"registeredEntity"},"name":"Subject LLP"})")),
        statement(
            QStringLiteral("p1"), QStringLiteral("person"),
            QStringLiteral(
                R"({"isComponent":false,"personType":"knownPerson","names":[{"type":"legal","fullName":"Owner One"}]})")),
        interest(QStringLiteral("r-unknown"),
                 QStringLiteral(R"({"type":"unknownInterest","directOrIndirect":"direct"})")),
        interest(QStringLiteral("r-notype"), QStringLiteral(R"({"directOrIndirect":"direct"})")),
        interest(
            QStringLiteral("r-profit"),
            QStringLiteral(R"({"type":"rightsToProfitOrIncome","directOrIndirect":"direct","share":{"exact":40}})")),
        interest(QStringLiteral("r-trustee"), QStringLiteral(R"({"type":"trustee","directOrIndirect":"direct"})")),
        interest(QStringLiteral("r-board"),
                 QStringLiteral(R"({"type":"appointmentOfBoard","directOrIndirect":"direct"})")),
        interest(QStringLiteral("r-articles"),
                 QStringLiteral(R"({"type":"controlViaCompanyRulesOrArticles","directOrIndirect":"direct"})")),
        interest(QStringLiteral("r-director"), QStringLiteral(R"({"type":"boardMember","directOrIndirect":"direct"})")),
        interest(QStringLiteral("r-shares"),
                 QStringLiteral(R"({"type":"shareholding","directOrIndirect":"direct","share":{"exact":20}})")),
    };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("interests.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("[%1]").arg(statements.join(u',')).toUtf8());
    f.close();

    TempCase tc;
    const ImportSummary s = importFile(tc, path);
    CHECK(s.imported == 10);
    const auto typeOf = [&](const char *extId) {
        return text(tc, QStringLiteral("SELECT type || '|' || coalesce(role, '') FROM links WHERE ext_id = '%1'")
                            .arg(QLatin1String(extId)));
    };
    CHECK(typeOf("r-unknown") == "other|unknownInterest");
    CHECK(typeOf("r-notype") == "other|unknownInterest");
    CHECK(typeOf("r-profit") == "other|rightsToProfitOrIncome");
    CHECK(typeOf("r-trustee") == "other|trustee");
    CHECK(typeOf("r-board") == "control|appointmentOfBoard");
    CHECK(typeOf("r-articles") == "control|controlViaCompanyRulesOrArticles");
    CHECK(typeOf("r-director") == "directorship|boardMember");
    CHECK(typeOf("r-shares") == "ownership|shareholding");
    CHECK(count(tc, "SELECT count(*) FROM links WHERE type = 'control'") == 2);
}
