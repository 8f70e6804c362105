#include "models/demo/OwnershipPlanter.h"

namespace caravan::demo {

namespace {
const QDate kAsOf(2024, 12, 31);
}

int OwnershipPlanter::listedOwner(bool person, QDate *listed)
{
    DemoRandom &rnd = random();
    const int owner = person
                          ? m_world.addPerson(QStringLiteral("RU"), plantDate(QDate(1955, 1, 1), QDate(1980, 12, 31)))
                          : m_world.addCompany(QStringLiteral("RU"), Role::Planted, Sector::Trade,
                                               plantDate(QDate(1996, 1, 1), QDate(2015, 12, 31)));
    if (!person)
        DemoBackground::giveOwners(m_world, owner);
    *listed = plantDate(QDate(2022, 2, 24), QDate(2023, 12, 15));
    m_world.designate(owner, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), *listed);
    if (rnd.chance(0.6))
        m_world.designate(owner, QStringLiteral("EU"), QStringLiteral("RUSSIA (Regulation 269/2014)"),
                          listed->addDays(rnd.between(0, 150)));
    m_listText = QStringLiteral("on the OFAC SDN list (RUSSIA-EO14024) since %1").arg(dateText(*listed));
    return owner;
}

int OwnershipPlanter::company(const QString &country)
{
    return m_world.addCompany(country, Role::Planted, Sector::Trade, plantDate(QDate(2004, 1, 1), QDate(2020, 12, 31)));
}

void OwnershipPlanter::fillOwners(int company, double taken)
{
    const double rest = 100.0 - taken;
    if (rest <= 0)
        return;
    const QString country = m_world.entity(company).country;
    const QDate start = m_world.entity(company).born;
    const int person = m_world.addPerson(country, plantDate(QDate(1958, 1, 1), QDate(1990, 12, 31)));
    m_world.own(person, company, rest, start);
    m_world.direct(person, company, start);
}

void OwnershipPlanter::answerBlocked(int entity, const QString &because, const QDate &listed, const QStringList &chain,
                                     const QString &breaks)
{
    // Companies in the transit countries import CHPL goods after the listing (the shipments a T6 detector
    // should flag); Russian ones do not, since a direct CHPL export to Russia would be another lesson.
    const bool importer = m_world.entity(entity).country != u"RU";
    const QStringList imports = importer ? importsOf(entity, listed, random().intBetween(1, 3)) : QStringList();
    AnswerItem a;
    a.pattern = QStringLiteral("T6");
    a.subject = m_world.extId(entity);
    a.refKind = QStringLiteral("entities");
    a.refs = chain.join(u';');
    a.isDecoy = !breaks.isEmpty();
    a.breaks = breaks;
    const QString importText = imports.join(QStringLiteral(", "));
    if (a.isDecoy)
        a.explanation = because + QStringLiteral(" It is NOT blocked.");
    else
        a.explanation =
            because + QStringLiteral(" It is blocked (shadow-sanctioned) as of %1 though not listed itself.")
                          .arg(dateText(kAsOf));
    if (!imports.isEmpty())
        a.explanation +=
            a.isDecoy
                ? QStringLiteral(" Its imports after the listing (%1) do not involve a blocked party.").arg(importText)
                : QStringLiteral(" Its imports after the listing (%1) involve a blocked party.").arg(importText);
    m_world.answer(a);
}

void OwnershipPlanter::shadowSanctioned(int rounds)
{
    for (int r = 0; r < rounds; ++r) {
        QDate listed;
        // 1. A chain through blocked subsidiaries: X 60% -> A, A 50% -> B, B 100% -> C.
        {
            const int x = listedOwner(false, &listed);
            const QString xText = m_listText;
            const int a = company(QStringLiteral("RU")), b = company(QStringLiteral("KZ")),
                      c = company(QStringLiteral("KG"));
            m_world.own(x, a, 60, m_world.entity(a).born);
            fillOwners(a, 60);
            m_world.own(a, b, 50, m_world.entity(b).born);
            fillOwners(b, 50);
            m_world.own(b, c, 100, m_world.entity(c).born);
            m_world.direct(
                m_world.addPerson(QStringLiteral("KG"), QDate(1979, 4, 2).addDays(random().between(0, 4000))), c,
                m_world.entity(c).born);
            const QStringList ids{m_world.extId(x), m_world.extId(a), m_world.extId(b), m_world.extId(c)};
            answerBlocked(a, QStringLiteral("%1 is %2 and owns 60% of %3.").arg(who(x), xText, who(a)), listed,
                          ids.mid(0, 2));
            answerBlocked(b,
                          QStringLiteral("%1 owns 50% of %2, and %1 is blocked (60% owned by %3, %4): 50% is enough.")
                              .arg(who(a), who(b), who(x), xText),
                          listed, ids.mid(0, 3));
            answerBlocked(
                c,
                QStringLiteral("%1 owns 100% of %2. The chain %3 -> %4 -> %1 -> %2 runs through blocked "
                               "companies only; stakes are not multiplied along it (the effective share of %3 "
                               "is 30%, yet %2 is blocked).")
                    .arg(who(b), who(c), m_world.extId(x), m_world.extId(a)),
                listed, ids);
        }
        // 2. Aggregation through two blocked companies: X 50% -> P1 and P2, each 25% of C.
        {
            const int x = listedOwner(false, &listed);
            const QString xText = m_listText;
            const int p1 = company(QStringLiteral("AE")), p2 = company(QStringLiteral("TR")),
                      c = company(QStringLiteral("KZ"));
            m_world.own(x, p1, 50, m_world.entity(p1).born);
            fillOwners(p1, 50);
            m_world.own(x, p2, 50, m_world.entity(p2).born);
            fillOwners(p2, 50);
            m_world.own(p1, c, 25, m_world.entity(c).born);
            m_world.own(p2, c, 25, m_world.entity(c).born);
            fillOwners(c, 50);
            const QString ids = m_world.extId(x);
            answerBlocked(p1, QStringLiteral("%1 is %2 and owns 50% of %3.").arg(who(x), xText, who(p1)), listed,
                          {ids, m_world.extId(p1)});
            answerBlocked(p2, QStringLiteral("%1 is %2 and owns 50% of %3.").arg(who(x), xText, who(p2)), listed,
                          {ids, m_world.extId(p2)});
            answerBlocked(c,
                          QStringLiteral("%1 and %2, both blocked (50% owned by %3), each own 25% of %4: 25 + 25 = 50% "
                                         "in aggregate.")
                              .arg(who(p1), who(p2), who(x), who(c)),
                          listed, {ids, m_world.extId(p1), m_world.extId(p2), m_world.extId(c)});
        }
        // 3. Two listed persons with 25% each.
        {
            QDate listed2;
            const int d1 = listedOwner(true, &listed);
            const QString d1Text = m_listText;
            const int d2 = listedOwner(true, &listed2);
            const QString d2Text = m_listText;
            const int c = company(QStringLiteral("AM"));
            m_world.own(d1, c, 25, m_world.entity(c).born);
            m_world.own(d2, c, 25, m_world.entity(c).born);
            fillOwners(c, 50);
            answerBlocked(
                c,
                QStringLiteral("%1 (%2) and %3 (%4) each own 25% of %5: 50% in aggregate once both are listed "
                               "(from %6).")
                    .arg(who(d1), d1Text, who(d2), d2Text, who(c), dateText(std::max(listed, listed2))),
                std::max(listed, listed2), {m_world.extId(d1), m_world.extId(d2), m_world.extId(c)});
        }
        // 4. Direct and indirect stakes add up: X 50% -> A, X 10% -> B, A 40% -> B.
        {
            const int x = listedOwner(false, &listed);
            const QString xText = m_listText;
            const int a = company(QStringLiteral("RU")), b = company(QStringLiteral("KZ"));
            m_world.own(x, a, 50, m_world.entity(a).born);
            fillOwners(a, 50);
            m_world.own(x, b, 10, m_world.entity(b).born);
            m_world.own(a, b, 40, m_world.entity(b).born);
            fillOwners(b, 50);
            answerBlocked(a, QStringLiteral("%1 is %2 and owns 50% of %3.").arg(who(x), xText, who(a)), listed,
                          {m_world.extId(x), m_world.extId(a)});
            answerBlocked(b,
                          QStringLiteral("%1 owns 10% of %2 directly and %3, which it blocks, owns 40%: 10 + 40 = 50%.")
                              .arg(who(x), who(b), who(a)),
                          listed, {m_world.extId(x), m_world.extId(a), m_world.extId(b)});
        }
        // Near miss: 49%.
        {
            const int x = listedOwner(false, &listed);
            const QString xText = m_listText;
            const int n = company(random().chance(0.5) ? QStringLiteral("KZ") : QStringLiteral("GE"));
            m_world.own(x, n, 49, m_world.entity(n).born);
            fillOwners(n, 49);
            answerBlocked(
                n,
                QStringLiteral("%1 is %2 but owns only 49% of %3; the other 51% belong to an unlisted person.")
                    .arg(who(x), xText, who(n)),
                listed, {m_world.extId(x), m_world.extId(n)}, QStringLiteral("share-below-50"));
        }
        // Near miss: a 40% stake in a parent that owns 100% of a subsidiary blocks neither.
        {
            const int x = listedOwner(false, &listed);
            const QString xText = m_listText;
            const int p = company(QStringLiteral("RU")), q = company(QStringLiteral("KZ"));
            m_world.own(x, p, 40, m_world.entity(p).born);
            fillOwners(p, 40);
            m_world.own(p, q, 100, m_world.entity(q).born);
            m_world.direct(
                m_world.addPerson(QStringLiteral("KZ"), QDate(1975, 8, 19).addDays(random().between(0, 4000))), q,
                m_world.entity(q).born);
            answerBlocked(p, QStringLiteral("%1 is %2 and owns 40% of %3.").arg(who(x), xText, who(p)), listed,
                          {m_world.extId(x), m_world.extId(p)}, QStringLiteral("share-below-50"));
            answerBlocked(
                q,
                QStringLiteral("%1 owns 100% of %2, but %1 is not blocked (only 40% held by %3, %4): flag for "
                               "caution, do not treat as blocked.")
                    .arg(who(p), who(q), who(x), xText),
                listed, {m_world.extId(x), m_world.extId(p), m_world.extId(q)}, QStringLiteral("unblocked-parent"));
        }
    }
}

void OwnershipPlanter::cycles(int rounds)
{
    for (int r = 0; r < rounds; ++r) {
        // A three-company cycle across borders.
        {
            const int a = company(QStringLiteral("KZ")), b = company(QStringLiteral("KG")),
                      c = company(QStringLiteral("AE"));
            const QDate start(2021, 3, 1);
            m_world.own(a, b, 30, start.addDays(random().between(0, 200)));
            fillOwners(b, 30);
            m_world.own(b, c, 40, start.addDays(random().between(0, 200)));
            fillOwners(c, 40);
            m_world.own(c, a, 20, start.addDays(random().between(0, 200)));
            fillOwners(a, 20);
            AnswerItem item;
            item.pattern = QStringLiteral("cycle");
            item.subject = m_world.extId(a);
            item.refKind = QStringLiteral("entities");
            item.refs = QStringList{m_world.extId(a), m_world.extId(b), m_world.extId(c)}.join(u';');
            item.explanation =
                QStringLiteral("Ownership cycle: %1 owns 30% of %2, which owns 40% of %3, which owns 20% of "
                               "%1. Effective shares must be computed without looping or double counting.")
                    .arg(who(a), who(b), who(c));
            m_world.answer(item);
        }
        // Two companies holding each other's shares.
        {
            const int d = company(QStringLiteral("TR")), e = company(QStringLiteral("GE"));
            m_world.own(d, e, 50, QDate(2020, 6, 1));
            fillOwners(e, 50);
            m_world.own(e, d, 10, QDate(2020, 9, 1));
            fillOwners(d, 10);
            AnswerItem item;
            item.pattern = QStringLiteral("cycle");
            item.subject = m_world.extId(d);
            item.refKind = QStringLiteral("entities");
            item.refs = QStringList{m_world.extId(d), m_world.extId(e)}.join(u';');
            item.explanation =
                QStringLiteral("Cross-holding: %1 owns 50% of %2 and %2 owns 10% of %1.").arg(who(d), who(e));
            m_world.answer(item);
        }
        // Decoy: a diamond (two paths to the same company) is not a cycle.
        {
            const int h = company(QStringLiteral("KZ")), f = company(QStringLiteral("KZ")),
                      g = company(QStringLiteral("KG"));
            const int j = company(QStringLiteral("AM"));
            fillOwners(h, 0);
            m_world.own(h, f, 60, QDate(2019, 2, 1));
            fillOwners(f, 60);
            m_world.own(h, g, 70, QDate(2019, 2, 1));
            fillOwners(g, 70);
            m_world.own(f, j, 30, QDate(2019, 5, 1));
            m_world.own(g, j, 30, QDate(2019, 5, 1));
            fillOwners(j, 60);
            AnswerItem item;
            item.pattern = QStringLiteral("cycle");
            item.subject = m_world.extId(j);
            item.refKind = QStringLiteral("entities");
            item.refs = QStringList{m_world.extId(h), m_world.extId(f), m_world.extId(g), m_world.extId(j)}.join(u';');
            item.isDecoy = true;
            item.breaks = QStringLiteral("acyclic");
            item.explanation =
                QStringLiteral("Decoy: %1 owns %2 (60%) and %3 (70%), which each own 30% of %4. Two paths "
                               "lead to %4, but none comes back: no cycle (effective share 60x30 + 70x30 = "
                               "39%).")
                    .arg(who(h), who(f), who(g), who(j));
            m_world.answer(item);
        }
    }
}

} // namespace caravan::demo
