#pragma once

#include "models/tasks/Task.h"
#include "models/tasks/TaskTracker.h"

#include <functional>
#include <optional>
#include <type_traits>

namespace caravan {

// A Task whose work yields Result<T> and whose done callback takes TaskResult<T>.
template <typename T> class TypedTask final : public Task {
public:
    using Work = std::function<Result<T>(Progress &)>;
    using Done = std::function<void(TaskResult<T>)>;

    TypedTask(QObject *context, TaskKind kind, QString title, Work work, Done done)
        : Task(kind, std::move(title), context), m_work(std::move(work)), m_done(std::move(done))
    {
    }
    // The work writes m_produced until it ends: stop it and wait before the members go.
    ~TypedTask() override
    {
        cancel();
        waitForFinished();
    }

    void start()
    {
        startWork([this](Progress &progress) { m_produced.emplace(m_work(progress)); });
    }

protected:
    TaskState settle(QString &errorMessage) override
    {
        m_result.emplace(m_produced ? TaskResult<T>::fromWork(std::move(*m_produced), isCancelRequested())
                                    : TaskResult<T>::cancelled());
        m_produced.reset();
        if (!m_result->isDone())
            errorMessage = m_result->error().message;
        return m_result->state();
    }
    void deliver() override
    {
        if (m_done && m_result)
            m_done(std::move(*m_result));
    }
    void dropCallback() override
    {
        m_done = nullptr;
        m_work = nullptr;
    }

private:
    Work m_work;
    Done m_done;
    std::optional<Result<T>> m_produced;
    std::optional<TaskResult<T>> m_result;
};

// Runs work(Progress&) -> Result<T> on a pool thread and calls done(TaskResult<T>) on the calling thread when it
// ends: Done with the value, Failed with the error, or Cancelled when cancel() was asked. done is not called if
// context is destroyed first (the work is cancelled and waited for) or the task is abandoned. The TaskTracker owns
// the task and deletes it after done; keep a QPointer<Task> to cancel it or show its progress.
template <typename T>
Task *runTask(QObject *context, TaskKind kind, QString title,
              std::type_identity_t<std::function<Result<T>(Progress &)>> work,
              std::type_identity_t<std::function<void(TaskResult<T>)>> done)
{
    auto *task = new TypedTask<T>(context, kind, std::move(title), std::move(work), std::move(done));
    Q_EMIT TaskTracker::instance().taskStarted(task);
    task->start();
    return task;
}

} // namespace caravan
