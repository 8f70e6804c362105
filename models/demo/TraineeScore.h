#pragma once

#include "models/core/Result.h"
#include "models/demo/AnswerKey.h"

#include <QList>
#include <QString>

struct sqlite3;

namespace caravan::demo {

// How a trainee's marks compare with the answer key of a training case.
struct ScoredItem {
    enum class Outcome {
        Found,         // a planted item whose subject or evidence the trainee marked suspected or confirmed
        Missed,        // a planted item left unmarked, or dismissed
        WronglyMarked, // a decoy the trainee marked suspected or confirmed
        RightlyLeft    // a decoy left alone or dismissed
    };
    AnswerItem item;
    Outcome outcome = Outcome::Missed;
    QString markedAs; // the mark that decided it ("entity kz-7 suspected"), if any
};

struct TraineeScore {
    QList<ScoredItem> items;
    int planted = 0;
    int found = 0;
    int missed = 0;
    int decoys = 0;
    int wronglyMarked = 0;
    // Marks on entities or shipments that the answer key does not mention at all.
    QStringList otherMarks;

    double recall() const { return planted ? double(found) / planted : 0.0; }
    double precision() const { return found + wronglyMarked ? double(found) / (found + wronglyMarked) : 0.0; }
};

// Scores the marks stored in the case against its answer key; empty when the case has no answer key.
Result<TraineeScore> scoreTrainee(sqlite3 *db);

QString outcomeName(ScoredItem::Outcome outcome);

} // namespace caravan::demo
