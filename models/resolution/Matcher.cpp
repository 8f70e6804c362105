#include "models/resolution/Matcher.h"

#include "models/resolution/LegalForms.h"
#include "models/resolution/NameWords.h"
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

QString matchBandName(MatchBand band)
{
    return band == MatchBand::Likely ? QStringLiteral("likely") : QStringLiteral("possible");
}

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
    if (ix >= 0 && ix == iy)
        return 1.0;
    if (i < a.masks.size() && j < b.masks.size() && x != y &&
        !similarity::mayResemble(x.size(), a.masks[i], y.size(), b.masks[j]))
        return 0.0;
    if (!m_weights || ix < 0 || iy < 0)
        return similarity::tokenCredit(x, y);
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
// ...and of a place named on one side only, this share is spared.
constexpr double kPlaceSpared = 0.7;

// Whether two strings hold the same digits in the same order (none is the same as none).
bool sameDigits(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    for (;; ++i, ++j) {
        while (i < a.size() && !a[i].isDigit())
            ++i;
        while (j < b.size() && !b[j].isDigit())
            ++j;
        if (i == a.size() || j == b.size())
            return i == a.size() && j == b.size();
        if (a[i] != b[j])
            return false;
    }
}

QChar firstLetter(const QString &latin)
{
    return latin.isEmpty() ? QChar() : latin.front();
}

} // namespace

namespace {

// Two names written in Chinese, Japanese or Korean: the share of characters they have in common (Dice), each
// character a syllable that is either the same or another (习近平 and 习近朋 share two of three: 0.67).
double ideographSimilarity(const QString &a, const QString &b, QString *why)
{
    QString rest = b;
    qsizetype common = 0;
    for (QChar c : a)
        if (const qsizetype at = rest.indexOf(c); at >= 0) {
            rest.remove(at, 1);
            ++common;
        }
    if (why)
        *why = QStringLiteral("%1 of %2 characters in common").arg(common).arg(std::max(a.size(), b.size()));
    return 2.0 * double(common) / double(a.size() + b.size());
}

} // namespace

double Matcher::nameSimilarity(const MatchName &a, const MatchName &b, bool person, QString *why) const
{
    if (!a.ideographs.isEmpty() && !b.ideographs.isEmpty())
        return ideographSimilarity(a.ideographs, b.ideographs, why);
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
    // A word spelt the same on both sides is matched already: no span needs it.
    QVarLengthArray<bool, 32> exactA(a.skeletons.size(), false), exactB(b.skeletons.size(), false);
    for (const Pair &p : pairs)
        if (p.sim == 1.0)
            exactA[p.i] = exactB[p.j] = true;
    const auto spans = [&](const MatchName &x, const MatchName &y, bool xIsA) {
        const qsizetype most = person ? 3 : 6;
        const QVarLengthArray<bool, 32> &exactX = xIsA ? exactA : exactB;
        const QVarLengthArray<bool, 32> &exactY = xIsA ? exactB : exactA;
        for (qsizetype i = 0; i < x.skeletons.size(); ++i) {
            if (exactX[i])
                continue;
            const QString &word = x.skeletons[i];
            const QString &letters = x.latin[i];
            for (qsizetype j = 0; j + 1 < y.skeletons.size(); ++j) {
                if (exactY[j] || exactY[j + 1])
                    continue;
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
                    j + letters.size() <= y.latin.size() && !letters.front().isDigit() &&
                    firstLetter(y.latin[j]) == letters.front()) {
                    bool all = true;
                    for (qsizetype k = 0; k < letters.size() && all; ++k)
                        all = y.latin[j + k].size() > 1 && firstLetter(y.latin[j + k]) == letters[k];
                    if (all) {
                        credit = 0.9;
                        span = letters.size();
                    } else if (!person) {
                        // BIS for Bank for International Settlements, FARC for Fuerzas Armadas Revolucionarias de
                        // Colombia: the words that link the others have no letter in the acronym.
                        qsizetype k = 0, m = j;
                        for (; k < letters.size() && m < y.latin.size(); ++m) {
                            if (y.latin[m].size() > 1 && firstLetter(y.latin[m]) == letters[k])
                                ++k;
                            else if (k == 0 || !namewords::isLinkWord(y.latin[m]))
                                break;
                        }
                        if (k == letters.size()) {
                            credit = 0.9;
                            span = m - j;
                        }
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
    // Only persons have patronymics: companies skip the look.
    const bool aPat = person && hasPatronymic(a), bPat = person && hasPatronymic(b);
    const auto unmatched = [&](const MatchName &n, const QVarLengthArray<bool, 32> &used, bool otherHasPatronymic,
                               double &places, double &numbers, double &counted) {
        double sum = 0.0;
        // An initial left over contradicts as much as a word: B. is not Andrei (the mean weight of the name's words,
        // worked out when first needed: most pairs leave no initial over).
        double wordWeight = -1.0;
        const auto meanWordWeight = [&] {
            if (wordWeight < 0.0) {
                double all = 0.0;
                int fullWords = 0;
                for (qsizetype k = 0; k < n.skeletons.size(); ++k)
                    if (!isInitial(n.latin[k])) {
                        all += weight(n, k);
                        ++fullWords;
                    }
                wordWeight = fullWords > 0 ? all / fullWords : 0.0;
            }
            return wordWeight;
        };
        for (qsizetype i = 0; i < n.skeletons.size(); ++i) {
            if (used[i])
                continue;
            double w = weight(n, i);
            if (person && isInitial(n.latin[i]) && meanWordWeight() > 0.0)
                w = meanWordWeight();
            // A patronymic one side leaves out says little; a different one says a lot.
            if (n.patronymic[i] && !otherHasPatronymic)
                w *= 0.15;
            if (i < n.place.size() && n.place[i])
                places += w;
            if (i < n.number.size() && n.number[i]) {
                counted += w;
                // A number of one digit (Romashka-2, Solutions II) weighs as a word here, not as an initial.
                numbers += i < n.weights.size() ? n.weights[i] : 1.0;
            }
            sum += w;
        }
        return sum;
    };
    double placesA = 0.0, placesB = 0.0, numbersA = 0.0, numbersB = 0.0, countedA = 0.0, countedB = 0.0;
    double leftA = unmatched(a, usedA, bPat, placesA, numbersA, countedA);
    double leftB = unmatched(b, usedB, aPat, placesB, numbersB, countedB);
    // A number only one side has (Romashka-2 against Romashka, Solutions II against Solutions): another company of a
    // series, as strong against as a different word in the same place (instead of an extra word, below).
    if (leftB == 0.0)
        total += 2.0 * kConflictingWord * numbersA - kExtraWordOther * countedA;
    else if (leftA == 0.0)
        total += 2.0 * kConflictingWord * numbersB - kExtraWordOther * countedB;
    // A place only one side names, and nothing else left over (Deutsche Bank (Schweiz) AG, Faberlic Europe): a branch
    // or subsidiary of that name, weaker evidence against than another word. Places on both sides differ as any words.
    if (leftB == 0.0)
        leftA -= kPlaceSpared * placesA;
    else if (leftA == 0.0)
        leftB -= kPlaceSpared * placesB;
    const double both = std::min(leftA, leftB);
    total +=
        kConflictingWord * 2.0 * both + (person ? kExtraWordPerson : kExtraWordOther) * (std::max(leftA, leftB) - both);
    double sim = total > 0.0 ? matched / total : 0.0;
    // Initials alone (N.N., A. B.) say little about who it is.
    if (person && !fullWordAgreed)
        sim *= 0.6;
    // "Alfa-Tranzit" against "Alfatranzit": the same letters split differently (and the same numbers: Romashka-2 is
    // not Romashka).
    if (!person && a.skeletons.size() != b.skeletons.size() && a.joined.size() >= 5 && b.joined.size() >= 5) {
        const double joined = similarity::jaroWinkler(a.joined, b.joined);
        if (joined >= 0.95 && joined - 0.03 > sim && a.numbers == b.numbers && sameDigits(a.joined, b.joined)) {
            sim = joined - 0.03;
            agreed = {a.latin.join(QLatin1Char(' ')) + QLatin1Char('=') + b.latin.join(QLatin1Char(' '))};
        }
    }
    // "Siemens AG" against "SiemensAG": the legal form written onto the name's last word.
    if (!person && a.formLetters.isEmpty() != b.formLetters.isEmpty()) {
        const MatchName &formed = a.formLetters.isEmpty() ? b : a;
        const MatchName &glued = a.formLetters.isEmpty() ? a : b;
        const qsizetype length = formed.joined.size() + formed.formLetters.size();
        if (formed.joined.size() >= 3 && std::abs(int(length - glued.joined.size())) <= 1 &&
            glued.joined.endsWith(formed.formLetters.back())) {
            const QString whole = formed.joined + formed.formLetters;
            const double credit = whole == glued.joined ? 1.0 : similarity::tokenCredit(whole, glued.joined);
            if (credit >= 0.8 && credit - 0.03 > sim) {
                sim = credit - 0.03;
                agreed = {formed.latin.join(QLatin1Char(' ')) + QLatin1Char(' ') + formed.legalForm + QLatin1Char('=') +
                          glued.latin.join(QLatin1Char(' '))};
            }
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

namespace {

// What each piece of evidence beside the name weighs, added to the name's similarity. Against a match: facts that
// one entity has only one of (a company's jurisdiction and incorporation date, a person's birth date and
// patronymic) weigh much; another identifier of a scheme an entity has one value of weighs most. For a match: a
// shared identifier outweighs all of them, and so do a shared address and date together.
constexpr double kSameIdentifier = 0.6; // or up to 0.97 with the name
constexpr double kIdentifierConflict = -0.45;
constexpr double kSameCountry = 0.02;
constexpr double kPersonCountriesDiffer = -0.08; // nationality and residence change, and lists mix them
constexpr double kJurisdictionsDiffer = -0.2;    // a company is registered in one jurisdiction
constexpr double kVesselFlagsDiffer = -0.05;     // vessels change flags
constexpr double kSameDate = 0.05;
constexpr double kPartialDateAgrees = 0.02;
constexpr double kBirthDatesDiffer = -0.3;
constexpr double kIncorporationDatesDiffer = -0.25;
constexpr double kPatronymicsDiffer = -0.25;
constexpr double kSimilarAddress = 0.05;
constexpr double kAddressAndDate = 0.2;     // on top of both
constexpr double kLegalFormsDiffer = -0.12; // of different kinds: a limited company is not a joint stock one
// Without a shared identifier, date or address the name alone decides: it cannot say more than "possible".
constexpr double kNameAloneAtMost = 0.9;

QString signedWeight(double w)
{
    return (w >= 0 ? QStringLiteral("+") : QString()) + QString::number(w, 'f', 2);
}

// How two dates relate: the same, one partial agreeing with the other as far as it goes (1971 and 1971-03-02),
// or different.
enum class DateAgreement { Same, Partial, Different };

DateAgreement compareDates(const QString &x, const QString &y)
{
    if (x == y)
        return DateAgreement::Same;
    const qsizetype known = std::min(x.size(), y.size());
    return x.left(known) == y.left(known) ? DateAgreement::Partial : DateAgreement::Different;
}

} // namespace

double Matcher::compute(const MatchRecord &a, const MatchRecord &b, double floor, QStringList *reasons) const
{
    if (!comparable(a.type, b.type))
        return 0.0;
    const bool person = a.type == EntityType::Person;
    const bool company = !person && a.type != EntityType::Vessel && b.type != EntityType::Vessel;

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
    const bool datesKnown = !a.dates.isEmpty() && !b.dates.isEmpty();
    const bool addressesKnown = !a.addresses.isEmpty() && !b.addresses.isEmpty();
    // The most country, date and address can add; an equal identifier lifts any name.
    const double mostBonus = kSameCountry + (datesKnown ? kSameDate : 0.0) + (addressesKnown ? kSimilarAddress : 0.0) +
                             (datesKnown && addressesKnown ? kAddressAndDate : 0.0);
    if (floor > 0.0 && best + mostBonus < floor) {
        bool anyEqual = false;
        for (const Identifier &x : a.identifiers)
            for (const Identifier &y : b.identifiers)
                anyEqual = anyEqual || (x.scheme == y.scheme && x.value == y.value);
        if (!anyEqual)
            return best + mostBonus;
    }
    double score = best;
    double against = 0.0; // kept apart: the cap below bounds what speaks for the match, not what speaks against
    const auto add = [&](double weight, const QString &what) {
        (weight < 0.0 ? against : score) += weight;
        if (reasons)
            reasons->append(QStringLiteral("%1 (%2)").arg(what, signedWeight(weight)));
    };
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
                add(kLegalFormsDiffer,
                    QStringLiteral("legal forms differ: %1 / %2").arg(bestA->legalForm, bestB->legalForm));
            }
        }
    } else {
        if (reasons)
            reasons->append(QStringLiteral("no name in common"));
    }
    bool corroborated = false;

    // Identifiers: one shared value nearly decides; another value of a one-per-entity scheme nearly rules out.
    bool equal = false;
    for (const Identifier &x : a.identifiers)
        for (const Identifier &y : b.identifiers)
            if (x.scheme == y.scheme && x.value == y.value && !equal) {
                equal = true;
                // Identifiers decide when present: with one in common even a translated name (АО «Уральский завод
                // точной механики» and JSC Ural Precision Mechanics Plant) reaches 0.97 before other evidence.
                add(std::max(kSameIdentifier, 0.97 - best), QStringLiteral("same %1 %2").arg(x.scheme, x.value));
            }
    corroborated = equal;
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
            reported.insert(x.scheme);
            // One scheme counts once, however many values each side has.
            if (reported.size() == 1)
                add(kIdentifierConflict,
                    QStringLiteral("different %1: %2 / %3")
                        .arg(x.scheme, ours.join(QLatin1Char(';')), theirs.join(QLatin1Char(';'))));
            else if (reasons)
                reasons->append(QStringLiteral("different %1: %2 / %3 (counted above)")
                                    .arg(x.scheme, ours.join(QLatin1Char(';')), theirs.join(QLatin1Char(';'))));
        }
    }

    if (!a.country.isEmpty() && !b.country.isEmpty()) {
        if (a.country == b.country)
            add(kSameCountry, QStringLiteral("same country %1").arg(a.country));
        else if (company)
            add(kJurisdictionsDiffer, QStringLiteral("jurisdictions differ: %1 / %2").arg(a.country, b.country));
        else
            add(person ? kPersonCountriesDiffer : kVesselFlagsDiffer,
                QStringLiteral("countries differ: %1 / %2").arg(a.country, b.country));
    }

    // Dates: any that agrees counts for the match; only when none agrees do they count against.
    bool sameDate = false;
    if (datesKnown) {
        const QString what = person ? QStringLiteral("birth date") : QStringLiteral("incorporation date");
        QString partial;
        for (const QString &x : a.dates)
            for (const QString &y : b.dates) {
                const DateAgreement agreement = compareDates(x, y);
                if (agreement == DateAgreement::Same && !sameDate) {
                    sameDate = true;
                    add(kSameDate, QStringLiteral("same %1 %2").arg(what, x));
                } else if (agreement == DateAgreement::Partial && partial.isEmpty()) {
                    partial = x + QStringLiteral(" / ") + y;
                }
            }
        if (!sameDate && !partial.isEmpty())
            add(kPartialDateAgrees, QStringLiteral("%1s agree: %2").arg(what, partial));
        else if (!sameDate)
            add(person ? kBirthDatesDiffer : kIncorporationDatesDiffer,
                QStringLiteral("%1s differ: %2 / %3")
                    .arg(what, a.dates.join(QLatin1Char(';')), b.dates.join(QLatin1Char(';'))));
    }
    corroborated = corroborated || sameDate;

    // Patronymics: a person has one. Aliases often leave it out, so every spelling of each side is looked at.
    if (person) {
        const QStringList &pa = a.patronymics, &pb = b.patronymics;
        if (!pa.isEmpty() && !pb.isEmpty()) {
            bool agree = false;
            for (const QString &x : pa)
                for (const QString &y : pb)
                    agree = agree || similarity::tokenCredit(x, y) > 0.0;
            if (!agree)
                add(kPatronymicsDiffer, QStringLiteral("patronymics differ: %1 / %2")
                                            .arg(pa.join(QLatin1Char(';')), pb.join(QLatin1Char(';'))));
        }
    }

    double bestAddress = 0.0;
    for (const QStringList &x : a.addresses)
        for (const QStringList &y : b.addresses)
            bestAddress = std::max(bestAddress, addressSimilarity(x, y));
    if (bestAddress >= 0.6) {
        add(kSimilarAddress, QStringLiteral("similar address %1").arg(percent(bestAddress)));
        corroborated = true;
        if (sameDate)
            add(kAddressAndDate, QStringLiteral("same address and date"));
    }

    if (!corroborated && score > kNameAloneAtMost) {
        score = kNameAloneAtMost;
        if (reasons)
            reasons->append(QStringLiteral("no identifier, date or address agrees: the name alone counts at most %1")
                                .arg(percent(score)));
    }
    return std::clamp(score + against, 0.0, 1.0);
}

} // namespace caravan
