#include "ui/window/RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace caravan {

namespace {
const char *const kKey = "recentFiles";
}

RecentFiles::RecentFiles(QObject *parent) : QObject(parent)
{
}

QStringList RecentFiles::files() const
{
    return QSettings().value(QLatin1String(kKey)).toStringList();
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(QLatin1String(kKey), files);
    Q_EMIT changed();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaximum)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::attach(QMenu *menu)
{
    rebuild(menu);
    connect(this, &RecentFiles::changed, menu, [this, menu] { rebuild(menu); });
}

void RecentFiles::rebuild(QMenu *menu)
{
    menu->clear();
    const QStringList list = files();
    int number = 1;
    for (const QString &path : list) {
        const QString label = QStringLiteral("&%1 %2").arg(number++).arg(QDir::toNativeSeparators(path));
        QAction *action = menu->addAction(label);
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (!list.isEmpty()) {
        menu->addSeparator();
        connect(menu->addAction(tr("Clear List")), &QAction::triggered, this, &RecentFiles::clear);
    }
    menu->setEnabled(!list.isEmpty());
}

} // namespace caravan
