#pragma once

#include "models/storage/CaseWriter.h"

#include <QString>

#include <memory>

namespace caravan {
class CaseFile;
}

namespace caravan::test {

// Builds small cases in a few lines for tests: every fact gets a provenance in a "builder" source.
class CaseBuilder {
public:
    explicit CaseBuilder(CaseFile &file);
    ~CaseBuilder();

    qint64 company(const QString &extId, const QString &name, const QString &country = {});
    qint64 person(const QString &extId, const QString &name, const QString &country = {});
    void alias(qint64 entity, const QString &name);
    void identifier(qint64 entity, const QString &scheme, const QString &value);
    void address(qint64 entity, const QString &address, const QString &country = {});
    // Sets an entity's incorporation (or birth) date.
    void incorporated(qint64 entity, const QString &date);
    qint64 owns(qint64 owner, qint64 asset, const QString &share, const QString &start = {}, const QString &end = {});
    qint64 link(const QString &type, qint64 from, qint64 to);
    qint64 designate(qint64 entity, const QString &list, const QString &program, const QString &date = {});
    qint64 shipment(const QString &extId, const QString &date, qint64 exporter, qint64 importer, const QString &hs,
                    double quantity, double value, const QString &origin, const QString &destination,
                    const QString &currency = QStringLiteral("USD"));
    // Writes everything so far (one transaction).
    void commit();

private:
    Provenance next();
    CaseFile &m_file;
    std::unique_ptr<CaseWriter> m_writer;
    qint64 m_source = 0;
    qint64 m_row = 0;
    bool m_open = false;
};

} // namespace caravan::test
