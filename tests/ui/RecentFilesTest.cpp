#include "ui/window/RecentFiles.h"

#include <QMenu>
#include <QSettings>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace caravan;

TEST_CASE("recent cases are remembered newest first, without duplicates, at most ten")
{
    QSettings().remove(QStringLiteral("recentFiles"));
    RecentFiles recent;
    QMenu menu;
    recent.attach(&menu);
    CHECK_FALSE(menu.isEnabled());
    for (int i = 0; i < 12; ++i)
        recent.add(QStringLiteral("/cases/case%1.caravan").arg(i));
    recent.add(QStringLiteral("/cases/case5.caravan"));
    const QStringList files = RecentFiles().files(); // a fresh object reads the same settings
    REQUIRE(files.size() == RecentFiles::kMaximum);
    CHECK(files.first() == QStringLiteral("/cases/case5.caravan"));
    CHECK(files.count(QStringLiteral("/cases/case5.caravan")) == 1);
    CHECK_FALSE(files.contains(QStringLiteral("/cases/case0.caravan")));
    CHECK(menu.isEnabled());

    QSignalSpy requested(&recent, &RecentFiles::openRequested);
    menu.actions().first()->trigger();
    REQUIRE(requested.size() == 1);
    CHECK(requested.first().first().toString() == QStringLiteral("/cases/case5.caravan"));

    recent.remove(QStringLiteral("/cases/case5.caravan"));
    CHECK(recent.files().size() == RecentFiles::kMaximum - 1);
    recent.clear();
    CHECK(recent.files().isEmpty());
    CHECK_FALSE(menu.isEnabled());
}
