#pragma once

#include "models/import/CsvReader.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace caravan {

// A batch of CSV records read ahead, each with the reader's byte count after it (for progress).
struct CsvBatch {
    std::vector<CsvRecord> records;
    std::vector<qint64> bytesRead;
    int size = 0;
};

// The bounded hand-over between a thread that reads and parses a CSV file and the thread that imports its
// records: a fixed number of batches go round (constant memory), each record's buffers reused.
class CsvRecordQueue {
public:
    CsvRecordQueue(int batches, int rowsPerBatch);

    // Reading side: an empty batch to fill (waits for one), or null once the importing side has stopped.
    CsvBatch *emptyBatch();
    void push(CsvBatch *filled);
    // No more batches will come.
    void finish();

    // Importing side: the next filled batch (waits for one), or null after the last.
    CsvBatch *pop();
    void recycle(CsvBatch *done);
    // The importer gives up early (an error, cancel): the reading side stops at its next batch.
    void stop();

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<CsvBatch>> m_batches;
    std::deque<CsvBatch *> m_empty;
    std::deque<CsvBatch *> m_filled;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace caravan
