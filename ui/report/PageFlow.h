#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/report/ReportDocument.h"
#include "ui/report/ReportPage.h"

#include <QList>
#include <QPagedPaintDevice>
#include <QRectF>
#include <QString>

class QPainter;

namespace caravan {

struct ChartData;

struct TocEntry {
    QString text;
    int level = 1;
    int page = 0;
};

// Lays out and (with a painter) paints a report's pages. Run once without a painter to learn the page numbers,
// then once with one.
class PageFlow {
public:
    PageFlow(const ReportDocument &doc, QPagedPaintDevice &device, QPainter *painter, int totalPages,
             const QList<TocEntry> &toc, Progress &progress);
    Status run();
    int pages() const { return m_page; }
    const QList<int> &sectionPages() const { return m_sectionPages; }
    const QList<TocEntry> &toc() const { return m_toc; }

private:
    QPaintDevice *dev() const { return &m_device; }

    void collectToc();
    void newPage();
    bool needsBreak(double height) const { return m_y + height > reportpage::kBottom; }
    void ensure(double height);
    void text(const QString &s, const QFont &f, const QRectF &rect, const QColor &color, int flags);
    void furniture();
    void titlePage();
    void tocPage(int index);
    void sectionTitle(const QString &title);
    double headingHeight(const QString &s) const;
    void heading(const QString &s);
    void paragraph(const ReportParagraph &para);
    void factList(const ReportFacts &facts);
    QList<double> columnWidths(const ReportTable &table) const;

    // Returns the row's height; draws it when y >= 0.
    double tableRow(const QStringList &cells, const QList<double> &widths, const ReportTable &table, bool header,
                    double y);
    void tableBlock(const ReportTable &table);
    void graphBlock(const ReportGraph &graph);
    void chartBlock(const ChartData &chart);

    // The route on the world map, drawn by the Map tab's renderer.
    void routeMapBlock(const ReportRouteMap &map);
    const ReportDocument &m_doc;
    QPagedPaintDevice &m_device;
    QPainter *m_p;
    int m_totalPages;
    QList<TocEntry> m_knownToc;
    QList<TocEntry> m_toc;
    Progress &m_progress;
    int m_page = 0;
    double m_y = reportpage::kTop;
    QList<int> m_sectionPages;
};

} // namespace caravan
