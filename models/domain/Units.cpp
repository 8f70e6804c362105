#include "models/domain/Units.h"

#include <QHash>
#include <QLocale>

#include <cmath>
#include <initializer_list>

namespace caravan::units {

namespace {

using CU = CanonicalUnit;

struct Spellings {
    CU unit;
    double factor;
    std::initializer_list<const char *> names; // normalised: lower case, no spaces, dots or brackets
};

// The vocabulary. Each line: a canonical unit, the factor into it, and the spellings that mean it.
// Rec 20 codes (KGM, H87...), Russian customs abbreviations and words, Kazakh words, English words and plurals.
const Spellings kSpellings[] = {
    {CU::Kilogram,
     1.0,
     {"kgm", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes", "кг", "кило",
      "килограмм", "килограмма", "килограммов", "килограммы"}},
    {CU::Kilogram,
     0.001,
     {"grm", "g", "gr", "gram", "grams", "gramme", "grammes", "г", "гр", "грамм", "грамма", "граммов"}},
    {CU::Kilogram, 1e-6, {"mgm", "mg", "milligram", "milligrams", "мг", "миллиграмм"}},
    {CU::Kilogram,
     1000.0,
     {"tne", "t", "tn", "tonne", "tonnes", "ton", "tons", "mt", "metricton", "metrictons", "т", "тн", "тонна", "тонны",
      "тонн"}},
    {CU::Kilogram, 0.0002, {"ctm", "ct", "carat", "carats", "кар", "карат"}},
    {CU::Kilogram, 0.45359237, {"lbr", "lb", "lbs", "pound", "pounds"}},
    {CU::Kilogram, 0.028349523125, {"onz", "oz", "ounce", "ounces"}},
    // PCE is not a Rec 20 code, but many files use it for pieces.
    {CU::Piece, 1.0, {"h87",   "c62",    "pce",   "nar",   "ea",      "each",   "pc",    "pcs",
                      "piece", "pieces", "unit",  "units", "nos",     "item",   "items", "шт",
                      "штук",  "штука",  "штуки", "ед",    "единица", "единиц", "дана"}},
    {CU::Piece, 12.0, {"dzn", "dz", "dozen", "дюжина"}},
    {CU::Piece, 100.0, {"cen", "100pcs", "100шт"}},
    {CU::Piece, 1000.0, {"t3", "mil", "1000pcs", "thousandpieces", "тысшт", "1000шт"}},
    {CU::Set, 1.0, {"set", "sets", "компл", "комплект", "комплекта", "комплектов", "набор", "наборов", "жиынтық"}},
    {CU::Pair, 1.0, {"pr", "prs", "npr", "pair", "pairs", "пар", "пара", "пары", "жұп"}},
    {CU::Metre, 1.0, {"mtr", "m", "metre", "metres", "meter", "meters", "lm", "м", "метр", "метра", "метров", "погм"}},
    {CU::Metre, 0.01, {"cmt", "cm", "см"}},
    {CU::Metre, 0.001, {"mmt", "mm", "мм"}},
    {CU::Metre, 1000.0, {"kmt", "km", "км"}},
    {CU::SquareMetre,
     1.0,
     {"mtk", "m2", "sqm", "sqmetre", "sqmetres", "squaremetre", "squaremetres", "squaremeter", "squaremeters", "м2",
      "квм"}},
    {CU::CubicMetre,
     1.0,
     {"mtq", "m3", "cbm", "cum", "cubicmetre", "cubicmetres", "cubicmeter", "cubicmeters", "м3", "кубм"}},
    {CU::Litre, 1.0, {"ltr", "l", "lt", "litre", "litres", "liter", "liters", "л", "литр", "литра", "литров"}},
    {CU::Litre, 0.001, {"mlt", "ml", "мл"}},
    {CU::Litre, 100.0, {"hlt", "hl"}},
    {CU::Litre, 3.785411784, {"gll", "gal", "gallon", "gallons"}},
    {CU::Package, 1.0, {"pk", "pkg", "pack", "packs", "package", "packages", "уп", "упак", "упаковка"}},
    {CU::KilowattHour, 1.0, {"kwh", "квтч"}},
    {CU::KilowattHour, 1000.0, {"mwh", "мвтч"}},
};

// OKEI (the Russian classifier of units, used by EAEU declarations) numeric codes.
struct OkeiCode {
    int code;
    CU unit;
    double factor;
};
const OkeiCode kOkei[] = {
    {3, CU::Metre, 0.001},      {4, CU::Metre, 0.01},        {6, CU::Metre, 1.0},          {8, CU::Metre, 1000.0},
    {18, CU::Metre, 1.0},       {55, CU::SquareMetre, 1.0},  {111, CU::Litre, 0.001},      {112, CU::Litre, 1.0},
    {113, CU::CubicMetre, 1.0}, {161, CU::Kilogram, 1e-6},   {162, CU::Kilogram, 0.0002},  {163, CU::Kilogram, 0.001},
    {166, CU::Kilogram, 1.0},   {168, CU::Kilogram, 1000.0}, {245, CU::KilowattHour, 1.0}, {642, CU::Piece, 1.0},
    {704, CU::Set, 1.0},        {715, CU::Pair, 1.0},        {778, CU::Package, 1.0},      {796, CU::Piece, 1.0},
    {797, CU::Piece, 100.0},    {798, CU::Piece, 1000.0},    {839, CU::Set, 1.0},
};

const QHash<QString, UnitConversion> &vocabulary()
{
    static const QHash<QString, UnitConversion> table = [] {
        QHash<QString, UnitConversion> t;
        for (const Spellings &s : kSpellings)
            for (const char *name : s.names)
                t.insert(QString::fromUtf8(name), {s.unit, s.factor});
        return t;
    }();
    return table;
}

std::optional<UnitConversion> okei(int code)
{
    for (const OkeiCode &o : kOkei)
        if (o.code == code)
            return UnitConversion{o.unit, o.factor};
    return std::nullopt;
}

// Lower case, superscripts as digits, and no spaces, dots, brackets or underscores: "Кв. м" -> "квм", "m²" -> "m2".
QString normalised(const QString &spelling)
{
    QString out;
    out.reserve(spelling.size());
    for (const QChar c : spelling) {
        if (c.isSpace() || c == u'.' || c == u'(' || c == u')' || c == u'[' || c == u']' || c == u'_')
            continue;
        if (c == u'²')
            out.append(u'2');
        else if (c == u'³')
            out.append(u'3');
        else
            out.append(c.toLower());
    }
    return out;
}

} // namespace

std::optional<UnitConversion> lookup(const QString &spelling)
{
    const QString key = normalised(spelling);
    if (key.isEmpty())
        return std::nullopt;
    const QHash<QString, UnitConversion> &table = vocabulary();
    if (const auto it = table.constFind(key); it != table.constEnd())
        return *it;
    // An OKEI code alone ("796", "006") or before its abbreviation ("796 шт", "166 (кг)").
    qsizetype digits = 0;
    while (digits < key.size() && key[digits].isDigit())
        ++digits;
    if (digits == 0 || digits > 3)
        return std::nullopt;
    const auto code = okei(key.left(digits).toInt());
    if (!code || digits == key.size())
        return code;
    // The words after the code must not say something else ("796 кг" is a contradiction, not a unit).
    const auto rest = table.constFind(key.mid(digits));
    if (rest != table.constEnd() && rest->unit == code->unit && rest->factor == code->factor)
        return code;
    return std::nullopt;
}

std::optional<UnitConversion> lookup(std::string_view spelling)
{
    return lookup(QString::fromUtf8(spelling.data(), static_cast<qsizetype>(spelling.size())));
}

const char *canonicalName(CanonicalUnit unit)
{
    switch (unit) {
    case CU::Kilogram:
        return "kg";
    case CU::Piece:
        return "piece";
    case CU::Set:
        return "set";
    case CU::Pair:
        return "pair";
    case CU::Metre:
        return "m";
    case CU::SquareMetre:
        return "m2";
    case CU::CubicMetre:
        return "m3";
    case CU::Litre:
        return "l";
    case CU::Package:
        return "package";
    case CU::KilowattHour:
        return "kWh";
    }
    return "";
}

std::optional<CanonicalUnit> canonicalFromName(std::string_view name)
{
    for (int u = 0; u <= static_cast<int>(CU::KilowattHour); ++u)
        if (name == canonicalName(static_cast<CU>(u)))
            return static_cast<CU>(u);
    return std::nullopt;
}

QString numberText(double number)
{
    QString text = QLocale(QLocale::English).toString(std::round(number * 1000.0) / 1000.0, 'f', 3);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString quantityText(double quantity, CanonicalUnit unit)
{
    QString name = QString::fromLatin1(canonicalName(unit));
    if (std::round(quantity * 1000.0) != 1000.0 &&
        (unit == CU::Piece || unit == CU::Set || unit == CU::Pair || unit == CU::Package))
        name += u's';
    return numberText(quantity) + u' ' + name;
}

} // namespace caravan::units
