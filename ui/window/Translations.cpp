#include "ui/window/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace caravan::translations {

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("kk")};
}

QString nativeName(const QString &language)
{
    if (language == u"ru")
        return QStringLiteral("Русский");
    if (language == u"kk")
        return QStringLiteral("Қазақша");
    return QStringLiteral("English");
}

QString savedLanguage()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void saveLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

QString resolve(const QString &language)
{
    if (languages().contains(language))
        return language;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(u'-', 0, 0).toLower();
        if (languages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

static void load(const QString &file, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(file, directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

QString install(const QString &language)
{
    const QString used = resolve(language);
    QLocale::setDefault(QLocale(used));
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    // Translators installed later are asked first: Qt's own, then Caravan's (which covers Qt's standard
    // strings in Kazakh).
    if (used == u"ru" || used == u"kk")
        load(QStringLiteral("qtbase_ru"), qtDir);
    load(QStringLiteral("caravan_") + used, QStringLiteral(":/i18n"));
    return used;
}

} // namespace caravan::translations
