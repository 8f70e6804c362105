#pragma once

#include <QStringList>

namespace caravan {

// Words of a name that mean the same in another spelling, or nothing at all, put into one form before matching:
// titles of persons (Dr, Mr, President, Sheikh), common nicknames of given names (Bill = William, Sasha =
// Aleksandr), numbers in words and in digits (Forty-Four = 44, First = 1st = 1), abbreviations in company names
// (Int'l = International), filler words of company names (the, and, of), and initials written apart (A.B.C. =
// ABC). Works on Latin tokens (normaliser::latinTokens, legal form already removed).
namespace namewords {

void normalise(QStringList &tokens, bool person);
// Which tokens name a country, a region or a large city (Schweiz, Europe, Hong Kong, Kazakhstan, Moskva): a place added
// to a company's name marks a branch or a subsidiary named after it (Deutsche Bank (Schweiz) AG).
QList<bool> places(const QStringList &tokens);
// Words an acronym leaves out (of, the, for, de, la...): BIS is Bank for International Settlements.
bool isLinkWord(const QString &token);

} // namespace namewords
} // namespace caravan
