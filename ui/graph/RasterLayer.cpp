#include "ui/graph/RasterLayer.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace caravan {

RasterLayer::RasterLayer(const QSize &size, QColor background)
    : m_image(size, QImage::Format_RGB32), m_width(size.width()), m_height(size.height())
{
    m_image.fill(background);
}

QRgb RasterLayer::over(QColor colour, double alpha, QColor background)
{
    auto mix = [alpha](int c, int b) { return static_cast<int>(std::lround(c * alpha + b * (1.0 - alpha))); };
    return qRgb(mix(colour.red(), background.red()), mix(colour.green(), background.green()),
                mix(colour.blue(), background.blue()));
}

void RasterLayer::line(QPointF a, QPointF b, QRgb colour)
{
    // Clip the segment to [0, w-1] x [0, h-1].
    double t0 = 0.0, t1 = 1.0;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x(), m_width - 1 - a.x(), a.y(), m_height - 1 - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0)
                return;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return;
    }
    int x0 = static_cast<int>(std::lround(a.x() + t0 * dx)), y0 = static_cast<int>(std::lround(a.y() + t0 * dy));
    const int x1 = static_cast<int>(std::lround(a.x() + t1 * dx)), y1 = static_cast<int>(std::lround(a.y() + t1 * dy));
    const int sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1;
    const int ddx = std::abs(x1 - x0), ddy = -std::abs(y1 - y0);
    int err = ddx + ddy;
    auto *bits = reinterpret_cast<QRgb *>(m_image.bits());
    const qsizetype stride = m_image.bytesPerLine() / 4;
    for (;;) {
        if (x0 >= 0 && y0 >= 0 && x0 < m_width && y0 < m_height)
            bits[y0 * stride + x0] = colour;
        if (x0 == x1 && y0 == y1)
            break;
        const int e2 = 2 * err;
        if (e2 >= ddy) {
            err += ddy;
            x0 += sx;
        }
        if (e2 <= ddx) {
            err += ddx;
            y0 += sy;
        }
    }
}

void RasterLayer::dot(const QPointF &centre, int size, QRgb colour)
{
    const int left = static_cast<int>(std::floor(centre.x() - size / 2.0 + 0.5));
    const int top = static_cast<int>(std::floor(centre.y() - size / 2.0 + 0.5));
    const int x0 = std::max(left, 0), x1 = std::min(left + size, m_width);
    const int y0 = std::max(top, 0), y1 = std::min(top + size, m_height);
    auto *bits = reinterpret_cast<QRgb *>(m_image.bits());
    const qsizetype stride = m_image.bytesPerLine() / 4;
    for (int y = y0; y < y1; ++y)
        std::fill(bits + y * stride + x0, bits + y * stride + std::max(x0, x1), colour);
}

} // namespace caravan
