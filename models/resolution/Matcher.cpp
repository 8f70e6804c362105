#include "models/resolution/Matcher.h"

#include "models/resolution/LegalForms.h"
#include "models/resolution/Similarity.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace caravan {

namespace {

// Identifier schemes an entity has one value of: a different value means a different entity.
bool isUniqueScheme(const QString &scheme)
{
    static const QSet<QString> unique{QStringLiteral("kz-bin"),  QStringLiteral("kz-iin"), QStringLiteral("ru-inn"),
                                      QStringLiteral("ru-ogrn"), QStringLiteral("kg-inn"), QStringLiteral("am-tin"),
                                      QStringLiteral("lei"),     QStringLiteral("imo"),    QStringLiteral("eu-vat"),
                                      QStringLiteral("uz-inn"),  QStringLiteral("ge-tin"), QStringLiteral("swift")};
    return unique.contains(scheme);
}

bool isInitial(const QString &token)
{
    return token.size() == 1;
}

double addressSimilarity(const QStringList &a, const QStringList &b)
{
    const QSet<QString> sa(a.begin(), a.end());
    const QSet<QString> sb(b.begin(), b.end());
    const qsizetype common = QSet<QString>(sa).intersect(sb).size();
    const qsizetype all = sa.size() + sb.size() - common;
    return all == 0 ? 0.0 : double(common) / double(all);
}

QString percent(double v)
{
    return QString::number(v, 'f', 2);
}

} // namespace

TokenWeights::TokenWeights()
{
    static std::atomic<quint64> serials{0};
    m_serial = ++serials;
}

void TokenWeights::add(const MatchRecord &record)
{
    QSet<QString> tokens;
    for (const MatchName &n : record.names)
        for (const QString &t : n.skeletons)
            tokens.insert(t);
    for (const QString &t : tokens) {
        ++m_documents[t];
        if (!m_ids.contains(t))
            m_ids.insert(t, int(m_ids.size()));
    }
    ++m_total;
}

double TokenWeights::weight(const QString &skeleton) const
{
    const int df = m_documents.value(skeleton, 0);
    const double n = std::max(1, m_total);
    return std::log(1.0 + n / std::max(1, df));
}

void TokenWeights::assign(QList<MatchRecord> &records) const
{
    for (MatchRecord &r : records)
        for (MatchName &n : r.names) {
            n.weights.clear();
            n.tokenIds.clear();
            for (const QString &t : n.skeletons) {
                n.weights.append(weight(t));
                n.tokenIds.append(m_ids.value(t, -1));
            }
        }
}

double Matcher::weight(const MatchName &name, qsizetype token) const
{
    if (isInitial(name.skeletons[token]))
        return 0.5;
    if (token < name.weights.size())
        return name.weights[token];
    return m_weights ? m_weights->weight(name.skeletons[token]) : 1.0;
}

double Matcher::tokenSimilarity(const MatchName &a, qsizetype i, const MatchName &b, qsizetype j) const
{
    const QString &x = a.skeletons[i];
    const QString &y = b.skeletons[j];
    const int ix = i < a.tokenIds.size() ? a.tokenIds[i] : -1;
    const int iy = j < b.tokenIds.size() ? b.tokenIds[j] : -1;
    if (!m_weights || ix < 0 || iy < 0)
        return similarity::tokenCredit(x, y);
    if (ix == iy)
        return 1.0;
    // The same few thousand words meet again and again: each pair is scored once per thread.
    struct Memo {
        quint64 serial = 0;
        std::unordered_map<quint64, double> sims;
    };
    thread_local Memo memo;
    if (memo.serial != m_weights->serial() || memo.sims.size() > 4'000'000) {
        memo.sims.clear();
        memo.serial = m_weights->serial();
    }
    const quint64 key = ix < iy ? (quint64(ix) << 32 | quint32(iy)) : (quint64(iy) << 32 | quint32(ix));
    if (const auto it = memo.sims.find(key); it != memo.sims.end())
        return it->second;
    const double sim = similarity::tokenCredit(x, y);
    memo.sims.emplace(key, sim);
    return sim;
}

bool Matcher::comparable(EntityType a, EntityType b)
{
    const auto group = [](EntityType t) { return t == EntityType::Person ? 0 : t == EntityType::Vessel ? 1 : 2; };
    return group(a) == group(b);
}

namespace {

// What one word left over on one side weighs against a word left over on the other: a name with a word the other
// lacks (a middle name, a second given name) is weaker evidence against than two names with different words in the
// same place. Persons gain and lose middle names; companies' extra words more often name another company.
constexpr double kExtraWordPerson = 0.35;
constexpr double kExtraWordOther = 0.8;
// ...and a different word in the same place (Boris against Benjamin Netanyahu) weighs more than the word itself.
constexpr double kConflictingWord = 1.5;

QChar firstLetter(const QString &latin)
{
    return latin.isEmpty() ? QChar() : latin.front();
}

} // namespace

double Matcher::nameSimilarity(const MatchName &a, const MatchName &b, bool person, QString *why) const
{
    // A candidate: words i..i+spanA-1 of a against words j..j+spanB-1 of b (one side a single word).
    struct Pair {
        qsizetype i, j;
        qsizetype spanA, spanB;
        double sim;
    };
    QVarLengthArray<Pair, 64> pairs;
    for (qsizetype i = 0; i < a.skeletons.size(); ++i)
        for (qsizetype j = 0; j < b.skeletons.size(); ++j) {
            const QString &x = a.skeletons[i];
            const QString &y = b.skeletons[j];
            // Patronymics only answer patronymics (Aleksandrovich is not Aleksandr), or an initial.
            if (person && a.patronymic[i] != b.patronymic[j] && !isInitial(x) && !isInitial(y))
                continue;
            double sim = 0.0;
            // An initial answers a word that begins with its letter (as written: the skeleton of Jean is "ean").
            if (person && (isInitial(a.latin[i]) || isInitial(b.latin[j])))
                sim = firstLetter(a.latin[i]) == firstLetter(b.latin[j]) ? 0.9 : 0.0;
            else
                sim = tokenSimilarity(a, i, b, j);
            if (sim > 0.0)
                pairs.append({i, j, 1, 1, sim});
        }
    // One word that is two or three on the other side (JanDaniel, Patr ushev, Alfatranzit), or their initials (JC
    // for Jean-Claude, PLA for People's Liberation Army).
    const auto spans = [&](const MatchName &x, const MatchName &y, bool xIsA) {
        const qsizetype most = person ? 3 : 6;
        for (qsizetype i = 0; i < x.skeletons.size(); ++i) {
            const QString &word = x.skeletons[i];
            const QString &letters = x.latin[i];
            for (qsizetype j = 0; j + 1 < y.skeletons.size(); ++j) {
                double credit = 0.0;
                qsizetype span = 0;
                qsizetype length = y.skeletons[j].size();
                for (qsizetype k = 1; k < 3 && j + k < y.skeletons.size() && credit == 0.0; ++k) {
                    length += y.skeletons[j + k].size();
                    if (std::abs(int(length - word.size())) > 1)
                        continue;
                    QString joined;
                    for (qsizetype m = 0; m <= k; ++m)
                        joined += y.skeletons[j + m];
                    if (const double c = similarity::tokenCredit(joined, word); c >= 0.8) {
                        credit = c;
                        span = k + 1;
                    }
                }
                if (credit == 0.0 && letters.size() >= 2 && letters.size() <= most &&
                    j + letters.size() <= y.latin.size() && !letters.front().isDigit()) {
                    bool all = true;
                    for (qsizetype k = 0; k < letters.size() && all; ++k)
                        all = y.latin[j + k].size() > 1 && firstLetter(y.latin[j + k]) == letters[k];
                    if (all) {
                        credit = 0.9;
                        span = letters.size();
                    }
                }
                if (credit > 0.0)
                    pairs.append(xIsA ? Pair{i, j, 1, span, credit} : Pair{j, i, span, 1, credit});
            }
        }
    };
    if (a.skeletons.size() != b.skeletons.size() || a.skeletons.size() > 1) {
        spans(a, b, true);
        spans(b, a, false);
    }
    // Best first; of two equal, the one that covers more words.
    std::sort(pairs.begin(), pairs.end(), [](const Pair &p, const Pair &q) {
        return p.sim > q.sim || (p.sim == q.sim && p.spanA + p.spanB > q.spanA + q.spanB);
    });
    QVarLengthArray<bool, 32> usedA(a.skeletons.size(), false), usedB(b.skeletons.size(), false);
    double matched = 0.0;
    double total = 0.0;
    bool fullWordAgreed = false;
    QStringList agreed;
    const auto words = [](const MatchName &n, qsizetype from, qsizetype span) {
        return n.latin.mid(from, span).join(QLatin1Char(' '));
    };
    for (const Pair &p : pairs) {
        bool free = true;
        for (qsizetype k = 0; k < p.spanA && free; ++k)
            free = !usedA[p.i + k];
        for (qsizetype k = 0; k < p.spanB && free; ++k)
            free = !usedB[p.j + k];
        if (!free)
            continue;
        double w = 0.0;
        for (qsizetype k = 0; k < p.spanA; ++k) {
            usedA[p.i + k] = true;
            w += weight(a, p.i + k);
        }
        for (qsizetype k = 0; k < p.spanB; ++k) {
            usedB[p.j + k] = true;
            w += weight(b, p.j + k);
        }
        fullWordAgreed =
            fullWordAgreed || p.spanA + p.spanB > 2 || (!isInitial(a.latin[p.i]) && !isInitial(b.latin[p.j]));
        matched += p.sim * w;
        total += w;
        if (why) {
            const QString x = words(a, p.i, p.spanA), y = words(b, p.j, p.spanB);
            agreed.append(x == y ? x : x + (p.spanA + p.spanB > 2 ? QLatin1Char('=') : QLatin1Char('~')) + y);
        }
    }
    const auto hasPatronymic = [](const MatchName &n) { return n.patronymic.contains(true); };
    const bool aPat = hasPatronymic(a), bPat = hasPatronymic(b);
    const auto unmatched = [&](const MatchName &n, const QVarLengthArray<bool, 32> &used, bool otherHasPatronymic) {
        double sum = 0.0;
        for (qsizetype i = 0; i < n.skeletons.size(); ++i) {
            if (used[i])
                continue;
            double w = weight(n, i);
            // A patronymic one side leaves out says little; a different one says a lot.
            if (n.patronymic[i] && !otherHasPatronymic)
                w *= 0.15;
            sum += w;
        }
        return sum;
    };
    const double leftA = unmatched(a, usedA, bPat), leftB = unmatched(b, usedB, aPat);
    const double both = std::min(leftA, leftB);
    total +=
        kConflictingWord * 2.0 * both + (person ? kExtraWordPerson : kExtraWordOther) * (std::max(leftA, leftB) - both);
    double sim = total > 0.0 ? matched / total : 0.0;
    // Initials alone (N.N., A. B.) say little about who it is.
    if (person && !fullWordAgreed)
        sim *= 0.6;
    // "Alfa-Tranzit" against "Alfatranzit": the same letters split differently.
    if (!person && a.skeletons.size() != b.skeletons.size() && a.joined.size() >= 5 && b.joined.size() >= 5) {
        const double joined = similarity::jaroWinkler(a.joined, b.joined);
        if (joined >= 0.95 && joined - 0.03 > sim) {
            sim = joined - 0.03;
            agreed = {a.latin.join(QLatin1Char(' ')) + QLatin1Char('=') + b.latin.join(QLatin1Char(' '))};
        }
    }
    if (why)
        *why = agreed.join(QLatin1String(", "));
    return sim;
}

MatchScore Matcher::score(const MatchRecord &a, const MatchRecord &b, double floor) const
{
    // Scores without words first: most pairs fall short, and writing their reasons would cost more than scoring.
    MatchScore result;
    result.score = compute(a, b, floor, nullptr);
    if (result.score >= floor && comparable(a.type, b.type))
        compute(a, b, 0.0, &result.reasons);
    return result;
}

double Matcher::compute(const MatchRecord &a, const MatchRecord &b, double floor, QStringList *reasons) const
{
    if (!comparable(a.type, b.type))
        return 0.0;
    const bool person = a.type == EntityType::Person;

    // Names: the best pair of spellings.
    double best = 0.0;
    const MatchName *bestA = nullptr;
    const MatchName *bestB = nullptr;
    for (const MatchName &x : a.names)
        for (const MatchName &y : b.names) {
            const double s = nameSimilarity(x, y, person);
            if (s > best) {
                best = s;
                bestA = &x;
                bestB = &y;
            }
        }
    // The most country, date and address can add; an equal identifier lifts any name.
    constexpr double kMostBonus = 0.02 + 0.05 + 0.05;
    if (floor > 0.0 && best + kMostBonus < floor) {
        bool anyEqual = false;
        for (const Identifier &x : a.identifiers)
            for (const Identifier &y : b.identifiers)
                anyEqual = anyEqual || (x.scheme == y.scheme && x.value == y.value);
        if (!anyEqual)
            return best + kMostBonus;
    }
    double score = best;
    if (bestA) {
        QString why;
        if (reasons)
            nameSimilarity(*bestA, *bestB, person, &why);
        if (reasons)
            reasons->append(QStringLiteral("name %1: \"%2\" ~ \"%3\" (%4)")
                                .arg(percent(best), bestA->display, bestB->display, why));
        if (!person && !bestA->legalForm.isEmpty() && !bestB->legalForm.isEmpty()) {
            const QString familyA = legalforms::family(bestA->legalForm);
            const QString familyB = legalforms::family(bestB->legalForm);
            if (bestA->legalForm == bestB->legalForm) {
                if (reasons)
                    reasons->append(QStringLiteral("same legal form %1").arg(bestA->legalForm));
            } else if (familyA.isEmpty() || familyB.isEmpty() || familyA == familyB) {
                // OAO and JSC, Co. and Ltd: the same kind of company, or a word that says only "company".
                if (reasons)
                    reasons->append(
                        QStringLiteral("legal forms compatible: %1 / %2").arg(bestA->legalForm, bestB->legalForm));
            } else {
                score -= 0.05;
                if (reasons)
                    reasons->append(
                        QStringLiteral("legal forms differ: %1 / %2 (-0.05)").arg(bestA->legalForm, bestB->legalForm));
            }
        }
    } else {
        if (reasons)
            reasons->append(QStringLiteral("no name in common"));
    }

    // Identifiers decide when present.
    bool equal = false;
    bool conflict = false;
    for (const Identifier &x : a.identifiers)
        for (const Identifier &y : b.identifiers)
            if (x.scheme == y.scheme && x.value == y.value && !equal) {
                equal = true;
                if (reasons)
                    reasons->append(QStringLiteral("same %1 %2").arg(x.scheme, x.value));
            }
    if (!equal) {
        QSet<QString> reported;
        for (const Identifier &x : a.identifiers) {
            if (!isUniqueScheme(x.scheme) || reported.contains(x.scheme))
                continue;
            QStringList theirs;
            for (const Identifier &y : b.identifiers)
                if (y.scheme == x.scheme)
                    theirs.append(y.value);
            if (theirs.isEmpty())
                continue;
            QStringList ours;
            for (const Identifier &y : a.identifiers)
                if (y.scheme == x.scheme)
                    ours.append(y.value);
            conflict = true;
            reported.insert(x.scheme);
            if (reasons)
                reasons->append(QStringLiteral("different %1: %2 / %3 (x0.5)")
                                    .arg(x.scheme, ours.join(QLatin1Char(';')), theirs.join(QLatin1Char(';'))));
        }
    }
    if (equal)
        score = 0.97 + 0.03 * std::clamp(score, 0.0, 1.0);
    else if (conflict)
        score *= 0.5;

    if (!a.country.isEmpty() && !b.country.isEmpty()) {
        if (a.country == b.country) {
            score += 0.02;
            if (reasons)
                reasons->append(QStringLiteral("same country %1 (+0.02)").arg(a.country));
        } else {
            score -= 0.08;
            if (reasons)
                reasons->append(QStringLiteral("countries differ: %1 / %2 (-0.08)").arg(a.country, b.country));
        }
    }

    if (!a.date.isEmpty() && !b.date.isEmpty()) {
        const QString what = person ? QStringLiteral("birth date") : QStringLiteral("incorporation date");
        if (a.date == b.date) {
            score += 0.05;
            if (reasons)
                reasons->append(QStringLiteral("same %1 %2 (+0.05)").arg(what, a.date));
        } else if (const qsizetype known = std::min(a.date.size(), b.date.size());
                   a.date.left(known) == b.date.left(known)) {
            // One date is partial (a year, a month) and the other agrees with it as far as it goes. Two full
            // dates that differ, even in the same year, are two people (a namesake) or two companies.
            score += 0.02;
            if (reasons)
                reasons->append(QStringLiteral("%1s agree: %2 / %3 (+0.02)").arg(what, a.date, b.date));
        } else {
            const double penalty = person ? 0.3 : 0.05;
            score -= penalty;
            if (reasons)
                reasons->append(
                    QStringLiteral("%1s differ: %2 / %3 (-%4)").arg(what, a.date, b.date, percent(penalty)));
        }
    }

    double bestAddress = 0.0;
    for (const QStringList &x : a.addresses)
        for (const QStringList &y : b.addresses)
            bestAddress = std::max(bestAddress, addressSimilarity(x, y));
    if (bestAddress >= 0.6) {
        score += 0.05;
        if (reasons)
            reasons->append(QStringLiteral("similar address %1 (+0.05)").arg(percent(bestAddress)));
    }

    return std::clamp(score, 0.0, 1.0);
}

} // namespace caravan
