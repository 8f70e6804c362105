#pragma once

#include "models/analysis/ChartData.h"
#include "models/geo/RouteLeg.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace caravan {

// The parts of a report a person can choose; the title page and the contents are always there.
// Anomalies (mirror statistics) is left out of a case without trade statistics.
enum class ReportSectionId { Summary, Chains, Ownership, Charts, Anomalies, Notes, Sources, Audit };

QString reportSectionKey(ReportSectionId id); // "summary", "chains", ... (CLI --sections)
std::optional<ReportSectionId> reportSectionFromKey(const QString &key);
const QList<ReportSectionId> &allReportSections();

struct ReportHeading {
    QString text;
};

struct ReportParagraph {
    QString text;
    enum class Style { Body, Note, Quote } style = Style::Body;
};

// Label and value pairs in two columns (summary figures, a chain's facts).
struct ReportFacts {
    QList<QPair<QString, QString>> rows;
    QList<int> monospaceRows; // rows whose value is an id or a digest, set in a fixed-width font
};

struct ReportTable {
    QStringList header;
    QList<QStringList> rows;
    QList<double> widths;  // relative column widths; equal when empty
    QList<bool> monospace; // per column: ids and hashes in a fixed-width font
    QString caption;
};

// A small graph drawn with the text: a chain's route, its entities as nodes, shipments as edges.
struct ReportGraph {
    struct Node {
        QString id;
        QString label;
        QString country;
        bool highlighted = false; // designated or marked
    };
    struct Edge {
        int from = 0;
        int to = 0;
        QString label;
    };
    QList<Node> nodes;
    QList<Edge> edges;
};

struct ReportChart {
    ChartData chart;
};

// A chain's route on the world map: its legs numbered with their dates (drawn as the Map tab draws them).
struct ReportRouteMap {
    std::vector<RouteLeg> legs;
};

using ReportBlock =
    std::variant<ReportHeading, ReportParagraph, ReportFacts, ReportTable, ReportGraph, ReportChart, ReportRouteMap>;

struct ReportSection {
    ReportSectionId id = ReportSectionId::Summary;
    QString title;
    QList<ReportBlock> blocks;
};

// What a report says, as data: built in the core from a case (ReportBuilder), painted by the UI.
struct ReportDocument {
    QString caseTitle;
    QString caseFile;
    QString investigator;
    QString classification;
    QDateTime generatedAt;
    bool caseEmpty = false;
    QList<ReportSection> sections;
};

} // namespace caravan
