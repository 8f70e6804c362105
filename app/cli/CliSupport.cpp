#include "app/cli/CliSupport.h"

#include "app/cli/CliProgress.h"
#include "models/storage/CaseAddress.h"
#include "models/storage/ServerReplica.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace caravan::cli {

namespace {
// The server case whose local replica this run reads, and when the replica was synced: said with the results.
struct ReplicaNote {
    QString serverCase;
    QString syncedAt;
    bool full = false;    // the sync copied the whole case
    QStringList tables;   // the tables the sync read again or added to
    bool pending = false; // not yet said in text output
};
ReplicaNote &replicaNote()
{
    static ReplicaNote note;
    return note;
}

// "server_replica":{...}, the first member of a JSON result read from a replica (which moment of the server case it
// shows), with its comma. Not "as_of": some results have a date of their own under that name.
QByteArray asOfMember()
{
    const ReplicaNote &note = replicaNote();
    const QJsonObject asOf{{QStringLiteral("server_case"), note.serverCase},
                           {QStringLiteral("as_of"), note.syncedAt},
                           {QStringLiteral("sync"), note.full ? QStringLiteral("full") : QStringLiteral("incremental")},
                           {QStringLiteral("tables"), QJsonArray::fromStringList(note.tables)}};
    return QByteArrayLiteral("\"server_replica\":") + QJsonDocument(asOf).toJson(QJsonDocument::Compact) + ',';
}
} // namespace

int fail(const QString &message, int code)
{
    QTextStream err(stderr);
    QString line = message;
    line.replace(u'\n', u' ');
    err << "caravan-cli: " << line << Qt::endl;
    return code;
}

void printJson(const QJsonObject &object)
{
    printJson(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void printJson(const QByteArray &compactJson)
{
    QByteArray bytes = compactJson;
    // Results read from a server case's replica say which moment of the case they show.
    if (!replicaNote().serverCase.isEmpty() && bytes.startsWith('{')) {
        QByteArray member = asOfMember();
        if (bytes.size() <= 2)
            member.chop(1);
        bytes.insert(1, member);
    }
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

namespace {
// Standard output for JSON written as a stream: the replica's note goes in after the opening brace.
class JsonOutput final : public QIODevice {
public:
    JsonOutput() { m_out.open(stdout, QIODevice::WriteOnly); }
    ~JsonOutput() override { m_out.flush(); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        QByteArrayView bytes(data, length);
        if (!m_started && !replicaNote().serverCase.isEmpty() && bytes.startsWith('{')) {
            QByteArray opening = asOfMember();
            opening.prepend('{');
            if (m_out.write(opening) < 0)
                return -1;
            bytes = bytes.sliced(1);
        }
        m_started = true;
        return m_out.write(bytes.data(), bytes.size()) < 0 ? -1 : length;
    }

private:
    QFile m_out;
    bool m_started = false;
};
} // namespace

std::unique_ptr<QIODevice> jsonOutput()
{
    auto out = std::make_unique<JsonOutput>();
    out->open(QIODevice::WriteOnly);
    return out;
}

void printLine(const QString &text)
{
    QTextStream out(stdout);
    if (replicaNote().pending) {
        replicaNote().pending = false;
        out << QStringLiteral("as of %1: the server case %2, synced then")
                   .arg(replicaNote().syncedAt, replicaNote().serverCase)
            << Qt::endl;
    }
    out << text << Qt::endl;
}

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        fail(parser.errorText() + QStringLiteral(" (usage: ") + usage + u')');
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(QStringLiteral("usage: ") + usage);
        printLine(parser.helpText().section(u'\n', 1));
        std::exit(Success);
    }
    return true;
}

bool parseCaseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    if (!parseArguments(parser, arguments, usage))
        return false;
    if (parser.positionalArguments().size() == 1)
        return true;
    const QString command = arguments.value(0).section(u' ', -1);
    fail(QStringLiteral("%1 takes exactly one case file (usage: %2)").arg(command, usage));
    return false;
}

int exitCodeFor(const Error &)
{
    return BadInput;
}

const QCommandLineOption &jsonOption()
{
    static const QCommandLineOption option(QStringLiteral("json"), QStringLiteral("Print one JSON object on stdout."));
    return option;
}

namespace {
QString &passphraseFromFile()
{
    static QString value;
    return value;
}
} // namespace

QString passphrase()
{
    if (!passphraseFromFile().isEmpty())
        return passphraseFromFile();
    return qEnvironmentVariable("CARAVAN_PASSPHRASE");
}

bool takePassphraseFile(QStringList &arguments)
{
    const QString option = QStringLiteral("--passphrase-file");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString file;
        if (arguments.at(i) == option) {
            if (i + 1 >= arguments.size()) {
                fail(QStringLiteral("--passphrase-file needs a FILE"));
                return false;
            }
            file = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (arguments.at(i).startsWith(option + u'=')) {
            file = arguments.at(i).mid(option.size() + 1);
            arguments.remove(i);
        } else {
            continue;
        }
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            fail(QStringLiteral("cannot read the passphrase file %1: %2").arg(file, in.errorString()));
            return false;
        }
        QString line = QString::fromUtf8(in.readLine());
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty()) {
            fail(QStringLiteral("the passphrase file %1 is empty").arg(file));
            return false;
        }
        passphraseFromFile() = line;
        return true;
    }
    return true;
}

Result<std::unique_ptr<CaseFile>> openReplica(const QString &address, CaseFile::OpenMode mode)
{
    auto parsed = CaseAddress::parse(address);
    if (!parsed)
        return parsed.error();
    ServerReplica replica(*parsed);
    CliProgress progress;
    auto synced = replica.sync(progress);
    if (!synced)
        return synced.error();
    replicaNote() = {parsed->text(), synced->syncedAt.toString(Qt::ISODateWithMs), synced->full, synced->tables, true};
    return CaseFile::open(synced->path, mode);
}

Result<std::unique_ptr<CaseFile>> openCaseFile(const QString &path, CaseFile::OpenMode mode)
{
    // A server case is read through its local replica (models/storage/ServerReplica); the commands that write to one
    // have a server path of their own (mark, decide, import, copy).
    if (CaseAddress::isServerAddress(path)) {
        if (mode == CaseFile::OpenMode::ReadWrite)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("this command changes the case and works on case files only, not yet on "
                                            "a server case; copy it to a file first (caravan-cli copy SERVER-CASE "
                                            "FILE)"));
        return openReplica(path, mode);
    }
    auto opened = CaseFile::open(path, mode, passphrase());
    if (!opened && opened.error().code == ErrorCode::NeedsPassphrase)
        return makeError(ErrorCode::NeedsPassphrase,
                         opened.error().message +
                             QStringLiteral(" (set CARAVAN_PASSPHRASE or give --passphrase-file FILE)"));
    return opened;
}

std::unique_ptr<CaseFile> openCase(const QString &path, CaseFile::OpenMode mode)
{
    auto opened = openCaseFile(path, mode);
    if (!opened) {
        fail(opened.error().message, exitCodeFor(opened.error()));
        return nullptr;
    }
    return opened.takeValue();
}

} // namespace caravan::cli
