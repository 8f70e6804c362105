#pragma once

#include "models/core/Result.h"

#include <QJsonObject>

#include <span>

struct sqlite3;

namespace caravan {

// The counts a case summary, the status bar and `caravan-cli stats` show.
struct CaseStats {
    qint64 entities = 0;
    qint64 companies = 0;
    qint64 persons = 0;
    qint64 links = 0;
    qint64 ownershipLinks = 0;
    qint64 shipments = 0;
    qint64 designations = 0;
    qint64 sources = 0;
    qint64 rejectedRows = 0;
    qint64 marks = 0;
    qint64 tradeStats = 0;
    int schemaVersion = 0;

    QJsonObject toJson() const;
};

// One count of CaseStats and the SQL that gives it; the SQL is the same on a case file and a server case.
struct CaseStatsQuery {
    qint64 CaseStats::*field;
    const char *sql;
};
std::span<const CaseStatsQuery> caseStatsQueries();

Result<CaseStats> readCaseStats(sqlite3 *db);

} // namespace caravan
