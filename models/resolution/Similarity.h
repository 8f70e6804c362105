#pragma once

#include <QString>

namespace caravan::similarity {

// Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, prefix up to 4 characters).
double jaroWinkler(const QString &a, const QString &b);
// Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`; stops counting past `limit`.
int editDistance(const QString &a, const QString &b, int limit = 4);
// How far two spellings of one word (skeletons) can be trusted to be the same word, in [0, 1]: 1 when equal; a
// typo (one edit) in a word of 4 letters or more (less in short words), two in one of 6 or more, three in one of 10 or
// more, each less; nothing otherwise, and nothing for numbers that differ. The allowance grows with the length because
// a longer word leaves more room for a slip and less for another word (Castro and Castillo are two names, Mosk is
// Musk).
double tokenCredit(const QString &a, const QString &b);
// The consonants of a skeleton after its first letter, c and k as one, repeated letters once: the vowels are what
// romanisations disagree on most (Betatreid and Betatrade, Aktsionernoye and Aktsionernoe).
QString consonants(const QString &skeleton);
// The letters a word contains, as bits: one edit changes at most two of them.
quint32 letterMask(const QString &word);
// False when tokenCredit of two different words with these lengths and masks is certainly 0 (most pairs of
// unrelated words): screening asks this millions of times, tokenCredit's edit distance costs more.
bool mayResemble(qsizetype lengthA, quint32 maskA, qsizetype lengthB, quint32 maskB);

} // namespace caravan::similarity
