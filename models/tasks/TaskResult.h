#pragma once

#include "models/core/Result.h"

#include <optional>
#include <utility>

namespace caravan {

// How a task ended. Cancelled is an end of its own: the user asked to stop, nothing went wrong.
enum class TaskState { Done, Cancelled, Failed };

// The typed end of a task: its value when Done, its error when Failed, nothing to use when Cancelled.
// A task counts as Cancelled when cancel() was asked before the work returned, or when the work itself answered
// ErrorCode::Cancelled: a result that arrives after the user asked to stop is not applied.
template <typename T> class TaskResult {
public:
    static TaskResult fromWork(Result<T> result, bool cancelRequested)
    {
        TaskResult out;
        if (cancelRequested || (!result && result.error().code == ErrorCode::Cancelled)) {
            out.m_state = TaskState::Cancelled;
            if (!result)
                out.m_error = result.error();
        } else if (result) {
            out.m_state = TaskState::Done;
            out.m_value = result.takeValue();
        } else {
            out.m_state = TaskState::Failed;
            out.m_error = result.error();
        }
        return out;
    }
    static TaskResult cancelled()
    {
        TaskResult out;
        out.m_state = TaskState::Cancelled;
        return out;
    }

    TaskState state() const { return m_state; }
    bool isDone() const { return m_state == TaskState::Done; }
    bool isCancelled() const { return m_state == TaskState::Cancelled; }
    bool isFailed() const { return m_state == TaskState::Failed; }
    // Only when isDone().
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T takeValue() { return std::move(*m_value); }
    // The work's error when Failed (and when a cancelled work said why); empty otherwise.
    const Error &error() const { return m_error; }

private:
    TaskResult() = default;
    TaskState m_state = TaskState::Cancelled;
    std::optional<T> m_value;
    Error m_error{ErrorCode::Cancelled, {}};
};

} // namespace caravan
