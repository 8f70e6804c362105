#include "models/import/HeaderMatcher.h"

#include "models/import/CaravanCsvReader.h"
#include "models/import/ColumnMapping.h"
#include "models/import/FieldParsers.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace caravan {

namespace {

// A field, the names a header may give it (the first the best) and its box in the EAEU declaration.
struct FieldNames {
    QStringList names;
    int box = 0;
    QStringList never; // words that rule a header out even if it contains a name ("брутто" for net weight)
};

QStringList split(const char *names)
{
    return QString::fromUtf8(names).split(u'|');
}

// Names as readers write them; compared squashed. Russian, Kazakh, English.
const QHash<QString, FieldNames> &fieldNames()
{
    static const QStringList placeWords = split("страна|country|адрес|address|елі|мекенжай|город|city|телефон|phone");
    static const QHash<QString, FieldNames> table{
        {QStringLiteral("id"),
         {split("номер дт|рег номер декларации|регистрационный номер декларации|регистрационный номер дт|"
                "номер декларации|номер гтд|гтд|дт|декларация|регистрационный номер|declaration number|"
                "declaration no|declaration id|declaration|decl no|customs declaration number|entry number|"
                "record id|декларация нөмірі|дт нөмірі|тіркеу нөмірі|nd|ndt|nd dt|id|номер"),
          0,
          {}}},
        {QStringLiteral("item_number"),
         {split("номер товара|товар номер|порядковый номер товара|номер товара в дт|item number|item no|item|"
                "line number|goods item number|тауар нөмірі|тауардың реттік нөмірі"),
          32,
          {}}},
        {QStringLiteral("date"),
         {split("дата выпуска|дата выпуска товаров|дата дт|дата декларации|дата регистрации дт|дата регистрации|"
                "дата оформления|date|release date|date of release|declaration date|acceptance date|"
                "shipment date|arrival date|date of declaration|шығарылған күні|шығарылған күн|декларация күні|"
                "тіркелген күні|күні|g072|g542|дата"),
          0,
          {}}},
        {QStringLiteral("exporter"),
         {split("отправитель|отправитель экспортер|грузоотправитель|экспортер|отправителя|экспортера|продавец|"
                "exporter|consignor|shipper|sender|seller|supplier|exporter name|shipper name|consignor name|"
                "жөнелтуші|экспорттаушы|сатушы|отправител"),
          2, placeWords}},
        {QStringLiteral("importer"),
         {split("получатель|грузополучатель|импортер|получателя|импортера|покупатель|importer|consignee|buyer|"
                "receiver|importer name|consignee name|алушы|импорттаушы|сатып алушы|получател"),
          8, placeWords}},
        {QStringLiteral("hs_code"),
         {split("код тн вэд|тн вэд|код тн вэд еаэс|код товара|тнвэд|hs code|hs|hs6|commodity code|tariff code|"
                "product code|taric|hts code|cn code|тауар коды|сэқ тн коды|сэқ тн|тн сэд коды|тауардың коды"),
          33,
          {}}},
        {QStringLiteral("description"),
         {split("описание товара|описание товаров|описание|наименование товара|наименование товаров|"
                "коммерческое наименование|товар|грузовые места и описание товаров|description|"
                "goods description|description of goods|commercial description|goods|product|commodity|"
                "тауардың сипаттамасы|тауар сипаттамасы|сипаттамасы|тауар атауы|тауардың атауы"),
          31,
          {}}},
        {QStringLiteral("quantity"),
         {split("кол во в доп ед|количество в доп ед|количество в дополнительных единицах|"
                "количество в доп единицах|кол во доп ед|количество|кол во|доп количество|quantity|qty|"
                "supplementary quantity|quantity in supplementary units|саны|қосымша өлшем бірлігіндегі саны|"
                "количеств"),
          41,
          {}}},
        {QStringLiteral("unit"),
         {split("доп ед изм|доп ед|единица измерения|ед изм|дополнительная единица измерения|код доп ед изм|"
                "код единицы измерения|unit|uom|unit of measure|supplementary unit|өлшем бірлігі|g41a|единица"),
          0,
          {}}},
        {QStringLiteral("weight_kg"),
         {split("вес нетто|нетто|вес нетто кг|масса нетто|вес|weight kg|net weight|net mass|net weight kg|"
                "weight|таза салмағы|таза салмақ|салмағы"),
          38, split("брутто|gross|жалпы")}},
        {QStringLiteral("value"),
         {split("фактурная стоимость|цена товара|стоимость|таможенная стоимость|статистическая стоимость|"
                "invoice value|value|amount|customs value|statistical value|value usd|item price|"
                "фактуралық құны|құны|кедендік құны|статистикалық құны"),
          42,
          {}}},
        {QStringLiteral("currency"),
         {split("валюта|валюта контракта|валюта и общая сумма по счету|валюта счета|currency|invoice currency|"
                "currency code|валютасы|валюта коды|g221|g22a"),
          22,
          {}}},
        {QStringLiteral("dispatch_country"),
         {split("страна отправления|страна отправки|код страны отправления|dispatch country|country of dispatch|"
                "country of export|export country|dispatch|жөнелту елі|жөнелтілген елі"),
          15,
          {}}},
        {QStringLiteral("origin_country"),
         {split("страна происхождения|код страны происхождения|origin country|country of origin|origin|"
                "шыққан елі|тауардың шыққан елі|шығарылған елі|g34|g34a"),
          16,
          {}}},
        {QStringLiteral("destination_country"),
         {split("страна назначения|код страны назначения|destination country|country of destination|destination|"
                "import country|межелі ел|межелі елі|баратын елі"),
          17,
          {}}},
        {QStringLiteral("transit_countries"),
         {split("страны транзита|транзит|transit countries|transit|транзит елдері"), 0, {}}},
        {QStringLiteral("name"),
         {split("name|company name|entity name|full name|наименование|название|полное наименование|атауы"), 0, {}}},
        {QStringLiteral("type"), {split("type|entity type|тип|түрі"), 0, {}}},
        {QStringLiteral("aliases"), {split("aliases|alias|aka|другие наименования"), 0, {}}},
        {QStringLiteral("country"), {split("country|jurisdiction|страна|ел"), 0, {}}},
        {QStringLiteral("identifiers"), {split("identifiers|ids|идентификаторы"), 0, {}}},
        {QStringLiteral("incorporation_date"),
         {split("incorporation date|registration date|date of birth|дата регистрации|тіркелген күні"), 0, {}}},
        {QStringLiteral("address"), {split("address|адрес|мекенжай"), 0, {}}},
        {QStringLiteral("source"), {split("source|owner|director|владелец|учредитель"), 0, {}}},
        {QStringLiteral("target"), {split("target|company|asset|компания"), 0, {}}},
        {QStringLiteral("share"), {split("share|percentage|ownership|доля|үлесі"), 0, {}}},
        {QStringLiteral("start_date"), {split("start date|from|дата начала"), 0, {}}},
        {QStringLiteral("end_date"), {split("end date|to|until|дата окончания"), 0, {}}},
        {QStringLiteral("entity"), {split("entity|entity id"), 0, {}}},
        {QStringLiteral("list"), {split("list|authority|список"), 0, {}}},
        {QStringLiteral("program"), {split("program|programme|regime|программа"), 0, {}}},
        {QStringLiteral("listed_date"), {split("listed date|listing date|дата включения"), 0, {}}},
    };
    return table;
}

// Words that make a header name an identifier rather than a name.
bool isCodeWord(const QString &word)
{
    static const QStringList words =
        split("код|code|id|инн|бин|иин|унп|tin|bin|inn|iin|идентификатор|identifier|огрн|ogrn|кпп|рнн|эори|eori|"
              "сн|бсн|жсн|ссн");
    return words.contains(word);
}

bool isRowNumber(const QString &full)
{
    static const QStringList names = split("номерпп|пп|nn|no|nr|rowno|rownumber|row|рс|реттікнөмірі|реттіксаны");
    return full.isEmpty() || names.contains(full);
}

QString fieldOfPartyName(const QString &field)
{
    return field == u"exporter" ? QStringLiteral("exporter_name") : QStringLiteral("importer_name");
}

} // namespace

HeaderMatcher::Parsed HeaderMatcher::parse(const QString &header)
{
    Parsed p;
    // Field codes of the electronic declaration, as customs databases name their columns: G33, G021 (box 2, item 1:
    // the sender's code), G022 (its name), G023 (its address), G072 (the registration date), G15A, G31_1, G41A.
    static const QRegularExpression fieldCode(QStringLiteral("^g(\\d{2})(\\d)?([a-z])?(?:_\\d+)?$"));
    if (const auto g = fieldCode.match(header.trimmed().toLower()); g.hasMatch()) {
        const int box = g.captured(1).toInt();
        const int item = g.captured(2).isEmpty() ? 0 : g.captured(2).toInt();
        p.full = p.main = p.bare = fields::squashed(header);
        const bool party = box == 2 || box == 8;
        p.code = party && item == 1;
        // Not the field of the box: a party's address, the invoice total beside the currency, the reference number.
        const bool other = (party && item >= 3) || (box == 22 && item == 2) || box == 7;
        p.box = other || box > 54 ? 0 : box;
        return p;
    }
    QString text = header.trimmed().toLower();
    text.replace(u'ё', u'е');
    text.replace(u'№', QStringLiteral(" номер "));
    // "Графа 38", "гр.33", "Box 8", "бағана 15", anywhere in the header.
    static const QRegularExpression boxWord(
        QStringLiteral("(?<!\\p{L})(?:графа|гр\\.?|box|бағана|баған)\\s*(\\d{1,2})(?!\\d)"),
        QRegularExpression::UseUnicodePropertiesOption);
    // "38 Вес нетто", "38. Вес нетто", "2) Отправитель": a leading box number followed by words.
    static const QRegularExpression leadingNumber(QStringLiteral("^(\\d{1,2})\\s*[.):]?\\s+(?=\\D)"),
                                                  QRegularExpression::UseUnicodePropertiesOption);
    if (const auto m = boxWord.match(text); m.hasMatch()) {
        p.box = m.captured(1).toInt();
        text.remove(m.capturedStart(), m.capturedLength());
    } else if (const auto lead = leadingNumber.match(text); lead.hasMatch()) {
        p.box = lead.captured(1).toInt();
        text.remove(0, lead.capturedLength());
    }
    if (p.box > 54)
        p.box = 0;
    QString main = text;
    static const QRegularExpression brackets(QStringLiteral("[(\\[{][^)\\]}]*[)\\]}]?"));
    main.remove(brackets);
    if (const qsizetype comma = main.indexOf(u','); comma >= 0)
        main.truncate(comma);
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QStringList bareWords;
    for (const QString &word : text.split(nonWord, Qt::SkipEmptyParts))
        p.code = p.code || isCodeWord(word);
    for (const QString &word : main.split(nonWord, Qt::SkipEmptyParts))
        if (!isCodeWord(word))
            bareWords << word;
    p.full = fields::squashed(text);
    p.main = fields::squashed(main);
    p.bare = bareWords.join(QString());
    p.rowNumber = p.box == 0 && (isRowNumber(p.full) || header.trimmed() == u"№");
    return p;
}

QList<HeaderMatch> HeaderMatcher::match(const QStringList &header, const QString &kind)
{
    QStringList fields = CaravanCsvReader::columnsOf(kind);
    fields << ColumnMapping::extraFieldsOf(kind);
    const bool shipments = kind == u"shipments";
    QList<Parsed> parsed;
    for (const QString &h : header)
        parsed << parse(h);

    QList<HeaderMatch> candidates;
    for (qsizetype f = 0; f < fields.size(); ++f) {
        const QString &field = fields[f];
        const bool partyName = field == u"exporter_name" || field == u"importer_name";
        const QString lookup =
            partyName ? (field == u"exporter_name" ? QStringLiteral("exporter") : QStringLiteral("importer")) : field;
        const FieldNames names = fieldNames().value(lookup, FieldNames{{field}, 0, {}});
        const bool party = shipments && (lookup == u"exporter" || lookup == u"importer");
        for (qsizetype h = 0; h < header.size(); ++h) {
            const Parsed &p = parsed[h];
            if (p.rowNumber)
                continue;
            HeaderMatch best{field, header[h], HeaderMatch::Reason::Name, {}, p.box, 0};
            for (qsizetype i = 0; i < names.names.size(); ++i) {
                const QString name = fields::squashed(names.names[i]);
                const int rank = static_cast<int>(std::min<qsizetype>(i, 30));
                int score = 0;
                if (p.main == name || p.full == name || (!p.bare.isEmpty() && p.bare == name))
                    score = 100 - rank;
                else if (name.size() >= 5 && (p.full.contains(name) || p.main.contains(name)))
                    score = 40 + static_cast<int>(std::min<qsizetype>(name.size(), 15)) - rank / 3;
                if (score > best.score) {
                    best.score = score;
                    best.name = names.names[i];
                    best.reason = score >= 70 ? HeaderMatch::Reason::Name : HeaderMatch::Reason::Contains;
                }
            }
            if (shipments && names.box > 0 && p.box == names.box) {
                best.score = best.score > 0 ? std::max(best.score, 90) + 5 : 90;
                best.reason = best.name.isEmpty() ? HeaderMatch::Reason::Box : HeaderMatch::Reason::NameAndBox;
            }
            if (best.score <= 0)
                continue;
            for (const QString &word : names.never)
                if (p.full.contains(fields::squashed(word)))
                    best.score = 0;
            if (best.score <= 0)
                continue;
            if (party) {
                // The reference of a party is its code where the file has one; its name is then its name.
                if (p.code && !partyName) {
                    best.score += 5;
                    best.reason = HeaderMatch::Reason::PartyCode;
                } else if (p.code && partyName) {
                    continue;
                }
            } else if (partyName) {
                continue;
            }
            candidates << best;
        }
    }
    // Best first; on equal scores the field listed first, then the column leftmost.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const HeaderMatch &a, const HeaderMatch &b) { return a.score > b.score; });
    QList<HeaderMatch> out;
    QStringList takenFields, takenColumns;
    for (const HeaderMatch &c : candidates) {
        if (takenFields.contains(c.field) || takenColumns.contains(c.column))
            continue;
        // A party's name column only where its reference is a code column.
        if (c.field == u"exporter_name" || c.field == u"importer_name") {
            const QString party = c.field.left(c.field.indexOf(u'_'));
            bool byCode = false;
            for (const HeaderMatch &m : out)
                byCode = byCode || (m.field == party && m.reason == HeaderMatch::Reason::PartyCode);
            if (!byCode)
                continue;
        }
        takenFields << c.field;
        takenColumns << c.column;
        out << c;
    }
    // A party name may have been passed over before its party's code was taken: look again.
    for (const QString &party : {QStringLiteral("exporter"), QStringLiteral("importer")}) {
        if (!shipments || takenFields.contains(fieldOfPartyName(party)))
            continue;
        bool byCode = false;
        for (const HeaderMatch &m : out)
            byCode = byCode || (m.field == party && m.reason == HeaderMatch::Reason::PartyCode);
        if (!byCode)
            continue;
        for (const HeaderMatch &c : candidates)
            if (c.field == fieldOfPartyName(party) && !takenColumns.contains(c.column)) {
                takenFields << c.field;
                takenColumns << c.column;
                out << c;
                break;
            }
    }
    std::stable_sort(out.begin(), out.end(), [&fields](const HeaderMatch &a, const HeaderMatch &b) {
        return fields.indexOf(a.field) < fields.indexOf(b.field);
    });
    return out;
}

QString HeaderMatcher::describe(const HeaderMatch &m)
{
    switch (m.reason) {
    case HeaderMatch::Reason::Name:
        return QStringLiteral("'%1' -> %2 (the name '%3')").arg(m.column, m.field, m.name);
    case HeaderMatch::Reason::Box:
        return QStringLiteral("'%1' -> %2 (box %3 of the declaration)").arg(m.column, m.field).arg(m.box);
    case HeaderMatch::Reason::NameAndBox:
        return QStringLiteral("'%1' -> %2 (box %3 of the declaration, the name '%4')")
            .arg(m.column, m.field)
            .arg(m.box)
            .arg(m.name);
    case HeaderMatch::Reason::Contains:
        return QStringLiteral("'%1' -> %2 (contains '%3')").arg(m.column, m.field, m.name);
    case HeaderMatch::Reason::PartyCode:
        return QStringLiteral("'%1' -> %2 (an identifier column, preferred to the name as the party's reference)")
            .arg(m.column, m.field);
    case HeaderMatch::Reason::DeclarationDate:
        return QStringLiteral("'%1' -> %2 (no date column: the registration date in the declaration number)")
            .arg(m.column, m.field);
    }
    return {};
}

} // namespace caravan
