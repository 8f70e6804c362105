#include "../../support/CaseBuilder.h"
#include "../../support/ReportCase.h"
#include "../../support/TempCase.h"

#include "models/report/ReportBuilder.h"
#include "models/report/ReportInputsFromCase.h"
#include "models/report/ReportInputsJson.h"
#include "models/storage/MarkStore.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

const ReportSection &section(const ReportDocument &doc, ReportSectionId id)
{
    for (const ReportSection &s : doc.sections)
        if (s.id == id)
            return s;
    FAIL("no such section");
    return doc.sections.first();
}

template <typename T> QList<T> blocksOf(const ReportSection &s)
{
    QList<T> out;
    for (const ReportBlock &b : s.blocks)
        if (const auto *t = std::get_if<T>(&b))
            out << *t;
    return out;
}

// Every piece of text a section holds, for searching.
QString textOf(const ReportSection &s)
{
    QStringList parts;
    for (const ReportBlock &b : s.blocks) {
        if (const auto *h = std::get_if<ReportHeading>(&b))
            parts << h->text;
        else if (const auto *p = std::get_if<ReportParagraph>(&b))
            parts << p->text;
        else if (const auto *f = std::get_if<ReportFacts>(&b))
            for (const auto &r : f->rows)
                parts << r.first << r.second;
        else if (const auto *t = std::get_if<ReportTable>(&b))
            for (const QStringList &row : t->rows)
                parts << row;
        else if (const auto *g = std::get_if<ReportGraph>(&b))
            for (const auto &n : g->nodes)
                parts << n.id << n.label;
    }
    return parts.join(u'\n');
}

void markEntity(CaseFile &file, const char *ref, MarkStatus status)
{
    Mark m;
    m.target = MarkTarget::Entity;
    m.targetRef = QString::fromUtf8(ref);
    m.status = status;
    REQUIRE(markstore::put(file, m).ok());
}

QStringList firstColumn(const ReportSection &s)
{
    QStringList out;
    for (const ReportTable &t : blocksOf<ReportTable>(s))
        if (!t.header.isEmpty() && t.header.first() == u"Entity" && t.header.size() == 6)
            for (const QStringList &row : t.rows)
                out << row.first();
    return out;
}

} // namespace

TEST_CASE("The report builder lists marked chains, notes, sources and audit entries from the case")
{
    TempCase tc;
    const QList<ReportChain> chains = ReportCase::build(tc.caseFile());
    NullProgress progress;

    SECTION("without detector input, marked chains are listed by id with their notes")
    {
        auto doc = ReportBuilder(tc.caseFile(), {}, {}).build(progress);
        REQUIRE(doc.ok());
        CHECK(doc->caseTitle == QString::fromUtf8(ReportCase::kTitle));
        CHECK(doc->investigator == QStringLiteral("А. Сейткали"));
        const ReportSection &c = section(*doc, ReportSectionId::Chains);
        const QList<ReportHeading> headings = blocksOf<ReportHeading>(c);
        REQUIRE(headings.size() == 2);
        CHECK(headings.at(0).text.contains(QString::fromUtf8(ReportCase::kChainId))); // confirmed first
        CHECK(headings.at(1).text.contains(QStringLiteral("chain-manual-0002")));
        CHECK(textOf(c).contains(QStringLiteral("Bearings through the same intermediary.")));
        CHECK(blocksOf<ReportGraph>(c).isEmpty());
        CHECK(blocksOf<ReportRouteMap>(c).isEmpty());
    }
    SECTION("with detector chains: route graph, evidence completed from the case, flags and explanation")
    {
        ReportInputs inputs;
        inputs.chains = chains;
        auto doc = ReportBuilder(tc.caseFile(), inputs, {}).build(progress);
        REQUIRE(doc.ok());
        const ReportSection &c = section(*doc, ReportSectionId::Chains);
        const QList<ReportGraph> graphs = blocksOf<ReportGraph>(c);
        REQUIRE(graphs.size() == 1);
        REQUIRE(graphs.first().nodes.size() == 3);
        CHECK(graphs.first().nodes.at(1).label == QString::fromUtf8(ReportCase::kIntermediaryName));
        CHECK(graphs.first().nodes.at(2).highlighted); // the designated buyer
        CHECK_FALSE(graphs.first().nodes.at(0).highlighted);
        REQUIRE(graphs.first().edges.size() == 2);
        CHECK(graphs.first().edges.at(0).label == QString::fromUtf8(ReportCase::kEvidenceA));
        CHECK(graphs.first().edges.at(1).label == QString::fromUtf8(ReportCase::kEvidenceB));
        const QString text = textOf(c);
        CHECK(text.contains(QStringLiteral("854231, CHPL tier 1")));
        CHECK(text.contains(QStringLiteral("T3, T4, T6")));
        CHECK(text.contains(QStringLiteral("2023-03-02")));  // the evidence's date, read from the case
        CHECK(text.contains(QStringLiteral("240,000 USD"))); // and its value
        CHECK(text.contains(QStringLiteral("Route DE → KZ → RU confirmed by both declarations.")));
        // The route map: one leg per evidence shipment, from the parties' countries, with the case's dates.
        const QList<ReportRouteMap> maps = blocksOf<ReportRouteMap>(c);
        REQUIRE(maps.size() == 1);
        const std::vector<RouteLeg> &legs = maps.first().legs;
        REQUIRE(legs.size() == 2);
        CHECK(legs[0].number == 1);
        CHECK(legs[0].from == QStringLiteral("DE"));
        CHECK(legs[0].to == QStringLiteral("KZ"));
        CHECK(legs[0].datesText() == QStringLiteral("2023-03-02"));
        CHECK(legs[1].number == 2);
        CHECK(legs[1].from == QStringLiteral("KZ"));
        CHECK(legs[1].to == QStringLiteral("RU"));
        CHECK(legs[1].datesText() == QStringLiteral("2023-04-11"));
    }
    SECTION("notes, sources and audit")
    {
        auto doc = ReportBuilder(tc.caseFile(), {}, {}).build(progress);
        REQUIRE(doc.ok());
        const QString notes = textOf(section(*doc, ReportSectionId::Notes));
        CHECK(notes.contains(QString::fromUtf8(ReportCase::kIntermediaryName)));
        CHECK(notes.contains(QStringLiteral("Зарегистрировано в марте 2022 г.")));
        CHECK(notes.contains(QStringLiteral("Декларация подтверждена таможней РК.")));
        CHECK(
            notes.contains(QStringLiteral("Medical equipment: not sanctioned."))); // dismissed marks stay in the notes
        const QString sources = textOf(section(*doc, ReportSectionId::Sources));
        CHECK(sources.contains(QString::fromUtf8(ReportCase::kSourceSha)));
        CHECK(sources.contains(QStringLiteral("2026-11-20 10:15 by analyst")));
        const QString audit = textOf(section(*doc, ReportSectionId::Audit));
        CHECK(audit.contains(QStringLiteral("mark.set")));
        const QList<ReportChart> charts = blocksOf<ReportChart>(section(*doc, ReportSectionId::Charts));
        REQUIRE(charts.size() == 4);
        CHECK(charts.first().chart.title == QStringLiteral("Trade statistics by month"));
    }
    SECTION("an audit limit keeps the newest entries and says how many are left out")
    {
        ReportOptions options;
        options.sections = {ReportSectionId::Audit};
        options.auditLimit = 2;
        auto doc = ReportBuilder(tc.caseFile(), {}, options).build(progress);
        REQUIRE(doc.ok());
        REQUIRE(doc->sections.size() == 1);
        const QList<ReportTable> tables = blocksOf<ReportTable>(doc->sections.first());
        REQUIRE(tables.size() == 1);
        CHECK(tables.first().rows.size() == 2);
        CHECK(textOf(doc->sections.first()).contains(QStringLiteral("older entries are not shown")));
    }
}

TEST_CASE("Report inputs read the JSON of caravan-cli chains and ownership")
{
    auto chains = reportChainsFromJson(R"({"chains":[{"id":"c1","score":0.5,"shipments":["s1","s2"],
        "entities":["a","b"],"hs":"854231","flags":["T3"],"explanation":"why"}]})");
    REQUIRE(chains.ok());
    REQUIRE(chains->size() == 1);
    CHECK(chains->first().evidence.size() == 2);
    CHECK(chains->first().route == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(chains->first().score == 0.5);
    CHECK_FALSE(reportChainsFromJson("[]").ok());
    CHECK_FALSE(reportChainsFromJson(R"({"chains":[{"score":1}]})").ok());
    auto verdicts = reportVerdictsFromJson(R"({"verdicts":[{"entity":"x","blocked":true,"aggregate_percent":75,
        "because":[{"owner":"o","percent":75}],"eu_owned":true,"effective_owners":[]}]})");
    REQUIRE(verdicts.ok());
    CHECK(verdicts->first().blocked);
    CHECK(verdicts->first().because.first().percent == 75);
    CHECK_FALSE(reportVerdictsFromJson("not json").ok());
}

TEST_CASE("The report of an empty case says it is empty and still has every section")
{
    TempCase tc;
    NullProgress progress;
    auto doc = ReportBuilder(tc.caseFile(), {}, {}).build(progress);
    REQUIRE(doc.ok());
    CHECK(doc->caseEmpty);
    CHECK(doc->sections.size() == 7);
    CHECK(textOf(section(*doc, ReportSectionId::Summary)).contains(QStringLiteral("This case is empty")));
    CHECK(textOf(section(*doc, ReportSectionId::Charts)).contains(QStringLiteral("no shipments")));
}

TEST_CASE("The ownership table shows an entity's own listing under each rule, not 'no'")
{
    TempCase tc;
    NullProgress progress;
    // From `caravan-cli ownership --json`: a company on an SDN list that the EU and the UK list too, and one that
    // is only owned 60% by an SDN person.
    auto verdicts = reportVerdictsFromJson(R"({"verdicts":[
        {"entity":"listed-co","designated":true,"blocked":true,"aggregate_percent":51,"eu_listed":true,
         "uk_listed":true,"because":[],"effective_owners":[]},
        {"entity":"owned-co","designated":false,"blocked":true,"aggregate_percent":60,"eu_listed":false,
         "uk_listed":false,"because":[{"owner":"sdn","percent":60}],"effective_owners":[]}]})");
    REQUIRE(verdicts.ok());
    CHECK(verdicts->first().designated);
    CHECK(verdicts->first().euListed);
    CHECK(verdicts->first().ukListed);
    ReportInputs inputs;
    inputs.verdicts = *verdicts;
    ReportOptions options;
    options.sections = {ReportSectionId::Ownership};
    // Both are marked: the ownership section covers what the investigator marked.
    markEntity(tc.caseFile(), "listed-co", MarkStatus::Suspected);
    markEntity(tc.caseFile(), "owned-co", MarkStatus::Confirmed);
    auto doc = ReportBuilder(tc.caseFile(), inputs, options).build(progress);
    REQUIRE(doc.ok());
    const QList<ReportTable> tables = blocksOf<ReportTable>(section(*doc, ReportSectionId::Ownership));
    REQUIRE_FALSE(tables.isEmpty());
    const ReportTable &table = tables.first();
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0][1] == QStringLiteral("designated"));
    CHECK(table.rows[0][3] == QStringLiteral("listed"));
    CHECK(table.rows[0][4] == QStringLiteral("listed"));
    CHECK(table.rows[1][1] == QStringLiteral("blocked"));
    CHECK(table.rows[1][3] == QStringLiteral("no"));
    CHECK(table.rows[1][4] == QStringLiteral("no"));
}

TEST_CASE("The chains section says which shipments the detector could not use")
{
    TempCase tc;
    NullProgress progress;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 de = b.company(QStringLiteral("de"), QStringLiteral("Lieferant GmbH"), QStringLiteral("DE"));
        const qint64 kz = b.company(QStringLiteral("kz"), QStringLiteral("ТОО Транзит"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("NO-HS"), QStringLiteral("2023-02-02"), de, kz, QString(), 5, 10,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
    }
    auto inputs = reportInputsFromCase(tc.caseFile(), QDate(2024, 1, 1), progress);
    REQUIRE(inputs.ok());
    INFO(inputs->chainExclusions.toStdString());
    CHECK(inputs->chainExclusions.startsWith(QStringLiteral("1 shipment")));
    CHECK(inputs->chainExclusions.contains(QStringLiteral("1 no HS code")));
    ReportOptions options;
    options.sections = {ReportSectionId::Chains};
    auto doc = ReportBuilder(tc.caseFile(), *inputs, options).build(progress);
    REQUIRE(doc.ok());
    CHECK(textOf(section(*doc, ReportSectionId::Chains)).contains(inputs->chainExclusions));
}

TEST_CASE("The ownership section covers marked chains' parties, marked entities and their owners, the rest is an "
          "appendix on request",
          "[report][ownership]")
{
    TempCase tc;
    NullProgress progress;
    // chain-1 (marked suspected) runs de -> kz -> ru; kz is owned by holder; "lonely" is marked; "other" and
    // "far" are blocked but nobody marked anything about them; chain-2 is dismissed.
    auto verdicts = reportVerdictsFromJson(R"({"verdicts":[
        {"entity":"kz","blocked":true,"aggregate_percent":60,"because":[{"owner":"holder","percent":60}],
         "effective_owners":[{"owner":"holder","percent":60}]},
        {"entity":"holder","designated":true,"blocked":true,"aggregate_percent":0,"because":[],"effective_owners":[]},
        {"entity":"lonely","blocked":true,"aggregate_percent":55,"because":[],"effective_owners":[]},
        {"entity":"other","blocked":true,"aggregate_percent":80,"because":[],"effective_owners":[]},
        {"entity":"far","possibly_blocked":true,"aggregate_percent":40,"because":[],"effective_owners":[]},
        {"entity":"dismissed-party","blocked":true,"aggregate_percent":90,"because":[],"effective_owners":[]}]})");
    REQUIRE(verdicts.ok());
    ReportInputs inputs;
    inputs.verdicts = *verdicts;
    ReportChain marked;
    marked.id = QStringLiteral("chain-1");
    marked.route = QStringList{QStringLiteral("de"), QStringLiteral("kz"), QStringLiteral("ru")};
    marked.markStatus = QStringLiteral("suspected");
    ReportChain dismissed;
    dismissed.id = QStringLiteral("chain-2");
    dismissed.route = QStringList{QStringLiteral("dismissed-party")};
    dismissed.markStatus = QStringLiteral("dismissed");
    inputs.chains = QList<ReportChain>{marked, dismissed};
    markEntity(tc.caseFile(), "lonely", MarkStatus::Confirmed);
    markEntity(tc.caseFile(), "far", MarkStatus::Dismissed);
    ReportOptions options;
    options.sections = {ReportSectionId::Ownership};

    SECTION("without the appendix")
    {
        auto doc = ReportBuilder(tc.caseFile(), inputs, options).build(progress);
        REQUIRE(doc.ok());
        REQUIRE(doc->sections.size() == 1);
        const ReportSection &own = section(*doc, ReportSectionId::Ownership);
        CHECK(firstColumn(own) ==
              QStringList{QStringLiteral("kz"), QStringLiteral("holder"), QStringLiteral("lonely")});
        CHECK(textOf(own).contains(QStringLiteral("3 further verdict(s), on entities that no marked chain or marked "
                                                  "entity involves, are left out")));
    }
    SECTION("with the appendix: every other verdict, once")
    {
        options.ownershipAppendix = true;
        auto doc = ReportBuilder(tc.caseFile(), inputs, options).build(progress);
        REQUIRE(doc.ok());
        REQUIRE(doc->sections.size() == 2);
        CHECK(doc->sections[1].title == QStringLiteral("Appendix C: Ownership of every other entity"));
        CHECK(firstColumn(doc->sections[1]) ==
              QStringList{QStringLiteral("other"), QStringLiteral("far"), QStringLiteral("dismissed-party")});
        CHECK(textOf(doc->sections[0]).contains(QStringLiteral("listed in the appendix")));
    }
}

TEST_CASE("The designations table lists the marked parties and their owners, every designation is an appendix on "
          "request",
          "[report][ownership][designations]")
{
    TempCase tc;
    NullProgress progress;
    // The marked chain de -> kz -> ru; kz owned by holder (designated, SDN); lonely marked and designated (EU);
    // other (UK) and far (EU, marked dismissed) designated but about no marked party.
    {
        CaseBuilder b(tc.caseFile());
        b.company(QStringLiteral("de"), QStringLiteral("Lieferant GmbH"), QStringLiteral("DE"));
        b.company(QStringLiteral("kz"), QStringLiteral("ТОО Транзит"), QStringLiteral("KZ"));
        b.company(QStringLiteral("ru"), QStringLiteral("ООО Получатель"), QStringLiteral("RU"));
        const qint64 holder = b.person(QStringLiteral("holder"), QStringLiteral("Holder Ivan"), QStringLiteral("RU"));
        const qint64 lonely = b.company(QStringLiteral("lonely"), QStringLiteral("Lonely LLC"), QStringLiteral("RU"));
        const qint64 other = b.company(QStringLiteral("other"), QStringLiteral("Other AO"), QStringLiteral("RU"));
        const qint64 far = b.company(QStringLiteral("far"), QStringLiteral("Far OOO"), QStringLiteral("RU"));
        b.designate(holder, QStringLiteral("us_ofac_sdn"), QStringLiteral("RUSSIA-EO14024"),
                    QStringLiteral("2022-04-06"));
        b.designate(lonely, QStringLiteral("eu_fsf"), QStringLiteral("UKR"), QStringLiteral("2022-06-03"));
        b.designate(other, QStringLiteral("gb_hmt_sanctions"), QStringLiteral("Russia"), QStringLiteral("2022-05-04"));
        b.designate(far, QStringLiteral("eu_fsf"), QStringLiteral("UKR"), QStringLiteral("2023-02-25"));
        b.commit();
    }
    auto verdicts = reportVerdictsFromJson(R"({"verdicts":[
        {"entity":"kz","blocked":true,"aggregate_percent":60,"because":[{"owner":"holder","percent":60}],
         "effective_owners":[{"owner":"holder","percent":60}]},
        {"entity":"other","designated":true,"blocked":true,"aggregate_percent":0,"because":[],"effective_owners":[]}]})");
    REQUIRE(verdicts.ok());
    ReportInputs inputs;
    inputs.verdicts = *verdicts;
    ReportChain marked;
    marked.id = QStringLiteral("chain-1");
    marked.route = QStringList{QStringLiteral("de"), QStringLiteral("kz"), QStringLiteral("ru")};
    marked.markStatus = QStringLiteral("suspected");
    inputs.chains = QList<ReportChain>{marked};
    markEntity(tc.caseFile(), "lonely", MarkStatus::Confirmed);
    markEntity(tc.caseFile(), "far", MarkStatus::Dismissed);
    ReportOptions options;
    options.sections = {ReportSectionId::Ownership};
    const auto designationTables = [](const ReportSection &s) {
        QList<ReportTable> out;
        for (const ReportTable &t : blocksOf<ReportTable>(s))
            if (t.header.size() == 4 && t.header.at(1) == u"List")
                out << t;
        return out;
    };

    SECTION("without the appendix")
    {
        auto doc = ReportBuilder(tc.caseFile(), inputs, options).build(progress);
        REQUIRE(doc.ok());
        REQUIRE(doc->sections.size() == 1);
        const QList<ReportTable> tables = designationTables(doc->sections[0]);
        REQUIRE(tables.size() == 1);
        CHECK(tables[0].caption == QStringLiteral("Designations of the marked parties and their owners"));
        CHECK(tables[0].rows ==
              QList<QStringList>{{QStringLiteral("Holder Ivan (holder)"), QStringLiteral("us_ofac_sdn"),
                                  QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-04-06")},
                                 {QStringLiteral("Lonely LLC (lonely)"), QStringLiteral("eu_fsf"),
                                  QStringLiteral("UKR"), QStringLiteral("2022-06-03")}});
        CHECK(textOf(doc->sections[0])
                  .contains(QStringLiteral("2 further designation(s), of entities that no marked chain or marked "
                                           "entity involves, are left out; ask for the ownership appendix")));
    }
    SECTION("with the appendix: every designation, after the ownership appendix")
    {
        options.ownershipAppendix = true;
        auto doc = ReportBuilder(tc.caseFile(), inputs, options).build(progress);
        REQUIRE(doc.ok());
        REQUIRE(doc->sections.size() == 3);
        CHECK(doc->sections[1].title == QStringLiteral("Appendix C: Ownership of every other entity"));
        CHECK(doc->sections[2].title == QStringLiteral("Appendix D: Designations in the case"));
        const QList<ReportTable> every = designationTables(doc->sections[2]);
        REQUIRE(every.size() == 1);
        QStringList names;
        for (const QStringList &row : every[0].rows)
            names << row.first();
        CHECK(names == QStringList{QStringLiteral("Far OOO (far)"), QStringLiteral("Holder Ivan (holder)"),
                                   QStringLiteral("Lonely LLC (lonely)"), QStringLiteral("Other AO (other)")});
        CHECK(textOf(doc->sections[0]).contains(QStringLiteral("listed in the appendix \"Designations in the case\"")));
    }
}
