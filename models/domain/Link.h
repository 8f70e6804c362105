#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace caravan {

enum class LinkType { Ownership, Directorship, Control, Other };

QString linkTypeName(LinkType type);
std::optional<LinkType> linkTypeFromName(const QString &name);

// An ownership share: exact (min == max), a range such as 25-50, or unknown.
struct Share {
    std::optional<double> min;
    std::optional<double> max;

    bool isKnown() const { return min.has_value(); }
    bool isExact() const { return min && max && *min == *max; }
    // Parses "51", "12.5", "25-50", "25 - 50%", "50,5"; an empty text is an unknown share.
    static std::optional<Share> parse(const QString &text);
    QString toText() const;
};

// A tie between two entities: owner -> asset for ownership, director -> company for directorship.
struct Link {
    qint64 rowId = 0;
    QString extId;
    LinkType type = LinkType::Ownership;
    qint64 sourceEntity = 0; // owner or director
    qint64 targetEntity = 0; // the company
    Share share;
    std::optional<QDate> start;
    std::optional<QDate> end;
};

} // namespace caravan
