#include "DemoCaseFacts.h"
#include "DemoTestSupport.h"

#include "models/demo/DemoBackground.h"
#include "models/demo/DemoIdentifiers.h"
#include "models/storage/CaseDigest.h"
#include "models/storage/IntegrityCheck.h"
#include "models/storage/Schema.h"
#include "models/storage/Sqlite.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

QByteArray digestOf(TempCase &tc)
{
    auto digest = caseContentDigest(tc.caseFile().handle());
    REQUIRE(digest.ok());
    return digest.value();
}

} // namespace

TEST_CASE("the same seed gives byte-identical case contents, another seed another case")
{
    for (const char *scenario : {"mixed", "shadow-50"}) {
        INFO(scenario);
        TempCase a, b, c;
        const auto countsA = generateDemo(a, QLatin1String(scenario), 42);
        const auto countsB = generateDemo(b, QLatin1String(scenario), 42);
        generateDemo(c, QLatin1String(scenario), 43);
        CHECK(countsA.shipments == countsB.shipments);
        CHECK(countsA.entities == countsB.entities);
        CHECK(digestOf(a) == digestOf(b));
        CHECK(digestOf(a) != digestOf(c));
    }
}

TEST_CASE("the content digest sees a changed fact but not the import time")
{
    TempCase a, b;
    generateDemo(a, QStringLiteral("duplicates"), 5);
    generateDemo(b, QStringLiteral("duplicates"), 5);
    REQUIRE(sqliteExec(b.caseFile().handle(), QStringLiteral("UPDATE sources SET imported_at = '1999-01-01T00:00:00Z'"))
                .ok());
    CHECK(digestOf(a) == digestOf(b));
    REQUIRE(
        sqliteExec(b.caseFile().handle(), QStringLiteral("UPDATE shipments SET quantity = quantity + 1 WHERE id = 7"))
            .ok());
    CHECK(digestOf(a) != digestOf(b));
}

TEST_CASE("every scenario builds a sound case with planted items and decoys of its patterns")
{
    for (const demo::ScenarioInfo &info : demo::ScenarioGenerator::scenarios()) {
        INFO(info.name.toStdString());
        TempCase tc;
        const auto counts = generateDemo(tc, info.name, 1);
        CHECK(counts.shipments >= 3000);
        CHECK(counts.shipments <= 4500);
        CHECK(counts.companies >= 300);
        CHECK(counts.companies <= 500);
        NullProgress progress;
        const IntegrityReport report = checkCaseIntegrity(tc.caseFile().handle(), progress);
        INFO(report.problems.join(QStringLiteral("; ")).toStdString());
        CHECK(report.ok());
        CHECK(tc.caseFile().schemaVersion() == schema::kCurrentVersion);
        CHECK(tc.caseFile().setting(QStringLiteral("demo.scenario")) == info.name);

        const auto key = answerKey(tc);
        CHECK(static_cast<qint64>(key.size()) == counts.answerItems);
        QSet<QString> patterns, codes;
        int planted = 0, decoys = 0;
        for (const demo::AnswerItem &item : key) {
            patterns.insert(item.pattern);
            codes.insert(item.code);
            (item.isDecoy ? decoys : planted)++;
            CHECK(item.isDecoy == !item.breaks.isEmpty());
            CHECK_FALSE(item.explanation.isEmpty());
            CHECK(item.explanation.contains(item.subject)); // explanations cite ext ids
            // Every reference resolves to a record of the case.
            const char *table = item.refKind == u"shipments" ? "shipments" : "entities";
            for (const QString &ref : item.allRefs()) {
                SqliteStatement st(tc.caseFile().handle(), QStringLiteral("SELECT count(*) FROM %1 WHERE ext_id = ?")
                                                               .arg(QLatin1String(table))
                                                               .toUtf8()
                                                               .constData());
                st.bind(1, ref);
                REQUIRE(st.step());
                CHECK(st.int64(0) == 1);
            }
        }
        CHECK(codes.size() == static_cast<qsizetype>(key.size()));
        CHECK(planted > 0);
        CHECK(decoys > 0);
        CHECK(patterns == QSet<QString>(info.patterns.begin(), info.patterns.end()));
    }
}

TEST_CASE("a training case is generated only into an empty case, and bad options are refused")
{
    TempCase tc;
    NullProgress progress;
    CHECK(demo::ScenarioGenerator::generate(tc.caseFile(), {QStringLiteral("no-such"), 1, 1}, progress).error().code ==
          ErrorCode::InvalidInput);
    CHECK(demo::ScenarioGenerator::generate(tc.caseFile(), {QStringLiteral("mixed"), 1, 0}, progress).error().code ==
          ErrorCode::InvalidInput);
    CHECK(sqliteScalar(tc.caseFile().handle(), "SELECT count(*) FROM entities") == 0);
    const auto cacheBefore = sqliteScalar(tc.caseFile().handle(), "PRAGMA cache_size");
    generateDemo(tc, QStringLiteral("mixed"), 1);
    // The bulk-load settings are put back.
    CHECK(sqliteScalar(tc.caseFile().handle(), "PRAGMA foreign_keys") == 1);
    CHECK(sqliteScalar(tc.caseFile().handle(), "PRAGMA cache_size") == cacheBefore);
    CHECK(sqliteScalar(tc.caseFile().handle(), "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                               "tbl_name = 'shipments'") >= 4);
    auto again = demo::ScenarioGenerator::generate(tc.caseFile(), {QStringLiteral("mixed"), 2, 1}, progress);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("a cancelled generation writes nothing")
{
    struct CancelAtWrite final : Progress {
        void setStatus(const QString &text) override { writing = text.startsWith(u"Writing shipments"); }
        void setProgress(std::int64_t, std::int64_t) override {}
        bool isCancelled() const override { return writing; }
        bool writing = false;
    } progress;
    TempCase tc;
    auto result = demo::ScenarioGenerator::generate(tc.caseFile(), {QStringLiteral("mixed"), 1, 2}, progress);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Cancelled);
    CHECK(sqliteScalar(tc.caseFile().handle(), "SELECT count(*) FROM entities") == 0);
    CHECK(sqliteScalar(tc.caseFile().handle(), "SELECT count(*) FROM sources") == 0);
}

TEST_CASE("scale grows the case linearly")
{
    CHECK(demo::DemoBackground::shipmentsForScale(1) == 3000);
    CHECK(demo::DemoBackground::shipmentsForScale(20) > 990000);
    CHECK(demo::DemoBackground::shipmentsForScale(20) < 1010000);
    CHECK(demo::DemoBackground::companiesForScale(20) > 45000);
    CHECK(demo::DemoBackground::companiesForScale(20) < 55000);
    TempCase tc;
    const auto counts = generateDemo(tc, QStringLiteral("mixed"), 3, 2);
    CHECK(counts.shipments > 55000);
    CHECK(counts.shipments < 60000);
}

TEST_CASE("identifiers have the right shapes and check digits")
{
    TempCase tc;
    generateDemo(tc, QStringLiteral("mixed"), 11);
    const QRegularExpression vat(QStringLiteral("^(DE\\d{9}|IT\\d{11}|PL\\d{10}|FR\\d{11}|NL\\d{9}B01)$"));
    QHash<QString, int> seen;
    SqliteStatement st(tc.caseFile().handle(), "SELECT scheme, value FROM entity_identifiers");
    while (st.step()) {
        const QString scheme = st.text(0), value = st.text(1);
        INFO(scheme.toStdString() << " " << value.toStdString());
        ++seen[scheme];
        if (scheme == u"kz-bin" || scheme == u"kz-iin")
            CHECK(demo::DemoIdentifiers::validKzBin(value));
        else if (scheme == u"ru-inn")
            CHECK(demo::DemoIdentifiers::validRuInn(value));
        else if (scheme == u"ru-ogrn")
            CHECK(demo::DemoIdentifiers::validRuOgrn(value));
        else if (scheme == u"lei")
            CHECK(demo::DemoIdentifiers::validLei(value));
        else if (scheme == u"eu-vat")
            CHECK(vat.match(value).hasMatch());
    }
    for (const char *scheme : {"kz-bin", "ru-inn", "ru-ogrn", "lei", "eu-vat", "kg-inn", "ae-trn"})
        CHECK(seen.value(QLatin1String(scheme)) > 0);
    // A known valid LEI and a broken one.
    CHECK(demo::DemoIdentifiers::validLei(QStringLiteral("5493001KJTIIGC8Y1R12")));
    CHECK_FALSE(demo::DemoIdentifiers::validLei(QStringLiteral("5493001KJTIIGC8Y1R13")));
    CHECK(demo::DemoIdentifiers::validRuInn(QStringLiteral("7707083893")));
    CHECK(demo::DemoIdentifiers::validRuOgrn(QStringLiteral("1027700132195")));
}

TEST_CASE("names carry legal forms in both scripts, Kazakh letters and patronymics")
{
    QStringList names;
    for (std::uint64_t seed : {1, 2}) {
        TempCase tc;
        generateDemo(tc, QStringLiteral("mixed"), seed);
        SqliteStatement st(tc.caseFile().handle(), "SELECT name FROM entity_names");
        while (st.step())
            names << st.text(0);
    }
    const auto any = [&names](const QString &part) {
        return std::any_of(names.begin(), names.end(), [&part](const QString &n) { return n.contains(part); });
    };
    for (const char *form : {"GmbH",
                             "S.p.A.",
                             "Sp. z o.o.",
                             "SAS",
                             "B.V.",
                             "Inc.",
                             "Ltd",
                             "K.K.",
                             "FZE",
                             "Ltd. Şti.",
                             "ТОО «",
                             "ОсОО «",
                             "ООО «",
                             "АО «",
                             " LLP",
                             " LLC",
                             "TOO",
                             "Альфа Транзит",
                             "ALFA TRANZIT LLP",
                             "Alfa-Tranzit TOO"}) {
        INFO(form);
        CHECK(any(QString::fromUtf8(form)));
    }
    for (const char *letter : {"Ә", "Ғ", "Қ", "Ң", "Ө", "Ұ", "Ү", "І"}) {
        INFO(letter);
        CHECK(std::any_of(names.begin(), names.end(),
                          [letter](const QString &n) { return n.toUpper().contains(QString::fromUtf8(letter)); }));
    }
    CHECK(any(QStringLiteral("ович")));
    CHECK(any(QStringLiteral("овна")));
    CHECK((any(QStringLiteral("ұлы")) || any(QStringLiteral("қызы"))));
}

TEST_CASE("ordinary trade with a listed company stops on the day it is listed")
{
    TempCase tc;
    generateDemo(tc, QStringLiteral("mixed"), 12, 2);
    CHECK(sqliteScalar(tc.caseFile().handle(),
                       "SELECT count(*) FROM shipments s JOIN designations d ON d.entity_id IN (s.exporter_id, "
                       "s.importer_id) AND s.date >= d.listed_date") == 0);
    // ... and before it, listed importers did trade.
    CHECK(sqliteScalar(tc.caseFile().handle(),
                       "SELECT count(*) FROM shipments s JOIN designations d ON d.entity_id = s.importer_id") > 0);
}

TEST_CASE("the integrity check notices an answer key about a missing entity")
{
    TempCase tc;
    generateDemo(tc, QStringLiteral("duplicates"), 1);
    REQUIRE(sqliteExec(tc.caseFile().handle(), QStringLiteral("UPDATE answer_key SET subject = 'nobody' WHERE id = 1"))
                .ok());
    NullProgress progress;
    const IntegrityReport report = checkCaseIntegrity(tc.caseFile().handle(), progress);
    CHECK_FALSE(report.ok());
    CHECK(report.problems.join(u' ').contains(QStringLiteral("answer-key")));
}
