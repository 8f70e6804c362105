#include "app/cli/CliProgress.h"

#include <QTextStream>

#include <atomic>
#include <csignal>

namespace caravan::cli {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

constexpr qint64 kQuietMs = 1000;
constexpr qint64 kEveryMs = 2000;

} // namespace

CliProgress::CliProgress()
{
    g_interrupted.store(false);
    std::signal(SIGINT, onInterrupt);
    m_clock.start();
}

CliProgress::~CliProgress()
{
    std::signal(SIGINT, SIG_DFL);
}

void CliProgress::setStatus(const QString &text)
{
    std::lock_guard lock(m_mutex);
    m_status = text;
    m_statusPrinted = false;
    if (m_clock.elapsed() >= kQuietMs) {
        QTextStream(stderr) << "caravan-cli: " << text << Qt::endl;
        m_statusPrinted = true;
        m_lastPrint = m_clock.elapsed();
    }
}

void CliProgress::setProgress(std::int64_t done, std::int64_t total)
{
    std::lock_guard lock(m_mutex);
    const qint64 now = m_clock.elapsed();
    if (now < kQuietMs || now - m_lastPrint < kEveryMs || total <= 0)
        return;
    QTextStream err(stderr);
    if (!m_statusPrinted) {
        err << "caravan-cli: " << m_status << Qt::endl;
        m_statusPrinted = true;
    }
    err << "caravan-cli:   " << (done * 100 / total) << "%" << Qt::endl;
    m_lastPrint = now;
}

bool CliProgress::isCancelled() const
{
    return g_interrupted.load();
}

} // namespace caravan::cli
