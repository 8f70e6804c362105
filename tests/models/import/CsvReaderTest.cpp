#include "models/import/CsvReader.h"
#include "models/import/FieldParsers.h"
#include "models/import/TextEncoding.h"

#include <QBuffer>
#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace caravan;

namespace {

struct Parsed {
    QList<QStringList> records;
    QList<qint64> lines;
    QStringList raws;
    QStringList problems;
    QString encoding;
    char delimiter = 0;
};

Parsed parse(const QByteArray &bytes, CsvOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, options);
    REQUIRE(reader.open().ok());
    Parsed out;
    out.encoding = reader.encoding();
    out.delimiter = reader.delimiter();
    while (reader.next()) {
        const CsvRecord &r = reader.record();
        QStringList fields;
        for (int i = 0; i < r.size(); ++i)
            fields.append(r.text(i));
        out.records.append(fields);
        out.lines.append(r.line());
        out.raws.append(r.rawText());
        out.problems.append(r.problem());
    }
    REQUIRE_FALSE(reader.error().has_value());
    return out;
}

CsvOptions withEncoding(const QString &name)
{
    CsvOptions o;
    o.encoding = name;
    return o;
}

CsvOptions withDelimiter(char delimiter)
{
    CsvOptions o;
    o.delimiter = delimiter;
    return o;
}

QByteArray encoded(const char *encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    return encoder.encode(text);
}

} // namespace

TEST_CASE("RFC 4180: quotes, doubled quotes, delimiters and line breaks inside fields")
{
    const Parsed p = parse("id,name,note\r\n1,\"Alfa, LLP\",\"said \"\"hi\"\"\"\r\n2,\"two\r\nlines\",x\r\n3,,\r\n");
    REQUIRE(p.records.size() == 4);
    CHECK(p.records[1] == QStringList{"1", "Alfa, LLP", "said \"hi\""});
    CHECK(p.records[2] == QStringList{"2", "two\r\nlines", "x"});
    CHECK(p.records[3] == QStringList{"3", "", ""});
    // A record that spans two lines starts on line 3; the next one is on line 5.
    CHECK(p.lines == QList<qint64>{1, 2, 3, 5});
    CHECK(p.raws[2] == "2,\"two\r\nlines\",x");
}

TEST_CASE("LF, CR and missing final newline, blank lines are skipped but counted")
{
    const Parsed p = parse("a,b\n\n1,2\r3,4");
    REQUIRE(p.records.size() == 3);
    CHECK(p.records[2] == QStringList{"3", "4"});
    CHECK(p.lines == QList<qint64>{1, 3, 4});
}

TEST_CASE("an unterminated quote at the end of the input marks the last record")
{
    const Parsed p = parse("a,b\n1,\"open\n2,3\n");
    REQUIRE(p.records.size() == 2);
    CHECK(p.problems[0].isEmpty());
    CHECK(p.problems[1].contains("unterminated quoted field"));
    CHECK(p.lines[1] == 2);
    CHECK(p.raws[1] == "1,\"open\n2,3\n");
}

TEST_CASE("a runaway quote stops at the record size limit with a clear error")
{
    QByteArray bytes = "a,b\n1,\"";
    bytes += QByteArray(200 * 1024, 'x');
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvOptions options;
    options.maxRecordBytes = 64 * 1024;
    CsvReader reader(&buffer, options);
    REQUIRE(reader.open().ok());
    REQUIRE(reader.next());
    CHECK_FALSE(reader.next());
    REQUIRE(reader.error().has_value());
    CHECK(reader.error()->message.contains("line 2"));
}

TEST_CASE("records longer than a read chunk and quotes split across chunks")
{
    QByteArray bytes = "id,text\n";
    const QByteArray big(700 * 1024, 'y');
    bytes += "1,\"" + big + "\"\"" + big + "\"\n2,z\n";
    const Parsed p = parse(bytes);
    REQUIRE(p.records.size() == 3);
    CHECK(p.records[1][1].size() == 2 * big.size() + 1);
    CHECK(p.records[1][1].at(big.size()) == u'"');
    CHECK(p.records[2] == QStringList{"2", "z"});
}

TEST_CASE("delimiter sniffing among comma, semicolon, tab and pipe")
{
    CHECK(parse("a;b;c\n1;\"x,y\";3\n").delimiter == ';');
    CHECK(parse("a\tb\n1\t2\n").delimiter == '\t');
    CHECK(parse("a|b|c\n1|2|3\n").delimiter == '|');
    CHECK(parse("a,b\n1,2\n").delimiter == ',');
    // A comma inside quotes does not count.
    CHECK(parse("name;note\n\"A, B, C\";x\n\"D, E\";y\n").delimiter == ';');
    // Given, not sniffed.
    CHECK(parse("a;b\n", withDelimiter(',')).records[0] == QStringList{"a;b"});
}

TEST_CASE("encodings: UTF-8 with BOM, UTF-16 LE/BE with BOM, Windows-1251, KOI8-R, Latin-1")
{
    const QString russian = QStringLiteral("id,name\n1,ООО «Ромашка» и партнёры\n2,ТОО Альфа-Қазақстан\n");
    const QString cyrillic8bit = QStringLiteral("id,name\n1,ООО Ромашка и партнеры, торговый дом\n");
    const QString western = QStringLiteral("id,name\n1,Café Müller Société Générale\n");

    Parsed p = parse("\xEF\xBB\xBF" + russian.toUtf8());
    CHECK(p.encoding == "utf-8");
    CHECK(p.records[0][0] == "id"); // the BOM is not part of the first field
    CHECK(p.records[2][1] == QStringLiteral("ТОО Альфа-Қазақстан"));

    p = parse(encoded("UTF-16LE", QStringLiteral("\uFEFF") + russian));
    CHECK(p.encoding == "utf-16le");
    CHECK(p.records[0][0] == "id");
    CHECK(p.records[1][1] == QStringLiteral("ООО «Ромашка» и партнёры"));

    p = parse(encoded("UTF-16BE", QStringLiteral("\uFEFF") + russian));
    CHECK(p.encoding == "utf-16be");
    CHECK(p.records[2][1] == QStringLiteral("ТОО Альфа-Қазақстан"));

    p = parse(encoded("windows-1251", cyrillic8bit));
    CHECK(p.encoding == "windows-1251");
    CHECK(p.records[1][1] == QStringLiteral("ООО Ромашка и партнеры"));

    p = parse(encoded("KOI8-R", cyrillic8bit));
    CHECK(p.encoding == "koi8-r");
    CHECK(p.records[1][1] == QStringLiteral("ООО Ромашка и партнеры"));

    p = parse(western.toLatin1());
    CHECK(p.encoding == "latin-1");
    CHECK(p.records[1][1] == QStringLiteral("Café Müller Société Générale"));

    // Overridden: KOI8-R bytes read as the person says.
    p = parse(encoded("KOI8-R", cyrillic8bit), withEncoding(QStringLiteral("koi8-r")));
    CHECK(p.records[1][1] == QStringLiteral("ООО Ромашка и партнеры"));
}

TEST_CASE("a byte that is not UTF-8 far past the detection sample is read as Latin-1, not lost")
{
    QByteArray bytes = "id,name\n";
    for (int i = 0; i < 5000; ++i)
        bytes += QByteArray::number(i) + ",plain ascii name\n";
    bytes += "5000,Caf\xE9\n";
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    REQUIRE(reader.open().ok());
    CHECK(reader.encoding() == "utf-8");
    QString last;
    while (reader.next())
        last = reader.record().text(1);
    CHECK(last == QStringLiteral("Café"));
    CHECK(reader.invalidUtf8Bytes() == 1);
}

TEST_CASE("Ctrl-Z at the end of a file is not a record")
{
    const Parsed p = parse("1,\"A\"\r\n2,\"B\"\r\n\x1A");
    REQUIRE(p.records.size() == 2);
    CHECK(p.records[1] == QStringList{"2", "B"});
}

TEST_CASE("encoding names")
{
    CHECK(encoding::canonicalName(QStringLiteral("CP1251")) == QStringLiteral("windows-1251"));
    CHECK(encoding::canonicalName(QStringLiteral("UTF8")) == QStringLiteral("utf-8"));
    CHECK(encoding::canonicalName(QStringLiteral("iso-8859-1")) == QStringLiteral("latin-1"));
    CHECK_FALSE(encoding::canonicalName(QStringLiteral("ebcdic")).has_value());
}

TEST_CASE("field parsers")
{
    CHECK(fields::isoDate(u"2024-02-29") == QStringLiteral("2024-02-29"));
    CHECK_FALSE(fields::isoDate(u"2023-02-29"));
    CHECK_FALSE(fields::isoDate(u"29.02.2024"));
    CHECK(fields::looseDate(u"10 Dec 1948") == QStringLiteral("1948-12-10"));
    CHECK(fields::looseDate(u"1958") == QStringLiteral("1958"));
    CHECK(fields::countryCode(u"kz") == QStringLiteral("KZ"));
    CHECK_FALSE(fields::countryCode(u"KAZ"));
    CHECK(fields::countryCodeFromName(QStringLiteral("Russia")) == QStringLiteral("RU"));
    CHECK(fields::countryCodeFromName(QStringLiteral("United Arab Emirates")) == QStringLiteral("AE"));
    CHECK(fields::countryCodeFromName(QStringLiteral("Curaçao")) == QStringLiteral("CW"));
    CHECK(fields::countryCodeFromName(QStringLiteral("Rep. of Korea")) == QStringLiteral("KR"));
    CHECK(fields::countryCodeFromName(QStringLiteral("Türkiye")) == QStringLiteral("TR"));
    CHECK(fields::number(QByteArrayView("12.5")) == 12.5);
    CHECK_FALSE(fields::number(QByteArrayView("12,5")));
    CHECK(fields::splitList(QStringLiteral(" a; b;;c ")) == QStringList{"a", "b", "c"});
}
