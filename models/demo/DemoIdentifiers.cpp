#include "models/demo/DemoIdentifiers.h"

namespace caravan::demo {

namespace {

int digitAt(const QString &s, qsizetype i)
{
    return s.at(i).digitValue();
}

// Kazakhstan's BIN/IIN check digit: weights 1..11, then 3..11,1,2 when the first sum gives 10.
int kzCheckDigit(const QString &first11)
{
    int sum = 0;
    for (int i = 0; i < 11; ++i)
        sum += digitAt(first11, i) * (i + 1);
    int check = sum % 11;
    if (check == 10) {
        sum = 0;
        for (int i = 0; i < 11; ++i)
            sum += digitAt(first11, i) * ((i + 2) % 11 + 1);
        check = sum % 11;
    }
    return check; // 10 means no valid BIN with these digits
}

int innCheck(const QString &digits, const std::vector<int> &weights)
{
    int sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i)
        sum += digitAt(digits, static_cast<qsizetype>(i)) * weights[i];
    return sum % 11 % 10;
}

const std::vector<int> kInn10{2, 4, 10, 3, 5, 9, 4, 6, 8};
const std::vector<int> kInn12a{7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
const std::vector<int> kInn12b{3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

// ISO 7064 mod 97-10 over a string of digits and letters (A=10 ... Z=35).
int mod97(const QString &text)
{
    int rest = 0;
    for (const QChar c : text) {
        const int v = c.isDigit() ? c.digitValue() : c.toUpper().unicode() - 'A' + 10;
        rest = v >= 10 ? (rest * 100 + v) % 97 : (rest * 10 + v) % 97;
    }
    return rest;
}

const char kAlnum[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

} // namespace

QString DemoIdentifiers::digits(DemoRandom &random, int count)
{
    QString s;
    s.reserve(count);
    for (int i = 0; i < count; ++i)
        s += QChar(u'0' + random.intBetween(0, 9));
    return s;
}

QString DemoIdentifiers::kzBin(DemoRandom &random, const QDate &registered)
{
    // YYMM of registration, 4 = resident legal entity, 0 = head office, five serial digits, check digit.
    const QString prefix = QStringLiteral("%1").arg(registered.year() % 100, 2, 10, QLatin1Char('0')) +
                           QStringLiteral("%1").arg(registered.month(), 2, 10, QLatin1Char('0')) + QStringLiteral("40");
    for (;;) {
        const QString first = prefix + digits(random, 5);
        const int check = kzCheckDigit(first);
        if (check < 10)
            return first + QString::number(check);
    }
}

QString DemoIdentifiers::kzIin(DemoRandom &random, const QDate &born)
{
    // YYMMDD of birth, century-and-sex digit (3/4 for the 1900s, 5/6 for the 2000s), serial, check digit.
    const int century = born.year() < 2000 ? 3 : 5;
    const QString prefix = QStringLiteral("%1").arg(born.year() % 100, 2, 10, QLatin1Char('0')) +
                           QStringLiteral("%1").arg(born.month(), 2, 10, QLatin1Char('0')) +
                           QStringLiteral("%1").arg(born.day(), 2, 10, QLatin1Char('0')) +
                           QString::number(century + random.intBetween(0, 1));
    for (;;) {
        const QString first = prefix + digits(random, 4);
        const int check = kzCheckDigit(first);
        if (check < 10)
            return first + QString::number(check);
    }
}

QString DemoIdentifiers::ruInn(DemoRandom &random)
{
    // Two-digit region (77 Moscow, 78 St Petersburg, 66, 54, 16, 52), tax office, serial, check digit.
    static const char *regions[] = {"77", "78", "66", "54", "16", "52", "50", "23"};
    const QString first = QString::fromLatin1(random.pick(regions)) + digits(random, 7);
    return first + QString::number(innCheck(first, kInn10));
}

QString DemoIdentifiers::ruPersonInn(DemoRandom &random)
{
    static const char *regions[] = {"77", "78", "66", "54", "16", "52", "50", "23"};
    QString s = QString::fromLatin1(random.pick(regions)) + digits(random, 8);
    s += QString::number(innCheck(s, kInn12a));
    s += QString::number(innCheck(s, kInn12b));
    return s;
}

QString DemoIdentifiers::ruOgrn(DemoRandom &random, const QDate &registered)
{
    // 1 (OGRN), YY, region (2), tax office (2), serial (5), check digit = (first 12 mod 11) mod 10.
    static const char *regions[] = {"77", "78", "66", "54", "16", "52", "50", "23"};
    const QString first = QStringLiteral("1%1%2%3")
                              .arg(registered.year() % 100, 2, 10, QLatin1Char('0'))
                              .arg(QString::fromLatin1(random.pick(regions)), digits(random, 7));
    const qint64 value = first.toLongLong();
    return first + QString::number(value % 11 % 10);
}

QString DemoIdentifiers::lei(DemoRandom &random)
{
    // Four-character LOU prefix, "00", twelve characters, two check digits (ISO 17442).
    static const char *lous[] = {"5299", "3912", "8156", "2138", "5493", "9695", "7245", "3538"};
    QString body = QString::fromLatin1(random.pick(lous)) + QStringLiteral("00");
    for (int i = 0; i < 12; ++i)
        body += QChar::fromLatin1(kAlnum[random.index(36)]);
    const int check = 98 - mod97(body + QStringLiteral("00"));
    return body + QStringLiteral("%1").arg(check, 2, 10, QLatin1Char('0'));
}

QString DemoIdentifiers::euVat(DemoRandom &random, const QString &country)
{
    if (country == u"DE")
        return QStringLiteral("DE") + digits(random, 9);
    if (country == u"IT")
        return QStringLiteral("IT") + digits(random, 11);
    if (country == u"PL")
        return QStringLiteral("PL") + digits(random, 10);
    if (country == u"FR")
        return QStringLiteral("FR") + digits(random, 2) + digits(random, 9);
    if (country == u"NL")
        return QStringLiteral("NL") + digits(random, 9) + QStringLiteral("B01");
    return country + digits(random, 9);
}

std::vector<std::pair<QString, QString>> DemoIdentifiers::forCompany(DemoRandom &random, const QString &country,
                                                                     const QDate &registered)
{
    std::vector<std::pair<QString, QString>> ids;
    auto add = [&ids](const char *scheme, QString value) { ids.emplace_back(QString::fromLatin1(scheme), value); };
    if (country == u"KZ") {
        add("kz-bin", kzBin(random, registered));
    } else if (country == u"RU") {
        add("ru-inn", ruInn(random));
        add("ru-ogrn", ruOgrn(random, registered));
    } else if (country == u"BY") {
        add("by-unp", QStringLiteral("19") + digits(random, 7));
    } else if (country == u"KG") {
        add("kg-inn", QStringLiteral("0") + digits(random, 13));
    } else if (country == u"AM") {
        add("am-tin", QStringLiteral("0") + digits(random, 7));
    } else if (country == u"GE") {
        add("ge-id", QStringLiteral("4") + digits(random, 8));
    } else if (country == u"AE") {
        add("ae-trn", QStringLiteral("100") + digits(random, 12));
    } else if (country == u"TR") {
        add("tr-vkn", digits(random, 10));
    } else if (country == u"DE" || country == u"IT" || country == u"PL" || country == u"FR" || country == u"NL") {
        add("eu-vat", euVat(random, country));
    } else if (country == u"US") {
        const QString ein = digits(random, 9);
        add("us-ein", ein.left(2) + u'-' + ein.mid(2));
    } else if (country == u"GB") {
        add("gb-crn", digits(random, 8));
    } else if (country == u"JP") {
        add("jp-cn", QString::number(random.intBetween(1, 9)) + digits(random, 12));
    }
    // Exporters and larger traders have a LEI.
    if (country != u"KG" && country != u"AM" && random.chance(country == u"RU" || country == u"KZ" ? 0.15 : 0.5))
        add("lei", lei(random));
    return ids;
}

bool DemoIdentifiers::validKzBin(const QString &bin)
{
    if (bin.size() != 12)
        return false;
    for (const QChar c : bin)
        if (!c.isDigit())
            return false;
    return kzCheckDigit(bin.left(11)) == digitAt(bin, 11);
}

bool DemoIdentifiers::validRuInn(const QString &inn)
{
    for (const QChar c : inn)
        if (!c.isDigit())
            return false;
    if (inn.size() == 10)
        return innCheck(inn, kInn10) == digitAt(inn, 9);
    if (inn.size() == 12)
        return innCheck(inn, kInn12a) == digitAt(inn, 10) && innCheck(inn, kInn12b) == digitAt(inn, 11);
    return false;
}

bool DemoIdentifiers::validRuOgrn(const QString &ogrn)
{
    if (ogrn.size() != 13)
        return false;
    for (const QChar c : ogrn)
        if (!c.isDigit())
            return false;
    return ogrn.left(12).toLongLong() % 11 % 10 == digitAt(ogrn, 12);
}

bool DemoIdentifiers::validLei(const QString &lei)
{
    if (lei.size() != 20)
        return false;
    for (const QChar c : lei)
        if (!(c.isDigit() || (c >= u'A' && c <= u'Z')))
            return false;
    return mod97(lei) == 1;
}

} // namespace caravan::demo
