#include "models/editing/CaseDocument.h"

namespace caravan {

CaseDocument::CaseDocument(std::unique_ptr<CaseFile> file, QObject *parent) : QObject(parent), m_file(std::move(file))
{
    refreshStats();
}

CaseDocument::~CaseDocument()
{
    // Commands may refer to the file: drop them first.
    m_undoStack.clear();
}

bool CaseDocument::isEmpty() const
{
    return m_stats.entities == 0 && m_stats.shipments == 0 && m_stats.links == 0 && m_stats.designations == 0 &&
           m_stats.tradeStats == 0;
}

void CaseDocument::refreshStats()
{
    if (auto s = readCaseStats(m_file->handle()))
        m_stats = s.value();
    Q_EMIT statsChanged();
}

} // namespace caravan
