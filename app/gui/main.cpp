// caravan: the desktop workstation. Parses the command line and shows the main window.
#include "ui/graph/GraphView.h"
#include "ui/map/MapView.h"
#include "ui/panels/ChainsPanel.h"
#include "ui/panels/OverviewPanel.h"
#include "ui/panels/ReviewPanel.h"
#include "ui/window/MainWindow.h"
#include "ui/window/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QLayout>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Caravan"));
    QApplication::setOrganizationName(QStringLiteral("Caravan"));
    QApplication::setApplicationVersion(QStringLiteral(CARAVAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("caravan"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/caravan.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Sanctions-circumvention investigation workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("case"), QApplication::translate("main", "Case file to open."),
                                 QStringLiteral("[CASE]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window with the case open into a PNG file and quit."),
        QStringLiteral("PNG"));
    parser.addOption(screenshot);
    const QCommandLineOption language(QStringLiteral("language"),
                                      QApplication::translate("main", "Interface language: en, ru or kk."),
                                      QStringLiteral("CODE"));
    parser.addOption(language);
    const QCommandLineOption tab(
        QStringLiteral("tab"),
        QApplication::translate("main", "Start on this tab: its name (overview, entities, shipments, ownership, trade, "
                                        "chart…) or its number, from 1."),
        QStringLiteral("NAME"));
    parser.addOption(tab);
    const QCommandLineOption size(QStringLiteral("size"),
                                  QApplication::translate("main", "Window size in pixels, such as 1366x768."),
                                  QStringLiteral("WxH"));
    parser.addOption(size);
    const QCommandLineOption dock(
        QStringLiteral("dock"),
        QApplication::translate("main", "Start with this panel raised (reviewDock, decisionsDock, chainsDock…)."),
        QStringLiteral("NAME"));
    parser.addOption(dock);
    const QCommandLineOption review(
        QStringLiteral("review"),
        QApplication::translate("main", "Search for match candidates in the Review panel: screening or duplicate."),
        QStringLiteral("KIND"));
    parser.addOption(review);
    const QCommandLineOption chain(
        QStringLiteral("chain"),
        QApplication::translate("main", "Show this detected chain once detection is done: its parties on the Trade "
                                        "graph, its route on the Map, as a click on it in the Overview does."),
        QStringLiteral("ID"));
    parser.addOption(chain);
    parser.process(app);
    caravan::translations::install(parser.isSet(language) ? parser.value(language)
                                                          : caravan::translations::savedLanguage());

    caravan::MainWindow window;
    const QStringList cases = parser.positionalArguments();
    // An encrypted case named here opens with CARAVAN_PASSPHRASE when it is set (as in caravan-cli); else the
    // window asks for the passphrase.
    if (!cases.isEmpty() && !window.openCase(cases.first(), qEnvironmentVariable("CARAVAN_PASSPHRASE")) &&
        parser.isSet(screenshot))
        return 2;

    QSize requestedSize;
    if (parser.isSet(tab) && !window.selectTab(parser.value(tab))) {
        QTextStream(stderr) << "no tab " << parser.value(tab) << Qt::endl;
        return 2;
    }
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(u'x');
        const int w = wh.value(0).toInt(), h = wh.value(1).toInt();
        if (wh.size() != 2 || w < 200 || h < 200) {
            QTextStream(stderr) << "--size takes WIDTHxHEIGHT, such as 1366x768" << Qt::endl;
            return 2;
        }
        requestedSize = QSize(w, h);
    }
    // --chain: once the chains are there (detection starts on opening a case that has none yet), shown as a click in
    // the Overview shows it, then the tab asked for (showing a chain raises the Trade tab).
    bool chainPending = false;
    if (parser.isSet(chain)) {
        const QString chainId = parser.value(chain);
        const QString tabName = parser.value(tab);
        const bool screenshotRun = parser.isSet(screenshot);
        const auto showChain = [&window, &chainPending, chainId, tabName, screenshotRun] {
            chainPending = false;
            const auto chains = window.chainsPanel()->chains();
            if (std::none_of(chains.begin(), chains.end(), [&](const auto &c) { return c.id == chainId; })) {
                QTextStream(stderr) << "no chain " << chainId << Qt::endl;
                if (screenshotRun)
                    QApplication::exit(2);
                return;
            }
            window.showChain(chainId);
            if (!tabName.isEmpty())
                window.selectTab(tabName);
        };
        if (window.chainsPanel()->isRunning()) {
            chainPending = true;
            QObject::connect(window.chainsPanel(), &caravan::ChainsPanel::detectionFinished, &window, showChain,
                             Qt::SingleShotConnection);
        } else {
            showChain();
        }
    }
    if (parser.isSet(dock) && !window.raiseDock(parser.value(dock)))
        QTextStream(stderr) << "no panel " << parser.value(dock) << Qt::endl;
    if (parser.isSet(review)) {
        const auto kind = caravan::matchKindFromName(parser.value(review));
        if (!kind) {
            QTextStream(stderr) << "--review takes screening or duplicate" << Qt::endl;
            return 2;
        }
        window.raiseDock(QStringLiteral("reviewDock"));
        window.reviewPanel()->setKind(*kind);
        window.reviewPanel()->findCandidates();
    }
    // The window's size limits come from its layout: settled before the native window exists, they need not be
    // passed on to it afterwards (which the offscreen platform cannot do, and says so).
    window.ensurePolished();
    window.layout()->activate();
    // After show(): a first show without a saved size sets 1366x768 (or the screen).
    const auto showWindow = [&window, requestedSize] {
        window.show();
        if (requestedSize.isValid())
            window.resize(requestedSize);
    };
    if (parser.isSet(screenshot)) {
        showWindow();
        const QString target = parser.value(screenshot);
        const int delay = qEnvironmentVariableIntValue("CARAVAN_SCREENSHOT_DELAY_MS");
        // After the delay, and once the overview and the chain detection it started are done (a minute at most), so
        // that the picture shows the case's first screen rather than its progress.
        QElapsedTimer since;
        since.start();
        auto *poll = new QTimer(&window);
        poll->setInterval(100);
        // A server case opens once its replica is up to date (a background task): the picture waits for it too.
        const bool caseNamed = !cases.isEmpty();
        QObject::connect(
            poll, &QTimer::timeout, &window, [&window, &chainPending, target, poll, since, delay, caseNamed] {
                // The tab shown counts too: a graph still building or laying out, or a map still reading its flows.
                const QWidget *shown = window.tabs()->currentWidget();
                const auto *graphView = qobject_cast<const caravan::GraphView *>(shown);
                const auto *mapView = qobject_cast<const caravan::MapView *>(shown);
                const bool busy = window.overviewPanel()->isComputing() || window.chainsPanel()->isRunning() ||
                                  chainPending || (caseNamed && !window.document()) ||
                                  (graphView && graphView->isBusy()) || (mapView && mapView->isBusy());
                if (since.elapsed() < (delay > 0 ? delay : 300) || (busy && since.elapsed() < 60000))
                    return;
                poll->stop();
                const bool saved = window.grab().save(target);
                QTextStream(saved ? stdout : stderr)
                    << (saved ? "screenshot written to " : "cannot write ")
                    << QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath()) << Qt::endl;
                QApplication::exit(saved ? 0 : 2);
            });
        poll->start();
        return QApplication::exec();
    }
    showWindow();
    return QApplication::exec();
}
