#include "models/report/AuditSummary.h"

#include <QByteArray>
#include <QDataStream>

namespace caravan {

namespace {

// The number of places in a graph view's saved positions (qCompress'd QDataStream, base64), or -1.
qint64 savedPlaces(const QString &value)
{
    const QByteArray packed = QByteArray::fromBase64(value.toLatin1());
    // qCompress starts with the length it unpacks to, big-endian: anything else is not a saved layout.
    if (packed.size() < 8)
        return -1;
    const quint32 unpacked = (quint32(quint8(packed[0])) << 24) | (quint32(quint8(packed[1])) << 16) |
                             (quint32(quint8(packed[2])) << 8) | quint32(quint8(packed[3]));
    if (unpacked < 4 || unpacked > (64u << 20))
        return -1;
    const QByteArray bytes = qUncompress(packed);
    if (bytes.size() < 4)
        return -1;
    QDataStream in(bytes);
    quint32 count = 0;
    in >> count;
    return in.status() == QDataStream::Ok ? static_cast<qint64>(count) : -1;
}

QString viewName(const QString &key)
{
    if (key == u"graph/ownership/positions")
        return AuditSummary::tr("Ownership view");
    if (key == u"graph/trade/positions")
        return AuditSummary::tr("Trade view");
    if (key == u"graph/trade-countries/positions")
        return AuditSummary::tr("Trade view by country");
    return key;
}

} // namespace

bool AuditSummary::looksLikeBlob(const QString &value)
{
    if (value.size() < 64)
        return false;
    for (const QChar c : value)
        if (c.isSpace())
            return false;
    return true;
}

AuditSummary::Line AuditSummary::summarise(const QString &action, const QString &target, const QString &detail)
{
    if (action == u"setting.change") {
        Line line{tr("Setting changed"), {}};
        if (target.endsWith(u"/positions")) {
            const qint64 places = savedPlaces(detail);
            line.detail =
                places >= 0
                    ? tr("%1: the places of %n node(s) saved", nullptr, static_cast<int>(places)).arg(viewName(target))
                    : tr("%1: node places saved").arg(viewName(target));
        } else if (detail.isEmpty())
            line.detail = tr("%1 cleared").arg(target);
        else if (looksLikeBlob(detail) || detail.size() > kMaxDetail)
            line.detail = tr("%1 changed (a stored value of %n character(s), not shown)", nullptr,
                             static_cast<int>(detail.size()))
                              .arg(target);
        else
            line.detail = tr("%1 set to \u201c%2\u201d").arg(target, detail);
        return line;
    }
    if (looksLikeBlob(detail))
        return {action, tr("(a stored value of %n character(s), not shown)", nullptr, static_cast<int>(detail.size()))};
    if (detail.size() > kMaxDetail)
        return {action, detail.left(kMaxDetail - 1) + QChar(0x2026)};
    return {action, detail};
}

} // namespace caravan
