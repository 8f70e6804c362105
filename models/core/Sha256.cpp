#include "models/core/Sha256.h"

#include <QCryptographicHash>

#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define CARAVAN_SHA_NI 1
#endif

namespace caravan {

namespace {

constexpr std::array<std::uint32_t, 8> kInitialState{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                                     0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

#ifdef CARAVAN_SHA_NI
alignas(16) constexpr std::uint32_t kRoundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

// Compresses `blocks` 64-byte blocks into `state` with the SHA-NI instructions (Intel's published scheme:
// the state kept as ABEF/CDGH, four rounds per message vector, the schedule by sha256msg1/msg2).
__attribute__((target("sha,sse4.1"))) void compressHardware(std::uint32_t *state, const unsigned char *data,
                                                            std::size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4));
    tmp = _mm_shuffle_epi32(tmp, 0xB1);               // CDAB
    state1 = _mm_shuffle_epi32(state1, 0x1B);         // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8); // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);      // CDGH
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefSaved = state0;
        const __m128i cdghSaved = state1;
        __m128i m[4];
        for (int g = 0; g < 16; ++g) {
            __m128i &w = m[g & 3];
            if (g < 4) {
                w = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * g)), byteSwap);
            } else {
                const __m128i &previous = m[(g + 3) & 3]; // W[t-4..t-1]
                const __m128i &before = m[(g + 2) & 3];   // W[t-8..t-5]
                w = _mm_sha256msg1_epu32(w, m[(g + 1) & 3]);
                w = _mm_add_epi32(w, _mm_alignr_epi8(previous, before, 4));
                w = _mm_sha256msg2_epu32(w, previous);
            }
            __m128i msg = _mm_add_epi32(w, _mm_load_si128(reinterpret_cast<const __m128i *>(kRoundConstants + 4 * g)));
            state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
            msg = _mm_shuffle_epi32(msg, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, msg);
        }
        state0 = _mm_add_epi32(state0, abefSaved);
        state1 = _mm_add_epi32(state1, cdghSaved);
    }
    tmp = _mm_shuffle_epi32(state0, 0x1B);       // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);    // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0); // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);    // HGFE
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), state1);
}
#endif

bool detectHardware()
{
#ifdef CARAVAN_SHA_NI
    __builtin_cpu_init();
    return __builtin_cpu_supports("sha") && __builtin_cpu_supports("sse4.1");
#else
    return false;
#endif
}

void compress(std::uint32_t *state, const unsigned char *data, std::size_t blocks)
{
#ifdef CARAVAN_SHA_NI
    compressHardware(state, data, blocks);
#else
    (void)state;
    (void)data;
    (void)blocks;
#endif
}

} // namespace

bool Sha256::usesHardware()
{
    static const bool hardware = detectHardware();
    return hardware;
}

Sha256::Sha256() : m_state(kInitialState)
{
    if (!usesHardware())
        m_fallback = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    if (m_fallback) {
        m_fallback->addData(data);
        return;
    }
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    std::size_t size = static_cast<std::size_t>(data.size());
    m_totalBytes += size;
    if (m_blockSize > 0) {
        const std::size_t take = std::min(size, m_block.size() - m_blockSize);
        std::memcpy(m_block.data() + m_blockSize, bytes, take);
        m_blockSize += take;
        bytes += take;
        size -= take;
        if (m_blockSize < m_block.size())
            return;
        compress(m_state.data(), m_block.data(), 1);
        m_blockSize = 0;
    }
    if (const std::size_t blocks = size / 64; blocks > 0) {
        compress(m_state.data(), bytes, blocks);
        bytes += blocks * 64;
        size -= blocks * 64;
    }
    std::memcpy(m_block.data(), bytes, size);
    m_blockSize = size;
}

QByteArray Sha256::result()
{
    if (m_fallback)
        return m_fallback->result();
    // Padding: a 1 bit, zeros up to 56 bytes into a block, then the length in bits, big-endian.
    const std::uint64_t bits = m_totalBytes * 8;
    std::array<unsigned char, 72> tail{};
    tail[0] = 0x80;
    const std::size_t zeros = (m_blockSize < 56 ? 56 : 120) - m_blockSize;
    for (int i = 0; i < 8; ++i)
        tail[zeros + static_cast<std::size_t>(i)] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    const std::uint64_t total = m_totalBytes;
    addData(QByteArrayView(reinterpret_cast<const char *>(tail.data()), static_cast<qsizetype>(zeros + 8)));
    m_totalBytes = total;
    QByteArray digest(32, Qt::Uninitialized);
    for (std::size_t i = 0; i < 8; ++i)
        for (std::size_t b = 0; b < 4; ++b)
            digest[static_cast<qsizetype>(4 * i + b)] = static_cast<char>(m_state[i] >> (24 - 8 * b));
    return digest;
}

} // namespace caravan
