#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace caravan {

class Task;

// The status bar's view of the running background task: what it does, how far, and a Cancel button.
class TaskStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit TaskStatusWidget(QWidget *parent = nullptr);
    void track(Task *task);

private:
    void finish();
    QPointer<Task> m_task;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace caravan
