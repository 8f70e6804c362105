#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace caravan {

// Why a column of a file was taken for a field: for the import wizard and `import --show-mapping`.
struct HeaderMatch {
    enum class Reason {
        Name,            // the header is a known name of the field ("Вес нетто, кг": "вес нетто")
        Box,             // the header names the field's box of the EAEU declaration ("Графа 38")
        NameAndBox,      // both
        Contains,        // the header contains a known name of the field ("Код страны назначения")
        PartyCode,       // an identifier column of a party, preferred to its name column
        DeclarationDate, // no date column: the registration date inside the declaration number
    };
    QString field;  // a field of the kind, or a mapping-only one (item_number, exporter_name, importer_name)
    QString column; // the header as written
    Reason reason = Reason::Name;
    QString name; // the known name that matched, as a reader would write it ("вес нетто")
    int box = 0;  // the declaration box the header names, 0 if none
    int score = 0;
};

// Reads the headers of real extracts: case, punctuation, brackets, units and numbering set aside
// ("38 Вес нетто (кг)", "Гр.33", "Графа 31", "Отправитель (код)", "№ ДТ"), in Russian, Kazakh and English,
// with the box numbers of the EAEU goods declaration (2 sender, 8 consignee, 15 dispatch, 16 origin,
// 17 destination, 22 currency, 31 description, 32 item number, 33 commodity code, 38 net weight,
// 41 supplementary quantity, 42 invoice value).
class HeaderMatcher {
public:
    // What one header says.
    struct Parsed {
        QString full; // letters and digits of the whole header, lower-case, numbering removed
        QString main; // the same without brackets and what follows a comma ("вес нетто, кг" -> "веснетто")
        QString bare; // `main` without identifier words ("код отправителя" -> "отправителя")
        int box = 0;  // the declaration box named ("Графа 38", "Гр.33", "38 Вес нетто"), 0 if none
        bool code = false;      // names an identifier ("(код)", "ИНН", "БИН", "ID", "code")
        bool rowNumber = false; // a running number ("№ п/п", "No.", "#"): never a field
    };
    static Parsed parse(const QString &header);

    // The columns a header gives the fields of `kind` (entities, links, shipments, sanctions): each field at
    // most one column, each column at most one field, best matches first. For shipments, when a party has both
    // an identifier and a name column, the identifier becomes the party reference (exporter, importer) and the
    // name goes to exporter_name / importer_name.
    static QList<HeaderMatch> match(const QStringList &header, const QString &kind);

    // One line in English: "'Вес нетто, кг' is net weight ('вес нетто')", for the command line.
    static QString describe(const HeaderMatch &match);
};

} // namespace caravan
