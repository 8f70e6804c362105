#pragma once

#include "models/tasks/TaskKind.h"

#include <QList>
#include <QObject>

namespace caravan {

class Task;

// Owns every running task of the process (tasks are its children until they end) and answers what is running for
// whom. Lives on the GUI thread (or the main thread of a test or tool); tasks are started from that thread.
class TaskTracker : public QObject {
    Q_OBJECT
public:
    static TaskTracker &instance();

    // Tasks whose work has not ended yet (queued or running), oldest first.
    QList<Task *> running() const;
    // The running tasks started for context (of the given kind).
    QList<Task *> running(const QObject *context) const;
    QList<Task *> running(const QObject *context, TaskKind kind) const;
    // Abandons (cancel, wait, no done callback) every running task started for context.
    void abandonAll(const QObject *context);

Q_SIGNALS:
    void taskStarted(caravan::Task *task);

private:
    friend class Task;
    template <typename T> friend class TypedTask;
    TaskTracker() = default;
};

} // namespace caravan
