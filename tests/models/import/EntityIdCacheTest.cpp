#include "models/import/EntityIdCache.h"

#include <catch2/catch.hpp>

using namespace caravan;

TEST_CASE("EntityIdCache finds every id it holds, replaces, misses and starts again", "[import]")
{
    EntityIdCache cache;
    CHECK(cache.find("e1") == 0);
    for (int i = 0; i < 20000; ++i)
        cache.insert(QByteArray::number(i).prepend('e'), i + 1);
    CHECK(cache.size() == 20000);
    bool allFound = true;
    for (int i = 0; i < 20000; ++i)
        allFound = allFound && cache.find(QByteArray::number(i).prepend('e')) == i + 1;
    CHECK(allFound);
    CHECK(cache.find("e20000") == 0);
    CHECK(cache.find("") == 0);
    CHECK(cache.find("e1 ") == 0);
    cache.insert("e7", 99);
    CHECK(cache.find("e7") == 99);
    CHECK(cache.size() == 20000);
    cache.insert(QByteArrayView("Компания"), 5);
    CHECK(cache.find(QByteArrayView("Компания")) == 5);
    cache.insert("zero", 0); // not an id
    CHECK(cache.find("zero") == 0);
    cache.clear();
    CHECK(cache.size() == 0);
    CHECK(cache.find("e7") == 0);
    cache.insert("e7", 3);
    CHECK(cache.find("e7") == 3);
}
