#include "models/storage/CaseCipher.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

#include <unistd.h>

namespace caravan {

namespace {

const QByteArray kMagic = QByteArrayLiteral("CARAVAN-ENCRYPTED\n");
constexpr quint8 kFormatVersion = 1;
constexpr quint8 kKdfPbkdf2Sha256 = 1;
constexpr int kSaltSize = 16;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
constexpr int kKeySize = 32;
constexpr quint32 kMinIterations = 10000;
constexpr quint32 kMaxIterations = 50000000; // an altered header must not make opening take hours
// magic, version, kdf, iterations (4), salt, nonce, plaintext length (8)
const int kHeaderSize = static_cast<int>(kMagic.size()) + 2 + 4 + kSaltSize + kNonceSize + 8;

struct CipherContextDeleter {
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

Result<QByteArray> randomBytes(int size)
{
    QByteArray bytes(size, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), size) != 1)
        return makeError(ErrorCode::Io, QStringLiteral("the system's random number generator failed"));
    return bytes;
}

// What the header of an encrypted file says.
struct Header {
    quint32 iterations = 0;
    QByteArray salt;
    QByteArray nonce;
    quint64 plainSize = 0;
};

QByteArray headerBytes(const CaseKey &key, const QByteArray &nonce, quint64 plainSize)
{
    QByteArray h = kMagic;
    h.append(static_cast<char>(kFormatVersion));
    h.append(static_cast<char>(kKdfPbkdf2Sha256));
    char word[8];
    qToBigEndian(key.iterations(), word);
    h.append(word, 4);
    h.append(key.salt());
    h.append(nonce);
    qToBigEndian(plainSize, word);
    h.append(word, 8);
    return h;
}

Result<Header> parseHeader(const QByteArray &file, const QString &name)
{
    if (!caseCipher::hasEncryptedMagic(file))
        return makeError(ErrorCode::NotACase, QStringLiteral("%1 is not an encrypted Caravan case").arg(name));
    if (file.size() < kHeaderSize)
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("%1 is damaged: the encrypted file is cut short (truncated?)").arg(name));
    const auto *p = reinterpret_cast<const uchar *>(file.constData()) + kMagic.size();
    if (p[0] != kFormatVersion || p[1] != kKdfPbkdf2Sha256)
        return makeError(ErrorCode::NewerSchema,
                         QStringLiteral("%1 is encrypted in a format this version of Caravan does not know (format "
                                        "%2); update Caravan to open it")
                             .arg(name)
                             .arg(p[0]));
    Header h;
    h.iterations = qFromBigEndian<quint32>(p + 2);
    int offset = static_cast<int>(kMagic.size()) + 6;
    h.salt = file.mid(offset, kSaltSize);
    offset += kSaltSize;
    h.nonce = file.mid(offset, kNonceSize);
    offset += kNonceSize;
    h.plainSize = qFromBigEndian<quint64>(file.constData() + offset);
    if (h.iterations < kMinIterations || h.iterations > kMaxIterations)
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("%1 is damaged: its encryption header is invalid").arg(name));
    if (static_cast<quint64>(file.size()) != static_cast<quint64>(kHeaderSize) + h.plainSize + kTagSize)
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("%1 is damaged: the encrypted file is %2 bytes long where its header says %3 "
                                        "(truncated?)")
                             .arg(name)
                             .arg(file.size())
                             .arg(static_cast<quint64>(kHeaderSize) + h.plainSize + kTagSize));
    return h;
}

} // namespace

CaseKey::~CaseKey()
{
    if (!m_key.isEmpty())
        OPENSSL_cleanse(m_key.data(), static_cast<size_t>(m_key.size()));
}

Result<CaseKey> CaseKey::generate(const QString &passphrase, quint32 iterations)
{
    auto salt = randomBytes(kSaltSize);
    if (!salt)
        return salt.error();
    return derive(passphrase, *salt, iterations);
}

Result<CaseKey> CaseKey::derive(const QString &passphrase, const QByteArray &salt, quint32 iterations)
{
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the passphrase is empty"));
    QByteArray secret = passphrase.toUtf8();
    CaseKey key;
    key.m_salt = salt;
    key.m_iterations = iterations;
    key.m_key = QByteArray(kKeySize, '\0');
    const int ok = PKCS5_PBKDF2_HMAC(secret.constData(), static_cast<int>(secret.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()),
                                     static_cast<int>(salt.size()), static_cast<int>(iterations), EVP_sha256(),
                                     kKeySize, reinterpret_cast<unsigned char *>(key.m_key.data()));
    OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
    if (ok != 1)
        return makeError(ErrorCode::Io, QStringLiteral("cannot derive a key from the passphrase (OpenSSL)"));
    return key;
}

namespace caseCipher {

bool hasEncryptedMagic(const QByteArray &head)
{
    return head.startsWith(kMagic);
}

bool isEncryptedFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return hasEncryptedMagic(file.read(kMagic.size()));
}

Result<QByteArray> encrypt(const CaseKey &key, const QByteArray &plain)
{
    if (!key.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no key to encrypt with"));
    auto nonce = randomBytes(kNonceSize);
    if (!nonce)
        return nonce.error();
    const QByteArray header = headerBytes(key, *nonce, static_cast<quint64>(plain.size()));
    QByteArray out = header;
    out.resize(header.size() + plain.size() + kTagSize);
    auto *cipherText = reinterpret_cast<unsigned char *>(out.data()) + header.size();

    CipherContext ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    const auto fail = [] { return makeError(ErrorCode::Io, QStringLiteral("encryption failed (OpenSSL)")); };
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr,
                           reinterpret_cast<const unsigned char *>(key.bytes().constData()),
                           reinterpret_cast<const unsigned char *>(nonce->constData())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(header.constData()),
                          static_cast<int>(header.size())) != 1)
        return fail();
    // EVP takes int lengths: feed the image in chunks.
    constexpr qsizetype kChunk = 1 << 30;
    qsizetype done = 0;
    for (qsizetype at = 0; at < plain.size(); at += kChunk) {
        const int n = static_cast<int>(std::min(kChunk, plain.size() - at));
        if (EVP_EncryptUpdate(ctx.get(), cipherText + done, &len,
                              reinterpret_cast<const unsigned char *>(plain.constData()) + at, n) != 1)
            return fail();
        done += len;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), cipherText + done, &len) != 1)
        return fail();
    done += len;
    if (done != plain.size() || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, cipherText + done) != 1)
        return fail();
    return out;
}

Result<QByteArray> decryptWithKey(const QByteArray &file, const CaseKey &key, const QString &name)
{
    auto header = parseHeader(file, name);
    if (!header)
        return header.error();
    const auto wrong = [&name] {
        return makeError(ErrorCode::WrongPassphrase,
                         QStringLiteral("Wrong passphrase for %1 (or the file was altered)").arg(name));
    };
    if (header->salt != key.salt() || header->iterations != key.iterations())
        return wrong();
    const auto plainSize = static_cast<qsizetype>(header->plainSize);
    QByteArray plain(plainSize, Qt::Uninitialized);
    const auto *cipherText = reinterpret_cast<const unsigned char *>(file.constData()) + kHeaderSize;
    auto *out = reinterpret_cast<unsigned char *>(plain.data());
    CipherContext ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr,
                           reinterpret_cast<const unsigned char *>(key.bytes().constData()),
                           reinterpret_cast<const unsigned char *>(header->nonce.constData())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(file.constData()),
                          kHeaderSize) != 1)
        return makeError(ErrorCode::Io, QStringLiteral("decryption failed (OpenSSL)"));
    constexpr qsizetype kChunk = 1 << 30;
    qsizetype done = 0;
    for (qsizetype at = 0; at < plainSize; at += kChunk) {
        const int n = static_cast<int>(std::min(kChunk, plainSize - at));
        if (EVP_DecryptUpdate(ctx.get(), out + done, &len, cipherText + at, n) != 1)
            return wrong();
        done += len;
    }
    QByteArray tag = file.right(kTagSize);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), out + done, &len) != 1) {
        OPENSSL_cleanse(plain.data(), static_cast<size_t>(plain.size()));
        return wrong();
    }
    return plain;
}

Result<QByteArray> decrypt(const QByteArray &file, const QString &passphrase, const QString &name, CaseKey *key)
{
    auto header = parseHeader(file, name);
    if (!header)
        return header.error();
    auto derived = CaseKey::derive(passphrase, header->salt, header->iterations);
    if (!derived)
        return derived.error();
    auto plain = decryptWithKey(file, *derived, name);
    if (plain && key)
        *key = *derived;
    return plain;
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes, OldContents old)
{
    const QString name = QFileInfo(path).fileName();
    // The old file stays open so that its blocks can be overwritten once the new one has replaced it.
    QFile previous(path);
    const bool wipe = old == OldContents::Wipe && previous.exists() && previous.open(QIODevice::ReadWrite);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(name, out.errorString()));
    if (out.write(bytes) != bytes.size()) {
        out.cancelWriting();
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(name, out.errorString()));
    }
    if (!out.commit()) // flushes (fsync) and renames into place
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(name, out.errorString()));
    if (wipe) {
        const QByteArray zeros(1 << 20, '\0');
        const qint64 size = previous.size();
        previous.seek(0);
        for (qint64 at = 0; at < size; at += zeros.size())
            previous.write(zeros.constData(), std::min<qint64>(zeros.size(), size - at));
        previous.flush();
        ::fsync(previous.handle());
        previous.close();
    }
    return {};
}

Status writeEncrypted(const QString &path, const CaseKey &key, const QByteArray &plain, OldContents old)
{
    auto encrypted = encrypt(key, plain);
    if (!encrypted)
        return encrypted.error();
    return writeFileAtomically(path, *encrypted, old);
}

} // namespace caseCipher

} // namespace caravan
