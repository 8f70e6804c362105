#pragma once

#include "../../support/CaseBuilder.h"
#include "models/domain/Entity.h"
#include "models/resolution/Matcher.h"
#include "models/storage/CaseFile.h"
#include "models/storage/Sqlite.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

// Helpers for the resolution tests: a small CSV reader for the hand-made labelled pairs, and readers for the few
// records of ../shared/data the tests need (FtM entities, OFAC SDN rows), written into a case with CaseBuilder.
namespace caravan::test::resolution {

// RFC 4180 rows of a UTF-8 (or Latin-1, with `latin1`) file; the header row included.
inline QList<QStringList> readCsv(const QString &path, bool latin1 = false)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QString text = latin1 ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
        } else if (c == u'\n') {
            row.append(cell);
            cell.clear();
            rows.append(row);
            row.clear();
        } else if (c != u'\r' && c != QChar(0x1a)) {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

// One side of a labelled pair, or an entity read from shared data.
struct Side {
    QString extId;
    QString type = QStringLiteral("Company");
    QString name;
    QStringList aliases;
    QString country;
    QList<Identifier> ids;
    QString date;
    QString address;
};

inline QList<Identifier> parseIds(const QString &cell)
{
    QList<Identifier> out;
    for (const QString &part : cell.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(u':');
        if (colon > 0)
            out.append({part.left(colon).trimmed(), part.mid(colon + 1).trimmed()});
    }
    return out;
}

// Writes the entities (designated when `list` is given); returns their row ids.
inline QList<qint64> addSides(CaseFile &file, const QList<Side> &sides, const QString &list = {})
{
    QList<qint64> ids;
    {
        CaseBuilder b(file);
        for (const Side &s : sides) {
            const qint64 id = s.type == QLatin1String("Person") ? b.person(s.extId, s.name, s.country)
                                                                : b.company(s.extId, s.name, s.country);
            for (const QString &alias : s.aliases)
                b.alias(id, alias);
            for (const Identifier &i : s.ids)
                b.identifier(id, i.scheme, i.value);
            if (!s.address.isEmpty())
                b.address(id, s.address, s.country);
            if (!list.isEmpty())
                b.designate(id, list, QStringLiteral("TEST"));
            ids.append(id);
        }
        b.commit();
    }
    // `date` may list several dates (1975-02-01;1975-01-02): the first is birth_date, all go to entity_dates.
    SqliteStatement date(file.handle(), "UPDATE entities SET birth_date = ?, type = ? WHERE id = ?");
    SqliteStatement more(file.handle(), "INSERT INTO entity_dates(entity_id, date) VALUES(?, ?)");
    for (qsizetype i = 0; i < sides.size(); ++i) {
        const QStringList dates = sides[i].date.split(u';', Qt::SkipEmptyParts);
        date.bind(1, dates.value(0));
        date.bind(2, sides[i].type);
        date.bind(3, ids[i]);
        REQUIRE(date.execute());
        for (const QString &d : dates) {
            more.bind(1, ids[i]);
            more.bind(2, d);
            REQUIRE(more.execute());
        }
    }
    return ids;
}

// FtM persons and companies of a .ftm.jsonl file: names in every language, ru-inn/ru-ogrn, birth or incorporation
// date, country, and the OFAC ent_nums their sourceUrls cite (the labels of the cross-source test).
struct FtmEntity {
    Side side;
    QStringList ofacIds;
};

inline QList<FtmEntity> readFtm(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QList<FtmEntity> out;
    static const QRegularExpression ofac(QStringLiteral("ofac\\.treas\\.gov/Details\\.aspx\\?id=(\\d+)"));
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        const QString schema = o.value(QStringLiteral("schema")).toString();
        if (schema != QLatin1String("Person") && schema != QLatin1String("Company"))
            continue;
        const QJsonObject p = o.value(QStringLiteral("properties")).toObject();
        const auto values = [&p](const char *key) {
            QStringList v;
            for (const QJsonValue &x : p.value(QLatin1String(key)).toArray())
                v.append(x.toString());
            return v;
        };
        FtmEntity e;
        e.side.extId = o.value(QStringLiteral("id")).toString();
        e.side.type = schema;
        const QStringList names = values("name") + values("alias");
        e.side.name = o.value(QStringLiteral("caption")).toString();
        e.side.aliases = names;
        e.side.country = values("country").value(0).toUpper();
        for (const QString &inn : values("innCode"))
            e.side.ids.append({QStringLiteral("ru-inn"), inn});
        for (const QString &ogrn : values("ogrnCode"))
            e.side.ids.append({QStringLiteral("ru-ogrn"), ogrn});
        e.side.date = (values("birthDate") + values("incorporationDate")).value(0);
        for (const QString &url : values("sourceUrl"))
            if (const auto m = ofac.match(url); m.hasMatch())
                e.ofacIds.append(m.captured(1));
        out.append(e);
    }
    return out;
}

// OFAC SDN rows (sdn.csv: no header, "-0- " for nothing, Latin-1): name, a.k.a. aliases, Russian tax ids and
// registration numbers, date of birth, as ofac-<ent_num>.
inline QList<Side> readOfacSdn(const QString &path)
{
    static const QRegularExpression aka(QStringLiteral("a\\.k\\.a\\. '([^']+)'"));
    static const QRegularExpression inn(QStringLiteral("Tax ID No\\. (\\d+) \\(Russia\\)"));
    static const QRegularExpression ogrn(QStringLiteral("Registration Number (\\d+) \\(Russia\\)"));
    static const QRegularExpression dob(QStringLiteral("DOB (\\d{2}) (\\w{3}) (\\d{4})"));
    QList<Side> out;
    for (const QStringList &row : readCsv(path, true)) {
        if (row.size() < 12)
            continue;
        const auto field = [&row](int i) {
            const QString v = row[i].trimmed();
            return v == QLatin1String("-0-") ? QString() : v;
        };
        Side s;
        s.extId = QStringLiteral("ofac-") + field(0);
        const QString kind = field(2);
        s.type = kind == QLatin1String("individual") ? QStringLiteral("Person")
                 : kind == QLatin1String("vessel")   ? QStringLiteral("Vessel")
                                                     : QStringLiteral("Company");
        s.name = field(1);
        const QString remarks = field(11);
        for (auto it = aka.globalMatch(remarks); it.hasNext();)
            s.aliases.append(it.next().captured(1));
        for (auto it = inn.globalMatch(remarks); it.hasNext();)
            s.ids.append({QStringLiteral("ru-inn"), it.next().captured(1)});
        for (auto it = ogrn.globalMatch(remarks); it.hasNext();)
            s.ids.append({QStringLiteral("ru-ogrn"), it.next().captured(1)});
        if (const auto m = dob.match(remarks); m.hasMatch()) {
            const QDate d = QLocale::c().toDate(m.captured(1) + u' ' + m.captured(2) + u' ' + m.captured(3),
                                                QStringLiteral("dd MMM yyyy"));
            if (d.isValid())
                s.date = d.toString(Qt::ISODate);
        }
        out.append(s);
    }
    return out;
}

// Precision and recall of `predicted` pairs against `truth`, printed under `label`.
struct Quality {
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    double precision() const
    {
        return truePositives + falsePositives == 0 ? 1.0 : double(truePositives) / (truePositives + falsePositives);
    }
    double recall() const
    {
        return truePositives + falseNegatives == 0 ? 1.0 : double(truePositives) / (truePositives + falseNegatives);
    }
    Quality &operator+=(const Quality &o)
    {
        truePositives += o.truePositives;
        falsePositives += o.falsePositives;
        falseNegatives += o.falseNegatives;
        return *this;
    }
};

// `predicted` maps each pair found to its score and reasons.
inline Quality compare(const QHash<QString, QString> &predicted, const QSet<QString> &truth, const QString &label)
{
    Quality q;
    for (auto it = predicted.begin(); it != predicted.end(); ++it) {
        if (truth.contains(it.key())) {
            ++q.truePositives;
        } else {
            ++q.falsePositives;
            WARN(label.toStdString() << ": false positive " << it.key().toStdString() << ": "
                                     << it.value().toStdString());
        }
    }
    for (const QString &t : truth)
        if (!predicted.contains(t)) {
            ++q.falseNegatives;
            WARN(label.toStdString() << ": missed " << t.toStdString());
        }
    WARN(label.toStdString() << ": precision " << q.precision() << ", recall " << q.recall() << " (" << q.truePositives
                             << " found, " << q.falsePositives << " wrong, " << q.falseNegatives << " missed)");
    return q;
}

// Whether one of the score's reasons contains `text`; lists them all when none does.
inline bool hasReason(const MatchScore &s, const QString &text)
{
    for (const QString &r : s.reasons)
        if (r.contains(text))
            return true;
    INFO("reasons: " << s.reasons.join(QStringLiteral(" | ")).toStdString());
    return false;
}

} // namespace caravan::test::resolution
