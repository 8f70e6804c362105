// Which designation lists each ownership rule counts: the classifier on the names real extracts carry, and the
// case setting that maps lists to rules (stored, audited).
#include "../../support/CaseBuilder.h"
#include "../../support/TempCase.h"

#include "models/analysis/ListRules.h"
#include "models/storage/Sqlite.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

ListAuthority classOf(const QString &list, const QString &program = {})
{
    return classifyList(list, program).authority;
}

} // namespace

TEST_CASE("every authority of the FtM ZALA Aero cluster is classified, and only OFAC SDN feeds the OFAC 50% rule")
{
    QFile f(sharedData(QStringLiteral("entities/ftm/zala_aero_cluster.ftm.jsonl")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    // authority -> the first program the cluster gives it (the FtM reader stores authority as the list and the
    // programs joined as the program).
    QMap<QString, QString> authorities;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("schema")).toString() != u"Sanction")
            continue;
        const QJsonObject p = o.value(QStringLiteral("properties")).toObject();
        const QString authority = p.value(QStringLiteral("authority")).toArray().first().toString();
        QStringList programs;
        for (const QJsonValue &v : p.value(QStringLiteral("program")).toArray())
            programs << v.toString();
        if (!authorities.contains(authority))
            authorities.insert(authority, programs.join(QStringLiteral("; ")));
    }
    const QMap<QString, ListAuthority> expected{
        {QStringLiteral("Council of the European Union"), ListAuthority::Eu},
        {QStringLiteral("Department of Foreign Affairs and Trade"), ListAuthority::OtherCountry},
        {QStringLiteral("Direction Générale du Trésor"), ListAuthority::EuMemberState},
        {QString::fromUtf8("Directorate\u2011General for Financial Stability, Financial Services and Capital "
                           "Markets Union"),
         ListAuthority::Eu},
        {QStringLiteral("Entity List (EL) - Bureau of Industry and Security"), ListAuthority::UsExportControl},
        {QStringLiteral("Federal Public Service Finance"), ListAuthority::EuMemberState},
        {QStringLiteral("Foreign, Commonwealth & Development Office"), ListAuthority::Uk},
        {QStringLiteral("Global Affairs Canada"), ListAuthority::OtherCountry},
        {QStringLiteral("La Principauté de Monaco"), ListAuthority::OtherCountry},
        {QStringLiteral("Ministry of Economy, Trade and Industry"), ListAuthority::OtherCountry},
        {QStringLiteral("Ministry of Finance"), ListAuthority::OtherCountry},
        {QStringLiteral("Ministry of Foreign Affairs and Trade"), ListAuthority::OtherCountry},
        {QStringLiteral("National Security and Defense Council"), ListAuthority::OtherCountry},
        {QStringLiteral("OFAC"), ListAuthority::OfacSdn},
        {QStringLiteral("Office of Foreign Assets Control"), ListAuthority::OfacSdn},
        {QStringLiteral("State Secretariat for Economic Affairs"), ListAuthority::OtherCountry},
        {QStringLiteral("The Insolvency Service"), ListAuthority::UkNotSanction},
        {QStringLiteral("ГУР МО України"), ListAuthority::OtherCountry},
        {QStringLiteral("Служба безпеки України"), ListAuthority::OtherCountry},
    };
    CHECK(authorities.size() == 19);
    CHECK(authorities.keys() == expected.keys());
    for (auto it = authorities.constBegin(); it != authorities.constEnd(); ++it) {
        INFO(it.key().toStdString() << " / " << it.value().toStdString());
        const ListClass c = classifyList(it.key(), it.value());
        CHECK(authorityKey(c.authority) == authorityKey(expected.value(it.key(), ListAuthority::Unknown)));
        const std::uint8_t rules = ListRules().rulesFor(it.key(), it.value());
        CHECK(((rules & listrule::kOfac) != 0) == (c.authority == ListAuthority::OfacSdn));
    }
    // The labels say which country the "other" ones are.
    CHECK(classifyList(QStringLiteral("Ministry of Finance"), authorities.value(QStringLiteral("Ministry of Finance")))
              .label == QStringLiteral("Japan (Ministry of Finance)"));
    CHECK(classifyList(QStringLiteral("State Secretariat for Economic Affairs")).label ==
          QStringLiteral("Switzerland (SECO)"));
    CHECK(classifyList(QStringLiteral("ГУР МО України")).label == QStringLiteral("Ukraine"));
}

TEST_CASE("the names Caravan's own readers and Caravan CSV give lists are classified")
{
    // OFAC SDN reader, its non-SDN files, the UN XML reader, BIS DPL, and the CSL reader's per-list keys.
    CHECK(classOf(QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024")) == ListAuthority::OfacSdn);
    CHECK(classOf(QStringLiteral("OFAC Non-SDN"), QStringLiteral("UKRAINE-EO13662")) == ListAuthority::OfacNonSdn);
    CHECK(classOf(QStringLiteral("UN SC")) == ListAuthority::Un);
    CHECK(classOf(QStringLiteral("US DPL")) == ListAuthority::UsExportControl);
    CHECK(ListRules::keyOf(QStringLiteral("US CSL"), QStringLiteral("SDN RUSSIA-EO14024")) ==
          QStringLiteral("US CSL SDN"));
    CHECK(ListRules::keyOf(QStringLiteral("US CSL"), QStringLiteral("EL")) == QStringLiteral("US CSL EL"));
    CHECK(classOf(QStringLiteral("US CSL SDN")) == ListAuthority::OfacSdn);
    CHECK(classOf(QStringLiteral("US CSL SSI")) == ListAuthority::OfacNonSdn);
    CHECK(classOf(QStringLiteral("US CSL CAP")) == ListAuthority::OfacNonSdn);
    CHECK(classOf(QStringLiteral("US CSL MBS")) == ListAuthority::OfacNonSdn);
    CHECK(classOf(QStringLiteral("US CSL EL")) == ListAuthority::UsExportControl);
    CHECK(classOf(QStringLiteral("US CSL DPL")) == ListAuthority::UsExportControl);
    CHECK(classOf(QStringLiteral("US CSL ISN")) == ListAuthority::UsOther);
    // OFAC's other lists under an OFAC name stay non-blocking.
    CHECK(classOf(QStringLiteral("OFAC SSI")) == ListAuthority::OfacNonSdn);
    CHECK(classOf(QStringLiteral("OFAC NS-MBS List")) == ListAuthority::OfacNonSdn);
    CHECK(classOf(QStringLiteral("OFAC CAPTA")) == ListAuthority::OfacNonSdn);
    CHECK(classOf(QStringLiteral("Office of Foreign Assets Control"), QStringLiteral("SSI")) ==
          ListAuthority::OfacNonSdn);
    // Free text in a Caravan CSV `list` column.
    CHECK(classOf(QStringLiteral("EU")) == ListAuthority::Eu);
    CHECK(classOf(QStringLiteral("UK")) == ListAuthority::Uk);
    CHECK(classOf(QStringLiteral("UN")) == ListAuthority::Un);
    CHECK(classOf(QStringLiteral("SDN")) == ListAuthority::OfacSdn);
    CHECK(classOf(QStringLiteral("HM Treasury")) == ListAuthority::Uk);
    CHECK(classOf(QStringLiteral("OFSI")) == ListAuthority::Uk);
    CHECK(classOf(QStringLiteral("TEST")) == ListAuthority::Unknown);
    CHECK(classOf(QStringLiteral("Mississippi register")) == ListAuthority::Unknown);
    // Defaults: OFAC SDN -> OFAC only; EU -> EU; UK -> UK; UN -> EU and UK; the rest -> nothing.
    const ListRules rules;
    CHECK(rules.rulesFor(QStringLiteral("OFAC SDN"), {}) == listrule::kOfac);
    CHECK(rules.rulesFor(QStringLiteral("EU"), {}) == listrule::kEu);
    CHECK(rules.rulesFor(QStringLiteral("UK"), {}) == listrule::kUk);
    CHECK(rules.rulesFor(QStringLiteral("UN SC"), {}) == (listrule::kEu | listrule::kUk));
    CHECK(rules.rulesFor(QStringLiteral("US DPL"), {}) == listrule::kNone);
    CHECK(rules.rulesFor(QStringLiteral("The Insolvency Service"), {}) == listrule::kNone);
    CHECK(rules.rulesFor(QStringLiteral("TEST"), {}) == listrule::kNone);
}

TEST_CASE("the list setting is stored in the case as JSON, read back, and every change is audited")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 p = b.person(QStringLiteral("p1"), QStringLiteral("Ivanov Ivan"));
        const qint64 q = b.person(QStringLiteral("p2"), QStringLiteral("Petrov Petr"));
        b.designate(p, QStringLiteral("EU"), QStringLiteral("RUS"));
        b.designate(q, QStringLiteral("Regional list"), QStringLiteral("X"));
        b.designate(q, QStringLiteral("US CSL"), QStringLiteral("EL"));
    }
    sqlite3 *db = tc.caseFile().handle();
    auto loaded = ListRules::load(db);
    REQUIRE(loaded.ok());
    CHECK(loaded->overrides().isEmpty());
    auto lists = loaded->caseLists(db);
    REQUIRE(lists.ok());
    REQUIRE(lists->size() == 3);
    CHECK(lists->at(0).key == QStringLiteral("EU"));
    CHECK(lists->at(0).rules == listrule::kEu);
    CHECK(lists->at(1).key == QStringLiteral("Regional list"));
    CHECK(lists->at(1).cls.authority == ListAuthority::Unknown);
    CHECK(lists->at(1).rules == listrule::kNone);
    CHECK(lists->at(2).key == QStringLiteral("US CSL EL"));
    CHECK(lists->at(2).designations == 1);

    ListRules changed = *loaded;
    changed.set(QStringLiteral("Regional list"), listrule::kOfac | listrule::kUk);
    REQUIRE(changed.store(tc.caseFile(), *loaded).ok());
    CHECK(tc.caseFile().setting(QStringLiteral("ownership.list_rules")) ==
          QStringLiteral(R"({"Regional list":["ofac","uk"]})"));
    auto again = ListRules::load(db);
    REQUIRE(again.ok());
    CHECK(*again == changed);
    CHECK(again->rulesFor(QStringLiteral("Regional list"), QStringLiteral("X")) == (listrule::kOfac | listrule::kUk));
    SqliteStatement audit(db, "SELECT action, detail FROM audit_log WHERE action = 'list_rules.change'");
    REQUIRE(audit.step());
    CHECK(audit.text(1) == QStringLiteral("Regional list: default (none) -> ofac,uk"));

    CHECK_FALSE(ListRules::fromJson(QStringLiteral(R"({"EU":["ofac","blocked"]})")).ok());
    CHECK_FALSE(ListRules::parseRules(QStringLiteral("ofac,eu,us")).ok());
    CHECK(ListRules::parseRules(QStringLiteral("none")).value() == listrule::kNone);
}
