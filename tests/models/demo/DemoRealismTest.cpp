// The demo looks like a market and reads like real extracts: values and unit prices a customs analyst would
// believe, and the messiness of real files (unit spellings, converted units, missing quantities and
// countries, national tariff codes, two languages), while a clean case keeps one spelling of everything.
#include "DemoCaseFacts.h"
#include "DemoTestSupport.h"

#include "models/storage/Sqlite.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace caravan;
using namespace caravan::test;

namespace {

double usd(const DemoCaseFacts::Shipment &s)
{
    return s.currency == u"EUR" ? s.value / 0.92 : s.value;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

bool cyrillic(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x400 && c.unicode() < 0x500; });
}

} // namespace

TEST_CASE("demo shipments are valued like a market: no absurd shipment, unit values per HS-6 within a band")
{
    for (const auto &[seed, scale] : {std::pair{std::uint64_t(1), 2}, std::pair{std::uint64_t(7), 1}}) {
        INFO("seed " << seed << " scale " << scale);
        TempCase tc;
        generateDemo(tc, QStringLiteral("mixed"), seed, scale);
        const DemoCaseFacts f = DemoCaseFacts::load(tc.caseFile().handle());
        QHash<QString, std::vector<double>> unitValues;
        double total = 0;
        for (const auto &s : f.shipmentList) {
            INFO(s.extId.toStdString() << " HS " << s.hs6.toStdString() << " " << s.quantity << " "
                                       << s.unit.toStdString() << " " << s.value);
            // The old generator's mixed demo held 209,440 reticle machines worth 50 billion USD.
            CHECK(usd(s) <= 25e6);
            CHECK(s.value > 0);
            CHECK(s.weightKg > 0);
            total += usd(s);
            const double q = s.canonical();
            if (std::isnan(q))
                continue;
            CHECK(q > 0);
            // Machine tools and chip-making equipment travel a few at a time.
            if (s.hs6.startsWith(u"8457") || s.hs6.startsWith(u"8458") || s.hs6.startsWith(u"8459") ||
                s.hs6.startsWith(u"8486"))
                CHECK(q <= 5);
            unitValues[s.hs6].push_back(usd(s) / q);
        }
        // Declarations of tens of thousands of dollars on average, not billions.
        CHECK(total / static_cast<double>(f.shipmentList.size()) < 250000);
        int bands = 0;
        for (auto it = unitValues.begin(); it != unitValues.end(); ++it) {
            if (it->size() < 5)
                continue;
            INFO("HS " << it.key().toStdString() << ", " << it->size() << " shipments");
            const double mid = median(*it);
            CHECK(*std::max_element(it->begin(), it->end()) / mid < 20);
            CHECK(mid / *std::min_element(it->begin(), it->end()) < 20);
            ++bands;
        }
        CHECK(bands >= 60);
    }
}

TEST_CASE("a messy case reads like real extracts, deterministically, a clean one keeps one spelling")
{
    TempCase messy;
    generateDemo(messy, QStringLiteral("mixed"), 3);
    const DemoCaseFacts f = DemoCaseFacts::load(messy.caseFile().handle());
    CHECK(messy.caseFile().setting(QStringLiteral("demo.realism")) == u"messy");

    QHash<QString, std::pair<QString, QString>> wording; // ext id -> hs_code, description
    {
        SqliteStatement st(messy.caseFile().handle(), "SELECT ext_id, hs_code, description FROM shipments");
        while (st.step())
            wording.insert(st.text(0), {st.text(1), st.text(2)});
    }
    QSet<QString> units;
    int noQuantity = 0, thousands = 0, dotted = 0, spaced = 0, russian = 0, english = 0, bilingual = 0;
    const QRegularExpression code(QStringLiteral("^[0-9][0-9 .]+[0-9]$"));
    for (const auto &s : f.shipmentList) {
        INFO(s.extId.toStdString());
        units.insert(s.unit);
        if (std::isnan(s.quantity)) {
            ++noQuantity;
            CHECK(s.unit.isEmpty());
            CHECK(s.weightKg > 0); // the net weight is always there
        } else {
            CHECK_FALSE(std::isnan(s.canonical())); // every spelling is one an extract really uses
        }
        thousands += s.unit == u"тыс. шт" || s.unit == u"798" || s.unit == u"1000 pcs" || s.unit == u"1000 шт";
        // Every shipment names where it came from, where it was dispatched and where it went.
        CHECK(s.origin.size() == 2);
        CHECK(s.dispatch.size() == 2);
        CHECK(s.destination.size() == 2);
        // Code of the declaring country: 8, 10 or 12 digits whose first six are the HS-6 code.
        const auto &[hs, description] = wording.value(s.extId);
        CHECK(code.match(hs).hasMatch());
        QString digits = hs;
        digits.remove(u'.').remove(u' ');
        CHECK((digits.size() == 8 || digits.size() == 10 || digits.size() == 12));
        CHECK(digits.left(6) == (s.hs6 == u"880330" ? QStringLiteral("880330") : s.hs6));
        dotted += hs.contains(u'.');
        spaced += hs.contains(u' ');
        const bool ru = cyrillic(description);
        bilingual += ru && description.contains(QStringLiteral(" / "));
        (ru ? russian : english)++;
    }
    const double n = static_cast<double>(f.shipmentList.size());
    for (const char *spelling : {"kg",  "KG",  "кг",     "KGM", "166",    "pcs", "PCS", "шт", "шт.",     "PCE",
                                 "H87", "796", "pieces", "set", "компл.", "839", "t",   "т",  "тыс. шт", "798"}) {
        INFO(spelling);
        CHECK(units.contains(QString::fromUtf8(spelling)));
    }
    CHECK(noQuantity > 0.03 * n);
    CHECK(noQuantity < 0.12 * n);
    CHECK(dotted > 0.05 * n);
    CHECK(spaced > 0.05 * n);
    CHECK(russian > 0.3 * n);
    CHECK(english > 0.2 * n);
    CHECK(bilingual > 0.03 * n);
    CHECK(thousands > 0.005 * n);

    // About a third of the Russian and Belarusian traders carry no country; their imports name it.
    int traders = 0, hidden = 0;
    QSet<qint64> importers;
    for (const auto &s : f.shipmentList)
        importers.insert(s.importer);
    for (qint64 id : importers) {
        const auto &e = f.entities[id];
        if (!e.extId.startsWith(u"ru-") && !e.extId.startsWith(u"by-"))
            continue;
        ++traders;
        if (e.country.isEmpty()) {
            ++hidden;
            CHECK((f.receivesIn.value(id) == u"RU" || f.receivesIn.value(id) == u"BY"));
        }
    }
    CHECK(hidden > 0.2 * traders);
    CHECK(hidden < 0.45 * traders);

    // The legs of one planted chain are spelled differently at least somewhere.
    bool legsDiffer = false;
    for (const auto &item : answerKey(messy)) {
        if (item.pattern != u"T3" || item.isDecoy)
            continue;
        const auto hops = item.hops();
        legsDiffer |= f.shipments.value(hops.front().front()).unit != f.shipments.value(hops.back().front()).unit;
    }
    CHECK(legsDiffer);

    // Clean: one spelling of each unit, every quantity and country given, the same facts.
    TempCase clean;
    generateDemo(clean, QStringLiteral("mixed"), 3, 1, demo::Realism::Clean);
    const DemoCaseFacts c = DemoCaseFacts::load(clean.caseFile().handle());
    CHECK(clean.caseFile().setting(QStringLiteral("demo.realism")) == u"clean");
    REQUIRE(c.shipmentList.size() == f.shipmentList.size());
    for (std::size_t i = 0; i < c.shipmentList.size(); ++i) {
        const auto &a = c.shipmentList[i], &b = f.shipmentList[i];
        INFO(a.extId.toStdString());
        CHECK(QSet<QString>{"kg", "t", "l", "pcs", "set", "pair", "m2", "m3"}.contains(a.unit));
        CHECK_FALSE(std::isnan(a.quantity));
        CHECK(a.extId == b.extId);
        CHECK(a.value == b.value);
        CHECK(a.weightKg == b.weightKg);
        if (!std::isnan(b.canonical()))
            CHECK(std::abs(b.canonical() - a.canonical()) < 1e-6 * a.canonical());
    }
    CHECK(sqliteScalar(clean.caseFile().handle(), "SELECT count(*) FROM entities WHERE country IS NULL") == 0);
}
