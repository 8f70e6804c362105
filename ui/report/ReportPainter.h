#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/report/ReportDocument.h"

#include <QList>

class QPagedPaintDevice;

namespace caravan {

// Paints a ReportDocument on A4 pages: a title page, the contents with page numbers, then each section
// (text, tables, route graphs and charts as vectors), with a header and "Page n of N" on every page.
// Lays the document out once to learn where everything falls, then paints it.
class ReportPainter {
public:
    explicit ReportPainter(const ReportDocument &document);

    // Paints every page on `device` (a QPdfWriter or a QPrinter), setting its page layout to A4.
    Status paint(QPagedPaintDevice &device, Progress &progress);
    // Writes the report as a PDF file with embedded fonts and selectable text; returns the page count.
    static Result<int> writePdf(const ReportDocument &document, const QString &path, Progress &progress);

    // After paint(): how many pages, and on which page each section starts (1-based).
    int pageCount() const { return m_pageCount; }
    const QList<int> &sectionPages() const { return m_sectionPages; }

private:
    const ReportDocument &m_document;
    int m_pageCount = 0;
    QList<int> m_sectionPages;
};

} // namespace caravan
