#include "models/storage/ServerCase.h"

#include "models/storage/CaseFile.h"
#include "models/storage/Schema.h"
#include "models/storage/ServerSchema.h"

#include <QDateTime>
#include <QUuid>

namespace caravan {

QString caseRoleName(CaseRole role)
{
    switch (role) {
    case CaseRole::Owner:
        return QStringLiteral("owner");
    case CaseRole::Analyst:
        return QStringLiteral("analyst");
    case CaseRole::Reader:
        return QStringLiteral("reader");
    }
    return {};
}

std::optional<CaseRole> caseRoleFromName(const QString &name)
{
    for (CaseRole r : {CaseRole::Owner, CaseRole::Analyst, CaseRole::Reader})
        if (caseRoleName(r) == name)
            return r;
    return std::nullopt;
}

namespace {

QString quoted(const QString &name)
{
    return PgConnection::quoteIdentifier(name);
}

Status runAll(PgConnection &pg, const QStringList &statements, const QString &what)
{
    for (const QString &sql : statements)
        if (auto st = pg.execute(sql); !st)
            return makeError(ErrorCode::Database, what + QStringLiteral(": ") + st.error().message);
    return {};
}

// The role of the connection's user in the case whose roles `address` names.
Result<CaseRole> roleIn(PgConnection &pg, const CaseAddress &address)
{
    auto r = pg.query(QStringLiteral("SELECT pg_has_role(current_user, $1, 'MEMBER'), "
                                     "pg_has_role(current_user, $2, 'MEMBER')"),
                      {address.ownerRole(), address.analystRole()});
    if (!r)
        return r.error();
    return r->boolean(0, 0) ? CaseRole::Owner : r->boolean(0, 1) ? CaseRole::Analyst : CaseRole::Reader;
}

} // namespace

Result<std::unique_ptr<PgConnection>> ServerCase::connect(const CaseAddress &address)
{
    return PgConnection::open(address.connectionUri(), address.password());
}

Result<std::unique_ptr<ServerCase>> ServerCase::create(const CaseAddress &address, const QString &title,
                                                       const std::function<Status(PgConnection &)> &load)
{
    auto connection = connect(address);
    if (!connection)
        return connection.error();
    PgConnection &pg = **connection;
    const QString name = address.caseName();
    {
        auto exists = pg.query(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = $1"), {name});
        if (!exists)
            return exists.error();
        if (exists->rows() > 0)
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("the case %1 already exists on this server; choose another name").arg(name));
        auto roles = pg.query(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname IN ($1, $2, $3)"),
                              {address.ownerRole(), address.analystRole(), address.readerRole()});
        if (!roles)
            return roles.error();
        if (roles->rows() > 0)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the role %1 already exists on this server (a case named %2 in another "
                                            "database?); choose another name")
                                 .arg(roles->text(0, 0), name));
    }
    auto ddl = serverschema::caseDdl(address);
    if (!ddl)
        return ddl.error();

    PgTransaction tx(pg);
    if (!tx.isActive())
        return tx.error();
    const QString owner = quoted(address.ownerRole());
    const QString analyst = quoted(address.analystRole());
    const QString reader = quoted(address.readerRole());
    const QStringList roles{
        QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(owner),
        QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(analyst),
        QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(reader),
        QStringLiteral("GRANT %1 TO CURRENT_USER WITH ADMIN OPTION").arg(owner),
        // Owners grant the two roles; analysts read what readers read.
        QStringLiteral("GRANT %1, %2 TO %3 WITH ADMIN OPTION").arg(analyst, reader, owner),
        QStringLiteral("GRANT %1 TO %2").arg(reader, analyst),
        QStringLiteral("CREATE SCHEMA %1 AUTHORIZATION %2").arg(quoted(name), owner),
        QStringLiteral("COMMENT ON SCHEMA %1 IS %2")
            .arg(quoted(name), PgConnection::quoteLiteral(serverschema::schemaComment())),
        QStringLiteral("SET LOCAL ROLE %1").arg(owner),
        QStringLiteral("SET LOCAL search_path TO %1").arg(quoted(name)),
    };
    if (auto st = runAll(pg, roles, QStringLiteral("cannot create the case's roles and schema")); !st) {
        if (pg.lastWasPermissionDenied())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1 may not create cases here (it needs CREATEROLE and CREATE on the "
                                            "database): %2")
                                 .arg(pg.user(), st.error().message));
        return st.error();
    }
    if (auto st = runAll(pg, ddl->tables, QStringLiteral("cannot create the case's tables")); !st)
        return st.error();
    if (load) {
        if (auto st = load(pg); !st)
            return st.error();
    } else {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        auto st = pg.execute(QStringLiteral("INSERT INTO meta(key, value) VALUES ('title', $1), ('case_id', $2), "
                                            "('created_at', $3), ('created_by', session_user), ('created_with', $4)"),
                             {title, QUuid::createUuid().toString(QUuid::WithoutBraces), now,
                              QStringLiteral("Caravan " CARAVAN_VERSION)});
        if (!st)
            return st.error();
    }
    // Index builds sort whole tables: room to sort a few million rows in memory instead of in temporary files.
    if (auto st = pg.execute(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'")); !st)
        return st.error();
    if (auto st = runAll(pg, ddl->primaryKeys, QStringLiteral("the copied rows repeat a row id")); !st)
        return st.error();
    if (auto st = runAll(pg, ddl->indexes, QStringLiteral("cannot build the case's indexes")); !st)
        return st.error();
    if (auto st = runAll(pg, ddl->foreignKeys, QStringLiteral("the copied rows break a reference")); !st)
        return st.error();
    if (auto st = runAll(pg, ddl->policy, QStringLiteral("cannot set the case's rights")); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();

    std::unique_ptr<ServerCase> c(new ServerCase);
    c->m_connection = connection.takeValue();
    c->m_address = address;
    c->m_role = CaseRole::Owner;
    if (auto st = c->m_connection->execute(QStringLiteral("SET search_path TO %1").arg(quoted(name))); !st)
        return st.error();
    return c;
}

Result<std::unique_ptr<ServerCase>> ServerCase::open(const CaseAddress &address)
{
    auto connection = connect(address);
    if (!connection)
        return connection.error();
    PgConnection &pg = **connection;
    auto found = pg.query(QStringLiteral("SELECT obj_description(oid, 'pg_namespace'), has_schema_privilege(oid, "
                                         "'USAGE'), current_database() FROM pg_namespace WHERE nspname = $1"),
                          {address.caseName()});
    if (!found)
        return found.error();
    if (found->rows() == 0)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("there is no case %1 on this server").arg(address.caseName()));
    const int version = serverschema::versionFromComment(found->text(0, 0));
    if (version < 0)
        return makeError(ErrorCode::NotACase,
                         QStringLiteral("the schema %1 is not a Caravan case").arg(address.caseName()));
    if (!found->boolean(0, 1))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 may not open the case %2; its owner can grant access (caravan-cli grant)")
                             .arg(pg.user(), address.caseName()));
    if (version > schema::kCurrentVersion)
        return makeError(ErrorCode::NewerSchema,
                         QStringLiteral("the case %1 was made by a newer Caravan (schema %2); update Caravan")
                             .arg(address.caseName())
                             .arg(version));
    if (version < schema::kCurrentVersion)
        return makeError(ErrorCode::NewerSchema,
                         QStringLiteral("the case %1 has the older schema %2; this Caravan cannot upgrade server cases "
                                        "yet")
                             .arg(address.caseName())
                             .arg(version));
    if (auto st = pg.execute(QStringLiteral("SET search_path TO %1").arg(quoted(address.caseName()))); !st)
        return st.error();
    auto role = roleIn(pg, address);
    if (!role)
        return role.error();
    std::unique_ptr<ServerCase> c(new ServerCase);
    c->m_connection = connection.takeValue();
    c->m_address = address;
    c->m_role = *role;
    return c;
}

Result<QList<ServerCaseInfo>> ServerCase::list(const CaseAddress &server)
{
    auto connection = connect(server);
    if (!connection)
        return connection.error();
    PgConnection &pg = **connection;
    auto r = pg.query(QStringLiteral("SELECT n.nspname, d.description FROM pg_namespace n JOIN pg_description d "
                                     "ON d.objoid = n.oid AND d.classoid = 'pg_namespace'::regclass "
                                     "WHERE d.description LIKE 'caravan case schema %' "
                                     "AND has_schema_privilege(n.oid, 'USAGE') ORDER BY n.nspname"));
    if (!r)
        return r.error();
    QList<ServerCaseInfo> cases;
    for (int i = 0; i < r->rows(); ++i) {
        ServerCaseInfo info;
        info.name = r->text(i, 0);
        info.schemaVersion = serverschema::versionFromComment(r->text(i, 1));
        if (info.schemaVersion < 0 || !CaseAddress::isValidCaseName(info.name))
            continue;
        auto address = CaseAddress::parse(server.connectionUri() + QStringLiteral("?case=") + info.name);
        if (!address)
            continue;
        auto role = roleIn(pg, *address);
        if (!role)
            return role.error();
        info.role = *role;
        auto title = pg.query(QStringLiteral("SELECT value FROM %1.meta WHERE key = 'title'").arg(quoted(info.name)));
        if (title && title->rows() > 0)
            info.title = title->text(0, 0);
        cases << info;
    }
    return cases;
}

Status ServerCase::grant(const QString &dbUser, CaseRole role)
{
    PgConnection &pg = *m_connection;
    if (role == CaseRole::Owner)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("grant makes a user an analyst or a reader"));
    if (m_role != CaseRole::Owner)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("only the owners of the case %1 may grant rights; %2 "
                                                                 "is not one")
                                                      .arg(m_address.caseName(), pg.user()));
    auto exists = pg.query(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {dbUser});
    if (!exists)
        return exists.error();
    if (exists->rows() == 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("there is no database user %1").arg(dbUser));
    const QString granted = quoted(role == CaseRole::Analyst ? m_address.analystRole() : m_address.readerRole());
    const QString other = quoted(role == CaseRole::Analyst ? m_address.readerRole() : m_address.analystRole());
    PgTransaction tx(pg);
    if (!tx.isActive())
        return tx.error();
    if (auto st = pg.execute(QStringLiteral("REVOKE %1 FROM %2").arg(other, quoted(dbUser))); !st)
        return st;
    if (auto st = pg.execute(QStringLiteral("GRANT %1 TO %2").arg(granted, quoted(dbUser))); !st)
        return st;
    if (auto st = audit(QStringLiteral("case.grant"), dbUser, caseRoleName(role)); !st)
        return st;
    return tx.commit();
}

Status ServerCase::audit(const QString &action, const QString &target, const QString &detail)
{
    return m_connection->execute(
        QStringLiteral("INSERT INTO audit_log(at, action, target, detail) VALUES ($1, $2, $3, $4)"),
        {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), action, target.isEmpty() ? QVariant() : target,
         detail.isEmpty() ? QVariant() : detail});
}

Error ServerCase::refused(const Error &error, const QString &doing)
{
    if (!m_connection->lastWasPermissionDenied())
        return error;
    const QString role = caseRoleName(m_role);
    const QString article = role.startsWith(u'a') || role.startsWith(u'o') ? QStringLiteral("an") : QStringLiteral("a");
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("the server refused: %1 is %2 %3 of the case %4 and may not %5 (%6)")
                         .arg(m_connection->user(), article, role, m_address.caseName(), doing, error.message));
}

QString ServerCase::title()
{
    auto r = m_connection->query(QStringLiteral("SELECT value FROM meta WHERE key = 'title'"));
    return r && r->rows() > 0 ? r->text(0, 0) : QString();
}

} // namespace caravan
