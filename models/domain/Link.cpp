#include "models/domain/Link.h"

#include <QRegularExpression>

namespace caravan {

QString linkTypeName(LinkType type)
{
    switch (type) {
    case LinkType::Ownership:
        return QStringLiteral("ownership");
    case LinkType::Directorship:
        return QStringLiteral("directorship");
    case LinkType::Control:
        return QStringLiteral("control");
    case LinkType::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<LinkType> linkTypeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"ownership")
        return LinkType::Ownership;
    if (n == u"directorship")
        return LinkType::Directorship;
    if (n == u"control")
        return LinkType::Control;
    if (n == u"other")
        return LinkType::Other;
    return std::nullopt;
}

static std::optional<double> parsePercent(QString text)
{
    text = text.trimmed();
    if (text.endsWith(u'%'))
        text.chop(1);
    text.replace(u',', u'.');
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || v < 0.0 || v > 100.0)
        return std::nullopt;
    return v;
}

std::optional<Share> Share::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Share{};
    static const QRegularExpression range(QStringLiteral(R"(^([0-9.,]+)\s*%?\s*[-–]\s*([0-9.,]+)\s*%?$)"));
    if (const auto m = range.match(t); m.hasMatch()) {
        const auto lo = parsePercent(m.captured(1));
        const auto hi = parsePercent(m.captured(2));
        if (!lo || !hi || *lo > *hi)
            return std::nullopt;
        return Share{lo, hi};
    }
    const auto v = parsePercent(t);
    if (!v)
        return std::nullopt;
    return Share{v, v};
}

QString Share::toText() const
{
    if (!min)
        return {};
    if (isExact())
        return QString::number(*min);
    return QString::number(*min) + u'-' + QString::number(max.value_or(100.0));
}

} // namespace caravan
