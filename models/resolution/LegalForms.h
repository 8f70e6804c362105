#pragma once

#include <QString>
#include <QStringList>

namespace caravan {

// The legal forms Caravan recognises in company names, in Cyrillic and Latin, short and spelt out
// (ТОО = TOO = LLP = Товарищество с ограниченной ответственностью). Works on Latin tokens from
// normaliser::latinTokens, so every spelling is listed once in the script it is written in.
namespace legalforms {

struct Found {
    QString code;        // canonical: LLP, LLC, JSC, PJSC, CJSC, IP, OSOO, GMBH, LTD, BV, SPA, SPZOO, FZE, FZCO...
    QStringList removed; // the tokens that made it up
};

// Removes every legal-form phrase from `tokens` (longest first); returns the first one found.
Found extract(QStringList &tokens);
// Kinds of legal form that several codes share: "shares" (JSC, PJSC, CJSC, AG, SA, SPA, PLC, AS, NV, SAS, KK),
// "limited" (LLC, LLP, GMBH, SPZOO, BV, FZE, FZCO, APS, SL, SDNBHD), "partnership" (LP, KG), empty for words that say
// only "a company" (Co, Inc, Corp, Ltd), and the code itself for forms of their own (IP, NP, FSUE, DMCC).
QString family(const QString &code);
// All canonical codes, for tests and documentation.
QStringList codes();

} // namespace legalforms
} // namespace caravan
