#include "models/report/ReportBuilderSupport.h"

#include "models/storage/Sqlite.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace caravan {

QString tr(const char *text, const char *disambiguation, int n)
{
    const QString t = QCoreApplication::translate("caravan::ReportBuilder", text, disambiguation, n);
    // lupdate files the strings of this file's free functions (section titles, mark statuses) under "caravan".
    return t == QLatin1String(text) ? QCoreApplication::translate("caravan", text, disambiguation, n) : t;
}

QString sectionTitle(ReportSectionId id)
{
    switch (id) {
    case ReportSectionId::Summary:
        return tr("Summary");
    case ReportSectionId::Chains:
        return tr("Chains");
    case ReportSectionId::Ownership:
        return tr("Ownership");
    case ReportSectionId::Charts:
        return tr("Charts");
    case ReportSectionId::Anomalies:
        return tr("Trade anomalies");
    case ReportSectionId::Notes:
        return tr("Investigator's notes");
    case ReportSectionId::Sources:
        return tr("Appendix A: Sources");
    case ReportSectionId::Audit:
        return tr("Appendix B: Audit trail");
    }
    return {};
}

QString number(double v, int decimals)
{
    if (std::isnan(v))
        return QStringLiteral("—");
    return QLocale().toString(v, 'f', decimals);
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

int statusRank(const QString &status)
{
    if (status == u"confirmed")
        return 0;
    if (status == u"suspected")
        return 1;
    if (status.isEmpty())
        return 2;
    return 3;
}

QString statusText(const QString &status)
{
    if (status == u"confirmed")
        return tr("confirmed");
    if (status == u"suspected")
        return tr("suspected");
    if (status == u"dismissed")
        return tr("dismissed");
    return tr("not reviewed");
}

QString isoTime(const QString &stored)
{
    // Stored times are ISO 8601; shown to the minute, in UTC as stored.
    QString t = stored;
    t.replace(u'T', u' ');
    return t.left(16);
}

Result<MarkedRefs> readMarkedRefs(sqlite3 *db)
{
    MarkedRefs refs;
    SqliteStatement st(db, "SELECT target_kind, target_ref, status FROM marks "
                           "WHERE target_kind IN ('entity', 'chain')");
    while (st.step()) {
        if (st.text(0) == u"chain")
            refs.chainStatus.insert(st.text(1), st.text(2));
        else if (statusRank(st.text(2)) <= 1)
            refs.entities.insert(st.text(1));
    }
    if (st.failed())
        return makeError(ErrorCode::Database, QStringLiteral("reading the marks failed"));
    return refs;
}

Error dbError(sqlite3 *db, const QString &what)
{
    return makeError(ErrorCode::Database, QStringLiteral("%1: %2").arg(what, sqliteError(db)));
}

} // namespace caravan
