#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <cstdio>
#include <fstream>
#include <string>

namespace caravan::perf {

// Milliseconds taken by fn(), measured once.
template <typename Fn> double timeMs(Fn &&fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// Peak resident memory of this process so far, in MiB (VmHWM).
inline double peakRssMiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return 0.0;
}

inline void report(const QString &what, double ms, const QString &note = {})
{
    QTextStream(stdout) << QStringLiteral("  %1 %2 ms%3")
                               .arg(what, -58)
                               .arg(ms, 9, 'f', 1)
                               .arg(note.isEmpty() ? QString() : QStringLiteral("   ") + note)
                        << Qt::endl;
}

} // namespace caravan::perf
