#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>

namespace caravan {

// Runs one piece of long work on a pool thread and reports back on the thread that owns the task:
// progress (throttled), status text, and a final result. cancel() asks the work to stop.
class BackgroundTask : public QObject {
    Q_OBJECT
public:
    using Work = std::function<Result<QString>(Progress &)>;

    BackgroundTask(QString title, Work work, QObject *parent = nullptr);
    ~BackgroundTask() override;

    const QString &title() const { return m_title; }
    void start();
    void cancel();
    bool isRunning() const;
    // Blocks until the work is done; for tests and the command line, never for the GUI thread.
    void waitForFinished();

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    void statusChanged(const QString &text);
    // ok: the work succeeded; message: its summary, or the error for a person.
    void finished(bool ok, const QString &message);

private:
    class Reporter;
    QString m_title;
    Work m_work;
    std::unique_ptr<Reporter> m_reporter;
    QFutureWatcher<Result<QString>> m_watcher;
};

} // namespace caravan
