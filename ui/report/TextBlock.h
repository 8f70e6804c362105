#pragma once

#include <QFont>
#include <QString>
#include <QTextLayout>

#include <memory>

class QColor;
class QPaintDevice;
class QPainter;
class QPointF;

namespace caravan {

// Text of a report broken into lines for one width; can be drawn whole or line by line across pages.
class TextBlock {
public:
    TextBlock(const QString &text, const QFont &f, double width, QPaintDevice *device, int maxLines = 0,
              Qt::Alignment align = Qt::AlignLeft);
    ~TextBlock();
    int lineCount() const { return m_layout->lineCount(); }
    double lineHeight(int i) const { return m_layout->lineAt(i).height(); }
    double height() const;
    double naturalWidth() const;
    void draw(QPainter *p, const QPointF &at, const QColor &color) const;
    // Draws lines [first, last) with the first of them at `at`.
    void drawLines(QPainter *p, int first, int last, const QPointF &at, const QColor &color) const;

private:
    std::unique_ptr<QTextLayout> m_layout;
};

} // namespace caravan
