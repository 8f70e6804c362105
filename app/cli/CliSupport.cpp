#include "app/cli/CliSupport.h"

#include "models/storage/CaseAddress.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace caravan::cli {

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

void printJson(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printLine(const QString &text)
{
    QTextStream out(stdout);
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

Result<std::unique_ptr<CaseFile>> openCaseFile(const QString &path, CaseFile::OpenMode mode)
{
    // Server cases reach only the commands that have a server path so far (ServerCommands.cpp).
    if (CaseAddress::isServerAddress(path))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("this command works on case files only, not yet on a server case; copy it to "
                                        "a file first (caravan-cli copy SERVER-CASE FILE)"));
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
