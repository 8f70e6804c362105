#include "CustomsExtracts.h"

#include <QString>
#include <QStringEncoder>

namespace caravan::test::customs {

QByteArray russianExtract()
{
    const QString text = QStringLiteral(
        "№ п/п;Номер ДТ;Номер товара;Дата выпуска;Отправитель;Отправитель (код);Получатель;Получатель (код);"
        "Код ТН ВЭД;Описание товара;Вес нетто, кг;Кол-во в доп. ед.;Доп. ед. изм.;Фактурная стоимость;Валюта;"
        "Страна отправления;Страна происхождения;Страна назначения\r\n"
        "1;10702010/150323/0012345;3;15.03.2023;Bauteile GmbH;;ТОО «Казах Транзит»;190240012345;8542.31.0000;"
        "Процессоры;12,5;1 200;шт;15 300,50;USD;DE;DE;KZ\r\n"
        "2;10702010/020423/0023456;1;02.04.2023;ТОО «Казах Транзит»;190240012345;ООО «Вектор»;7701234567;"
        "8542310000;Процессоры;11,75;1 150;шт;16 100,00;USD;KZ;DE;RU\r\n"
        "3;10702010/020423/0023456;2;02.04.2023;ТОО «Казах Транзит»;190240012345;ООО «Вектор»;7701234567;"
        "8542390000;Микросхемы;0,4;50;шт;1 000 000,25;USD;KZ;CN;RU\r\n");
    return QStringEncoder("windows-1251").encode(text);
}

QByteArray kazakhExtract()
{
    const QString text = QStringLiteral(
        "ДТ нөмірі,Тауар нөмірі,Шығарылған күні,Жөнелтуші,Алушы,СЭҚ ТН коды,Тауардың сипаттамасы,"
        "Таза салмағы (кг),Саны,Өлшем бірлігі,Фактуралық құны,Валюта,Жөнелту елі,Шыққан елі,Межелі ел\n"
        "50401010/150323/0000345,1,2023-03-15,Bauteile GmbH,ТОО «Қазақ Транзит»,8542310000,Процессорлар,12.5,1200,"
        "дана,15300.50,USD,DE,DE,KZ\n"
        "50401010/020423/0000456,1,2023-04-02,ТОО «Қазақ Транзит»,ООО «Вектор»,8542310000,Процессорлар,11.75,1150,"
        "дана,16100.00,USD,KZ,DE,RU\n"
        "50401010/020423/0000456,2,2023-04-02,ТОО «Қазақ Транзит»,ООО «Вектор»,8542390000,Микросхемалар,0.4,50,"
        "дана,1000000.25,USD,KZ,CN,RU\n");
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray englishExtract()
{
    return QByteArrayLiteral(
        "Declaration Number,Item No,Date,Consignor,Consignor ID,Consignee,Consignee ID,Commodity Code,"
        "Description of Goods,Net Weight (kg),Supplementary Quantity,Supplementary Unit,Customs Value,Currency,"
        "Country of Dispatch,Country of Origin,Country of Destination\n"
        "DE-2023-0012345,3,03/15/2023,Bauteile GmbH,,Kazakh Tranzit LLP,190240012345,8542.31.00,Processors,12.5,"
        "\"1,200\",pcs,\"15,300.50\",EUR,DE,DE,KZ\n"
        "KZ-2023-0023456,1,04/02/2023,Kazakh Tranzit LLP,190240012345,Vektor LLC,7701234567,8542.31.00,"
        "Processors,11.75,\"1,150\",pcs,\"16,100.00\",EUR,KZ,DE,RU\n"
        "KZ-2023-0023456,2,04/02/2023,Kazakh Tranzit LLP,190240012345,Vektor LLC,7701234567,8542.39.00,"
        "Integrated circuits,0.4,50,pcs,\"1,000,000.25\",EUR,KZ,CN,RU\n");
}

QByteArray numberedExtract()
{
    const QString text = QStringLiteral(
        "Рег. номер декларации;Гр.32;Дата выпуска;Графа 2;Графа 8;Гр.33;Графа 31;38 Вес нетто (кг);Графа 41;Графа "
        "42;Графа 22;"
        "Графа 15;Графа 16;Графа 17\n"
        "10702010/150323/0012345;3;15.03.23;Bauteile GmbH;ТОО Казах Транзит;8542310000;Процессоры;12,5;1200;"
        "15300,50;840;Германия;276;Казахстан\n"
        "10702010/020423/0023456;1;02.04.23;ТОО Казах Транзит;ООО Вектор;8542310000;Процессоры;11,75;1150;"
        "16100,00;840;Казахстан;276;Российская Федерация\n"
        "10702010/020423/0023456;2;02.04.23;ТОО Казах Транзит;ООО Вектор;8542390000;Микросхемы;0,4;50;"
        "1000000,25;840;398;КНР;643\n");
    return QStringEncoder("KOI8-R").encode(text);
}

} // namespace caravan::test::customs
