// Replays every input kept in tests/fuzz/corpus/<target>/ (seeds and the crashes found, kept as regression
// inputs) through the same code as the fuzz target, in the normal build: none may crash.
#include "FuzzInputs.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

TEST_CASE("every kept fuzz input goes through its reader without a crash", "[fuzz]")
{
    const QDir corpus(QStringLiteral(CARAVAN_FUZZ_CORPUS));
    const QStringList targets = corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(targets.size() >= 8);
    int replayed = 0;
    for (const QString &target : targets) {
        const caravan::fuzz::FeedFunction feed = caravan::fuzz::feedFor(target);
        INFO("target " << target.toStdString());
        REQUIRE(feed != nullptr);
        const QDir inputs(corpus.filePath(target));
        for (const QString &name : inputs.entryList(QDir::Files)) {
            INFO("input " << name.toStdString());
            QFile f(inputs.filePath(name));
            REQUIRE(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            feed(reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
            ++replayed;
        }
    }
    CHECK(replayed >= 20);
}
