#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace caravan {

class CaseFile;
struct MirrorResult;

// One company of the case that carries a compared flow (issue 20, "from macro to micro"): its part of the flow
// through its own shipments, its red flags, and its ownership verdicts under each rule, as the Inspector shows them.
struct MirrorParty {
    enum class Role { Exporter, Hub, Buyer };

    QString id, name, country;
    Role role = Role::Exporter;  // on the flow's exporting side (a hub when that country is one), else its buyer
    int shipments = 0;           // its shipments under the flow
    std::optional<double> value; // their value in the comparison currency (none: no exchange rate)
    std::optional<double> share; // value / the flow as its exporter reports it (else its importer)
    QStringList flags;           // red-flag codes (T4, T6, ...), sorted
    QStringList flagExplanations;
    // Ownership verdicts, each from its own rule and lists: OFAC "designated", "blocked", "possibly_blocked",
    // "needs_review" or "not_blocked"; EU and UK "listed", "owned", "controlled" or "no".
    QString ofac, eu, uk;
    QString verdict;   // the three in words, e.g. "blocked under the OFAC 50% rule (60% held by blocked persons)"
    bool found = true; // false: not in the ownership network (no verdict)

    static QString roleName(Role role); // exporter, hub, buyer
    static QString roleText(Role role); // the same in the user's language
    QJsonObject toJson() const;
};

// Fills MirrorFlow::parties of every flow from the companies attachShipments found: red flags on the case's
// shipments (the chain settings saved with the case) and ownership verdicts as of `asOf` with the case's list rules.
Status describeMirrorParties(const CaseFile &file, MirrorResult &result, Progress &progress,
                             const QDate &asOf = QDate::currentDate());

} // namespace caravan
