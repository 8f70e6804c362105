#include "ui/report/ReportPainter.h"

#include "ui/charts/ChartPlot.h"
#include "ui/report/PageFlow.h"

#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace caravan {

using reportpage::kPageWidth;
using reportpage::tr;

ReportPainter::ReportPainter(const ReportDocument &document) : m_document(document)
{
}

Status ReportPainter::paint(QPagedPaintDevice &device, Progress &progress)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    progress.setStatus(tr("Laying out the report"));
    PageFlow dry(m_document, device, nullptr, 0, {}, progress);
    if (auto st = dry.run(); !st)
        return st;
    const ChartPlot::Painter painter = ChartPlot::createPainter(&device);
    if (!painter->isActive())
        return makeError(ErrorCode::Io, tr("Cannot paint on the output device."));
    const double scale = device.width() / kPageWidth;
    painter->scale(scale, scale);
    progress.setStatus(tr("Painting the report"));
    PageFlow flow(m_document, device, painter.get(), dry.pages(), dry.toc(), progress);
    const Status st = flow.run();
    painter->end();
    if (!st)
        return st;
    m_pageCount = flow.pages();
    m_sectionPages = flow.sectionPages();
    return {};
}

Result<int> ReportPainter::writePdf(const ReportDocument &document, const QString &path, Progress &progress)
{
    int pages = 0;
    {
        QPdfWriter writer(path);
        writer.setResolution(72);
        writer.setTitle(document.caseTitle);
        writer.setCreator(QStringLiteral("Caravan %1").arg(QStringLiteral(CARAVAN_VERSION)));
        ReportPainter painter(document);
        if (auto st = painter.paint(writer, progress); !st) {
            QFile::remove(path);
            return st.error();
        }
        pages = painter.pageCount();
    }
    if (!QFile::exists(path) || QFileInfo(path).size() == 0)
        return makeError(ErrorCode::Io, tr("Could not write %1.").arg(path));
    return pages;
}

} // namespace caravan
