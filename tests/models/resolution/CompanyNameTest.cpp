// Company names written differently (issue 16, name handling): the legal form in another language, script or
// romanisation, cut short at the end of a list's field or glued to the name, a place naming a branch, an acronym
// that leaves out the linking words; and the near namesakes that must stay apart (another kind of legal form,
// another number of a series, another place). Scored without token weights (every word weighs 1), so the figures can
// be worked out by hand: a name alone reaches at most 0.90, "possible, check".
#include "ResolutionTestSupport.h"
#include "models/resolution/LegalForms.h"
#include "models/resolution/Matcher.h"
#include "models/resolution/Normaliser.h"

using namespace caravan;
using caravan::test::resolution::hasReason;

namespace {

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

MatchScore score(const char *a, const char *b, EntityType type = EntityType::Company)
{
    const auto record = [type](const char *name) {
        Entity e;
        e.type = type;
        e.name = str(name);
        return prepareMatchRecord(e);
    };
    return Matcher().score(record(a), record(b));
}

QString form(const char *name)
{
    return normaliser::name(str(name)).legalForm;
}

} // namespace

TEST_CASE("legal forms in other languages, scripts and romanisations are recognised", "[resolution][companynames]")
{
    // Russian forms romanised other ways than ICU's (Aktsionernoye, Obshestvo, ogranichennoi, otvetstvennostiu).
    CHECK(form("Aktsionernoye obshchestvo Vostok Invest") == QStringLiteral("JSC"));
    CHECK(form("Obshestvo s ogranichennoi otvetstvennostiu Vostok Invest") == QStringLiteral("LLC"));
    CHECK(form("Vostok Invest Joint-Stock Co.") == QStringLiteral("JSC"));
    // Cut short at the end of a fixed-width field, not in the middle of a name.
    CHECK(form("VOSTOK INVEST JOINT STOCK COMPAN") == QStringLiteral("JSC"));
    CHECK(form("Vostok Invest Corporatio") == QStringLiteral("CORP"));
    CHECK(form("Vostok Corpo Invest").isEmpty());
    // Turkish, Central European, Baltic, Caucasian, Arabic, Chinese, Japanese and Korean forms.
    CHECK(form("Vostok Invest Ltd. Şti.") == QStringLiteral("LTD"));
    CHECK(form("Vostok Invest A.Ş.") == QStringLiteral("AS"));
    CHECK(form("Vostok Invest s.r.o.") == QStringLiteral("SRO"));
    CHECK(form("Vostok Invest Kft.") == QStringLiteral("KFT"));
    CHECK(form("Vostok Invest OÜ") == QStringLiteral("OU"));
    CHECK(form("Vostok Invest Pty Ltd") == QStringLiteral("LTD"));
    CHECK(form("Vostok Invest Gesellschaft mbH") == QStringLiteral("GMBH"));
    CHECK(form("«Восток Инвест» ՍՊԸ") == QStringLiteral("LLC"));
    CHECK(form("შპს ვოსტოკ ინვესტი") == QStringLiteral("LLC"));
    CHECK(form("شركة فوستوك") == QStringLiteral("CO"));
    CHECK(form("天津罗马什卡有限公司") == QStringLiteral("LTD"));
    CHECK(form("天津Romashka有限公司") == QStringLiteral("LTD"));
    CHECK(form("ロマシカ株式会社") == QStringLiteral("KK"));
    CHECK(form("주식회사 로마시카") == QStringLiteral("JSC"));
    // Their kinds: a Turkish limited company is as limited as a Ltd; an s.r.o. is not a joint stock company.
    CHECK(legalforms::family(QStringLiteral("SRO")) == QStringLiteral("limited"));
    CHECK(legalforms::family(QStringLiteral("KK")) == QStringLiteral("shares"));
}

TEST_CASE("a company name written with its legal form another way is the same name", "[resolution][companynames]")
{
    // Every word agrees: 1.00, and a name alone counts at most 0.90.
    SECTION("a Russian form romanised, against it in Cyrillic")
    {
        const MatchScore s = score("Aktsionernoye obshchestvo Vostok Invest", "АО «Восток Инвест»");
        CHECK(s.score == Approx(0.90));
        CHECK(Matcher::band(s.score) == MatchBand::Possible);
        CHECK(hasReason(s, QStringLiteral("same legal form JSC")));
    }
    SECTION("the form cut short at the end of a list's field")
    {
        const MatchScore s = score("VOSTOK INVEST JOINT STOCK COMPAN", "Vostok Invest JSC");
        CHECK(s.score == Approx(0.90));
        CHECK(hasReason(s, QStringLiteral("same legal form JSC")));
    }
    SECTION("the form glued to the last word")
    {
        const MatchScore s = score("Vostok Invest AG", "VostokInvestAG");
        CHECK(s.score == Approx(0.90));
        CHECK(hasReason(
            s,
            QStringLiteral("name 0.97: \"Vostok Invest AG\" ~ \"VostokInvestAG\" (vostok invest AG=vostokinvestag)")));
    }
    SECTION("traditional and simplified Chinese, with two forms of the same kind")
    {
        const MatchScore s = score("天津羅馬什卡股份有限公司", "天津罗马什卡有限公司");
        CHECK(s.score == Approx(0.90));
        CHECK(hasReason(s, QStringLiteral("6 of 6 characters in common")));
        CHECK(hasReason(s, QStringLiteral("legal forms compatible: JSC / LTD")));
    }
    SECTION("a place on one side only: a branch of that name")
    {
        // vostok and invest agree (2 + 2); Kazakhstan left over weighs 0.3 of a word, as an extra word 0.8 of that:
        // 4 / (4 + 0.24) = 0.943, and the name alone counts 0.90.
        const MatchScore s = score("Vostok Invest (Kazakhstan) LLP", "Vostok Invest LLP");
        CHECK(s.score == Approx(0.90));
    }
    SECTION("an acronym that leaves out the linking words")
    {
        // BIS against four words (for has no letter): 0.9 * (1 + 4) / (1 + 4).
        const MatchScore s = score("BIS", "Bank for International Settlements", EntityType::Organization);
        CHECK(s.score == Approx(0.90));
    }
}

TEST_CASE("near namesakes of a company stay apart", "[resolution][companynames]")
{
    SECTION("another kind of legal form")
    {
        const MatchScore s = score("Vostok Invest LLC", "Vostok Invest JSC");
        CHECK(s.score == Approx(0.78));
        CHECK(s.score < Matcher::kDefaultThreshold);
        CHECK(hasReason(s, QStringLiteral("legal forms differ: LLC / JSC (-0.12)")));
        // ...while a form of the same kind, or one that says only "limited", agrees.
        CHECK(score("Vostok Invest LLC", "Vostok Invest Limited").score == Approx(0.90));
        CHECK(score("ООО «Восток Инвест»", "ОсОО «Восток Инвест»").score == Approx(0.90));
    }
    SECTION("another number of a series")
    {
        // vostok and invest agree (2 + 2); the 2 only one side has counts as a different word in the same place:
        // 4 / (4 + 2 * 1.5) = 0.571.
        const MatchScore s = score("Vostok Invest-2 LLC", "Vostok Invest LLC");
        CHECK(s.score == Approx(4.0 / 7.0));
        // Joined, these names would agree but for the number.
        CHECK(score("Vostok Invest II LLC", "Vostok Invest LLC").score == Approx(4.0 / 7.0));
        // The same number on both sides agrees.
        CHECK(score("Vostok Invest-2 LLC", "Vostok Invest 2 LLC").score == Approx(0.90));
    }
    SECTION("another place")
    {
        // Kazakhstan and Uzbekistan are two different words: 4 / (4 + 1.5 * 2) = 0.571.
        const MatchScore s = score("Vostok Invest Kazakhstan LLP", "Vostok Invest Uzbekistan LLP");
        CHECK(s.score == Approx(4.0 / 7.0));
    }
    SECTION("the same letters with another kind of form")
    {
        // Joined, the names agree (0.97); an AG is not a GmbH.
        const MatchScore s = score("Vostok Invest AG", "VostokInvest GmbH");
        CHECK(s.score == Approx(0.78));
        CHECK(hasReason(s, QStringLiteral("legal forms differ: AG / GMBH (-0.12)")));
    }
}
