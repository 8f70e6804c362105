#include "models/import/UnScReader.h"

#include "models/import/FieldParsers.h"

#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <vector>

namespace caravan {

namespace {

const QString kList = QStringLiteral("UN SC");

// One element of a record with its text and children: records are small, so each is read whole.
struct XmlNode {
    QString name;
    QString text;
    std::vector<XmlNode> children;

    QString child(QStringView tag) const
    {
        for (const XmlNode &c : children)
            if (c.name == tag)
                return c.text.trimmed();
        return {};
    }
    std::vector<const XmlNode *> all(QStringView tag) const
    {
        std::vector<const XmlNode *> out;
        for (const XmlNode &c : children)
            if (c.name == tag)
                out.push_back(&c);
        return out;
    }
    // The non-empty VALUE children of a list element (NATIONALITY, TITLE, DESIGNATION).
    QStringList values(QStringView tag) const
    {
        QStringList out;
        for (const XmlNode *list : all(tag))
            for (const XmlNode *v : list->all(u"VALUE"))
                if (const QString t = v->text.trimmed(); !t.isEmpty())
                    out.append(t);
        return out;
    }
    // The record as text, for a rejected row: TAG=value lines.
    void flatten(QStringList &out, const QString &prefix = {}) const
    {
        const QString path = prefix.isEmpty() ? name : prefix + u'/' + name;
        if (const QString t = text.trimmed(); !t.isEmpty())
            out.append(path + u'=' + t);
        for (const XmlNode &c : children)
            c.flatten(out, path);
    }
};

// Reads the element just started into `node`, with everything inside it.
void readNode(QXmlStreamReader &xml, XmlNode &node)
{
    node.name = xml.name().toString();
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            readNode(xml, node.children.emplace_back());
            break;
        case QXmlStreamReader::Characters:
            node.text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            return;
        default:
            break;
        }
    }
}

QString joined(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    return kept.join(separator);
}

// "Good" and "a.k.a." are aliases, "Low" weak aliases, "f.k.a." former names.
QString aliasKind(const QString &quality)
{
    const QString q = quality.toLower();
    if (q == u"low")
        return QStringLiteral("weak");
    if (q == u"f.k.a.")
        return QStringLiteral("former");
    return QStringLiteral("alias");
}

// A date of birth as text: "1971", "1960-01-01", "1955-1958", "1962 (approximately)".
QString birthDateText(const XmlNode &dob)
{
    const QString type = dob.child(u"TYPE_OF_DATE").toUpper();
    QString when = dob.child(u"DATE");
    if (when.isEmpty())
        when = dob.child(u"YEAR");
    if (type == u"BETWEEN")
        when = joined({dob.child(u"FROM_YEAR"), dob.child(u"TO_YEAR")}, QStringLiteral("-"));
    if (when.isEmpty())
        return {};
    if (type == u"APPROXIMATELY")
        when += QStringLiteral(" (approximately)");
    return when;
}

QString documentScheme(const QString &type)
{
    const QString t = type.toLower();
    if (t.contains(u"pasaporte") || t.contains(u"passeport") || t.contains(u"passport"))
        return QStringLiteral("passport");
    if (t.contains(u"national identification"))
        return QStringLiteral("national-id");
    return QStringLiteral("document");
}

class RecordWriter {
public:
    RecordWriter(ImportContext &context, const XmlNode &record, bool person)
        : m_context(context), m_w(context.writer()), m_record(record), m_person(person)
    {
    }

    RowOutcome write(qint64 line)
    {
        const QString ref = m_record.child(u"REFERENCE_NUMBER");
        if (ref.isEmpty())
            return RowOutcome::rejected(QStringLiteral("the record has no REFERENCE_NUMBER"));
        EntityRecord e;
        e.extId = QStringLiteral("un-") + ref;
        e.type = m_person ? QStringLiteral("Person") : QStringLiteral("Company");
        e.name = joined({m_record.child(u"FIRST_NAME"), m_record.child(u"SECOND_NAME"), m_record.child(u"THIRD_NAME"),
                         m_record.child(u"FOURTH_NAME")},
                        QStringLiteral(" "));
        if (e.name.isEmpty())
            return RowOutcome::rejected(QStringLiteral("%1: the name is empty").arg(e.extId));
        const QStringList nationalities = m_record.values(u"NATIONALITY");
        for (const QString &n : nationalities)
            if (e.country.isEmpty())
                e.country = fields::countryCodeFromName(n);
        QStringList births;
        for (const XmlNode *dob : m_record.all(u"INDIVIDUAL_DATE_OF_BIRTH"))
            if (const QString b = birthDateText(*dob); !b.isEmpty())
                births.append(b);
        for (const QString &b : births)
            if (e.birthDate.isEmpty() && fields::isoDate(b))
                e.birthDate = b;
        for (const QString &b : births)
            if (e.birthDate.isEmpty() && b.size() == 4)
                e.birthDate = b;
        // Every full date and year the list gives (ranges and approximations stay properties).
        for (const QString &b : births)
            if (fields::isoDate(b) || (b.size() == 4 && b.toInt() > 0))
                e.otherDates.append(fields::isoDate(b).value_or(b));

        m_from = m_context.at(line);
        auto entity = m_w.addEntity(e, m_from);
        if (!entity)
            return RowOutcome::failed(entity.error());
        m_entity = *entity;
        m_context.rememberEntity(e.extId, m_entity);

        DesignationRecord d;
        d.extId = e.extId;
        d.entity = m_entity;
        d.list = kList;
        d.program = m_record.child(u"UN_LIST_TYPE");
        d.listedDate = fields::isoDate(m_record.child(u"LISTED_ON")).value_or(QString());
        if (auto added = m_w.addDesignation(d, m_from); !added)
            return RowOutcome::failed(added.error());

        Status st = m_w.addIdentifier(m_entity, QStringLiteral("un-ref"), ref, m_from);
        if (st)
            st = names();
        if (st)
            st = addresses();
        if (st)
            st = documents();
        if (st)
            st = properties(nationalities, births);
        return st ? RowOutcome::imported() : RowOutcome::failed(st.error());
    }

private:
    Status names()
    {
        if (const QString original = m_record.child(u"NAME_ORIGINAL_SCRIPT"); !original.isEmpty())
            if (auto st = m_w.addName(m_entity, original, QStringLiteral("alias"), m_from); !st)
                return st;
        for (const XmlNode *alias : m_record.all(m_person ? u"INDIVIDUAL_ALIAS" : u"ENTITY_ALIAS")) {
            const QString name = alias->child(u"ALIAS_NAME");
            if (name.isEmpty())
                continue;
            if (auto st = m_w.addName(m_entity, name, aliasKind(alias->child(u"QUALITY")), m_from); !st)
                return st;
        }
        return {};
    }

    Status addresses()
    {
        for (const XmlNode *a : m_record.all(m_person ? u"INDIVIDUAL_ADDRESS" : u"ENTITY_ADDRESS")) {
            QString text = joined({a->child(u"STREET"), a->child(u"CITY"), a->child(u"STATE_PROVINCE"),
                                   a->child(u"ZIP_CODE"), a->child(u"COUNTRY")},
                                  QStringLiteral(", "));
            if (const QString note = a->child(u"NOTE"); !note.isEmpty())
                text = joined({text, QStringLiteral("(%1)").arg(note)}, QStringLiteral(" "));
            if (text.isEmpty())
                continue;
            if (auto st = m_w.addAddress(m_entity, text, fields::countryCodeFromName(a->child(u"COUNTRY")), m_from);
                !st)
                return st;
        }
        return {};
    }

    Status documents()
    {
        for (const XmlNode *doc : m_record.all(u"INDIVIDUAL_DOCUMENT")) {
            const QString number = doc->child(u"NUMBER");
            if (number.isEmpty())
                continue;
            if (auto st = m_w.addIdentifier(m_entity, documentScheme(doc->child(u"TYPE_OF_DOCUMENT")), number, m_from);
                !st)
                return st;
            const QString detail = joined({doc->child(u"TYPE_OF_DOCUMENT"), doc->child(u"TYPE_OF_DOCUMENT2"), number,
                                           doc->child(u"ISSUING_COUNTRY"), doc->child(u"COUNTRY_OF_ISSUE"),
                                           doc->child(u"DATE_OF_ISSUE"), doc->child(u"NOTE")},
                                          QStringLiteral(", "));
            if (auto st = m_w.addProperty(m_entity, QStringLiteral("document"), detail, m_from); !st)
                return st;
        }
        return {};
    }

    Status properties(const QStringList &nationalities, const QStringList &births)
    {
        std::vector<std::pair<QString, QString>> props;
        for (const QString &n : nationalities)
            props.emplace_back(QStringLiteral("nationality"), n);
        for (const QString &b : births)
            props.emplace_back(QStringLiteral("dob"), b);
        for (const QString &t : m_record.values(u"TITLE"))
            props.emplace_back(QStringLiteral("title"), t);
        for (const QString &t : m_record.values(u"DESIGNATION"))
            props.emplace_back(QStringLiteral("position"), t);
        for (const XmlNode *pob : m_record.all(u"INDIVIDUAL_PLACE_OF_BIRTH"))
            props.emplace_back(QStringLiteral("pob"),
                               joined({pob->child(u"CITY"), pob->child(u"STATE_PROVINCE"), pob->child(u"COUNTRY")},
                                      QStringLiteral(", ")));
        props.emplace_back(QStringLiteral("gender"), m_record.child(u"GENDER"));
        props.emplace_back(QStringLiteral("remark"), m_record.child(u"COMMENTS1"));
        props.emplace_back(QStringLiteral("un_dataid"), m_record.child(u"DATAID"));
        for (const QString &u : m_record.values(u"LAST_DAY_UPDATED"))
            props.emplace_back(QStringLiteral("last_updated"), u);
        for (const auto &[key, value] : props)
            if (!value.isEmpty())
                if (auto st = m_w.addProperty(m_entity, key, value, m_from); !st)
                    return st;
        return {};
    }

    ImportContext &m_context;
    CaseWriter &m_w;
    const XmlNode &m_record;
    const bool m_person;
    Provenance m_from;
    qint64 m_entity = 0;
};

Status xmlError(const QXmlStreamReader &xml, const QString &file)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("%1 line %2: %3").arg(file).arg(xml.lineNumber()).arg(xml.errorString()));
}

} // namespace

bool UnScReader::looksLikeUnList(const QByteArray &sample)
{
    QXmlStreamReader xml(sample);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement)
            return xml.name() == u"CONSOLIDATED_LIST";
    return false;
}

Status UnScReader::prepare(const QString &path, const ImportOptions &)
{
    m_path = path;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    if (!looksLikeUnList(f.read(4096)))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is not the UN Security Council consolidated list (no CONSOLIDATED_LIST "
                                        "root element)")
                             .arg(QFileInfo(path).fileName()));
    return {};
}

Status UnScReader::read(ImportContext &context)
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(m_path, f.errorString()));
    const QString file = QFileInfo(m_path).fileName();
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const bool person = xml.name() == u"INDIVIDUAL";
        if (!person && xml.name() != u"ENTITY")
            continue;
        const qint64 line = xml.lineNumber();
        XmlNode record;
        readNode(xml, record);
        if (xml.hasError())
            break;
        const RowOutcome outcome = RecordWriter(context, record, person).write(line);
        QString raw;
        if (outcome.kind() == RowOutcome::Kind::Rejected) {
            QStringList lines;
            record.flatten(lines);
            raw = lines.join(u'\n');
        }
        if (auto st = context.count(outcome, line, raw); !st)
            return st;
        if (auto st = context.advance(f.pos()); !st)
            return st;
    }
    if (xml.hasError())
        return xmlError(xml, file);
    return {};
}

} // namespace caravan
