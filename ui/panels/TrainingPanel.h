#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace caravan {

class CaseFile;

// Trainer mode: for a generated training case, scores the trainee's marks against the answer key (found,
// missed, wrongly marked) and, once the trainer reveals it, lists every planted pattern and decoy with its
// explanation.
class TrainingPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPanel(QWidget *parent = nullptr);

    void setCase(CaseFile *file);
    // Whether the open case has an answer key.
    bool isTrainingCase() const { return m_items > 0; }
    void score();
    void setRevealed(bool revealed);
    bool isRevealed() const;
    QString summaryText() const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void revealedChanged(bool revealed);

private:
    CaseFile *m_file = nullptr;
    int m_items = 0;
    QLabel *m_about;
    QLabel *m_summary;
    QCheckBox *m_reveal;
    QTableWidget *m_table;
};

} // namespace caravan
