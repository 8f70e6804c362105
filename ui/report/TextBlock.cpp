#include "ui/report/TextBlock.h"

#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace caravan {

TextBlock::TextBlock(const QString &text, const QFont &f, double width, QPaintDevice *device, int maxLines,
                     Qt::Alignment align)
    : m_layout(std::make_unique<QTextLayout>(QString(text).replace(u'\n', QChar::LineSeparator), f, device))
{
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    double y = 0;
    while (true) {
        QTextLine line = m_layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        if (maxLines > 0 && m_layout->lineCount() >= maxLines)
            break;
    }
    m_layout->endLayout();
}

double TextBlock::height() const
{
    const int n = lineCount();
    return n == 0 ? 0 : m_layout->lineAt(n - 1).y() + m_layout->lineAt(n - 1).height();
}

double TextBlock::naturalWidth() const
{
    double w = 0;
    for (int i = 0; i < lineCount(); ++i)
        w = std::max(w, m_layout->lineAt(i).naturalTextWidth());
    return w;
}

void TextBlock::draw(QPainter *p, const QPointF &at, const QColor &color) const
{
    if (!p)
        return;
    p->setPen(color);
    m_layout->draw(p, at);
}

void TextBlock::drawLines(QPainter *p, int first, int last, const QPointF &at, const QColor &color) const
{
    if (!p || first >= last)
        return;
    p->setPen(color);
    const double y0 = m_layout->lineAt(first).y();
    for (int i = first; i < last; ++i) {
        QTextLine line = m_layout->lineAt(i);
        line.draw(p, at + QPointF(0, -y0));
    }
}

TextBlock::~TextBlock() = default;

} // namespace caravan
