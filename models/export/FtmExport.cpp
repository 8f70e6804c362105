#include "models/export/FtmExport.h"

#include "models/domain/Link.h"
#include "models/import/FtmSchema.h"
#include "models/storage/Sqlite.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace caravan {

namespace {

// Multi-valued FtM properties, built in order without duplicates.
class Properties {
public:
    void add(const QString &key, const QString &value)
    {
        if (value.isEmpty())
            return;
        QStringList &list = m_values[key];
        if (!list.contains(value))
            list.append(value);
    }
    bool has(const QString &key) const { return m_values.count(key) > 0; }
    bool has(const QString &key, const QString &value) const
    {
        const auto it = m_values.find(key);
        return it != m_values.end() && it->second.contains(value);
    }
    QJsonObject toJson() const
    {
        QJsonObject out;
        for (const auto &[key, list] : m_values)
            out.insert(key, QJsonArray::fromStringList(list));
        return out;
    }

private:
    std::map<QString, QStringList> m_values;
};

QString nameProperty(const QString &kind)
{
    if (kind == u"weak")
        return QStringLiteral("weakAlias");
    if (kind == u"former")
        return QStringLiteral("previousName");
    return QStringLiteral("alias");
}

QString countryProperty(const QString &type)
{
    if (type == u"Person")
        return QStringLiteral("nationality");
    if (type == u"Vessel")
        return QStringLiteral("flag");
    return QStringLiteral("jurisdiction");
}

QString dateProperty(const QString &type)
{
    if (type == u"Person")
        return QStringLiteral("birthDate");
    if (type == u"Vessel")
        return QStringLiteral("buildDate");
    return QStringLiteral("incorporationDate");
}

class FtmWriter {
public:
    FtmWriter(sqlite3 *db, QIODevice &out, Progress &progress) : m_db(db), m_out(out), m_progress(progress) {}

    Result<ExportSummary> run()
    {
        if (auto st = entities(); !st)
            return st.error();
        if (auto st = links(); !st)
            return st.error();
        if (auto st = sanctions(); !st)
            return st.error();
        return m_summary;
    }

private:
    Status write(const QJsonObject &object)
    {
        QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
        line.append('\n');
        if (m_out.write(line) != line.size())
            return makeError(ErrorCode::Io, QStringLiteral("cannot write the export: %1").arg(m_out.errorString()));
        if (m_progress.isCancelled())
            return makeError(ErrorCode::Cancelled, QStringLiteral("export cancelled"));
        return {};
    }

    static QJsonObject thing(const QString &id, const QString &schema, const Properties &props)
    {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("schema"), schema},
                           {QStringLiteral("properties"), props.toJson()}};
    }

    // The facts of every entity, grouped by entity id (one query per table, not per entity).
    template <typename Fn> void eachFact(const char *sql, Fn &&fn)
    {
        SqliteStatement st(m_db, sql);
        while (st.step())
            fn(st.int64(0), st.text(1), st.text(2));
    }

    Status entities()
    {
        struct Row {
            QString extId, type, name, country, birthDate;
            QStringList dates; // entity_dates: every birth or incorporation date the sources gave
            Properties props;
            QJsonArray datasets, referents;
            QList<std::pair<QString, QString>> addresses;
        };
        std::map<qint64, Row> rows;
        {
            SqliteStatement st(m_db, "SELECT id, ext_id, type, name, country, birth_date FROM entities "
                                     "WHERE merged_into IS NULL ORDER BY id");
            while (st.step()) {
                Row &r = rows[st.int64(0)];
                r.extId = st.text(1);
                r.type = st.text(2);
                r.name = st.text(3);
                r.country = st.text(4);
                r.birthDate = st.text(5);
                r.props.add(QStringLiteral("name"), r.name);
            }
        }
        auto row = [&](qint64 id) -> Row * {
            const auto it = rows.find(id);
            return it == rows.end() ? nullptr : &it->second;
        };
        // The primary name is the entity's name (written as "name" above).
        eachFact("SELECT entity_id, kind, name FROM entity_names WHERE kind <> 'primary' ORDER BY id",
                 [&](qint64 id, const QString &kind, const QString &name) {
                     if (Row *r = row(id))
                         r->props.add(nameProperty(kind), name);
                 });
        eachFact("SELECT entity_id, scheme, value FROM entity_identifiers ORDER BY id",
                 [&](qint64 id, const QString &scheme, const QString &value) {
                     if (Row *r = row(id))
                         r->props.add(ftm::propertyOfScheme(scheme), value);
                 });
        eachFact("SELECT entity_id, key, value FROM entity_properties ORDER BY id",
                 [&](qint64 id, const QString &key, const QString &value) {
                     Row *r = row(id);
                     if (!r)
                         return;
                     if (key == u"dataset")
                         r->datasets.append(value);
                     else if (key == u"referent")
                         r->referents.append(value);
                     else
                         r->props.add(key, value);
                 });
        eachFact("SELECT entity_id, date, '' FROM entity_dates ORDER BY id",
                 [&](qint64 id, const QString &date, const QString &) {
                     if (Row *r = row(id))
                         r->dates.append(date);
                 });
        eachFact("SELECT entity_id, address, country FROM entity_addresses ORDER BY id",
                 [&](qint64 id, const QString &address, const QString &country) {
                     if (Row *r = row(id))
                         r->addresses.append({address, country});
                 });

        for (auto &[id, r] : rows) {
            // Country and date where the kept properties do not already carry them.
            bool hasCountry = false;
            for (const char *key : {"country", "jurisdiction", "nationality", "flag"})
                hasCountry = hasCountry || r.props.has(QLatin1String(key));
            if (!hasCountry)
                r.props.add(countryProperty(r.type), r.country.toLower());
            // Every date the entity has, the first one first, unless a kept property already carries it.
            for (const QString &date : QStringList{r.birthDate} + r.dates) {
                bool kept = false;
                for (const char *key : {"birthDate", "incorporationDate", "buildDate"})
                    kept = kept || r.props.has(QLatin1String(key), date);
                if (!kept)
                    r.props.add(dateProperty(r.type), date);
            }
            for (const auto &[text, country] : r.addresses) {
                const QString addressId =
                    QStringLiteral("addr-") +
                    QString::fromLatin1(
                        QCryptographicHash::hash((r.extId + u'\n' + text).toUtf8(), QCryptographicHash::Sha1).toHex());
                Properties a;
                a.add(QStringLiteral("full"), text);
                a.add(QStringLiteral("country"), country.toLower());
                if (auto st = write(thing(addressId, QStringLiteral("Address"), a)); !st)
                    return st;
                ++m_summary.addresses;
                r.props.add(QStringLiteral("addressEntity"), addressId);
            }
            QJsonObject object = thing(r.extId, r.type, r.props);
            object.insert(QStringLiteral("caption"), r.name);
            if (!r.datasets.isEmpty())
                object.insert(QStringLiteral("datasets"), r.datasets);
            if (!r.referents.isEmpty())
                object.insert(QStringLiteral("referents"), r.referents);
            if (auto st = write(object); !st)
                return st;
            ++m_summary.entities;
        }
        return {};
    }

    Status links()
    {
        SqliteStatement st(m_db, "SELECT l.id, l.ext_id, l.type, l.role, o.ext_id, a.ext_id, l.share_min, "
                                 "l.share_max, l.start_date, l.end_date FROM links l JOIN entities o ON o.id = "
                                 "l.owner_id JOIN entities a ON a.id = l.asset_id ORDER BY l.id");
        while (st.step()) {
            const QString type = st.text(2);
            const QString id = !st.text(1).isEmpty() ? st.text(1) : QStringLiteral("link-%1").arg(st.int64(0));
            Properties p;
            QString schema;
            if (type == u"ownership") {
                schema = QStringLiteral("Ownership");
                p.add(QStringLiteral("owner"), st.text(4));
                p.add(QStringLiteral("asset"), st.text(5));
                if (!st.isNull(6)) {
                    Share share;
                    share.min = st.real(6);
                    share.max = st.isNull(7) ? share.min : std::optional<double>(st.real(7));
                    p.add(QStringLiteral("percentage"), share.toText());
                }
            } else if (type == u"directorship") {
                schema = QStringLiteral("Directorship");
                p.add(QStringLiteral("director"), st.text(4));
                p.add(QStringLiteral("organization"), st.text(5));
            } else {
                schema = QStringLiteral("UnknownLink");
                p.add(QStringLiteral("subject"), st.text(4));
                p.add(QStringLiteral("object"), st.text(5));
            }
            p.add(QStringLiteral("role"), st.text(3));
            p.add(QStringLiteral("startDate"), st.text(8));
            p.add(QStringLiteral("endDate"), st.text(9));
            if (auto written = write(thing(id, schema, p)); !written)
                return written;
            ++m_summary.links;
        }
        return {};
    }

    Status sanctions()
    {
        SqliteStatement st(m_db, "SELECT d.id, d.ext_id, e.ext_id, d.list, d.program, d.listed_date, d.end_date "
                                 "FROM designations d JOIN entities e ON e.id = d.entity_id ORDER BY d.id");
        while (st.step()) {
            const QString id = !st.text(1).isEmpty() ? st.text(1) : QStringLiteral("sanction-%1").arg(st.int64(0));
            Properties p;
            p.add(QStringLiteral("entity"), st.text(2));
            p.add(QStringLiteral("authority"), st.text(3));
            p.add(QStringLiteral("program"), st.text(4));
            p.add(QStringLiteral("listingDate"), st.text(5));
            p.add(QStringLiteral("endDate"), st.text(6));
            if (auto written = write(thing(id, QStringLiteral("Sanction"), p)); !written)
                return written;
            ++m_summary.sanctions;
        }
        return {};
    }

    sqlite3 *m_db;
    QIODevice &m_out;
    Progress &m_progress;
    ExportSummary m_summary;
};

} // namespace

Result<ExportSummary> exportFtm(sqlite3 *db, QIODevice &out, Progress &progress)
{
    return FtmWriter(db, out, progress).run();
}

} // namespace caravan
