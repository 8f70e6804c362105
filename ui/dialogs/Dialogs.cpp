#include "ui/dialogs/Dialogs.h"

#include "ui/dialogs/ListRulesDialog.h"
#include "ui/dialogs/MarkDialog.h"
#include "ui/dialogs/PassphraseDialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace caravan {

namespace {
Dialogs *s_override = nullptr;

QString caseFilter()
{
    return QFileDialog::tr("Caravan cases (*.caravan);;All files (*)");
}
} // namespace

QString Dialogs::openCaseFile(QWidget *parent, const QString &directory)
{
    return QFileDialog::getOpenFileName(parent, QFileDialog::tr("Open case"), directory, caseFilter());
}

QString Dialogs::saveCaseFile(QWidget *parent, const QString &title, const QString &directory)
{
    QString path = QFileDialog::getSaveFileName(parent, title, directory, caseFilter());
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".caravan")))
        path += QStringLiteral(".caravan");
    return path;
}

QString Dialogs::saveFile(QWidget *parent, const QString &title, const QString &directory, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, directory, filter);
}

std::optional<Mark> Dialogs::editMark(QWidget *parent, const QString &what, const std::optional<Mark> &current)
{
    MarkDialog dialog(what, current, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.mark();
}

std::optional<ListRules> Dialogs::editListRules(QWidget *parent, const QList<CaseList> &lists)
{
    ListRulesDialog dialog(lists, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.rules();
}

std::optional<QString> Dialogs::enterPassphrase(QWidget *parent, const QString &text, const QString &problem)
{
    PassphraseDialog dialog(PassphraseDialog::Purpose::Enter, text, problem, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

QString Dialogs::askServerAddress(QWidget *parent, const QString &suggestion)
{
    bool ok = false;
    const QString address = QInputDialog::getText(
        parent, QCoreApplication::translate("caravan::Dialogs", "Open Server Case"),
        QCoreApplication::translate("caravan::Dialogs",
                                    "Address of the case (postgresql://USER@HOST:PORT/DATABASE?case=NAME).\nThe "
                                    "password comes from PGPASSWORD or ~/.pgpass, or Caravan asks for it."),
        QLineEdit::Normal, suggestion, &ok);
    return ok ? address.trimmed() : QString();
}

std::optional<QString> Dialogs::enterServerPassword(QWidget *parent, const QString &text, const QString &problem)
{
    bool ok = false;
    const QString label = problem.isEmpty() ? text : problem + u'\n' + text;
    const QString password =
        QInputDialog::getText(parent, QCoreApplication::translate("caravan::Dialogs", "Server password"), label,
                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

std::optional<QString> Dialogs::choosePassphrase(QWidget *parent, const QString &text)
{
    PassphraseDialog dialog(PassphraseDialog::Purpose::Choose, text, {}, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

void Dialogs::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

void Dialogs::showInformation(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

Dialogs &Dialogs::instance()
{
    static Dialogs real;
    return s_override ? *s_override : real;
}

void Dialogs::setInstance(Dialogs *dialogs)
{
    s_override = dialogs;
}

} // namespace caravan
