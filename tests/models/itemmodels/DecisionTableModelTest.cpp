#include "../../support/DecisionCases.h"
#include "../../support/TempCase.h"

#include "models/itemmodels/DecisionTableModel.h"
#include "models/storage/DecisionStore.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

TEST_CASE("the decisions table lists every stored decision with both sides by name and passes the model tester")
{
    TempCase tc;
    plantBlockingDuplicate(tc.caseFile());
    plantBlockingScreening(tc.caseFile());
    DecisionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCase(&tc.caseFile());
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == DecisionTableModel::ColumnCount);

    MatchDecision merge;
    merge.kind = MatchKind::Duplicate;
    merge.aRef = QStringLiteral("kz-1");
    merge.bRef = QStringLiteral("ftm-2");
    merge.verdict = MatchVerdict::Accepted;
    merge.score = 0.93;
    merge.note = QStringLiteral("same BIN");
    REQUIRE(decisionstore::put(tc.caseFile(), merge));
    MatchDecision screening;
    screening.kind = MatchKind::Screening;
    screening.aRef = QStringLiteral("kz-10");
    screening.bRef = QStringLiteral("ofac-88");
    screening.verdict = MatchVerdict::Rejected;
    screening.score = 0.71;
    REQUIRE(decisionstore::put(tc.caseFile(), screening));
    model.reload();
    REQUIRE(model.rowCount() == 2);

    const int m = model.rowOf(MatchKind::Duplicate, QStringLiteral("ftm-2"), QStringLiteral("kz-1"));
    REQUIRE(m >= 0);
    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    CHECK(cell(m, DecisionTableModel::Kind).toString() == QStringLiteral("duplicate"));
    CHECK(cell(m, DecisionTableModel::Verdict).toString() == QStringLiteral("accepted (merged)"));
    CHECK(cell(m, DecisionTableModel::A).toString() == QStringLiteral("ALFA TRANZIT LLP (kz-1)"));
    // The absorbed entity keeps its own name in the list.
    CHECK(cell(m, DecisionTableModel::B).toString() == QStringLiteral("ТОО «Альфа Транзит» (ftm-2)"));
    CHECK(cell(m, DecisionTableModel::B, DecisionTableModel::RefRole).toString() == QStringLiteral("ftm-2"));
    CHECK(cell(m, DecisionTableModel::Score).toString() == QStringLiteral("0.93"));
    CHECK(cell(m, DecisionTableModel::Score, DecisionTableModel::SortRole).toDouble() == Approx(0.93));
    CHECK(cell(m, DecisionTableModel::Note).toString() == QStringLiteral("same BIN"));
    CHECK_FALSE(cell(m, DecisionTableModel::Time).toString().isEmpty());

    const int s = model.rowOf(MatchKind::Screening, QStringLiteral("kz-10"), QStringLiteral("ofac-88"));
    REQUIRE(s >= 0);
    CHECK(cell(s, DecisionTableModel::Kind).toString() == QStringLiteral("screening match"));
    CHECK(cell(s, DecisionTableModel::Verdict).toString() == QStringLiteral("rejected"));
    CHECK(cell(s, DecisionTableModel::B).toString() == QStringLiteral("BETA LOGISTIK LLP (ofac-88)"));

    REQUIRE(
        decisionstore::remove(tc.caseFile(), MatchKind::Duplicate, QStringLiteral("kz-1"), QStringLiteral("ftm-2")));
    model.reload();
    CHECK(model.rowCount() == 1);
    model.setCase(nullptr);
    CHECK(model.rowCount() == 0);
}
