// The ownership rules on cases that mirror real published data: the ZALA Aero / Kalashnikov cluster
// from OpenSanctions (FtM), the official BODS 0.4 examples with indirect chains, and UK PSC share
// bands. The JSON is read here only to build small cases; importing those formats is not tested here.
#include "../../support/CaseBuilder.h"
#include "../../support/TempCase.h"
#include "OwnershipTestSupport.h"

#include "models/analysis/OwnershipAnalysis.h"
#include "models/storage/Sqlite.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

QByteArray readShared(const QString &relative)
{
    QFile f(sharedData(relative));
    INFO(relative.toStdString());
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString first(const QJsonObject &properties, const char *key)
{
    return properties.value(QLatin1String(key)).toArray().first().toString();
}

std::unique_ptr<OwnershipAnalysis> analyse(CaseFile &file, const QString &asOf, QStringList ofacLists = {},
                                           QStringList euLists = {})
{
    OwnershipOptions options;
    options.load.asOf = QDate::fromString(asOf, Qt::ISODate);
    options.load.ofacLists = std::move(ofacLists);
    options.load.euLists = std::move(euLists);
    // The tests' own "TEST" list stands for a listing every rule counts.
    ListRules rules;
    rules.set(QStringLiteral("TEST"), listrule::kAll);
    options.load.listRules = rules;
    return loadAnalysis(file, options);
}

const EffectiveShare *effectiveOwner(const OwnershipVerdict &v, const QString &owner)
{
    for (const EffectiveShare &s : v.effectiveOwners)
        if (s.owner == owner)
            return &s;
    return nullptr;
}

void designate(CaseFile &file, const QString &extId, const QString &list)
{
    const Status s =
        sqliteExec(file.handle(), QStringLiteral("INSERT INTO designations(entity_id, list) SELECT id, '%1' "
                                                 "FROM entities WHERE ext_id = '%2'")
                                      .arg(list, extId));
    REQUIRE(s.ok());
}

// ---- FtM: the ZALA Aero cluster, entities, dated stakes and sanctions as published ----

void buildZala(CaseFile &file)
{
    const QList<QByteArray> lines = readShared(QStringLiteral("entities/ftm/zala_aero_cluster.ftm.jsonl")).split('\n');
    QList<QJsonObject> objects;
    for (const QByteArray &line : lines)
        if (!line.trimmed().isEmpty())
            objects << QJsonDocument::fromJson(line).object();
    REQUIRE(objects.size() == 91);
    QHash<QString, qint64> ids;
    QList<QPair<qint64, QString>> ends;
    {
        CaseBuilder b(file);
        for (const QJsonObject &o : objects) {
            const QString schema = o.value(QStringLiteral("schema")).toString();
            const QString id = o.value(QStringLiteral("id")).toString();
            const QString name = first(o.value(QStringLiteral("properties")).toObject(), "name");
            if (schema == u"Person")
                ids[id] = b.person(id, name);
            else if (schema == u"Company" || schema == u"Organization" || schema == u"LegalEntity")
                ids[id] = b.company(id, name);
        }
        for (const QJsonObject &o : objects) {
            const QString schema = o.value(QStringLiteral("schema")).toString();
            const QJsonObject p = o.value(QStringLiteral("properties")).toObject();
            if (schema == u"Ownership" && ids.contains(first(p, "owner")) && ids.contains(first(p, "asset"))) {
                b.owns(ids[first(p, "owner")], ids[first(p, "asset")], first(p, "percentage"), first(p, "startDate"),
                       first(p, "endDate"));
            } else if (schema == u"Sanction" && ids.contains(first(p, "entity"))) {
                const QString start = first(p, "startDate").isEmpty() ? first(p, "listingDate") : first(p, "startDate");
                const qint64 row =
                    b.designate(ids[first(p, "entity")], first(p, "authority"), first(p, "program"), start);
                if (!first(p, "endDate").isEmpty())
                    ends << qMakePair(row, first(p, "endDate"));
            }
        }
    }
    for (const auto &[row, end] : ends)
        REQUIRE(sqliteExec(file.handle(),
                           QStringLiteral("UPDATE designations SET end_date = '%1' WHERE id = %2").arg(end).arg(row))
                    .ok());
}

const QString kZakharov = QStringLiteral("NK-aU5ybkbRFJucf8YMwsJvDw");
const QString kCst = QStringLiteral("NK-abdzbEBkqyT29GyREbiURZ");
const QString kCstRu = QStringLiteral("ru-inn-5920040846");
const QString kRtc = QStringLiteral("NK-ERScv7cLkkvZ3ejz7xiToj");
const QString kSps = QStringLiteral("NK-9Xa4Kg7Y7nfccE7VcZt6Q6");
const QString kAeroscan = QStringLiteral("NK-iE6m5ryPeTAMZozfECVSL7");
const QString kZalaAero = QStringLiteral("NK-cPks3aTbes8k4aCerfBAzN");
const QStringList kOfac{QStringLiteral("Office of Foreign Assets Control")};
const QStringList kEu{QStringLiteral("Council of the European Union"), QStringLiteral("Financial Stability")};

// ---- BODS 0.4: the latest statement of each record, direct interests as links ----

struct Declared {
    QString party;
    QString subject;
    double percent = 0;
};

QString bodsShare(const QJsonObject &share)
{
    if (share.isEmpty())
        return {};
    if (share.contains(QStringLiteral("exact")))
        return QString::number(share.value(QStringLiteral("exact")).toDouble());
    const double lo =
        share.value(QStringLiteral("minimum")).toDouble(share.value(QStringLiteral("exclusiveMinimum")).toDouble(0.0));
    const double hi = share.value(QStringLiteral("maximum"))
                          .toDouble(share.value(QStringLiteral("exclusiveMaximum")).toDouble(100.0));
    return QStringLiteral("%1-%2").arg(lo).arg(hi);
}

QList<Declared> buildBods(CaseFile &file, const QString &name)
{
    const QJsonArray statements =
        QJsonDocument::fromJson(readShared(QStringLiteral("entities/bods-0.4/examples/") + name)).array();
    REQUIRE_FALSE(statements.isEmpty());
    QStringList order;
    QHash<QString, QJsonObject> latest;
    for (const QJsonValue &v : statements) {
        const QString record = v.toObject().value(QStringLiteral("recordId")).toString();
        if (!latest.contains(record))
            order << record;
        latest[record] = v.toObject();
    }
    QList<Declared> declared;
    CaseBuilder b(file);
    QHash<QString, qint64> ids;
    for (const QString &record : order) {
        const QJsonObject s = latest[record];
        const QJsonObject d = s.value(QStringLiteral("recordDetails")).toObject();
        const QString type = s.value(QStringLiteral("recordType")).toString();
        if (type == u"entity")
            ids[record] = b.company(record, d.value(QStringLiteral("name")).toString());
        else if (type == u"person")
            ids[record] = b.person(record, d.value(QStringLiteral("names"))
                                               .toArray()
                                               .first()
                                               .toObject()
                                               .value(QStringLiteral("fullName"))
                                               .toString());
    }
    static const QStringList controlTypes{QStringLiteral("otherInfluenceOrControl"),
                                          QStringLiteral("appointmentOfBoard"),
                                          QStringLiteral("controlViaCompanyRulesOrArticles")};
    for (const QString &record : order) {
        const QJsonObject s = latest[record];
        const QJsonObject d = s.value(QStringLiteral("recordDetails")).toObject();
        if (s.value(QStringLiteral("recordType")).toString() != u"relationship")
            continue;
        const QString subject = d.value(QStringLiteral("subject")).toString();
        const QString party = d.value(QStringLiteral("interestedParty")).toString();
        if (!ids.contains(subject) || !ids.contains(party))
            continue;
        for (const QJsonValue &iv : d.value(QStringLiteral("interests")).toArray()) {
            const QJsonObject i = iv.toObject();
            const QString kind = i.value(QStringLiteral("type")).toString();
            const QJsonObject share = i.value(QStringLiteral("share")).toObject();
            if (i.value(QStringLiteral("directOrIndirect")).toString() == u"indirect") {
                declared << Declared{party, subject, share.value(QStringLiteral("exact")).toDouble(-1)};
            } else if (kind.isEmpty() || kind == u"shareholding") {
                b.owns(ids[party], ids[subject], bodsShare(share), i.value(QStringLiteral("startDate")).toString(),
                       i.value(QStringLiteral("endDate")).toString());
            } else if (controlTypes.contains(kind)) {
                b.link(QStringLiteral("control"), ids[party], ids[subject]);
            }
        }
    }
    return declared;
}

// ---- UK PSC: natures of control as share bands and control links ----

void dated(CaseFile &file, qint64 link, const QString &from, const QString &until)
{
    REQUIRE(sqliteExec(file.handle(), QStringLiteral("UPDATE links SET start_date = NULLIF('%1', ''), end_date = "
                                                     "NULLIF('%2', '') WHERE id = %3")
                                          .arg(from, until)
                                          .arg(link))
                .ok());
}

void buildPsc(CaseFile &file)
{
    static const QRegularExpression band(QStringLiteral(R"(^ownership-of-shares-(\d+)-to-(\d+)-percent$)"));
    static const QRegularExpression moreThan(QStringLiteral(R"(^ownership-of-shares-more-than-(\d+)-percent)"));
    CaseBuilder b(file);
    for (int n = 1; n <= 16; ++n) {
        const QJsonArray records =
            QJsonDocument::fromJson(readShared(QStringLiteral("entities/uk-psc/psc-data-%1.json").arg(n))).array();
        int index = 0;
        for (const QJsonValue &v : records) {
            const QJsonObject data = v.toObject().value(QStringLiteral("data")).toObject();
            const QString company = v.toObject().value(QStringLiteral("company_number")).toString();
            const QString name = data.value(QStringLiteral("name")).toString();
            ++index;
            if (company.isEmpty() || name.isEmpty())
                continue;
            const qint64 asset = b.company(company, company);
            const QString pscId = QStringLiteral("psc-%1-%2").arg(n).arg(index);
            const qint64 psc = data.value(QStringLiteral("kind")).toString().startsWith(u"individual")
                                   ? b.person(pscId, name)
                                   : b.company(pscId, name);
            const QString from = data.value(QStringLiteral("notified_on")).toString();
            const QString until = data.value(QStringLiteral("ceased_on")).toString();
            for (const QJsonValue &nature : data.value(QStringLiteral("natures_of_control")).toArray()) {
                const QString text = nature.toString();
                if (const auto m = band.match(text); m.hasMatch())
                    b.owns(psc, asset, m.captured(1) + u'-' + m.captured(2), from, until);
                else if (const auto more = moreThan.match(text); more.hasMatch())
                    b.owns(psc, asset, more.captured(1) + QStringLiteral("-100"), from, until);
                else if (text.startsWith(u"right-to-appoint-and-remove-directors") ||
                         text.startsWith(u"significant-influence-or-control"))
                    dated(file, b.link(QStringLiteral("control"), psc, asset), from, until);
            }
        }
    }
}

} // namespace

TEST_CASE("ZALA Aero cluster: Zakharov's dated stakes give dated verdicts")
{
    TempCase tc;
    buildZala(tc.caseFile());
    SECTION("2022-06-01: RTC (100%) and SPS (75%) are blocked through Zakharov's OFAC designation")
    {
        const auto a = analyse(tc.caseFile(), QStringLiteral("2022-06-01"), kOfac, kEu);
        const OwnershipVerdict rtc = verdictOf(*a, kRtc);
        CHECK(rtc.blocked);
        CHECK(rtc.aggregatePercent == Approx(100.0));
        REQUIRE(rtc.because.size() == 1);
        CHECK(rtc.because.first().owner == kZakharov);
        CHECK(rtc.because.first().ownerStatus == QStringLiteral("designated"));
        CHECK(rtc.explanation.last().lists.join(u' ').contains(QStringLiteral("RUSSIA-EO14024")));
        CHECK(rtc.euOwned);
        REQUIRE(effectiveOwner(rtc, kZakharov) != nullptr);
        CHECK(effectiveOwner(rtc, kZakharov)->percent == Approx(100.0));
        CHECK(verdictOf(*a, kSps).blocked);
        CHECK_FALSE(verdictOf(*a, kAeroscan).blocked);
    }
    SECTION("2023-01-01: the SPS stake ended on 2022-11-22; CST's three records of one stake count once")
    {
        const auto a = analyse(tc.caseFile(), QStringLiteral("2023-01-01"), kOfac, kEu);
        CHECK_FALSE(verdictOf(*a, kSps).blocked);
        CHECK(verdictOf(*a, kRtc).blocked);
        const OwnershipVerdict cst = verdictOf(*a, kCst);
        CHECK(cst.designated); // listed itself
        double zakharov = 0;
        for (const StakeShare &s : cst.because)
            if (s.owner == kZakharov)
                zakharov += s.percent;
        CHECK(zakharov == Approx(50.0)); // 50% in force until 2023-03-02, not 50 + 48 + 51
        CHECK(cst.aggregatePercent <= 100.0);
        CHECK(a->snapshot().stats.overlappingRecordsSetAside >= 2);
    }
    SECTION("2024: AEROSCAN for three weeks, then ZALA AERO with an unknown share")
    {
        const auto march = analyse(tc.caseFile(), QStringLiteral("2024-03-10"), kOfac, kEu);
        CHECK(verdictOf(*march, kAeroscan).blocked);
        CHECK_FALSE(verdictOf(*march, kZalaAero).needsReview);
        const auto april = analyse(tc.caseFile(), QStringLiteral("2024-04-01"), kOfac, kEu);
        CHECK_FALSE(verdictOf(*april, kAeroscan).blocked);
        const OwnershipVerdict zala = verdictOf(*april, kZalaAero);
        CHECK_FALSE(zala.blocked);
        CHECK(zala.needsReview);
        REQUIRE(zala.unknownShares.size() == 1);
        CHECK(zala.unknownShares.first().owner == kZakharov);
        const auto later = analyse(tc.caseFile(), QStringLiteral("2024-07-01"), kOfac, kEu);
        CHECK_FALSE(verdictOf(*later, kZalaAero).needsReview);
    }
    SECTION("the Russian CST: owned 100% by Zakharov from 2013-06-06 to 2019-08-02")
    {
        CHECK(verdictOf(*analyse(tc.caseFile(), QStringLiteral("2018-01-01"), kOfac, kEu), kCstRu).blocked);
        CHECK_FALSE(verdictOf(*analyse(tc.caseFile(), QStringLiteral("2019-08-02"), kOfac, kEu), kCstRu).blocked);
    }
    SECTION("no ownership cycles")
    {
        NullProgress progress;
        auto cycles = ownershipCycles(tc.caseFile().handle(), QDate(), progress);
        REQUIRE(cycles.ok());
        CHECK(cycles->isEmpty());
    }
}

TEST_CASE("BODS indirect-ownership: Person 1 holds Company A through B (60%), with an unknown direct share")
{
    TempCase tc;
    const QList<Declared> declared = buildBods(tc.caseFile(), QStringLiteral("indirect-ownership.json"));
    REQUIRE(declared.size() == 1);
    const auto a = analyse(tc.caseFile(), QStringLiteral("2018-12-17"));
    const OwnershipVerdict companyA = verdictOf(*a, declared.first().subject);
    const EffectiveShare *p = effectiveOwner(companyA, declared.first().party);
    REQUIRE(p != nullptr);
    CHECK(p->percent == Approx(0.0));
    CHECK(p->percentMax == Approx(60.0));
    CHECK(p->unknownShare);
    // The declared indirect 30% lies within the bounds the direct links allow.
    CHECK(declared.first().percent == Approx(30.0));
    CHECK(declared.first().percent <= p->percentMax);
    // If Person 1 were designated, A and B would need review (unknown share), not be blocked.
    designate(tc.caseFile(), declared.first().party, QStringLiteral("TEST"));
    const auto listed = analyse(tc.caseFile(), QStringLiteral("2018-12-17"));
    CHECK(verdictOf(*listed, declared.first().subject).needsReview);
    CHECK_FALSE(verdictOf(*listed, declared.first().subject).blocked);
}

TEST_CASE("BODS mixed direct and indirect ownership: the direct 50% from 2019-05-01 decides")
{
    TempCase tc;
    const QList<Declared> declared =
        buildBods(tc.caseFile(), QStringLiteral("mixed-direct-and-indirect-ownership.json"));
    REQUIRE(declared.size() == 1);
    const QString person = declared.first().party;
    const QString companyA = declared.first().subject;
    designate(tc.caseFile(), person, QStringLiteral("TEST"));
    const auto before = analyse(tc.caseFile(), QStringLiteral("2018-06-01"));
    CHECK_FALSE(verdictOf(*before, companyA).blocked);
    CHECK(verdictOf(*before, companyA).needsReview);
    const auto after = analyse(tc.caseFile(), QStringLiteral("2020-01-01"));
    const OwnershipVerdict v = verdictOf(*after, companyA);
    CHECK(v.blocked);
    CHECK(v.aggregatePercent == Approx(50.0));
    const EffectiveShare *p = effectiveOwner(v, person);
    REQUIRE(p != nullptr);
    CHECK(p->percent == Approx(50.0));
    CHECK(p->percentMax == Approx(100.0));
    CHECK(p->paths == 2);
}

TEST_CASE("BODS multiple indirect ownership: aggregation of two 50% holders, effective bounds")
{
    for (const char *file : {"multiple-indirect-ownership.json", "mutilple-indirect-ownership-2.json"}) {
        INFO(file);
        TempCase tc;
        const QList<Declared> declared = buildBods(tc.caseFile(), QLatin1String(file));
        REQUIRE(declared.size() == 1);
        CHECK(declared.first().percent == Approx(60.0));
        const auto a = analyse(tc.caseFile(), QStringLiteral("2018-01-01"));
        const OwnershipVerdict target = verdictOf(*a, declared.first().subject);
        const EffectiveShare *p = effectiveOwner(target, declared.first().party);
        REQUIRE(p != nullptr);
        CHECK(p->paths == 2);
        CHECK(p->percent == Approx(0.0));
        CHECK(declared.first().percent <= p->percentMax + 1e-9);
        CHECK(target.because.isEmpty());
        CHECK_FALSE(target.possiblyBlocked);
    }
    // Designating the two intermediate holders: their stakes add up (50 + 50).
    TempCase tc;
    const QList<Declared> declared = buildBods(tc.caseFile(), QStringLiteral("multiple-indirect-ownership.json"));
    const auto plain = analyse(tc.caseFile(), QStringLiteral("2018-01-01"));
    const auto b = plain->find(declared.first().subject);
    REQUIRE(b.has_value());
    const graph::OwnershipGraph &g = plain->rules().graph();
    QStringList intermediates;
    g.forEachIn(*b, [&](std::uint32_t s) { intermediates << plain->snapshot().extIds[g.stake(s).owner]; });
    REQUIRE(intermediates.size() == 2);
    designate(tc.caseFile(), intermediates[0], QStringLiteral("TEST"));
    const OwnershipVerdict one =
        verdictOf(*analyse(tc.caseFile(), QStringLiteral("2018-01-01")), declared.first().subject);
    CHECK(one.blocked); // 50% or more
    CHECK(one.aggregatePercent == Approx(50.0));
    CHECK_FALSE(one.euOwned); // before 3 July 2024 the EU needs more than 50%
    CHECK(verdictOf(*analyse(tc.caseFile(), QStringLiteral("2024-07-03")), declared.first().subject).euOwned);
    designate(tc.caseFile(), intermediates[1], QStringLiteral("TEST"));
    const OwnershipVerdict both =
        verdictOf(*analyse(tc.caseFile(), QStringLiteral("2018-01-01")), declared.first().subject);
    CHECK(both.blocked);
    CHECK(both.aggregatePercent == Approx(100.0));
    CHECK(both.euOwned);
}

TEST_CASE("BODS Finnish state-owned enterprise: a diamond through the ministry, control by the state")
{
    TempCase tc;
    const QList<Declared> declared = buildBods(tc.caseFile(), QStringLiteral("bods-package-fi-soe.json"));
    const QString gasgrid = QStringLiteral("19f1c5afe9d7");
    const QString kaasuverkko = QStringLiteral("0199c515a699");
    const QString ministry = QStringLiteral("7ff95ba3682c");
    const QString state = QStringLiteral("05ce06ec97b1");
    REQUIRE(declared.size() == 1);
    CHECK(declared.first().party == state);
    CHECK(declared.first().percent == Approx(100.0));
    {
        const auto a = analyse(tc.caseFile(), QStringLiteral("2021-01-01"));
        const OwnershipVerdict g = verdictOf(*a, gasgrid);
        // 76.5% x 100% through Suomen Kaasuverkko plus 23.5% direct: the ministry's effective share is 100%.
        REQUIRE(g.effectiveOwners.size() == 1);
        CHECK(g.effectiveOwners.first().owner == ministry);
        CHECK(g.effectiveOwners.first().percent == Approx(100.0));
        CHECK(g.effectiveOwners.first().paths == 2);
        CHECK(g.effectiveOwners.first().aboveThreshold);
    }
    designate(tc.caseFile(), state, QStringLiteral("TEST"));
    {
        const auto a = analyse(tc.caseFile(), QStringLiteral("2021-01-01"));
        const OwnershipVerdict m = verdictOf(*a, ministry);
        CHECK_FALSE(m.blocked); // control alone does not block
        CHECK(m.cautionReasons.contains(QStringLiteral("controlled_by_blocked")));
        CHECK(m.euControlled);
        CHECK_FALSE(verdictOf(*a, gasgrid).blocked);
        CHECK(verdictOf(*a, gasgrid).euControlled); // majority owned by controlled entities
    }
    designate(tc.caseFile(), ministry, QStringLiteral("TEST"));
    {
        const auto a = analyse(tc.caseFile(), QStringLiteral("2021-01-01"));
        CHECK(verdictOf(*a, kaasuverkko).blocked);
        const OwnershipVerdict g = verdictOf(*a, gasgrid);
        CHECK(g.blocked);
        CHECK(g.aggregatePercent == Approx(100.0)); // 76.5 + 23.5, added
        // Before the stakes began (2020-01-01) nothing is blocked.
        CHECK_FALSE(verdictOf(*analyse(tc.caseFile(), QStringLiteral("2019-12-31")), gasgrid).blocked);
    }
}

TEST_CASE("BODS joint ownership and Fermcat's closed stakes")
{
    {
        TempCase tc;
        buildBods(tc.caseFile(), QStringLiteral("joint-ownership.json"));
        const auto a = analyse(tc.caseFile(), QStringLiteral("2019-01-01"));
        const OwnershipVerdict chrinon = verdictOf(*a, QStringLiteral("31c55e425764"));
        REQUIRE(chrinon.effectiveOwners.size() == 2);
        CHECK(chrinon.effectiveOwners[0].percent == Approx(50.0));
        CHECK(chrinon.effectiveOwners[1].percent == Approx(50.0));
        designate(tc.caseFile(), QStringLiteral("1accb8b18b99"), QStringLiteral("TEST")); // Natalie Coleman
        const auto listed = analyse(tc.caseFile(), QStringLiteral("2019-01-01"));
        CHECK(verdictOf(*listed, QStringLiteral("91b4236a7d89")).blocked); // the arrangement, 50%
        CHECK(verdictOf(*listed, QStringLiteral("31c55e425764")).blocked); // CHRINON, 100% by it
    }
    TempCase tc;
    buildBods(tc.caseFile(), QStringLiteral("fermcat.json"));
    const QString fermcat = QStringLiteral("ent-93c75c87ab28f889");
    designate(tc.caseFile(), QStringLiteral("per-5faa4103dee78621"),
              QStringLiteral("TEST")); // Riyadh, 50% until 2021-04-03
    CHECK(verdictOf(*analyse(tc.caseFile(), QStringLiteral("2020-01-01")), fermcat).blocked);
    CHECK(verdictOf(*analyse(tc.caseFile(), QStringLiteral("2021-04-02")), fermcat).blocked);
    CHECK_FALSE(verdictOf(*analyse(tc.caseFile(), QStringLiteral("2021-04-03")), fermcat).blocked);
}

TEST_CASE("UK PSC share bands: 75-100 blocks, 25-50 possibly blocks, ceased PSCs stop counting")
{
    TempCase tc;
    buildPsc(tc.caseFile());
    // Hypothetically designate every PSC to read the bands as verdicts.
    REQUIRE(sqliteExec(tc.caseFile().handle(), QStringLiteral("INSERT INTO designations(entity_id, list) SELECT id, "
                                                              "'TEST' FROM entities WHERE ext_id LIKE 'psc-%'"))
                .ok());
    const auto a = analyse(tc.caseFile(), QStringLiteral("2024-12-19"));
    const OwnershipVerdict feldman = verdictOf(*a, QStringLiteral("08209948")); // 75-to-100
    CHECK(feldman.blocked);
    CHECK(feldman.aggregatePercent == Approx(75.0));
    CHECK(feldman.aggregatePercentMax == Approx(100.0));
    const OwnershipVerdict bunyan = verdictOf(*a, QStringLiteral("03136191")); // 25-to-50
    CHECK_FALSE(bunyan.blocked);
    CHECK(bunyan.possiblyBlocked);
    CHECK(bunyan.status() == QStringLiteral("possibly_blocked"));
    CHECK(verdictOf(*a, QStringLiteral("07731393")).possiblyBlocked); // Companion Care, 25-to-50
    // Karol Kuczkowski ceased on 2018-02-27.
    const OwnershipVerdict ceased = verdictOf(*a, QStringLiteral("10308742"));
    CHECK_FALSE(ceased.blocked);
    CHECK_FALSE(ceased.euControlled);
    const auto in2017 = analyse(tc.caseFile(), QStringLiteral("2017-06-01"));
    CHECK(verdictOf(*in2017, QStringLiteral("10308742")).blocked);
    CHECK(verdictOf(*in2017, QStringLiteral("10308742")).euControlled); // right to appoint directors
    // An overseas entity's "more than 25%" band.
    const OwnershipVerdict czech = verdictOf(*a, QStringLiteral("OE031044"));
    CHECK_FALSE(czech.blocked);
    CHECK(czech.possiblyBlocked);
}
