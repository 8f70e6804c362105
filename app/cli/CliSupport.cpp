#include "app/cli/CliSupport.h"

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

std::unique_ptr<CaseFile> openCase(const QString &path, CaseFile::OpenMode mode)
{
    auto opened = CaseFile::open(path, mode);
    if (!opened) {
        fail(opened.error().message, exitCodeFor(opened.error()));
        return nullptr;
    }
    return opened.takeValue();
}

} // namespace caravan::cli
