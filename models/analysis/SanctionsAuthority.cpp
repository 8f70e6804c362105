#include "models/analysis/SanctionsAuthority.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace caravan {

namespace {

// Lower case, accents dropped, every dash a hyphen, "&" as "and", runs of spaces and punctuation as one
// space: "Directorate‑General" (a non-breaking hyphen) and "Direction Générale du Trésor" read as written
// with plain letters.
QString folded(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    out.reserve(decomposed.size() + 2);
    out += u' ';
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'&') {
            if (!out.endsWith(u' '))
                out += u' ';
            out += QStringLiteral("and ");
            continue;
        }
        if (c.isLetterOrNumber() || c == u'-')
            out += c.toLower();
        else if (c.category() == QChar::Punctuation_Dash)
            out += u'-';
        else if (!out.endsWith(u' '))
            out += u' ';
    }
    if (!out.endsWith(u' '))
        out += u' ';
    return out;
}

bool hasAny(const QString &folded, std::initializer_list<const char *> needles)
{
    for (const char *n : needles)
        if (folded.contains(QLatin1String(n)))
            return true;
    return false;
}

// A whole word (or words) of the folded text: " ssi " matches "ssi" in " ofac ssi ", never "mississippi".
bool hasWord(const QString &folded, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (folded.contains(u' ' + QLatin1String(w) + u' '))
            return true;
    return false;
}

// OFAC's non-SDN programs and list codes (the Consolidated Sanctions List) and how the CSL names them.
bool isOfacNonSdnMarker(const QString &f)
{
    return hasAny(f, {"non-sdn", "non sdn", "sectoral sanctions", "consolidated sanctions", "menu-based",
                      "foreign sanctions evaders", "chinese military-industrial", "correspondent account",
                      "palestinian legislative council"}) ||
           hasWord(f, {"ssi", "ns-mbs", "nsmbs", "mbs", "capta", "ns-plc", "plc", "fse", "561", "561 list", "ns-isa",
                       "isa", "cmic", "ns-cmic", "ns-mbs list"});
}

ListClass make(ListAuthority a, const QString &label)
{
    return ListClass{a, label, defaultRules(a)};
}

// The Consolidated Screening List's own list codes ("US CSL SDN", "US CSL EL", ...).
ListClass classifyCslCode(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c == u"SDN")
        return make(ListAuthority::OfacSdn, QStringLiteral("OFAC SDN"));
    if (c == u"SSI" || c == u"FSE" || c == u"PLC" || c == u"CAP" || c == u"CAPTA" || c == u"CMIC" || c == u"MBS" ||
        c == u"NS-MBS" || c == u"561" || c == u"ISA" || c == u"NS-ISA")
        return make(ListAuthority::OfacNonSdn, QStringLiteral("OFAC non-SDN (%1)").arg(c));
    if (c == u"EL" || c == u"DPL" || c == u"UVL" || c == u"MEU")
        return make(ListAuthority::UsExportControl, QStringLiteral("BIS %1").arg(c));
    if (c == u"ISN" || c == u"DTC")
        return make(ListAuthority::UsOther, QStringLiteral("US State Department %1").arg(c));
    return make(ListAuthority::Unknown, QStringLiteral("US CSL %1").arg(c));
}

bool hasJapanese(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF))
            return true;
    }
    return false;
}

} // namespace

std::uint8_t defaultRules(ListAuthority authority)
{
    switch (authority) {
    case ListAuthority::OfacSdn:
        return listrule::kOfac;
    case ListAuthority::Eu:
    case ListAuthority::EuMemberState:
        return listrule::kEu;
    case ListAuthority::Uk:
        return listrule::kUk;
    case ListAuthority::Un:
        return listrule::kEu | listrule::kUk; // EU and UK law implement UN listings; OFAC's rule does not
    case ListAuthority::OfacNonSdn:
    case ListAuthority::UsExportControl:
    case ListAuthority::UsOther:
    case ListAuthority::UkNotSanction:
    case ListAuthority::OtherCountry:
    case ListAuthority::Unknown:
        break;
    }
    return listrule::kNone;
}

QString authorityName(ListAuthority authority)
{
    switch (authority) {
    case ListAuthority::OfacSdn:
        return QCoreApplication::translate("caravan::SanctionsAuthority", "OFAC SDN (blocking)");
    case ListAuthority::OfacNonSdn:
        return QCoreApplication::translate("caravan::SanctionsAuthority", "OFAC non-SDN (not blocking)");
    case ListAuthority::UsExportControl:
        return QCoreApplication::translate("caravan::SanctionsAuthority", "US export control (BIS, not blocking)");
    case ListAuthority::UsOther:
        return QCoreApplication::translate("caravan::SanctionsAuthority", "other US list (not blocking)");
    case ListAuthority::Eu:
        return QCoreApplication::translate("caravan::SanctionsAuthority", "EU");
    case ListAuthority::EuMemberState:
        return QCoreApplication::translate("caravan::SanctionsAuthority", "EU member state (EU sanctions)");
    case ListAuthority::Uk:
        return QCoreApplication::translate("caravan::SanctionsAuthority", "UK sanctions");
    case ListAuthority::UkNotSanction:
        return QCoreApplication::translate("caravan::SanctionsAuthority", "UK, not a sanction");
    case ListAuthority::Un:
        return QCoreApplication::translate("caravan::SanctionsAuthority", "UN Security Council");
    case ListAuthority::OtherCountry:
        return QCoreApplication::translate("caravan::SanctionsAuthority", "other country's sanctions");
    case ListAuthority::Unknown:
        break;
    }
    return QCoreApplication::translate("caravan::SanctionsAuthority", "unknown");
}

QString authorityKey(ListAuthority authority)
{
    switch (authority) {
    case ListAuthority::OfacSdn:
        return QStringLiteral("ofac_sdn");
    case ListAuthority::OfacNonSdn:
        return QStringLiteral("ofac_non_sdn");
    case ListAuthority::UsExportControl:
        return QStringLiteral("us_export_control");
    case ListAuthority::UsOther:
        return QStringLiteral("us_other");
    case ListAuthority::Eu:
        return QStringLiteral("eu");
    case ListAuthority::EuMemberState:
        return QStringLiteral("eu_member_state");
    case ListAuthority::Uk:
        return QStringLiteral("uk");
    case ListAuthority::UkNotSanction:
        return QStringLiteral("uk_not_sanction");
    case ListAuthority::Un:
        return QStringLiteral("un");
    case ListAuthority::OtherCountry:
        return QStringLiteral("other_country");
    case ListAuthority::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

ListClass classifyList(const QString &list, const QString &program)
{
    const QString f = folded(list);
    const QString p = folded(program);

    // The Consolidated Screening List merges many lists under one name; the reader keys them by code.
    if (f.startsWith(QLatin1String(" us csl ")))
        return classifyCslCode(list.trimmed().mid(7));

    // Registers that are no sanction, before "UK" and "HM" names catch them.
    if (hasAny(f, {"insolvency service", "disqualified director", "director disqualification",
                   "register of disqualifications"}))
        return make(ListAuthority::UkNotSanction, QStringLiteral("UK Insolvency Service"));

    // US export controls (the Commerce Department's Bureau of Industry and Security).
    if (hasAny(f, {"bureau of industry and security", "entity list", "denied persons", "unverified list",
                   "military end user", "military end-user"}) ||
        hasWord(f, {"bis", "us dpl", "dpl", "us bis"}))
        return make(ListAuthority::UsExportControl, QStringLiteral("BIS"));

    // OFAC: the SDN list blocks; its other lists do not. An SDN listing may carry a non-SDN program too
    // (an SDN that is also on the SSI list), so the list name decides first.
    const bool ofac = hasAny(f, {"office of foreign assets control", "specially designated nationals"}) ||
                      hasWord(f, {"ofac", "us ofac", "ofac sdn", "sdn"});
    if (ofac) {
        if (isOfacNonSdnMarker(f))
            return make(ListAuthority::OfacNonSdn, QStringLiteral("OFAC non-SDN"));
        if (hasWord(f, {"sdn"}) || hasAny(f, {"specially designated nationals"}))
            return make(ListAuthority::OfacSdn, QStringLiteral("OFAC SDN"));
        // "Office of Foreign Assets Control" or "OFAC" alone (FtM authorities; SAM.gov's reciprocal
        // exclusions of OFAC-listed parties): the SDN list, unless the program names a non-SDN list.
        if (!p.trimmed().isEmpty() && isOfacNonSdnMarker(p))
            return make(ListAuthority::OfacNonSdn, QStringLiteral("OFAC non-SDN"));
        return make(ListAuthority::OfacSdn, QStringLiteral("OFAC SDN"));
    }
    if (hasAny(f, {"state department", "department of state", "nonproliferation sanctions", "ddtc"}))
        return make(ListAuthority::UsOther, QStringLiteral("US State Department"));

    // The UN Security Council.
    if (hasAny(f, {"security council", "united nations"}) || hasWord(f, {"un", "un sc", "unsc", "un sc consolidated"}))
        return make(ListAuthority::Un, QStringLiteral("UN SC"));

    // The EU: the Council, the Commission (DG FISMA keeps the Financial Sanctions Files).
    if (hasAny(f, {"council of the european union", "european union", "european commission",
                   "directorate-general for "
                   "financial stability",
                   "financial sanctions files", "dg fisma"}) ||
        hasWord(f, {"eu", "eu fsf", "eu sanctions", "eu consolidated", "eu consolidated list", "ue"}))
        return make(ListAuthority::Eu, QStringLiteral("EU"));
    // Member states' registers of EU asset freezes.
    if (hasAny(f, {"direction generale du tresor", "dg tresor", "gels des avoirs"}))
        return make(ListAuthority::EuMemberState, QStringLiteral("EU (France, DG Tresor)"));
    if (hasAny(f, {"federal public service finance", "spf finances", "fod financien"}))
        return make(ListAuthority::EuMemberState, QStringLiteral("EU (Belgium, FPS Finance)"));
    if (hasAny(f, {"deutsche bundesbank"}))
        return make(ListAuthority::EuMemberState, QStringLiteral("EU (Germany, Bundesbank)"));

    // The UK: OFSI (HM Treasury) and the FCDO's UK Sanctions List.
    if (hasAny(f, {"office of financial sanctions implementation", "hm treasury", "her majesty s treasury",
                   "his majesty s treasury", "foreign commonwealth and development office", "uk sanctions list"}) ||
        hasWord(f, {"uk", "ofsi", "fcdo", "hmt", "uk hmt", "uk ofsi", "uk fcdo", "gb hmt"}))
        return make(ListAuthority::Uk, QStringLiteral("UK"));

    // Other countries' sanctions: known, and feeding none of the three rules.
    if (hasAny(f, {"state secretariat for economic affairs"}) || hasWord(f, {"seco", "ch seco"}))
        return make(ListAuthority::OtherCountry, QStringLiteral("Switzerland (SECO)"));
    if (hasAny(f, {"ministry of economy trade and industry"}) || hasWord(f, {"meti"}))
        return make(ListAuthority::OtherCountry, QStringLiteral("Japan (METI)"));
    if (hasAny(f, {"ministry of finance"}) && hasJapanese(program))
        return make(ListAuthority::OtherCountry, QStringLiteral("Japan (Ministry of Finance)"));
    if (hasAny(f, {"japan"}))
        return make(ListAuthority::OtherCountry, QStringLiteral("Japan"));
    if (hasAny(f, {"global affairs canada", "special economic measures"}) || hasWord(f, {"canada", "ca sema"}))
        return make(ListAuthority::OtherCountry, QStringLiteral("Canada"));
    if (hasAny(f, {"department of foreign affairs and trade", "dfat"}))
        return make(ListAuthority::OtherCountry, QStringLiteral("Australia (DFAT)"));
    if (hasAny(f, {"ministry of foreign affairs and trade", "mfat"}))
        return make(ListAuthority::OtherCountry, QStringLiteral("New Zealand (MFAT)"));
    if (hasAny(f, {"monaco"}))
        return make(ListAuthority::OtherCountry, QStringLiteral("Monaco"));
    static const QString ukraine = folded(QStringLiteral("України")).trimmed();
    static const QString nsdc = folded(QStringLiteral("РНБО")).trimmed();
    if (hasAny(f,
               {"national security and defense council", "national security and defence council", "nsdc", "ukraine"}) ||
        f.contains(ukraine) || f.contains(nsdc))
        return make(ListAuthority::OtherCountry, QStringLiteral("Ukraine"));
    // A ministry of finance that names no country: known to be some country's sanctions, but not which.
    if (hasAny(f, {"ministry of finance"}))
        return make(ListAuthority::OtherCountry, QStringLiteral("a ministry of finance (country not named)"));
    return make(ListAuthority::Unknown, list.trimmed());
}

} // namespace caravan
