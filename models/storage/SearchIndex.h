#pragma once

#include "models/core/Result.h"

#include <QList>
#include <QString>

struct sqlite3;

namespace caravan {

// What a search box's text becomes for the case's full-text index (schema 8: entity_search, shipment_search).
struct SearchTerms {
    QString match;  // an FTS5 query: every word a prefix, a non-Latin word also as its Latin transliteration
    QString idFrom; // shipment ids that start with the text as typed: ext_id >= idFrom AND ext_id < idTo
    QString idTo;
    QString upperIdFrom; // ... and with the text in capitals
    QString upperIdTo;
    bool isEmpty() const { return idFrom.isEmpty(); }
};

// The case's full-text search index, kept by whatever writes names and goods: imports (CaseWriter::finishSource),
// merges and their undoing (decisionstore), the schema 8 upgrade. entity_search holds an entity's id, names and
// aliases, identifier values, country and the Latin spelling of non-Latin names; shipment_search holds a shipment's
// HS code, goods description and countries (its parties are found through entity_search, its id through the
// ext_id index, so neither is copied into it).
namespace searchindex {

// Indexes the shipments `source` added after row id `after`, and every entity it created or gave a name or an
// identifier. Inside the caller's transaction.
Status indexSource(sqlite3 *db, qint64 source, qint64 after);
// Indexes the given entities again (after a merge moved names between them, or undoing one moved them back).
Status reindexEntities(sqlite3 *db, const QList<qint64> &entities);
// Empties and fills both tables from the whole case (the upgrade to schema 8).
Status rebuild(sqlite3 *db);

// The terms for a search box's text; empty for blank text. Text without letters or digits matches ids only.
SearchTerms terms(const QString &text);

} // namespace searchindex
} // namespace caravan
