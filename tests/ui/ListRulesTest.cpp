// The lists-and-rules editor: each list of the case with its class and a box per rule; what the investigator
// ticks is stored in the case, audited, undoable, and changes the Verdict dock.
#include "../support/CaseBuilder.h"
#include "../support/TempCase.h"
#include "Screenshot.h"

#include "models/editing/CaseDocument.h"
#include "models/storage/Sqlite.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/dialogs/ListRulesDialog.h"
#include "ui/panels/OwnershipPanel.h"
#include "ui/panels/TablePanel.h"
#include "ui/window/MainWindow.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

// Ticks the OFAC 50% rule for one list, as an investigator would in the real dialog.
class TickingDialogs : public Dialogs {
public:
    QString list;
    QList<CaseList> shown;
    QStringList errors;
    std::optional<ListRules> editListRules(QWidget *, const QList<CaseList> &lists) override
    {
        shown = lists;
        ListRulesDialog dialog(lists);
        const int row = dialog.rowOf(list);
        if (row < 0)
            return std::nullopt;
        dialog.setChecked(row, OwnershipRule::Ofac, true);
        return dialog.rules();
    }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
};

struct DialogsScope {
    TickingDialogs dialogs;
    DialogsScope() { Dialogs::setInstance(&dialogs); }
    ~DialogsScope() { Dialogs::setInstance(nullptr); }
};

QList<CaseList> sampleLists()
{
    CaseList sdn{QStringLiteral("OFAC SDN"), classifyList(QStringLiteral("OFAC SDN")), listrule::kOfac, false, 4, 4};
    CaseList eu{QStringLiteral("Council of the European Union"),
                classifyList(QStringLiteral("Council of the European Union")),
                listrule::kEu,
                false,
                2,
                2};
    CaseList unknown{
        QStringLiteral("Regional list"), classifyList(QStringLiteral("Regional list")), listrule::kOfac, true, 1, 1};
    return {sdn, eu, unknown};
}

} // namespace

TEST_CASE("the lists dialog shows each list's class, count and rules, and returns only the choices that differ")
{
    ListRulesDialog dialog(sampleLists());
    QTableWidget *table = dialog.table();
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, ListRulesDialog::ClassColumn)->text() == QStringLiteral("OFAC SDN (blocking)"));
    CHECK(table->item(1, ListRulesDialog::DesignationsColumn)->text() == QStringLiteral("2"));
    CHECK(dialog.isChecked(0, OwnershipRule::Ofac));
    CHECK_FALSE(dialog.isChecked(1, OwnershipRule::Ofac));
    CHECK(dialog.isChecked(1, OwnershipRule::Eu));
    CHECK(dialog.isChecked(2, OwnershipRule::Ofac)); // the investigator's earlier choice
    ListRules kept = dialog.rules();
    CHECK(kept.overrides().size() == 1);
    CHECK(kept.rulesForKey(QStringLiteral("Regional list")) == listrule::kOfac);
    dialog.setChecked(1, OwnershipRule::Uk, true);
    CHECK(dialog.rules().rulesForKey(QStringLiteral("Council of the European Union")) ==
          (listrule::kEu | listrule::kUk));
    // "Defaults" puts every row back to the classifier's reading.
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Defaults"))
            b->click();
    CHECK_FALSE(dialog.isChecked(2, OwnershipRule::Ofac));
    CHECK(dialog.rules().overrides().isEmpty());
}

TEST_CASE("ticking a list for the OFAC rule in the editor changes the Verdict dock, undo restores it, both audited")
{
    DialogsScope scope;
    scope.dialogs.list = QStringLiteral("Council of the European Union");
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 p = b.person(QStringLiteral("p"), QStringLiteral("Ivanov Ivan"), QStringLiteral("RU"));
        const qint64 kz = b.company(QStringLiteral("kz"), QStringLiteral("ТОО «Транзит»"), QStringLiteral("KZ"));
        b.designate(p, QStringLiteral("Council of the European Union"), QStringLiteral("RUS"),
                    QStringLiteral("2022-03-01"));
        b.owns(p, kz, QStringLiteral("60"));
    }
    tc.close();
    MainWindow window;
    window.show();
    REQUIRE(window.openCase(tc.path()));
    OwnershipPanel *panel = window.ownershipPanel();
    QSignalSpy ready(panel, &OwnershipPanel::analysisReady);
    panel->setAsOf(QDate(2024, 9, 1));
    REQUIRE(ready.wait(20000));
    panel->showEntity(QStringLiteral("kz"));
    QString text = panel->plainText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Not blocked under the OFAC 50% rule")));
    CHECK(text.contains(QStringLiteral("Owned under the EU rule")));
    CHECK(text.contains(QStringLiteral("Owned under the UK test")) == false);
    CHECK(text.contains(QStringLiteral("OFAC 50% rule counts no list in this case. Not counted, feeding EU ownership "
                                       "and control: Council of the European Union.")));

    REQUIRE(panel->listRulesButton()->isEnabled());
    panel->listRulesButton()->click();
    REQUIRE(scope.dialogs.errors.isEmpty());
    REQUIRE(scope.dialogs.shown.size() == 1);
    CHECK(scope.dialogs.shown.first().designations == 1);
    REQUIRE(ready.wait(20000));
    panel->showEntity(QStringLiteral("kz"));
    text = panel->plainText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Blocked under the OFAC 50% rule (60% held by blocked persons)")));
    CHECK(text.contains(QStringLiteral("OFAC 50% rule, counting: Council of the European Union.")));

    window.document()->undoStack()->undo();
    REQUIRE(ready.wait(20000));
    panel->showEntity(QStringLiteral("kz"));
    CHECK(panel->plainText().contains(QStringLiteral("Not blocked under the OFAC 50% rule")));
    SqliteStatement audit(window.document()->file().handle(),
                          "SELECT detail FROM audit_log WHERE action = 'list_rules.change' ORDER BY id");
    REQUIRE(audit.step());
    CHECK(audit.text(0) == QStringLiteral("Council of the European Union: default (eu) -> ofac,eu"));
    REQUIRE(audit.step());
    CHECK(audit.text(0) == QStringLiteral("Council of the European Union: ofac,eu -> default (eu)"));
}

TEST_CASE("the Verdict dock of a company 30% EU-listed and 25% UK-listed says what each rule counted")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 kz = b.company(QStringLiteral("kz"), QStringLiteral("ТОО «Қазақ Транзит»"), QStringLiteral("KZ"));
        const qint64 eu = b.person(QStringLiteral("p-eu"), QStringLiteral("Ivanov Ivan"), QStringLiteral("RU"));
        const qint64 uk = b.company(QStringLiteral("c-uk"), QStringLiteral("Holding AO"), QStringLiteral("RU"));
        const qint64 dq = b.person(QStringLiteral("p-dq"), QStringLiteral("Brown John"), QStringLiteral("GB"));
        b.designate(eu, QStringLiteral("Council of the European Union"), QStringLiteral("RUS"),
                    QStringLiteral("2022-03-01"));
        b.designate(uk, QStringLiteral("Foreign, Commonwealth & Development Office"), QStringLiteral("Russia"),
                    QStringLiteral("2022-03-15"));
        b.designate(dq, QStringLiteral("The Insolvency Service"), QStringLiteral("Disqualification"),
                    QStringLiteral("2023-01-01"));
        b.owns(eu, kz, QStringLiteral("30"));
        b.owns(uk, kz, QStringLiteral("25"));
        b.owns(dq, kz, QStringLiteral("10"));
    }
    OwnershipPanel panel;
    panel.resize(560, 1400);
    QSignalSpy ready(&panel, &OwnershipPanel::analysisReady);
    panel.setAsOf(QDate(2024, 9, 1));
    panel.setCase(&tc.caseFile());
    REQUIRE(ready.wait(20000));
    panel.showEntity(QStringLiteral("kz"));
    panel.show();
    const QString text = panel.plainText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Not blocked under the OFAC 50% rule")));
    CHECK_FALSE(text.contains(QStringLiteral("Blocked under")));
    CHECK(text.contains(QStringLiteral("Owners on lists the OFAC 50% rule does not count: p-eu 30%")));
    CHECK(text.contains(QStringLiteral("Neither owned nor controlled under the EU rule")));
    CHECK(text.contains(QStringLiteral("Neither owned nor controlled under the UK test")));
    CHECK(text.contains(QStringLiteral("the largest holding of one UK-designated person is 25% (c-uk)")));
    CHECK(text.contains(QStringLiteral("Counted by no rule: The Insolvency Service (UK, not a sanction).")));
    // Owners' statuses in words, not as keys.
    CHECK(text.contains(QStringLiteral("p-eu 30% (EU-listed)")));
    CHECK(text.contains(QStringLiteral("c-uk 25% (UK-listed)")));
    CHECK_FALSE(text.contains(QStringLiteral("eu_listed")));
    screenshot(panel, QStringLiteral("verdict-eu-uk.png"));
    auto lists = ListRules().caseLists(tc.caseFile().handle());
    REQUIRE(lists.ok());
    ListRulesDialog dialog(*lists);
    dialog.show();
    screenshot(dialog, QStringLiteral("lists-and-rules.png"));
    panel.setCase(nullptr);
}
