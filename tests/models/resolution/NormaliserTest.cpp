#include "models/resolution/Normaliser.h"
#include "models/resolution/LegalForms.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace caravan;

namespace {
QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

TEST_CASE("fold: NFKC, case folding, quotes and punctuation", "[resolution]")
{
    CHECK(normaliser::fold(str("ТОО «Альфа-Транзит»")) == str("тоо алфа транзит"));
    CHECK(normaliser::fold(str("\"ALFA  TRANZIT\", LLP.")) == str("alfa tranzit llp"));
    CHECK(normaliser::fold(str("ﬁrm Ｆｕｌｌ")) == str("firm full")); // ligature and full-width letters (NFKC)
    CHECK(normaliser::fold(str("O’Brien d'Arc")) == str("obrien darc"));
    CHECK(normaliser::fold(str("Эльдар")) == str("элдар")); // soft sign, like the apostrophe in El'dar
}

TEST_CASE("transliteration covers Russian and Kazakh letters", "[resolution]")
{
    CHECK(normaliser::toLatin(str("Захаров Александр Вячеславович")) == str("zakharov aleksandr vyacheslavovich"));
    CHECK(normaliser::toLatin(str("Щукин Жанна Цой")) == str("shchukin zhanna tsoi"));
    // Ә Ғ Қ Ң Ө Ұ Ү Һ І
    CHECK(normaliser::toLatin(str("Әлем Ғылым Қазақстан Ұлттық Өнім Үй Һ І")) ==
          str("alem ghylym qazaqstan ulttyq onim ui h i"));
    CHECK(normaliser::toLatin(str("Алматы")) == str("almaty"));
    CHECK(normaliser::toLatin(str("Холдинг")) == str("kholding")); // no "n·g" separator left behind
    CHECK(normaliser::toLatin(str("Zakharov")) == str("zakharov"));
    CHECK(normaliser::toCyrillic(str("Zakharov")) == str("захаров"));
    // Every Kazakh letter comes out as plain ASCII.
    for (QChar c : str("ӘҒҚҢӨҰҮҺІәғқңөұүһі")) {
        const QString latin = normaliser::toLatin(QString(c) + QStringLiteral("a"));
        INFO(QString(c).toStdString() << " -> " << latin.toStdString());
        CHECK(latin.size() >= 2);
        for (QChar l : latin)
            CHECK(l.unicode() < 0x80);
    }
}

TEST_CASE("skeleton: one key for the usual spellings of a name", "[resolution]")
{
    const auto same = [](const char *a, const char *b) {
        INFO(a << " / " << b);
        CHECK(normaliser::skeleton(normaliser::toLatin(str(a))) == normaliser::skeleton(normaliser::toLatin(str(b))));
    };
    same("Zakharov", "Zaharov");
    same("Aleksandr", "Alexandr");
    same("Yuliya", "Iuliia");
    same("Dmitriy", "Dmitry");
    same("Tsoy", "Tsoi");
    same("Захаров", "ZAKHAROV");
    same("Қасымов", "Kasymov");
    CHECK(normaliser::skeleton(QStringLiteral("ivanov")) != normaliser::skeleton(QStringLiteral("petrov")));
}

TEST_CASE("legal forms are recognised in both scripts and set apart", "[resolution]")
{
    const auto form = [](const char *name) { return normaliser::name(str(name)); };
    CHECK(form("ТОО «Альфа Транзит»").legalForm == QStringLiteral("LLP"));
    CHECK(form("ТОО «Альфа Транзит»").tokens == QStringList{QStringLiteral("alfa"), QStringLiteral("tranzit")});
    CHECK(form("ALFA TRANZIT LLP").legalForm == QStringLiteral("LLP"));
    CHECK(form("Alfa-Tranzit TOO").legalForm == QStringLiteral("LLP"));
    CHECK(form("Товарищество с ограниченной ответственностью \"Альфа\"").legalForm == QStringLiteral("LLP"));
    CHECK(form("ООО Ромашка").legalForm == QStringLiteral("LLC"));
    CHECK(form("OOO Romashka").legalForm == QStringLiteral("LLC"));
    CHECK(form("Romashka LLC").legalForm == QStringLiteral("LLC"));
    CHECK(form("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"ЦСТ\"").legalForm == QStringLiteral("LLC"));
    CHECK(form("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"ЦСТ\"").tokens == QStringList{QStringLiteral("tsst")});
    CHECK(form("Limited Liability Company Aeroscan").legalForm == QStringLiteral("LLC"));
    CHECK(form("ОсОО Бишкек Трейд").legalForm == QStringLiteral("LLC"));
    CHECK(form("АО Казахтелеком").legalForm == QStringLiteral("JSC"));
    CHECK(form("JOINT STOCK COMPANY CONCERN KALASHNIKOV").legalForm == QStringLiteral("JSC"));
    CHECK(form("ПАО Сбербанк").legalForm == QStringLiteral("PJSC"));
    CHECK(form("Public Joint Stock Company Sberbank").legalForm == QStringLiteral("PJSC"));
    CHECK(form("ЗАО Восток").legalForm == QStringLiteral("CJSC"));
    CHECK(form("ИП Иванов").legalForm == QStringLiteral("IP"));
    CHECK(form("Siemens GmbH").legalForm == QStringLiteral("GMBH"));
    CHECK(form("Acme Trading Ltd.").legalForm == QStringLiteral("LTD"));
    CHECK(form("Acme B.V.").legalForm == QStringLiteral("BV"));
    CHECK(form("Fincantieri S.p.A.").legalForm == QStringLiteral("SPA"));
    CHECK(form("Polmex Sp. z o.o.").legalForm == QStringLiteral("SPZOO"));
    CHECK(form("Polmex Sp. z o.o.").tokens == QStringList{QStringLiteral("polmex")});
    CHECK(form("Gulf Star FZE").legalForm == QStringLiteral("FZE"));
    CHECK(form("Gulf Star FZCO").legalForm == QStringLiteral("FZCO"));
    CHECK(form("Жауапкершілігі шектеулі серіктестігі Алтын").legalForm.isEmpty() == false);
    // A name that is only a legal form keeps it as its name.
    CHECK(form("Limited").tokens == QStringList{QStringLiteral("limited")});
    CHECK(legalforms::codes().contains(QStringLiteral("PJSC")));
}

TEST_CASE("patronymics are told apart", "[resolution]")
{
    CHECK(normaliser::isPatronymic(QStringLiteral("vyacheslavovich")));
    CHECK(normaliser::isPatronymic(QStringLiteral("aleksandrovna")));
    CHECK(normaliser::isPatronymic(normaliser::toLatin(str("Нұрсұлтанұлы"))));
    CHECK_FALSE(normaliser::isPatronymic(QStringLiteral("zakharov")));
    CHECK_FALSE(normaliser::isPatronymic(QStringLiteral("aleksandr")));
}

TEST_CASE("addresses: street and city words in one spelling", "[resolution]")
{
    const QStringList a = normaliser::addressTokens(str("г. Алматы, ул. Абая, д. 52, оф. 12"));
    const QStringList b = normaliser::addressTokens(str("Almaty city, Abaya street 52, office 12"));
    CHECK(a == QStringList{QStringLiteral("g"), QStringLiteral("almaty"), QStringLiteral("ul"), QStringLiteral("abaya"),
                           QStringLiteral("d"), QStringLiteral("52"), QStringLiteral("of"), QStringLiteral("12")});
    CHECK(QSet<QString>(a.begin(), a.end()) == QSet<QString>(b.begin(), b.end()) + QSet<QString>{QStringLiteral("d")});
    CHECK(normaliser::addressTokens(str("Алма-Ата, проспект Достык 5")).contains(QStringLiteral("almaty")));
    CHECK(normaliser::addressTokens(str("Алма-Ата, проспект Достык 5")).contains(QStringLiteral("pr")));
    CHECK(normaliser::addressTokens(str("пр. Достык")).first() == QStringLiteral("pr"));
}

TEST_CASE("Chinese, Japanese and Korean romanised a syllable a word, Khmer by Caravan's own table", "[resolution]")
{
    CHECK(normaliser::latinTokens(str("毛泽东")) == QStringList{"mao", "ze", "dong"});
    CHECK(normaliser::latinTokens(str("Ким 习近平")) == QStringList{"kim", "xi", "jin", "ping"});
    // First and second series, the series shifters ៉ and ៊, a final consonant after a vowel.
    CHECK(normaliser::latinTokens(str("ប៉ុល ពត")) == QStringList{"pol", "pot"});
    CHECK(normaliser::latinTokens(str("ហ៊ុន សែន")) == QStringList{"hun", "saen"});
    // A subscript consonant (្) joins the one before without a vowel, its series sets the vowel: ខ្មែរ, Khmer.
    CHECK(normaliser::latinTokens(str("ខ្មែរ")) == QStringList{"khmer"});
}

TEST_CASE("legal forms of Nordic, Benelux, French, Spanish, German, Malaysian and Japanese companies", "[resolution]")
{
    const auto form = [](const char *name) { return normaliser::name(str(name)).legalForm; };
    CHECK(form("Maersk Line A/S") == QStringLiteral("AS"));
    CHECK(form("Volvo Trading AB") == QStringLiteral("AS"));
    CHECK(form("Nordic Parts ApS") == QStringLiteral("APS"));
    CHECK(form("Stahl Handel GmbH & Co. KG") == QStringLiteral("KG"));
    CHECK(form("Petra Chemicals Sdn. Bhd.") == QStringLiteral("SDNBHD"));
    CHECK(form("Kyoto Seiki Kabushiki Kaisha") == QStringLiteral("KK"));
    CHECK(normaliser::name(str("Maersk Line A/S")).tokens == QStringList{"maersk", "line"});
    CHECK(legalforms::family(QStringLiteral("AS")) == QStringLiteral("shares"));
    CHECK(legalforms::family(QStringLiteral("APS")) == QStringLiteral("limited"));
    CHECK(legalforms::family(QStringLiteral("KG")) == QStringLiteral("partnership"));
}
