#include "../../support/TempCase.h"

#include "models/demo/DemoGoods.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace caravan;

TEST_CASE("the embedded CHPL table matches the published list, tier by tier")
{
    QFile file(test::sharedData(QStringLiteral("trade/chpl/chpl_hs6_2024-02.csv")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    int rows = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines.at(i).split(',');
        if (cells.size() < 3)
            continue;
        const QString hs6 = QString::fromLatin1(cells.at(0));
        INFO(hs6.toStdString());
        CHECK(demo::chplTier(hs6) == QString::fromLatin1(cells.at(2)));
        ++rows;
    }
    CHECK(rows == 50);
    CHECK(demo::goodsOfKind(demo::GoodsKind::Chpl).size() == 50);
    // 8807.30 was 8803.30 before HS 2022; benign goods are not listed.
    CHECK(demo::chplTier(QStringLiteral("880330")) == u"3.B");
    CHECK_FALSE(demo::isChpl(QStringLiteral("300490")));
    for (std::size_t i : demo::goodsOfKind(demo::GoodsKind::Food))
        CHECK_FALSE(demo::isChpl(demo::goodsCatalogue()[i].hs6()));
}
