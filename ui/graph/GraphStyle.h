#pragma once

#include "ui/graph/GraphRenderer.h"

#include <QCoreApplication>

namespace caravan {

// The meaning of colour, size and width on the canvas, shared by every graph view: fills CanvasState's
// palette, per-node colours and radii, per-edge widths and the legend. Colours follow UI.md: blocked red,
// possibly blocked orange, designated dark-red outline, marks amber / purple / grey.
class GraphStyle {
    Q_DECLARE_TR_FUNCTIONS(GraphStyle)
public:
    static void applyColours(CanvasState &state, ColourMode mode);
    // `scores` holds betweenness per node for SizeMode::Betweenness (may be empty otherwise).
    static void applySizes(CanvasState &state, SizeMode mode, const std::vector<double> &scores = {});
    // Ownership edges by share, trade edges by value (log scale).
    static void applyEdgeWidths(CanvasState &state);

    static QColor blocked() { return QColor(0xd6, 0x27, 0x28); }
    static QColor possiblyBlocked() { return QColor(0xf2, 0x8c, 0x28); }
    static QColor suspected() { return QColor(0xf5, 0xb7, 0x00); }
    static QColor confirmed() { return QColor(0x7b, 0x3f, 0xb0); }
    static QColor dismissed() { return QColor(0x9e, 0x9e, 0x9e); }
    static QString kindName(graph::NodeKind kind);
};

} // namespace caravan
