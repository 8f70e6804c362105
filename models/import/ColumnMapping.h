#pragma once

#include "models/core/Result.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace caravan {

// How the columns of somebody else's CSV become Caravan CSV fields (DOMAIN.md): which column feeds which
// field, constant values for fields the file lacks, and how the file writes dates, decimals and lists.
// Saved as JSON so a mapping can be reused for the next file of the same layout.
struct ColumnMapping {
    QString kind;                      // entities, links, shipments, sanctions
    QHash<QString, QString> columns;   // field -> source column (as in the header, case-insensitive)
    QHash<QString, QString> constants; // field -> value used for every row
    QString dateFormat;                // Qt date format such as "dd.MM.yyyy"; empty: ISO or common forms
    QChar decimalSeparator = u'.';
    QChar listSeparator = u';';
    QString encoding;          // empty: detect
    bool createParties = true; // shipments: a party not in the case becomes a company named as written

    QJsonObject toJson() const;
    static Result<ColumnMapping> fromJson(const QJsonObject &json);
    Status save(const QString &path) const;
    // Writes a JSON object to `path` whole or not at all (a mapping, or a proposal that holds one).
    static Status saveJson(const QJsonObject &json, const QString &path);
    static Result<ColumnMapping> load(const QString &path);

    // A first mapping for a header (HeaderMatcher: names in Russian, Kazakh and English, EAEU declaration
    // boxes, numbering and units in headers). Dates, decimals and lists are MappingProposal's, from the values.
    static ColumnMapping propose(const QStringList &header, const QString &kind);
    // Fields a mapping may fill that are not Caravan CSV columns. Shipments: item_number (the id becomes
    // "DECLARATION/ITEM", as EAEU declarations cite a goods item), exporter_name and importer_name (when the
    // party's column holds its code, the name of a party created for it, and its reference where the code is
    // empty).
    static QStringList extraFieldsOf(const QString &kind);
    // The mapping-only field that completes `field` (id: item_number, exporter: exporter_name, importer:
    // importer_name), or empty; and the value of `field` with it: "DECLARATION/ITEM", or the party's name where
    // its code is empty.
    static QString extraFieldOf(const QString &field);
    static QByteArray withExtra(const QString &field, const QByteArray &converted, const QByteArray &extra);
    // The registration date inside an EAEU declaration number ("10702010/150323/0012345": 15 March 2023), or an
    // invalid date. A date field mapped onto the declaration number reads it so.
    static QDate dateOfDeclaration(const QString &number);
    // The kind a header most likely holds, judged by how many fields propose() can fill.
    static QString likelyKind(const QStringList &header);

    // Problems that stop an import: unknown kind or fields, required fields with neither column nor constant,
    // columns that are not in the header.
    QStringList problems(const QStringList &header) const;

    // The Caravan CSV text of `field` from the raw cell (dates to ISO, decimal commas, country names to
    // codes, lists to ';'); the constant when the field has no column. Unreadable values are returned as
    // they are, so that the row is rejected with the reason.
    QString convert(const QString &field, const QString &raw) const;
    // Why a converted value would be rejected (not a date, not a number, not a country code...), or empty.
    static QString checkValue(const QString &field, const QString &converted);
};

} // namespace caravan
