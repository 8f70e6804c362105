#pragma once

#include "models/core/Progress.h"

#include <QElapsedTimer>
#include <QString>

#include <mutex>

namespace caravan::cli {

// Progress for long commands: quiet for the first second (small cases print nothing), then status lines
// and a percentage at most every two seconds on stderr. Ctrl+C (SIGINT) asks the job to stop: the
// command then fails cleanly and leaves the case untouched.
class CliProgress final : public Progress {
public:
    CliProgress();
    ~CliProgress() override;
    void setStatus(const QString &text) override;
    void setProgress(std::int64_t done, std::int64_t total) override;
    bool isCancelled() const override;

private:
    QElapsedTimer m_clock;
    qint64 m_lastPrint = 0;
    QString m_status;
    bool m_statusPrinted = false;
    std::mutex m_mutex;
};

} // namespace caravan::cli
