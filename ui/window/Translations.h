#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace caravan {

// The interface languages Caravan ships, and loading them: Caravan's own strings from the embedded .qm files,
// Qt's own from the system (qt6-translations-l10n). Kazakh, which Qt does not translate, takes Caravan's own
// Kazakh for the standard strings it shows and Russian for the rest of Qt's.
namespace translations {

// "en", "ru", "kk".
QStringList languages();
// The language's own name for itself ("Русский", "Қазақша").
QString nativeName(const QString &language);
// The saved choice ("" = follow the system).
QString savedLanguage();
void saveLanguage(const QString &language);
// What `language` (or the system's, when empty) resolves to among languages().
QString resolve(const QString &language);
// Installs translators for `language` into the application and sets the default locale. Returns the language used.
QString install(const QString &language);

} // namespace translations
} // namespace caravan
