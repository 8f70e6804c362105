#include "models/tasks/Task.h"

#include "models/tasks/TaskTracker.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>

namespace caravan {

// Progress seen from the worker thread; forwards to the task's signals at most every 40 ms.
class Task::Reporter final : public Progress {
public:
    explicit Reporter(Task *task) : m_task(task) { m_clock.start(); }

    void setStatus(const QString &text) override { Q_EMIT m_task->statusChanged(text); }
    void setProgress(std::int64_t done, std::int64_t total) override
    {
        QMutexLocker lock(&m_mutex);
        if (done != total && m_clock.elapsed() < 40)
            return;
        m_clock.restart();
        lock.unlock();
        Q_EMIT m_task->progressChanged(done, total);
    }
    bool isCancelled() const override { return m_cancel.isCancelled(); }
    void cancel() { m_cancel.cancel(); }

private:
    Task *m_task;
    CancelToken m_cancel;
    QMutex m_mutex;
    QElapsedTimer m_clock;
};

Task::Task(TaskKind kind, QString title, QObject *context)
    : QObject(&TaskTracker::instance()), m_kind(kind), m_title(std::move(title)), m_context(context),
      m_reporter(std::make_unique<Reporter>(this))
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &Task::workFinished);
    // The context going away ends the task: nobody is left to take its result.
    if (context)
        connect(context, &QObject::destroyed, this, &Task::abandon);
}

Task::~Task()
{
    cancel();
    m_watcher.waitForFinished();
}

void Task::startWork(std::function<void(Progress &)> body)
{
    Reporter *reporter = m_reporter.get();
    m_watcher.setFuture(QtConcurrent::run([reporter, body = std::move(body)] { body(*reporter); }));
}

void Task::cancel()
{
    m_reporter->cancel();
}

bool Task::isCancelRequested() const
{
    return m_reporter->isCancelled();
}

bool Task::isRunning() const
{
    // Until its end is delivered a task counts as running, even when its work has already returned: the result is
    // still on its way to the starting thread, and a second task of the kind would race it. A task that was stopped
    // and whose work has returned is no longer running: its end only brings its status.
    if (m_finished)
        return false;
    return m_watcher.isRunning() || !isCancelRequested();
}

void Task::waitForFinished()
{
    m_watcher.waitForFinished();
}

void Task::abandon()
{
    if (m_finished)
        return;
    cancel();
    m_watcher.waitForFinished();
    dropCallback();
    end(TaskState::Cancelled);
}

void Task::workFinished()
{
    if (m_finished)
        return;
    const TaskState state = settle(m_errorMessage);
    m_finished = true;
    m_state = state;
    Q_EMIT finished(state);
    if (m_context)
        deliver();
    dropCallback();
    deleteLater();
}

void Task::end(TaskState state)
{
    m_finished = true;
    m_state = state;
    Q_EMIT finished(state);
    deleteLater();
}

} // namespace caravan
