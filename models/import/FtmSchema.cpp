#include "models/import/FtmSchema.h"

namespace caravan::ftm {

const QHash<QString, QString> &identifierSchemes()
{
    static const QHash<QString, QString> schemes{
        {QStringLiteral("innCode"), QStringLiteral("ru-inn")},
        {QStringLiteral("ogrnCode"), QStringLiteral("ru-ogrn")},
        {QStringLiteral("okpoCode"), QStringLiteral("ru-okpo")},
        {QStringLiteral("kppCode"), QStringLiteral("ru-kpp")},
        {QStringLiteral("bikCode"), QStringLiteral("ru-bik")},
        {QStringLiteral("leiCode"), QStringLiteral("lei")},
        {QStringLiteral("imoNumber"), QStringLiteral("imo")},
        {QStringLiteral("mmsi"), QStringLiteral("mmsi")},
        {QStringLiteral("vatCode"), QStringLiteral("vat")},
        {QStringLiteral("swiftBic"), QStringLiteral("swift-bic")},
        {QStringLiteral("taxNumber"), QStringLiteral("tax-id")},
        {QStringLiteral("registrationNumber"), QStringLiteral("registration-number")},
        {QStringLiteral("idNumber"), QStringLiteral("id-number")},
        {QStringLiteral("passportNumber"), QStringLiteral("passport")},
        {QStringLiteral("uniqueEntityId"), QStringLiteral("us-uei")},
    };
    return schemes;
}

QString propertyOfScheme(const QString &scheme)
{
    static const QHash<QString, QString> properties = [] {
        QHash<QString, QString> out;
        for (auto it = identifierSchemes().cbegin(); it != identifierSchemes().cend(); ++it)
            out.insert(it.value(), it.key());
        return out;
    }();
    return properties.value(scheme, QStringLiteral("registrationNumber"));
}

} // namespace caravan::ftm
