#include "models/analysis/ListRules.h"

#include "models/storage/ListRuleStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caravan {

namespace {

constexpr std::pair<OwnershipRule, const char *> kRuleKeys[] = {
    {OwnershipRule::Ofac, "ofac"}, {OwnershipRule::Eu, "eu"}, {OwnershipRule::Uk, "uk"}};

} // namespace

std::uint8_t ruleBit(OwnershipRule rule)
{
    switch (rule) {
    case OwnershipRule::Ofac:
        return listrule::kOfac;
    case OwnershipRule::Eu:
        return listrule::kEu;
    case OwnershipRule::Uk:
        return listrule::kUk;
    }
    return listrule::kNone;
}

QString ruleName(OwnershipRule rule)
{
    switch (rule) {
    case OwnershipRule::Ofac:
        return QCoreApplication::translate("caravan::ListRules", "OFAC 50% rule");
    case OwnershipRule::Eu:
        return QCoreApplication::translate("caravan::ListRules", "EU ownership and control");
    case OwnershipRule::Uk:
        return QCoreApplication::translate("caravan::ListRules", "UK ownership and control (OFSI)");
    }
    return {};
}

QString ListRules::keyOf(const QString &list, const QString &program)
{
    const QString l = list.trimmed();
    if (l.compare(QLatin1String("US CSL"), Qt::CaseInsensitive) == 0) {
        const QString code = program.trimmed().section(u' ', 0, 0);
        if (!code.isEmpty())
            return QStringLiteral("US CSL ") + code;
    }
    return l;
}

std::uint8_t ListRules::rulesForKey(const QString &key) const
{
    if (const auto it = m_overrides.constFind(key); it != m_overrides.constEnd())
        return *it;
    return classifyList(key).rules;
}

std::uint8_t ListRules::rulesFor(const QString &list, const QString &program) const
{
    const QString key = keyOf(list, program);
    if (const auto it = m_overrides.constFind(key); it != m_overrides.constEnd())
        return *it;
    return classifyList(key, program).rules;
}

QString ListRules::rulesText(std::uint8_t rules)
{
    QStringList names;
    for (const auto &[rule, key] : kRuleKeys)
        if (rules & ruleBit(rule))
            names << QLatin1String(key);
    return names.isEmpty() ? QStringLiteral("none") : names.join(u',');
}

Result<std::uint8_t> ListRules::parseRules(const QString &text)
{
    std::uint8_t bits = listrule::kNone;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString p = part.trimmed().toLower();
        if (p == u"none" || p.isEmpty())
            continue;
        bool found = false;
        for (const auto &[rule, key] : kRuleKeys)
            if (p == QLatin1String(key)) {
                bits |= ruleBit(rule);
                found = true;
            }
        if (!found)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("unknown rule '%1': use ofac, eu, uk or none").arg(part.trimmed()));
    }
    return bits;
}

QString ListRules::toJson() const
{
    QJsonObject o;
    for (auto it = m_overrides.constBegin(); it != m_overrides.constEnd(); ++it) {
        QJsonArray rules;
        for (const auto &[rule, key] : kRuleKeys)
            if (*it & ruleBit(rule))
                rules.append(QLatin1String(key));
        o.insert(it.key(), rules);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<ListRules> ListRules::fromJson(const QString &json)
{
    ListRules r;
    if (json.trimmed().isEmpty())
        return r;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("stored list rules are not a JSON object: %1").arg(error.errorString()));
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!it->isArray())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("stored list rules: '%1' needs a list of rules").arg(it.key()));
        QStringList names;
        for (const QJsonValue &v : it->toArray())
            names << v.toString();
        auto bits = parseRules(names.join(u','));
        if (!bits)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("stored list rules: %1").arg(bits.error().message));
        r.m_overrides.insert(it.key(), *bits);
    }
    return r;
}

Result<ListRules> ListRules::load(sqlite3 *db)
{
    const auto stored = listrulestore::read(db);
    if (!stored)
        return ListRules();
    return fromJson(*stored);
}

QString ListRules::changeText(const ListRules &before, const ListRules &after)
{
    QStringList keys = before.m_overrides.keys() + after.m_overrides.keys();
    keys.removeDuplicates();
    keys.sort();
    QStringList parts;
    for (const QString &key : keys) {
        const bool was = before.isOverridden(key);
        const bool is = after.isOverridden(key);
        if (was == is && (!was || before.m_overrides.value(key) == after.m_overrides.value(key)))
            continue;
        const auto text = [&](const ListRules &r, bool set) {
            return set ? rulesText(r.m_overrides.value(key))
                       : QStringLiteral("default (%1)").arg(rulesText(classifyList(key).rules));
        };
        parts << QStringLiteral("%1: %2 -> %3").arg(key, text(before, was), text(after, is));
    }
    return parts.join(QStringLiteral("; "));
}

Status ListRules::store(CaseFile &file, const ListRules &before) const
{
    return listrulestore::write(file, toJson(), changeText(before, *this));
}

Result<QList<CaseList>> ListRules::caseLists(sqlite3 *db) const
{
    auto counts = listrulestore::listCounts(db);
    if (!counts)
        return counts.error();
    QList<CaseList> out;
    QMap<QString, qsizetype> byKey;
    for (const listrulestore::ListCount &c : *counts) {
        const QString key = keyOf(c.list, c.program);
        auto it = byKey.constFind(key);
        if (it == byKey.constEnd()) {
            CaseList l;
            l.key = key;
            l.cls = classifyList(key, c.program);
            l.overridden = isOverridden(key);
            l.rules = l.overridden ? m_overrides.value(key) : l.cls.rules;
            it = byKey.insert(key, out.size());
            out.append(l);
        }
        out[*it].designations += c.designations;
        out[*it].entities += c.entities; // an entity listed under two programs of one list counts twice
    }
    return out;
}

QString describeRuleLists(OwnershipRule rule, const QList<CaseList> &lists)
{
    const std::uint8_t bit = ruleBit(rule);
    QStringList counted, none;
    // Lists the rule does not count, grouped by the rules they feed instead (bits in ascending order).
    QMap<std::uint8_t, QStringList> elsewhere;
    for (const CaseList &l : lists) {
        if (l.rules & bit)
            counted << l.key;
        else if (l.rules == listrule::kNone)
            none << QStringLiteral("%1 (%2)").arg(l.key, authorityName(l.cls.authority));
        else
            elsewhere[l.rules] << l.key;
    }
    QString text =
        counted.isEmpty()
            ? QCoreApplication::translate("caravan::ListRules", "%1 counts no list in this case.").arg(ruleName(rule))
            : QCoreApplication::translate("caravan::ListRules", "%1, counting: %2.")
                  .arg(ruleName(rule), counted.join(QStringLiteral("; ")));
    for (auto it = elsewhere.constBegin(); it != elsewhere.constEnd(); ++it) {
        QStringList feeds;
        for (const OwnershipRule r : {OwnershipRule::Ofac, OwnershipRule::Eu, OwnershipRule::Uk})
            if (it.key() & ruleBit(r))
                feeds << ruleName(r);
        text += u' ' + QCoreApplication::translate("caravan::ListRules", "Not counted, feeding %1: %2.")
                           .arg(feeds.join(QCoreApplication::translate("caravan::ListRules", " and ")),
                                it->join(QStringLiteral("; ")));
    }
    if (!none.isEmpty())
        text += u' ' + QCoreApplication::translate("caravan::ListRules", "Counted by no rule: %1.")
                           .arg(none.join(QStringLiteral("; ")));
    return text;
}

} // namespace caravan
