// Writes a synthetic Caravan CSV pair for the import benchmark: entities.csv (the parties) and
// shipments.csv (ROWS declarations between them), deterministic for a given seed.
// usage: perf_import_generate OUTDIR [ROWS] [ENTITIES]
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: perf_import_generate OUTDIR [ROWS] [ENTITIES]\n");
        return 2;
    }
    const QDir dir(args.at(1));
    const qint64 rows = args.size() > 2 ? args.at(2).toLongLong() : 1000000;
    const int entities = args.size() > 3 ? args.at(3).toInt() : 20000;
    QRandomGenerator rng(20240223);

    const char *countries[] = {"DE", "KZ", "KG", "AM", "GE", "AE", "TR", "RU", "CN", "UZ"};
    QFile ef(dir.filePath(QStringLiteral("entities.csv")));
    if (!ef.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 2;
    QByteArray out = "id,type,name,aliases,country,identifiers,incorporation_date,address\n";
    for (int i = 0; i < entities; ++i) {
        const char *country = countries[i % 10];
        out += QStringLiteral("e%1,Company,\"Trading House %1, LLP\",ТОО Торговый дом %1,%2,kz-bin:%3,%4-%5-%6,"
                              "\"%1 Abay Ave, Almaty\"\n")
                   .arg(i)
                   .arg(QLatin1String(country))
                   .arg(100000000000LL + i)
                   .arg(2000 + i % 24)
                   .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    ef.write(out);

    const char *hs[] = {"854231", "8542.32", "8542390001", "851762", "847150", "880730", "901380", "853223"};
    const char *goods[] = {"Integrated circuits, processors", "Memory chips", "Radio modules \"LoRa\"",
                           "Ball bearings; steel", "Machine tools"};
    QFile sf(dir.filePath(QStringLiteral("shipments.csv")));
    if (!sf.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 2;
    sf.write("id,date,exporter,importer,hs_code,description,quantity,unit,weight_kg,value,currency,origin_country,"
             "destination_country,transit_countries\n");
    out.clear();
    for (qint64 i = 0; i < rows; ++i) {
        const quint32 r = rng.generate();
        const int exporter = static_cast<int>(r % static_cast<quint32>(entities));
        const int importer = static_cast<int>((r / 7) % static_cast<quint32>(entities));
        QString description = QString::fromUtf8(goods[(r >> 8) % 5]);
        description.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        out += QStringLiteral("D%1,%2-%3-%4,e%5,e%6,%7,\"%8\",%9,pcs,%10,%11,USD,%12,%13,%14\n")
                   .arg(i)
                   .arg(2019 + (r >> 3) % 6)
                   .arg(1 + (r >> 5) % 12, 2, 10, QLatin1Char('0'))
                   .arg(1 + (r >> 9) % 28, 2, 10, QLatin1Char('0'))
                   .arg(exporter)
                   .arg(importer)
                   .arg(QLatin1String(hs[(r >> 12) % 8]))
                   .arg(description)
                   .arg(1 + (r >> 4) % 5000)
                   .arg(static_cast<double>((r >> 6) % 100000) / 10.0)
                   .arg(static_cast<double>((r >> 2) % 10000000) / 100.0)
                   .arg(QLatin1String(countries[(r >> 14) % 10]))
                   .arg(QLatin1String(countries[(r >> 17) % 10]))
                   .arg((r >> 20) % 3 == 0 ? QStringLiteral("KZ;KG") : QString())
                   .toUtf8();
        if (out.size() > (1 << 20)) {
            sf.write(out);
            out.clear();
        }
    }
    sf.write(out);
    QTextStream(stdout) << "wrote " << entities << " entities and " << rows << " shipments to " << dir.path()
                        << Qt::endl;
    return 0;
}
