#pragma once

#include <QCoreApplication>
#include <QString>

namespace caravan {

// One audit-log entry as a reader of a report sees it: a settings change in words ("Trade view: the places of
// 412 nodes saved"), stored blobs (base64 layouts, long JSON) left out with their size, long details cut short.
class AuditSummary {
    Q_DECLARE_TR_FUNCTIONS(AuditSummary)
public:
    struct Line {
        QString action;
        QString detail;
    };
    static Line summarise(const QString &action, const QString &target, const QString &detail);
    // True for a value no reader can use: long and without spaces (base64, hex, packed JSON).
    static bool looksLikeBlob(const QString &value);
    static constexpr int kMaxDetail = 240; // characters of a detail shown before it is cut short
};

} // namespace caravan
