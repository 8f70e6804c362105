#include "models/resolution/MatchRecord.h"

#include "models/resolution/LegalForms.h"
#include "models/resolution/NameWords.h"
#include "models/resolution/Normaliser.h"
#include "models/resolution/Similarity.h"

#include <QSet>

#include <algorithm>

namespace caravan {

namespace {

bool isNasabParticle(const QString &t)
{
    return t == QLatin1String("bin") || t == QLatin1String("ibn") || t == QLatin1String("ben") ||
           t == QLatin1String("bint") || t == QLatin1String("binti");
}

// A number in digits (2, 2004) or in Roman numerals of two letters or more (II, XIV): one company of a series.
bool isNumber(const QString &t)
{
    if (t.front().isDigit())
        return true;
    return t.size() >= 2 && t.size() <= 5 &&
           std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c == u'i' || c == u'v' || c == u'x'; });
}

// The Han, Kana and Hangul characters of a name written in those scripts alone (spaces and punctuation aside), else
// empty: a name that mixes in Latin letters is compared by its romanisation.
QString ideographsOf(const QString &spelling)
{
    // Most names hold no letter from U+1100 up (Hangul Jamo, then Kana, Han, Hangul syllables): no work for them.
    if (std::none_of(spelling.cbegin(), spelling.cend(), [](QChar c) { return c.unicode() >= 0x1100; }))
        return {};
    QString out;
    for (QChar c : spelling.normalized(QString::NormalizationForm_KC)) {
        switch (c.script()) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
            out.append(c);
            break;
        default:
            if (c.isLetterOrNumber())
                return {};
        }
    }
    return out;
}

} // namespace

MatchRecord prepareMatchRecord(const Entity &entity, const QStringList &dates)
{
    MatchRecord r;
    r.rowId = entity.rowId;
    r.extId = entity.extId;
    r.type = entity.type;
    r.country = entity.country.toUpper();
    for (const QString &d : dates)
        if (!d.trimmed().isEmpty() && !r.dates.contains(d.trimmed()))
            r.dates.append(d.trimmed());
    if (r.dates.isEmpty() && entity.incorporationDate)
        r.dates.append(entity.incorporationDate->toString(Qt::ISODate));
    r.identifiers = entity.identifiers;
    for (Identifier &id : r.identifiers) {
        id.scheme = id.scheme.trimmed().toLower();
        id.value = id.value.simplified().remove(QLatin1Char(' ')).toUpper();
    }
    const bool person = entity.type == EntityType::Person;
    QSet<QString> seen;
    QStringList all{entity.name};
    all += entity.aliases;
    for (const QString &spelling : all) {
        // Persons have no legal form: B.V. after a surname is two initials.
        NormalisedName n =
            person ? NormalisedName{normaliser::latinTokens(spelling), {}, {}} : normaliser::name(spelling);
        namewords::normalise(n.tokens, person);
        if (n.tokens.isEmpty())
            continue;
        MatchName m;
        m.display = spelling;
        m.latin = n.tokens;
        m.legalForm = n.legalForm;
        bool fatherNext = false;
        for (qsizetype i = 0; i < n.tokens.size(); ++i) {
            const QString &t = n.tokens[i];
            QString skeleton = normaliser::skeleton(t);
            bool patronymic = person && (fatherNext || normaliser::isPatronymic(t));
            fatherNext = false;
            if (person && i > 0 && isNasabParticle(t)) {
                // Arabic names: the word after bin, ibn or ben is the father's name (Abdullah bin Omar is not Omar
                // bin Abdullah), and the particle is one word however it is spelt.
                skeleton = QStringLiteral("bin");
                fatherNext = true;
                patronymic = false;
            } else if (t == QLatin1String("el")) {
                skeleton = QStringLiteral("al"); // the Arabic article: el-Assad, al-Assad
            }
            m.masks.append(similarity::letterMask(skeleton));
            m.skeletons.append(skeleton);
            m.patronymic.append(patronymic);
            m.joined += m.skeletons.back();
        }
        if (!person) {
            m.place = namewords::places(m.latin);
            for (const QString &t : m.latin) {
                m.number.append(isNumber(t));
                if (m.number.back())
                    m.numbers += t + QLatin1Char(' ');
            }
        }
        for (const QString &t : n.removed)
            m.formLetters += normaliser::skeleton(t);
        m.ideographs = ideographsOf(spelling);
        if (!m.ideographs.isEmpty()) {
            // 習近平 and 习近平 are one name; 罗马什卡有限公司 is 罗马什卡 Co., Ltd.
            m.ideographs = normaliser::simplifiedHan(m.ideographs);
            if (!person)
                legalforms::stripIdeographs(m.ideographs);
        }
        // Token order never matters: the same set spelt the same way is one name.
        QStringList key = m.skeletons;
        key.sort();
        const QString dedupe =
            key.join(QLatin1Char(' ')) + QLatin1Char('|') + m.legalForm + QLatin1Char('|') + m.ideographs;
        if (seen.contains(dedupe))
            continue;
        seen.insert(dedupe);
        for (qsizetype i = 0; i < m.skeletons.size(); ++i)
            if (m.patronymic[i] && m.skeletons[i].size() > 1 && !r.patronymics.contains(m.skeletons[i]))
                r.patronymics.append(m.skeletons[i]);
        r.names.append(std::move(m));
    }
    for (const QString &address : entity.addresses) {
        QStringList tokens = normaliser::addressTokens(address);
        if (!tokens.isEmpty())
            r.addresses.append(tokens);
    }
    return r;
}

} // namespace caravan
