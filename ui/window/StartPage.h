#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace caravan {

class RecentFiles;

// What the window shows with no case open, and over an empty case: how to begin.
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(RecentFiles *recent, QWidget *parent = nullptr);
    // With a case open but empty, the page explains how to fill it instead of offering recent files.
    void showEmptyCase(const QString &casePath);
    void showNoCase();

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void openPathRequested(const QString &path);
    void importRequested();

private:
    void refreshRecent();
    RecentFiles *m_recent;
    QLabel *m_heading;
    QLabel *m_text;
    QWidget *m_buttons;
    QListWidget *m_recentList;
    QLabel *m_recentLabel;
    bool m_showRecent = true;
    QPushButton *m_importButton = nullptr;
};

} // namespace caravan
