#include "models/core/Sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace caravan;

namespace {

QByteArray randomBytes(QRandomGenerator &rng, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = static_cast<char>(rng.generate() & 0xff);
    return bytes;
}

QByteArray hashInChunks(const QByteArray &data, qsizetype chunk)
{
    Sha256 hash;
    for (qsizetype at = 0; at < data.size(); at += chunk)
        hash.addData(QByteArrayView(data).sliced(at, std::min(chunk, data.size() - at)));
    return hash.result();
}

} // namespace

TEST_CASE("Sha256 gives the published digests", "[import][sha256]")
{
    Sha256 empty;
    CHECK(empty.result().toHex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    Sha256 abc;
    abc.addData("abc");
    CHECK(abc.result().toHex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    Sha256 twoBlocks;
    twoBlocks.addData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
    CHECK(twoBlocks.result().toHex() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("Sha256 agrees with QCryptographicHash at every length and chunking", "[import][sha256]")
{
    QRandomGenerator rng(42);
    for (qsizetype size = 0; size <= 260; ++size) {
        const QByteArray data = randomBytes(rng, size);
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        for (const qsizetype chunk : {1, 7, 64, 1000}) {
            INFO("size " << size << ", chunk " << chunk);
            REQUIRE(hashInChunks(data, chunk) == expected);
        }
    }
    const QByteArray large = randomBytes(rng, 3 * 1024 * 1024 + 17);
    CHECK(hashInChunks(large, 1 << 20) == QCryptographicHash::hash(large, QCryptographicHash::Sha256));
}
