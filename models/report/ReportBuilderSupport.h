#pragma once

#include "models/core/Result.h"
#include "models/report/ReportDocument.h"

#include <QHash>
#include <QSet>
#include <QString>

struct sqlite3;

namespace caravan {

// What the files of ReportBuilder share (internal to models/report): its translations, number and status wording,
// and the marks it reads.

// Translates in ReportBuilder's context; lupdate files the strings of these free functions under "caravan", so
// those are looked up there too.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);
QString sectionTitle(ReportSectionId id);
// A number in the user's locale; NaN as a dash.
QString number(double v, int decimals = 2);
QString count(qint64 n);
// confirmed 0, suspected 1, not reviewed 2, dismissed 3: the order marked things are reported in.
int statusRank(const QString &status);
QString statusText(const QString &status);
// A stored ISO 8601 time to the minute, in UTC as stored.
QString isoTime(const QString &stored);

// What the investigator marked confirmed or suspected: entities by cited id, and every chain mark's status.
struct MarkedRefs {
    QSet<QString> entities;
    QHash<QString, QString> chainStatus;
};
Result<MarkedRefs> readMarkedRefs(sqlite3 *db);

// A chain's mark as the report quotes it.
struct ChainMark {
    QString status;
    QString note;
    QString author;
    QString updated;
};

Error dbError(sqlite3 *db, const QString &what);

} // namespace caravan
