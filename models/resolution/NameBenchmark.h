#pragma once

#include "models/core/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace caravan {

// One labelled pair of OpenSanctions' name-matching benchmark (nomenklatura contrib/name_bench), with the verdict
// of its own matcher (logic_v2) where the reference run scored it, and Caravan's once scored.
struct NameBenchPair {
    QString group;  // case_group
    QString schema; // Person, Company, Organization, LegalEntity, Vessel
    QString name1;
    QString name2;
    bool match = false;
    QString category;         // kind of variation ("(none)" when the file gives none)
    QString script;           // the non-Latin script the pair uses, or Latin
    std::optional<bool> peer; // logic_v2's verdict at its threshold
    double score = 0.0;       // Caravan's
    bool predicted = false;   // Caravan's score at the threshold
    bool tuning = false;      // in the tuning half (odd rows of cases.csv); the even rows are the test half
};

// True/false positives and negatives of one set of verdicts.
struct NameBenchCounts {
    int tp = 0, fp = 0, fn = 0, tn = 0;
    void add(bool truth, bool predicted);
    int total() const { return tp + fp + fn + tn; }
    double precision() const;
    double recall() const;
    double f1() const;
};

// Reads the benchmark, scores every pair with Caravan's name comparison (Matcher::score on two records that carry
// nothing but one name each; token weights from all the benchmark's names) and summarises Caravan beside logic_v2.
namespace namebenchmark {

// cases.csv and logicv2-frozen.csv of `folder`.
Result<QList<NameBenchPair>> read(const QString &folder);
// The writing system of a pair: the first non-Latin script either name uses (Cyrillic, Arabic, Chinese...).
QString scriptOf(const QString &a, const QString &b);
// Scores every pair; predicted = score >= threshold.
void score(QList<NameBenchPair> &pairs, double threshold);
// Caravan's verdicts (peer = false) or logic_v2's (peer = true); with peerRowsOnly, on the rows logic_v2 scored.
NameBenchCounts count(const QList<NameBenchPair> &pairs, bool peer, bool peerRowsOnly = true);
// The table: overall (all pairs, the tuning half and the test half), then per script, schema, category and case
// group; Caravan's P/R/F1 beside logic_v2's on the rows both scored (and Caravan's on all rows).
QString report(const QList<NameBenchPair> &pairs);
// The pairs Caravan gets wrong, one a line, for reading (not for tuning on individual rows); with tuningOnly, only
// those of the tuning half, so that the test half stays unread; with `all`, every pair (TP, TN, FP, FN) with its score.
QString errors(const QList<NameBenchPair> &pairs, bool tuningOnly = false, bool all = false);

} // namespace namebenchmark
} // namespace caravan
