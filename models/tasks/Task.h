#pragma once

#include "models/core/Progress.h"
#include "models/tasks/TaskKind.h"
#include "models/tasks/TaskResult.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace caravan {

// One piece of long work on a pool thread, seen from the thread that started it: progress (throttled), status
// text, cancel, and how it ended. Tasks are made by runTask() (RunTask.h) and owned by the TaskTracker; the typed
// value goes to the done callback, the untyped signals are for status bars and progress bars.
class Task : public QObject {
    Q_OBJECT
public:
    ~Task() override;

    TaskKind kind() const { return m_kind; }
    const QString &title() const { return m_title; }
    // The object the task works for; the done callback is not called once it is gone.
    const QObject *context() const { return m_context; }
    void cancel();
    bool isCancelRequested() const;
    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    TaskState state() const { return m_state; }
    // Once finished: the work's error message when it failed (or said why it stopped); empty otherwise.
    const QString &errorMessage() const { return m_errorMessage; }
    // Blocks until the work is done; for tests and the command line, never for the GUI thread.
    void waitForFinished();
    // Cancels, waits for the work to end and drops the done callback: for a caller about to replace what the work
    // was for. Emits finished(Cancelled) at once; the tracker deletes the task later.
    void abandon();

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    void statusChanged(const QString &text);
    // Emitted once, on the starting thread, just before the done callback runs.
    void finished(caravan::TaskState state);

protected:
    Task(TaskKind kind, QString title, QObject *context);
    // Runs body on a pool thread with this task's Progress; settle() and deliver() follow on this thread.
    void startWork(std::function<void(Progress &)> body);
    // Turns what the work produced into the typed result and says how it ended (and why, in errorMessage).
    virtual TaskState settle(QString &errorMessage) = 0;
    // Hands the typed result to the done callback.
    virtual void deliver() = 0;
    // Drops the done callback (and what it captured) without calling it.
    virtual void dropCallback() = 0;

private:
    class Reporter;
    void workFinished();
    void end(TaskState state);

    TaskKind m_kind;
    QString m_title;
    QPointer<QObject> m_context;
    std::unique_ptr<Reporter> m_reporter;
    QFutureWatcher<void> m_watcher;
    TaskState m_state = TaskState::Cancelled;
    QString m_errorMessage;
    bool m_finished = false;
};

} // namespace caravan
