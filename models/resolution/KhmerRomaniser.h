#pragma once

#include <QString>

namespace caravan::khmerromaniser {

// Khmer words in plain Latin letters, after the UN system (UNGEGN, 1972) simplified to ASCII: ICU has no Khmer
// transliterator, and without one "ប៉ុល ពត" could never meet "Pol Pot". Consonants by their series (first series
// a, second series o as inherent vowel; the signs ៉ and ៊ move a consonant to the other series), dependent vowels by
// the consonant's series, subscript consonants (after ្) without a vowel of their own, and a consonant with no vowel
// after a vowel closing the syllable. Returns the text unchanged when it holds no Khmer letter.
QString romanise(const QString &word);

} // namespace caravan::khmerromaniser
