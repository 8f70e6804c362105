#pragma once

#include "models/analysis/ChainDetector.h"

#include <QAbstractTableModel>

#include <vector>

namespace caravan {

// The chains of the last detection run, one row each, sortable through a proxy (SortValueRole), with the
// investigator's mark on each.
class ChainTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Score,
        Route,
        Hs,
        Tier,
        FirstDate,
        LastDate,
        QuantityIn,
        QuantityOut,
        Flags,
        Status,
        Id,
        ColumnCount
    };
    enum Role { SortValueRole = Qt::UserRole + 1, ChainIdRole };

    explicit ChainTableModel(QObject *parent = nullptr);

    void setChains(std::vector<DetectedChain> chains);
    void setStatus(const QString &chainId, const QString &status);
    const DetectedChain *chain(int row) const;
    int rowOf(const QString &chainId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<DetectedChain> m_chains;
};

} // namespace caravan
