#pragma once

#include <QString>

class QWidget;

namespace caravan {

// Every modal question the UI asks goes through here, so tests can answer them without a person.
class Dialogs {
public:
    virtual ~Dialogs() = default;
    virtual QString openCaseFile(QWidget *parent, const QString &directory);
    virtual QString saveCaseFile(QWidget *parent, const QString &title, const QString &directory);
    // Any file to write (exports); `filter` as QFileDialog takes it. Empty when the user cancels.
    virtual QString saveFile(QWidget *parent, const QString &title, const QString &directory, const QString &filter);
    virtual void showError(QWidget *parent, const QString &title, const QString &text);
    virtual void showInformation(QWidget *parent, const QString &title, const QString &text);

    static Dialogs &instance();
    // Replaces the dialogs for tests; nullptr restores the real ones. Not owned.
    static void setInstance(Dialogs *dialogs);
};

} // namespace caravan
