#include "models/resolution/MatchRecord.h"

#include "models/resolution/Normaliser.h"

#include <QSet>

namespace caravan {

MatchRecord prepareMatchRecord(const Entity &entity, const QString &date)
{
    MatchRecord r;
    r.rowId = entity.rowId;
    r.extId = entity.extId;
    r.type = entity.type;
    r.country = entity.country.toUpper();
    r.date = !date.isEmpty()            ? date
             : entity.incorporationDate ? entity.incorporationDate->toString(Qt::ISODate)
                                        : QString();
    r.identifiers = entity.identifiers;
    for (Identifier &id : r.identifiers) {
        id.scheme = id.scheme.trimmed().toLower();
        id.value = id.value.simplified().remove(QLatin1Char(' ')).toUpper();
    }
    const bool person = entity.type == EntityType::Person;
    QSet<QString> seen;
    QStringList all{entity.name};
    all += entity.aliases;
    for (const QString &spelling : all) {
        const NormalisedName n = normaliser::name(spelling);
        if (n.tokens.isEmpty())
            continue;
        MatchName m;
        m.display = spelling;
        m.latin = n.tokens;
        m.legalForm = n.legalForm;
        for (const QString &t : n.tokens) {
            m.skeletons.append(normaliser::skeleton(t));
            m.patronymic.append(person && normaliser::isPatronymic(t));
            m.joined += m.skeletons.back();
        }
        // Token order never matters: the same set spelt the same way is one name.
        QStringList key = m.skeletons;
        key.sort();
        const QString dedupe = key.join(QLatin1Char(' ')) + QLatin1Char('|') + m.legalForm;
        if (seen.contains(dedupe))
            continue;
        seen.insert(dedupe);
        r.names.append(std::move(m));
    }
    for (const QString &address : entity.addresses) {
        QStringList tokens = normaliser::addressTokens(address);
        if (!tokens.isEmpty())
            r.addresses.append(tokens);
    }
    return r;
}

} // namespace caravan
