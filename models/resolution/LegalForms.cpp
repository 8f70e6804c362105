#include "models/resolution/LegalForms.h"

#include "models/resolution/Normaliser.h"
#include "models/resolution/Similarity.h"

#include <QHash>

#include <algorithm>

namespace caravan::legalforms {

namespace {

struct Form {
    const char *code;
    std::initializer_list<const char *> spellings; // UTF-8, any script, any case, with their punctuation
};

// Longer phrases win over their parts (Public joint stock company before Joint stock company).
const Form kForms[] = {
    {"LLP",
     {"ТОО", "TOO", "LLP", "Товарищество с ограниченной ответственностью", "Limited liability partnership",
      "Жауапкершілігі шектеулі серіктестік", "Жауапкершілігі шектеулі серіктестігі", "ЖШС", "JShS"}},
    {"LLC",
     {"ООО",
      "OOO",
      "LLC",
      "L.L.C.",
      "Общество с ограниченной ответственностью",
      "Limited liability company",
      "Товариство з обмеженою відповідальністю",
      "ТОВ",
      "TOV",
      "ОсОО",
      "OsOO",
      "MChJ",
      "МЧЖ",
      "Sociedad de responsabilidad limitada",
      "Sociedade de responsabilidade limitada",
      "Società a responsabilità limitata",
      "Societatea cu răspundere limitată",
      "Tovarystvo z obmezhenoiu vidpovidalnistiu",
      "Tovarystvo z obmezhenoyu vidpovidalnistyu",
      "Société à responsabilité limitée",
      "SARL",
      "S.R.L.",
      "SRL",
      "LTDA"}},
    {"PJSC",
     {"ПАО", "PAO", "PJSC", "Публичное акционерное общество", "Public joint stock company",
      "Public joint-stock company", "Публічне акціонерне товариство", "ПАТ", "ОАО", "OAO", "OJSC",
      "Открытое акционерное общество", "Open joint stock company"}},
    {"CJSC",
     {"ЗАО", "ZAO", "CJSC", "Закрытое акционерное общество", "Closed joint stock company", "Closed joint-stock company",
      "ПрАТ", "Приватне акціонерне товариство", "Private joint stock company"}},
    {"JSC",
     {"АО", "AO", "JSC", "Акционерное общество", "Joint stock company", "Joint-stock company", "Акціонерне товариство",
      "Акционерлік қоғам", "АҚ", "AQ"}},
    {"IP",
     {"ИП", "IP", "Индивидуальный предприниматель", "Individual entrepreneur", "Жеке кәсіпкер", "ЖК", "ФЛП",
      "Sole proprietor"}},
    {"NP", {"Некоммерческое партнерство", "Non-commercial partnership", "НП"}},
    {"FSUE",
     {"ФГУП", "FGUP", "ГУП", "GUP", "Федеральное государственное унитарное предприятие",
      "Государственное унитарное предприятие", "Federal state unitary enterprise", "State unitary enterprise"}},
    {"GMBH", {"GmbH", "Gesellschaft mit beschränkter Haftung"}},
    {"LTD", {"Ltd", "Ltd.", "Limited", "Co., Ltd.", "Co. Ltd", "Company Limited", "Pvt Ltd", "Private Limited"}},
    {"BV", {"B.V.", "BV"}},
    {"SPA", {"S.p.A.", "SpA"}},
    {"SPZOO", {"Sp. z o.o.", "Sp. z.o.o.", "Sp z oo", "Spółka z ograniczoną odpowiedzialnością"}},
    {"FZCO", {"FZCO", "F.Z.C.O.", "FZ-LLC", "FZ LLC", "Free Zone Company"}},
    {"FZE", {"FZE", "F.Z.E.", "Free Zone Establishment"}},
    {"DMCC", {"DMCC"}},
    {"AG", {"AG", "Aktiengesellschaft"}},
    {"SA", {"S.A.", "SA", "Société anonyme", "Sociedad anónima"}},
    {"INC", {"Inc", "Inc.", "Incorporated"}},
    {"CORP", {"Corp", "Corp.", "Corporation"}},
    {"PLC", {"PLC", "Public limited company"}},
    {"LP", {"LP", "L.P.", "Limited partnership"}},
    {"CO", {"Co", "Co.", "Company"}},
    // Common forms of other jurisdictions (Nordic, Benelux, French, Spanish, German partnerships, Malaysian and
    // Japanese): without them the form is read as a word of the name.
    {"AS", {"A/S", "AS", "ASA", "AB", "Aktiebolag", "Aktieselskab", "Aksjeselskap", "Oyj"}},
    {"APS", {"ApS", "Anpartsselskab", "Oy", "Osakeyhtiö"}},
    {"NV", {"N.V.", "NV", "Naamloze vennootschap"}},
    {"SAS", {"S.A.S.", "SAS", "Société par actions simplifiée"}},
    {"SL", {"S.L.", "Sociedad limitada", "S.à r.l.", "S.a.r.l."}},
    {"KG", {"KG", "Kommanditgesellschaft", "GmbH & Co. KG", "GmbH & Co KG"}},
    {"SDNBHD", {"Sdn Bhd", "Sdn. Bhd.", "Sendirian Berhad", "Bhd", "Berhad"}},
    {"KK", {"K.K.", "Kabushiki Kaisha"}},
};

struct Phrase {
    QStringList tokens;
    QString code;
};

// Phrases indexed by their first token, each list longest first.
const QHash<QString, QList<Phrase>> &phrases()
{
    static const QHash<QString, QList<Phrase>> index = [] {
        QHash<QString, QList<Phrase>> h;
        for (const Form &form : kForms)
            for (const char *spelling : form.spellings) {
                Phrase p{normaliser::latinTokens(QString::fromUtf8(spelling)), QString::fromLatin1(form.code)};
                if (!p.tokens.isEmpty())
                    h[p.tokens.first()].append(p);
            }
        for (auto &list : h)
            std::stable_sort(list.begin(), list.end(),
                             [](const Phrase &a, const Phrase &b) { return a.tokens.size() > b.tokens.size(); });
        return h;
    }();
    return index;
}

} // namespace

namespace {

// A long legal-form word misspelt by one letter (Aktiengeselschaft, Corporaton) is still the legal form.
const Phrase *misspelt(const QString &token)
{
    if (token.size() < 8)
        return nullptr;
    for (const auto &list : phrases())
        for (const Phrase &p : list)
            if (p.tokens.size() == 1 && p.tokens.front().size() >= 8 &&
                similarity::editDistance(token, p.tokens.front(), 1) == 1)
                return &p;
    return nullptr;
}

} // namespace

Found extract(QStringList &tokens)
{
    Found found;
    const auto &index = phrases();
    for (qsizetype i = 0; i < tokens.size();) {
        const auto it = index.constFind(tokens[i]);
        const Phrase *hit = nullptr;
        if (it != index.constEnd())
            for (const Phrase &p : *it) {
                if (i + p.tokens.size() > tokens.size())
                    continue;
                if (std::equal(p.tokens.begin(), p.tokens.end(), tokens.begin() + i)) {
                    hit = &p;
                    break;
                }
            }
        if (!hit && tokens.size() > 1)
            hit = misspelt(tokens[i]);
        // A name made of nothing but a legal form keeps it (a company called "Limited" is still a name).
        if (!hit || hit->tokens.size() == tokens.size()) {
            ++i;
            continue;
        }
        if (found.code.isEmpty())
            found.code = hit->code;
        found.removed += hit->tokens;
        tokens.remove(i, hit->tokens.size());
    }
    return found;
}

QString family(const QString &code)
{
    static const QHash<QString, QString> families = [] {
        QHash<QString, QString> h;
        for (const char *c : {"JSC", "PJSC", "CJSC", "AG", "SA", "SPA", "PLC", "AS", "NV", "SAS", "KK"})
            h.insert(QLatin1String(c), QStringLiteral("shares"));
        for (const char *c : {"LLC", "LLP", "GMBH", "SPZOO", "BV", "FZE", "FZCO", "APS", "SL", "SDNBHD"})
            h.insert(QLatin1String(c), QStringLiteral("limited"));
        for (const char *c : {"LP", "KG"})
            h.insert(QLatin1String(c), QStringLiteral("partnership"));
        for (const char *c : {"CO", "INC", "CORP", "LTD"})
            h.insert(QLatin1String(c), QString());
        return h;
    }();
    return families.value(code, code);
}

QStringList codes()
{
    QStringList out;
    for (const Form &form : kForms)
        out.append(QString::fromLatin1(form.code));
    return out;
}

} // namespace caravan::legalforms
