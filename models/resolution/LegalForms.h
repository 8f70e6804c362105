#pragma once

#include <QString>
#include <QStringList>

namespace caravan {

// The legal forms Caravan recognises in company names, in Cyrillic, Latin, Arabic, Armenian, Georgian, Chinese,
// Japanese and Korean, short and spelt out (ТОО = TOO = LLP = Товарищество с ограниченной ответственностью;
// 有限公司 = Co., Ltd.). Works on Latin tokens from normaliser::latinTokens, so every spelling is listed once in the
// script it is written in; long words of a form also match other romanisations of them (Aktsionernoye obshchestvo,
// Aktsionernoe obshestvo), and a form cut short at the end of a name still counts (JOINT STOCK COMPAN).
namespace legalforms {

struct Found {
    QString code;        // canonical: LLP, LLC, JSC, PJSC, CJSC, IP, OSOO, GMBH, LTD, BV, SPA, SPZOO, FZE, FZCO...
    QStringList removed; // the tokens that made it up
};

// Removes every legal-form phrase from `tokens` (longest first); returns the first one found. With allScripts (the
// name holds letters of a script from Armenian on: Arabic, Georgian, Chinese...), also the forms spelt in those.
Found extract(QStringList &tokens, bool allScripts = false);
// Whether a text holds letters of a script from Armenian on (U+0530 and up).
bool otherScript(const QString &text);
// Removes a legal form written in Chinese, Japanese or Korean characters from the start or end of a name written in
// them (天津罗马什卡有限公司 -> 天津罗马什卡); returns it, or empty. A name that is nothing else keeps it.
QString stripIdeographs(QString &ideographs);
// Kinds of legal form that several codes share: "shares" (JSC, PJSC, CJSC, AG, SA, SPA, PLC, AS, NV, SAS, KK, ZRT),
// "limited" (LLC, LLP, GMBH, SPZOO, BV, FZE, FZCO, APS, SL, SDNBHD, GK, YK, SRO, DOO, KFT, OU, UAB, SIA),
// "partnership" (LP, KG), empty for words that say only "a company" (Co, Inc, Corp, Ltd, Est), and the code itself for
// forms of their own (IP, NP, FSUE, DMCC).
QString family(const QString &code);
// All canonical codes, for tests and documentation.
QStringList codes();

} // namespace legalforms
} // namespace caravan
