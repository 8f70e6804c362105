#pragma once

class QComboBox;
class QLabel;
class QLineEdit;
class QWidget;

namespace caravan {

// The goods filters the trade views share (the Trade graph and the Map): the same field, choices and words in both.
class TradeFilterWidgets {
public:
    // "Goods (HS code starts with): "
    static QLabel *goodsLabel(QWidget *parent);
    // The digits an HS code must start with (TradeGraphOptions::hsPrefix).
    static QLineEdit *hsField(QWidget *parent);
    // Any goods, CHPL goods of any tier, or of one tier; the item's data is TradeGraphOptions::chplTier.
    static QComboBox *chplTierChoice(QWidget *parent);
};

} // namespace caravan
