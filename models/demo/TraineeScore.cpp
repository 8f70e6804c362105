#include "models/demo/TraineeScore.h"

#include "models/storage/Sqlite.h"

#include <QHash>
#include <QSet>

namespace caravan::demo {

QString outcomeName(ScoredItem::Outcome outcome)
{
    switch (outcome) {
    case ScoredItem::Outcome::Found:
        return QStringLiteral("found");
    case ScoredItem::Outcome::Missed:
        return QStringLiteral("missed");
    case ScoredItem::Outcome::WronglyMarked:
        return QStringLiteral("wrongly marked");
    case ScoredItem::Outcome::RightlyLeft:
        return QStringLiteral("rightly left");
    }
    return {};
}

Result<TraineeScore> scoreTrainee(sqlite3 *db)
{
    auto key = readAnswerKey(db);
    if (!key)
        return key.error();
    // target kind -> ref -> status
    QHash<QString, QString> entityMarks, shipmentMarks;
    {
        SqliteStatement st(db, "SELECT target_kind, target_ref, status FROM marks");
        while (st.step()) {
            if (st.text(0) == u"entity")
                entityMarks.insert(st.text(1), st.text(2));
            else if (st.text(0) == u"shipment")
                shipmentMarks.insert(st.text(1), st.text(2));
        }
    }
    auto flagged = [](const QString &status) { return status == u"suspected" || status == u"confirmed"; };
    TraineeScore score;
    QSet<QString> mentionedEntities, mentionedShipments;
    for (const AnswerItem &item : key.value()) {
        ScoredItem scored{item, item.isDecoy ? ScoredItem::Outcome::RightlyLeft : ScoredItem::Outcome::Missed, {}};
        QString decidingMark;
        if (!item.subject.isEmpty()) {
            mentionedEntities.insert(item.subject);
            if (flagged(entityMarks.value(item.subject)))
                decidingMark = QStringLiteral("entity %1 %2").arg(item.subject, entityMarks.value(item.subject));
        }
        for (const QString &ref : item.allRefs()) {
            QHash<QString, QString> &marks = item.refKind == u"shipments" ? shipmentMarks : entityMarks;
            (item.refKind == u"shipments" ? mentionedShipments : mentionedEntities).insert(ref);
            if (decidingMark.isEmpty() && flagged(marks.value(ref)))
                decidingMark =
                    QStringLiteral("%1 %2 %3")
                        .arg(item.refKind == u"shipments" ? QStringLiteral("shipment") : QStringLiteral("entity"), ref,
                             marks.value(ref));
        }
        if (!decidingMark.isEmpty()) {
            scored.outcome = item.isDecoy ? ScoredItem::Outcome::WronglyMarked : ScoredItem::Outcome::Found;
            scored.markedAs = decidingMark;
        }
        if (item.isDecoy) {
            ++score.decoys;
            score.wronglyMarked += scored.outcome == ScoredItem::Outcome::WronglyMarked;
        } else {
            ++score.planted;
            score.found += scored.outcome == ScoredItem::Outcome::Found;
            score.missed += scored.outcome == ScoredItem::Outcome::Missed;
        }
        score.items.append(scored);
    }
    for (auto it = entityMarks.begin(); it != entityMarks.end(); ++it)
        if (!mentionedEntities.contains(it.key()))
            score.otherMarks << QStringLiteral("entity %1 %2").arg(it.key(), it.value());
    for (auto it = shipmentMarks.begin(); it != shipmentMarks.end(); ++it)
        if (!mentionedShipments.contains(it.key()))
            score.otherMarks << QStringLiteral("shipment %1 %2").arg(it.key(), it.value());
    score.otherMarks.sort();
    return score;
}

} // namespace caravan::demo
