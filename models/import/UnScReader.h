#pragma once

#include "models/import/ImportReader.h"

namespace caravan {

// Reads the UN Security Council consolidated sanctions list (XML, CONSOLIDATED_LIST root), streamed
// record by record: individuals become Persons and entities Companies with the id un-<REFERENCE_NUMBER>,
// their aliases (Good/a.k.a. as aliases, Low as weak, f.k.a. as former), dates of birth, nationalities,
// addresses, documents, and one designation on the list "UN SC" under the committee's program.
class UnScReader final : public ImportReader {
public:
    QString format() const override { return QStringLiteral("un-sc"); }
    QString kind() const override { return QStringLiteral("sanctions-list"); }
    QString encoding() const override { return QStringLiteral("utf-8"); }
    QStringList files() const override { return {m_path}; }
    Status prepare(const QString &path, const ImportOptions &options) override;
    Status read(ImportContext &context) override;

    // Whether the first bytes of a file are the consolidated list's XML.
    static bool looksLikeUnList(const QByteArray &sample);

private:
    QString m_path;
};

} // namespace caravan
