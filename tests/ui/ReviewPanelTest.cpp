#include "../support/CaseBuilder.h"
#include "../support/TempCase.h"

#include "models/editing/CaseDocument.h"
#include "models/itemmodels/MatchCandidateModel.h"
#include "models/storage/DecisionStore.h"
#include "ui/panels/ReviewPanel.h"
#include "ui/window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

std::unique_ptr<CaseFile> screeningCase(TempCase &tc)
{
    {
        CaseBuilder b(tc.caseFile());
        const qint64 kz =
            b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО «Альфа Транзит»"), QStringLiteral("KZ"));
        b.address(kz, QStringLiteral("г. Алматы, ул. Абая 52"), QStringLiteral("KZ"));
        b.person(QStringLiteral("p-1"), QStringLiteral("Захаров Александр Вячеславович"), QStringLiteral("RU"));
        const qint64 listed =
            b.company(QStringLiteral("ofac-77"), QStringLiteral("ALFA TRANZIT LLP"), QStringLiteral("KZ"));
        b.designate(listed, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"));
        const qint64 person =
            b.person(QStringLiteral("ofac-45937"), QStringLiteral("ZAKHAROV, Aleksandr Vyacheslavovich"));
        b.designate(person, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"));
        b.commit();
    }
    tc.close();
    return CaseFile::open(tc.path()).takeValue();
}

} // namespace

TEST_CASE("the review panel walks screening candidates and decides with the keyboard, undoably")
{
    TempCase tc;
    CaseDocument doc(screeningCase(tc));
    ReviewPanel panel;
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.setDocument(&doc);
    panel.resize(900, 400);
    panel.show();
    QApplication::setActiveWindow(&panel);
    REQUIRE(QTest::qWaitForWindowActive(&panel));

    QSignalSpy finished(&panel, &ReviewPanel::searchFinished);
    panel.findCandidates();
    REQUIRE(finished.wait(60000));
    CHECK(finished.first().at(0).toBool());
    MatchCandidateModel *model = panel.model();
    REQUIRE(model->rowCount() == 2);
    QStringList pairs;
    for (const CaseMatch &m : model->candidates())
        pairs << m.aRef + u'~' + m.bRef;
    CHECK(pairs.contains(QStringLiteral("kz-1~ofac-77")));
    CHECK(pairs.contains(QStringLiteral("p-1~ofac-45937")));
    // Names alone, however close: both in the second band.
    for (int row = 0; row < 2; ++row) {
        CHECK(model->index(row, int(MatchCandidateModel::Column::Band)).data().toString() == "possible, check");
        CHECK(model->index(row, 0).data(MatchCandidateModel::BandRole).toInt() == int(MatchBand::Possible));
    }
    REQUIRE(panel.currentRow() == 0);
    const CaseMatch first = *model->candidateAt(0);

    // A accepts the current candidate and moves on.
    panel.view()->setFocus();
    QTest::keyClick(panel.view(), Qt::Key_A);
    const auto stored = decisionstore::find(doc.file(), MatchKind::Screening, first.aRef, first.bRef);
    REQUIRE(stored);
    CHECK(stored->verdict == MatchVerdict::Accepted);
    CHECK(model->candidateAt(0)->decision == MatchVerdict::Accepted);
    CHECK(panel.currentRow() == 1);
    CHECK(doc.undoStack()->count() == 1);

    // R rejects the second.
    QTest::keyClick(panel.view(), Qt::Key_R);
    CHECK(model->candidateAt(1)->decision == MatchVerdict::Rejected);
    CHECK(decisionstore::list(doc.file()).size() == 2);

    // Undo takes the decisions back, and the panel shows it.
    doc.undoStack()->undo();
    CHECK_FALSE(model->candidateAt(1)->decision.has_value());
    doc.undoStack()->undo();
    CHECK_FALSE(model->candidateAt(0)->decision.has_value());
    CHECK(decisionstore::list(doc.file()).isEmpty());

    // N moves to the next undecided candidate.
    panel.setCurrentRow(0);
    QTest::keyClick(panel.view(), Qt::Key_N);
    CHECK(panel.currentRow() == 1);
}

TEST_CASE("the review panel finds duplicates and merges on accept")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 a = b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО «Бета Логистик»"), QStringLiteral("KZ"));
        b.identifier(a, QStringLiteral("kz-bin"), QStringLiteral("990440001234"));
        const qint64 c = b.company(QStringLiteral("ftm-2"), QStringLiteral("BETA LOGISTIC LLP"), QStringLiteral("KZ"));
        b.identifier(c, QStringLiteral("kz-bin"), QStringLiteral("990440001234"));
        b.commit();
    }
    tc.close();
    CaseDocument doc(CaseFile::open(tc.path()).takeValue());
    ReviewPanel panel;
    panel.setDocument(&doc);
    panel.setKind(MatchKind::Duplicate);
    QSignalSpy finished(&panel, &ReviewPanel::searchFinished);
    panel.findCandidates();
    REQUIRE(finished.wait(60000));
    REQUIRE(panel.model()->rowCount() == 1);
    REQUIRE(panel.acceptCurrent());
    CHECK(decisionstore::survivorOf(doc.file(), 2) == 1);
    doc.undoStack()->undo();
    CHECK(decisionstore::survivorOf(doc.file(), 2) == 2);
}

TEST_CASE("the main window has a Review (matches) dock that follows the open case")
{
    TempCase tc;
    MainWindow window;
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("reviewDock"));
    REQUIRE(dock);
    CHECK(dock->windowTitle() == QStringLiteral("Review (matches)"));
    CHECK(dock->widget() == window.reviewPanel());
}
