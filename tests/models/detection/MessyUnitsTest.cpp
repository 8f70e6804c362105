// Chains in extracts written the way real files write them: units spelled differently on the two legs of one
// chain, quantities missing where net weights are given, only values, units nobody knows. The fixtures are
// written by hand below, in Caravan CSV, and imported through the normal reader.
#include "../import/ImportTestSupport.h"
#include "DetectionSupport.h"

#include <QJsonDocument>

using namespace caravan;
using namespace caravan::test;

namespace {

// One supplier in Germany, one buyer in Russia, and an intermediary in Kazakhstan per scenario (each with its
// own HS code), so that no scenario can borrow another's shipments. kz-nc has no country.
const QByteArray kEntities = "id,type,name,aliases,country,identifiers,incorporation_date,address\n"
                             "de-1,Company,Elektronik Handel GmbH,,DE,,,\n"
                             "ru-1,Company,ООО Комплектующие,,RU,,,\n"
                             "kz-a,Company,ТОО Альфа,,KZ,,,\n"
                             "kz-b,Company,ТОО Бета,,KZ,,,\n"
                             "kz-c,Company,ТОО Гамма,,KZ,,,\n"
                             "kz-d,Company,ТОО Дельта,,KZ,,,\n"
                             "kz-e,Company,ТОО Эпсилон,,KZ,,,\n"
                             "kz-f,Company,ТОО Зета,,KZ,,,\n"
                             "kz-g,Company,ТОО Эта,,KZ,,,\n"
                             "kz-h,Company,ТОО Тета,,KZ,,,\n"
                             "kz-i,Company,ТОО Йота,,KZ,,,\n"
                             "kz-nc,Company,ТОО Без Страны,,,,,\n";

const QByteArray kShipments =
    "id,date,exporter,importer,hs_code,description,quantity,unit,weight_kg,value,currency,origin_country,"
    "destination_country,transit_countries\n"
    // A: KG on the way in, кг on the way out, 2% short.
    "A-IN,2023-01-10,de-1,kz-a,8542.31,Микросхемы,1000,KG,,,,DE,KZ,\n"
    "A-OUT,2023-02-01,kz-a,ru-1,8542310000,Микросхемы,980,кг,,,,KZ,RU,\n"
    // B: шт against PCE.
    "B-IN,2023-01-10,de-1,kz-b,8471.50,Servers,500,шт,,,,DE,KZ,\n"
    "B-OUT,2023-02-01,kz-b,ru-1,847150,Серверы,500,PCE,,,,KZ,RU,\n"
    // C: one tonne in, a thousand kilograms out.
    "C-IN,2023-01-10,de-1,kz-c,8482.10,Bearings,1,t,,,,DE,KZ,\n"
    "C-OUT,2023-02-01,kz-c,ru-1,848210,Подшипники,1000,кг,,,,KZ,RU,\n"
    // D: pieces in, kilograms out: the quantities cannot be compared; the net weights can.
    "D-IN,2023-01-10,de-1,kz-d,8517.62,Radios,200,pcs,400,,,DE,KZ,\n"
    "D-OUT,2023-02-01,kz-d,ru-1,851762,Радиостанции,390,kg,400,,,KZ,RU,\n"
    // E: no quantities at all, net weights only.
    "E-IN,2023-01-10,de-1,kz-e,8526.91,GNSS modules,,,1500,,,DE,KZ,\n"
    "E-OUT,2023-02-01,kz-e,ru-1,852691,Модули ГНСС,,,1450,,,KZ,RU,\n"
    // F: declared values only, 20% apart (inside the 35% value tolerance).
    "F-IN,2023-01-10,de-1,kz-f,8532.24,Capacitors,,,,50000,USD,DE,KZ,\n"
    "F-OUT,2023-02-01,kz-f,ru-1,853224,Конденсаторы,,,,60000,usd,KZ,RU,\n"
    // G: values only, in two currencies: no rate is known, so they cannot be compared (and are counted).
    "G-IN,2023-01-10,de-1,kz-g,8541.10,Diodes,,,,50000,USD,DE,KZ,\n"
    "G-OUT,2023-02-01,kz-g,ru-1,854110,Диоды,,,,4500000,RUB,KZ,RU,\n"
    // H: a unit nobody knows, and nothing else to compare: both legs are excluded, and the spelling is shown.
    "H-IN,2023-01-10,de-1,kz-h,8536.50,Switches,10,бух,,,,DE,KZ,\n"
    "H-OUT,2023-02-01,kz-h,ru-1,853650,Выключатели,10,бух,,,,KZ,RU,\n"
    // I: pieces against kilograms, equal numbers, weights far apart: never equal because the numbers are.
    "I-IN,2023-01-10,de-1,kz-i,8504.40,Inverters,400,pcs,100,,,DE,KZ,\n"
    "I-OUT,2023-02-01,kz-i,ru-1,850440,Инверторы,400,kg,300,,,KZ,RU,\n"
    // Left out for other reasons: no HS code, no measure at all, no exporter, an importer of unknown country.
    "X-1,2023-01-12,de-1,kz-a,,Unknown goods,5,pcs,,,,DE,KZ,\n"
    "X-2,2023-01-12,de-1,kz-b,8471.50,Servers,,,,,,DE,KZ,\n"
    "X-3,2023-01-12,,kz-b,8471.50,Servers,5,pcs,,,,DE,KZ,\n"
    "X-4,2023-01-12,de-1,kz-nc,8471.50,Servers,5,pcs,,,,DE,,\n";

void buildCase(TempCase &tc)
{
    writeFile(tc.file(QStringLiteral("entities.csv")), kEntities);
    importFile(tc, tc.file(QStringLiteral("entities.csv")));
    writeFile(tc.file(QStringLiteral("shipments.csv")), kShipments);
    const ImportSummary s = importFile(tc, tc.file(QStringLiteral("shipments.csv")));
    REQUIRE(s.imported == 22);
    // A date no reader would have let in (an older import, a hand edit): only SQL can write it.
    REQUIRE(sqliteExec(tc.caseFile().handle(),
                       QStringLiteral("INSERT INTO shipments(ext_id, date, exporter_id, importer_id, hs_code, hs6, "
                                      "quantity, unit) SELECT 'X-5', '15.01.2023', "
                                      "(SELECT id FROM entities WHERE ext_id = 'de-1'), "
                                      "(SELECT id FROM entities WHERE ext_id = 'kz-a'), '854231', '854231', 1, 'pcs'"))
                .ok());
}

const DetectedChain &chainOf(const ChainRun &run, const char *in, const char *out)
{
    const DetectedChain *c = chainWith(run, {QString::fromLatin1(in), QString::fromLatin1(out)});
    INFO(in << " -> " << out);
    REQUIRE(c);
    return *c;
}

QString why(const DetectedChain &c, const QString &name)
{
    for (const ScorePart &p : c.parts)
        if (p.name == name)
            return p.why;
    return {};
}

} // namespace

TEST_CASE("the import keeps each unit as written beside its canonical unit and quantity")
{
    TempCase tc;
    buildCase(tc);
    auto row = [&](const char *id) {
        return text(tc, QStringLiteral("SELECT ifnull(unit, '-') || '|' || ifnull(unit_canonical, '-') || '|' || "
                                       "ifnull(quantity_canonical, '-') FROM shipments WHERE ext_id = '%1'")
                            .arg(QLatin1String(id)))
            .toStdString();
    };
    CHECK(row("A-IN") == "KG|kg|1000.0");
    CHECK(row("A-OUT") == "кг|kg|980.0");
    CHECK(row("B-IN") == "шт|piece|500.0");
    CHECK(row("B-OUT") == "PCE|piece|500.0");
    CHECK(row("C-IN") == "t|kg|1000.0");
    CHECK(row("E-IN") == "-|-|-");
    CHECK(row("H-IN") == "бух|-|-"); // unknown: kept as written, no canonical unit
}

TEST_CASE("units spelled differently on the two legs still match, what cannot be compared falls back or is counted")
{
    TempCase tc;
    buildCase(tc);
    const ChainRun run = detect(tc);
    QStringList found;
    for (const DetectedChain &c : run.chains)
        found << c.shipments.join(u'>');
    found.sort();
    CHECK(found.join(u' ').toStdString() == "A-IN>A-OUT B-IN>B-OUT C-IN>C-OUT D-IN>D-OUT E-IN>E-OUT F-IN>F-OUT");

    const DetectedChain &a = chainOf(run, "A-IN", "A-OUT");
    CHECK(a.measure == QStringLiteral("quantity"));
    CHECK(a.unit == QStringLiteral("kg"));
    CHECK(a.unitsWritten == QStringList{QStringLiteral("KG"), QStringLiteral("кг")});
    CHECK(a.units == QStringList{QStringLiteral("kg"), QStringLiteral("kg")});
    CHECK(a.quantities == std::vector<double>{1000, 980});
    CHECK(part(a, QStringLiteral("quantity")) == Approx(0.135));
    CHECK(why(a, QStringLiteral("quantity")).startsWith(QStringLiteral("quantity 1,000 kg: worst hop 2.0% off")));
    CHECK(a.explanation.contains(QStringLiteral("1,000 kg (written \"KG\")")));

    const DetectedChain &b = chainOf(run, "B-IN", "B-OUT");
    CHECK(b.measure == QStringLiteral("quantity"));
    CHECK(why(b, QStringLiteral("quantity")).startsWith(QStringLiteral("quantity 500 pieces: worst hop 0.0% off")));
    CHECK(part(b, QStringLiteral("quantity")) == Approx(0.15));

    const DetectedChain &c = chainOf(run, "C-IN", "C-OUT");
    CHECK(c.quantities == std::vector<double>{1000, 1000});
    CHECK(c.unitsWritten == QStringList{QStringLiteral("t"), QStringLiteral("кг")});

    const DetectedChain &d = chainOf(run, "D-IN", "D-OUT");
    CHECK(d.measure == QStringLiteral("net_weight"));
    CHECK(d.units == QStringList{QStringLiteral("piece"), QStringLiteral("kg")});
    CHECK(part(d, QStringLiteral("quantity")) == Approx(0.12));
    CHECK(why(d, QStringLiteral("quantity")).startsWith(QStringLiteral("net weight")));

    const DetectedChain &e = chainOf(run, "E-IN", "E-OUT");
    CHECK(e.measure == QStringLiteral("net_weight"));
    CHECK(e.weights == std::vector<double>{1500, 1450});
    CHECK(e.explanation.contains(QStringLiteral("1,450 kg net weight")));
    CHECK(e.explanation.contains(QStringLiteral("compared by net weight, tolerance 20%")));
    // 0.12 * (1 - 3.3% / 20%)
    CHECK(part(e, QStringLiteral("quantity")) == Approx(0.12 * (1.0 - (50.0 / 1500.0) / 0.2)).margin(0.001));

    const DetectedChain &f = chainOf(run, "F-IN", "F-OUT");
    CHECK(f.measure == QStringLiteral("value"));
    CHECK(part(f, QStringLiteral("quantity")) == Approx(-0.05));
    CHECK(why(f, QStringLiteral("quantity")).startsWith(QStringLiteral("declared value, tolerance 35%")));
    CHECK(f.explanation.contains(QStringLiteral("50,000 USD declared value")));
    // The same evidence otherwise (HS-6, 22 days, no flags): values score below quantities and weights.
    CHECK(f.score - part(f, QStringLiteral("chpl")) < b.score - part(b, QStringLiteral("chpl")));
    CHECK(f.score - part(f, QStringLiteral("chpl")) < e.score - part(e, QStringLiteral("chpl")));

    // G: the only comparable measure was value, in USD against RUB.
    CHECK(run.stats.currencyMismatches == 1);

    // Everything that could not take part is counted by its reason, and the unknown spelling is named.
    const QJsonObject excluded = run.excluded.toJson();
    CHECK(excluded == QJsonObject{{QStringLiteral("unknown_unit"), 2},
                                  {QStringLiteral("no_hs_code"), 1},
                                  {QStringLiteral("no_measure"), 1},
                                  {QStringLiteral("party_unknown"), 1},
                                  {QStringLiteral("party_country_unknown"), 1},
                                  {QStringLiteral("no_date"), 1}});
    CHECK(run.excluded.total() == 7);
    CHECK(run.excluded.unknownUnitsJson() == QJsonObject{{QStringLiteral("бух"), 2}});
    CHECK(run.excluded.summary() ==
          QStringLiteral(
              "7 shipments could not be used: 2 unknown unit, 1 no date, 1 party unknown, 1 no HS code, 1 "
              "party country unknown, 1 no usable quantity, weight or value. Units not recognised: \"бух\" (2)"));
    REQUIRE(run.excluded.shipments.size() == 7);
    const QJsonObject json = run.toJson();
    CHECK(json.value(QStringLiteral("excluded")).toObject() == excluded);
    CHECK(json.value(QStringLiteral("stats")).toObject().value(QStringLiteral("currency_mismatches")).toInt() == 1);
    CHECK(QJsonDocument::fromJson(run.toCompactJson()).object() == json);
}

TEST_CASE("with a value tolerance below the gap, values-only legs are not matched")
{
    TempCase tc;
    buildCase(tc);
    ChainSettings settings;
    settings.valueTolerancePercent = 15;
    const ChainRun run = detect(tc, settings);
    CHECK(chainWith(run, {QStringLiteral("F-IN"), QStringLiteral("F-OUT")}) == nullptr);
    CHECK(chainWith(run, {QStringLiteral("E-IN"), QStringLiteral("E-OUT")}) != nullptr);
}

TEST_CASE("a two-intermediary chain may change measure between hops, the weakest one decides its score")
{
    TempCase tc;
    writeFile(tc.file(QStringLiteral("entities.csv")), "id,type,name,aliases,country,identifiers,incorporation_date,"
                                                       "address\n"
                                                       "de-1,Company,Elektronik Handel GmbH,,DE,,,\n"
                                                       "ae-1,Company,Gulf Electronics FZE,,AE,,,\n"
                                                       "kz-1,Company,ТОО Астана Трейд,,KZ,,,\n"
                                                       "ru-1,Company,ООО Комплектующие,,RU,,,\n");
    importFile(tc, tc.file(QStringLiteral("entities.csv")));
    // DE -> AE in tonnes, AE -> KZ in kilograms (quantities compare), KZ -> RU with no quantity (weights compare).
    writeFile(tc.file(QStringLiteral("shipments.csv")),
              "id,date,exporter,importer,hs_code,description,quantity,unit,weight_kg,value,currency,origin_country,"
              "destination_country,transit_countries\n"
              "EU-AE,2023-01-10,de-1,ae-1,854232,Memories,2,TNE,2000,,,DE,AE,\n"
              "AE-KZ,2023-02-10,ae-1,kz-1,854232,Memories,1950,kg,1950,,,DE,KZ,\n"
              "KZ-RU,2023-03-15,kz-1,ru-1,854232,Память,,,1900,,,DE,RU,\n");
    importFile(tc, tc.file(QStringLiteral("shipments.csv")));
    const ChainRun run = detect(tc);
    REQUIRE(run.chains.size() == 1);
    const DetectedChain &c = run.chains.front();
    CHECK(c.shipments.join(u'>').toStdString() == "EU-AE>AE-KZ>KZ-RU");
    CHECK(c.measure == QStringLiteral("net_weight"));
    CHECK(c.explanation.contains(QStringLiteral("2,000 kg (written \"TNE\")")));
    CHECK(c.explanation.contains(QStringLiteral("1,950 kg (written \"kg\")")) == false); // written as canonical
    CHECK(c.explanation.contains(QStringLiteral("1,900 kg net weight in total")));
    // Worst hop: 1900 of 1950 is 2.6% off; scored as a weight match.
    CHECK(part(c, QStringLiteral("quantity")) == Approx(0.12 * (1.0 - (50.0 / 1950.0) / 0.2)).margin(0.001));
}

TEST_CASE("a split onward hop whose parts give quantities or only net weights is added up in the received unit")
{
    TempCase tc;
    writeFile(tc.file(QStringLiteral("entities.csv")), "id,type,name,aliases,country,identifiers,incorporation_date,"
                                                       "address\n"
                                                       "de-1,Company,Elektronik Handel GmbH,,DE,,,\n"
                                                       "kz-1,Company,ТОО Астана Трейд,,KZ,,,\n"
                                                       "ru-1,Company,ООО Комплектующие,,RU,,,\n"
                                                       "ru-2,Company,ООО Радиодетали,,RU,,,\n");
    importFile(tc, tc.file(QStringLiteral("entities.csv")));
    // 10,000 chips of 140 kg in; on: 3,000 pieces declared with a quantity, then two parts with only their net
    // weights (60 and 45 kg: about 4,286 and 3,214 pieces at the 71.4 pieces per kg received). The weights alone
    // (105 of 140 kg, the part with a quantity gives 42 kg) and the quantities alone (3,000 of 10,000) miss.
    writeFile(tc.file(QStringLiteral("shipments.csv")),
              "id,date,exporter,importer,hs_code,description,quantity,unit,weight_kg,value,currency,origin_country,"
              "destination_country,transit_countries\n"
              "IN,2023-01-10,de-1,kz-1,854232,Memories,10000,pcs,140,,,DE,KZ,\n"
              "OUT-1,2023-02-01,kz-1,ru-1,854232,Память,3000,шт,,,,DE,RU,\n"
              "OUT-2,2023-02-10,kz-1,ru-2,854232,Память,,,60,,,DE,RU,\n"
              "OUT-3,2023-02-20,kz-1,ru-1,854232,Память,,,45,,,DE,RU,\n");
    importFile(tc, tc.file(QStringLiteral("shipments.csv")));
    const ChainRun run = detect(tc);
    REQUIRE(run.chains.size() == 1);
    const DetectedChain &c = run.chains.front();
    CHECK(c.shipments.join(u'>').toStdString() == "IN>OUT-1>OUT-2>OUT-3");
    CHECK(c.measure == QStringLiteral("quantity_and_weight"));
    CHECK(c.explanation.contains(QStringLiteral("60 kg net weight (about 4,286 pieces")));
    CHECK(c.explanation.contains(QStringLiteral("10,500 pieces in total")));
}
