#include "../../support/CaseBuilder.h"
#include "../../support/TempCase.h"

#include "models/editing/CaseDocument.h"
#include "models/storage/MarkStore.h"
#include "models/storage/Sqlite.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

std::unique_ptr<CaseFile> caseWithParties(TempCase &tc)
{
    {
        CaseBuilder b(tc.caseFile());
        const qint64 kz =
            b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО «Альфа Транзит»"), QStringLiteral("KZ"));
        const qint64 ru = b.company(QStringLiteral("ru-1"), QStringLiteral("ООО Вектор"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("D-1"), QStringLiteral("2023-01-01"), kz, ru, QStringLiteral("854231"), 1, 1,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
    }
    tc.close();
    return CaseFile::open(tc.path()).takeValue();
}

Mark suspected(const QString &note, double confidence)
{
    Mark m;
    m.status = MarkStatus::Suspected;
    m.note = note;
    m.confidence = confidence;
    return m;
}

} // namespace

TEST_CASE("marks are stored, replaced, removed and audited")
{
    TempCase tc;
    auto file = caseWithParties(tc);
    Mark m = suspected(QStringLiteral("same address as a listed company"), 0.6);
    m.target = MarkTarget::Entity;
    m.targetRef = QStringLiteral("kz-1");
    REQUIRE(markstore::put(*file, m).ok());
    auto found = markstore::find(*file, MarkTarget::Entity, QStringLiteral("kz-1"));
    REQUIRE(found);
    CHECK(found->status == MarkStatus::Suspected);
    CHECK(found->note == QStringLiteral("same address as a listed company"));
    CHECK(*found->confidence == Approx(0.6));
    CHECK_FALSE(found->author.isEmpty());

    m.status = MarkStatus::Confirmed;
    REQUIRE(markstore::put(*file, m).ok());
    CHECK(markstore::find(*file, MarkTarget::Entity, QStringLiteral("kz-1"))->status == MarkStatus::Confirmed);
    CHECK(sqliteScalar(file->handle(), "SELECT count(*) FROM marks") == 1);

    REQUIRE(markstore::remove(*file, MarkTarget::Entity, QStringLiteral("kz-1")).ok());
    CHECK_FALSE(markstore::find(*file, MarkTarget::Entity, QStringLiteral("kz-1")));
    CHECK(sqliteScalar(file->handle(), "SELECT count(*) FROM audit_log WHERE action LIKE 'mark.%'") == 3);

    m.confidence = 1.5;
    CHECK_FALSE(markstore::put(*file, m).ok());
    CHECK(markstore::targetExists(*file, MarkTarget::Shipment, QStringLiteral("D-1")));
    CHECK_FALSE(markstore::targetExists(*file, MarkTarget::Entity, QStringLiteral("nobody")));
}

TEST_CASE("marking through the document is undoable and tells the views")
{
    TempCase tc;
    CaseDocument doc(caseWithParties(tc));
    QSignalSpy changed(&doc, &CaseDocument::marksChanged);
    REQUIRE(doc.mark(MarkTarget::Shipment, QStringLiteral("D-1"), suspected(QStringLiteral("first look"), 0.5)).ok());
    REQUIRE(doc.mark(MarkTarget::Shipment, QStringLiteral("D-1"), suspected(QStringLiteral("second look"), 0.9)).ok());
    CHECK(doc.stats().marks == 1);
    CHECK(changed.size() == 2);
    CHECK(doc.undoStack()->count() == 2);

    doc.undoStack()->undo();
    auto m = markstore::find(doc.file(), MarkTarget::Shipment, QStringLiteral("D-1"));
    REQUIRE(m);
    CHECK(m->note == QStringLiteral("first look"));
    doc.undoStack()->undo();
    CHECK_FALSE(markstore::find(doc.file(), MarkTarget::Shipment, QStringLiteral("D-1")));
    CHECK(doc.stats().marks == 0);
    doc.undoStack()->redo();
    CHECK(markstore::find(doc.file(), MarkTarget::Shipment, QStringLiteral("D-1"))->note ==
          QStringLiteral("first look"));

    REQUIRE(doc.mark(MarkTarget::Shipment, QStringLiteral("D-1"), std::nullopt).ok());
    CHECK_FALSE(markstore::find(doc.file(), MarkTarget::Shipment, QStringLiteral("D-1")));
    doc.undoStack()->undo();
    CHECK(markstore::find(doc.file(), MarkTarget::Shipment, QStringLiteral("D-1")));

    const int before = doc.undoStack()->count();
    CHECK_FALSE(doc.mark(MarkTarget::Entity, QStringLiteral("missing"), suspected({}, 0.5)).ok());
    CHECK(doc.undoStack()->count() == before);
}
