#include "../support/CaseBuilder.h"
#include "../support/TempCase.h"
#include "Screenshot.h"

#include "models/editing/CaseDocument.h"
#include "models/storage/Sqlite.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/dialogs/PassphraseDialog.h"
#include "ui/import/ImportWizard.h"
#include "ui/window/MainWindow.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

// Answers passphrase questions from a list (an empty entry stands for Cancel) and remembers the problems shown.
class PassphraseDialogs : public Dialogs {
public:
    QStringList answers;
    QStringList problems;
    QString chosen;
    QStringList errors;
    std::optional<QString> enterPassphrase(QWidget *, const QString &, const QString &problem) override
    {
        problems << problem;
        if (answers.isEmpty() || answers.first().isEmpty()) {
            if (!answers.isEmpty())
                answers.removeFirst();
            return std::nullopt;
        }
        return answers.takeFirst();
    }
    std::optional<QString> choosePassphrase(QWidget *, const QString &) override
    {
        if (chosen.isEmpty())
            return std::nullopt;
        return chosen;
    }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    void showInformation(QWidget *, const QString &, const QString &) override {}
};

struct DialogsScope {
    PassphraseDialogs dialogs;
    DialogsScope() { Dialogs::setInstance(&dialogs); }
    ~DialogsScope() { Dialogs::setInstance(nullptr); }
};

} // namespace

TEST_CASE("the main window encrypts a case, asks for the passphrase again after a wrong one, and removes it")
{
    DialogsScope scope;
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО «Қазақ Транзит»"), QStringLiteral("KZ"));
    }
    tc.close();
    MainWindow window;
    REQUIRE(window.openCase(tc.path()));
    scope.dialogs.chosen = QStringLiteral("a long passphrase");
    window.encryptCase();
    CHECK(scope.dialogs.errors.isEmpty());
    REQUIRE(window.document() != nullptr);
    CHECK(window.document()->file().isEncrypted());
    CHECK(CaseFile::isEncryptedFile(tc.path()));
    window.closeCase();

    // Cancel leaves without opening anything.
    scope.dialogs.answers = {QString()};
    CHECK_FALSE(window.openCase(tc.path()));
    CHECK(window.document() == nullptr);
    CHECK(scope.dialogs.problems == QStringList{QString()});

    // A wrong passphrase: asked again, with the reason.
    scope.dialogs.problems.clear();
    scope.dialogs.answers = {QStringLiteral("not this one"), QStringLiteral("a long passphrase")};
    REQUIRE(window.openCase(tc.path()));
    REQUIRE(scope.dialogs.problems.size() == 2);
    CHECK(scope.dialogs.problems.at(0).isEmpty());
    CHECK(scope.dialogs.problems.at(1).contains(QStringLiteral("Wrong passphrase")));
    CHECK(sqliteScalar(window.document()->file().handle(), "SELECT count(*) FROM entities") == 1);

    scope.dialogs.problems.clear();
    scope.dialogs.answers = {QStringLiteral("wrong"), QStringLiteral("a long passphrase")};
    window.removeEncryption();
    CHECK(scope.dialogs.problems.size() == 2);
    CHECK(scope.dialogs.errors.isEmpty());
    REQUIRE(window.document() != nullptr);
    CHECK_FALSE(window.document()->file().isEncrypted());
    CHECK_FALSE(CaseFile::isEncryptedFile(tc.path()));
    CHECK(sqliteScalar(window.document()->file().handle(), "SELECT count(*) FROM entities") == 1);
}

TEST_CASE("the passphrase dialog hides the text, shows the last problem, and wants a new passphrase twice")
{
    PassphraseDialog enter(PassphraseDialog::Purpose::Enter,
                           QStringLiteral("case.caravan is encrypted. Enter its passphrase to open it."),
                           QStringLiteral("Wrong passphrase (or the file was altered). Try again."));
    enter.show();
    auto *field = enter.findChild<QLineEdit *>(QStringLiteral("passphrase"));
    REQUIRE(field);
    CHECK(field->echoMode() == QLineEdit::Password);
    CHECK(enter.findChild<QLabel *>(QStringLiteral("problem"))->isVisible());
    auto *ok = enter.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    field->setText(QStringLiteral("secret"));
    CHECK(ok->isEnabled());
    screenshot(enter, QStringLiteral("passphrase-enter.png"));

    PassphraseDialog choose(PassphraseDialog::Purpose::Choose, QStringLiteral("Encrypt case.caravan."), {});
    choose.show();
    auto *first = choose.findChild<QLineEdit *>(QStringLiteral("passphrase"));
    auto *second = choose.findChild<QLineEdit *>(QStringLiteral("confirm"));
    auto *chooseOk = choose.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    first->setText(QStringLiteral("short"));
    CHECK_FALSE(chooseOk->isEnabled());
    first->setText(QStringLiteral("long enough phrase"));
    second->setText(QStringLiteral("long enough phrasf"));
    CHECK_FALSE(chooseOk->isEnabled());
    CHECK(choose.findChild<QLabel *>(QStringLiteral("problem"))->isVisible());
    screenshot(choose, QStringLiteral("passphrase-choose.png"));
    second->setText(QStringLiteral("long enough phrase"));
    CHECK(chooseOk->isEnabled());
    CHECK(choose.passphrase() == QStringLiteral("long enough phrase"));
}

TEST_CASE("the import wizard imports into an encrypted case on its worker, and the import reaches the file")
{
    TempCase tc;
    tc.close();
    const QString secret = QStringLiteral("import passphrase");
    REQUIRE(CaseFile::encryptFile(tc.path(), secret).ok());
    const QString entities = tc.file(QStringLiteral("entities.csv"));
    writeFile(entities, "id,type,name,aliases,country,identifiers,incorporation_date,address\n"
                        "de-1,Company,Vexillum Plaintext Marker GmbH,,DE,,,\n"
                        "kz-1,Company,ТОО «Қазақ Транзит»,,KZ,,,\n");
    {
        auto opened = CaseFile::open(tc.path(), CaseFile::OpenMode::ReadWrite, secret);
        REQUIRE(opened.ok());
        ImportWizard wizard(**opened);
        wizard.show();
        wizard.addFiles({entities});
        QSignalSpy finished(&wizard, &ImportWizard::runFinished);
        wizard.next();
        if (wizard.currentId() == ImportWizard::MappingPage)
            wizard.next();
        REQUIRE((finished.size() > 0 || finished.wait(30000)));
        INFO(wizard.failure().toStdString());
        REQUIRE(wizard.importSucceeded());
        CHECK(sqliteScalar((*opened)->handle(), "SELECT count(*) FROM entities") == 2);
    }
    QFile::remove(entities);
    QDirIterator it(tc.dir(), QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        QFile f(it.next());
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK_FALSE(f.readAll().contains("Vexillum Plaintext Marker"));
    }
    auto reopened = CaseFile::open(tc.path(), CaseFile::OpenMode::ReadOnly, secret);
    REQUIRE(reopened.ok());
    CHECK(sqliteScalar((*reopened)->handle(), "SELECT count(*) FROM entities") == 2);
}
