#include "ResolutionTestSupport.h"

#include "../../support/TempCase.h"
#include "models/editing/CaseDocument.h"
#include "models/resolution/CaseMatching.h"
#include "models/storage/DecisionStore.h"

#include <QSignalSpy>

using namespace caravan;
using namespace caravan::test;

namespace {

// Every row of the tables a decision may touch, as text: equal snapshots mean an identical case.
QString snapshot(CaseFile &file)
{
    QString out;
    for (const char *sql : {"SELECT id, ext_id, name, merged_into FROM entities ORDER BY id",
                            "SELECT id, entity_id, name, kind, source_id, source_row FROM entity_names ORDER BY id",
                            "SELECT id, entity_id, scheme, value FROM entity_identifiers ORDER BY id",
                            "SELECT id, entity_id, address FROM entity_addresses ORDER BY id",
                            "SELECT id, entity_id, list, program, via_decision FROM designations ORDER BY id",
                            "SELECT id, owner_id, asset_id, share_min FROM links ORDER BY id",
                            "SELECT id, exporter_id, importer_id FROM shipments ORDER BY id"}) {
        SqliteStatement st(file.handle(), sql);
        while (st.step()) {
            for (int c = 0; c < st.columnCount(); ++c)
                out += st.text(c) + u'|';
            out += u'\n';
        }
    }
    return out;
}

qint64 count(CaseFile &file, const QString &sql)
{
    return sqliteScalar(file.handle(), sql.toUtf8().constData()).value_or(-1);
}

struct Fixture {
    TempCase temp;
    qint64 alfaKz = 0, alfaLatin = 0, listed = 0, supplier = 0, owner = 0;
    Fixture()
    {
        CaseBuilder b(temp.caseFile());
        alfaKz = b.company(QStringLiteral("kz-1"), QString::fromUtf8("ТОО «Альфа Транзит»"), QStringLiteral("KZ"));
        b.identifier(alfaKz, QStringLiteral("kz-bin"), QStringLiteral("123456789012"));
        b.address(alfaKz, QString::fromUtf8("г. Алматы, ул. Абая 52"), QStringLiteral("KZ"));
        alfaLatin = b.company(QStringLiteral("ftm-9"), QStringLiteral("ALFA TRANZIT LLP"), QStringLiteral("KZ"));
        b.alias(alfaLatin, QStringLiteral("Alfa-Tranzit TOO"));
        b.identifier(alfaLatin, QStringLiteral("ru-inn"), QStringLiteral("7701234567"));
        listed = b.company(QStringLiteral("ofac-1"), QStringLiteral("ALFA TRANZIT LIMITED LIABILITY PARTNERSHIP"),
                           QStringLiteral("KZ"));
        b.designate(listed, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2024-05-01"));
        supplier = b.company(QStringLiteral("de-1"), QStringLiteral("Elektro GmbH"), QStringLiteral("DE"));
        owner = b.person(QStringLiteral("p-1"), QStringLiteral("Ivanov Sergei"), QStringLiteral("RU"));
        b.owns(owner, alfaLatin, QStringLiteral("60"));
        b.shipment(QStringLiteral("D-1"), QStringLiteral("2023-01-10"), supplier, alfaLatin, QStringLiteral("854231"),
                   10, 1000, QStringLiteral("DE"), QStringLiteral("KZ"));
        b.commit();
    }
    CaseFile &file() { return temp.caseFile(); }
};

MatchDecision decision(MatchKind kind, const QString &a, const QString &b, MatchVerdict verdict)
{
    MatchDecision d;
    d.kind = kind;
    d.aRef = a;
    d.bRef = b;
    d.verdict = verdict;
    d.note = QStringLiteral("checked the register");
    return d;
}

} // namespace

TEST_CASE("screening finds the listed entity and nothing is changed by looking", "[resolution][decision]")
{
    Fixture f;
    const QString before = snapshot(f.file());
    NullProgress progress;
    auto found = casematching::screen(f.file(), MatchOptions{}, progress);
    REQUIRE(found);
    QStringList pairs;
    for (const CaseMatch &m : found.value())
        pairs << m.aRef + u'~' + m.bRef;
    CHECK(pairs.contains(QStringLiteral("kz-1~ofac-1")));
    CHECK(pairs.contains(QStringLiteral("ftm-9~ofac-1")));
    CHECK_FALSE(pairs.contains(QStringLiteral("p-1~ofac-1")));
    for (const CaseMatch &m : found.value()) {
        CHECK(m.score >= Matcher::kDefaultThreshold);
        CHECK(m.score <= 1.0);
        CHECK_FALSE(m.reasons.isEmpty());
    }
    auto pairsFound = casematching::duplicates(f.file(), MatchOptions{}, progress);
    REQUIRE(pairsFound);
    CHECK(std::any_of(pairsFound->begin(), pairsFound->end(), [](const CaseMatch &m) {
        return (m.aRef == QLatin1String("kz-1") && m.bRef == QLatin1String("ftm-9")) ||
               (m.aRef == QLatin1String("ftm-9") && m.bRef == QLatin1String("kz-1"));
    }));
    CHECK(snapshot(f.file()) == before); // nothing is merged automatically
}

TEST_CASE("an accepted screening match ties the entity to the designation, undo removes it", "[resolution][decision]")
{
    Fixture f;
    const QString before = snapshot(f.file());
    f.temp.close();
    CaseDocument doc(CaseFile::open(f.temp.path()).takeValue());
    QSignalSpy changed(&doc, &CaseDocument::decisionsChanged);
    REQUIRE(doc.decide(
        decision(MatchKind::Screening, QStringLiteral("kz-1"), QStringLiteral("ofac-1"), MatchVerdict::Accepted)));
    CaseFile &file = doc.file();
    CHECK(changed.count() == 1);
    CHECK(count(file, QStringLiteral("SELECT count(*) FROM designations WHERE entity_id = %1 AND list = 'OFAC SDN' "
                                     "AND program = 'RUSSIA-EO14024' AND listed_date = '2024-05-01' AND "
                                     "via_decision IS NOT NULL")
                          .arg(f.alfaKz)) == 1);
    CHECK(count(file, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'match.accept'")) == 1);
    const auto stored =
        decisionstore::find(file, MatchKind::Screening, QStringLiteral("kz-1"), QStringLiteral("ofac-1"));
    REQUIRE(stored);
    CHECK(stored->verdict == MatchVerdict::Accepted);
    CHECK(stored->note == QStringLiteral("checked the register"));
    CHECK(decisionstore::list(file).size() == 1);

    // The decision shows on the candidate.
    NullProgress progress;
    auto found = casematching::screen(file, MatchOptions{}, progress);
    REQUIRE(found);
    bool seen = false;
    for (const CaseMatch &m : found.value())
        if (m.aRef == QLatin1String("kz-1") && m.bRef == QLatin1String("ofac-1")) {
            seen = true;
            CHECK(m.decision == MatchVerdict::Accepted);
        }
    CHECK(seen);

    doc.undoStack()->undo();
    CHECK(snapshot(file) == before);
    CHECK_FALSE(decisionstore::find(file, MatchKind::Screening, QStringLiteral("kz-1"), QStringLiteral("ofac-1")));
    doc.undoStack()->redo();
    CHECK(count(file, QStringLiteral("SELECT count(*) FROM designations WHERE entity_id = %1").arg(f.alfaKz)) == 1);

    // Changing one's mind: rejected now, the copied designation goes.
    REQUIRE(doc.decide(
        decision(MatchKind::Screening, QStringLiteral("kz-1"), QStringLiteral("ofac-1"), MatchVerdict::Rejected)));
    CHECK(count(file, QStringLiteral("SELECT count(*) FROM designations WHERE entity_id = %1").arg(f.alfaKz)) == 0);
    doc.undoStack()->undo();
    CHECK(count(file, QStringLiteral("SELECT count(*) FROM designations WHERE entity_id = %1").arg(f.alfaKz)) == 1);
}

TEST_CASE("an accepted duplicate merges everything into the survivor, unmerge restores exactly",
          "[resolution][decision]")
{
    Fixture f;
    const QString before = snapshot(f.file());
    f.temp.close();
    CaseDocument doc(CaseFile::open(f.temp.path()).takeValue());
    CaseFile &file = doc.file();
    REQUIRE(doc.decide(
        decision(MatchKind::Duplicate, QStringLiteral("kz-1"), QStringLiteral("ftm-9"), MatchVerdict::Accepted)));
    const qint64 a = f.alfaKz, b = f.alfaLatin;
    CHECK(count(file, QStringLiteral("SELECT merged_into FROM entities WHERE id = %1").arg(b)) == a);
    CHECK(decisionstore::survivorOf(file, b) == a);
    // Names (its own and its aliases), identifiers, links and shipments now count for the survivor.
    CHECK(count(file, QStringLiteral("SELECT count(*) FROM entity_names WHERE entity_id = %1 AND name IN "
                                     "('ALFA TRANZIT LLP', 'Alfa-Tranzit TOO')")
                          .arg(a)) == 2);
    CHECK(count(file, QStringLiteral("SELECT count(*) FROM entity_identifiers WHERE entity_id = %1").arg(a)) == 2);
    CHECK(count(file, QStringLiteral("SELECT count(*) FROM links WHERE asset_id = %1").arg(a)) == 1);
    CHECK(count(file, QStringLiteral("SELECT count(*) FROM shipments WHERE importer_id = %1").arg(a)) == 1);
    CHECK(count(file, QStringLiteral("SELECT count(*) FROM entity_identifiers WHERE entity_id = %1").arg(b)) == 0);
    // Provenance stays with every moved row.
    CHECK(count(file, QStringLiteral("SELECT count(*) FROM entity_identifiers WHERE entity_id = %1 AND source_id IS "
                                     "NULL")
                          .arg(a)) == 0);
    // The absorbed entity is no longer a candidate of anything.
    auto records = casematching::loadRecords(file, false);
    REQUIRE(records);
    CHECK(std::none_of(records->begin(), records->end(), [b](const MatchRecord &r) { return r.rowId == b; }));

    doc.undoStack()->undo();
    CHECK(snapshot(file) == before);
    doc.undoStack()->redo();
    CHECK(count(file, QStringLiteral("SELECT merged_into FROM entities WHERE id = %1").arg(b)) == a);

    // The other way round is refused while this decision stands.
    CHECK_FALSE(decisionstore::put(
        file, decision(MatchKind::Duplicate, QStringLiteral("ftm-9"), QStringLiteral("kz-1"), MatchVerdict::Accepted)));
    // Withdrawing restores the case exactly too.
    REQUIRE(doc.withdrawDecision(MatchKind::Duplicate, QStringLiteral("kz-1"), QStringLiteral("ftm-9")));
    CHECK(snapshot(file) == before);
}

TEST_CASE("decisions survive re-import: facts that arrive for an absorbed entity follow it", "[resolution][decision]")
{
    Fixture f;
    REQUIRE(decisionstore::put(f.file(), decision(MatchKind::Duplicate, QStringLiteral("kz-1"), QStringLiteral("ftm-9"),
                                                  MatchVerdict::Accepted)));
    REQUIRE(decisionstore::put(f.file(), decision(MatchKind::Screening, QStringLiteral("kz-1"),
                                                  QStringLiteral("ofac-1"), MatchVerdict::Accepted)));
    {
        // A new source brings the same ext ids again: the writer adds to the existing entities.
        CaseBuilder again(f.file());
        const qint64 b = again.company(QStringLiteral("ftm-9"), QStringLiteral("ALFA TRANZIT LLP"));
        again.identifier(b, QStringLiteral("lei"), QStringLiteral("5493001KJTIIGC8Y1R12"));
        const qint64 listed = again.company(QStringLiteral("ofac-1"), QStringLiteral("ALFA TRANZIT"));
        again.designate(listed, QStringLiteral("EU"), QStringLiteral("RUS"));
        again.commit();
    }
    CHECK(count(f.file(),
                QStringLiteral("SELECT count(*) FROM entity_identifiers WHERE entity_id = %1").arg(f.alfaLatin)) == 1);
    REQUIRE(decisionstore::reapply(f.file()));
    CHECK(count(f.file(),
                QStringLiteral("SELECT count(*) FROM entity_identifiers WHERE entity_id = %1").arg(f.alfaLatin)) == 0);
    CHECK(count(f.file(), QStringLiteral("SELECT count(*) FROM entity_identifiers WHERE entity_id = %1 AND scheme = "
                                         "'lei'")
                              .arg(f.alfaKz)) == 1);
    CHECK(count(f.file(), QStringLiteral("SELECT count(*) FROM designations WHERE entity_id = %1").arg(f.alfaKz)) == 2);
    // Withdrawn, everything goes back to where it came from, the late identifier included.
    REQUIRE(decisionstore::remove(f.file(), MatchKind::Duplicate, QStringLiteral("kz-1"), QStringLiteral("ftm-9")));
    CHECK(count(f.file(),
                QStringLiteral("SELECT count(*) FROM entity_identifiers WHERE entity_id = %1").arg(f.alfaLatin)) == 2);
    CHECK(count(f.file(), QStringLiteral("SELECT merged_into IS NULL FROM entities WHERE id = %1").arg(f.alfaLatin)) ==
          1);
}

TEST_CASE("bad decisions are refused and change nothing", "[resolution][decision]")
{
    Fixture f;
    const QString before = snapshot(f.file());
    CHECK_FALSE(decisionstore::put(f.file(), decision(MatchKind::Duplicate, QStringLiteral("kz-1"),
                                                      QStringLiteral("nobody"), MatchVerdict::Accepted)));
    CHECK_FALSE(decisionstore::put(f.file(), decision(MatchKind::Duplicate, QStringLiteral("kz-1"),
                                                      QStringLiteral("kz-1"), MatchVerdict::Accepted)));
    CHECK(snapshot(f.file()) == before);
    CHECK(decisionstore::list(f.file()).isEmpty());
}

TEST_CASE("a refused decision leaves no step on the undo stack and says why", "[resolution][decision]")
{
    Fixture f;
    f.temp.close();
    CaseDocument doc(CaseFile::open(f.temp.path()).takeValue());
    const Status refused = doc.decide(
        decision(MatchKind::Duplicate, QStringLiteral("kz-1"), QStringLiteral("nobody"), MatchVerdict::Accepted));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("nobody")));
    CHECK(doc.undoStack()->count() == 0);
    CHECK(decisionstore::list(doc.file()).isEmpty());
}
