#include "ui/dialogs/TrainingCaseDialog.h"

#include "models/demo/ScenarioGenerator.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>

namespace caravan {

TrainingCaseDialog::TrainingCaseDialog(QWidget *parent)
    : QDialog(parent), m_scenario(new QComboBox(this)), m_teaches(new QLabel(this)), m_seed(new QSpinBox(this)),
      m_messy(new QRadioButton(tr("Messy (realistic)"), this)), m_clean(new QRadioButton(tr("Clean"), this)),
      m_realismExplanation(new QLabel(this))
{
    setWindowTitle(tr("New training case"));
    for (const demo::ScenarioInfo &s : demo::ScenarioGenerator::scenarios())
        m_scenario->addItem(s.name, s.name);
    m_teaches->setWordWrap(true);
    m_teaches->setMinimumWidth(420);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, &TrainingCaseDialog::showTeaches);
    showTeaches();
    m_seed->setRange(1, 1000000);
    m_seed->setToolTip(tr("The same scenario and number give the same case, so a class can work on one case"));

    m_messy->setObjectName(QStringLiteral("messyData"));
    m_clean->setObjectName(QStringLiteral("cleanData"));
    m_realismExplanation->setObjectName(QStringLiteral("dataExplanation"));
    m_realismExplanation->setWordWrap(true);
    auto *realism = new QButtonGroup(this);
    realism->addButton(m_messy);
    realism->addButton(m_clean);
    m_messy->setChecked(true);
    connect(realism, &QButtonGroup::buttonToggled, this, &TrainingCaseDialog::showRealism);
    showRealism();
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_messy);
    choice->addWidget(m_clean);
    choice->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Scenario:"), m_scenario);
    form->addRow(QString(), m_teaches);
    form->addRow(tr("Case number:"), m_seed);
    form->addRow(tr("Data:"), choice);
    form->addRow(QString(), m_realismExplanation);
    form->addRow(buttons);
}

QString TrainingCaseDialog::scenario() const
{
    return m_scenario->currentData().toString();
}

quint64 TrainingCaseDialog::seed() const
{
    return static_cast<quint64>(m_seed->value());
}

demo::Realism TrainingCaseDialog::realism() const
{
    return m_clean->isChecked() ? demo::Realism::Clean : demo::Realism::Messy;
}

QString TrainingCaseDialog::realismExplanation() const
{
    return m_realismExplanation->text();
}

void TrainingCaseDialog::showTeaches()
{
    if (const auto *s = demo::ScenarioGenerator::find(scenario()))
        m_teaches->setText(s->teaches);
}

void TrainingCaseDialog::showRealism()
{
    m_realismExplanation->setText(
        realism() == demo::Realism::Messy
            ? tr("As real extracts arrive: units spelled many ways, missing quantities and countries, national "
                 "tariff codes, two languages.")
            : tr("One spelling of every unit, every quantity and country given: for learning the tools first."));
}

} // namespace caravan
