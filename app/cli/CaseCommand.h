#pragma once

#include "app/cli/CliSupport.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

namespace caravan {
class ServerCase;
}

namespace caravan::cli {

// The prologue every case command shares (CLI.md): its options and --json, parsing with exactly one CASE, and
// opening the case in the mode the command needs (a server case where the command supports one). A command file
// keeps only its own logic: check its options between parse() and open(), then work on file() (or server()).
class CaseCommand {
public:
    // How the command takes a server case. Any command that only reads gets the case's local replica
    // (models/storage/ServerReplica) and needs none of these.
    enum class Server {
        Refused, // a command that writes refuses a server case
        Allowed, // the command has a server path of its own (server())
        Replica, // the command runs on the replica read-write; saveReplicaSettings() sends the settings it changed
    };

    CaseCommand(QString usage, CaseFile::OpenMode mode, Server server = Server::Refused);
    ~CaseCommand();

    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addOptions(const QList<QCommandLineOption> &options) { m_parser.addOptions(options); }
    // Parses the arguments (one CASE); false, with the reason and the usage printed, on bad usage.
    bool parse(const QStringList &arguments);
    // Opens the case (or server case) in the command's mode; false, with the reason printed.
    bool open() { return open(m_mode); }
    // open() in a mode the options decided (read-write only when the command will write).
    bool open(CaseFile::OpenMode mode);
    // parse() then open(), for commands with no options to check in between.
    bool start(const QStringList &arguments) { return parse(arguments) && open(); }

    QCommandLineParser &parser() { return m_parser; }
    const QCommandLineParser &parser() const { return m_parser; }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    // CASE as the user wrote it.
    const QString &path() const { return m_path; }
    bool json() const { return m_parser.isSet(jsonOption()); }
    // After open(): a server case was opened (only for commands that allow one), else a case file.
    bool isServer() const { return m_server != nullptr; }
    CaseFile &file() { return *m_file; }
    ServerCase &server() { return *m_server; }

    // After a command on a server case's replica (Server::Replica) changed settings: sends them to the server (a
    // reader's apply to the run only). Does nothing for a case file.
    Status saveReplicaSettings();

    // Prints json() as one JSON object with --json, else runs text(); returns Success.
    int print(const std::function<QJsonObject()> &json, const std::function<void()> &text) const;

private:
    QString m_usage;
    CaseFile::OpenMode m_mode;
    Server m_serverUse;
    QCommandLineParser m_parser;
    QString m_path;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<ServerCase> m_server;
    std::optional<QHash<QString, QString>> m_replicaSettings; // as the replica's sync left them
};

} // namespace caravan::cli
