#pragma once

#include <QStringList>

// Each sub-command's entry point; Commands.cpp lists them for dispatch and help.
namespace caravan::cli {

int runNew(const QStringList &arguments);
int runStats(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runMark(const QStringList &arguments);
int runScreen(const QStringList &arguments);
int runResolve(const QStringList &arguments);
int runDecide(const QStringList &arguments);
int runDecisions(const QStringList &arguments);

} // namespace caravan::cli
