#pragma once

#include <QString>

#include <atomic>
#include <cstdint>

namespace caravan {

// Shared flag a long job polls; the UI or CLI sets it to ask the job to stop.
class CancelToken {
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

// Where a long job reports how far it got. Implementations must be callable from any thread.
class Progress {
public:
    virtual ~Progress() = default;
    virtual void setStatus(const QString &text) = 0;
    // total <= 0 means the amount of work is not known.
    virtual void setProgress(std::int64_t done, std::int64_t total) = 0;
    virtual bool isCancelled() const = 0;
};

// Progress that goes nowhere and is never cancelled; for callers with nobody to tell.
class NullProgress final : public Progress {
public:
    void setStatus(const QString &) override {}
    void setProgress(std::int64_t, std::int64_t) override {}
    bool isCancelled() const override { return false; }
};

} // namespace caravan
