#pragma once

#include <QHash>
#include <QString>

namespace caravan::ftm {

// FtM identifier properties and the Caravan scheme each becomes (innCode -> ru-inn), shared by the
// FtM reader and the FtM export so import -> export -> import keeps every scheme.
const QHash<QString, QString> &identifierSchemes();
// The FtM property for a Caravan scheme; registrationNumber for schemes FtM has no property for.
QString propertyOfScheme(const QString &scheme);

} // namespace caravan::ftm
