#include "models/report/AuditSummary.h"

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>

#include <catch2/catch.hpp>

using namespace caravan;

namespace {

// A graph view's saved places as GraphView::savePositions() writes them.
QString savedPositions(quint32 count)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << count;
    for (quint32 i = 0; i < count; ++i)
        out << static_cast<qint64>(1000 + i) << 12.5 * i << -3.25 * i;
    return QString::fromLatin1(qCompress(bytes).toBase64());
}

} // namespace

TEST_CASE("audit summary: settings changes in words, no base64", "[report][audit]")
{
    const QString blob = savedPositions(412);
    REQUIRE(blob.size() > 200);
    const AuditSummary::Line trade =
        AuditSummary::summarise(QStringLiteral("setting.change"), QStringLiteral("graph/trade/positions"), blob);
    CHECK(trade.action == QStringLiteral("Setting changed"));
    CHECK(trade.detail == QStringLiteral("Trade view: the places of 412 node(s) saved"));
    CHECK(AuditSummary::summarise(QStringLiteral("setting.change"), QStringLiteral("graph/ownership/positions"),
                                  savedPositions(1))
              .detail == QStringLiteral("Ownership view: the places of 1 node(s) saved"));
    CHECK(AuditSummary::summarise(QStringLiteral("setting.change"), QStringLiteral("graph/ownership/positions"),
                                  QStringLiteral("not base64 at all"))
              .detail == QStringLiteral("Ownership view: node places saved"));
    CHECK(AuditSummary::summarise(QStringLiteral("setting.change"), QStringLiteral("investigator"),
                                  QStringLiteral("А. Сейткали"))
              .detail == QStringLiteral("investigator set to \u201cА. Сейткали\u201d"));
    CHECK(
        AuditSummary::summarise(QStringLiteral("setting.change"), QStringLiteral("report.classification"), {}).detail ==
        QStringLiteral("report.classification cleared"));
    const QString packed = QString(300, u'A');
    CHECK(AuditSummary::summarise(QStringLiteral("setting.change"), QStringLiteral("chains/state"), packed).detail ==
          QStringLiteral("chains/state changed (a stored value of 300 character(s), not shown)"));
    // Other actions keep their words; a blob in them is left out, a long text cut short.
    CHECK(
        AuditSummary::summarise(QStringLiteral("mark.set"), QStringLiteral("kz"), QStringLiteral("confirmed")).detail ==
        QStringLiteral("confirmed"));
    CHECK(AuditSummary::summarise(QStringLiteral("import"), {}, packed).detail ==
          QStringLiteral("(a stored value of 300 character(s), not shown)"));
    const QString prose = QStringLiteral("word ").repeated(100);
    const QString cut = AuditSummary::summarise(QStringLiteral("note"), {}, prose).detail;
    CHECK(cut.size() == AuditSummary::kMaxDetail);
    CHECK(cut.endsWith(QChar(0x2026)));
}
