#include "ui/graph/TradeFilterWidgets.h"

#include "models/analysis/Chpl.h"
#include "models/analysis/GraphBuilder.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>

namespace caravan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("caravan::TradeFilterWidgets", text);
}

} // namespace

QLabel *TradeFilterWidgets::goodsLabel(QWidget *parent)
{
    return new QLabel(tr("Goods (HS code starts with): "), parent);
}

QLineEdit *TradeFilterWidgets::hsField(QWidget *parent)
{
    auto *hs = new QLineEdit(parent);
    hs->setPlaceholderText(tr("HS code, e.g. 8542"));
    hs->setMaximumWidth(140);
    return hs;
}

QComboBox *TradeFilterWidgets::chplTierChoice(QWidget *parent)
{
    auto *tier = new QComboBox(parent);
    tier->addItem(tr("Any goods"));
    tier->addItem(tr("CHPL goods (any tier)"), kAnyChplTier.toString());
    for (const QString &t : chpl::tiers())
        tier->addItem(tr("CHPL tier %1").arg(t), t);
    tier->setToolTip(tr("Only goods on the Common High Priority List, of one tier or of any"));
    return tier;
}

} // namespace caravan
