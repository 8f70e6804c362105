#include "models/resolution/NameBenchmark.h"

#include "models/import/CsvReader.h"
#include "models/resolution/MatchEngine.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>

#include <functional>

namespace caravan {

void NameBenchCounts::add(bool truth, bool predicted)
{
    (truth ? (predicted ? tp : fn) : (predicted ? fp : tn))++;
}

double NameBenchCounts::precision() const
{
    return tp + fp == 0 ? 1.0 : double(tp) / double(tp + fp);
}

double NameBenchCounts::recall() const
{
    return tp + fn == 0 ? 1.0 : double(tp) / double(tp + fn);
}

double NameBenchCounts::f1() const
{
    const double p = precision(), r = recall();
    return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

namespace namebenchmark {

namespace {

using Rows = QList<QHash<QString, QString>>;

Result<Rows> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1").arg(path));
    CsvReader reader(&file, CsvOptions{.encoding = QString::fromLatin1(encoding::kUtf8), .delimiter = ','});
    if (auto s = reader.open(); !s)
        return s.error();
    QStringList header;
    Rows rows;
    while (reader.next()) {
        const CsvRecord &r = reader.record();
        if (header.isEmpty()) {
            for (int i = 0; i < r.size(); ++i)
                header.append(r.trimmed(i));
            continue;
        }
        QHash<QString, QString> row;
        for (int i = 0; i < header.size(); ++i)
            row.insert(header[i], r.trimmed(i));
        rows.append(row);
    }
    if (reader.error())
        return *reader.error();
    return rows;
}

// The label is left out: four pairs were relabelled after the reference run (cases.csv's label counts).
QString key(const QHash<QString, QString> &row)
{
    return row.value(QStringLiteral("schema")) + u'\x1f' + row.value(QStringLiteral("name1")) + u'\x1f' +
           row.value(QStringLiteral("name2"));
}

EntityType typeOf(const QString &schema)
{
    if (schema == QLatin1String("Person"))
        return EntityType::Person;
    if (schema == QLatin1String("Vessel"))
        return EntityType::Vessel;
    if (schema == QLatin1String("Organization"))
        return EntityType::Organization;
    return EntityType::Company;
}

// Fewer rows than this in a group: its figures are marked as meaning little (one Chinese pair gives F1 0 or 1).
constexpr int kFewRows = 10;

QString figures(const NameBenchCounts &c)
{
    return QStringLiteral("%1 %2 %3").arg(c.precision(), 5, 'f', 3).arg(c.recall(), 5, 'f', 3).arg(c.f1(), 5, 'f', 3);
}

} // namespace

Result<QList<NameBenchPair>> read(const QString &folder)
{
    auto cases = readCsv(QDir(folder).filePath(QStringLiteral("cases.csv")));
    if (!cases)
        return cases.error();
    auto peer = readCsv(QDir(folder).filePath(QStringLiteral("logicv2-frozen.csv")));
    if (!peer)
        return peer.error();
    QMultiHash<QString, bool> verdicts;
    // QMultiHash gives the last inserted first: insert backwards so that repeated rows pair up in order.
    for (auto it = peer.value().crbegin(); it != peer.value().crend(); ++it)
        verdicts.insert(key(*it), it->value(QStringLiteral("predicted_match")) == QLatin1String("true"));
    QHash<QString, int> taken;
    QList<NameBenchPair> out;
    for (const auto &row : cases.value()) {
        NameBenchPair p;
        p.group = row.value(QStringLiteral("case_group"));
        p.schema = row.value(QStringLiteral("schema"));
        p.name1 = row.value(QStringLiteral("name1"));
        p.name2 = row.value(QStringLiteral("name2"));
        p.match = row.value(QStringLiteral("is_match")) == QLatin1String("true");
        p.category = row.value(QStringLiteral("category"));
        if (p.category.isEmpty())
            p.category = QStringLiteral("(none)");
        p.script = scriptOf(p.name1, p.name2);
        // Rows count from 1 after the header, as in the file: odd rows tune, even rows test.
        p.tuning = out.size() % 2 == 0;
        const QString k = key(row);
        const QList<bool> v = verdicts.values(k);
        const int n = taken.value(k, 0);
        if (n < v.size()) {
            p.peer = v[n];
            taken[k] = n + 1;
        }
        out.append(p);
    }
    if (out.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no pairs in %1").arg(folder));
    return out;
}

QString scriptOf(const QString &a, const QString &b)
{
    for (const QString &s : {a, b})
        for (QChar c : s)
            switch (c.script()) {
            case QChar::Script_Cyrillic:
                return QStringLiteral("Cyrillic");
            case QChar::Script_Arabic:
                return QStringLiteral("Arabic");
            case QChar::Script_Han:
                return QStringLiteral("Chinese");
            case QChar::Script_Hiragana:
            case QChar::Script_Katakana:
                return QStringLiteral("Japanese");
            case QChar::Script_Hangul:
                return QStringLiteral("Korean");
            case QChar::Script_Armenian:
                return QStringLiteral("Armenian");
            case QChar::Script_Georgian:
                return QStringLiteral("Georgian");
            case QChar::Script_Khmer:
                return QStringLiteral("Khmer");
            case QChar::Script_Greek:
                return QStringLiteral("Greek");
            case QChar::Script_Hebrew:
                return QStringLiteral("Hebrew");
            default:
                break;
            }
    return QStringLiteral("Latin");
}

void score(QList<NameBenchPair> &pairs, double threshold)
{
    QList<MatchRecord> left, right;
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        Entity a, b;
        a.type = b.type = typeOf(pairs[i].schema);
        a.rowId = 2 * i + 1;
        b.rowId = 2 * i + 2;
        a.name = pairs[i].name1;
        b.name = pairs[i].name2;
        left.append(prepareMatchRecord(a));
        right.append(prepareMatchRecord(b));
    }
    const TokenWeights weights = matchengine::weightsFor(left, right);
    weights.assign(left);
    weights.assign(right);
    const Matcher matcher(&weights);
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        pairs[i].score = matcher.score(left[i], right[i]).score;
        pairs[i].predicted = pairs[i].score >= threshold;
    }
}

NameBenchCounts count(const QList<NameBenchPair> &pairs, bool peer, bool peerRowsOnly)
{
    NameBenchCounts c;
    for (const NameBenchPair &p : pairs) {
        if ((peer || peerRowsOnly) && !p.peer)
            continue;
        c.add(p.match, peer ? *p.peer : p.predicted);
    }
    return c;
}

QString report(const QList<NameBenchPair> &pairs)
{
    QString out;
    const auto line = [&out](const QString &label, const QList<NameBenchPair> &rows) {
        const NameBenchCounts all = count(rows, false, false);
        const NameBenchCounts ours = count(rows, false, true);
        const NameBenchCounts theirs = count(rows, true, true);
        out += QStringLiteral("%1 %2 | %3 | %4 %5 | %6 | %7%8\n")
                   .arg(label.left(34), -34)
                   .arg(all.total(), 4)
                   .arg(figures(all))
                   .arg(ours.total(), 4)
                   .arg(figures(ours), figures(theirs))
                   .arg(ours.f1() - theirs.f1(), 6, 'f', 3)
                   .arg(ours.total() < kFewRows ? QStringLiteral("  few rows: one pair moves F1 by a lot") : QString());
    };
    const auto header = [&out](const QString &what) {
        out += QStringLiteral("\n%1 %2 | %3 | %4 %5 | %6 | %7\n")
                   .arg(what, -34)
                   .arg(QStringLiteral("rows"), 4)
                   .arg(QStringLiteral("Caravan, all rows"), -17)
                   .arg(QStringLiteral("rows"), 4)
                   .arg(QStringLiteral("Caravan  P   R   F1"), -17)
                   .arg(QStringLiteral("logic_v2 P   R   F1"), -17)
                   .arg(QStringLiteral("F1 diff"));
    };
    const auto by = [&](const QString &what, const std::function<QString(const NameBenchPair &)> &field) {
        header(what);
        QMap<QString, QList<NameBenchPair>> groups;
        for (const NameBenchPair &p : pairs)
            groups[field(p)].append(p);
        for (auto it = groups.cbegin(); it != groups.cend(); ++it)
            line(it.key(), it.value());
    };
    out += QStringLiteral("Columns: P R F1. \"Caravan, all rows\" scores every pair; the next columns compare Caravan "
                          "and logic_v2 on the rows logic_v2 scored. Rows: n of each figure; under %1 they are too few "
                          "to mean much.\n")
               .arg(kFewRows);
    header(QStringLiteral("overall"));
    line(QStringLiteral("all pairs"), pairs);
    QList<NameBenchPair> tuning, test;
    for (const NameBenchPair &p : pairs)
        (p.tuning ? tuning : test).append(p);
    line(QStringLiteral("tuning half (odd rows)"), tuning);
    line(QStringLiteral("test half (even rows)"), test);
    by(QStringLiteral("script"), [](const NameBenchPair &p) { return p.script; });
    by(QStringLiteral("schema"), [](const NameBenchPair &p) { return p.schema; });
    by(QStringLiteral("category"), [](const NameBenchPair &p) { return p.category; });
    by(QStringLiteral("case group"), [](const NameBenchPair &p) { return p.group; });
    return out;
}

QString errors(const QList<NameBenchPair> &pairs, bool tuningOnly, bool all)
{
    QString out;
    for (const NameBenchPair &p : pairs)
        if ((all || p.predicted != p.match) && (p.tuning || !tuningOnly))
            out += QStringLiteral("%1 %2 %3 | %4 | %5 | logic_v2 %6\n")
                       .arg(p.predicted == p.match ? (p.match ? QStringLiteral("TP") : QStringLiteral("TN"))
                                                   : (p.match ? QStringLiteral("FN") : QStringLiteral("FP")),
                            p.schema)
                       .arg(p.score, 0, 'f', 3)
                       .arg(p.name1, p.name2,
                            !p.peer ? QStringLiteral("-") : (*p.peer ? QStringLiteral("yes") : QStringLiteral("no")));
    return out;
}

} // namespace namebenchmark
} // namespace caravan
