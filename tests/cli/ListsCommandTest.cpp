// caravan-cli lists: which designation lists each ownership rule counts, shown and changed; and the ownership
// command's default follows that setting.
#include "../support/CaseBuilder.h"
#include "../support/PdfText.h"
#include "../support/TempCase.h"

#include "models/storage/CaseFile.h"
#include "models/storage/Sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

QJsonObject parse(const QByteArray &bytes)
{
    INFO(bytes.toStdString());
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    REQUIRE(doc.isObject());
    return doc.object();
}

QJsonObject listNamed(const QJsonObject &output, const QString &name)
{
    for (const QJsonValue &v : output.value(QStringLiteral("lists")).toArray())
        if (v.toObject().value(QStringLiteral("list")).toString() == name)
            return v.toObject();
    FAIL("no list " << name.toStdString());
    return {};
}

// A KZ company 30% EU-listed, 25% UK-listed, and one 60% owned by a person on a list nobody knows.
void buildCase(TempCase &tc)
{
    CaseBuilder b(tc.caseFile());
    const qint64 kz = b.company(QStringLiteral("kz"), QStringLiteral("Trade LLP"), QStringLiteral("KZ"));
    const qint64 kg = b.company(QStringLiteral("kg"), QStringLiteral("Transit LLC"), QStringLiteral("KG"));
    const qint64 eu = b.person(QStringLiteral("eu-p"), QStringLiteral("Ivanov Ivan"));
    const qint64 uk = b.company(QStringLiteral("uk-c"), QStringLiteral("Holding AO"));
    const qint64 other = b.person(QStringLiteral("x-p"), QStringLiteral("Petrov Petr"));
    b.designate(eu, QStringLiteral("Council of the European Union"), QStringLiteral("RUS"),
                QStringLiteral("2022-03-01"));
    b.designate(uk, QStringLiteral("Foreign, Commonwealth & Development Office"), QStringLiteral("Russia"),
                QStringLiteral("2022-03-01"));
    b.designate(other, QStringLiteral("Regional list"), QStringLiteral("X"), QStringLiteral("2022-03-01"));
    b.owns(eu, kz, QStringLiteral("30"));
    b.owns(uk, kz, QStringLiteral("25"));
    b.owns(other, kg, QStringLiteral("60"));
}

QJsonObject verdictOf(TempCase &tc, const QString &entity, const QStringList &extra = {})
{
    QByteArray out, err;
    QStringList args{
        QStringLiteral("ownership"), tc.path(), entity, QStringLiteral("--as-of"), QStringLiteral("2024-09-01"),
        QStringLiteral("--json")};
    REQUIRE(runCli(args + extra, &out, &err) == 0);
    return parse(out).value(QStringLiteral("verdicts")).toArray().first().toObject();
}

} // namespace

TEST_CASE("caravan-cli ownership by default counts only each rule's own lists, and carries the UK verdict")
{
    TempCase tc;
    buildCase(tc);
    const QJsonObject kz = verdictOf(tc, QStringLiteral("kz"));
    CHECK(kz.value(QStringLiteral("blocked")).toBool() == false);
    CHECK(kz.value(QStringLiteral("status")).toString() == QStringLiteral("not_blocked"));
    CHECK(kz.value(QStringLiteral("eu_owned")).toBool() == false);
    CHECK(kz.value(QStringLiteral("uk_owned")).toBool() == false);
    CHECK(kz.value(QStringLiteral("uk_largest_percent")).toDouble() == 25.0);
    CHECK(kz.value(QStringLiteral("lists_used")).toObject().value(QStringLiteral("eu")).toArray() ==
          QJsonArray{QStringLiteral("Council of the European Union")});
    CHECK(kz.value(QStringLiteral("lists_text"))
              .toObject()
              .value(QStringLiteral("ofac"))
              .toString()
              .startsWith(QStringLiteral("OFAC 50% rule counts no list in this case.")));
    // The old behaviour, every list for every rule, is still one explicit override away.
    const QJsonObject all = verdictOf(tc, QStringLiteral("kz"), {QStringLiteral("--ofac-list"), QStringLiteral("")});
    CHECK(all.value(QStringLiteral("blocked")).toBool() == true);
    CHECK(all.value(QStringLiteral("aggregate_percent")).toDouble() == 55.0);
}

TEST_CASE("caravan-cli lists shows each list's class and rules, --set changes a verdict, and the change is audited")
{
    TempCase tc;
    buildCase(tc);
    tc.close();
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("lists"), tc.path(), QStringLiteral("--json")}, &out, &err) == 0);
    QJsonObject o = parse(out);
    CHECK(o.value(QStringLiteral("lists")).toArray().size() == 3);
    QJsonObject regional = listNamed(o, QStringLiteral("Regional list"));
    CHECK(regional.value(QStringLiteral("class")).toString() == QStringLiteral("unknown"));
    CHECK(regional.value(QStringLiteral("rules")).toArray().isEmpty());
    CHECK(regional.value(QStringLiteral("designations")).toInteger() == 1);
    CHECK(listNamed(o, QStringLiteral("Foreign, Commonwealth & Development Office")).value(QStringLiteral("rules")) ==
          QJsonArray{QStringLiteral("uk")});
    CHECK(verdictOf(tc, QStringLiteral("kg")).value(QStringLiteral("blocked")).toBool() == false);

    out.clear();
    REQUIRE(runCli({QStringLiteral("lists"), tc.path(), QStringLiteral("--set"),
                    QStringLiteral("Regional list=ofac,eu"), QStringLiteral("--json")},
                   &out, &err) == 0);
    regional = listNamed(parse(out), QStringLiteral("Regional list"));
    CHECK(regional.value(QStringLiteral("rules")).toArray() ==
          QJsonArray{QStringLiteral("ofac"), QStringLiteral("eu")});
    CHECK(regional.value(QStringLiteral("overridden")).toBool());
    const QJsonObject kg = verdictOf(tc, QStringLiteral("kg"));
    CHECK(kg.value(QStringLiteral("blocked")).toBool() == true);
    CHECK(kg.value(QStringLiteral("eu_owned")).toBool() == true);
    {
        auto file = CaseFile::open(tc.path(), CaseFile::OpenMode::ReadOnly);
        REQUIRE(file.ok());
        SqliteStatement audit((*file)->handle(), "SELECT detail FROM audit_log WHERE action = 'list_rules.change'");
        REQUIRE(audit.step());
        CHECK(audit.text(0) == QStringLiteral("Regional list: default (none) -> ofac,eu"));
    }

    // Bad input: exit 2 with one line, nothing written.
    err.clear();
    CHECK(runCli({QStringLiteral("lists"), tc.path(), QStringLiteral("--set"), QStringLiteral("Nowhere=ofac")}, &out,
                 &err) == 2);
    CHECK(err.contains("no list 'Nowhere' in the case"));
    CHECK(runCli({QStringLiteral("lists"), tc.path(), QStringLiteral("--set"), QStringLiteral("Regional list=us")},
                 &out, &err) == 2);
    out.clear();
    REQUIRE(runCli({QStringLiteral("lists"), tc.path(), QStringLiteral("--reset"), QStringLiteral("Regional list")},
                   &out, &err) == 0);
    CHECK(out.contains("OFAC 50% rule counts no list in this case."));
    CHECK(verdictOf(tc, QStringLiteral("kg")).value(QStringLiteral("blocked")).toBool() == false);
}

TEST_CASE("the report of a case with EU, UK and UN owners never calls anyone blocked under the OFAC 50% rule")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 kz = b.company(QStringLiteral("kz"), QStringLiteral("Trade LLP"), QStringLiteral("KZ"));
        const qint64 un = b.company(QStringLiteral("kz-un"), QStringLiteral("Un Owned LLP"), QStringLiteral("KZ"));
        const qint64 eu = b.person(QStringLiteral("eu-p"), QStringLiteral("Ivanov Ivan"));
        const qint64 uk = b.company(QStringLiteral("uk-c"), QStringLiteral("Holding AO"));
        const qint64 unp = b.person(QStringLiteral("un-p"), QStringLiteral("Sidorov Sidor"));
        b.designate(eu, QStringLiteral("EU"), QStringLiteral("RUS"), QStringLiteral("2022-03-01"));
        b.designate(uk, QStringLiteral("UK"), QStringLiteral("Russia"), QStringLiteral("2022-03-01"));
        b.designate(unp, QStringLiteral("UN SC"), QStringLiteral("DPRK"), QStringLiteral("2022-03-01"));
        b.owns(eu, kz, QStringLiteral("30"));
        b.owns(uk, kz, QStringLiteral("25"));
        b.owns(unp, un, QStringLiteral("60"));
    }
    tc.close();
    const QString pdf = tc.file(QStringLiteral("report.pdf"));
    QByteArray out, err;
    // Nothing is marked: the verdicts are in the ownership appendix.
    REQUIRE(
        runCli({QStringLiteral("report"), tc.path(), QStringLiteral("-o"), pdf, QStringLiteral("--ownership-appendix")},
               &out, &err) == 0);
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK_FALSE(text.contains(QStringLiteral("blocked under the OFAC 50% rule")));
    CHECK_FALSE(text.contains(QStringLiteral("is blocked")));
    CHECK(text.contains(QStringLiteral("OFAC 50% rule counts no list in this case.")));
    CHECK(text.contains(QStringLiteral("EU ownership and control, counting: EU; UN SC.")));
    CHECK(text.contains(QStringLiteral("kz-un is owned under the UK test (OFSI): un-p holds 60%")));
}
