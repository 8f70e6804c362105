#pragma once

#include "models/analysis/SanctionsAuthority.h"
#include "models/core/Result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>

struct sqlite3;

namespace caravan {

class CaseFile;

// The ownership rules a list can feed, named as the setting, the CLI and JSON name them.
enum class OwnershipRule : std::uint8_t { Ofac, Eu, Uk };

// One list present in a case: its key, what the classifier made of it, and the rules it feeds.
struct CaseList {
    QString key;             // "OFAC SDN", "US CSL EL", "Council of the European Union", ...
    ListClass cls;           // the classifier's reading (and default rules)
    std::uint8_t rules = 0;  // the rules it feeds in this case (listrule bits)
    bool overridden = false; // the investigator chose them (else: the classifier's default)
    qint64 designations = 0;
    qint64 entities = 0;
};

// Which designation lists each ownership rule counts in one case: the classifier's defaults (OFAC 50% rule:
// OFAC SDN only; EU rule: EU lists and UN; UK rule: UK lists and UN; unknown lists: none), and the
// investigator's own choices per list, stored in the case (listrulestore) and audited.
class ListRules {
public:
    // The key the setting uses for a designation: the list name, or "US CSL <code>" for the Consolidated
    // Screening List, whose reader stores every merged list under "US CSL" with the code first in the program.
    static QString keyOf(const QString &list, const QString &program);

    // The rules a designation feeds: the investigator's choice for its key, else the classifier's default.
    std::uint8_t rulesFor(const QString &list, const QString &program) const;
    std::uint8_t rulesForKey(const QString &key) const;
    bool isOverridden(const QString &key) const { return m_overrides.contains(key); }
    // Chooses the rules for a key (stored even when they equal the default); reset() returns it to the default.
    void set(const QString &key, std::uint8_t rules) { m_overrides.insert(key, rules); }
    void reset(const QString &key) { m_overrides.remove(key); }
    const QMap<QString, std::uint8_t> &overrides() const { return m_overrides; }
    bool operator==(const ListRules &other) const { return m_overrides == other.m_overrides; }

    // {"LIST": ["ofac","eu","uk"], ...}: only the investigator's choices.
    QString toJson() const;
    static Result<ListRules> fromJson(const QString &json);
    // The case's stored choices (none stored: the defaults).
    static Result<ListRules> load(sqlite3 *db);
    // Stores these choices in the case; the audit entry says what changed from `before` ("EU: eu -> ofac,eu").
    Status store(CaseFile &file, const ListRules &before) const;
    // "EU: eu -> ofac,eu; OFAC: ofac -> default (ofac)": what changed between two settings.
    static QString changeText(const ListRules &before, const ListRules &after);
    // Every list the case holds, with its class, rules and counts, by key.
    Result<QList<CaseList>> caseLists(sqlite3 *db) const;

    // "ofac,eu" / "none" <-> bits.
    static QString rulesText(std::uint8_t rules);
    static Result<std::uint8_t> parseRules(const QString &text);

private:
    QMap<QString, std::uint8_t> m_overrides;
};

// The rules' own names: "OFAC 50% rule", "EU ownership and control", "UK ownership and control (OFSI)".
QString ruleName(OwnershipRule rule);
std::uint8_t ruleBit(OwnershipRule rule);

// Which lists a rule counted, as a verdict states it: "OFAC 50% rule, counting: OFAC SDN. Not counted, feeding EU
// ownership and control: Council of the European Union. Not counted, feeding UK ownership and control (OFSI):
// Foreign, Commonwealth & Development Office. Counted by no rule: The Insolvency Service (UK, not a sanction)."
QString describeRuleLists(OwnershipRule rule, const QList<CaseList> &lists);

} // namespace caravan
