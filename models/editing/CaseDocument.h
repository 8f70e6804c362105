#pragma once

#include "models/storage/CaseFile.h"
#include "models/storage/CaseStats.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace caravan {

// An open case as the application sees it: the file, its undo stack and its current counts.
// Item models and undo commands change the case through it; views listen to its signals.
class CaseDocument : public QObject {
    Q_OBJECT
public:
    explicit CaseDocument(std::unique_ptr<CaseFile> file, QObject *parent = nullptr);
    ~CaseDocument() override;

    CaseFile &file() const { return *m_file; }
    QUndoStack *undoStack() { return &m_undoStack; }
    const CaseStats &stats() const { return m_stats; }
    bool isEmpty() const;

    // Re-reads the counts; call after anything that adds or removes rows.
    void refreshStats();

Q_SIGNALS:
    void statsChanged();
    // Rows were added or changed (an import finished): tables reload.
    void contentChanged();

private:
    std::unique_ptr<CaseFile> m_file;
    QUndoStack m_undoStack;
    CaseStats m_stats;
};

} // namespace caravan
