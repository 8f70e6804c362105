#pragma once

#include "models/analysis/ListRules.h"
#include "models/domain/Mark.h"

#include <QString>

#include <optional>

class QWidget;

namespace caravan {

// Every modal question the UI asks goes through here, so tests can answer them without a person.
class Dialogs {
public:
    virtual ~Dialogs() = default;
    virtual QString openCaseFile(QWidget *parent, const QString &directory);
    virtual QString saveCaseFile(QWidget *parent, const QString &title, const QString &directory);
    // Any file to write; `filter` as QFileDialog takes it.
    virtual QString saveFile(QWidget *parent, const QString &title, const QString &directory, const QString &filter);
    // Asks how to mark `what`; empty when the person cancels.
    virtual std::optional<Mark> editMark(QWidget *parent, const QString &what, const std::optional<Mark> &current);
    // Asks for the passphrase of an encrypted case; `problem` says why the last one failed. Empty on Cancel.
    virtual std::optional<QString> enterPassphrase(QWidget *parent, const QString &text, const QString &problem);
    // Asks for the address of a server case (postgresql://USER@HOST:PORT/DB?case=NAME); empty on Cancel.
    virtual QString askServerAddress(QWidget *parent, const QString &suggestion);
    // Asks for the database password the server wants (used for this session's connections, never stored);
    // `problem` says why the last one failed. Empty on Cancel.
    virtual std::optional<QString> enterServerPassword(QWidget *parent, const QString &text, const QString &problem);
    // Asks for a new passphrase, twice. Empty on Cancel.
    virtual std::optional<QString> choosePassphrase(QWidget *parent, const QString &text);
    // Asks which lists each ownership rule counts; empty when the person cancels.
    virtual std::optional<ListRules> editListRules(QWidget *parent, const QList<CaseList> &lists);
    // A yes/no question; true for yes.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text);
    virtual void showError(QWidget *parent, const QString &title, const QString &text);
    virtual void showInformation(QWidget *parent, const QString &title, const QString &text);

    static Dialogs &instance();
    // Replaces the dialogs for tests; nullptr restores the real ones. Not owned.
    static void setInstance(Dialogs *dialogs);
};

} // namespace caravan
