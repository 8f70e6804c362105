#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace caravan::reportpage {

// What every part of a painted report shares: the A4 page in points, the colours, the fonts, and the translations
// of ReportPainter's context.

QString tr(const char *text);

// Page geometry in points (A4).
constexpr double kPageWidth = 595.28;
constexpr double kPageHeight = 841.89;
constexpr double kLeft = 56;
constexpr double kRight = kPageWidth - 56;
constexpr double kTop = 70;
constexpr double kBottom = kPageHeight - 62;
constexpr double kWidth = kRight - kLeft;
constexpr int kTocEntriesPerPage = 40;
constexpr int kMaxCellLines = 40;

const QColor kText(0x20, 0x20, 0x20);
const QColor kGrey(0x6a, 0x6a, 0x6a);
const QColor kRule(0xc8, 0xc8, 0xc8);
const QColor kShade(0xee, 0xf1, 0xf5);
const QColor kAccent(0x1f, 0x4e, 0x8c);
const QColor kAlert(0xb0, 0x10, 0x10);

// Pixel-sized fonts: the page is laid out in points, mapped onto any device by the painter's transform.
QFont font(double pixels, bool bold = false, bool italic = false, bool mono = false);

} // namespace caravan::reportpage
