#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/demo/AnswerKey.h"
#include "models/demo/DemoGoods.h"
#include "models/demo/DemoNames.h"
#include "models/demo/DemoRandom.h"
#include "models/demo/DemoRealism.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <utility>
#include <vector>

struct sqlite3;

namespace caravan::demo {

// What a company does in the generated economy.
enum class Role { Exporter, Intermediary, DomesticBuyer, Importer, Holding, Planted, Person };

struct DemoEntity {
    QString extId;
    bool person = false;
    QString name;
    QStringList aliases;
    QString country;
    QDate born; // incorporation or birth date
    std::vector<std::pair<QString, QString>> identifiers;
    QStringList addresses;
    Role role = Role::Exporter;
};

struct DemoLink {
    QString type; // ownership, directorship
    int owner = 0;
    int asset = 0;
    double share = -1; // percent; negative: none (directorship)
    QDate start;
    QString role;
};

struct DemoDesignation {
    QString extId;
    int entity = 0;
    QString list;
    QString program;
    QDate listed;
};

// A shipment kept compact (a million of them fit in 50 MB): days since 2018-01-01, entity indexes,
// a catalogue line, and a serial that makes its declaration id.
struct DemoShipment {
    std::int32_t day = 0;
    std::int32_t exporter = 0;
    std::int32_t importer = 0;
    std::uint32_t serial = 0;
    std::uint16_t goods = 0;
    std::uint8_t origin = 0;  // index into DemoWorld::countries()
    std::uint8_t transit = 0; // 0: none, else index into countries()
    double quantity = 0;
    double value = 0;
};

// Counts of what a generation wrote.
struct DemoCounts {
    qint64 entities = 0;
    qint64 companies = 0;
    qint64 persons = 0;
    qint64 links = 0;
    qint64 designations = 0;
    qint64 shipments = 0;
    qint64 answerItems = 0;
    qint64 decoys = 0;
};

// The case being generated, held in memory until it is written in one transaction. Keeps names,
// identifiers and addresses unique so that only planted items share them.
class DemoWorld {
public:
    explicit DemoWorld(std::uint64_t seed);

    DemoRandom &random() { return m_random; }

    static const QStringList &countries();
    static int countryIndex(const QString &code);
    static QDate epoch() { return QDate(2018, 1, 1); }
    static int dayOf(const QDate &date) { return static_cast<int>(epoch().daysTo(date)); }
    static QDate dateOf(int day) { return epoch().addDays(day); }

    // A company with a unique generated name, identifiers of its country and a unique address.
    int addCompany(const QString &country, Role role, Sector sector, const QDate &incorporated);
    // A company with a given name (and aliases), identifiers and address given or generated.
    int addNamedCompany(const QString &country, Role role, const GeneratedName &name, const QDate &incorporated);
    int addPerson(const QString &country, const QDate &born);

    void addIdentifier(int entity, const QString &scheme, const QString &value);
    QString freshAddress(const QString &country);
    int own(int owner, int asset, double percent, const QDate &start);
    int direct(int director, int company, const QDate &start);
    void designate(int entity, const QString &list, const QString &program, const QDate &listed);
    // The first day `entity` is on any list, or -1.
    int listedFrom(int entity) const { return m_listedFrom.value(entity, -1); }

    // A shipment of `quantity` units of catalogue line `goods`, valued at its unit price times `priceFactor`.
    int ship(const QDate &date, int exporter, int importer, std::size_t goods, double quantity,
             double priceFactor = 1.0, const QString &origin = {});
    QString shipmentId(int shipment) const;
    const DemoShipment &shipment(int index) const { return m_shipments[static_cast<std::size_t>(index)]; }
    const DemoEntity &entity(int index) const { return m_entities[static_cast<std::size_t>(index)]; }
    DemoEntity &entity(int index) { return m_entities[static_cast<std::size_t>(index)]; }
    QString extId(int entity) const { return m_entities[static_cast<std::size_t>(entity)].extId; }
    int entityCount() const { return static_cast<int>(m_entities.size()); }
    void reserveShipments(std::size_t count) { m_shipments.reserve(count); }

    void answer(AnswerItem item);
    const std::vector<AnswerItem> &answers() const { return m_answers; }
    int nextAnswerNumber(const QString &pattern);

    // Writes everything through CaseWriter, worded as `realism` says; the caller owns the transaction.
    Result<DemoCounts> write(sqlite3 *db, const QString &descriptor, Realism realism, Progress &progress);

private:
    QString uniqueAddress(const QString &country);
    bool claimName(const QString &core);
    QString nextExtId(const QString &country, bool person);

    std::uint64_t m_seed;
    DemoRandom m_random;
    std::vector<DemoEntity> m_entities;
    std::vector<DemoLink> m_links;
    std::vector<DemoDesignation> m_designations;
    std::vector<DemoShipment> m_shipments;
    std::vector<AnswerItem> m_answers;
    QSet<QString> m_names;
    QSet<QString> m_identifiers;
    QSet<QString> m_addresses;
    QHash<QString, int> m_answerNumbers;
    QHash<int, int> m_listedFrom;
    int m_companySerial = 0;
    int m_personSerial = 0;
    std::uint32_t m_shipmentSerial = 0;
};

// Lower case, letters and digits only: "Г.АЛМАТЫ, УЛ.АБАЯ 150" and "г. Алматы, ул. Абая, 150" agree.
QString normalisedText(const QString &text);

} // namespace caravan::demo
