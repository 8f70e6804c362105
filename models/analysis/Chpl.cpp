#include "models/analysis/Chpl.h"

#include <QHash>

namespace caravan::chpl {

namespace {

struct Code {
    const char *hs6;
    const char *tier;
};

// Transcribed from the joint BIS/EU/UK/Japan list of 23 Feb 2024.
constexpr Code kCodes[] = {
    {"854231", "1"},   {"854232", "1"},   {"854233", "1"},   {"854239", "1"},   {"851762", "2"},   {"852691", "2"},
    {"853221", "2"},   {"853224", "2"},   {"854800", "2"},   {"847150", "3.A"}, {"850440", "3.A"}, {"851769", "3.A"},
    {"852589", "3.A"}, {"852910", "3.A"}, {"852990", "3.A"}, {"853669", "3.A"}, {"853690", "3.A"}, {"854110", "3.A"},
    {"854121", "3.A"}, {"854129", "3.A"}, {"854130", "3.A"}, {"854149", "3.A"}, {"854151", "3.A"}, {"854159", "3.A"},
    {"854160", "3.A"}, {"848210", "3.B"}, {"848220", "3.B"}, {"848230", "3.B"}, {"848250", "3.B"}, {"880730", "3.B"},
    {"880330", "3.B"}, {"901310", "3.B"}, {"901380", "3.B"}, {"901420", "3.B"}, {"901480", "3.B"}, {"847180", "4.A"},
    {"848610", "4.A"}, {"848620", "4.A"}, {"848640", "4.A"}, {"853400", "4.A"}, {"854320", "4.A"}, {"902750", "4.A"},
    {"903020", "4.A"}, {"903032", "4.A"}, {"903039", "4.A"}, {"903082", "4.A"}, {"845710", "4.B"}, {"845811", "4.B"},
    {"845891", "4.B"}, {"845961", "4.B"}, {"846693", "4.B"},
};

const QHash<QString, QString> &table()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        for (const Code &c : kCodes)
            m.insert(QString::fromLatin1(c.hs6), QString::fromLatin1(c.tier));
        return m;
    }();
    return map;
}

} // namespace

QString tierOf(const QString &hsCode)
{
    QString digits;
    digits.reserve(6);
    for (QChar c : hsCode) {
        if (c.isDigit())
            digits.append(c);
        if (digits.size() == 6)
            break;
    }
    if (digits.size() < 6)
        return {};
    return table().value(digits);
}

const QStringList &tiers()
{
    static const QStringList list{QStringLiteral("1"),   QStringLiteral("2"),   QStringLiteral("3.A"),
                                  QStringLiteral("3.B"), QStringLiteral("4.A"), QStringLiteral("4.B")};
    return list;
}

QStringList codesOfTier(const QString &tier)
{
    QStringList out;
    for (const Code &c : kCodes)
        if (tier == QLatin1String(c.tier))
            out << QString::fromLatin1(c.hs6);
    return out;
}

} // namespace caravan::chpl
