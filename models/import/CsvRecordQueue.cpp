#include "models/import/CsvRecordQueue.h"

namespace caravan {

CsvRecordQueue::CsvRecordQueue(int batches, int rowsPerBatch)
{
    for (int i = 0; i < batches; ++i) {
        auto batch = std::make_unique<CsvBatch>();
        batch->records.resize(static_cast<std::size_t>(rowsPerBatch));
        batch->bytesRead.resize(static_cast<std::size_t>(rowsPerBatch));
        m_empty.push_back(batch.get());
        m_batches.push_back(std::move(batch));
    }
}

CsvBatch *CsvRecordQueue::emptyBatch()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || !m_empty.empty(); });
    if (m_stopped)
        return nullptr;
    CsvBatch *batch = m_empty.front();
    m_empty.pop_front();
    batch->size = 0;
    return batch;
}

void CsvRecordQueue::push(CsvBatch *filled)
{
    {
        std::lock_guard lock(m_mutex);
        m_filled.push_back(filled);
    }
    m_changed.notify_all();
}

void CsvRecordQueue::finish()
{
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

CsvBatch *CsvRecordQueue::pop()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_finished || !m_filled.empty(); });
    if (m_filled.empty())
        return nullptr;
    CsvBatch *batch = m_filled.front();
    m_filled.pop_front();
    return batch;
}

void CsvRecordQueue::recycle(CsvBatch *done)
{
    {
        std::lock_guard lock(m_mutex);
        m_empty.push_back(done);
    }
    m_changed.notify_all();
}

void CsvRecordQueue::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_changed.notify_all();
}

} // namespace caravan
