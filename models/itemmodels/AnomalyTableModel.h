#pragma once

#include "models/analysis/MirrorComparison.h"

#include <QAbstractTableModel>

namespace caravan {

// Ranked mirror-statistics flows (MirrorComparison) as the Anomalies view's table: CHPL tier, the size of the gap or
// surge, confidence, and the case's companies that carry each flow. Holds a computed result; the view replaces it.
class AnomalyTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column {
        Rank,
        Flags,
        Exporter,
        Importer,
        Hs,
        Tier,
        Period,
        Exports,
        Imports,
        GapPct,
        Growth,
        Size,
        Confidence,
        Companies,
        Count
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers as numbers
        FlowRole,                    // the row in flows() as an int
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setResult(MirrorResult result);
    const MirrorResult &result() const { return m_result; }
    const MirrorFlow *flowAt(int row) const;
    // "mirror gap", "surge", "re-export" in the user's language.
    static QString flagText(const QString &flag);
    static QString confidenceText(MirrorFlow::Confidence c);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    MirrorResult m_result;
};

} // namespace caravan
