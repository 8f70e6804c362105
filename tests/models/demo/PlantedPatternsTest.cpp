// The planted answers hold in the data, checked by direct computation on the stored rows; every decoy
// breaks exactly the rule it is meant to break, and the background contains no pattern by accident.
#include "DemoCaseFacts.h"
#include "DemoTestSupport.h"

#include "models/demo/DemoGoods.h"
#include "models/graph/CompactDigraph.h"
#include "models/storage/Sqlite.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <set>

using namespace caravan;
using namespace caravan::test;

namespace {

const QSet<QString> kSuppliers{"DE", "IT", "PL", "FR", "NL", "US", "GB", "JP"};
const QSet<QString> kTransit{"KZ", "KG", "AM", "GE", "AE", "TR"};
const QSet<QString> kDestinations{"RU", "BY"};
const QDate kInvasion(2022, 2, 24);

// The T3 rules a chain breaks: window, hs, quantity, destination, goods (countries of origin and of
// the intermediaries are required to hold for every planted item).
QSet<QString> brokenT3Rules(const DemoCaseFacts &f, const demo::AnswerItem &item)
{
    std::vector<std::vector<DemoCaseFacts::Shipment>> hops;
    for (const QStringList &ids : item.hops()) {
        std::vector<DemoCaseFacts::Shipment> hop;
        for (const QString &id : ids) {
            REQUIRE(f.shipments.contains(id));
            hop.push_back(f.shipments.value(id));
        }
        REQUIRE_FALSE(hop.empty());
        hops.push_back(hop);
    }
    REQUIRE(hops.size() >= 2);
    QSet<QString> broken;
    const QString hs = hops.front().front().hs6;
    REQUIRE(kSuppliers.contains(f.entities[hops.front().front().exporter].country));
    for (std::size_t k = 1; k < hops.size(); ++k) {
        // Quantities in one unit where every declaration of both hops gives one, else net weights.
        bool counted = true;
        for (std::size_t h : {k - 1, k})
            for (const auto &s : hops[h])
                counted = counted && !std::isnan(s.canonical());
        const auto measure = [counted](const DemoCaseFacts::Shipment &s) {
            return counted ? s.canonical() : s.weightKg;
        };
        double before = 0, after = 0;
        QDate latestIn;
        for (const auto &in : hops[k - 1]) {
            before += measure(in);
            latestIn = std::max(latestIn, in.date);
            REQUIRE(kTransit.contains(f.countryOf(in.importer)));
            for (const auto &out : hops[k])
                REQUIRE(out.exporter == in.importer); // the goods move on from the same company
        }
        for (const auto &out : hops[k]) {
            after += measure(out);
            const qint64 days = latestIn.daysTo(out.date);
            if (days <= 0 || days > 90)
                broken.insert(QStringLiteral("window"));
        }
        // The weights of different goods say nothing about their quantities.
        bool sameGoods = true;
        for (const auto &out : hops[k])
            sameGoods = sameGoods && out.hs6 == hops[k - 1].front().hs6;
        if ((counted || sameGoods) && std::abs(after - before) > 0.2 * before)
            broken.insert(QStringLiteral("quantity"));
    }
    for (const auto &hop : hops)
        for (const auto &s : hop) {
            if (s.hs6 != hs)
                broken.insert(QStringLiteral("hs"));
            if (!demo::isChpl(s.hs6))
                broken.insert(QStringLiteral("goods"));
        }
    for (const auto &out : hops.back())
        if (!kDestinations.contains(f.countryOf(out.importer)))
            broken.insert(QStringLiteral("destination"));
    return broken;
}

std::vector<demo::AnswerItem> itemsOf(const std::vector<demo::AnswerItem> &key, const char *pattern)
{
    std::vector<demo::AnswerItem> out;
    for (const auto &item : key)
        if (item.pattern == QLatin1String(pattern))
            out.push_back(item);
    return out;
}

QSet<QString> subjects(const std::vector<demo::AnswerItem> &items, bool decoys)
{
    QSet<QString> out;
    for (const auto &item : items)
        if (item.isDecoy == decoys)
            out.insert(item.subject);
    return out;
}

} // namespace

TEST_CASE("planted re-export chains satisfy T3 and each decoy breaks exactly its rule, in clean and messy cases")
{
    // Messy cases are read as an investigator would: units converted, weights where a quantity is missing,
    // a party's country from the shipments it receives.
    for (const char *scenario : {"mixed", "reexport-kz", "two-hop-uae"}) {
        for (const auto &[seed, realism] :
             {std::pair{std::uint64_t(1), demo::Realism::Messy}, std::pair{std::uint64_t(2), demo::Realism::Messy},
              std::pair{std::uint64_t(3), demo::Realism::Messy}, std::pair{std::uint64_t(1), demo::Realism::Clean}}) {
            INFO(scenario << " seed " << seed << (realism == demo::Realism::Clean ? " clean" : " messy"));
            TempCase tc;
            generateDemo(tc, QLatin1String(scenario), seed, 1, realism);
            const DemoCaseFacts f = DemoCaseFacts::load(tc.caseFile().handle());
            const auto chains = itemsOf(answerKey(tc), "T3");
            REQUIRE(chains.size() >= 5);
            bool sawSplit = false, sawTwoHops = false;
            for (const auto &item : chains) {
                INFO(item.code.toStdString() << ": " << item.explanation.toStdString());
                const QSet<QString> broken = brokenT3Rules(f, item);
                if (item.isDecoy) {
                    CHECK(broken == QSet<QString>{item.breaks});
                } else {
                    CHECK(broken.isEmpty());
                    sawSplit |= item.hops().back().size() > 1;
                    sawTwoHops |= item.hops().size() == 3;
                }
            }
            CHECK((sawSplit || sawTwoHops));
            if (QLatin1String(scenario) == QLatin1String("two-hop-uae"))
                CHECK(sawTwoHops);
        }
    }
}

TEST_CASE("the background holds no re-export chain by accident")
{
    // Every company in a transit country that receives CHPL goods and sends the same HS-6 to Russia or
    // Belarus 1-90 days later (quantity aside) is a planted intermediary or a quantity decoy.
    for (std::uint64_t seed : {1, 4}) {
        INFO("seed " << seed);
        TempCase tc;
        generateDemo(tc, QStringLiteral("mixed"), seed);
        const DemoCaseFacts f = DemoCaseFacts::load(tc.caseFile().handle());
        QHash<qint64, std::vector<const DemoCaseFacts::Shipment *>> inbound;
        for (const auto &s : f.shipmentList)
            inbound[s.importer].push_back(&s);
        QSet<QString> found;
        for (const auto &out : f.shipmentList) {
            const auto &x = f.entities[out.exporter];
            if (!kTransit.contains(x.country) || !kDestinations.contains(out.destination) || !demo::isChpl(out.hs6))
                continue;
            for (const auto *in : inbound.value(out.exporter)) {
                const qint64 days = in->date.daysTo(out.date);
                if (in->hs6 == out.hs6 && days > 0 && days <= 90)
                    found.insert(x.extId);
            }
        }
        QSet<QString> expected;
        REQUIRE_FALSE(found.isEmpty());
        for (const auto &item : itemsOf(answerKey(tc), "T3"))
            if (!item.isDecoy || item.breaks == u"quantity")
                expected.insert(item.subject);
        CHECK(found == expected);
    }
}

TEST_CASE("shadow-sanctioned companies are exactly those the 50% rule blocks")
{
    for (const char *scenario : {"mixed", "shadow-50"}) {
        for (std::uint64_t seed : {1, 2}) {
            INFO(scenario << " seed " << seed);
            TempCase tc;
            generateDemo(tc, QLatin1String(scenario), seed, 2);
            const DemoCaseFacts f = DemoCaseFacts::load(tc.caseFile().handle());
            const QSet<qint64> blocked = f.blockedUnder50PercentRule();
            QSet<QString> shadow;
            for (qint64 id : blocked)
                if (!f.designated.contains(id))
                    shadow.insert(f.entities[id].extId);
            const auto items = itemsOf(answerKey(tc), "T6");
            REQUIRE(subjects(items, false).size() >= 9);
            CHECK(shadow == subjects(items, false));
            for (const QString &decoy : subjects(items, true))
                CHECK_FALSE(blocked.contains(f.byExtId.value(decoy)));
            // The 25 + 25 and 10 + 40 cases are there: blocked companies with two blocked owners.
            int aggregated = 0;
            for (const QString &ext : shadow) {
                int blockedOwners = 0;
                for (const auto &o : f.ownerships)
                    if (o.asset == f.byExtId.value(ext) && blocked.contains(o.owner) && o.share < 50)
                        ++blockedOwners;
                aggregated += blockedOwners >= 2;
            }
            CHECK(aggregated >= 2);
        }
    }
}

TEST_CASE("ownership cycles are exactly the planted ones")
{
    for (const char *scenario : {"mixed", "ownership-cycles"}) {
        INFO(scenario);
        TempCase tc;
        generateDemo(tc, QLatin1String(scenario), 9);
        const DemoCaseFacts f = DemoCaseFacts::load(tc.caseFile().handle());
        QHash<qint64, std::uint32_t> vertex;
        std::vector<qint64> entityOf;
        std::vector<graph::Edge> edges;
        const auto v = [&](qint64 id) {
            if (!vertex.contains(id)) {
                vertex.insert(id, static_cast<std::uint32_t>(entityOf.size()));
                entityOf.push_back(id);
            }
            return vertex.value(id);
        };
        for (const auto &o : f.ownerships)
            edges.push_back({v(o.owner), v(o.asset), static_cast<std::uint32_t>(edges.size())});
        const graph::CompactDigraph g(static_cast<std::uint32_t>(entityOf.size()), edges);
        std::set<std::set<QString>> found, planted;
        for (const auto &cycle : g.cycles()) {
            std::set<QString> members;
            for (std::uint32_t m : cycle)
                members.insert(f.entities[entityOf[m]].extId);
            found.insert(members);
        }
        const auto items = itemsOf(answerKey(tc), "cycle");
        for (const auto &item : items)
            if (!item.isDecoy) {
                const QStringList refs = item.allRefs();
                planted.insert(std::set<QString>(refs.begin(), refs.end()));
            }
        REQUIRE(planted.size() >= 2);
        CHECK(found == planted);
        for (const QString &decoy : subjects(items, true))
            for (const auto &members : found)
                CHECK(members.count(decoy) == 0);
    }
}

TEST_CASE(
    "new intermediaries are exactly the companies incorporated after 2022-02-24 importing CHPL goods within a year")
{
    for (const char *scenario : {"mixed", "new-intermediary"}) {
        INFO(scenario);
        TempCase tc;
        generateDemo(tc, QLatin1String(scenario), 6);
        const DemoCaseFacts f = DemoCaseFacts::load(tc.caseFile().handle());
        QHash<qint64, QDate> firstChpl, firstAny;
        for (const auto &s : f.shipmentList) {
            if (!firstAny.contains(s.importer) || s.date < firstAny[s.importer])
                firstAny[s.importer] = s.date;
            if (demo::isChpl(s.hs6) && (!firstChpl.contains(s.importer) || s.date < firstChpl[s.importer]))
                firstChpl[s.importer] = s.date;
        }
        const auto t4 = [&](qint64 id) {
            const auto &e = f.entities[id];
            return e.type == u"Company" && e.born > kInvasion && firstChpl.contains(id) &&
                   e.born.daysTo(firstChpl[id]) <= 365;
        };
        QSet<QString> found;
        for (auto it = f.entities.begin(); it != f.entities.end(); ++it)
            if (t4(it.key()))
                found.insert(it->extId);
        const auto items = itemsOf(answerKey(tc), "T4");
        REQUIRE(subjects(items, false).size() >= 2);
        REQUIRE(subjects(items, true).size() >= 3);
        CHECK(found == subjects(items, false));
        for (const auto &item : items) {
            if (!item.isDecoy)
                continue;
            INFO(item.code.toStdString());
            const qint64 id = f.byExtId.value(item.subject);
            const auto &e = f.entities[id];
            if (item.breaks == u"incorporated-before") {
                CHECK(e.born <= kInvasion);
                CHECK(e.born.daysTo(firstChpl.value(id)) <= 365);
            } else if (item.breaks == u"late-first-import") {
                CHECK(e.born > kInvasion);
                CHECK(e.born.daysTo(firstChpl.value(id)) > 365);
            } else {
                CHECK(item.breaks == u"goods");
                CHECK(e.born > kInvasion);
                CHECK_FALSE(firstChpl.contains(id));
                CHECK(e.born.daysTo(firstAny.value(id)) <= 365);
            }
        }
    }
}

TEST_CASE("front companies are exactly those sharing an address or a director with a Russian or listed entity")
{
    for (const char *scenario : {"mixed", "front-address"}) {
        INFO(scenario);
        TempCase tc;
        generateDemo(tc, QLatin1String(scenario), 8);
        const DemoCaseFacts f = DemoCaseFacts::load(tc.caseFile().handle());
        const auto russianOrListed = [&f](qint64 id) {
            return f.entities[id].type == u"Company" && (f.entities[id].country == u"RU" || f.designated.contains(id));
        };
        QHash<QString, QSet<qint64>> atAddress;
        QHash<qint64, QSet<qint64>> directs; // person -> companies
        for (auto it = f.addresses.begin(); it != f.addresses.end(); ++it)
            for (const QString &a : it.value())
                atAddress[foldAddress(a)].insert(it.key());
        for (auto it = f.directorsOf.begin(); it != f.directorsOf.end(); ++it)
            for (qint64 person : it.value())
                directs[person].insert(it.key());
        QSet<QString> found;
        for (auto it = f.entities.begin(); it != f.entities.end(); ++it) {
            const qint64 x = it.key();
            if (it->type != u"Company" || it->country == u"RU")
                continue;
            bool shared = false;
            for (const QString &a : f.addresses.value(x))
                for (qint64 other : atAddress.value(foldAddress(a)))
                    shared |= other != x && russianOrListed(other);
            for (qint64 person : f.directorsOf.value(x))
                for (qint64 other : directs.value(person))
                    shared |= other != x && russianOrListed(other);
            if (shared)
                found.insert(it->extId);
        }
        const auto items = itemsOf(answerKey(tc), "T5");
        REQUIRE(subjects(items, false).size() >= 2);
        CHECK(found == subjects(items, false));
        for (const auto &item : items)
            if (item.isDecoy && item.breaks == u"different-person") {
                // Same name, different person: another entity with another birth date.
                const QStringList refs = item.allRefs();
                const auto &twin = f.entity(refs.at(1));
                const auto &director = f.entity(refs.at(2));
                CHECK(twin.name == director.name);
                CHECK(twin.id != director.id);
                CHECK(twin.born != director.born);
            }
    }
}

TEST_CASE("duplicate entities are exactly the planted spellings of one registry number")
{
    for (const char *scenario : {"mixed", "duplicates"}) {
        INFO(scenario);
        TempCase tc;
        generateDemo(tc, QLatin1String(scenario), 4);
        const DemoCaseFacts f = DemoCaseFacts::load(tc.caseFile().handle());
        std::set<std::set<QString>> found, planted;
        for (auto it = f.holdersOfIdentifier.begin(); it != f.holdersOfIdentifier.end(); ++it) {
            if (it->size() < 2)
                continue;
            std::set<QString> group;
            for (qint64 id : it.value())
                group.insert(f.entities[id].extId);
            found.insert(group);
        }
        const auto items = itemsOf(answerKey(tc), "duplicate");
        for (const auto &item : items) {
            const QStringList refs = item.allRefs();
            if (!item.isDecoy) {
                planted.insert(std::set<QString>(refs.begin(), refs.end()));
                // Spelled differently: no two share a name.
                QSet<QString> names;
                for (const QString &ref : refs)
                    names.insert(f.entity(ref).name);
                CHECK(names.size() == refs.size());
            }
        }
        REQUIRE(planted.size() >= 2);
        CHECK(found == planted);
        CHECK(subjects(items, true).size() >= 1);
    }
}

TEST_CASE("the chain checker notices a broken planted chain")
{
    TempCase tc;
    generateDemo(tc, QStringLiteral("reexport-kz"), 1, 1, demo::Realism::Clean);
    sqlite3 *db = tc.caseFile().handle();
    demo::AnswerItem chain;
    for (const auto &item : itemsOf(answerKey(tc), "T3"))
        if (!item.isDecoy)
            chain = item;
    REQUIRE_FALSE(chain.code.isEmpty());
    REQUIRE(brokenT3Rules(DemoCaseFacts::load(db), chain).isEmpty());
    const QString onward = chain.hops().back().front();
    const auto update = [db, &onward](const char *sql) {
        SqliteStatement st(db, sql);
        st.bind(1, onward);
        REQUIRE(st.execute());
    };
    update("UPDATE shipments SET quantity = quantity * 40 WHERE ext_id = ?");
    CHECK(brokenT3Rules(DemoCaseFacts::load(db), chain) == QSet<QString>{QStringLiteral("quantity")});
    update("UPDATE shipments SET quantity = quantity / 40, date = '2026-01-01' WHERE ext_id = ?");
    CHECK(brokenT3Rules(DemoCaseFacts::load(db), chain) == QSet<QString>{QStringLiteral("window")});
}
