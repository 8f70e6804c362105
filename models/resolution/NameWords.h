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

} // namespace namewords
} // namespace caravan
