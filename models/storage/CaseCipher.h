#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QString>

namespace caravan {

// The key of an encrypted case: derived once from the passphrase (PBKDF2-HMAC-SHA256) with the salt and
// iteration count stored in the file's header. Wiped when destroyed.
class CaseKey {
public:
    static constexpr quint32 kDefaultIterations = 600000;

    CaseKey() = default;
    ~CaseKey();
    CaseKey(const CaseKey &other) = default;
    CaseKey &operator=(const CaseKey &other) = default;

    // A new key with a fresh random salt.
    static Result<CaseKey> generate(const QString &passphrase, quint32 iterations = kDefaultIterations);
    static Result<CaseKey> derive(const QString &passphrase, const QByteArray &salt, quint32 iterations);

    const QByteArray &bytes() const { return m_key; }
    const QByteArray &salt() const { return m_salt; }
    quint32 iterations() const { return m_iterations; }
    bool isValid() const { return !m_key.isEmpty(); }

private:
    QByteArray m_key;
    QByteArray m_salt;
    quint32 m_iterations = 0;
};

// The encrypted case file format: a header "CARAVAN-ENCRYPTED\n", format version, KDF id, iterations, salt,
// nonce and plaintext length (all authenticated as AES-GCM's additional data), then the AES-256-GCM
// ciphertext of the whole SQLite database image and the 16-byte tag.
namespace caseCipher {

// True when the bytes start like an encrypted case.
bool hasEncryptedMagic(const QByteArray &head);
// True when the file at `path` starts like an encrypted case.
bool isEncryptedFile(const QString &path);

// Encrypts a database image with a fresh nonce into the bytes of an encrypted case file.
Result<QByteArray> encrypt(const CaseKey &key, const QByteArray &plain);
// Decrypts the bytes of an encrypted case file. `name` is the file's name for messages. On success `key`
// holds the derived key (so the case can be saved again without deriving it anew).
// Errors: Corrupt (truncated or not our format), WrongPassphrase (the tag does not verify).
Result<QByteArray> decrypt(const QByteArray &file, const QString &passphrase, const QString &name, CaseKey *key);
// decrypt() with a key already derived (the salt and iterations must match the file's header).
Result<QByteArray> decryptWithKey(const QByteArray &file, const CaseKey &key, const QString &name);

// What becomes of the file a write replaces: Wipe overwrites its old blocks with zeros after the rename (best
// effort: a file system that copies on write or an SSD may still keep them), for plaintext being replaced.
enum class OldContents { Keep, Wipe };
// Writes `bytes` to `path` through a temporary file beside it, flushed to disk and renamed into place.
Status writeFileAtomically(const QString &path, const QByteArray &bytes, OldContents old = OldContents::Keep);
// encrypt() then writeFileAtomically(): the one way an encrypted case reaches the disk.
Status writeEncrypted(const QString &path, const CaseKey &key, const QByteArray &plain,
                      OldContents old = OldContents::Keep);

} // namespace caseCipher

} // namespace caravan
