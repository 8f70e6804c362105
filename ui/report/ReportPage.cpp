#include "ui/report/ReportPage.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace caravan::reportpage {

QString tr(const char *text)
{
    return QCoreApplication::translate("caravan::ReportPainter", text);
}

QFont font(double pixels, bool bold, bool italic, bool mono)
{
    QFont f(mono ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleHint(mono ? QFont::Monospace : QFont::SansSerif);
    // No ligatures: "fi" must stay two letters for anyone searching or copying the PDF's text.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

} // namespace caravan::reportpage
