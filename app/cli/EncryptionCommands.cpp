// encrypt and decrypt: a case file in place, with the passphrase from CARAVAN_PASSPHRASE or --passphrase-file.
#include "app/cli/CaseCommand.h"
#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"

#include <QFileInfo>
#include <QJsonArray>

namespace caravan::cli {

namespace {

// Runs `convert` on the case named in `arguments` and reports what became of it.
int convertCase(const QStringList &arguments, const QString &usage, Status (*convert)(const QString &, const QString &),
                const QString &done)
{
    CaseCommand command(usage, CaseFile::OpenMode::ReadWrite);
    if (!command.parse(arguments))
        return BadInput;
    const QString path = command.path();
    const QString secret = passphrase();
    if (secret.isEmpty())
        return fail(QStringLiteral("no passphrase: set CARAVAN_PASSPHRASE or give --passphrase-file FILE"));
    if (auto st = convert(path, secret); !st)
        return fail(st.error().message);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // The backups older schemas left beside the case, and whether each is encrypted: encrypting a case encrypts
    // them too; decrypting leaves them encrypted.
    const QStringList backups = CaseFile::backupsOf(absolute);
    if (command.json()) {
        QJsonArray list;
        for (const QString &b : backups)
            list.append(
                QJsonObject{{QStringLiteral("path"), b}, {QStringLiteral("encrypted"), CaseFile::isEncryptedFile(b)}});
        printJson(QJsonObject{{QStringLiteral("case"), absolute},
                              {QStringLiteral("encrypted"), CaseFile::isEncryptedFile(path)},
                              {QStringLiteral("backups"), list}});
        return Success;
    }
    printLine(done.arg(absolute));
    for (const QString &b : backups)
        printLine(CaseFile::isEncryptedFile(b) ? QStringLiteral("  backup %1: encrypted").arg(b)
                                               : QStringLiteral("  backup %1: NOT encrypted").arg(b));
    return Success;
}

} // namespace

int runEncrypt(const QStringList &arguments)
{
    return convertCase(arguments, QStringLiteral("caravan-cli encrypt CASE [--passphrase-file FILE] [--json]"),
                       &CaseFile::encryptFile, QStringLiteral("encrypted %1"));
}

int runDecrypt(const QStringList &arguments)
{
    return convertCase(arguments, QStringLiteral("caravan-cli decrypt CASE [--passphrase-file FILE] [--json]"),
                       &CaseFile::decryptFile, QStringLiteral("decrypted %1"));
}

} // namespace caravan::cli
