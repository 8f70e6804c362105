#include "DecisionCases.h"

#include "CaseBuilder.h"

namespace caravan::test {

void plantBlockingDuplicate(CaseFile &file)
{
    CaseBuilder b(file);
    const qint64 a = b.company(QStringLiteral("kz-1"), QStringLiteral("ALFA TRANZIT LLP"), QStringLiteral("KZ"));
    b.identifier(a, QStringLiteral("kz-bin"), QStringLiteral("990440001234"));
    const qint64 dup = b.company(QStringLiteral("ftm-2"), QStringLiteral("ТОО «Альфа Транзит»"), QStringLiteral("KZ"));
    b.identifier(dup, QStringLiteral("kz-bin"), QStringLiteral("990440001234"));
    b.alias(dup, QStringLiteral("Alfa Tranzit TOO"));
    const qint64 service = b.company(QStringLiteral("kz-3"), QStringLiteral("Alfa Service LLP"), QStringLiteral("KZ"));
    b.owns(a, service, QStringLiteral("100"));
    const qint64 listed =
        b.person(QStringLiteral("ofac-45937"), QStringLiteral("ZAKHAROV Aleksandr"), QStringLiteral("RU"));
    b.designate(listed, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"));
    b.owns(listed, dup, QStringLiteral("60"));
    b.owns(b.person(QStringLiteral("p-2"), QStringLiteral("Petrov Ivan"), QStringLiteral("RU")), dup,
           QStringLiteral("20"));
    b.owns(b.person(QStringLiteral("p-3"), QStringLiteral("Sidorov Oleg"), QStringLiteral("RU")), dup,
           QStringLiteral("20"));
    const qint64 partner = b.company(QStringLiteral("kg-1"), QStringLiteral("Kyrgyz Trade LLC"), QStringLiteral("KG"));
    for (int i = 1; i <= 12; ++i)
        b.shipment(QStringLiteral("decl-%1").arg(i), QStringLiteral("2023-%1-15").arg(i, 2, 10, QLatin1Char('0')), dup,
                   partner, QStringLiteral("854231"), 100, 5000.0 * i, QStringLiteral("KZ"), QStringLiteral("KG"));
    b.commit();
}

void plantBlockingScreening(CaseFile &file)
{
    CaseBuilder b(file);
    const qint64 beta = b.company(QStringLiteral("kz-10"), QStringLiteral("ТОО «Бета Логистик»"), QStringLiteral("KZ"));
    const qint64 cargo = b.company(QStringLiteral("kz-11"), QStringLiteral("Beta Cargo LLP"), QStringLiteral("KZ"));
    b.owns(beta, cargo, QStringLiteral("60"));
    const qint64 listed =
        b.company(QStringLiteral("ofac-88"), QStringLiteral("BETA LOGISTIK LLP"), QStringLiteral("KZ"));
    b.designate(listed, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"));
    b.commit();
}

} // namespace caravan::test
