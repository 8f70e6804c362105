#include "ui/report/PageFlow.h"

#include "models/geo/WorldShapes.h"
#include "ui/charts/ChartPlot.h"
#include "ui/map/MapPainter.h"
#include "ui/report/TextBlock.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <memory>

namespace caravan {

using namespace reportpage;

PageFlow::PageFlow(const ReportDocument &doc, QPagedPaintDevice &device, QPainter *painter, int totalPages,
                   const QList<TocEntry> &toc, Progress &progress)
    : m_doc(doc), m_device(device), m_p(painter), m_totalPages(totalPages), m_knownToc(toc), m_progress(progress)
{
}

double PageFlow::headingHeight(const QString &s) const
{
    return TextBlock(s, font(12, true), kWidth, dev()).height() + 14;
}

Status PageFlow::run()
{
    titlePage();
    collectToc();
    const int tocPages = std::max(1, static_cast<int>((m_toc.size() + kTocEntriesPerPage - 1) / kTocEntriesPerPage));
    for (int i = 0; i < tocPages; ++i) {
        newPage();
        tocPage(i);
    }
    int tocIndex = 0;
    for (const ReportSection &section : m_doc.sections) {
        if (m_progress.isCancelled())
            return makeError(ErrorCode::Cancelled, tr("The report was cancelled."));
        // A section starts on a new page unless the previous one left most of its page free.
        if (m_y > kTop + (kBottom - kTop) * 0.45 || m_sectionPages.isEmpty())
            newPage();
        else
            m_y += 24;
        m_sectionPages << m_page;
        m_toc[tocIndex++].page = m_page;
        sectionTitle(section.title);
        for (const ReportBlock &block : section.blocks) {
            if (const auto *h = std::get_if<ReportHeading>(&block)) {
                if (section.id == ReportSectionId::Chains)
                    m_toc[tocIndex++].page = m_page + (needsBreak(headingHeight(h->text) + 70) ? 1 : 0);
                heading(h->text);
            } else if (const auto *para = std::get_if<ReportParagraph>(&block)) {
                paragraph(*para);
            } else if (const auto *facts = std::get_if<ReportFacts>(&block)) {
                factList(*facts);
            } else if (const auto *table = std::get_if<ReportTable>(&block)) {
                tableBlock(*table);
            } else if (const auto *graph = std::get_if<ReportGraph>(&block)) {
                graphBlock(*graph);
            } else if (const auto *chart = std::get_if<ReportChart>(&block)) {
                chartBlock(chart->chart);
            } else if (const auto *map = std::get_if<ReportRouteMap>(&block)) {
                routeMapBlock(*map);
            }
        }
    }
    return {};
}

void PageFlow::collectToc()
{
    m_toc.clear();
    for (const ReportSection &section : m_doc.sections) {
        m_toc << TocEntry{section.title, 1, 0};
        if (section.id != ReportSectionId::Chains)
            continue;
        for (const ReportBlock &block : section.blocks)
            if (const auto *h = std::get_if<ReportHeading>(&block))
                m_toc << TocEntry{h->text, 2, 0};
    }
}

void PageFlow::newPage()
{
    if (m_page > 0 && m_p)
        m_device.newPage();
    ++m_page;
    m_y = kTop;
    furniture();
}

void PageFlow::ensure(double height)
{
    if (needsBreak(height) && m_y > kTop + 1)
        newPage();
}

void PageFlow::text(const QString &s, const QFont &f, const QRectF &rect, const QColor &color, int flags)
{
    if (!m_p)
        return;
    m_p->setFont(f);
    m_p->setPen(color);
    m_p->drawText(rect, flags, s);
}

void PageFlow::furniture()
{
    if (!m_p)
        return;
    const QString pageText = tr("Page %1 of %2").arg(m_page).arg(m_totalPages);
    const QFont small = font(7.5);
    text(pageText, small, QRectF(kLeft, kPageHeight - 44, kWidth, 12), kGrey, Qt::AlignRight | Qt::AlignVCenter);
    text(m_doc.classification, font(7.5, true), QRectF(kLeft, kPageHeight - 44, kWidth * 0.75, 12), kAlert,
         Qt::AlignLeft | Qt::AlignVCenter);
    if (m_page == 1)
        return;
    const QFontMetricsF fm(small, dev());
    text(fm.elidedText(m_doc.caseTitle, Qt::ElideRight, kWidth * 0.6), small, QRectF(kLeft, 34, kWidth * 0.6, 12),
         kGrey, Qt::AlignLeft | Qt::AlignVCenter);
    text(m_doc.generatedAt.toString(QStringLiteral("yyyy-MM-dd")), small,
         QRectF(kLeft + kWidth * 0.6, 34, kWidth * 0.4, 12), kGrey, Qt::AlignRight | Qt::AlignVCenter);
    m_p->setPen(QPen(kRule, 0.5));
    m_p->drawLine(QPointF(kLeft, 49), QPointF(kRight, 49));
    m_p->drawLine(QPointF(kLeft, kPageHeight - 50), QPointF(kRight, kPageHeight - 50));
}

void PageFlow::titlePage()
{
    newPage();
    double y = 120;
    const auto block = [&](const QString &s, const QFont &f, const QColor &color, double after) {
        TextBlock b(s, f, kWidth, dev());
        b.draw(m_p, QPointF(kLeft, y), color);
        y += b.height() + after;
    };
    block(m_doc.classification.toUpper(), font(10, true), kAlert, 40);
    block(tr("Investigation report"), font(14, false), kGrey, 8);
    block(m_doc.caseTitle, font(26, true), kText, 24);
    if (m_p) {
        m_p->setPen(QPen(kAccent, 2));
        m_p->drawLine(QPointF(kLeft, y), QPointF(kLeft + 120, y));
    }
    y += 24;
    const QList<QPair<QString, QString>> rows{
        {tr("Investigator"), m_doc.investigator},
        {tr("Date"), m_doc.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))},
        {tr("Case file"), m_doc.caseFile},
        {tr("Produced by"), QStringLiteral("Caravan %1").arg(QStringLiteral(CARAVAN_VERSION))},
    };
    for (const auto &r : rows) {
        TextBlock label(r.first, font(9.5, true), 110, dev());
        TextBlock value(r.second, font(9.5), kWidth - 120, dev());
        label.draw(m_p, QPointF(kLeft, y), kGrey);
        value.draw(m_p, QPointF(kLeft + 120, y), kText);
        y += std::max(label.height(), value.height()) + 6;
    }
    if (m_doc.caseEmpty) {
        y += 30;
        block(tr("This case is empty: there is nothing to report yet."), font(12, true), kAlert, 0);
    }
    TextBlock notice(tr("This report was generated from the case file named above. Figures, names and ids are "
                        "quoted from the imported sources listed in Appendix A; the investigator's findings are "
                        "marked as such."),
                     font(8.5, false, true), kWidth, dev());
    notice.draw(m_p, QPointF(kLeft, kBottom - notice.height() - 10), kGrey);
}

void PageFlow::tocPage(int index)
{
    if (index == 0) {
        sectionTitle(tr("Contents"));
    }
    const int first = index * kTocEntriesPerPage;
    const int last = std::min(static_cast<int>(m_toc.size()), first + kTocEntriesPerPage);
    for (int i = first; i < last; ++i) {
        const TocEntry &e = m_toc.at(i);
        const int page = i < m_knownToc.size() ? m_knownToc.at(i).page : 0;
        const QFont f = e.level == 1 ? font(10.5, true) : font(9);
        const double indent = e.level == 1 ? 0 : 16;
        const double h = e.level == 1 ? 20 : 15;
        if (e.level == 1 && i > first)
            m_y += 4;
        const QFontMetricsF fm(f, dev());
        const QString label = fm.elidedText(e.text, Qt::ElideRight, kWidth - indent - 50);
        text(label, f, QRectF(kLeft + indent, m_y, kWidth - indent - 40, h), kText, Qt::AlignLeft | Qt::AlignVCenter);
        text(page > 0 ? QString::number(page) : QString(), f, QRectF(kRight - 40, m_y, 40, h), kText,
             Qt::AlignRight | Qt::AlignVCenter);
        if (m_p) {
            const double from = kLeft + indent + fm.horizontalAdvance(label) + 6;
            const double to = kRight - fm.horizontalAdvance(QString::number(page)) - 6;
            if (to > from) {
                m_p->setPen(QPen(kRule, 0.6, Qt::DotLine));
                m_p->drawLine(QPointF(from, m_y + h * 0.7), QPointF(to, m_y + h * 0.7));
            }
        }
        m_y += h;
    }
}

void PageFlow::sectionTitle(const QString &title)
{
    TextBlock b(title, font(18, true), kWidth, dev());
    b.draw(m_p, QPointF(kLeft, m_y), kAccent);
    m_y += b.height() + 4;
    if (m_p) {
        m_p->setPen(QPen(kAccent, 1.2));
        m_p->drawLine(QPointF(kLeft, m_y), QPointF(kRight, m_y));
    }
    m_y += 14;
}

void PageFlow::heading(const QString &s)
{
    // A heading is kept with what follows it.
    ensure(headingHeight(s) + 70);
    m_y += 8;
    TextBlock b(s, font(12, true), kWidth, dev());
    b.draw(m_p, QPointF(kLeft, m_y), kText);
    m_y += b.height() + 6;
}

void PageFlow::paragraph(const ReportParagraph &para)
{
    const bool note = para.style == ReportParagraph::Style::Note;
    const bool quote = para.style == ReportParagraph::Style::Quote;
    const double inset = quote ? 12 : 0;
    const QFont f = note ? font(8.5, false, true) : font(10);
    TextBlock b(para.text, f, kWidth - 2 * inset, dev());
    int line = 0;
    while (line < b.lineCount()) {
        double h = 0;
        int last = line;
        while (last < b.lineCount() && m_y + h + b.lineHeight(last) + (quote ? 8 : 0) <= kBottom) {
            h += b.lineHeight(last);
            ++last;
        }
        if (last == line) {
            newPage();
            continue;
        }
        if (quote && m_p) {
            m_p->fillRect(QRectF(kLeft, m_y, kWidth, h + 8), kShade);
            m_p->fillRect(QRectF(kLeft, m_y, 3, h + 8), kAccent);
        }
        b.drawLines(m_p, line, last, QPointF(kLeft + inset, m_y + (quote ? 4 : 0)), note ? kGrey : kText);
        m_y += h + (quote ? 8 : 0);
        line = last;
        if (line < b.lineCount())
            newPage();
    }
    m_y += note ? 6 : 8;
}

void PageFlow::factList(const ReportFacts &facts)
{
    constexpr double labelWidth = 130;
    for (int i = 0; i < facts.rows.size(); ++i) {
        const auto &row = facts.rows.at(i);
        const bool mono = facts.monospaceRows.contains(i);
        TextBlock label(row.first, font(9, true), labelWidth - 8, dev());
        TextBlock value(row.second, mono ? font(8, false, false, true) : font(9), kWidth - labelWidth, dev(),
                        kMaxCellLines);
        const double h = std::max(label.height(), value.height());
        ensure(h + 3);
        label.draw(m_p, QPointF(kLeft, m_y), kGrey);
        value.draw(m_p, QPointF(kLeft + labelWidth, m_y), kText);
        m_y += h + 3;
    }
    m_y += 8;
}

QList<double> PageFlow::columnWidths(const ReportTable &table) const
{
    const int n = static_cast<int>(table.header.size());
    QList<double> w;
    double sum = 0;
    for (int i = 0; i < n; ++i) {
        w << (i < table.widths.size() ? table.widths.at(i) : 1.0);
        sum += w.last();
    }
    for (double &x : w)
        x = x / sum * kWidth;
    return w;
}

double PageFlow::tableRow(const QStringList &cells, const QList<double> &widths, const ReportTable &table, bool header,
                          double y)
{
    constexpr double pad = 3;
    QList<std::shared_ptr<TextBlock>> blocks;
    double h = 0;
    for (int c = 0; c < widths.size(); ++c) {
        const bool mono = !header && c < table.monospace.size() && table.monospace.at(c);
        const QFont f = header ? font(8, true) : font(mono ? 7 : 8, false, false, mono);
        blocks << std::make_shared<TextBlock>(cells.value(c), f, widths.at(c) - 2 * pad, dev(), kMaxCellLines);
        h = std::max(h, blocks.last()->height());
    }
    h += 2 * pad;
    if (y >= 0 && m_p) {
        if (header)
            m_p->fillRect(QRectF(kLeft, y, kWidth, h), kShade);
        double x = kLeft;
        for (int c = 0; c < widths.size(); ++c) {
            blocks.at(c)->draw(m_p, QPointF(x + pad, y + pad), header ? kText : kText);
            x += widths.at(c);
        }
        m_p->setPen(QPen(kRule, 0.5));
        m_p->drawLine(QPointF(kLeft, y + h), QPointF(kRight, y + h));
    }
    return h;
}

void PageFlow::tableBlock(const ReportTable &table)
{
    const QList<double> widths = columnWidths(table);
    const double headerHeight = tableRow(table.header, widths, table, true, -1);
    double captionHeight = 0;
    std::unique_ptr<TextBlock> caption;
    if (!table.caption.isEmpty()) {
        caption = std::make_unique<TextBlock>(table.caption, font(9, true), kWidth, dev());
        captionHeight = caption->height() + 4;
    }
    const double firstRow = table.rows.isEmpty() ? 0 : tableRow(table.rows.first(), widths, table, false, -1);
    ensure(captionHeight + headerHeight + firstRow);
    if (caption) {
        caption->draw(m_p, QPointF(kLeft, m_y), kText);
        m_y += captionHeight;
    }
    m_y += tableRow(table.header, widths, table, true, m_y);
    for (int r = 0; r < table.rows.size(); ++r) {
        if ((r & 63) == 0 && m_progress.isCancelled())
            return;
        const double h = tableRow(table.rows.at(r), widths, table, false, -1);
        if (needsBreak(h)) {
            newPage();
            m_y += tableRow(table.header, widths, table, true, m_y);
        }
        tableRow(table.rows.at(r), widths, table, false, m_y);
        m_y += h;
    }
    m_y += 10;
}

void PageFlow::graphBlock(const ReportGraph &graph)
{
    const int n = static_cast<int>(graph.nodes.size());
    if (n == 0)
        return;
    constexpr double gap = 34, boxHeight = 50, rowGap = 28;
    const int perRow = std::min(n, 4);
    const int rows = (n + perRow - 1) / perRow;
    const double boxWidth = (kWidth - (perRow - 1) * gap) / perRow;
    const double height = rows * boxHeight + (rows - 1) * rowGap + 12;
    ensure(height);
    if (m_p) {
        QList<QRectF> boxes;
        for (int i = 0; i < n; ++i) {
            const int row = i / perRow, col = i % perRow;
            boxes << QRectF(kLeft + col * (boxWidth + gap), m_y + 4 + row * (boxHeight + rowGap), boxWidth, boxHeight);
        }
        m_p->setRenderHint(QPainter::Antialiasing);
        for (const ReportGraph::Edge &e : graph.edges) {
            if (e.from < 0 || e.to < 0 || e.from >= n || e.to >= n)
                continue;
            const QRectF a = boxes.at(e.from), b = boxes.at(e.to);
            QPainterPath path;
            QPointF end, dir;
            if (std::abs(a.center().y() - b.center().y()) < 1 && b.left() > a.right()) {
                path.moveTo(a.right(), a.center().y());
                end = QPointF(b.left(), b.center().y());
                path.lineTo(end);
                dir = QPointF(1, 0);
            } else {
                const double midY = (a.bottom() + b.top()) / 2;
                path.moveTo(a.center().x(), a.bottom());
                path.lineTo(a.center().x(), midY);
                path.lineTo(b.center().x(), midY);
                end = QPointF(b.center().x(), b.top());
                path.lineTo(end);
                dir = QPointF(0, b.top() > a.bottom() ? 1 : -1);
            }
            m_p->setPen(QPen(kGrey, 1.1));
            m_p->setBrush(Qt::NoBrush);
            m_p->drawPath(path);
            const QPointF normal(-dir.y(), dir.x());
            QPolygonF head{end, end - dir * 7 + normal * 3.5, end - dir * 7 - normal * 3.5};
            m_p->setBrush(kGrey);
            m_p->drawPolygon(head);
        }
        for (int i = 0; i < n; ++i) {
            const ReportGraph::Node &node = graph.nodes.at(i);
            const QRectF r = boxes.at(i);
            m_p->setPen(QPen(node.highlighted ? kAlert : kAccent, node.highlighted ? 1.6 : 1.0));
            m_p->setBrush(node.highlighted ? QColor(0xfb, 0xee, 0xee) : QColor(0xf4, 0xf7, 0xfb));
            m_p->drawRoundedRect(r, 5, 5);
            TextBlock name(node.label, font(8, true), r.width() - 8, dev(), 2, Qt::AlignHCenter);
            name.draw(m_p, QPointF(r.left() + 4, r.top() + 5), kText);
            const QString sub = node.country.isEmpty() ? node.id : QStringLiteral("%1 · %2").arg(node.id, node.country);
            const QFont subFont = font(7);
            const QFontMetricsF fm(subFont, dev());
            text(fm.elidedText(sub, Qt::ElideMiddle, r.width() - 8), subFont,
                 QRectF(r.left() + 4, r.bottom() - 14, r.width() - 8, 11), kGrey, Qt::AlignHCenter | Qt::AlignVCenter);
        }
        m_p->setBrush(Qt::NoBrush);
    }
    m_y += height + 6;
}

void PageFlow::chartBlock(const ChartData &chart)
{
    constexpr double height = 285;
    ensure(height + 4);
    if (m_p)
        ChartPlot::render(m_p, QRectF(kLeft, m_y, kWidth, height), chart);
    m_y += height + 4;
}

void PageFlow::routeMapBlock(const ReportRouteMap &map)
{
    if (map.legs.empty())
        return;
    constexpr double height = 250;
    const QRectF target(kLeft, 0, kWidth, height);
    ensure(height + 18);
    if (m_p) {
        MapScene scene;
        scene.legs = MapGeometry::legs(map.legs, WorldShapes::instance());
        const QRectF view = MapGeometry::routeView(scene.legs, WorldShapes::instance(), kWidth / height);
        MapPaintOptions options;
        options.font = font(7.5);
        options.pixel = 0.7;
        MapPainter::paint(*m_p, target.translated(0, m_y), view, scene, options);
        m_p->setPen(QPen(kRule, 0.6));
        m_p->setBrush(Qt::NoBrush);
        m_p->drawRect(target.translated(0, m_y));
    }
    m_y += height + 3;
    QStringList countries{map.legs.front().from};
    for (const RouteLeg &leg : map.legs)
        countries << leg.to;
    text(QCoreApplication::translate("caravan::ReportPainter",
                                     "Route on the map: %1; legs numbered in order, with their "
                                     "shipment dates (country shapes: Natural Earth).")
             .arg(countries.join(QStringLiteral(" → "))),
         font(7.5, false, true), QRectF(kLeft, m_y, kWidth, 11), kGrey, Qt::AlignLeft | Qt::AlignVCenter);
    m_y += 15;
}

} // namespace caravan
