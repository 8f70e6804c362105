#include "../../support/CaseBuilder.h"
#include "../../support/TempCase.h"

#include "models/itemmodels/SourceTableModel.h"
#include "models/storage/CaseWriter.h"
#include "models/storage/RejectedRowsExport.h"

#include <QAbstractItemModelTester>
#include <QFile>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

void addRejected(CaseFile &file)
{
    {
        CaseBuilder b(file);
        b.company(QStringLiteral("a"), QStringLiteral("Alpha"));
    }
    CaseWriter w(file.handle());
    REQUIRE(w.addRejectedRow(1, 7, QStringLiteral("unknown entity type \"Spaceship\""),
                             QStringLiteral("x1,Spaceship,\"Apollo, Inc\",US"))
                .ok());
    REQUIRE(w.addRejectedRow(1, 3, QStringLiteral("date 31.02.2023 is not a date"), QStringLiteral("x2,Company,B,KZ"))
                .ok());
}

} // namespace

TEST_CASE("sources, rejected rows and the audit log are tables that pass the model tester")
{
    TempCase tc;
    addRejected(tc.caseFile());
    SourceTableModel sources;
    RejectedRowTableModel rejected;
    AuditLogTableModel audit;
    QAbstractItemModelTester t1(&sources, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&rejected, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(&audit, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (LazyTableModel *m : std::initializer_list<LazyTableModel *>{&sources, &rejected, &audit}) {
        m->setCase(tc.caseFile().handle(), tc.path());
        m->reloadNow();
    }
    REQUIRE(sources.rowCount() == 1);
    CHECK(sources.data(sources.index(0, SourceTableModel::File)).toString() == QStringLiteral("builder.csv"));
    CHECK(sources.data(sources.index(0, SourceTableModel::Sha256)).toString().size() == 64);
    REQUIRE(rejected.rowCount() == 2);
    CHECK(rejected.data(rejected.index(0, RejectedRowTableModel::Line)).toInt() == 3); // in line order
    CHECK(rejected.data(rejected.index(1, RejectedRowTableModel::Raw)).toString().contains(QStringLiteral("Apollo")));
    REQUIRE(audit.rowCount() >= 1);
    CHECK(audit.data(audit.index(audit.rowCount() - 1, AuditLogTableModel::Action)).toString() ==
          QStringLiteral("case.create"));
}

TEST_CASE("rejected rows export as CSV that quotes what needs quoting")
{
    TempCase tc;
    addRejected(tc.caseFile());
    const QString path = tc.file(QStringLiteral("rejected.csv"));
    auto written = exportRejectedRows(tc.caseFile().handle(), 0, path);
    REQUIRE(written.ok());
    CHECK(written.value() == 2);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.startsWith(QStringLiteral("file,line,reason,raw\r\n")));
    CHECK(text.contains(QStringLiteral(
        "builder.csv,7,\"unknown entity type \"\"Spaceship\"\"\",\"x1,Spaceship,\"\"Apollo, Inc\"\",US\"")));
    CHECK(csvField(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(csvField(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK_FALSE(exportRejectedRows(tc.caseFile().handle(), 0, tc.file(QStringLiteral("no/such/dir/x.csv"))).ok());
}
