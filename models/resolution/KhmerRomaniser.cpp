#include "models/resolution/KhmerRomaniser.h"

namespace caravan::khmerromaniser {

namespace {

struct Consonant {
    const char *latin;
    int series; // 1: inherent a; 2: inherent o
};

// U+1780 to U+17A2.
constexpr Consonant kConsonants[] = {
    {"k", 1},  {"kh", 1}, {"k", 2},  {"kh", 2}, {"ng", 2}, {"ch", 1}, {"chh", 1}, {"ch", 2}, {"chh", 2},
    {"nh", 2}, {"d", 1},  {"th", 1}, {"d", 2},  {"th", 2}, {"n", 1},  {"t", 1},   {"th", 1}, {"t", 2},
    {"th", 2}, {"n", 2},  {"b", 1},  {"ph", 1}, {"p", 2},  {"ph", 2}, {"m", 2},   {"y", 2},  {"r", 2},
    {"l", 2},  {"v", 2},  {"s", 1},  {"s", 1},  {"s", 1},  {"h", 1},  {"l", 1},   {"", 1},
};

struct Vowel {
    const char *first, *second; // after a consonant of the first and of the second series
};

// Dependent vowels U+17B6 to U+17C5.
constexpr Vowel kVowels[] = {
    {"a", "ea"},   {"e", "i"},     {"ei", "i"},  {"oe", "eu"}, {"eu", "eu"}, {"o", "u"},   {"ou", "u"}, {"uo", "uo"},
    {"aeu", "eu"}, {"oea", "oea"}, {"ie", "ie"}, {"e", "e"},   {"ae", "e"},  {"ai", "ey"}, {"ao", "o"}, {"au", "ov"},
};

bool isConsonant(char16_t c)
{
    return c >= 0x1780 && c <= 0x17A2;
}

bool isVowel(char16_t c)
{
    return c >= 0x17B6 && c <= 0x17C5;
}

} // namespace

QString romanise(const QString &word)
{
    bool khmer = false;
    for (QChar c : word)
        khmer = khmer || (c.unicode() >= 0x1780 && c.unicode() <= 0x17FF);
    if (!khmer)
        return word;
    QString out;
    bool afterVowel = false; // a bare consonant now closes the syllable
    const qsizetype n = word.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = word[i].unicode();
        if (isConsonant(c)) {
            const Consonant &k = kConsonants[c - 0x1780];
            int series = k.series;
            QString latin = QString::fromLatin1(k.latin);
            qsizetype j = i + 1;
            // Series shifters: ៉ makes a second-series consonant first series (ប with it is p), ៊ the reverse.
            for (; j < n && (word[j].unicode() == 0x17C9 || word[j].unicode() == 0x17CA); ++j) {
                series = word[j].unicode() == 0x17C9 ? 1 : 2;
                if (c == 0x1794)
                    latin = QStringLiteral("p");
            }
            // A subscript consonant (្ + consonant) joins this one without a vowel between.
            bool subscript = false;
            while (j + 1 < n && word[j].unicode() == 0x17D2 && isConsonant(word[j + 1].unicode())) {
                const Consonant &sub = kConsonants[word[j + 1].unicode() - 0x1780];
                latin += QString::fromLatin1(sub.latin);
                series = sub.series == 2 ? 2 : series;
                j += 2;
                subscript = true;
            }
            if (j < n && isVowel(word[j].unicode())) {
                const Vowel &v = kVowels[word[j].unicode() - 0x17B6];
                latin += QString::fromLatin1(series == 1 ? v.first : v.second);
                ++j;
                afterVowel = true;
            } else if (j < n && word[j].unicode() == 0x17C6) { // nikahit alone: am / um
                latin += series == 1 ? QStringLiteral("am") : QStringLiteral("um");
                ++j;
                afterVowel = false;
            } else if (afterVowel && !subscript) {
                afterVowel = false; // a final consonant
            } else {
                latin += series == 1 ? QLatin1Char('a') : QLatin1Char('o');
                afterVowel = true;
            }
            out += latin;
            i = j - 1;
        } else if (c == 0x17C6) {
            out += QLatin1Char('m');
        } else if (c == 0x17C7) {
            out += QLatin1Char('h');
        } else if (c >= 0x17A3 && c <= 0x17B3) {
            // Independent vowels: their usual spelling is close enough for matching.
            out += QLatin1Char(c == 0x17A5 || c == 0x17A6 ? 'e' : c >= 0x17A7 && c <= 0x17AA ? 'o' : 'a');
            afterVowel = true;
        } else if (c < 0x1780 || c > 0x17FF) {
            out += QChar(c);
            afterVowel = false;
        }
        // Other signs (bantoc, robat...) say nothing a Latin spelling keeps.
    }
    return out;
}

} // namespace caravan::khmerromaniser
