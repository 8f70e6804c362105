// caravan-cli: the headless face of Caravan (docs: CLI.md). Links the core only.
#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "models/storage/Sqlite.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace caravan;

static void printUsage()
{
    QTextStream out(stdout);
    out << "usage: caravan-cli COMMAND [ARGS...]\n       caravan-cli --version\n\ncommands:\n";
    for (const cli::Command &c : cli::commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(10) << c.synopsis << '\n';
    out << "\n'caravan-cli COMMAND --help' describes a command.\n";
}

int main(int argc, char *argv[])
{
    sqliteConfigureProcess();
    const std::unique_ptr<QCoreApplication> app = cli::createApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("caravan-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Caravan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARAVAN_VERSION));

    QStringList args = QCoreApplication::arguments();
    if (!cli::takePassphraseFile(args))
        return cli::BadInput;
    if (args.size() < 2) {
        printUsage();
        return cli::BadInput;
    }
    const QString first = args.at(1);
    if (first == u"--version" || first == u"-v") {
        QTextStream(stdout) << "caravan-cli " << CARAVAN_VERSION << Qt::endl;
        return cli::Success;
    }
    if (first == u"--help" || first == u"-h" || first == u"help") {
        printUsage();
        return cli::Success;
    }
    for (const cli::Command &c : cli::commands()) {
        if (first == QLatin1String(c.name)) {
            QStringList rest = args.mid(2);
            rest.prepend(QStringLiteral("caravan-cli ") + first);
            return c.run(rest);
        }
    }
    return cli::fail(QStringLiteral("unknown command '%1'; 'caravan-cli --help' lists the commands").arg(first));
}
