#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/report/ReportInputs.h"

#include <QHash>

#include <memory>

struct sqlite3;

namespace caravan {

class CaseFile;
class Connection;

// Decides what a report of a case says: reads the case (title, counts, marks, entities, shipments,
// designations, sources, audit log, trade statistics), takes detector chains and ownership verdicts from
// the caller, and returns the document as data for a painter. Reads only; cancellable.
class ReportBuilder {
public:
    ReportBuilder(const CaseFile &file, ReportInputs inputs, ReportOptions options);
    ~ReportBuilder();

    Result<ReportDocument> build(Progress &progress);

private:
    struct EntityInfo {
        QString name;
        QString country;
        bool designated = false;
        bool found = false;
    };
    const EntityInfo &entity(const QString &extId);
    QString entityLabel(const QString &extId);
    ShipmentRef completed(ShipmentRef ref);

    Status addSummary(ReportSection &section);
    Status addChains(ReportSection &section);
    Status addOwnership(ReportSection &section);
    Status addOwnershipAppendix(ReportSection &section);
    // The designations of the entities in `only` (all when null) in name order, the first maxRows as a table;
    // counts the designations that match and those of other entities.
    struct DesignationRows {
        ReportTable table;
        qint64 matching = 0;
        qint64 others = 0;
    };
    Result<DesignationRows> designationRows(const QSet<QString> *only, qint64 maxRows);
    Status addDesignationsAppendix(ReportSection &section);
    static constexpr qint64 kMaxDesignationRows = 300;
    static constexpr qint64 kMaxAppendixDesignationRows = 5000;
    void addVerdicts(ReportSection &section, const QList<ReportVerdict> &verdicts);
    // Cited ids of the entities marked confirmed or suspected and of the parties of such marked chains.
    Result<QSet<QString>> markedParties();
    Status addCharts(ReportSection &section, Progress &progress);
    // Returns false in `present` when the case holds no trade statistics (the section is left out).
    Status addAnomalies(ReportSection &section, Progress &progress, bool &present);
    Status addNotes(ReportSection &section);
    Status addSources(ReportSection &section);
    Status addAudit(ReportSection &section);
    void addChain(ReportSection &section, const ReportChain &chain, bool detected);

    const CaseFile &m_file;
    std::unique_ptr<Connection> m_reader;
    sqlite3 *m_db = nullptr;
    ReportInputs m_inputs;
    ReportOptions m_options;
    QHash<QString, EntityInfo> m_entities;
    qint64 m_chainCount = 0;
    QList<ReportVerdict> m_otherVerdicts; // about no marked party: the ownership appendix, when asked for
    qint64 m_otherDesignations = 0;       // of entities no marked party involves: in the appendix, when asked for
};

} // namespace caravan
