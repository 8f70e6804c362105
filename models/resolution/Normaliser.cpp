#include "models/resolution/Normaliser.h"

#include "models/resolution/KhmerRomaniser.h"
#include "models/resolution/LegalForms.h"

#include <QHash>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace caravan::normaliser {

namespace {

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02bc' || c == u'`' || c == u'\u00b4' || c == u'\u2018' ||
           c == u'\u00b7' || c == u'\u044c' || c == u'\u044a'; // soft and hard signs carry no sound of their own
}

// One ICU transliterator per thread (ICU's are not safe to share) with a cache of tokens already done.
class ThreadTransliterator {
public:
    explicit ThreadTransliterator(const char *id)
    {
        UErrorCode status = U_ZERO_ERROR;
        m_icu.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_icu.reset();
    }

    QString run(const QString &text)
    {
        if (!m_icu)
            return text;
        if (const auto it = m_cache.constFind(text); it != m_cache.constEnd())
            return *it;
        icu::UnicodeString u(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
        m_icu->transliterate(u);
        QString out(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
        if (m_cache.size() > 200000)
            m_cache.clear();
        m_cache.insert(text, out);
        return out;
    }

private:
    std::unique_ptr<icu::Transliterator> m_icu;
    QHash<QString, QString> m_cache;
};

ThreadTransliterator &toLatinTransliterator()
{
    thread_local ThreadTransliterator t("Kazakh-Latin/BGN; Any-Latin; Latin-ASCII; Any-Lower");
    return t;
}

ThreadTransliterator &toCyrillicTransliterator()
{
    thread_local ThreadTransliterator t("Latin-Russian/BGN");
    return t;
}

bool isAsciiToken(const QString &token)
{
    for (QChar c : token)
        if (c.unicode() > 0x7f)
            return false;
    return true;
}

// Keeps [a-z0-9] only: ICU leaves separators such as "·" (n·g) and marks for soft signs.
QString asciiLetters(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
            out.append(c);
        else if (u >= 'A' && u <= 'Z')
            out.append(QChar(char16_t(u + 32)));
    }
    return out;
}

// A word in Han, Kana or Hangul.
bool isSyllabary(const QString &token)
{
    for (QChar c : token)
        switch (c.unicode() < 0x1100 ? QChar::Script_Common : c.script()) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
            return true;
        default:
            break;
        }
    return false;
}

QString replaceAll(QString s, std::initializer_list<std::pair<const char *, const char *>> rules)
{
    for (const auto &[from, to] : rules)
        s.replace(QLatin1String(from), QLatin1String(to));
    return s;
}

} // namespace

QString fold(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    bool space = true;
    for (QChar c : folded) {
        if (isApostrophe(c.unicode()))
            continue;
        if (c.isLetterOrNumber() || c.isMark()) {
            out.append(c);
            space = false;
        } else if (!space) {
            out.append(QLatin1Char(' '));
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

namespace {

// Han, Kana and Hangul apart (0), and the rest (1): a word that mixes them is split where the script changes
// (天津Romashka有限公司, ロマシカ株式会社), as neither Chinese nor Japanese writes spaces between a name and its legal
// form.
int scriptRun(QChar c)
{
    if (c.unicode() < 0x1100)
        return 1;
    switch (c.script()) {
    case QChar::Script_Han:
        return 2;
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return 3;
    case QChar::Script_Hangul:
        return 4;
    default:
        return 1;
    }
}

QStringList scriptRuns(const QString &token)
{
    if (std::none_of(token.cbegin(), token.cend(), [](QChar c) { return c.unicode() >= 0x1100; }))
        return {token};
    QStringList runs;
    int previous = -1;
    for (QChar c : token) {
        const int run = scriptRun(c);
        if (run != previous)
            runs.append(QString());
        runs.back().append(c);
        previous = run;
    }
    return runs;
}

} // namespace

QStringList latinTokens(const QString &text)
{
    const QStringList folded = fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList tokens;
    tokens.reserve(folded.size());
    for (const QString &word : folded) {
        if (isAsciiToken(word)) {
            tokens.append(word);
            continue;
        }
        for (const QString &token : scriptRuns(word)) {
            if (isAsciiToken(token)) {
                tokens.append(token);
                continue;
            }
            const QString romanised = toLatinTransliterator().run(token);
            if (isSyllabary(token)) {
                // Chinese, Japanese and Korean are written without spaces; ICU romanises them a syllable a word
                // ("xi jin ping"), as the syllables of a romanised name are written apart or joined (Xi Jinping, Mao
                // Ze-dong): each syllable is a word, and the word spans of Matcher put them together.
                for (const QString &syllable : romanised.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    if (const QString latin = asciiLetters(syllable); !latin.isEmpty())
                        tokens.append(latin);
                continue;
            }
            // ICU has no Khmer: Caravan's own table (KhmerRomaniser) romanises it.
            const QString latin = asciiLetters(khmerromaniser::romanise(romanised));
            // Scripts nothing romanises keep their letters: the same word still matches itself.
            tokens.append(latin.isEmpty() ? token : latin);
        }
    }
    tokens.removeAll(QString());
    return tokens;
}

QString simplifiedHan(const QString &text)
{
    thread_local ThreadTransliterator t("Traditional-Simplified");
    return t.run(text);
}

QString toLatin(const QString &text)
{
    return latinTokens(text).join(QLatin1Char(' '));
}

QString toCyrillic(const QString &text)
{
    return toCyrillicTransliterator().run(fold(text));
}

QString skeleton(const QString &latinToken)
{
    QString s = replaceAll(latinToken, {{"shch", "s"}, {"sch", "s"}, {"tch", "c"}, {"dzh", "j"}, {"dj", "j"},
                                        {"zh", "z"},   {"kh", "h"},  {"ts", "c"},  {"tz", "c"},  {"ch", "c"},
                                        {"sh", "s"},   {"ph", "f"},  {"th", "t"},  {"gh", "g"},  {"ck", "k"},
                                        {"x", "ks"},   {"q", "k"},   {"w", "v"},   {"y", "i"},   {"j", "i"}});
    // A leading i before a vowel is the y of Yevgeny, Yuliya, Iakov: Evgeny, Julia and Jakob drop or keep it.
    if (s.size() > 2 && s[0] == QLatin1Char('i') && QStringLiteral("aeou").contains(s[1]))
        s.remove(0, 1);
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (out.isEmpty() || out.back() != c)
            out.append(c);
    return out;
}

bool isPatronymic(const QString &t)
{
    static const char *const endings[] = {"ovich", "evich", "ovitch", "evitch", "ovych", "evych", "ovna",
                                          "evna",  "ivna",  "ichna",  "ovic",   "evic",  "uly",   "uli",
                                          "kyzy",  "qyzy",  "ogly",   "ugli",   "uulu"};
    if (t.size() < 5)
        return false;
    for (const char *e : endings)
        if (t.endsWith(QLatin1String(e)))
            return true;
    // Ilyich, Kuzmich, Fomich; not the given names Friedrich, Heinrich, Ulrich.
    return t.size() >= 6 && t.endsWith(QLatin1String("ich")) && !t.endsWith(QLatin1String("rich"));
}

NormalisedName name(const QString &text)
{
    NormalisedName n;
    n.tokens = latinTokens(text);
    const legalforms::Found found = legalforms::extract(n.tokens, legalforms::otherScript(text));
    n.legalForm = found.code;
    n.removed = found.removed;
    return n;
}

QStringList addressTokens(const QString &text)
{
    static const QHash<QString, QString> canonical = [] {
        QHash<QString, QString> h;
        const auto add = [&h](const char *to, std::initializer_list<const char *> from) {
            for (const char *f : from)
                h.insert(QLatin1String(f), QLatin1String(to));
        };
        add("ul", {"ul", "ulitsa", "ulica", "kosh", "koshesi", "kuchasi", "street", "st"});
        add("g", {"g", "gor", "gorod", "city", "kala", "qala"});
        add("pr", {"pr", "prosp", "prospekt", "prt", "avenue", "ave", "av", "dangghyly", "dangghyl"});
        add("d", {"d", "dom", "house", "bld", "building", "zd", "zdanie", "uy"});
        add("of", {"of", "ofis", "office", "pom", "pomeshchenie", "room", "suite"});
        add("kv", {"kv", "kvartira", "apt", "apartment", "flat"});
        add("mkr", {"mkr", "mikrorayon", "mikroraion", "microdistrict", "md", "shagynaudan"});
        add("obl", {"obl", "oblast", "region", "oblys", "oblysy"});
        add("r", {"r", "rn", "rayon", "raion", "district", "audan", "audany"});
        add("per", {"per", "pereulok", "lane"});
        add("pl", {"pl", "ploshchad", "square", "alany"});
        add("korp", {"korp", "korpus", "k", "block"});
        add("almaty", {"almaty", "almati"});
        add("astana", {"astana", "nursultan"});
        add("moskva", {"moskva", "moscow"});
        add("bishkek", {"bishkek"});
        add("kz", {"kz", "kazakhstan", "qazaqstan", "kazakstan"});
        add("ru", {"ru", "russia", "rossiya", "rf"});
        add("", {"respublika", "republic", "the", "rossiyskaya", "federatsiya", "federation"});
        return h;
    }();
    QStringList tokens = latinTokens(text);
    // Two-word spellings of one place: Alma-Ata, Nur-Sultan, Sankt-Peterburg.
    for (int i = 0; i + 1 < tokens.size(); ++i) {
        const QString pair = tokens[i] + tokens[i + 1];
        if (pair == QLatin1String("almaata") || pair == QLatin1String("nursultan")) {
            tokens[i] = pair == QLatin1String("almaata") ? QStringLiteral("almaty") : QStringLiteral("astana");
            tokens.removeAt(i + 1);
        }
    }
    QStringList out;
    for (const QString &t : tokens) {
        const auto it = canonical.constFind(t);
        const QString c = it == canonical.constEnd() ? t : *it;
        if (!c.isEmpty())
            out.append(c);
    }
    return out;
}

} // namespace caravan::normaliser
