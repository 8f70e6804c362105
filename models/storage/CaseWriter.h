#pragma once

#include "models/core/Result.h"
#include "models/domain/Link.h"
#include "models/storage/Sqlite.h"

#include <QDate>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <string>

struct sqlite3;

namespace caravan {

class ShipmentSink;

// Where a fact came from: the source row id and the row or record number in that file.
struct Provenance {
    qint64 source = 0; // 0: entered by hand
    qint64 row = 0;
};

struct SourceRecord {
    QString fileName;
    QString filePath;
    QString sha256;
    QString format;
    QString kind;
    QString encoding;
};

struct EntityRecord {
    QString extId;
    QString type = QStringLiteral("Company");
    QString name;
    QString country;
    QString birthDate;           // ISO date, or a year: the first the source gives
    QStringList otherDates = {}; // every further birth or incorporation date the source gives (entity_dates)
};

struct LinkRecord {
    QString extId;
    QString type = QStringLiteral("ownership");
    QString role;
    qint64 owner = 0;
    qint64 asset = 0;
    Share share;
    QString startDate;
    QString endDate;
};

struct DesignationRecord {
    QString extId;
    qint64 entity = 0;
    QString list;
    QString program;
    QString listedDate;
    QString endDate;
};

struct ShipmentRecord {
    QString extId;
    QString date;
    qint64 exporter = 0;
    qint64 importer = 0;
    QString hsCode;
    QString description;
    std::optional<double> quantity;
    QString unit;
    std::optional<double> weightKg;
    std::optional<double> value;
    QString currency;
    QString originCountry;
    QString destinationCountry;
    QString transitCountries; // "KZ;KG"
    QString dispatchCountry;  // EAEU declaration box 15: where the goods were sent from
};

// A shipment as UTF-8 bytes (the bulk path of an import: slices of the parsed row, bound as they are,
// with no QString on the way). Every text is already checked and normalised like ShipmentRecord's.
struct ShipmentView {
    QByteArrayView extId;
    QByteArrayView date;
    qint64 exporter = 0;
    qint64 importer = 0;
    QByteArrayView hsCode;
    QByteArrayView hs6; // hs6Of(hsCode)
    QByteArrayView description;
    std::optional<double> quantity;
    QByteArrayView unit;
    std::optional<double> weightKg;
    std::optional<double> value;
    QByteArrayView currency;
    QByteArrayView originCountry;
    QByteArrayView destinationCountry;
    QByteArrayView transitCountries;
    QByteArrayView dispatchCountry;
};

// One aggregate trade flow (Eurostat Comext, UN Comtrade): reporter -> partner, HS product, period.
struct TradeStatRecord {
    QString reporter; // ISO 3166 alpha-2, or the aggregate's code (EU27_2020, EA20, WORLD)
    QString partner;
    QString flow = QStringLiteral("export"); // import, export, re-import, re-export
    QString hsCode;                          // as given: TOTAL, 8542, 854231...
    QString period;                          // 2023, 2023-01
    std::optional<double> value;
    std::optional<double> quantity;
    QString unit;
    QString currency;
};

// Inserts facts into a case with prepared statements on the SQLite C API. The caller owns the
// transaction (an import is one transaction per source file). Row ids come back for linking.
class CaseWriter {
public:
    explicit CaseWriter(sqlite3 *db);
    ~CaseWriter();
    CaseWriter(const CaseWriter &) = delete;
    CaseWriter &operator=(const CaseWriter &) = delete;

    Result<qint64> addSource(const SourceRecord &source);
    // Records the source's counts and adds what it wrote to the search index (models/storage/SearchIndex).
    Status finishSource(qint64 sourceId, qint64 read, qint64 imported, qint64 rejected, qint64 skipped);

    // Inserts an entity, or returns the existing one with the same ext id (its facts are then added to).
    Result<qint64> addEntity(const EntityRecord &entity, const Provenance &from);
    qint64 entityByExtId(const QString &extId);
    // The entity (its survivor if merged) that holds the identifier `scheme`:`value`, or 0.
    qint64 entityByIdentifier(const QString &scheme, const QString &value);
    Status addName(qint64 entity, const QString &name, const QString &kind, const Provenance &from);
    Status addIdentifier(qint64 entity, const QString &scheme, const QString &value, const Provenance &from);
    Status addAddress(qint64 entity, const QString &address, const QString &country, const Provenance &from);
    Status addProperty(qint64 entity, const QString &key, const QString &value, const Provenance &from);
    Result<qint64> addLink(const LinkRecord &link, const Provenance &from);
    Result<qint64> addDesignation(const DesignationRecord &designation, const Provenance &from);
    Result<qint64> addShipment(const ShipmentRecord &shipment, const Provenance &from);
    Result<qint64> addShipment(const ShipmentView &shipment, const Provenance &from);
    // Sends the shipments added from now on to `sink` instead of the case file (nullptr: back to the file). Their row
    // ids are then the sink's to give: addShipment returns 0.
    void setShipmentSink(ShipmentSink *sink) { m_shipmentSink = sink; }
    Result<qint64> addTradeStat(const TradeStatRecord &stat, const Provenance &from);
    // Units of `currency` for one euro in `period` (2024-01-31, 2024-01 or 2024); a later import replaces a rate.
    Result<qint64> addExchangeRate(const QString &currency, const QString &period, double perEur,
                                   const Provenance &from);
    Status addRejectedRow(qint64 source, qint64 line, const QString &reason, const QString &raw);
    // The shipment units written so far that the unit vocabulary does not know, with how many rows used each:
    // kept as written, never compared by quantity, and said in the import's summary.
    const std::map<std::string, qint64> &unknownUnits() const;

private:
    Result<qint64> run(SqliteStatement &st, const char *what);
    // One row of an entity's names, identifiers, addresses or properties: (entity, first, second, provenance).
    Status addEntityFact(SqliteStatement &st, const char *what, qint64 entity, const QString &first,
                         const QString &second, const Provenance &from);
    void countUnknownUnit(QByteArrayView unit);
    sqlite3 *m_db;
    struct Statements;
    std::unique_ptr<Statements> m_st;
    std::map<qint64, qint64> m_shipmentsBefore; // source -> the last shipment id before it
    ShipmentSink *m_shipmentSink = nullptr;
};

} // namespace caravan
