// What each piece of evidence beside the name weighs (issue 16): patronymics, jurisdictions, incorporation and
// birth dates, identifiers and addresses, each listed in the reasons with its weight; and the band a score falls in.
// Scored without token weights (every word weighs 1), so the figures can be worked out by hand.
#include "ResolutionTestSupport.h"
#include "models/resolution/Matcher.h"

using namespace caravan;
using caravan::test::resolution::hasReason;

namespace {

struct Party {
    EntityType type = EntityType::Company;
    QString name = {};
    QStringList aliases = {};
    QString country = {};
    QStringList dates = {};
    QList<Identifier> ids = {};
    QStringList addresses = {};
};

MatchScore score(const Party &a, const Party &b)
{
    const auto record = [](const Party &p) {
        Entity e;
        e.type = p.type;
        e.name = p.name;
        e.aliases = p.aliases;
        e.country = p.country;
        e.identifiers = p.ids;
        e.addresses = p.addresses;
        return prepareMatchRecord(e, p.dates);
    };
    return Matcher().score(record(a), record(b));
}

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const EntityType kPerson = EntityType::Person;

} // namespace

TEST_CASE("a different patronymic in another spelling counts against the alias that leaves it out",
          "[resolution][evidence]")
{
    // Гусев Борис Геннадьевич against an alias "Boris Gusev" of Гусев Борис Васильевич: the alias alone would score
    // 0.99; the two patronymics say two people.
    const Party a{kPerson, str("Гусев Борис Геннадьевич"), {}, QStringLiteral("RU")};
    const Party b{kPerson, str("Гусев Борис Васильевич"), {QStringLiteral("Boris Gusev")}, QStringLiteral("RU")};
    const MatchScore s = score(a, b);
    CHECK(s.score == Approx(0.65));
    CHECK(hasReason(s, QStringLiteral("patronymics differ: genadevic / vasilevic (-0.25)")));
    CHECK(s.score < Matcher::kDefaultThreshold);
}

TEST_CASE("the same company name in two jurisdictions with two incorporation dates is two companies",
          "[resolution][evidence]")
{
    SECTION("ООО in RU against ОсОО in KG")
    {
        const MatchScore s = score(
            {EntityType::Company, str("ООО «Вектор Плюс»"), {}, QStringLiteral("RU"), {QStringLiteral("2015-03-01")}},
            {EntityType::Company, str("ОсОО «Вектор Плюс»"), {}, QStringLiteral("KG"), {QStringLiteral("2019-07-11")}});
        CHECK(s.score == Approx(0.45));
        CHECK(hasReason(s, QStringLiteral("jurisdictions differ: RU / KG (-0.20)")));
        CHECK(hasReason(s, QStringLiteral("incorporation dates differ: 2015-03-01 / 2019-07-11 (-0.25)")));
    }
    SECTION("GmbH in DE against AG in AT")
    {
        const MatchScore s = score({EntityType::Company,
                                    QStringLiteral("Vektor Plus GmbH"),
                                    {},
                                    QStringLiteral("DE"),
                                    {QStringLiteral("2001-05-02")}},
                                   {EntityType::Company,
                                    QStringLiteral("Vektor Plus AG"),
                                    {},
                                    QStringLiteral("AT"),
                                    {QStringLiteral("2011-09-30")}});
        CHECK(s.score == Approx(0.33));
        CHECK(hasReason(s, QStringLiteral("legal forms differ: GMBH / AG (-0.12)")));
    }
}

TEST_CASE("another identifier of the same scheme weighs more than any other difference", "[resolution][evidence]")
{
    const Party a{EntityType::Company,
                  str("ООО «Вектор Плюс»"),
                  {},
                  QStringLiteral("RU"),
                  {},
                  {{QStringLiteral("ru-inn"), QStringLiteral("7701234567")}}};
    Party b = a;
    b.ids = {{QStringLiteral("ru-inn"), QStringLiteral("7709876543")}};
    const MatchScore s = score(a, b);
    CHECK(s.score == Approx(0.45));
    CHECK(hasReason(s, QStringLiteral("different ru-inn: 7701234567 / 7709876543 (-0.45)")));
}

TEST_CASE("a shared identifier, or a shared address and date, outweighs the evidence against", "[resolution][evidence]")
{
    SECTION("the same tax id despite another jurisdiction and date")
    {
        const MatchScore s = score({EntityType::Company,
                                    str("ООО «Вектор Плюс»"),
                                    {},
                                    QStringLiteral("RU"),
                                    {QStringLiteral("2015-03-01")},
                                    {{QStringLiteral("ru-inn"), QStringLiteral("7701234567")}}},
                                   {EntityType::Company,
                                    QStringLiteral("Vektor Plus LLC"),
                                    {},
                                    QStringLiteral("KG"),
                                    {QStringLiteral("2019-07-11")},
                                    {{QStringLiteral("ru-inn"), QStringLiteral("7701234567")}}});
        CHECK(s.score == Approx(1.0));
        CHECK(hasReason(s, QStringLiteral("same ru-inn 7701234567 (+0.60)")));
        CHECK(Matcher::band(s.score) == MatchBand::Likely);
    }
    SECTION("the same address and incorporation date despite another jurisdiction")
    {
        const MatchScore s = score({EntityType::Company,
                                    QStringLiteral("Alfa Trade LLP"),
                                    {},
                                    QStringLiteral("KZ"),
                                    {QStringLiteral("2020-01-10")},
                                    {},
                                    {str("г. Алматы, ул. Абая 1, оф. 5")}},
                                   {EntityType::Company,
                                    QStringLiteral("Alfa Trade LLC"),
                                    {},
                                    QStringLiteral("RU"),
                                    {QStringLiteral("2020-01-10")},
                                    {},
                                    {QStringLiteral("Almaty, Abaya street 1, office 5")}});
        CHECK(s.score == Approx(1.0));
        CHECK(hasReason(s, QStringLiteral("same address and date (+0.20)")));
    }
}

TEST_CASE("any date that agrees counts for the match, only when none does do they count against",
          "[resolution][evidence]")
{
    const Party a{kPerson,
                  QStringLiteral("POPOV, Dimitri Igorevich"),
                  {},
                  QStringLiteral("RU"),
                  {QStringLiteral("1961-02-13"), QStringLiteral("1965-02-13")}};
    Party b{kPerson, str("Попов Дмитрий Игоревич"), {}, QStringLiteral("RU"), {QStringLiteral("1965-02-13")}};
    const MatchScore agree = score(a, b);
    CHECK(hasReason(agree, QStringLiteral("same birth date 1965-02-13 (+0.05)")));
    CHECK(agree.score == Approx(1.0));
    b.dates = {QStringLiteral("1970-01-01"), QStringLiteral("1971-01-01")};
    const MatchScore differ = score(a, b);
    CHECK(
        hasReason(differ, QStringLiteral("birth dates differ: 1961-02-13;1965-02-13 / 1970-01-01;1971-01-01 (-0.30)")));
    CHECK(differ.score == Approx(0.60));
}

TEST_CASE("full namesakes without distinguishing evidence are possible, not certain", "[resolution][evidence]")
{
    // The same full name, one with a Russian tax id and one without, addresses in two cities.
    const Party a{kPerson,
                  str("Захаров Александр Вячеславович"),
                  {},
                  QStringLiteral("RU"),
                  {},
                  {{QStringLiteral("ru-inn"), QStringLiteral("772345678901")}},
                  {str("г. Москва, ул. Тверская 7")}};
    const Party b{kPerson, str("ЗАХАРОВ Александр Вячеславович"), {}, QStringLiteral("RU"), {},
                  {},      {str("г. Новосибирск, ул. Ленина 12")}};
    const MatchScore s = score(a, b);
    CHECK(s.score == Approx(0.90));
    CHECK(hasReason(s, QStringLiteral("the name alone counts at most 0.90")));
    CHECK(s.score >= Matcher::kDefaultThreshold);
    CHECK(Matcher::band(s.score) == MatchBand::Possible);
}

TEST_CASE("names in Chinese, Japanese or Korean compare character by character, against Latin by syllables",
          "[resolution]")
{
    const auto person = [](const char *name) { return Party{EntityType::Person, QString::fromUtf8(name)}; };
    // Two of three characters in common (Dice 4/6): one syllable of a given name is another name, not a typo,
    // whatever the romanisation makes of it.
    const MatchScore han = score(person("李小龙"), person("李小虎"));
    CHECK(han.score == Approx(4.0 / 6.0));
    CHECK(hasReason(han, QStringLiteral("2 of 3 characters in common")));
    // 石 and 市 both romanise to "shi": compared as characters, 3 of 4 (Dice 6/8).
    CHECK(score(person("高石早苗"), person("高市早苗")).score == Approx(0.75));
    CHECK(score(person("김민준"), person("김민수")).score == Approx(4.0 / 6.0));
    // The same characters: the name agrees in full (a name alone counts at most 0.90).
    CHECK(score(person("李小龙"), person("李 小龙")).score == Approx(0.9));
    // Against Latin, syllable by syllable: Mao Ze-dong and Mao Zedong are the same three syllables.
    const MatchScore mao = score(person("毛泽东"), person("Mao Zedong"));
    CHECK(mao.score == Approx(0.9));
    CHECK(hasReason(mao, QStringLiteral("ze dong=zedong")));
    // Khmer has no ICU transliterator: Caravan's table romanises it.
    CHECK(score(person("ប៉ុល ពត"), person("Pol Pot")).score == Approx(0.9));
}
