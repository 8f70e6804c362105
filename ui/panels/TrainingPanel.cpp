#include "ui/panels/TrainingPanel.h"

#include "models/demo/TraineeScore.h"
#include "models/storage/CaseFile.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caravan {

namespace {

QString outcomeLabel(demo::ScoredItem::Outcome o)
{
    switch (o) {
    case demo::ScoredItem::Outcome::Found:
        return TrainingPanel::tr("found");
    case demo::ScoredItem::Outcome::Missed:
        return TrainingPanel::tr("missed");
    case demo::ScoredItem::Outcome::WronglyMarked:
        return TrainingPanel::tr("wrongly marked");
    case demo::ScoredItem::Outcome::RightlyLeft:
        return TrainingPanel::tr("rightly left alone");
    }
    return {};
}

QColor outcomeColour(demo::ScoredItem::Outcome o)
{
    switch (o) {
    case demo::ScoredItem::Outcome::Found:
        return QColor(0xc8, 0xe6, 0xc9);
    case demo::ScoredItem::Outcome::Missed:
        return QColor(0xff, 0xe0, 0xb2);
    case demo::ScoredItem::Outcome::WronglyMarked:
        return QColor(0xff, 0xcd, 0xd2);
    case demo::ScoredItem::Outcome::RightlyLeft:
        return QColor(0xec, 0xef, 0xf1);
    }
    return {};
}

} // namespace

TrainingPanel::TrainingPanel(QWidget *parent)
    : QWidget(parent), m_about(new QLabel(this)), m_summary(new QLabel(this)),
      m_reveal(new QCheckBox(tr("Reveal the answer key"), this)), m_table(new QTableWidget(0, 6, this))
{
    // A compact strip: the task on one line, the score and the buttons on the next; the answer key below only
    // once revealed.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    auto *scoreButton = new QPushButton(tr("Score the Marks"), this);
    row->addWidget(m_summary, 1);
    row->addWidget(scoreButton);
    row->addWidget(m_reveal);
    layout->addWidget(m_about);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    // One line each, cut on a narrow window (the whole text is the tooltip): the strip stays two lines high.
    for (QLabel *label : {m_about, m_summary})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_table->setHorizontalHeaderLabels(
        {tr("Result"), tr("Item"), tr("Pattern"), tr("Mark on"), tr("Evidence"), tr("Explanation")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(tr("Answer key"));
    m_table->hide();
    connect(scoreButton, &QPushButton::clicked, this, &TrainingPanel::score);
    // Compact unless the answer key shows: the dock then cannot grow past the two lines.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_reveal, &QCheckBox::toggled, this, [this](bool on) {
        m_table->setVisible(on);
        setSizePolicy(QSizePolicy::Preferred, on ? QSizePolicy::Expanding : QSizePolicy::Maximum);
        score();
        Q_EMIT revealedChanged(on);
    });
}

void TrainingPanel::setCase(CaseFile *file)
{
    m_file = file;
    m_items = 0;
    m_reveal->setChecked(false);
    m_table->setRowCount(0);
    m_summary->clear();
    if (!file)
        return;
    auto result = demo::scoreTrainee(file->handle());
    if (!result)
        return;
    m_items = static_cast<int>(result->items.size());
    m_about->setText(tr("This is a training case with %1 planted patterns and %2 near misses. Mark what you "
                        "suspect (Ctrl+M) in the tables, the chains or the graph, then score the marks.")
                         .arg(result->planted)
                         .arg(result->decoys));
    m_about->setToolTip(m_about->text());
    score();
}

bool TrainingPanel::isRevealed() const
{
    return m_reveal->isChecked();
}

void TrainingPanel::setRevealed(bool revealed)
{
    m_reveal->setChecked(revealed);
}

QString TrainingPanel::summaryText() const
{
    return m_summary->text();
}

void TrainingPanel::score()
{
    if (!m_file)
        return;
    auto result = demo::scoreTrainee(m_file->handle());
    if (!result) {
        m_summary->setText(result.error().message);
        return;
    }
    const demo::TraineeScore &s = result.value();
    m_summary->setText(tr("Found %1 of %2 planted patterns, missed %3; %4 of %5 near misses wrongly marked; %6 other "
                          "marks.")
                           .arg(s.found)
                           .arg(s.planted)
                           .arg(s.missed)
                           .arg(s.wronglyMarked)
                           .arg(s.decoys)
                           .arg(s.otherMarks.size()));
    m_summary->setToolTip(m_summary->text());
    if (!m_reveal->isChecked())
        return;
    m_table->setRowCount(static_cast<int>(s.items.size()));
    for (int r = 0; r < s.items.size(); ++r) {
        const demo::ScoredItem &item = s.items[r];
        QString explanation = item.item.explanation;
        if (item.item.isDecoy && !item.item.breaks.isEmpty())
            explanation = tr("Near miss (breaks: %1). %2").arg(item.item.breaks, explanation);
        if (!item.markedAs.isEmpty())
            explanation += QStringLiteral(" [") + tr("marked: %1").arg(item.markedAs) + u']';
        const QStringList cells{outcomeLabel(item.outcome), item.item.code, item.item.pattern,
                                item.item.subject,          item.item.refs, explanation};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells[c]);
            cell->setBackground(outcomeColour(item.outcome));
            cell->setToolTip(cells[c]);
            m_table->setItem(r, c, cell);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(4, std::min(m_table->columnWidth(4), 260));
}

} // namespace caravan
