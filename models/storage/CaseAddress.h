#pragma once

#include "models/core/Result.h"

#include <QString>

namespace caravan {

// Where a team case lives on a PostgreSQL server: a libpq connection URI plus the `case` parameter, which names the
// PostgreSQL schema that holds the case:
//   postgresql://analyst@db.example:5432/caravan?case=almaty-2024
// The password never comes from the address (it would show in process lists and shell histories): libpq finds it in
// PGPASSWORD or ~/.pgpass. The roles of a case are named after it: <case>_owner, <case>_analyst, <case>_reader.
class CaseAddress {
public:
    // True when `text` is meant as a server address (postgresql:// or postgres://), not a case file path.
    static bool isServerAddress(const QString &text);
    // Parses an address; `requireCase` false accepts a server address without a case (for listing cases).
    static Result<CaseAddress> parse(const QString &text, bool requireCase = true);
    // Whether `name` can name a case: a lower-case letter, then up to 39 lower-case letters, digits, '-' or '_'.
    static bool isValidCaseName(const QString &name);

    // The address without the `case` parameter, as libpq takes it.
    const QString &connectionUri() const { return m_connectionUri; }
    const QString &caseName() const { return m_caseName; }
    // The address as the user wrote it, for messages.
    const QString &text() const { return m_text; }

    // A password the user typed in the GUI for this address: held in memory for the connections made to it, never
    // part of the address's text, never written anywhere. Empty: libpq's usual places.
    const QString &password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }

    QString ownerRole() const { return m_caseName + QStringLiteral("_owner"); }
    QString analystRole() const { return m_caseName + QStringLiteral("_analyst"); }
    QString readerRole() const { return m_caseName + QStringLiteral("_reader"); }

private:
    QString m_text;
    QString m_connectionUri;
    QString m_caseName;
    QString m_password;
};

} // namespace caravan
