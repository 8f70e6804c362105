#include "models/demo/IdentityPlanter.h"

#include "models/demo/DemoIdentifiers.h"

namespace caravan::demo {

namespace {

// The same address as another clerk would type it: capitals, no spaces after the dots.
QString retyped(const QString &address)
{
    QString s = address.toUpper();
    s.replace(QStringLiteral(". "), QStringLiteral("."));
    return s;
}

// The same building, another office ("оф. 304" -> "оф. 512").
QString otherOffice(const QString &address, int office)
{
    const qsizetype at = address.lastIndexOf(QStringLiteral("оф. "));
    return at < 0 ? address + QStringLiteral(", оф. %1").arg(office)
                  : address.left(at) + QStringLiteral("оф. %1").arg(office);
}

} // namespace

int IdentityPlanter::russianCompany(bool listed)
{
    const int c = m_world.addCompany(QStringLiteral("RU"), Role::Planted, Sector::Trade,
                                     plantDate(QDate(2001, 1, 1), QDate(2018, 12, 31)));
    DemoBackground::giveOwners(m_world, c);
    if (listed) {
        m_world.designate(c, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"),
                          plantDate(QDate(2022, 3, 1), QDate(2024, 5, 1)));
        m_world.designate(c, QStringLiteral("EU"), QStringLiteral("RUSSIA (Regulation 269/2014)"),
                          plantDate(QDate(2022, 6, 1), QDate(2024, 6, 24)));
    }
    return c;
}

void IdentityPlanter::answer(const QString &pattern, int subject, const QStringList &refs, const QString &explanation,
                             const QString &breaks)
{
    AnswerItem a;
    a.pattern = pattern;
    a.subject = m_world.extId(subject);
    a.refKind = QStringLiteral("entities");
    a.refs = refs.join(u';');
    a.isDecoy = !breaks.isEmpty();
    a.breaks = breaks;
    a.explanation = explanation;
    m_world.answer(a);
}

void IdentityPlanter::fronts(int rounds)
{
    DemoRandom &rnd = random();
    const QString kz = QStringLiteral("KZ");
    for (int r = 0; r < rounds; ++r) {
        // 1. A Kazakh company registered at the Kazakh office of a Russian company.
        {
            const int ru = russianCompany(rnd.chance(0.5));
            const QString office = m_world.freshAddress(kz);
            m_world.entity(ru).addresses << office;
            const int x = plantedCompany(kz, plantDate(QDate(2012, 1, 1), QDate(2021, 9, 30)));
            m_world.entity(x).addresses = QStringList{retyped(office)};
            const QStringList imports = importsOf(x, QDate(2022, 4, 1), rnd.intBetween(2, 3));
            answer(QStringLiteral("T5"), x, {m_world.extId(x), m_world.extId(ru)},
                   QStringLiteral("%1 is registered at \"%2\", which is, once case and punctuation are normalised, the "
                                  "Kazakh office of the Russian company %3 (\"%4\"). It imports CHPL goods (%5).")
                       .arg(who(x), retyped(office), who(ru), office, imports.join(QStringLiteral(", "))));
        }
        // 2. A Kyrgyz company with the director of a listed Russian company.
        {
            const int ru = russianCompany(true);
            const int director =
                m_world.addPerson(QStringLiteral("RU"), plantDate(QDate(1962, 1, 1), QDate(1985, 12, 31)));
            m_world.direct(director, ru, m_world.entity(ru).born);
            const int x = plantedCompany(QStringLiteral("KG"), plantDate(QDate(2012, 1, 1), QDate(2021, 9, 30)));
            m_world.direct(director, x, QDate(2022, 5, 1).addDays(rnd.between(0, 300)));
            const QStringList imports = importsOf(x, QDate(2022, 6, 1), rnd.intBetween(2, 3));
            answer(QStringLiteral("T5"), x, {m_world.extId(x), m_world.extId(director), m_world.extId(ru)},
                   QStringLiteral("%1 is a director of %2 and of the listed Russian company %3 (OFAC SDN, EU). %2 "
                                  "imports CHPL goods (%4).")
                       .arg(who(director), who(x), who(ru), imports.join(QStringLiteral(", "))));
        }
        // Decoy: the same building as a Russian company's office, another office.
        {
            const int ru = russianCompany(false);
            const QString office = m_world.freshAddress(kz);
            m_world.entity(ru).addresses << office;
            const int x = plantedCompany(kz, plantDate(QDate(2012, 1, 1), QDate(2021, 9, 30)));
            const QString neighbour = otherOffice(office, 900 + rnd.intBetween(0, 99));
            m_world.entity(x).addresses = QStringList{neighbour};
            answer(QStringLiteral("T5"), x, {m_world.extId(x), m_world.extId(ru)},
                   QStringLiteral("Decoy: %1 is at \"%2\", the same building as the office of %3 (\"%4\") but another "
                                  "office: the normalised addresses differ.")
                       .arg(who(x), neighbour, who(ru), office),
                   QStringLiteral("address-differs"));
        }
        // Decoy: an address shared with an ordinary local company (neither Russian nor listed).
        {
            const int x = plantedCompany(kz, plantDate(QDate(2012, 1, 1), QDate(2021, 9, 30)));
            const int y = plantedCompany(kz, plantDate(QDate(2005, 1, 1), QDate(2019, 12, 31)));
            m_world.entity(y).addresses = QStringList{retyped(m_world.entity(x).addresses.value(0))};
            answer(QStringLiteral("T5"), x, {m_world.extId(x), m_world.extId(y)},
                   QStringLiteral("Decoy: %1 and %2 share an address, but %2 is a Kazakh company, neither Russian nor "
                                  "listed: a business centre, not a front.")
                       .arg(who(x), who(y)),
                   QStringLiteral("counterparty-not-russian-or-listed"));
        }
        // Decoy: a namesake, not the same person.
        {
            const int ru = russianCompany(true);
            const int director =
                m_world.addPerson(QStringLiteral("RU"), QDate(1966, 3, 14).addDays(rnd.between(0, 2000)));
            m_world.direct(director, ru, m_world.entity(ru).born);
            const int namesake =
                m_world.addPerson(QStringLiteral("RU"), QDate(1984, 7, 2).addDays(rnd.between(0, 2000)));
            m_world.entity(namesake).name = m_world.entity(director).name;
            m_world.entity(namesake).aliases = m_world.entity(director).aliases;
            const QDate twinBorn = m_world.entity(namesake).born;
            const int x = plantedCompany(kz, plantDate(QDate(2012, 1, 1), QDate(2021, 9, 30)));
            m_world.direct(namesake, x, QDate(2022, 8, 1));
            answer(QStringLiteral("T5"), x, {m_world.extId(x), m_world.extId(namesake), m_world.extId(director)},
                   QStringLiteral("Decoy: the director of %1, %2 (born %3), has the same name as the director of the "
                                  "listed %4, %5 (born %6), but another birth date and INN: a namesake, not a shared "
                                  "director.")
                       .arg(who(x), who(namesake), dateText(twinBorn), who(ru), who(director),
                            dateText(m_world.entity(director).born)),
                   QStringLiteral("different-person"));
        }
    }
}

void IdentityPlanter::duplicates(int rounds)
{
    // Name cores that the background vocabulary never produces.
    static const char *const cores[][2] = {
        {"KZ", "Альфа Транзит"}, {"RU", "Сигма Электроникс"}, {"KZ", "Бета Логистик"}, {"KG", "Омега Карго"},
        {"KZ", "Гамма Трейд"},   {"RU", "Дельта Снаб"},       {"KZ", "Зенит Транзит"}, {"KG", "Квазар Трейд"}};
    const int n = static_cast<int>(std::size(cores));
    for (int r = 0; r < 2 * rounds; ++r) {
        const QString country = QString::fromLatin1(cores[r % n][0]);
        QString core = QString::fromUtf8(cores[r % n][1]);
        if (r >= n)
            core += QStringLiteral(" %1").arg(r / n + 1);
        const GeneratedName registered = DemoNames::companyFromCore(country, core);
        const QDate born = plantDate(QDate(2010, 1, 1), QDate(2020, 12, 31));
        const int first = m_world.addNamedCompany(country, Role::Planted, registered, born);
        DemoBackground::giveOwners(m_world, first);
        DemoBackground::coverTrade(m_world, m_pop, first, 2);
        const QString latin = DemoNames::transliterate(core);
        const QString form = country == u"KZ" ? QStringLiteral("LLP") : QStringLiteral("LLC");
        const QString translitForm = DemoNames::transliterate(country == u"KZ"   ? QStringLiteral("ТОО")
                                                              : country == u"KG" ? QStringLiteral("ОсОО")
                                                                                 : QStringLiteral("ООО"));
        const QStringList spellings{QStringLiteral("%1 %2").arg(latin.toUpper(), form),
                                    QStringLiteral("%1 %2").arg(QString(latin).replace(u' ', u'-'), translitForm)};
        QStringList refs{m_world.extId(first)};
        for (const QString &spelling : spellings) {
            GeneratedName other;
            other.name = spelling;
            other.core = spelling;
            const int dup = m_world.addNamedCompany(country, Role::Planted, other, born);
            DemoEntity &e = m_world.entity(dup);
            e.identifiers = m_world.entity(first).identifiers;
            // Declarations of the Latin spellings carry the address transliterated (Russian ones none at all).
            e.addresses.clear();
            if (country != u"RU")
                e.addresses << DemoNames::transliterate(m_world.entity(first).addresses.value(0));
            DemoBackground::coverTrade(m_world, m_pop, dup, 1);
            refs << e.extId;
        }
        QStringList ids;
        for (const auto &[scheme, value] : m_world.entity(first).identifiers)
            ids << scheme + u' ' + value;
        answer(QStringLiteral("duplicate"), first, refs,
               QStringLiteral("%1, \"%2\" (%3) and \"%4\" (%5) are one company spelled three ways: same %6.")
                   .arg(who(first), spellings.at(0), refs.at(1), spellings.at(1), refs.at(2),
                        ids.join(QStringLiteral(", "))));
        if (r % 2 == 1)
            continue;
        // Decoy: a similar name with another registry number in another city.
        const GeneratedName similar = DemoNames::companyFromCore(
            country, core + (country == u"KZ" ? QStringLiteral(" Сервис") : QStringLiteral(" Плюс")));
        const int other =
            m_world.addNamedCompany(country, Role::Planted, similar, plantDate(QDate(2008, 1, 1), QDate(2020, 12, 31)));
        DemoBackground::giveOwners(m_world, other);
        DemoBackground::coverTrade(m_world, m_pop, other, 1);
        answer(QStringLiteral("duplicate"), other, {m_world.extId(other), m_world.extId(first)},
               QStringLiteral("Decoy: %1 has a name close to %2 but its own registry number and address: a different "
                              "company.")
                   .arg(who(other), who(first)),
               QStringLiteral("different-identifier"));
    }
}

} // namespace caravan::demo
