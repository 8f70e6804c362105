#include "models/tasks/TaskTracker.h"

#include "models/tasks/Task.h"

namespace caravan {

TaskTracker &TaskTracker::instance()
{
    static TaskTracker tracker;
    return tracker;
}

QList<Task *> TaskTracker::running() const
{
    QList<Task *> out;
    for (QObject *child : children())
        if (auto *task = qobject_cast<Task *>(child); task && task->isRunning())
            out.append(task);
    return out;
}

QList<Task *> TaskTracker::running(const QObject *context) const
{
    QList<Task *> out = running();
    out.removeIf([context](const Task *t) { return t->context() != context; });
    return out;
}

QList<Task *> TaskTracker::running(const QObject *context, TaskKind kind) const
{
    QList<Task *> out = running(context);
    out.removeIf([kind](const Task *t) { return t->kind() != kind; });
    return out;
}

void TaskTracker::abandonAll(const QObject *context)
{
    for (Task *task : running(context))
        task->abandon();
}

} // namespace caravan
