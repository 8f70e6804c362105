#include "models/report/ReportDocument.h"

namespace caravan {

namespace {
struct SectionKey {
    ReportSectionId id;
    const char *key;
};
constexpr SectionKey kKeys[] = {
    {ReportSectionId::Summary, "summary"},     {ReportSectionId::Chains, "chains"},
    {ReportSectionId::Ownership, "ownership"}, {ReportSectionId::Charts, "charts"},
    {ReportSectionId::Anomalies, "anomalies"}, {ReportSectionId::Notes, "notes"},
    {ReportSectionId::Sources, "sources"},     {ReportSectionId::Audit, "audit"},
};
} // namespace

QString reportSectionKey(ReportSectionId id)
{
    for (const SectionKey &k : kKeys)
        if (k.id == id)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<ReportSectionId> reportSectionFromKey(const QString &key)
{
    for (const SectionKey &k : kKeys)
        if (key.trimmed().compare(QLatin1String(k.key), Qt::CaseInsensitive) == 0)
            return k.id;
    return std::nullopt;
}

const QList<ReportSectionId> &allReportSections()
{
    static const QList<ReportSectionId> all = [] {
        QList<ReportSectionId> list;
        for (const SectionKey &k : kKeys)
            list << k.id;
        return list;
    }();
    return all;
}

} // namespace caravan
