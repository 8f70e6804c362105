#include "ui/window/TaskStatusWidget.h"

#include "models/tasks/Task.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace caravan {

TaskStatusWidget::TaskStatusWidget(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setMaximumWidth(180);
    m_bar->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the running task"));
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_task) {
            m_task->cancel();
            m_label->setText(tr("Cancelling…"));
            m_cancel->setEnabled(false);
        }
    });
    hide();
}

void TaskStatusWidget::track(Task *task)
{
    m_task = task;
    m_label->setText(task->title());
    m_bar->setRange(0, 0);
    m_cancel->setEnabled(true);
    connect(task, &Task::statusChanged, m_label, &QLabel::setText);
    connect(task, &Task::progressChanged, this, [this](qint64 done, qint64 total) {
        if (total <= 0) {
            m_bar->setRange(0, 0);
            return;
        }
        m_bar->setRange(0, 1000);
        m_bar->setValue(static_cast<int>(done * 1000 / total));
    });
    // Only the tracked task's end hides the widget: a task started from another's done callback stays shown.
    connect(task, &Task::finished, this, [this, task] {
        if (m_task == task)
            finish();
    });
    show();
}

void TaskStatusWidget::finish()
{
    m_task = nullptr;
    hide();
}

} // namespace caravan
