#pragma once

#include "models/core/Result.h"
#include "models/storage/CaseFile.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace caravan::cli {

// Exit statuses of the command-line contract (CLI.md).
enum Exit { Success = 0, ProblemFound = 1, BadInput = 2 };

// One sub-command: its name, a line of help, and the function that runs it with its own arguments.
struct Command {
    const char *name;
    const char *synopsis;
    int (*run)(const QStringList &arguments);
};

const QList<Command> &commands();

// Prints "caravan-cli: message" on stderr and returns BadInput (or the code given).
int fail(const QString &message, int code = BadInput);
void printJson(const QJsonObject &object);
// Prints one JSON document serialised before (compact) and a newline.
void printJson(const QByteArray &compactJson);
void printLine(const QString &text);
// Standard output for a command that streams its JSON result; a result read from a server case's replica gets its
// "server_replica" note as printJson() gives it.
std::unique_ptr<QIODevice> jsonOutput();

// Parses a command's arguments; on bad usage prints the reason and returns false.
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &usage);

// parseArguments() for commands that take exactly one case file: adds the CASE argument and says what is wrong
// (with the usage) when there is none or more than one.
bool parseCaseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &usage);

// The passphrase for encrypted cases: the first line of the file given with --passphrase-file, else the
// environment variable CARAVAN_PASSPHRASE. Never an argument of its own, so it stays out of process lists.
QString passphrase();
// Takes "--passphrase-file FILE" (any command accepts it) out of `arguments` and reads the file; false,
// with the reason printed, when the file cannot be read or is empty.
bool takePassphraseFile(QStringList &arguments);

// CaseFile::open with the passphrase(); the error of a missing passphrase says how to give one.
Result<std::unique_ptr<CaseFile>> openCaseFile(const QString &path, CaseFile::OpenMode mode);
// Brings the local replica of the server case `address` up to date and opens it (models/storage/ServerReplica);
// the results printed after say which moment of the case they show ("server_replica": {"as_of": ..}).
Result<std::unique_ptr<CaseFile>> openReplica(const QString &address, CaseFile::OpenMode mode);
// Opens the case named by the first positional argument, or prints why not.
std::unique_ptr<CaseFile> openCase(const QString &path, CaseFile::OpenMode mode);

int exitCodeFor(const Error &error);

// The --json option every command that prints results takes.
const QCommandLineOption &jsonOption();

} // namespace caravan::cli
