#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace caravan {

enum class MatchKind { Screening, Duplicate };
enum class MatchVerdict { Accepted, Rejected };

QString matchKindName(MatchKind kind);
std::optional<MatchKind> matchKindFromName(const QString &name);
QString matchVerdictName(MatchVerdict verdict);

// A person's decision on a match candidate, keyed by the entities' cited ids so it survives re-import.
// Screening: a = the screened entity, b = the listed one. Duplicate: a survives, b is absorbed into it.
struct MatchDecision {
    qint64 rowId = 0;
    MatchKind kind = MatchKind::Screening;
    QString aRef;
    QString bRef;
    MatchVerdict verdict = MatchVerdict::Rejected;
    std::optional<double> score;
    QString note;
    QString author;
    QDateTime decidedAt;
};

} // namespace caravan
