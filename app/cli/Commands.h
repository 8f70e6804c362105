#pragma once

#include <QStringList>

// Each sub-command's entry point; Commands.cpp lists them for dispatch and help.
namespace caravan::cli {

int runNew(const QStringList &arguments);
int runStats(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runMark(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runOwnership(const QStringList &arguments);
int runCycles(const QStringList &arguments);
int runDemo(const QStringList &arguments);
int runScenarios(const QStringList &arguments);
int runAnswers(const QStringList &arguments);
int runGraph(const QStringList &arguments);
int runChains(const QStringList &arguments);
int runFlags(const QStringList &arguments);

} // namespace caravan::cli
