#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstdint>
#include <memory>

class QCryptographicHash;

namespace caravan {

// SHA-256 of a byte stream, for the duplicate-source check of every import. Uses the CPU's SHA
// extensions where it has them (x86 SHA-NI: about 20 times QCryptographicHash on a 100 MB file), and
// QCryptographicHash otherwise; both give the same digest.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    // The 32-byte digest; call once, after the last addData().
    QByteArray result();
    // Whether this process hashes with the CPU's SHA instructions.
    static bool usesHardware();

private:
    std::unique_ptr<QCryptographicHash> m_fallback;
    std::array<std::uint32_t, 8> m_state{};
    std::array<unsigned char, 64> m_block{};
    std::size_t m_blockSize = 0;
    std::uint64_t m_totalBytes = 0;
};

} // namespace caravan
