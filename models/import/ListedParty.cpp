#include "models/import/ListedParty.h"

#include "models/storage/Sqlite.h"

#include <QRegularExpression>

namespace caravan {

QString ListedParty::typeOfName(const QString &name)
{
    static const QRegularExpression company(
        QStringLiteral(
            "\\b(LTD|LIMITED|INC|LLC|L\\.L\\.C|CORP|CORPORATION|CO|COMPANY|GMBH|AG|SA|S\\.A|SRL|BV|B\\.V|"
            "PLC|LLP|JSC|OOO|ZAO|OAO|PJSC|FZE|FZCO|TRADING|INDUSTRIES|INDUSTRY|INTERNATIONAL|ENTERPRISES?|"
            "GROUP|HOLDINGS?|TECHNOLOG(Y|IES)|ELECTRONICS|SYSTEMS|SERVICES|AVIATION|AIRLINES?|INSTITUTE|"
            "UNIVERSITY|ACADEMY|BANK|IMPORT|EXPORT|LOGISTICS|SHIPPING|CENTER|CENTRE|FACTORY|PLANT|"
            "TECHNIK|GESELLSCHAFT|ASSOCIATES|PARTNERS|LABORATOR(Y|IES)|DEPARTMENT|BUREAU|MINISTRY|REGIMENT)\\b\\.?"),
        QRegularExpression::CaseInsensitiveOption);
    return company.match(name).hasMatch() ? QStringLiteral("Company") : QStringLiteral("Person");
}

QString ListedParty::slug(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out.append(u'-');
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

namespace {

bool designated(sqlite3 *db, qint64 entity, const DesignationRecord &d, qint64 source)
{
    SqliteStatement st(db,
                       "SELECT 1 FROM designations WHERE entity_id = ? AND list = ? AND "
                       "coalesce(program, '') = coalesce(?, '') AND coalesce(listed_date, '') = coalesce(?, '') AND "
                       "source_id = ?");
    st.bind(1, entity);
    st.bind(2, d.list);
    st.bind(3, d.program);
    st.bind(4, d.listedDate);
    st.bind(5, source);
    return st.step();
}

} // namespace

RowOutcome ListedParty::store(ImportContext &context, const Provenance &from) const
{
    if (name.isEmpty())
        return RowOutcome::rejected(QStringLiteral("the name is empty"));
    EntityRecord e;
    e.extId = extId;
    e.type = type.isEmpty() ? typeOfName(name) : type;
    e.name = name;
    e.country = country;
    e.birthDate = birthDate;
    CaseWriter &w = context.writer();
    auto entity = w.addEntity(e, from);
    if (!entity)
        return RowOutcome::failed(entity.error());
    context.rememberEntity(extId, *entity);

    const QStringList designationPrograms = programs.isEmpty() ? QStringList{QString()} : programs;
    for (const QString &program : designationPrograms) {
        DesignationRecord d;
        d.extId = extId;
        d.entity = *entity;
        d.list = list;
        d.program = program;
        d.listedDate = listedDate;
        d.endDate = endDate;
        if (designated(context.database(), *entity, d, from.source))
            continue;
        if (auto added = w.addDesignation(d, from); !added)
            return RowOutcome::failed(added.error());
    }
    for (const QString &alias : aliases)
        if (!alias.isEmpty() && alias != name)
            if (auto st = w.addName(*entity, alias, QStringLiteral("alias"), from); !st)
                return RowOutcome::failed(st.error());
    for (const Address &a : addresses)
        if (!a.text.isEmpty())
            if (auto st = w.addAddress(*entity, a.text, a.country, from); !st)
                return RowOutcome::failed(st.error());
    for (const auto &[scheme, value] : identifiers)
        if (auto st = w.addIdentifier(*entity, scheme, value, from); !st)
            return RowOutcome::failed(st.error());
    for (const auto &[key, value] : properties)
        if (!value.isEmpty())
            if (auto st = w.addProperty(*entity, key, value, from); !st)
                return RowOutcome::failed(st.error());
    return RowOutcome::imported();
}

} // namespace caravan
