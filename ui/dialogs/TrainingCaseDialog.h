#pragma once

#include "models/demo/DemoRealism.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace caravan {

// Asks what training case to generate: the scenario (with what it teaches), the case number (the seed), and
// whether its data reads as real extracts do (messy, the default) or as one clean spelling of everything.
class TrainingCaseDialog : public QDialog {
    Q_OBJECT
public:
    explicit TrainingCaseDialog(QWidget *parent = nullptr);

    QString scenario() const;
    quint64 seed() const;
    demo::Realism realism() const;
    // The one line under the choice, saying what the chosen data is like.
    QString realismExplanation() const;

private:
    void showTeaches();
    void showRealism();

    QComboBox *m_scenario;
    QLabel *m_teaches;
    QSpinBox *m_seed;
    QRadioButton *m_messy;
    QRadioButton *m_clean;
    QLabel *m_realismExplanation;
};

} // namespace caravan
