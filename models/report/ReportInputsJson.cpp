#include "models/report/ReportInputsJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caravan {

namespace {

Result<QJsonArray> arrayOf(const QByteArray &json, const QString &key)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("not JSON: %1").arg(error.errorString()));
    if (!doc.isObject() || !doc.object().value(key).isArray())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("expected an object with a \"%1\" array").arg(key));
    return doc.object().value(key).toArray();
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << (v.isString() ? v.toString() : QString::number(v.toDouble()));
    return out;
}

QList<ReportOwnerShare> shares(const QJsonValue &value)
{
    QList<ReportOwnerShare> out;
    for (const QJsonValue &v : value.toArray())
        out << ReportOwnerShare{v[QLatin1String("owner")].toString(), v[QLatin1String("percent")].toDouble()};
    return out;
}

} // namespace

Result<QList<ReportChain>> reportChainsFromJson(const QByteArray &json)
{
    auto array = arrayOf(json, QStringLiteral("chains"));
    if (!array)
        return array.error();
    QList<ReportChain> out;
    for (const QJsonValue &v : *array) {
        const QJsonObject o = v.toObject();
        ReportChain c;
        const QJsonValue id = o.value(QLatin1String("id"));
        c.id = id.isString() ? id.toString() : id.isDouble() ? QString::number(id.toInteger()) : QString();
        if (c.id.isEmpty())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("a chain without an id"));
        if (o.contains(QLatin1String("score")))
            c.score = o.value(QLatin1String("score")).toDouble();
        c.route = strings(o.value(QLatin1String("entities")));
        c.hs = o.value(QLatin1String("hs")).toString();
        c.chplTier = o.value(QLatin1String("chpl_tier")).toString();
        for (const QString &shipment : strings(o.value(QLatin1String("shipments")))) {
            ShipmentRef ref;
            ref.id = shipment;
            c.evidence << ref;
        }
        c.flags = strings(o.value(QLatin1String("flags")));
        c.explanation = o.value(QLatin1String("explanation")).toString();
        c.markStatus = o.value(QLatin1String("status")).toString();
        c.note = o.value(QLatin1String("note")).toString();
        out << c;
    }
    return out;
}

Result<QList<ReportVerdict>> reportVerdictsFromJson(const QByteArray &json)
{
    auto array = arrayOf(json, QStringLiteral("verdicts"));
    if (!array)
        return array.error();
    QList<ReportVerdict> out;
    for (const QJsonValue &v : *array) {
        const QJsonObject o = v.toObject();
        ReportVerdict r;
        r.entity = o.value(QLatin1String("entity")).toString();
        if (r.entity.isEmpty())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("a verdict without an entity"));
        r.asOf = o.value(QLatin1String("as_of")).toString();
        r.designated = o.value(QLatin1String("designated")).toBool();
        r.euListed = o.value(QLatin1String("eu_listed")).toBool();
        r.ukListed = o.value(QLatin1String("uk_listed")).toBool();
        r.blocked = o.value(QLatin1String("blocked")).toBool();
        r.possiblyBlocked = o.value(QLatin1String("possibly_blocked")).toBool();
        r.aggregatePercent = o.value(QLatin1String("aggregate_percent")).toDouble();
        r.because = shares(o.value(QLatin1String("because")));
        r.euOwned = o.value(QLatin1String("eu_owned")).toBool();
        r.euControlled = o.value(QLatin1String("eu_controlled")).toBool();
        r.ukOwned = o.value(QLatin1String("uk_owned")).toBool();
        r.ukControlled = o.value(QLatin1String("uk_controlled")).toBool();
        r.ukExplanation = o.value(QLatin1String("uk_explanation_text")).toString();
        r.ukCombinedPercent = o.value(QLatin1String("uk_combined_percent")).toDouble();
        r.ukHolders = o.value(QLatin1String("uk_designated_holders")).toInt();
        r.effectiveOwners = shares(o.value(QLatin1String("effective_owners")));
        r.explanation = o.value(QLatin1String("explanation")).toString();
        out << r;
    }
    return out;
}

} // namespace caravan
