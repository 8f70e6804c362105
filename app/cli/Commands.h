#pragma once

#include "models/core/Result.h"
#include "models/domain/Mark.h"
#include "models/domain/MatchDecision.h"

#include <QStringList>

#include <memory>

class QCoreApplication;

namespace caravan {
class ServerCase;
}

// Each sub-command's entry point; Commands.cpp lists them for dispatch and help.
namespace caravan::cli {

int runNew(const QStringList &arguments);
int runStats(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runMark(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runOwnership(const QStringList &arguments);
int runCycles(const QStringList &arguments);
int runLists(const QStringList &arguments);
int runDemo(const QStringList &arguments);
int runScenarios(const QStringList &arguments);
int runAnswers(const QStringList &arguments);
int runGraph(const QStringList &arguments);
int runChains(const QStringList &arguments);
int runFlags(const QStringList &arguments);
int runMirror(const QStringList &arguments);
// In app/cli_report (links caravan_ui): the PDF report.
int runReport(const QStringList &arguments);

// The application object for a command line: a QApplication for `report` (charts and fonts need one,
// offscreen unless QT_QPA_PLATFORM says otherwise), a QCoreApplication for everything else.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);
int runScreen(const QStringList &arguments);
int runResolve(const QStringList &arguments);
int runDecide(const QStringList &arguments);
int runDecisions(const QStringList &arguments);
int runEncrypt(const QStringList &arguments);
// Team cases on a PostgreSQL server (ServerCommands.cpp).
int runCases(const QStringList &arguments);
int runGrant(const QStringList &arguments);
int runCopy(const QStringList &arguments);
int runNewOnServer(const QString &address, const QString &title, bool json);
int runMarkOnServer(const QString &address, const Mark &mark, bool clear);
// decide and decisions on a server case: the first commit wins (models/storage/ServerDecisionStore).
Status decideOnServer(const QString &address, const MatchDecision &decision, bool withdraw);
Result<QList<MatchDecision>> decisionsOnServer(const QString &address);
// Opens the server case a command names, or prints why not (one line) and returns null.
std::unique_ptr<ServerCase> openServerCase(const QString &address);
int runDecrypt(const QStringList &arguments);

} // namespace caravan::cli
