#pragma once

#include <QString>
#include <QStringList>

namespace caravan {

// A name reduced to what matching compares: Latin lower-case tokens with the legal form set apart.
struct NormalisedName {
    QStringList tokens;  // transliterated, folded tokens (no legal form)
    QString legalForm;   // canonical code ("LLP", "LLC", "JSC", ...) or empty
    QStringList removed; // the legal-form words as they were found
};

// Turns names and addresses as they arrive (Cyrillic, Kazakh, Latin; quotes, punctuation, legal forms in either
// script) into comparable forms. Transliteration uses ICU (Kazakh-Latin/BGN covers the Russian alphabet and the
// Kazakh letters Ә Ғ Қ Ң Ө Ұ Ү Һ І). Every function is thread-safe (each thread keeps its own ICU objects).
namespace normaliser {

// NFKC, case folding, quotes and punctuation to spaces (apostrophes dropped), whitespace collapsed.
QString fold(const QString &text);
// Any script to plain lower-case ASCII Latin (after fold()); tokens are transliterated one by one and cached.
QString toLatin(const QString &text);
// Latin to Cyrillic (Russian BGN rules), for showing a Latin name as it would be written in Cyrillic.
QString toCyrillic(const QString &text);
// fold() + toLatin() split on spaces, and where a word changes between Han, Kana, Hangul and other scripts.
QStringList latinTokens(const QString &text);
// Traditional Chinese characters as simplified ones (習近平 -> 习近平); other characters as they are.
QString simplifiedHan(const QString &text);
// A spelling-independent key for one Latin token: kh/h, x/ks, y/j/i, ts/c, q/k, doubled letters...
QString skeleton(const QString &latinToken);
// The name as tokens with its legal form recognised and removed (ТОО, TOO and LLP all give "LLP").
NormalisedName name(const QString &text);
// Whether a Latin token looks like a patronymic (-ovich, -evna, -uly, -kyzy...).
bool isPatronymic(const QString &latinToken);
// An address as Latin tokens with street/city/building words in one canonical spelling
// (ул./улица -> ul, г./город -> g, пр./проспект -> pr, д./дом -> d, оф./офис -> of, Алматы -> almaty).
QStringList addressTokens(const QString &text);

} // namespace normaliser
} // namespace caravan
