#include "models/import/FieldParsers.h"

#include <QDate>
#include <QHash>
#include <QLocale>

#include <charconv>
#include <cmath>

namespace caravan::fields {

namespace {

int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = text[i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

int monthFromName(QStringView name)
{
    static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                    QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                    QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                    QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    if (name.size() < 3)
        return 0;
    const qsizetype index = months.indexOf(name.first(3).toString().toLower());
    return static_cast<int>(index + 1);
}

QString isoFrom(int year, int month, int day)
{
    QString out = QString::number(year).rightJustified(4, u'0');
    if (month > 0)
        out += u'-' + QString::number(month).rightJustified(2, u'0');
    if (day > 0)
        out += u'-' + QString::number(day).rightJustified(2, u'0');
    return out;
}

} // namespace

std::optional<QString> isoDate(QStringView text)
{
    text = text.trimmed();
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    const int y = digitsAt(text, 0, 4);
    const int m = digitsAt(text, 5, 2);
    const int d = digitsAt(text, 8, 2);
    if (y < 0 || m < 0 || d < 0 || !QDate::isValid(y, m, d))
        return std::nullopt;
    return text.toString();
}

std::optional<QString> looseDate(QStringView text)
{
    text = text.trimmed();
    if (auto iso = isoDate(text))
        return iso;
    const QList<QStringView> parts = text.split(u' ', Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.size() > 3 || parts.last().size() != 4)
        return std::nullopt;
    const int year = digitsAt(parts.last(), 0, 4);
    if (year < 0)
        return std::nullopt;
    if (parts.size() == 1)
        return isoFrom(year, 0, 0);
    const int month = monthFromName(parts[parts.size() - 2]);
    if (month == 0)
        return std::nullopt;
    if (parts.size() == 2)
        return isoFrom(year, month, 0);
    const QStringView dayText = parts.first();
    const int day = dayText.size() <= 2 ? digitsAt(dayText, 0, dayText.size()) : -1;
    if (day < 1 || !QDate::isValid(year, month, day))
        return std::nullopt;
    return isoFrom(year, month, day);
}

std::optional<QString> countryCode(QStringView text)
{
    text = text.trimmed();
    if (text.size() != 2 || !text[0].isLetter() || !text[1].isLetter() || text[0].unicode() > 127 ||
        text[1].unicode() > 127)
        return std::nullopt;
    return text.toString().toUpper();
}

namespace {

// "Curaçao" -> "curacao", "Bosnia & Herzegovina" -> "bosnia and herzegovina": a key names compare by.
QString nameKey(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c == u'&')
            key += QStringLiteral(" and ");
        else if (c.isLetterOrNumber())
            key += c;
        else
            key += u' ';
    }
    return key.simplified();
}

} // namespace

QString countryCodeFromName(const QString &name)
{
    static const QHash<QString, QString> byName = [] {
        QHash<QString, QString> map;
        for (int t = 1; t <= static_cast<int>(QLocale::LastTerritory); ++t) {
            const auto territory = static_cast<QLocale::Territory>(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() == 2)
                map.insert(nameKey(QLocale::territoryToString(territory)), code);
        }
        // Names OFAC and other lists use that differ from Qt's.
        const std::pair<const char *, const char *> extra[] = {
            {"korea, north", "KP"},
            {"korea, south", "KR"},
            {"burma", "MM"},
            {"united states", "US"},
            {"russian federation", "RU"},
            {"iran", "IR"},
            {"syria", "SY"},
            {"venezuela", "VE"},
            {"united kingdom", "GB"},
            {"czech republic", "CZ"},
            {"turkey", "TR"},
            {"turkiye", "TR"},
            {"congo, democratic republic of the", "CD"},
            {"congo, republic of the", "CG"},
            {"cote d ivoire", "CI"},
            {"west bank", "PS"},
            {"gaza", "PS"},
            {"macau", "MO"},
            {"hong kong", "HK"},
            {"taiwan", "TW"},
            {"bosnia and herzegovina", "BA"},
            {"the bahamas", "BS"},
            {"kyrgyzstan", "KG"},
            {"laos", "LA"},
            {"moldova", "MD"},
            {"vietnam", "VN"},
            {"region: crimea", "UA"},
            {"tanzania", "TZ"},
            // UN Comtrade's names.
            {"usa", "US"},
            {"rep. of korea", "KR"},
            {"dem. people's rep. of korea", "KP"},
            {"china, hong kong sar", "HK"},
            {"china, macao sar", "MO"},
            {"bosnia herzegovina", "BA"},
            {"lao people's dem. rep.", "LA"},
            {"dem. rep. of the congo", "CD"},
            {"brunei darussalam", "BN"},
            {"viet nam", "VN"},
            {"rep. of moldova", "MD"},
            {"united rep. of tanzania", "TZ"},
            {"dominican rep.", "DO"},
            {"central african rep.", "CF"},
            {"cabo verde", "CV"},
            {"holy see (vatican city state)", "VA"},
            {"state of palestine", "PS"},
            {"north macedonia", "MK"},
            {"timor-leste", "TL"},
            // The United Nations' names (UN SC consolidated list).
            {"democratic people's republic of korea", "KP"},
            {"republic of korea", "KR"},
            {"democratic republic of the congo", "CD"},
            {"syrian arab republic", "SY"},
            {"iran (islamic republic of)", "IR"},
            {"united kingdom of great britain and northern ireland", "GB"},
            {"united states of america", "US"},
            {"united republic of tanzania", "TZ"},
            {"china, hong kong special administrative region", "HK"},
            {"british virgin islands", "VG"},
            {"lao people's democratic republic", "LA"},
        };
        for (const auto &[n, code] : extra)
            map.insert(nameKey(QString::fromLatin1(n)), QString::fromLatin1(code));
        return map;
    }();
    return byName.value(nameKey(name));
}

QString squashed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text.toLower()) {
        if (c == u'ё')
            c = u'е';
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

std::optional<double> number(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<double> number(QByteArrayView utf8)
{
    utf8 = utf8.trimmed();
    if (utf8.isEmpty())
        return std::nullopt;
    const char *begin = utf8.data();
    const char *end = begin + utf8.size();
    if (*begin == '+')
        ++begin;
    double v = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, v);
    if (ec != std::errc() || ptr != end || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QStringList splitList(const QString &text, QChar separator)
{
    QStringList out;
    for (const QStringView part : QStringView(text).split(separator)) {
        const QStringView t = part.trimmed();
        if (!t.isEmpty())
            out.append(t.toString());
    }
    return out;
}

} // namespace caravan::fields
