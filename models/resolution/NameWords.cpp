#include "models/resolution/NameWords.h"

#include <QHash>
#include <QSet>

namespace caravan::namewords {

namespace {

QSet<QString> wordSet(std::initializer_list<const char *> words)
{
    QSet<QString> set;
    for (const char *w : words)
        set.insert(QLatin1String(w));
    return set;
}

const QSet<QString> &titles()
{
    static const QSet<QString> set = wordSet(
        {"mr",         "mrs",        "ms",        "miss",       "dr",       "prof",       "sir",        "lord",
         "lady",       "monsieur",   "madame",    "mme",        "mlle",     "herr",       "frau",       "president",
         "prasident",  "presidente", "sheikh",    "shaikh",     "sheik",    "shaykh",     "general",    "gen",
         "colonel",    "col",        "captain",   "capt",       "rev",      "mullah",     "mulla",      "maulvi",
         "maulana",    "ayatollah",  "senor",     "senora",     "gospodin", "gospozha",   "excellency", "honourable",
         "honorable",  "haji",       "hajji",     "alhaji",     "princess", "minister",   "senator",    "ambassador",
         "lieutenant", "lt",         "brigadier", "brig",       "admiral",  "adm",        "marshal",    "sergeant",
         "sgt",        "commander",  "cmdr",      "governor",   "gov",      "chairman",   "deputy",     "pres",
         "engineer",   "doctor",     "professor", "fr",         "rabbi",    "archbishop", "patriarch",  "metropolitan",
         "mx",         "dame",       "baroness",  "countess",   "duchess",  "hrh",        "sheikha",    "mawlawi",
         "mister",     "madam",      "comrade",   "tovarishch", "datuk",    "dato",       "datin"});
    return set;
}

// Nicknames and diminutives of given names, English and Russian, to the full name they stand for.
const QHash<QString, QString> &nicknames()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> h;
        const auto add = [&h](const char *full, std::initializer_list<const char *> shorts) {
            for (const char *s : shorts)
                h.insert(QLatin1String(s), QLatin1String(full));
        };
        add("william", {"bill", "billy", "will", "willy"});
        add("robert", {"bob", "bobby", "rob", "robbie"});
        add("james", {"jim", "jimmy"});
        add("michael", {"mike", "mick"});
        add("thomas", {"tom", "tommy"});
        add("richard", {"dick", "rick", "ricky"});
        add("theodore", {"ted", "teddy", "theo"});
        add("edward", {"ed", "eddie", "ned"});
        add("anthony", {"tony"});
        add("joseph", {"joe", "joey"});
        add("christopher", {"chris"});
        add("daniel", {"dan", "danny"});
        add("david", {"dave"});
        add("steven", {"steve"});
        add("samuel", {"sam"});
        add("alexander", {"alex", "sasha", "sanya", "shura"});
        add("andrew", {"andy"});
        add("benjamin", {"ben", "benny", "bibi"});
        add("katherine", {"kate", "katie", "kathy"});
        add("elizabeth", {"liz", "beth", "betty"});
        add("margaret", {"peggy", "maggie"});
        add("john", {"jack", "johnny"});
        add("henry", {"hank"});
        add("lawrence", {"larry"});
        add("frederick", {"fred", "freddie"});
        add("nicholas", {"nick"});
        add("patrick", {"pat"});
        add("matthew", {"matt"});
        add("gregory", {"greg"});
        add("ronald", {"ron"});
        add("donald", {"donnie"});
        add("jonathan", {"jon"});
        add("vladimir", {"volodya", "vova"});
        add("dmitriy", {"dima", "mitya"});
        add("mikhail", {"misha"});
        add("nikolay", {"kolya"});
        add("sergey", {"seryozha", "serezha"});
        add("evgeniy", {"zhenya"});
        add("konstantin", {"kostya"});
        add("ivan", {"vanya"});
        add("petr", {"petya"});
        add("aleksey", {"lyosha", "alyosha", "lesha", "alesha"});
        add("yuriy", {"yura"});
        add("anatoliy", {"tolya"});
        add("pavel", {"pasha"});
        add("grigoriy", {"grisha"});
        add("natalya", {"natasha"});
        add("tatyana", {"tanya"});
        add("olga", {"olya"});
        add("ekaterina", {"katya"});
        add("mariya", {"masha"});
        return h;
    }();
    return map;
}

const QHash<QString, int> &numberWords()
{
    static const QHash<QString, int> map = [] {
        QHash<QString, int> h;
        const char *const units[] = {"zero",     "one",     "two",     "three",     "four",     "five",    "six",
                                     "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
                                     "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < 20; ++i)
            h.insert(QLatin1String(units[i]), i);
        const char *const ordinals[] = {"",          "first",     "second",      "third",      "fourth",
                                        "fifth",     "sixth",     "seventh",     "eighth",     "ninth",
                                        "tenth",     "eleventh",  "twelfth",     "thirteenth", "fourteenth",
                                        "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
        for (int i = 1; i < 20; ++i)
            h.insert(QLatin1String(ordinals[i]), i);
        const char *const tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < 8; ++i)
            h.insert(QLatin1String(tens[i]), 20 + 10 * i);
        h.insert(QStringLiteral("fourty"), 40); // the usual misspelling
        const char *const tenths[] = {"twentieth", "thirtieth",  "fortieth",  "fiftieth",
                                      "sixtieth",  "seventieth", "eightieth", "ninetieth"};
        for (int i = 0; i < 8; ++i)
            h.insert(QLatin1String(tenths[i]), 20 + 10 * i);
        return h;
    }();
    return map;
}

// 1st, 2nd, 3rd, 44th: the number alone.
bool ordinalDigits(const QString &token, QString &digits)
{
    qsizetype n = 0;
    while (n < token.size() && token[n].isDigit())
        ++n;
    if (n == 0 || n + 2 != token.size())
        return false;
    const QString suffix = token.mid(n);
    if (suffix != QLatin1String("st") && suffix != QLatin1String("nd") && suffix != QLatin1String("rd") &&
        suffix != QLatin1String("th"))
        return false;
    digits = token.left(n);
    return true;
}

const QHash<QString, QString> &abbreviations()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("intl"), QStringLiteral("international")},
        {QStringLiteral("natl"), QStringLiteral("national")},
        {QStringLiteral("dept"), QStringLiteral("department")},
        {QStringLiteral("govt"), QStringLiteral("government")},
        {QStringLiteral("univ"), QStringLiteral("university")},
        {QStringLiteral("mfg"), QStringLiteral("manufacturing")},
        {QStringLiteral("bros"), QStringLiteral("brothers")},
        {QStringLiteral("assn"), QStringLiteral("association")},
        {QStringLiteral("organisation"), QStringLiteral("organization")},
    };
    return map;
}

const QSet<QString> &fillers()
{
    static const QSet<QString> set{QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("of"),
                                   QStringLiteral("und"), QStringLiteral("et")};
    return set;
}

// Digits written for letters inside a word (Ig0r Sech1n, I9or): 0 o, 1 i, 3 e, 4 a, 5 s, 7 t, 8 b, 9 g.
void lettersForDigits(QString &token)
{
    bool letters = false, digits = false;
    for (QChar c : token)
        (c.isDigit() ? digits : letters) = true;
    if (!letters || !digits)
        return;
    static const QHash<QChar, QChar> map{{u'0', u'o'}, {u'1', u'i'}, {u'3', u'e'}, {u'4', u'a'},
                                         {u'5', u's'}, {u'7', u't'}, {u'8', u'b'}, {u'9', u'g'}};
    // 1st, 2nd, 44th and 2004a are numbers, not words.
    if (token.front().isDigit())
        return;
    QString out;
    for (QChar c : token)
        out.append(map.value(c, c));
    token = out;
}

} // namespace

QList<bool> places(const QStringList &tokens)
{
    static const QSet<QString> single =
        wordSet({"europe",       "evropa",   "asia",       "aziya",       "africa",        "america",    "americas",
                 "eurasia",      "nordic",   "baltic",     "balkans",     "caribbean",     "pacific",    "gulf",
                 "schweiz",      "suisse",   "svizzera",   "switzerland", "deutschland",   "germany",    "austria",
                 "osterreich",   "france",   "italia",     "italy",       "espana",        "spain",      "portugal",
                 "uk",           "britain",  "england",    "scotland",    "ireland",       "usa",        "us",
                 "canada",       "mexico",   "brasil",     "brazil",      "chile",         "argentina",  "colombia",
                 "peru",         "china",    "japan",      "korea",       "india",         "singapore",  "malaysia",
                 "indonesia",    "thailand", "vietnam",    "philippines", "australia",     "zealand",    "russia",
                 "rossiya",      "rus",      "kazakhstan", "qazaqstan",   "uzbekistan",    "kyrgyzstan", "tajikistan",
                 "turkmenistan", "armenia",  "georgia",    "azerbaijan",  "belarus",       "ukraine",    "ukraina",
                 "moldova",      "turkey",   "turkiye",    "iran",        "iraq",          "syria",      "lebanon",
                 "israel",       "egypt",    "uae",        "emirates",    "dubai",         "qatar",      "oman",
                 "kuwait",       "bahrain",  "saudi",      "cyprus",      "greece",        "malta",      "netherlands",
                 "nederland",    "holland",  "belgium",    "belgique",    "luxembourg",    "sweden",     "sverige",
                 "denmark",      "danmark",  "norway",     "norge",       "finland",       "suomi",      "iceland",
                 "poland",       "polska",   "czech",      "slovakia",    "hungary",       "romania",    "bulgaria",
                 "serbia",       "croatia",  "slovenia",   "latvia",      "lithuania",     "estonia",    "london",
                 "moscow",       "moskva",   "almaty",     "astana",      "tashkent",      "bishkek",    "istanbul",
                 "shanghai",     "beijing",  "shenzhen",   "panama",      "liberia",       "seychelles", "bvi",
                 "jersey",       "guernsey", "gibraltar",  "monaco",      "liechtenstein", "mauritius",  "africa",
                 "nigeria",      "kenya",    "ghana",      "morocco",     "algeria",       "tunisia",    "libya",
                 "sudan",        "ethiopia", "pakistan",   "afghanistan", "bangladesh",    "srilanka",   "mongolia",
                 "taiwan",       "macau",    "macao",      "venezuela",   "cuba",          "ecuador",    "bolivia",
                 "uruguay",      "paraguay"});
    static const QSet<QString> pairs{
        QStringLiteral("hong kong"),     QStringLiteral("middle east"),   QStringLiteral("united kingdom"),
        QStringLiteral("united states"), QStringLiteral("north america"), QStringLiteral("south america"),
        QStringLiteral("latin america"), QStringLiteral("asia pacific"),  QStringLiteral("new zealand"),
        QStringLiteral("south africa"),  QStringLiteral("saudi arabia"),  QStringLiteral("sri lanka"),
        QStringLiteral("east africa"),   QStringLiteral("west africa"),   QStringLiteral("far east"),
        QStringLiteral("central asia")};
    QList<bool> out(tokens.size(), false);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (single.contains(tokens[i]))
            out[i] = true;
        if (i + 1 < tokens.size() && pairs.contains(tokens[i] + QLatin1Char(' ') + tokens[i + 1]))
            out[i] = out[i + 1] = true;
    }
    return out;
}

bool isLinkWord(const QString &token)
{
    static const QSet<QString> set{
        QStringLiteral("of"),   QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("for"),
        QStringLiteral("de"),   QStringLiteral("del"), QStringLiteral("la"),  QStringLiteral("le"),
        QStringLiteral("les"),  QStringLiteral("des"), QStringLiteral("du"),  QStringLiteral("da"),
        QStringLiteral("di"),   QStringLiteral("do"),  QStringLiteral("dos"), QStringLiteral("y"),
        QStringLiteral("e"),    QStringLiteral("et"),  QStringLiteral("und"), QStringLiteral("fur"),
        QStringLiteral("pour"), QStringLiteral("in"),  QStringLiteral("on"),  QStringLiteral("to")};
    return set.contains(token);
}

void normalise(QStringList &tokens, bool person)
{
    const auto dropAll = [&tokens](const QSet<QString> &words) {
        QStringList kept;
        for (const QString &t : tokens)
            if (!words.contains(t))
                kept.append(t);
        // A name made of nothing but such words keeps them (a company called "The And").
        if (!kept.isEmpty())
            tokens = kept;
    };
    if (person) {
        // Two-word styles at the start: His Excellency, H.E., Her Highness.
        static const QSet<QString> styles{QStringLiteral("his"), QStringLiteral("her"), QStringLiteral("h")};
        static const QSet<QString> styled{QStringLiteral("excellency"), QStringLiteral("highness"),
                                          QStringLiteral("majesty"),    QStringLiteral("e"),
                                          QStringLiteral("h"),          QStringLiteral("m")};
        if (tokens.size() > 3 && styles.contains(tokens[0]) && styled.contains(tokens[1]))
            tokens.remove(0, 2);
        dropAll(titles());
        if (tokens.size() > 1)
            for (QString &t : tokens)
                t = nicknames().value(t, t);
    } else {
        dropAll(fillers());
        for (QString &t : tokens)
            t = abbreviations().value(t, t);
        // A.B.C. arrives as a b c: initials written apart are one word.
        QStringList joined;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const bool letter = tokens[i].size() == 1 && tokens[i][0].isLetter();
            const bool previous = i > 0 && tokens[i - 1].size() == 1 && tokens[i - 1][0].isLetter();
            if (letter && previous && !joined.isEmpty())
                joined.back() += tokens[i];
            else
                joined.append(tokens[i]);
        }
        tokens = joined;
    }
    for (QString &t : tokens)
        lettersForDigits(t);
    // Numbers: Forty-Four, Forty 4 and 44; First, 1st and 1.
    QStringList out;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        QString digits;
        if (ordinalDigits(tokens[i], digits)) {
            out.append(digits);
            continue;
        }
        const auto it = numberWords().constFind(tokens[i]);
        if (it == numberWords().constEnd()) {
            out.append(tokens[i]);
            continue;
        }
        int value = *it;
        if (value >= 20 && value % 10 == 0 && i + 1 < tokens.size()) {
            bool ok = false;
            const auto unit = numberWords().constFind(tokens[i + 1]);
            int next = unit != numberWords().constEnd() ? *unit : tokens[i + 1].toInt(&ok);
            if (unit != numberWords().constEnd())
                ok = true;
            if (ok && next > 0 && next < 10) {
                value += next;
                ++i;
            }
        }
        out.append(QString::number(value));
    }
    tokens = out;
}

} // namespace caravan::namewords
