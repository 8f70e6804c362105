#include "ui/dialogs/ListRulesDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caravan {

namespace {

constexpr OwnershipRule kRules[] = {OwnershipRule::Ofac, OwnershipRule::Eu, OwnershipRule::Uk};

int columnOf(OwnershipRule rule)
{
    switch (rule) {
    case OwnershipRule::Ofac:
        return ListRulesDialog::OfacColumn;
    case OwnershipRule::Eu:
        return ListRulesDialog::EuColumn;
    case OwnershipRule::Uk:
        return ListRulesDialog::UkColumn;
    }
    return ListRulesDialog::OfacColumn;
}

} // namespace

ListRulesDialog::ListRulesDialog(const QList<CaseList> &lists, QWidget *parent)
    : QDialog(parent), m_lists(lists), m_table(new QTableWidget(static_cast<int>(lists.size()), ColumnCount, this))
{
    setWindowTitle(tr("Lists and rules"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each ownership rule counts only the lists of its own authority. By default the OFAC "
                                "50% rule counts the OFAC SDN list only; the EU rule counts EU lists and UN listings; "
                                "the UK test counts UK lists and UN listings. Export controls (BIS), OFAC's non-SDN "
                                "lists, other countries' sanctions and lists Caravan does not recognise count for no "
                                "rule unless you tick them here. Changes are stored in the case, can be undone and "
                                "are written to the audit log."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setHorizontalHeaderLabels(
        {tr("List"), tr("What it is"), tr("Designations"), tr("OFAC 50% rule"), tr("EU rule"), tr("UK test")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAccessibleName(tr("Designation lists and the rules they feed"));
    const QLocale locale;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const CaseList &l = m_lists.at(row);
        auto *name = new QTableWidgetItem(l.key);
        name->setFlags(Qt::ItemIsEnabled);
        name->setToolTip(l.cls.label);
        m_table->setItem(row, ListColumn, name);
        auto *cls = new QTableWidgetItem(authorityName(l.cls.authority));
        cls->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, ClassColumn, cls);
        auto *count = new QTableWidgetItem(locale.toString(l.designations));
        count->setFlags(Qt::ItemIsEnabled);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, DesignationsColumn, count);
        for (const OwnershipRule rule : kRules) {
            auto *box = new QTableWidgetItem;
            box->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            box->setCheckState((l.rules & ruleBit(rule)) ? Qt::Checked : Qt::Unchecked);
            box->setToolTip(tr("Default: %1").arg((l.cls.rules & ruleBit(rule)) ? tr("counted") : tr("not counted")));
            m_table->setItem(row, columnOf(rule), box);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(ListColumn, QHeaderView::Stretch);
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *defaults = buttons->addButton(tr("Defaults"), QDialogButtonBox::ResetRole);
    defaults->setToolTip(tr("Every list back to what Caravan takes it to be"));
    connect(defaults, &QPushButton::clicked, this, &ListRulesDialog::resetToDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 420);
}

int ListRulesDialog::rowOf(const QString &key) const
{
    for (int row = 0; row < m_lists.size(); ++row)
        if (m_lists.at(row).key == key)
            return row;
    return -1;
}

void ListRulesDialog::setChecked(int row, OwnershipRule rule, bool checked)
{
    m_table->item(row, columnOf(rule))->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

bool ListRulesDialog::isChecked(int row, OwnershipRule rule) const
{
    return m_table->item(row, columnOf(rule))->checkState() == Qt::Checked;
}

void ListRulesDialog::resetToDefaults()
{
    for (int row = 0; row < m_lists.size(); ++row)
        for (const OwnershipRule rule : kRules)
            setChecked(row, rule, (m_lists.at(row).cls.rules & ruleBit(rule)) != 0);
}

ListRules ListRulesDialog::rules() const
{
    ListRules rules;
    for (int row = 0; row < m_lists.size(); ++row) {
        std::uint8_t bits = listrule::kNone;
        for (const OwnershipRule rule : kRules)
            if (isChecked(row, rule))
                bits |= ruleBit(rule);
        if (bits != m_lists.at(row).cls.rules)
            rules.set(m_lists.at(row).key, bits);
    }
    return rules;
}

} // namespace caravan
