#include "TeamCases.h"

#include "../../support/CaseBuilder.h"
#include "../../support/TempCase.h"

#include "models/domain/MatchDecision.h"
#include "models/storage/CaseDigest.h"
#include "models/storage/CaseFile.h"
#include "models/storage/DecisionStore.h"
#include "models/storage/MarkStore.h"
#include "models/storage/PgConnection.h"
#include "models/storage/Sqlite.h"

#include <catch2/catch.hpp>

namespace caravan::test {

void buildSmallCase(CaseFile &file)
{
    {
        CaseBuilder b(file);
        const qint64 alfa =
            b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО «Альфа Трейд»"), QStringLiteral("KZ"));
        const qint64 beta =
            b.company(QStringLiteral("kz-2"), QStringLiteral("Бета Логистика ЖШС"), QStringLiteral("KZ"));
        const qint64 gamma = b.company(QStringLiteral("ru-1"), QStringLiteral("ООО \"Гамма\""), QStringLiteral("RU"));
        const qint64 de =
            b.company(QStringLiteral("de-1"), QStringLiteral("Elektronik Handel GmbH"), QStringLiteral("DE"));
        const qint64 owner =
            b.person(QStringLiteral("p-1"), QStringLiteral("Иванов Иван Иванович"), QStringLiteral("RU"));
        b.alias(alfa, QStringLiteral("Alfa Trade\tLLP"));
        b.alias(beta, QStringLiteral("Beta\\Logistics\nKZ"));
        b.identifier(alfa, QStringLiteral("BIN"), QStringLiteral("180340012345"));
        b.address(gamma, QStringLiteral("Москва, ул. Тверская, д. 1\r\nоф. 5"), QStringLiteral("RU"));
        b.incorporated(alfa, QStringLiteral("2022-03-14"));
        b.owns(owner, gamma, QStringLiteral("51"), QStringLiteral("2021-01-01"));
        b.owns(gamma, alfa, QStringLiteral("25-50"));
        b.designate(owner, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-06-28"));
        b.shipment(QStringLiteral("10005020/140323/0001"), QStringLiteral("2023-03-14"), de, alfa,
                   QStringLiteral("854231"), 0.1, 1234.5, QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("10005020/200323/0002"), QStringLiteral("2023-03-20"), alfa, gamma,
                   QStringLiteral("854231"), 1e-7, 12345678.9, QStringLiteral("DE"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("10005020/010423/0003"), QStringLiteral("2023-04-01"), beta, gamma,
                   QStringLiteral("847150"), 3, 99.99, QStringLiteral("CN"), QStringLiteral("RU"));
    }
    // What the builder cannot write: empty text beside NULL, a literal \N, and a rejected row.
    REQUIRE(sqliteExec(file.handle(),
                       QStringLiteral("INSERT INTO entity_properties(entity_id, key, value, source_id, source_row) "
                                      "VALUES (1, 'website', '', 1, 90), (1, 'note', NULL, 1, 91), "
                                      "(2, 'raw', 'a\\N b\\\\c', 1, 92);"
                                      "INSERT INTO rejected_rows(source_id, line_no, reason, raw) VALUES "
                                      "(1, 17, 'date unreadable', '2023-13-45;\"ТОО Омега\";\t;KZ');"))
                .ok());
    Mark confirmed;
    confirmed.target = MarkTarget::Entity;
    confirmed.targetRef = QStringLiteral("kz-1");
    confirmed.status = MarkStatus::Confirmed;
    confirmed.confidence = 0.8;
    confirmed.note = QStringLiteral("Тот же адрес, что у «Гаммы»");
    confirmed.author = QStringLiteral("aigerim");
    REQUIRE(markstore::put(file, confirmed).ok());
    Mark dismissed;
    dismissed.target = MarkTarget::Chain;
    dismissed.targetRef = QStringLiteral("chain-854231-1");
    dismissed.status = MarkStatus::Dismissed;
    dismissed.author = QStringLiteral("dmitry");
    REQUIRE(markstore::put(file, dismissed).ok());
    MatchDecision decision;
    decision.kind = MatchKind::Screening;
    decision.aRef = QStringLiteral("kz-2");
    decision.bRef = QStringLiteral("p-1");
    decision.verdict = MatchVerdict::Rejected;
    decision.score = 0.61;
    decision.note = QStringLiteral("different person");
    decision.author = QStringLiteral("aigerim");
    REQUIRE(decisionstore::put(file, decision).ok());
    REQUIRE(file.setSetting(QStringLiteral("chains.window_days"), QStringLiteral("45")).ok());
}

void buildShipmentCase(CaseFile &file, int count)
{
    CaseBuilder b(file);
    const QString countries[] = {QStringLiteral("DE"), QStringLiteral("KZ"), QStringLiteral("KG"),
                                 QStringLiteral("AM"), QStringLiteral("RU"), QStringLiteral("CN")};
    QList<qint64> companies;
    for (int i = 0; i < 40; ++i)
        companies << b.company(QStringLiteral("c-%1").arg(i), QStringLiteral("Компания %1").arg(i), countries[i % 6]);
    for (int i = 0; i < count; ++i) {
        const int from = i % 40;
        const int to = (i * 7 + 3) % 40;
        b.shipment(QStringLiteral("D%1").arg(i, 6, 10, QLatin1Char('0')),
                   QStringLiteral("2023-%1-%2")
                       .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                       .arg(1 + i % 28, 2, 10, QLatin1Char('0')),
                   companies[from], companies[to], i % 3 ? QStringLiteral("854231") : QStringLiteral("847150"),
                   1 + (i % 97) * 0.25, 100.0 + i * 1.1, countries[from % 6], countries[to % 6]);
    }
}

QByteArray digestOfFile(const QString &path)
{
    auto opened = CaseFile::open(path, CaseFile::OpenMode::ReadOnly);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    auto digest = caseContentDigest((*opened)->handle());
    REQUIRE(digest.ok());
    return digest->toHex();
}

QByteArray cliOk(const QStringList &arguments, int expectedExit, QByteArray *errorOut)
{
    QByteArray out, err;
    const int code = runCli(arguments, &out, &err);
    INFO(QStringLiteral("caravan-cli %1\nstdout: %2\nstderr: %3")
             .arg(arguments.join(u' '), QString::fromUtf8(out), QString::fromUtf8(err))
             .toStdString());
    REQUIRE(code == expectedExit);
    if (errorOut)
        *errorOut = err;
    return out;
}

namespace {

PgResult oneRow(PgConnection &pg, const QString &sql)
{
    auto r = pg.query(sql);
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    REQUIRE(r->rows() == 1);
    return r.takeValue();
}

} // namespace

qint64 scalar(PgConnection &pg, const QString &sql)
{
    return oneRow(pg, sql).int64(0, 0);
}

QString scalarText(PgConnection &pg, const QString &sql)
{
    return oneRow(pg, sql).text(0, 0);
}

} // namespace caravan::test
