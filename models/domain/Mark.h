#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace caravan {

enum class MarkStatus { Suspected, Confirmed, Dismissed };
enum class MarkTarget { Chain, Entity, Shipment };

QString markStatusName(MarkStatus status);
std::optional<MarkStatus> markStatusFromName(const QString &name);
QString markTargetName(MarkTarget target);
std::optional<MarkTarget> markTargetFromName(const QString &name);

// An investigator's decision about a chain, an entity or a shipment.
struct Mark {
    qint64 rowId = 0;
    MarkTarget target = MarkTarget::Entity;
    QString targetRef; // the cited id (chain id, entity ext id, declaration id)
    MarkStatus status = MarkStatus::Suspected;
    std::optional<double> confidence; // 0..1
    QString note;
    QString author;
    QDateTime updated;
};

} // namespace caravan
