#include "models/tasks/BackgroundTask.h"

#include <QtConcurrent/QtConcurrentRun>

namespace caravan {

// Progress seen from the worker thread; forwards to the task's signals at most every 40 ms.
class BackgroundTask::Reporter final : public Progress {
public:
    explicit Reporter(BackgroundTask *task) : m_task(task) { m_clock.start(); }

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
    BackgroundTask *m_task;
    CancelToken m_cancel;
    QMutex m_mutex;
    QElapsedTimer m_clock;
};

BackgroundTask::BackgroundTask(QString title, Work work, QObject *parent)
    : QObject(parent), m_title(std::move(title)), m_work(std::move(work)), m_reporter(std::make_unique<Reporter>(this))
{
    connect(&m_watcher, &QFutureWatcher<Result<QString>>::finished, this, [this] {
        const Result<QString> result = m_watcher.result();
        if (result)
            Q_EMIT finished(true, result.value());
        else
            Q_EMIT finished(false, result.error().message);
    });
}

BackgroundTask::~BackgroundTask()
{
    cancel();
    m_watcher.waitForFinished();
}

void BackgroundTask::start()
{
    Reporter *reporter = m_reporter.get();
    Work work = m_work;
    m_watcher.setFuture(QtConcurrent::run([reporter, work]() -> Result<QString> { return work(*reporter); }));
}

void BackgroundTask::cancel()
{
    m_reporter->cancel();
}

bool BackgroundTask::isRunning() const
{
    return m_watcher.isRunning();
}

void BackgroundTask::waitForFinished()
{
    m_watcher.waitForFinished();
}

} // namespace caravan
