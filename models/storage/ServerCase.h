#pragma once

#include "models/core/Result.h"
#include "models/storage/CaseAddress.h"
#include "models/storage/PgConnection.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace caravan {

// What a database user may do in a server case; PostgreSQL grants enforce it (models/storage/ServerSchema).
enum class CaseRole {
    Owner,   // everything an analyst may, and grant rights to others
    Analyst, // import, mark, decide, edit settings
    Reader,  // read and export
};
QString caseRoleName(CaseRole role);
std::optional<CaseRole> caseRoleFromName(const QString &name);

// A server case as `caravan-cli cases` lists it.
struct ServerCaseInfo {
    QString name;
    QString title;
    CaseRole role = CaseRole::Reader;
    int schemaVersion = 0;
};

// A case on a PostgreSQL server, open on one connection whose search_path is the case's schema, so that SQL shared
// with the file engine names tables without a schema.
class ServerCase {
public:
    // Makes the case's roles and schema and an empty case (meta: title, case_id, created_at, created_by). `load`, when
    // given, fills the tables before indexes and foreign keys are built (a bulk copy) and writes meta itself. The
    // creator becomes an owner and needs CREATEROLE and CREATE on the database. All or nothing.
    static Result<std::unique_ptr<ServerCase>> create(const CaseAddress &address, const QString &title,
                                                      const std::function<Status(PgConnection &)> &load = {});
    static Result<std::unique_ptr<ServerCase>> open(const CaseAddress &address);
    // The cases of the address's database that its user may open, by name.
    static Result<QList<ServerCaseInfo>> list(const CaseAddress &server);

    // Makes `dbUser` an analyst or a reader of this case (exactly one of the two). Owners only.
    Status grant(const QString &dbUser, CaseRole role);
    // Records a change in the audit log; the server stamps the user.
    Status audit(const QString &action, const QString &target, const QString &detail = {});

    // The error of a write the server refused for want of a right, said in one line with who was refused and what
    // they tried (`doing`: "change marks"); other errors as they are.
    Error refused(const Error &error, const QString &doing);

    PgConnection &connection() { return *m_connection; }
    const CaseAddress &address() const { return m_address; }
    CaseRole role() const { return m_role; }
    QString title();

private:
    ServerCase() = default;
    static Result<std::unique_ptr<PgConnection>> connect(const CaseAddress &address);

    std::unique_ptr<PgConnection> m_connection;
    CaseAddress m_address;
    CaseRole m_role = CaseRole::Reader;
};

} // namespace caravan
