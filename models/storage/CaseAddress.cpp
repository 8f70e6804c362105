#include "models/storage/CaseAddress.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <libpq-fe.h>

namespace caravan {

bool CaseAddress::isServerAddress(const QString &text)
{
    return text.startsWith(u"postgresql://") || text.startsWith(u"postgres://");
}

bool CaseAddress::isValidCaseName(const QString &name)
{
    // Role names (<case>_analyst) must stay under PostgreSQL's 63 bytes; lower case keeps identifiers unambiguous.
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_-]{0,39}$"));
    return pattern.match(name).hasMatch();
}

Result<CaseAddress> CaseAddress::parse(const QString &text, bool requireCase)
{
    if (!isServerAddress(text))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("a server case is named by postgresql://USER@HOST:PORT/DATABASE?case=NAME"));
    const qsizetype question = text.indexOf(u'?');
    const QString base = question < 0 ? text : text.left(question);
    QStringList kept;
    QString caseName;
    int caseParameters = 0;
    if (question >= 0) {
        for (const QString &pair : text.mid(question + 1).split(u'&', Qt::SkipEmptyParts)) {
            const QString key = QUrl::fromPercentEncoding(pair.section(u'=', 0, 0).toUtf8());
            if (key == u"case") {
                ++caseParameters;
                caseName = QUrl::fromPercentEncoding(pair.section(u'=', 1).toUtf8());
            } else {
                kept << pair;
            }
        }
    }
    if (caseParameters > 1)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the address names more than one case"));

    // The user-info part of the authority holds a password when it has a colon.
    const qsizetype authorityStart = base.indexOf(u"://") + 3;
    const qsizetype authorityEnd = base.indexOf(u'/', authorityStart);
    const QString authority = base.mid(authorityStart, authorityEnd < 0 ? -1 : authorityEnd - authorityStart);
    const qsizetype at = authority.lastIndexOf(u'@');
    const bool passwordInAddress = at >= 0 && authority.left(at).contains(u':');

    CaseAddress address;
    address.m_text = text;
    address.m_connectionUri = kept.isEmpty() ? base : base + u'?' + kept.join(u'&');

    char *parseError = nullptr;
    PQconninfoOption *options = PQconninfoParse(address.m_connectionUri.toUtf8().constData(), &parseError);
    if (!options) {
        QString why = parseError ? QString::fromUtf8(parseError).trimmed() : QStringLiteral("not a libpq address");
        PQfreemem(parseError);
        return makeError(ErrorCode::InvalidInput, QStringLiteral("bad server address: %1").arg(why));
    }
    bool passwordOption = false;
    for (PQconninfoOption *o = options; o->keyword; ++o)
        if (qstrcmp(o->keyword, "password") == 0 && o->val && *o->val)
            passwordOption = true;
    PQconninfoFree(options);
    if (passwordInAddress || passwordOption)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the address must not carry a password; give it in PGPASSWORD or ~/.pgpass"));

    if (caseParameters == 0) {
        if (requireCase)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the address names no case: add ?case=NAME (a server case is a schema)"));
    } else if (!isValidCaseName(caseName)) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("'%1' cannot name a case: use a lower-case letter, then up to 39 lower-case "
                                        "letters, digits, '-' or '_'")
                             .arg(caseName));
    }
    address.m_caseName = caseName;
    return address;
}

} // namespace caravan
