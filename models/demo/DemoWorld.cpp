#include "models/demo/DemoWorld.h"

#include "models/demo/DemoIdentifiers.h"
#include "models/storage/CaseWriter.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace caravan::demo {

QString normalisedText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

DemoWorld::DemoWorld(std::uint64_t seed) : m_seed(seed), m_random(seed)
{
}

const QStringList &DemoWorld::countries()
{
    // Index 0 is "no country"; indexes are stored in DemoShipment, so the list only grows at the end.
    static const QStringList list{QString(),
                                  QStringLiteral("DE"),
                                  QStringLiteral("IT"),
                                  QStringLiteral("PL"),
                                  QStringLiteral("FR"),
                                  QStringLiteral("NL"),
                                  QStringLiteral("US"),
                                  QStringLiteral("GB"),
                                  QStringLiteral("JP"),
                                  QStringLiteral("KZ"),
                                  QStringLiteral("KG"),
                                  QStringLiteral("AM"),
                                  QStringLiteral("GE"),
                                  QStringLiteral("AE"),
                                  QStringLiteral("TR"),
                                  QStringLiteral("RU"),
                                  QStringLiteral("BY"),
                                  QStringLiteral("CN"),
                                  QStringLiteral("TW"),
                                  QStringLiteral("MY")};
    return list;
}

int DemoWorld::countryIndex(const QString &code)
{
    const auto i = countries().indexOf(code);
    return i < 0 ? 0 : static_cast<int>(i);
}

QString DemoWorld::nextExtId(const QString &country, bool person)
{
    if (person)
        return QStringLiteral("p-%1").arg(++m_personSerial, 6, 10, QLatin1Char('0'));
    return QStringLiteral("%1-%2").arg(country.toLower()).arg(++m_companySerial, 6, 10, QLatin1Char('0'));
}

bool DemoWorld::claimName(const QString &core)
{
    const QString key = normalisedText(core);
    if (m_names.contains(key))
        return false;
    m_names.insert(key);
    return true;
}

QString DemoWorld::uniqueAddress(const QString &country)
{
    for (int attempt = 0;; ++attempt) {
        QString a = DemoNames::address(m_random, country);
        if (attempt > 20) // a crowded street: number the unit, as large buildings do
            a += QStringLiteral(", unit %1").arg(attempt);
        const QString key = normalisedText(a);
        if (!m_addresses.contains(key)) {
            m_addresses.insert(key);
            return a;
        }
    }
}

QString DemoWorld::freshAddress(const QString &country)
{
    return uniqueAddress(country);
}

int DemoWorld::addNamedCompany(const QString &country, Role role, const GeneratedName &name, const QDate &incorporated)
{
    claimName(name.core);
    DemoEntity e;
    e.extId = nextExtId(country, false);
    e.name = name.name;
    e.aliases = name.aliases;
    e.country = country;
    e.born = incorporated;
    e.role = role;
    for (auto &[scheme, value] : DemoIdentifiers::forCompany(m_random, country, incorporated)) {
        const QString key = scheme + u':' + value;
        if (m_identifiers.contains(key))
            continue; // astronomically rare; a company then simply lacks that number
        m_identifiers.insert(key);
        e.identifiers.emplace_back(scheme, value);
    }
    e.addresses << uniqueAddress(country);
    m_entities.push_back(std::move(e));
    return static_cast<int>(m_entities.size()) - 1;
}

int DemoWorld::addCompany(const QString &country, Role role, Sector sector, const QDate &incorporated)
{
    GeneratedName name;
    for (int attempt = 0;; ++attempt) {
        name = DemoNames::company(m_random, country, sector);
        if (attempt > 40) {
            // The vocabulary is exhausted at large scales: number the name as registries do ("Вектор-12").
            name = DemoNames::companyFromCore(country, name.core + QStringLiteral("-%1").arg(attempt),
                                              DemoNames::legalForm(m_random, country));
        }
        if (!m_names.contains(normalisedText(name.core)))
            break;
    }
    return addNamedCompany(country, role, name, incorporated);
}

int DemoWorld::addPerson(const QString &country, const QDate &born)
{
    const GeneratedName name = DemoNames::person(m_random, country);
    DemoEntity e;
    e.extId = nextExtId(country, true);
    e.person = true;
    e.name = name.name;
    e.aliases = name.aliases;
    e.country = country;
    e.born = born;
    e.role = Role::Person;
    if (country == u"RU") {
        const QString inn = DemoIdentifiers::ruPersonInn(m_random);
        if (!m_identifiers.contains(QStringLiteral("ru-inn:") + inn)) {
            m_identifiers.insert(QStringLiteral("ru-inn:") + inn);
            e.identifiers.emplace_back(QStringLiteral("ru-inn"), inn);
        }
    } else if (country == u"KZ") {
        // IIN: YYMMDD, century and sex digit, serial, check digit; shaped like a BIN.
        QString iin;
        do {
            iin = DemoIdentifiers::kzIin(m_random, born);
        } while (m_identifiers.contains(QStringLiteral("kz-iin:") + iin));
        m_identifiers.insert(QStringLiteral("kz-iin:") + iin);
        e.identifiers.emplace_back(QStringLiteral("kz-iin"), iin);
    }
    m_entities.push_back(std::move(e));
    return static_cast<int>(m_entities.size()) - 1;
}

void DemoWorld::addIdentifier(int entity, const QString &scheme, const QString &value)
{
    m_identifiers.insert(scheme + u':' + value);
    this->entity(entity).identifiers.emplace_back(scheme, value);
}

int DemoWorld::own(int owner, int asset, double percent, const QDate &start)
{
    m_links.push_back({QStringLiteral("ownership"), owner, asset, percent, start, QStringLiteral("shareholder")});
    return static_cast<int>(m_links.size()) - 1;
}

int DemoWorld::direct(int director, int company, const QDate &start)
{
    m_links.push_back({QStringLiteral("directorship"), director, company, -1, start, QStringLiteral("director")});
    return static_cast<int>(m_links.size()) - 1;
}

void DemoWorld::designate(int entity, const QString &list, const QString &program, const QDate &listed)
{
    const int n = static_cast<int>(m_designations.size()) + 1;
    QString extId;
    if (list.startsWith(u"OFAC"))
        extId = QStringLiteral("ofac-%1").arg(40000 + n * 7);
    else if (list == u"EU")
        extId = QStringLiteral("EU.%1.%2").arg(7000 + n).arg(n % 90 + 10);
    else
        extId = QStringLiteral("UK-RUS%1").arg(1000 + n);
    m_designations.push_back({extId, entity, list, program, listed});
    const int day = dayOf(listed);
    if (!m_listedFrom.contains(entity) || day < m_listedFrom.value(entity))
        m_listedFrom.insert(entity, day);
}

int DemoWorld::ship(const QDate &date, int exporter, int importer, std::size_t goods, double quantity,
                    double priceFactor, const QString &origin)
{
    const Goods &g = goodsCatalogue()[goods];
    DemoShipment s;
    s.day = dayOf(date);
    s.exporter = exporter;
    s.importer = importer;
    s.serial = ++m_shipmentSerial;
    s.goods = static_cast<std::uint16_t>(goods);
    s.origin = static_cast<std::uint8_t>(countryIndex(origin.isEmpty() ? entity(exporter).country : origin));
    s.quantity = quantity;
    // A unit price from the band real declarations of such goods show, times the seller's markup.
    const double unitPrice = m_random.real(g.priceLow, g.priceHigh);
    s.value = std::round(quantity * unitPrice * priceFactor * 100.0) / 100.0;
    const QString from = entity(exporter).country;
    const QString to = entity(importer).country;
    // Road freight from Europe to Central Asia crosses Kazakhstan for Kyrgyzstan and Georgia for Armenia.
    if (to == u"KG" && from != u"KZ" && from != u"KG")
        s.transit = static_cast<std::uint8_t>(countryIndex(QStringLiteral("KZ")));
    else if (to == u"AM" && from != u"GE" && from != u"AM")
        s.transit = static_cast<std::uint8_t>(countryIndex(QStringLiteral("GE")));
    m_shipments.push_back(s);
    return static_cast<int>(m_shipments.size()) - 1;
}

QString DemoWorld::shipmentId(int index) const
{
    const DemoShipment &s = shipment(index);
    const QDate d = dateOf(s.day);
    return QStringLiteral("%1-%2-%3")
        .arg(entity(s.importer).country)
        .arg(d.year() * 10000 + d.month() * 100 + d.day())
        .arg(s.serial, 7, 10, QLatin1Char('0'));
}

int DemoWorld::nextAnswerNumber(const QString &pattern)
{
    return ++m_answerNumbers[pattern];
}

void DemoWorld::answer(AnswerItem item)
{
    if (item.code.isEmpty())
        item.code = QStringLiteral("%1%2-%3")
                        .arg(item.isDecoy ? QStringLiteral("D-") : QString(), item.pattern)
                        .arg(nextAnswerNumber(item.isDecoy ? QStringLiteral("D-") + item.pattern : item.pattern), 3, 10,
                             QLatin1Char('0'));
    m_answers.push_back(std::move(item));
}

namespace {

bool isEu(const QString &country)
{
    return country == u"DE" || country == u"IT" || country == u"PL" || country == u"FR" || country == u"NL";
}

// A source for each kind of record the generator writes, so that provenance reads like an import.
struct DemoSources {
    qint64 entities = 0, links = 0, sanctions = 0, shipments = 0;
};

Result<qint64> demoSource(CaseWriter &writer, const QString &descriptor, const QString &kind)
{
    const QString fileName = kind + QStringLiteral(".csv");
    const QByteArray sha =
        QCryptographicHash::hash((descriptor + u'/' + fileName).toUtf8(), QCryptographicHash::Sha256);
    return writer.addSource({fileName, QStringLiteral("demo:") + descriptor + u'/' + fileName,
                             QString::fromLatin1(sha.toHex()), QStringLiteral("caravan-demo"), kind,
                             QStringLiteral("UTF-8")});
}

} // namespace

Result<DemoCounts> DemoWorld::write(sqlite3 *db, const QString &descriptor, Realism realism, Progress &progress)
{
    const DemoRealism wording(realism, m_seed);
    CaseWriter writer(db);
    DemoCounts counts;
    DemoSources src;
    for (auto [kind, target] : {std::pair{"entities", &src.entities}, std::pair{"links", &src.links},
                                std::pair{"sanctions", &src.sanctions}, std::pair{"shipments", &src.shipments}}) {
        auto id = demoSource(writer, descriptor, QString::fromLatin1(kind));
        if (!id)
            return id.error();
        *target = *id;
    }
    const qint64 total = static_cast<qint64>(m_entities.size() + m_links.size() + m_shipments.size());
    qint64 done = 0;

    progress.setStatus(QStringLiteral("Writing entities"));
    std::vector<qint64> rowIds(m_entities.size());
    for (std::size_t i = 0; i < m_entities.size(); ++i) {
        const DemoEntity &e = m_entities[i];
        const Provenance from{src.entities, static_cast<qint64>(i) + 1};
        // A Russian or Belarusian trader known only from customs data often has no country on file.
        const QString country =
            wording.hidesCountry(static_cast<int>(i), e.country, e.role == Role::Importer) ? QString() : e.country;
        auto id = writer.addEntity({e.extId, e.person ? QStringLiteral("Person") : QStringLiteral("Company"), e.name,
                                    country, e.born.isValid() ? e.born.toString(Qt::ISODate) : QString()},
                                   from);
        if (!id)
            return id.error();
        rowIds[i] = *id;
        for (const QString &alias : e.aliases)
            if (auto st = writer.addName(*id, alias, QStringLiteral("alias"), from); !st)
                return st.error();
        for (const auto &[scheme, value] : e.identifiers)
            if (auto st = writer.addIdentifier(*id, scheme, value, from); !st)
                return st.error();
        for (const QString &address : e.addresses)
            if (auto st = writer.addAddress(*id, address, country, from); !st)
                return st.error();
        ++(e.person ? counts.persons : counts.companies);
    }
    counts.entities = static_cast<qint64>(m_entities.size());
    done += counts.entities;
    progress.setProgress(done, total);
    if (auto st = writer.finishSource(src.entities, counts.entities, counts.entities, 0, 0); !st)
        return st.error();

    progress.setStatus(QStringLiteral("Writing ownership and directorships"));
    for (std::size_t i = 0; i < m_links.size(); ++i) {
        const DemoLink &l = m_links[i];
        LinkRecord r;
        r.extId = QStringLiteral("l-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        r.type = l.type;
        r.role = l.role;
        r.owner = rowIds[static_cast<std::size_t>(l.owner)];
        r.asset = rowIds[static_cast<std::size_t>(l.asset)];
        if (l.share >= 0)
            r.share = Share{l.share, l.share};
        r.startDate = l.start.toString(Qt::ISODate);
        if (auto id = writer.addLink(r, {src.links, static_cast<qint64>(i) + 1}); !id)
            return id.error();
    }
    counts.links = static_cast<qint64>(m_links.size());
    if (auto st = writer.finishSource(src.links, counts.links, counts.links, 0, 0); !st)
        return st.error();

    for (std::size_t i = 0; i < m_designations.size(); ++i) {
        const DemoDesignation &d = m_designations[i];
        if (auto id = writer.addDesignation({d.extId,
                                             rowIds[static_cast<std::size_t>(d.entity)],
                                             d.list,
                                             d.program,
                                             d.listed.toString(Qt::ISODate),
                                             {}},
                                            {src.sanctions, static_cast<qint64>(i) + 1});
            !id)
            return id.error();
    }
    counts.designations = static_cast<qint64>(m_designations.size());
    if (auto st = writer.finishSource(src.sanctions, counts.designations, counts.designations, 0, 0); !st)
        return st.error();

    progress.setStatus(QStringLiteral("Writing shipments"));
    // Declarations in date order, as a customs extract lists them.
    std::vector<std::uint32_t> order(m_shipments.size());
    std::iota(order.begin(), order.end(), 0U);
    std::sort(order.begin(), order.end(), [this](std::uint32_t a, std::uint32_t b) {
        const DemoShipment &x = m_shipments[a], &y = m_shipments[b];
        return x.day != y.day ? x.day < y.day : x.serial < y.serial;
    });
    QHash<int, QString> dates;
    const QString eur = QStringLiteral("EUR"), usd = QStringLiteral("USD");
    const int hsChange = dayOf(QDate(2022, 1, 1));
    qint64 row = 0;
    for (std::uint32_t index : order) {
        const DemoShipment &s = m_shipments[index];
        const DemoEntity &exporter = m_entities[static_cast<std::size_t>(s.exporter)];
        const DemoEntity &importer = m_entities[static_cast<std::size_t>(s.importer)];
        auto dateIt = dates.find(s.day);
        if (dateIt == dates.end())
            dateIt = dates.insert(s.day, dateOf(s.day).toString(Qt::ISODate));
        ShipmentRecord r;
        r.extId = shipmentId(static_cast<int>(index));
        r.date = *dateIt;
        r.exporter = rowIds[static_cast<std::size_t>(s.exporter)];
        r.importer = rowIds[static_cast<std::size_t>(s.importer)];
        // Declared in the importing country, in its tariff and words.
        wording.declare(r, s.serial, s.goods, s.quantity, s.day < hsChange, importer.country);
        const bool inEuros = isEu(exporter.country);
        r.value = inEuros ? std::round(s.value * 92.0) / 100.0 : s.value;
        r.currency = inEuros ? eur : usd;
        r.originCountry = countries().at(s.origin);
        r.dispatchCountry = exporter.country;
        r.destinationCountry = importer.country;
        if (s.transit)
            r.transitCountries = countries().at(s.transit);
        if (auto id = writer.addShipment(r, {src.shipments, ++row}); !id)
            return id.error();
        if (row % 50000 == 0) {
            progress.setProgress(done + row, total);
            if (progress.isCancelled())
                return makeError(ErrorCode::Cancelled, QStringLiteral("generation cancelled"));
        }
    }
    counts.shipments = row;
    if (auto st = writer.finishSource(src.shipments, row, row, 0, 0); !st)
        return st.error();

    progress.setStatus(QStringLiteral("Writing the answer key"));
    if (auto st = writeAnswerKey(db, m_answers); !st)
        return st.error();
    counts.answerItems = static_cast<qint64>(m_answers.size());
    counts.decoys = std::count_if(m_answers.begin(), m_answers.end(), [](const AnswerItem &a) { return a.isDecoy; });
    progress.setProgress(total, total);
    return counts;
}

} // namespace caravan::demo
