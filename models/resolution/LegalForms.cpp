#include "models/resolution/LegalForms.h"

#include "models/resolution/Normaliser.h"
#include "models/resolution/Similarity.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace caravan::legalforms {

namespace {

struct Form {
    const char *code;
    std::initializer_list<const char *> spellings; // UTF-8, any script, any case, with their punctuation
};

// Longer phrases win over their parts (Public joint stock company before Joint stock company). Spellings in other
// scripts are romanised as names are (normaliser::latinTokens), so each is listed once in the script it is written
// in; long words also match other romanisations of themselves (Aktsionernoye and Aktsionernoe: see looseKey).
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
      "Limited liability co",
      "Товариство з обмеженою відповідальністю",
      "ТОВ",
      "TOV",
      "ОсОО",
      "OsOO",
      "Жоопкерчилиги чектелген коому",
      "MChJ",
      "МЧЖ",
      "Masuliyati cheklangan jamiyat",
      "Masuliyati cheklangan jamiyati",
      "MMC",
      "Məhdud məsuliyyətli cəmiyyət",
      "ՍՊԸ",
      "Սահմանափակ պատասխանատվությամբ ընկերություն",
      "შპს",
      "შეზღუდული პასუხისმგებლობის საზოგადოება",
      "ذ.م.م",
      "ش.م.م",
      "有限责任公司",
      "Youxian zeren gongsi",
      "Sociedad de responsabilidad limitada",
      "Sociedade de responsabilidade limitada",
      "Società a responsabilità limitata",
      "Societatea cu răspundere limitată",
      "Tovarystvo z obmezhenoiu vidpovidalnistiu",
      "Société à responsabilité limitée",
      "SARL",
      "S.R.L.",
      "SRL",
      "LTDA"}},
    {"PJSC",
     {"ПАО",
      "PAO",
      "PJSC",
      "Публичное акционерное общество",
      "Public joint stock company",
      "Public joint-stock company",
      "Public JSC",
      "Публічне акціонерне товариство",
      "ПАТ",
      "ОАО",
      "OAO",
      "OJSC",
      "Open JSC",
      "Открытое акционерное общество",
      "Open joint stock company",
      "Açıq səhmdar cəmiyyəti",
      "ASC",
      "ԲԲԸ",
      "ش.م.ع",
      "سهامی عام"}},
    {"CJSC",
     {"ЗАО", "ZAO", "CJSC", "Закрытое акционерное общество", "Closed joint stock company", "Closed joint-stock company",
      "Closed JSC", "ПрАТ", "Приватне акціонерне товариство", "Private joint stock company", "Qapalı səhmdar cəmiyyəti",
      "QSC", "ՓԲԸ", "سهامی خاص"}},
    {"JSC",
     {"АО",
      "AO",
      "JSC",
      "JSCo",
      "Акционерное общество",
      "Joint stock company",
      "Joint-stock company",
      "Joint stock co",
      "Акціонерне товариство",
      "Акционерлік қоғам",
      "Акционерлік қоғамы",
      "АҚ",
      "AQ",
      "Акционердик коом",
      "Aksiyadorlik jamiyati",
      "Səhmdar cəmiyyəti",
      "სს",
      "股份有限公司",
      "Gufen youxian gongsi",
      "주식회사",
      "Jusik hoesa",
      "Chusik hoesa"}},
    {"IP",
     {"ИП", "IP", "Индивидуальный предприниматель", "Individual entrepreneur", "Жеке кәсіпкер", "ЖК", "ФЛП",
      "Sole proprietor"}},
    {"NP", {"Некоммерческое партнерство", "Non-commercial partnership", "НП"}},
    {"FSUE",
     {"ФГУП", "FGUP", "ГУП", "GUP", "Федеральное государственное унитарное предприятие",
      "Государственное унитарное предприятие", "Federal state unitary enterprise", "State unitary enterprise"}},
    {"GMBH",
     {"GmbH", "Gesellschaft mit beschränkter Haftung", "Gesellschaft mbH", "Gesellschaft m.b.H.", "Ges.m.b.H.",
      "Ges mbH", "mbH"}},
    {"LTD",
     {"Ltd", "Ltd.", "Limited", "Co., Ltd.", "Co. Ltd", "Company Limited", "Limited company", "Pvt Ltd",
      "Private Limited", "Pte Ltd", "Pte. Ltd.", "Pty Ltd", "Pty. Ltd.", "Pty Limited", "Proprietary Limited",
      "Ltd. Şti.", "Limited Şirketi", "有限公司", "Youxian gongsi"}},
    {"BV", {"B.V.", "BV", "Besloten vennootschap", "B.V.B.A.", "BVBA"}},
    {"SPA", {"S.p.A.", "SpA", "Società per azioni"}},
    {"SPZOO", {"Sp. z o.o.", "Sp. z.o.o.", "Sp z oo", "Spółka z ograniczoną odpowiedzialnością"}},
    {"FZCO", {"FZCO", "F.Z.C.O.", "FZ-LLC", "FZ LLC", "Free Zone Company"}},
    {"FZE", {"FZE", "F.Z.E.", "Free Zone Establishment"}},
    {"DMCC", {"DMCC"}},
    {"AG", {"AG", "Aktiengesellschaft"}},
    {"SA", {"S.A.", "SA", "Société anonyme", "Sociedad anónima", "Sociedade anônima", "S/A", "Anonim şirketi"}},
    {"INC", {"Inc", "Inc.", "Incorporated"}},
    {"CORP", {"Corp", "Corp.", "Corporation"}},
    {"PLC", {"PLC", "Public limited company"}},
    {"LP", {"LP", "L.P.", "Limited partnership"}},
    // Words that say only "company" or "establishment", in several languages and scripts.
    {"CO", {"Co", "Co.", "Company", "Компания", "Kompaniya", "Şirketi", "شركة", "شرکت", "Sharikat", "Sherkat", "公司"}},
    {"EST", {"Est.", "Establishment", "مؤسسة", "Muassasat"}},
    // Common forms of other jurisdictions (Nordic, Benelux, French, Spanish, German partnerships, Central European,
    // Baltic, Malaysian and Japanese): without them the form is read as a word of the name.
    {"AS",
     {"A/S", "AS", "ASA", "AB", "Aktiebolag", "Aktieselskab", "Aksjeselskap", "Oyj", "a.s.", "A.Ş.", "Aktsiaselts"}},
    {"APS", {"ApS", "Anpartsselskab", "Oy", "Osakeyhtiö"}},
    {"NV", {"N.V.", "NV", "Naamloze vennootschap"}},
    {"SAS", {"S.A.S.", "SAS", "Société par actions simplifiée"}},
    {"SL", {"S.L.", "Sociedad limitada", "S.à r.l.", "S.a.r.l."}},
    {"KG", {"KG", "Kommanditgesellschaft", "GmbH & Co. KG", "GmbH & Co KG"}},
    {"SDNBHD", {"Sdn Bhd", "Sdn. Bhd.", "Sendirian Berhad", "Bhd", "Berhad"}},
    {"KK", {"K.K.", "KK", "Kabushiki Kaisha", "Kabushiki Gaisha", "株式会社"}},
    {"GK", {"Godo Kaisha", "合同会社"}},
    {"YK", {"Yugen Kaisha", "有限会社"}},
    {"SRO", {"s.r.o.", "spol. s r.o.", "Společnost s ručením omezeným", "Spoločnosť s ručením obmedzeným"}},
    {"DOO", {"d.o.o.", "DOO", "Društvo s ograničenom odgovornošću", "ООД", "ЕООД"}},
    {"KFT", {"Kft.", "Korlátolt felelősségű társaság"}},
    {"ZRT", {"Zrt.", "Nyrt."}},
    {"OU", {"OÜ", "Osaühing"}},
    {"UAB", {"UAB", "Uždaroji akcinė bendrovė"}},
    {"SIA", {"SIA", "Sabiedrība ar ierobežotu atbildību"}},
};

// Legal forms written in Chinese, Japanese or Korean, for names compared character by character: longest first.
const char *const kIdeographForms[] = {"股份有限公司", "有限責任公司", "有限责任公司", "有限公司", "株式会社",
                                       "有限会社",     "合同会社",     "주식회사",     "유한회사", "公司"};

struct Phrase {
    QStringList tokens;
    QStringList keys; // looseKey of each token
    QString code;
};

// Words this long are also matched by their consonants: the same word romanised another way (Aktsionernoye and
// Aktsionernoe, Obshchestvo and Obshestvo, Otvetstvennostyu and Otvetstvennostiu).
constexpr qsizetype kLooseLength = 6;

QString looseKey(const QString &token)
{
    return token.size() < kLooseLength ? token : similarity::consonants(normaliser::skeleton(token));
}

struct Index {
    QHash<QString, QList<Phrase>> byFirst;      // by the first word as written
    QHash<QString, QList<Phrase>> byFirstLoose; // by the loose key of a long first word
    QSet<QString> loosePrefixes;                // the first two letters of those words: other words skip the key
    QList<Phrase> longWords;                    // one-word phrases of 8 letters or more (misspelt, cut short)
    int id = 0;                                 // 0: Latin and Cyrillic spellings, 1: all
};

Index build(int id)
{
    Index x;
    x.id = id;
    for (const Form &form : kForms)
        for (const char *spelling : form.spellings) {
            const QString text = QString::fromUtf8(spelling);
            if (id == 0 && otherScript(text))
                continue;
            Phrase p{normaliser::latinTokens(text), {}, QString::fromLatin1(form.code)};
            if (p.tokens.isEmpty())
                continue;
            for (const QString &t : p.tokens)
                p.keys.append(looseKey(t));
            x.byFirst[p.tokens.first()].append(p);
            if (p.tokens.first().size() >= kLooseLength) {
                x.byFirstLoose[p.keys.first()].append(p);
                x.loosePrefixes.insert(p.tokens.first().left(2));
            }
            if (p.tokens.size() == 1 && p.tokens.front().size() >= 8)
                x.longWords.append(p);
        }
    const auto longestFirst = [](QHash<QString, QList<Phrase>> &h) {
        for (auto &list : h)
            std::stable_sort(list.begin(), list.end(),
                             [](const Phrase &a, const Phrase &b) { return a.tokens.size() > b.tokens.size(); });
    };
    longestFirst(x.byFirst);
    longestFirst(x.byFirstLoose);
    return x;
}

// The phrases in Latin and Cyrillic, or (allScripts) in every script. The spellings in other scripts are romanised
// only once a name holds such letters: ICU loads a script's rules when it first meets it, most of a second's work.
const Index &phrases(bool allScripts)
{
    if (allScripts) {
        static const Index all = build(1);
        return all;
    }
    static const Index core = build(0);
    return core;
}

// What one word of 5 letters or more can be on its own, worked out once per word and thread (names repeat their words
// many times over: the same few thousand words in a list of a hundred thousand names).
struct WordFacts {
    const QList<Phrase> *loose = nullptr; // phrases whose first word is this one romanised another way
    const Phrase *misspelt = nullptr;     // a long legal-form word misspelt by one letter (Aktiengeselschaft)
    const Phrase *cut = nullptr;          // a long legal-form word cut short (Corporatio)
};

const WordFacts &factsOf(const Index &index, const QString &token)
{
    static const WordFacts none;
    if (token.size() < 5)
        return none;
    thread_local QHash<QString, WordFacts> caches[2];
    QHash<QString, WordFacts> &cache = caches[index.id];
    if (const auto it = cache.constFind(token); it != cache.constEnd())
        return *it;
    if (cache.size() > 100000)
        cache.clear();
    WordFacts f;
    if (token.size() >= kLooseLength && index.loosePrefixes.contains(token.left(2)))
        if (const auto it = index.byFirstLoose.constFind(looseKey(token)); it != index.byFirstLoose.constEnd())
            f.loose = &*it;
    for (const Phrase &p : index.longWords) {
        const QString &word = p.tokens.front();
        if (!f.misspelt && token.size() >= 8 && similarity::editDistance(token, word, 1) == 1)
            f.misspelt = &p;
        if (!f.cut && word.size() > token.size() && word.startsWith(token))
            f.cut = &p;
    }
    return *cache.insert(token, f);
}

// The words of one name and their loose keys, worked out when first asked for.
class Words {
public:
    explicit Words(QStringList &tokens) : m_tokens(tokens), m_keys(tokens.size()) {}
    qsizetype size() const { return m_tokens.size(); }
    const QString &operator[](qsizetype i) const { return m_tokens[i]; }
    const QString &key(qsizetype i)
    {
        if (m_keys[i].isNull())
            m_keys[i] = looseKey(m_tokens[i]);
        return m_keys[i];
    }
    // Word i is the phrase's word k: as written, or another romanisation of a long word.
    bool same(qsizetype i, const Phrase &p, qsizetype k)
    {
        if (m_tokens[i] == p.tokens[k])
            return true;
        return p.tokens[k].size() >= kLooseLength && m_tokens[i].size() >= kLooseLength - 1 && key(i) == p.keys[k];
    }
    bool starts(qsizetype i, const Phrase &p)
    {
        if (i + p.tokens.size() > size())
            return false;
        for (qsizetype k = 0; k < p.tokens.size(); ++k)
            if (!same(i + k, p, k))
                return false;
        return true;
    }
    void remove(qsizetype i, qsizetype n)
    {
        m_tokens.remove(i, n);
        m_keys.remove(i, n);
    }

private:
    QStringList &m_tokens;
    QList<QString> m_keys;
};

// The phrase that begins at word i, if any.
const Phrase *phraseAt(const Index &index, Words &words, qsizetype i)
{
    if (const auto it = index.byFirst.constFind(words[i]); it != index.byFirst.constEnd())
        for (const Phrase &p : *it)
            if (words.starts(i, p))
                return &p;
    if (const QList<Phrase> *loose = factsOf(index, words[i]).loose)
        for (const Phrase &p : *loose)
            if (words.starts(i, p))
                return &p;
    return nullptr;
}

// A legal form cut short at the end of a name, as fixed-width fields of lists cut long names (TACTICAL MISSILES
// CORPORATION JOINT STOCK COMPAN, Acme Corporatio): every word but the last in full, the last begun (3 letters or
// more; 5 or more when it is the only word).
const Phrase *truncatedAt(const Index &index, const QStringList &tokens, qsizetype i)
{
    const qsizetype left = tokens.size() - i;
    const QString &last = tokens.back();
    const auto cut = [&last](const QString &word) { return word.size() > last.size() && word.startsWith(last); };
    if (left == 1)
        return factsOf(index, last).cut;
    if (last.size() < 3)
        return nullptr;
    const auto it = index.byFirst.constFind(tokens[i]);
    if (it == index.byFirst.constEnd())
        return nullptr;
    for (const Phrase &p : *it)
        if (p.tokens.size() == left && std::equal(p.tokens.begin(), p.tokens.end() - 1, tokens.begin() + i) &&
            cut(p.tokens.back()))
            return &p;
    return nullptr;
}

} // namespace

bool otherScript(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x0530; });
}

Found extract(QStringList &tokens, bool allScripts)
{
    Found found;
    const Index &index = phrases(allScripts);
    Words words(tokens);
    for (qsizetype i = 0; i < words.size();) {
        const Phrase *hit = phraseAt(index, words, i);
        if (!hit && words.size() > 1)
            hit = factsOf(index, words[i]).misspelt;
        if (!hit && i > 0)
            hit = truncatedAt(index, tokens, i);
        const qsizetype length = hit ? std::min(hit->tokens.size(), words.size() - i) : 0;
        // A name made of nothing but a legal form keeps it (a company called "Limited" is still a name).
        if (!hit || length == words.size()) {
            ++i;
            continue;
        }
        if (found.code.isEmpty())
            found.code = hit->code;
        found.removed += tokens.mid(i, length);
        words.remove(i, length);
    }
    return found;
}

QString stripIdeographs(QString &ideographs)
{
    for (const char *form : kIdeographForms) {
        const QString f = QString::fromUtf8(form);
        if (ideographs.size() <= f.size())
            continue;
        if (ideographs.endsWith(f)) {
            ideographs.chop(f.size());
            return f;
        }
        if (ideographs.startsWith(f)) {
            ideographs.remove(0, f.size());
            return f;
        }
    }
    return {};
}

QString family(const QString &code)
{
    static const QHash<QString, QString> families = [] {
        QHash<QString, QString> h;
        for (const char *c : {"JSC", "PJSC", "CJSC", "AG", "SA", "SPA", "PLC", "AS", "NV", "SAS", "KK", "ZRT"})
            h.insert(QLatin1String(c), QStringLiteral("shares"));
        for (const char *c : {"LLC", "LLP", "GMBH", "SPZOO", "BV", "FZE", "FZCO", "APS", "SL", "SDNBHD", "GK", "YK",
                              "SRO", "DOO", "KFT", "OU", "UAB", "SIA"})
            h.insert(QLatin1String(c), QStringLiteral("limited"));
        for (const char *c : {"LP", "KG"})
            h.insert(QLatin1String(c), QStringLiteral("partnership"));
        for (const char *c : {"CO", "INC", "CORP", "LTD", "EST"})
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
