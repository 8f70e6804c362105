<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AuditSummary</name>
    <message>
        <source>Ownership view</source>
        <translation>Вид владения</translation>
    </message>
    <message>
        <source>Trade view</source>
        <translation>Вид торговли</translation>
    </message>
    <message>
        <source>Trade view by country</source>
        <translation>Вид торговли по странам</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Настройка изменена</translation>
    </message>
    <message numerus="yes">
        <source>%1: the places of %n node(s) saved</source>
        <translation>
            <numerusform>%1: сохранено положение %n узла</numerusform>
            <numerusform>%1: сохранено положение %n узлов</numerusform>
            <numerusform>%1: сохранено положение %n узлов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: node places saved</source>
        <translation>%1: положение узлов сохранено</translation>
    </message>
    <message>
        <source>%1 cleared</source>
        <translation>%1 очищено</translation>
    </message>
    <message numerus="yes">
        <source>%1 changed (a stored value of %n character(s), not shown)</source>
        <translation>
            <numerusform>%1 изменено (сохранённое значение из %n символа не показано)</numerusform>
            <numerusform>%1 изменено (сохранённое значение из %n символов не показано)</numerusform>
            <numerusform>%1 изменено (сохранённое значение из %n символов не показано)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 set to “%2”</source>
        <translation>%1 = «%2»</translation>
    </message>
    <message numerus="yes">
        <source>(a stored value of %n character(s), not shown)</source>
        <translation>
            <numerusform>(сохранённое значение из %n символа не показано)</numerusform>
            <numerusform>(сохранённое значение из %n символов не показано)</numerusform>
            <numerusform>(сохранённое значение из %n символов не показано)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainExclusions</name>
    <message>
        <source>no date</source>
        <translation>нет даты</translation>
    </message>
    <message>
        <source>party unknown</source>
        <translation>сторона неизвестна</translation>
    </message>
    <message>
        <source>no HS code</source>
        <translation>нет кода ТН ВЭД</translation>
    </message>
    <message>
        <source>party country unknown</source>
        <translation>страна стороны неизвестна</translation>
    </message>
    <message>
        <source>unknown unit</source>
        <translation>неизвестная единица</translation>
    </message>
    <message>
        <source>no usable quantity, weight or value</source>
        <translation>нет пригодного количества, веса или стоимости</translation>
    </message>
    <message>
        <source>%1 shipments could not be used: %2</source>
        <translation>Не удалось использовать отгрузки (%1): %2</translation>
    </message>
    <message>
        <source>Units not recognised: %1</source>
        <translation>Нераспознанные единицы: %1</translation>
    </message>
</context>
<context>
    <name>DecisionEffect</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted: %1 is merged into %2. Withdraw the decision in the Decisions list to unmerge them.</source>
        <translation>Принято: %1 объединён с %2. Чтобы разъединить их, отзовите решение в списке «Решения».</translation>
    </message>
    <message>
        <source>Accepted: %1 carries the designations of %2. Withdraw the decision in the Decisions list to take them off.</source>
        <translation>Принято: на %1 перенесены санкционные записи %2. Чтобы снять их, отзовите решение в списке «Решения».</translation>
    </message>
    <message numerus="yes">
        <source>%n names</source>
        <translation>
            <numerusform>%n имя</numerusform>
            <numerusform>%n имени</numerusform>
            <numerusform>%n имён</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifiers</source>
        <translation>
            <numerusform>%n идентификатор</numerusform>
            <numerusform>%n идентификатора</numerusform>
            <numerusform>%n идентификаторов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owners</source>
        <translation>
            <numerusform>%n владельца</numerusform>
            <numerusform>%n владельцев</numerusform>
            <numerusform>%n владельцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holdings</source>
        <translation>
            <numerusform>%n дочернюю компанию</numerusform>
            <numerusform>%n дочерние компании</numerusform>
            <numerusform>%n дочерних компаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other links</source>
        <translation>
            <numerusform>%n другую связь</numerusform>
            <numerusform>%n другие связи</numerusform>
            <numerusform>%n других связей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipments</source>
        <translation>
            <numerusform>%n поставку</numerusform>
            <numerusform>%n поставки</numerusform>
            <numerusform>%n поставок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new trade partners</source>
        <translation>
            <numerusform>%n нового торгового партнёра</numerusform>
            <numerusform>%n новых торговых партнёров</numerusform>
            <numerusform>%n новых торговых партнёров</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging adds nothing new to %1.</source>
        <translation>Объединение ничего не добавит к %1.</translation>
    </message>
    <message>
        <source>Merging adds %1 to %2.</source>
        <translation>Объединение добавит к %2: %1.</translation>
    </message>
    <message>
        <source>It takes over the designations of %1: %2.</source>
        <translation>К нему перейдут санкционные записи %1: %2.</translation>
    </message>
    <message>
        <source>Accepting the match gives %1 no active designation as of %2.</source>
        <translation>Принятие совпадения не даст %1 действующих санкционных записей на %2.</translation>
    </message>
    <message>
        <source>Accepting the match designates %1: %2.</source>
        <translation>Принятие совпадения внесёт %1 в санкционный список: %2.</translation>
    </message>
    <message>
        <source>It becomes blocked under the OFAC 50% rule and EU-owned under the EU rule.</source>
        <translation>Он становится заблокированным по правилу OFAC 50% и находящимся во владении по правилу ЕС.</translation>
    </message>
    <message>
        <source>It becomes blocked under the OFAC 50% rule.</source>
        <translation>Он становится заблокированным по правилу OFAC 50%.</translation>
    </message>
    <message>
        <source>It becomes possibly blocked under the OFAC 50% rule (share ranges at their upper bounds).</source>
        <translation>Он становится возможно заблокированным по правилу OFAC 50% (при верхних границах диапазонов долей).</translation>
    </message>
    <message>
        <source>It becomes EU-owned under the EU rule.</source>
        <translation>Он становится находящимся во владении по правилу ЕС.</translation>
    </message>
    <message numerus="yes">
        <source>%n other entities become blocked (OFAC 50% rule, and EU-owned): %1.</source>
        <translation>
            <numerusform>Ещё %n субъект станет заблокированным (правило OFAC 50%, и владение по правилу ЕС): %1.</numerusform>
            <numerusform>Ещё %n субъекта станут заблокированными (правило OFAC 50%, и владение по правилу ЕС): %1.</numerusform>
            <numerusform>Ещё %n субъектов станут заблокированными (правило OFAC 50%, и владение по правилу ЕС): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other entities become blocked under the OFAC 50% rule: %1.</source>
        <translation>
            <numerusform>Ещё %n субъект станет заблокированным по правилу OFAC 50%: %1.</numerusform>
            <numerusform>Ещё %n субъекта станут заблокированными по правилу OFAC 50%: %1.</numerusform>
            <numerusform>Ещё %n субъектов станут заблокированными по правилу OFAC 50%: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other entities become possibly blocked: %1.</source>
        <translation>
            <numerusform>Ещё %n субъект станет возможно заблокированным: %1.</numerusform>
            <numerusform>Ещё %n субъекта станут возможно заблокированными: %1.</numerusform>
            <numerusform>Ещё %n субъектов станут возможно заблокированными: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other entities become EU-owned under the EU rule: %1.</source>
        <translation>
            <numerusform>Ещё %n субъект окажется во владении по правилу ЕС: %1.</numerusform>
            <numerusform>Ещё %n субъекта окажутся во владении по правилу ЕС: %1.</numerusform>
            <numerusform>Ещё %n субъектов окажутся во владении по правилу ЕС: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ownership verdict changes as of %1.</source>
        <translation>Ни одно заключение о владении на %1 не меняется.</translation>
    </message>
</context>
<context>
    <name>GraphRenderer</name>
    <message>
        <source>1 in %1 edges drawn at this zoom</source>
        <translation>При этом масштабе показана 1 из %1 связей</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Владение</translation>
    </message>
    <message>
        <source>Directorship</source>
        <translation>Директорство</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Торговля</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>, share %1</source>
        <translation>, доля %1</translation>
    </message>
    <message>
        <source>, shipments: %1, value %2</source>
        <translation>, поставок: %1, стоимость %2</translation>
    </message>
    <message>
        <source>, %1 to %2</source>
        <translation>, с %1 по %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
</context>
<context>
    <name>GraphStyle</name>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>Судно</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>designated (outline)</source>
        <translation>в санкционном списке (контур)</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Тип субъекта</translation>
    </message>
    <message>
        <source>other or unknown</source>
        <translation>другое или неизвестно</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Sanctions status</source>
        <translation>Санкционный статус</translation>
    </message>
    <message>
        <source>possibly blocked (ranges, unknown shares)</source>
        <translation>возможно заблокирован (диапазоны, неизвестные доли)</translation>
    </message>
    <message>
        <source>not blocked</source>
        <translation>не заблокирован</translation>
    </message>
    <message>
        <source>Investigator&apos;s marks</source>
        <translation>Отметки следователя</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>подозрение</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>без отметки</translation>
    </message>
    <message>
        <source>blocked (OFAC 50% rule)</source>
        <translation>заблокирован (правило OFAC 50%)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Caravan cases (*.caravan);;All files (*)</source>
        <translation>Дела Caravan (*.caravan);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Тип файлов:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Родительская папка</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Дата изменения</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>About Qt</source>
        <translation>О Qt</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Показать подробности...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Скрыть подробности...</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No data for this chart</source>
        <translation>Нет данных для этой диаграммы</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Восстановить значения по умолчанию</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>caravan</name>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Цепочки</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Владение</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Investigator&apos;s notes</source>
        <translation>Заметки следователя</translation>
    </message>
    <message>
        <source>Appendix A: Sources</source>
        <translation>Приложение А. Источники</translation>
    </message>
    <message>
        <source>Appendix B: Audit trail</source>
        <translation>Приложение Б. Журнал аудита</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>подозрение</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>designated on a list the OFAC 50% rule counts (%1)</source>
        <translation>в списке, который учитывает правило OFAC 50% (%1)</translation>
    </message>
    <message>
        <source>blocked under the OFAC 50% rule (%1 held by blocked persons)</source>
        <translation>заблокирована по правилу OFAC 50% (%1 у заблокированных лиц)</translation>
    </message>
    <message>
        <source>possibly blocked under the OFAC 50% rule (up to %1 held by blocked persons)</source>
        <translation>возможно, заблокирована по правилу OFAC 50% (до %1 у заблокированных лиц)</translation>
    </message>
    <message>
        <source>needs review under the OFAC 50% rule: a blocked person holds a share of unknown size</source>
        <translation>требует проверки по правилу OFAC 50%: заблокированному лицу принадлежит доля неизвестного размера</translation>
    </message>
    <message>
        <source>not blocked under the OFAC 50% rule</source>
        <translation>не заблокирована по правилу OFAC 50%</translation>
    </message>
    <message>
        <source>listed by the EU</source>
        <translation>в санкционном списке ЕС</translation>
    </message>
    <message>
        <source>owned under the EU rule (%1 held by listed persons)</source>
        <translation>в собственности по правилу ЕС (%1 у лиц из списков)</translation>
    </message>
    <message>
        <source>controlled under the EU rule</source>
        <translation>под контролем по правилу ЕС</translation>
    </message>
    <message>
        <source>listed by the UK</source>
        <translation>в санкционном списке Великобритании</translation>
    </message>
    <message>
        <source>owned under the UK test (%1 held by %2)</source>
        <translation>в собственности по критерию Великобритании (%1 у %2)</translation>
    </message>
    <message>
        <source>controlled under the UK test</source>
        <translation>под контролем по критерию Великобритании</translation>
    </message>
    <message>
        <source>Trade anomalies</source>
        <translation>Торговые аномалии</translation>
    </message>
</context>
<context>
    <name>caravan::AnomaliesPanel</name>
    <message>
        <source>Flagged only</source>
        <translation>Только отмеченные</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Show on the trade graph</source>
        <translation>Показать на графе торговли</translation>
    </message>
    <message>
        <source>KZ, DE</source>
        <translation>KZ, DE</translation>
    </message>
    <message>
        <source>Only flows from or to these countries (ISO codes, comma-separated)</source>
        <translation>Только потоки из этих стран или в них (коды ISO через запятую)</translation>
    </message>
    <message>
        <source>Only HS codes starting with these digits</source>
        <translation>Только коды ТН ВЭД (HS), начинающиеся с этих цифр</translation>
    </message>
    <message>
        <source>First month (YYYY-MM)</source>
        <translation>Первый месяц (ГГГГ-ММ)</translation>
    </message>
    <message>
        <source>Last month (YYYY-MM)</source>
        <translation>Последний месяц (ГГГГ-ММ)</translation>
    </message>
    <message>
        <source>HS-6</source>
        <translation>HS-6</translation>
    </message>
    <message>
        <source>HS-4</source>
        <translation>HS-4</translation>
    </message>
    <message>
        <source>HS-2</source>
        <translation>HS-2</translation>
    </message>
    <message>
        <source>CHPL tier</source>
        <translation>Уровень CHPL</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>По кварталам</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>По годам</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>HS:</source>
        <translation>HS:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Share of the flow</source>
        <translation>Доля потока</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Красные флаги</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Поставки</translation>
    </message>
    <message>
        <source>Click a company to see it in the Inspector and the Verdict dock</source>
        <translation>Щёлкните компанию, чтобы открыть её в Инспекторе и на панели «Вердикт»</translation>
    </message>
    <message>
        <source>&lt;b&gt;The case&apos;s companies that carry this flow&lt;/b&gt;</source>
        <translation>&lt;b&gt;Компании дела, через которые идёт этот поток&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mirror statistics are compared when this tab is shown.</source>
        <translation>Зеркальная статистика сравнивается при открытии этой вкладки.</translation>
    </message>
    <message>
        <source>Open a case with trade statistics (Eurostat Comext, UN Comtrade) to compare what exporters report with what importers record.</source>
        <translation>Откройте дело с торговой статистикой (Eurostat Comext, UN Comtrade), чтобы сравнить то, что сообщают экспортёры, с тем, что учитывают импортёры.</translation>
    </message>
    <message>
        <source>Comparing mirror statistics</source>
        <translation>Сравнение зеркальной статистики</translation>
    </message>
    <message>
        <source>Comparing mirror statistics…</source>
        <translation>Сравнение зеркальной статистики…</translation>
    </message>
    <message>
        <source>The comparison stopped: %1</source>
        <translation>Сравнение остановлено: %1</translation>
    </message>
    <message>
        <source>The case holds no trade statistics. Import Eurostat Comext or UN Comtrade files (and ECB exchange rates) to compare what exporters report with what importers record.</source>
        <translation>В деле нет торговой статистики. Импортируйте файлы Eurostat Comext или UN Comtrade (и курсы валют ЕЦБ), чтобы сравнить то, что сообщают экспортёры, с тем, что учитывают импортёры.</translation>
    </message>
    <message>
        <source>no currency</source>
        <translation>без валюты</translation>
    </message>
    <message>
        <source>%1, %2: click to select it in the Inspector and the Verdict dock</source>
        <translation>%1, %2: щёлкните, чтобы выбрать в Инспекторе и на панели «Вердикт»</translation>
    </message>
    <message>
        <source>No shipment of the case falls under this flow and period.</source>
        <translation>Ни одна поставка дела не относится к этому потоку и периоду.</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>Показать на карте</translation>
    </message>
    <message>
        <source>Chains of these goods</source>
        <translation>Цепочки этих товаров</translation>
    </message>
    <message>
        <source>The Map tab, filtered to the anomaly&apos;s goods</source>
        <translation>Вкладка «Карта» с фильтром по товарам аномалии</translation>
    </message>
    <message>
        <source>The Chains dock, filtered to the chains of the anomaly&apos;s goods</source>
        <translation>Панель «Цепочки» с фильтром по цепочкам товаров аномалии</translation>
    </message>
    <message>
        <source>CIF/FOB margin: importers (CIF) are expected to record this much more than exporters (FOB) report; stored in the case</source>
        <translation>Наценка CIF/FOB: ожидается, что импортёры (CIF) учитывают настолько больше, чем сообщают экспортёры (FOB); хранится в деле</translation>
    </message>
    <message>
        <source>Reporting lag: an importer may record a month&apos;s exports up to this many months later; stored in the case</source>
        <translation>Запаздывание отчётности: импортёр может учесть экспорт месяца позже, но не более чем на столько месяцев; хранится в деле</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Наценка:</translation>
    </message>
    <message>
        <source>Lag:</source>
        <translation>Лаг:</translation>
    </message>
    <message>
        <source>The margin and the lag could not be stored in the case: %1</source>
        <translation>Не удалось сохранить наценку и запаздывание в деле: %1</translation>
    </message>
    <message>
        <source>%1 flows shown, %2 flagged, from %3 statistics rows in %4 (%5 rows without an exchange rate left out). Gaps allow a %6% CIF/FOB margin and a reporting lag of up to %7 month(s); surges are measured against the 2019-2021 monthly mean.</source>
        <translation>Показано потоков: %1, отмечено: %2; строк статистики: %3, в %4 (без курса валюты пропущено строк: %5). Разрывы учитывают наценку CIF/FOB %6% и запаздывание отчётности до %7 мес.; всплески измеряются относительно среднемесячного уровня 2019–2021 гг.</translation>
    </message>
    <message>
        <source> mo.</source>
        <translation> мес.</translation>
    </message>
</context>
<context>
    <name>caravan::AnomalyTableModel</name>
    <message>
        <source>mirror gap</source>
        <translation>зеркальный разрыв</translation>
    </message>
    <message>
        <source>surge</source>
        <translation>всплеск</translation>
    </message>
    <message>
        <source>re-export</source>
        <translation>реэкспорт</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <source>The gap, the value above the baseline, or the value re-exported, in %1</source>
        <translation>Разрыв, превышение над базовым уровнем или стоимость реэкспорта, в %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Аномалия</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>HS</source>
        <translation>HS</translation>
    </message>
    <message>
        <source>CHPL tier</source>
        <translation>Уровень CHPL</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Exports reported</source>
        <translation>Экспорт по отчёту</translation>
    </message>
    <message>
        <source>Imports reported</source>
        <translation>Импорт по отчёту</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Разрыв</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Рост</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Size (%1)</source>
        <translation>Размер (%1)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
</context>
<context>
    <name>caravan::AuditLogTableModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>caravan::CaseDocument</name>
    <message>
        <source>The case is open read-only.</source>
        <translation>Дело открыто только для чтения.</translation>
    </message>
    <message>
        <source>There is no %1 with the id %2 in this case.</source>
        <translation>В этом деле нет объекта «%1» с идентификатором %2.</translation>
    </message>
    <message>
        <source>The mark could not be stored.</source>
        <translation>Не удалось сохранить отметку.</translation>
    </message>
    <message>
        <source>The decision on %1 and %2 could not be stored: %3</source>
        <translation>Не удалось сохранить решение по %1 и %2: %3</translation>
    </message>
    <message>
        <source>The decision on %1 and %2 could not be withdrawn: %3</source>
        <translation>Не удалось отозвать решение по %1 и %2: %3</translation>
    </message>
    <message>
        <source>The list setting could not be stored: %1</source>
        <translation>Не удалось сохранить настройку списков: %1</translation>
    </message>
    <message>
        <source>Which lists the rules count cannot be changed on a server case yet.</source>
        <translation>Какие списки учитывают правила, в серверном деле пока изменить нельзя.</translation>
    </message>
</context>
<context>
    <name>caravan::CaseOverview</name>
    <message>
        <source>Reading the shipments</source>
        <translation>Чтение поставок</translation>
    </message>
    <message>
        <source>Looking for red flags</source>
        <translation>Поиск тревожных признаков</translation>
    </message>
    <message>
        <source>Blocked under the OFAC 50% rule (%1 held by blocked persons)</source>
        <translation>Заблокирован по правилу OFAC 50% (заблокированным лицам принадлежит %1)</translation>
    </message>
    <message>
        <source>Possibly blocked under the OFAC 50% rule (up to %1 held by blocked persons)</source>
        <translation>Возможно заблокирован по правилу OFAC 50% (заблокированным лицам принадлежит до %1)</translation>
    </message>
    <message>
        <source>To review under the OFAC 50% rule: a blocked person holds a share of unknown size</source>
        <translation>Требует проверки по правилу OFAC 50%: заблокированному лицу принадлежит доля неизвестного размера</translation>
    </message>
    <message>
        <source>Owned under the EU rule (%1 held by listed persons)</source>
        <translation>Во владении по правилу ЕС (лицам из списка принадлежит %1)</translation>
    </message>
    <message>
        <source>Controlled under the EU rule</source>
        <translation>Под контролем по правилу ЕС</translation>
    </message>
    <message>
        <source>Owned under the UK test (%1 held by one designated person)</source>
        <translation>Во владении по правилу Великобритании (%1 принадлежит одному лицу из списка)</translation>
    </message>
    <message>
        <source>Possibly owned under the UK test (up to %1 held by one designated person)</source>
        <translation>Возможно во владении по правилу Великобритании (одному лицу из списка принадлежит до %1)</translation>
    </message>
    <message>
        <source>Controlled under the UK test</source>
        <translation>Под контролем по правилу Великобритании</translation>
    </message>
    <message>
        <source>OFAC 50% rule: blocked, %1</source>
        <translation>Правило OFAC 50%: заблокирован, %1</translation>
    </message>
    <message>
        <source>OFAC 50% rule: possibly blocked, up to %1</source>
        <translation>Правило OFAC 50%: возможно заблокирован, до %1</translation>
    </message>
    <message>
        <source>OFAC 50% rule: to review, share unknown</source>
        <translation>Правило OFAC 50%: проверить, доля неизвестна</translation>
    </message>
    <message>
        <source>EU rule: owned, %1</source>
        <translation>Правило ЕС: во владении, %1</translation>
    </message>
    <message>
        <source>EU rule: controlled</source>
        <translation>Правило ЕС: под контролем</translation>
    </message>
    <message>
        <source>UK test: owned, %1</source>
        <translation>Правило Великобритании: во владении, %1</translation>
    </message>
    <message>
        <source>UK test: possibly owned, up to %1</source>
        <translation>Правило Великобритании: возможно во владении, до %1</translation>
    </message>
    <message>
        <source>UK test: controlled</source>
        <translation>Правило Великобритании: под контролем</translation>
    </message>
    <message>
        <source>Applying the ownership rules</source>
        <translation>Применение правил владения</translation>
    </message>
</context>
<context>
    <name>caravan::CaseSummaryPanel</name>
    <message>
        <source>Case contents</source>
        <translation>Содержимое дела</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Субъекты</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Физ. лица</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Поставки</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Владение</translation>
    </message>
    <message>
        <source>Designations</source>
        <translation>Санкц. записи</translation>
    </message>
    <message>
        <source>Trade statistics</source>
        <translation>Стат. торговли</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Отклонено строк</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Отметки</translation>
    </message>
</context>
<context>
    <name>caravan::ChainTableModel</name>
    <message>
        <source>%1 (HS-%2 match)</source>
        <translation>%1 (совпадение HS-%2)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Код ТН ВЭД</translation>
    </message>
    <message>
        <source>CHPL tier</source>
        <translation>Уровень CHPL</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Ввоз</translation>
    </message>
    <message>
        <source>Last onward</source>
        <translation>Последний вывоз</translation>
    </message>
    <message>
        <source>Quantity in</source>
        <translation>Ввезено</translation>
    </message>
    <message>
        <source>Quantity out</source>
        <translation>Вывезено</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Признаки</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>ID цепочки</translation>
    </message>
</context>
<context>
    <name>caravan::ChainsPanel</name>
    <message>
        <source>Detect Chains</source>
        <translation>Найти цепочки</translation>
    </message>
    <message>
        <source>Detect re-export chains</source>
        <translation>Поиск цепочек реэкспорта</translation>
    </message>
    <message>
        <source>Filter: route, HS code, flag, country…</source>
        <translation>Фильтр: маршрут, код ТН ВЭД, признак, страна…</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Цепочки</translation>
    </message>
    <message>
        <source>Chain evidence</source>
        <translation>Доказательства по цепочке</translation>
    </message>
    <message>
        <source>Press Detect Chains to look for goods that pass through a third country to Russia or Belarus.</source>
        <translation>Нажмите «Найти цепочки», чтобы найти товары, идущие в Россию или Беларусь через третью страну.</translation>
    </message>
    <message>
        <source>The chain settings of this case cannot be read: %1</source>
        <translation>Не удалось прочитать настройки цепочек этого дела: %1</translation>
    </message>
    <message>
        <source>Detecting chains</source>
        <translation>Поиск цепочек</translation>
    </message>
    <message>
        <source>Detecting chains…</source>
        <translation>Поиск цепочек…</translation>
    </message>
    <message>
        <source>Detection stopped: %1</source>
        <translation>Поиск остановлен: %1</translation>
    </message>
    <message numerus="yes">
        <source>No chains among %n shipments with %1.</source>
        <translation>
            <numerusform>Среди %n поставки с параметрами %1 цепочек нет.</numerusform>
            <numerusform>Среди %n поставок с параметрами %1 цепочек нет.</numerusform>
            <numerusform>Среди %n поставок с параметрами %1 цепочек нет.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chains proposed (%1; %2 dismissed hidden, %3 below the minimum score). The detector ranks; you decide.</source>
        <translation>
            <numerusform>Предложена %n цепочка (%1; скрыто отклонённых: %2, ниже минимальной оценки: %3). Детектор ранжирует, решаете вы.</numerusform>
            <numerusform>Предложено %n цепочки (%1; скрыто отклонённых: %2, ниже минимальной оценки: %3). Детектор ранжирует, решаете вы.</numerusform>
            <numerusform>Предложено %n цепочек (%1; скрыто отклонённых: %2, ниже минимальной оценки: %3). Детектор ранжирует, решаете вы.</numerusform>
        </translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>оценка %1</translation>
    </message>
    <message>
        <source>+%1 days</source>
        <translation>+%1 дн.</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Поставка</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Через</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Обоснование оценки</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Признаки:</translation>
    </message>
    <message>
        <source>Chart the parties</source>
        <translation>График участников</translation>
    </message>
    <message>
        <source>Show the trade chart of the selected chain&apos;s intermediary</source>
        <translation>Показать график торговли посредника выбранной цепочки</translation>
    </message>
    <message>
        <source>List them…</source>
        <translation>Показать…</translation>
    </message>
    <message>
        <source>Shipments the detector could not use</source>
        <translation>Отгрузки, которые детектор не смог использовать</translation>
    </message>
    <message>
        <source>List the shipments the detector could not use, each with its reason</source>
        <translation>Показать отгрузки, которые детектор не смог использовать, с причиной для каждой</translation>
    </message>
    <message>
        <source>window %1 days, quantities and net weights within %2%, values within %7%, transit %3, destinations %4, HS-%5, minimum score %6</source>
        <translation>окно %1 дн., количества и вес нетто в пределах %2%, стоимость в пределах %7%, транзит %3, назначение %4, HS-%5, минимальная оценка %6</translation>
    </message>
    <message>
        <source>Net weight, kg</source>
        <translation>Вес нетто, кг</translation>
    </message>
</context>
<context>
    <name>caravan::ChartPanel</name>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Shipments by month</source>
        <translation>Поставки по месяцам</translation>
    </message>
    <message>
        <source>Trade statistics</source>
        <translation>Торговая статистика</translation>
    </message>
    <message>
        <source>Mirror statistics</source>
        <translation>Зеркальная статистика</translation>
    </message>
    <message>
        <source>Top counterparties</source>
        <translation>Основные контрагенты</translation>
    </message>
    <message>
        <source>Entity timeline</source>
        <translation>Хронология субъекта</translation>
    </message>
    <message>
        <source>All together</source>
        <translation>Всё вместе</translation>
    </message>
    <message>
        <source>By HS heading (4 digits)</source>
        <translation>По товарной позиции (4 знака)</translation>
    </message>
    <message>
        <source>By HS-6 code</source>
        <translation>По коду HS-6</translation>
    </message>
    <message>
        <source>By CHPL tier</source>
        <translation>По уровню CHPL</translation>
    </message>
    <message>
        <source>By country pair</source>
        <translation>По паре стран</translation>
    </message>
    <message>
        <source>By entity</source>
        <translation>По субъекту</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Any goods</source>
        <translation>Любые товары</translation>
    </message>
    <message>
        <source>CHPL tier %1</source>
        <translation>Уровень CHPL %1</translation>
    </message>
    <message>
        <source>Any flow</source>
        <translation>Любой поток</translation>
    </message>
    <message>
        <source>HS prefix</source>
        <translation>ТН ВЭД</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>ID субъекта</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Разбивка</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to see everything again</source>
        <translation>Перетаскивание — сдвиг, колесо — масштаб, двойной щелчок — показать всё</translation>
    </message>
    <message>
        <source>Reporter (origin)</source>
        <translation>Отчитывающаяся страна (происхождение)</translation>
    </message>
    <message>
        <source>Origin country</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Partner (destination)</source>
        <translation>Партнёр (назначение)</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Open a case to chart its shipments and trade statistics.</source>
        <translation>Откройте дело, чтобы построить диаграммы поставок и торговой статистики.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Leave out outliers</source>
        <translation>Без выбросов</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Логарифмическая шкала</translation>
    </message>
    <message>
        <source>Leave out shipments whose unit value is over 20 times, or under 1/20 of, the median of their HS-6 code</source>
        <translation>Не учитывать поставки, цена единицы которых более чем в 20 раз выше или ниже медианы по их коду ТН ВЭД (6 знаков)</translation>
    </message>
    <message>
        <source>A logarithmic value axis: small and large months side by side</source>
        <translation>Логарифмическая ось значений: малые и большие месяцы рядом</translation>
    </message>
</context>
<context>
    <name>caravan::ChartPlot</name>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>%1 bn</source>
        <translation>%1 млрд</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 млн</translation>
    </message>
    <message>
        <source>%1 k</source>
        <translation>%1 тыс.</translation>
    </message>
</context>
<context>
    <name>caravan::DecisionCommand</name>
    <message>
        <source>Withdraw decision on %1 and %2</source>
        <translation>Отозвать решение по %1 и %2</translation>
    </message>
    <message>
        <source>Reject match %1 and %2</source>
        <translation>Отклонить совпадение %1 и %2</translation>
    </message>
    <message>
        <source>Merge %2 into %1</source>
        <translation>Объединить %2 с %1</translation>
    </message>
    <message>
        <source>Accept %1 as listed %2</source>
        <translation>Признать %1 включённым в список как %2</translation>
    </message>
</context>
<context>
    <name>caravan::DecisionTableModel</name>
    <message>
        <source>screening match</source>
        <translation>совпадение при проверке</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>accepted (merged)</source>
        <translation>принято (объединены)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>Kept: the entity the other merges into</source>
        <translation>Остаётся: субъект, с которым объединяется другой</translation>
    </message>
    <message>
        <source>Merged into the other when accepted</source>
        <translation>При принятии объединяется с другим</translation>
    </message>
    <message>
        <source>The screened entity</source>
        <translation>Проверяемый субъект</translation>
    </message>
    <message>
        <source>The listed entity</source>
        <translation>Субъект из санкционного списка</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <source>Matched with</source>
        <translation>Совпадение с</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>caravan::DecisionsPanel</name>
    <message>
        <source>Withdraw Decision</source>
        <translation>Отозвать решение</translation>
    </message>
    <message>
        <source>Go to Entity</source>
        <translation>Перейти к субъекту</translation>
    </message>
    <message>
        <source>Filter by name, id, kind, decision, user or note</source>
        <translation>Фильтр по имени, ид., виду, решению, пользователю или заметке</translation>
    </message>
    <message>
        <source>Filter decisions</source>
        <translation>Фильтр решений</translation>
    </message>
    <message>
        <source>Undo the selected decision: an accepted duplicate is unmerged, an accepted match loses the designations it copied. Ctrl+Z brings the decision back.</source>
        <translation>Отменить выбранное решение: принятый дубликат разъединяется, с принятого совпадения снимаются скопированные санкционные записи. Ctrl+Z вернёт решение.</translation>
    </message>
    <message>
        <source>Show the entity in the Entities table and the Inspector (or double-click a row)</source>
        <translation>Показать субъекта в таблице «Субъекты» и в инспекторе (или дважды щёлкните строку)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>No decision is selected.</source>
        <translation>Решение не выбрано.</translation>
    </message>
    <message>
        <source>No decisions yet: accept (A) or reject (R) candidates in the Review (matches) panel.</source>
        <translation>Решений пока нет: принимайте (A) или отклоняйте (R) кандидатов на панели «Проверка (совпадения)».</translation>
    </message>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation>
            <numerusform>%n решение</numerusform>
            <numerusform>%n решения</numerusform>
            <numerusform>%n решений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n decisions</source>
        <translation>
            <numerusform>%1 из %n решения</numerusform>
            <numerusform>%1 из %n решений</numerusform>
            <numerusform>%1 из %n решений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::Dialogs</name>
    <message>
        <source>Open Server Case</source>
        <translation>Открыть серверное дело</translation>
    </message>
    <message>
        <source>Address of the case (postgresql://USER@HOST:PORT/DATABASE?case=NAME).
The password comes from PGPASSWORD or ~/.pgpass, or Caravan asks for it.</source>
        <translation>Адрес дела (postgresql://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР:ПОРТ/БАЗА?case=ИМЯ).
Пароль берётся из PGPASSWORD или ~/.pgpass, иначе Caravan его спросит.</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Пароль сервера</translation>
    </message>
</context>
<context>
    <name>caravan::EntityTableModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Идентификаторы</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>В списке</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Sanctions status</source>
        <translation>Статус санкций</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>blocked (50% rule)</source>
        <translation>заблокирован (правило 50%)</translation>
    </message>
    <message>
        <source>possibly blocked</source>
        <translation>возможно заблокирован</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>требует проверки</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Физ. лицо</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>Судно</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Юр. лицо</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>основное</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>псевдоним</translation>
    </message>
    <message>
        <source>weak alias</source>
        <translation>слабый псевдоним</translation>
    </message>
    <message>
        <source>former name</source>
        <translation>прежнее название</translation>
    </message>
    <message>
        <source>ownership</source>
        <translation>владение</translation>
    </message>
    <message>
        <source>directorship</source>
        <translation>директорство</translation>
    </message>
    <message>
        <source>control</source>
        <translation>контроль</translation>
    </message>
    <message>
        <source>other link</source>
        <translation>иная связь</translation>
    </message>
</context>
<context>
    <name>caravan::ExcludedShipmentModel</name>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Декларация</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Экспортёр</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Импортёр</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Код ТН ВЭД</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <source>Net weight, kg</source>
        <translation>Вес нетто, кг</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
</context>
<context>
    <name>caravan::ExcludedShipmentsDialog</name>
    <message>
        <source>Shipments the chain detector could not use</source>
        <translation>Отгрузки, которые детектор цепочек не смог использовать</translation>
    </message>
    <message>
        <source>Shipments left out</source>
        <translation>Неиспользованные отгрузки</translation>
    </message>
</context>
<context>
    <name>caravan::GraphBuilder</name>
    <message>
        <source>Ownership and control at %1</source>
        <translation>Владение и контроль на %1</translation>
    </message>
    <message>
        <source>Ownership and control</source>
        <translation>Владение и контроль</translation>
    </message>
    <message>
        <source>Trade between countries</source>
        <translation>Торговля между странами</translation>
    </message>
    <message>
        <source>Trade between companies</source>
        <translation>Торговля между компаниями</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>, HS %1</source>
        <translation>, ТН ВЭД %1</translation>
    </message>
    <message>
        <source>, CHPL goods</source>
        <translation>, товары CHPL</translation>
    </message>
    <message>
        <source>, CHPL tier %1</source>
        <translation>, CHPL, уровень %1</translation>
    </message>
</context>
<context>
    <name>caravan::GraphCanvas</name>
    <message>
        <source>Graph canvas</source>
        <translation>Область графа</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · Shift+drag: select an area · Ctrl+click: add to selection · F: fit · Delete: hide · Space: expand neighbours</source>
        <translation>Колесо: масштаб · перетаскивание: сдвиг · Shift+перетаскивание: выделить область · Ctrl+щелчок: добавить к выделению · F: вписать · Delete: скрыть · Space: раскрыть соседей</translation>
    </message>
    <message>
        <source>Caravan graph view</source>
        <translation>Граф Caravan</translation>
    </message>
    <message>
        <source>Nothing to draw yet: this view shows the case&apos;s links or shipments once they are imported, at the date chosen below.</source>
        <translation>Пока нечего показать: здесь появятся связи или поставки дела после импорта — на дату, выбранную ниже.</translation>
    </message>
</context>
<context>
    <name>caravan::GraphView</name>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Переместить %n узел</numerusform>
            <numerusform>Переместить %n узла</numerusform>
            <numerusform>Переместить %n узлов</numerusform>
        </translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>Силовая раскладка</translation>
    </message>
    <message>
        <source>Hierarchy (owners above)</source>
        <translation>Иерархия (владельцы сверху)</translation>
    </message>
    <message>
        <source>Radial around selection</source>
        <translation>Радиально вокруг выделения</translation>
    </message>
    <message>
        <source>Refine (keep moved nodes)</source>
        <translation>Уточнить (сохранить перемещённые узлы)</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Раскладка</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>Разложить</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop the running layout or measure; the view keeps what it reached</source>
        <translation>Остановить раскладку или расчёт; вид сохранит достигнутое</translation>
    </message>
    <message>
        <source>Colour: type</source>
        <translation>Цвет: тип</translation>
    </message>
    <message>
        <source>Colour: country</source>
        <translation>Цвет: страна</translation>
    </message>
    <message>
        <source>Colour: sanctions status</source>
        <translation>Цвет: санкционный статус</translation>
    </message>
    <message>
        <source>Colour: marks</source>
        <translation>Цвет: отметки</translation>
    </message>
    <message>
        <source>Size: degree</source>
        <translation>Размер: степень</translation>
    </message>
    <message>
        <source>Size: betweenness</source>
        <translation>Размер: посредничество</translation>
    </message>
    <message>
        <source>Size: trade value</source>
        <translation>Размер: объём торговли</translation>
    </message>
    <message>
        <source>Size: uniform</source>
        <translation>Размер: одинаковый</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Fit the visible graph in the view (F)</source>
        <translation>Вписать видимый граф в окно (F)</translation>
    </message>
    <message>
        <source>Find path</source>
        <translation>Найти путь</translation>
    </message>
    <message>
        <source>Shortest path between the two selected entities (P)</source>
        <translation>Кратчайший путь между двумя выбранными субъектами (P)</translation>
    </message>
    <message>
        <source>All paths</source>
        <translation>Все пути</translation>
    </message>
    <message>
        <source>Every path between the two selected entities up to the hop limit</source>
        <translation>Все пути между двумя выбранными субъектами в пределах лимита шагов</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Окружение</translation>
    </message>
    <message>
        <source>Highlight everything within the hop limit of the selection</source>
        <translation>Подсветить всё в пределах лимита шагов от выделения</translation>
    </message>
    <message>
        <source>hops ≤ </source>
        <translation>шагов ≤ </translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Исследовать</translation>
    </message>
    <message>
        <source>Show only the selection, then Space to expand its neighbours step by step</source>
        <translation>Показать только выделенное, затем Space — раскрывать соседей шаг за шагом</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Hide the selection from the view (Delete)</source>
        <translation>Скрыть выделенное (Delete)</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Закрепить</translation>
    </message>
    <message>
        <source>Keep the selection in place when the layout is refined (dragging a node pins it too)</source>
        <translation>Оставлять выделенное на месте при уточнении раскладки (перетащенный узел тоже закрепляется)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the view as PNG or SVG, or the graph as GraphML or GEXF</source>
        <translation>Сохранить вид как PNG или SVG, либо граф как GraphML или GEXF</translation>
    </message>
    <message>
        <source>Find in graph…</source>
        <translation>Найти в графе…</translation>
    </message>
    <message>
        <source>No entity in this graph matches “%1”</source>
        <translation>В этом графе нет субъектов, соответствующих «%1»</translation>
    </message>
    <message>
        <source>Countries, e.g. KZ, KG</source>
        <translation>Страны, напр. KZ, KG</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>По странам</translation>
    </message>
    <message>
        <source>Countries as nodes, joined by the value of their shipments</source>
        <translation>Страны как узлы, связанные стоимостью поставок</translation>
    </message>
    <message>
        <source>Countries: </source>
        <translation>Страны: </translation>
    </message>
    <message>
        <source>Building the ownership graph</source>
        <translation>Построение графа владения</translation>
    </message>
    <message>
        <source>Building the trade graph</source>
        <translation>Построение торгового графа</translation>
    </message>
    <message>
        <source>Building the graph…</source>
        <translation>Построение графа…</translation>
    </message>
    <message>
        <source>Layout of %1 nodes</source>
        <translation>Раскладка %1 узлов</translation>
    </message>
    <message>
        <source>Betweenness of %1 nodes</source>
        <translation>Посредничество для %1 узлов</translation>
    </message>
    <message>
        <source>Size: betweenness, approximate (%1 of %2 sources sampled)</source>
        <translation>Размер: посредничество, приблизительно (выборка %1 из %2 источников)</translation>
    </message>
    <message>
        <source>Size: betweenness (exact)</source>
        <translation>Размер: посредничество (точно)</translation>
    </message>
    <message>
        <source>Select exactly two entities (Ctrl+click) to find the paths between them.</source>
        <translation>Выберите ровно два субъекта (Ctrl+щелчок), чтобы найти пути между ними.</translation>
    </message>
    <message>
        <source>No path of at most %1 links between %2 and %3</source>
        <translation>Между %2 и %3 нет пути не длиннее %1 связей</translation>
    </message>
    <message>
        <source>%1 and %2 are not connected in this graph</source>
        <translation>%1 и %2 не связаны в этом графе</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) of at most %1 links between %2 and %3</source>
        <translation>
            <numerusform>%n путь не длиннее %1 связей между %2 и %3</numerusform>
            <numerusform>%n пути не длиннее %1 связей между %2 и %3</numerusform>
            <numerusform>%n путей не длиннее %1 связей между %2 и %3</numerusform>
        </translation>
    </message>
    <message>
        <source> (first 500 shown)</source>
        <translation> (показаны первые 500)</translation>
    </message>
    <message numerus="yes">
        <source>Shortest path, %n link(s): </source>
        <translation>
            <numerusform>Кратчайший путь, %n связь: </numerusform>
            <numerusform>Кратчайший путь, %n связи: </numerusform>
            <numerusform>Кратчайший путь, %n связей: </numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more entities first.</source>
        <translation>Сначала выберите один или несколько субъектов.</translation>
    </message>
    <message>
        <source>%1 entities within %2 hops of the selection</source>
        <translation>Субъектов в пределах %2 шагов от выделения: %1</translation>
    </message>
    <message>
        <source>Select an entity to explore from (search for it, or click it).</source>
        <translation>Выберите субъект, с которого начать (найдите его поиском или щёлкните по нему).</translation>
    </message>
    <message>
        <source>Press Space to show the neighbours of the selection, again for the next ring.</source>
        <translation>Нажмите Space, чтобы показать соседей выделенного, ещё раз — следующее кольцо.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Не удалось записать %1</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .graphml or .gexf</source>
        <translation>Выберите файл с расширением .png, .svg, .graphml или .gexf</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Export graph</source>
        <translation>Экспорт графа</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;GraphML for yEd and Gephi (*.graphml);;GEXF for Gephi (*.gexf)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg);;GraphML для yEd и Gephi (*.graphml);;GEXF для Gephi (*.gexf)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>%1 nodes · %2 edges</source>
        <translation>Узлов: %1 · связей: %2</translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · показано: %1</translation>
    </message>
    <message>
        <source> · %1 selected</source>
        <translation> · выбрано: %1</translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation>Вся сеть</translation>
    </message>
    <message>
        <source>Leave the ownership view of one entity and show the whole network again</source>
        <translation>Выйти из просмотра владения одного субъекта и снова показать всю сеть</translation>
    </message>
    <message>
        <source>This entity has no owners or holdings in the network at this date.</source>
        <translation>На эту дату у субъекта нет владельцев и активов в сети.</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>Все компоненты</translation>
    </message>
    <message>
        <source>Show every component of the network, not only the largest that read at fit</source>
        <translation>Показать все компоненты сети, а не только крупнейшие, которые читаются при вписывании</translation>
    </message>
    <message numerus="yes">
        <source>Grouped by country: more than %n companies. Double-click a country to open it.</source>
        <translation>
            <numerusform>По странам: больше %n компании. Дважды щёлкните страну, чтобы открыть её.</numerusform>
            <numerusform>По странам: больше %n компаний. Дважды щёлкните страну, чтобы открыть её.</numerusform>
            <numerusform>По странам: больше %n компаний. Дважды щёлкните страну, чтобы открыть её.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n largest components (%1 of %2 entities); %3 more components, %4 entities: All components shows them.</source>
        <translation>
            <numerusform>%n крупнейший компонент (%1 из %2 объектов); ещё компонентов: %3, объектов: %4. Их показывает кнопка «Все компоненты».</numerusform>
            <numerusform>%n крупнейших компонента (%1 из %2 объектов); ещё компонентов: %3, объектов: %4. Их показывает кнопка «Все компоненты».</numerusform>
            <numerusform>%n крупнейших компонентов (%1 из %2 объектов); ещё компонентов: %3, объектов: %4. Их показывает кнопка «Все компоненты».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companies and their trade partners only: By country shows the whole network.</source>
        <translation>
            <numerusform>%n компания и её торговые партнёры: «По странам» покажет всю сеть.</numerusform>
            <numerusform>%n компании и их торговые партнёры: «По странам» покажет всю сеть.</numerusform>
            <numerusform>%n компаний и их торговые партнёры: «По странам» покажет всю сеть.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Файлы для импорта</translation>
    </message>
    <message>
        <source>Caravan recognises Caravan CSV, FollowTheMoney, BODS, OFAC SDN and trade statistics. Any other CSV is imported through a column mapping on the next page.</source>
        <translation>Caravan распознаёт Caravan CSV, FollowTheMoney, BODS, OFAC SDN и торговую статистику. Любой другой CSV импортируется через сопоставление столбцов на следующей странице.</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Mapped CSV (any columns)</source>
        <translation>CSV с сопоставлением (любые столбцы)</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Читать как:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Распознано:</translation>
    </message>
    <message>
        <source>Data files (*.csv *.txt *.tsv *.json *.jsonl *.ftm *.xml);;All files (*)</source>
        <translation>Файлы данных (*.csv *.txt *.tsv *.json *.jsonl *.ftm *.xml);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>a CSV file with %n columns (%1, delimiter “%2”): map them on the next page</source>
        <translation>
            <numerusform>файл CSV с %n столбцом (%1, разделитель «%2»): сопоставьте их на следующей странице</numerusform>
            <numerusform>файл CSV с %n столбцами (%1, разделитель «%2»): сопоставьте их на следующей странице</numerusform>
            <numerusform>файл CSV с %n столбцами (%1, разделитель «%2»): сопоставьте их на следующей странице</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, encoding %3</source>
        <translation>%1, %2, кодировка %3</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Choose which column feeds each Caravan field, or give a value for every row. The preview shows the first rows as Caravan will read them; red cells would be rejected.</source>
        <translation>Выберите, из какого столбца заполняется каждое поле Caravan, или задайте значение для всех строк. В предпросмотре показаны первые строки так, как их прочитает Caravan; красные ячейки будут отклонены.</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Поставки</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Субъекты</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>Санкции</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>определить</translation>
    </message>
    <message>
        <source>point (1234.5)</source>
        <translation>точка (1234.5)</translation>
    </message>
    <message>
        <source>comma (1234,5)</source>
        <translation>запятая (1234,5)</translation>
    </message>
    <message>
        <source>Load Mapping…</source>
        <translation>Загрузить сопоставление…</translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation>Сохранить сопоставление…</translation>
    </message>
    <message>
        <source>Rows are:</source>
        <translation>Строки — это:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <source>Decimals:</source>
        <translation>Десятичный разделитель:</translation>
    </message>
    <message>
        <source>Caravan field</source>
        <translation>Поле Caravan</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <source>Or this value</source>
        <translation>Или это значение</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Загрузка сопоставления</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Сопоставления (*.json)</translation>
    </message>
    <message>
        <source>Cannot load the mapping</source>
        <translation>Не удалось загрузить сопоставление</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Сохранение сопоставления</translation>
    </message>
    <message>
        <source>Cannot save the mapping</source>
        <translation>Не удалось сохранить сопоставление</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n values in the preview would be rejected (red); their rows will be kept as rejected rows. Check the date format and decimals.</source>
        <translation>
            <numerusform>%n значение в предпросмотре будет отклонено (красное); его строка сохранится как отклонённая. Проверьте формат дат и десятичный разделитель.</numerusform>
            <numerusform>%n значения в предпросмотре будут отклонены (красные); их строки сохранятся как отклонённые. Проверьте формат дат и десятичный разделитель.</numerusform>
            <numerusform>%n значений в предпросмотре будут отклонены (красные); их строки сохранятся как отклонённые. Проверьте формат дат и десятичный разделитель.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Остановлено: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Row as read</source>
        <translation>Строка в прочитанном виде</translation>
    </message>
    <message>
        <source>Rejected rows (all of them are in the Rejected rows panel):</source>
        <translation>Отклонённые строки (все они есть на панели «Отклонённые строки»):</translation>
    </message>
    <message numerus="yes">
        <source>%n files imported.</source>
        <translation>
            <numerusform>Импортирован %n файл.</numerusform>
            <numerusform>Импортировано %n файла.</numerusform>
            <numerusform>Импортировано %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped: %1. Files imported before it are kept; the file it stopped in left nothing behind.</source>
        <translation>Импорт остановлен: %1. Ранее импортированные файлы сохранены; файл, на котором произошла остановка, не оставил изменений.</translation>
    </message>
    <message>
        <source>whole file (already imported)</source>
        <translation>весь файл (уже импортирован)</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Определено</translation>
    </message>
    <message>
        <source>Why this column</source>
        <translation>Почему этот столбец</translation>
    </message>
    <message>
        <source>named “%1”</source>
        <translation>называется «%1»</translation>
    </message>
    <message>
        <source>box %1 of the declaration</source>
        <translation>графа %1 декларации</translation>
    </message>
    <message>
        <source>box %1 of the declaration, named “%2”</source>
        <translation>графа %1 декларации, называется «%2»</translation>
    </message>
    <message>
        <source>contains “%1”</source>
        <translation>содержит «%1»</translation>
    </message>
    <message>
        <source>an identifier column: preferred to the name as the party&apos;s reference</source>
        <translation>столбец кодов: код участника предпочтён наименованию</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>кодировка %1</translation>
    </message>
    <message>
        <source>delimiter “%1”</source>
        <translation>разделитель «%1»</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>dates %1 (%2 of %3 values read, e.g. %4; day and month could be swapped: check)</source>
        <translation>даты %1 (прочитано %2 из %3 значений, напр. %4; день и месяц можно перепутать: проверьте)</translation>
    </message>
    <message>
        <source>dates %1 (%2 of %3 values read, e.g. %4)</source>
        <translation>даты %1 (прочитано %2 из %3 значений, напр. %4)</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>десятичная запятая</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>десятичная точка</translation>
    </message>
    <message>
        <source>%1 (guessed: no value told)</source>
        <translation>%1 (предположение: ни одно значение не показало)</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (напр. %2)</translation>
    </message>
    <message>
        <source>lists separated by “%1” (e.g. %2)</source>
        <translation>списки через «%1» (напр. %2)</translation>
    </message>
    <message numerus="yes">
        <source>Detected from %n sample rows: </source>
        <translation>
            <numerusform>Определено по %n строке образца: </numerusform>
            <numerusform>Определено по %n строкам образца: </numerusform>
            <numerusform>Определено по %n строкам образца: </numerusform>
        </translation>
    </message>
    <message>
        <source>Columns left out: %1.</source>
        <translation>Не использованы столбцы: %1.</translation>
    </message>
    <message>
        <source>no date column: the registration date in the declaration number</source>
        <translation>нет столбца даты: дата регистрации из номера декларации</translation>
    </message>
    <message>
        <source>Each file is imported whole or not at all: Cancel leaves out the file being imported; files already imported stay in the case.</source>
        <translation>Каждый файл импортируется целиком или не импортируется вовсе: «Отмена» не добавляет файл, который импортируется сейчас; уже импортированные файлы остаются в деле.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: the file being imported was left out; %n file(s) imported before it stay in the case.</source>
        <translation>
            <numerusform>Отменено: файл, который импортировался, не добавлен; %n файл, импортированный до него, остаётся в деле.</numerusform>
            <numerusform>Отменено: файл, который импортировался, не добавлен; %n файла, импортированных до него, остаются в деле.</numerusform>
            <numerusform>Отменено: файл, который импортировался, не добавлен; %n файлов, импортированных до него, остаются в деле.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::InspectorPanel</name>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Select an entity in a table to see all its names, identifiers, addresses, links and sources here.</source>
        <translation>Выберите субъект в таблице, чтобы увидеть здесь все его имена, идентификаторы, адреса, связи и источники.</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Incorporated</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Designations</source>
        <translation>Санкционные записи</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Идентификаторы</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Owners and officers</source>
        <translation>Владельцы и должностные лица</translation>
    </message>
    <message>
        <source>Holdings and directorships</source>
        <translation>Доли участия и должности</translation>
    </message>
    <message>
        <source>Shipments: %1 sent, %2 received</source>
        <translation>Поставки: отправлено %1, получено %2</translation>
    </message>
    <message>
        <source>First seen in %1</source>
        <translation>Впервые встречается в %1</translation>
    </message>
    <message>
        <source>Marked %1</source>
        <translation>Отметка: %1</translation>
    </message>
</context>
<context>
    <name>caravan::LayoutJob</name>
    <message>
        <source>Force-directed layout of %1 nodes in %2 steps</source>
        <translation>Силовая раскладка %1 узлов за %2 шагов</translation>
    </message>
</context>
<context>
    <name>caravan::ListRules</name>
    <message>
        <source>OFAC 50% rule</source>
        <translation>Правило OFAC 50%</translation>
    </message>
    <message>
        <source>EU ownership and control</source>
        <translation>Владение и контроль по правилу ЕС</translation>
    </message>
    <message>
        <source>UK ownership and control (OFSI)</source>
        <translation>Владение и контроль по правилу Великобритании (OFSI)</translation>
    </message>
    <message>
        <source>%1 counts no list in this case.</source>
        <translation>%1: в этом деле не учитывается ни один список.</translation>
    </message>
    <message>
        <source>%1, counting: %2.</source>
        <translation>%1, учитываются: %2.</translation>
    </message>
    <message>
        <source>Not counted, feeding %1: %2.</source>
        <translation>Не учитываются (учитываются правилом «%1»): %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>Counted by no rule: %1.</source>
        <translation>Не учитываются ни одним правилом: %1.</translation>
    </message>
</context>
<context>
    <name>caravan::ListRulesCommand</name>
    <message>
        <source>Change which lists each rule counts</source>
        <translation>Изменить списки, учитываемые правилами</translation>
    </message>
</context>
<context>
    <name>caravan::ListRulesDialog</name>
    <message>
        <source>Lists and rules</source>
        <translation>Списки и правила</translation>
    </message>
    <message>
        <source>Each ownership rule counts only the lists of its own authority. By default the OFAC 50% rule counts the OFAC SDN list only; the EU rule counts EU lists and UN listings; the UK test counts UK lists and UN listings. Export controls (BIS), OFAC&apos;s non-SDN lists, other countries&apos; sanctions and lists Caravan does not recognise count for no rule unless you tick them here. Changes are stored in the case, can be undone and are written to the audit log.</source>
        <translation>Каждое правило о владении учитывает только списки своего органа. По умолчанию правило OFAC 50% учитывает только список OFAC SDN; правило ЕС — списки ЕС и списки ООН; правило Великобритании — списки Великобритании и списки ООН. Экспортный контроль (BIS), списки OFAC вне SDN, санкции других стран и списки, которые Caravan не распознаёт, не учитываются ни одним правилом, пока вы не отметите их здесь. Изменения сохраняются в деле, их можно отменить, и они записываются в журнал аудита.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Что это</translation>
    </message>
    <message>
        <source>Designations</source>
        <translation>Санкционные записи</translation>
    </message>
    <message>
        <source>OFAC 50% rule</source>
        <translation>Правило OFAC 50%</translation>
    </message>
    <message>
        <source>EU rule</source>
        <translation>Правило ЕС</translation>
    </message>
    <message>
        <source>UK test</source>
        <translation>Правило Великобритании</translation>
    </message>
    <message>
        <source>Designation lists and the rules they feed</source>
        <translation>Санкционные списки и правила, которые их учитывают</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>По умолчанию: %1</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>учитывается</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>не учитывается</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Every list back to what Caravan takes it to be</source>
        <translation>Вернуть каждому списку значение, определённое Caravan</translation>
    </message>
</context>
<context>
    <name>caravan::MainWindow</name>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Субъекты</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Поставки</translation>
    </message>
    <message>
        <source>Search names, ids, goods… (Ctrl+F)</source>
        <translation>Поиск по именам, ID, товарам… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>Искать везде</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>&amp;Открыть дело…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Сохранить &amp;копию как…</translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation>&amp;Закрыть дело</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Search Everywhere</source>
        <translation>&amp;Искать везде</translation>
    </message>
    <message>
        <source>&amp;About Caravan</source>
        <translation>&amp;О программе Caravan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние дела</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Export Rejected Rows…</source>
        <translation>Экспорт отклонённых строк…</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Экспорт отклонённых строк</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export rejected rows</source>
        <translation>Не удалось экспортировать отклонённые строки</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows written to %1</source>
        <translation>
            <numerusform>%n отклонённая строка записана в %1</numerusform>
            <numerusform>%n отклонённые строки записаны в %1</numerusform>
            <numerusform>%n отклонённых строк записано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Открыто только для чтения</translation>
    </message>
    <message>
        <source>It is shown read-only here.</source>
        <translation>Здесь оно открыто только для чтения.</translation>
    </message>
    <message>
        <source>Cannot open case</source>
        <translation>Не удалось открыть дело</translation>
    </message>
    <message>
        <source>Upgraded from case schema %1; the old file was kept as %2</source>
        <translation>Обновлено со схемы дела %1; старый файл сохранён как %2</translation>
    </message>
    <message>
        <source>Cannot create case</source>
        <translation>Не удалось создать дело</translation>
    </message>
    <message>
        <source>Caravan</source>
        <translation>Caravan</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Дело не открыто</translation>
    </message>
    <message>
        <source>%1 [read-only] — Caravan</source>
        <translation>%1 [только чтение] — Caravan</translation>
    </message>
    <message>
        <source>%1 — Caravan</source>
        <translation>%1 — Caravan</translation>
    </message>
    <message>
        <source>%1 entities · %2 links · %3 shipments · %4 designations</source>
        <translation>Субъектов: %1 · связей: %2 · поставок: %3 · санкц. записей: %4</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name.</source>
        <translation>%1 уже существует. Откройте его или выберите другое имя.</translation>
    </message>
    <message>
        <source>Save a copy of the case</source>
        <translation>Сохранить копию дела</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Не удалось сохранить копию</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the copy.</source>
        <translation>%1 уже существует; выберите новое имя для копии.</translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>Сохранение копии</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation>Копия сохранена как %1</translation>
    </message>
    <message>
        <source>About Caravan</source>
        <translation>О программе Caravan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;An offline workstation for investigating sanctions circumvention: entities, ownership, sanctions lists and shipments in one case file, with the source of every fact kept.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite case files&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;Автономное рабочее место для расследования обхода санкций: субъекты, владение, санкционные списки и поставки в одном файле дела с сохранением источника каждого факта.&lt;/p&gt;&lt;p&gt;Qt %2 · файлы дел SQLite&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n субъект</numerusform>
            <numerusform>%n субъекта</numerusform>
            <numerusform>%n субъектов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipments</source>
        <translation>
            <numerusform>%n поставка</numerusform>
            <numerusform>%n поставки</numerusform>
            <numerusform>%n поставок</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Заключение</translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n источник</numerusform>
            <numerusform>%n источника</numerusform>
            <numerusform>%n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows</source>
        <translation>
            <numerusform>%n отклонённая строка</numerusform>
            <numerusform>%n отклонённые строки</numerusform>
            <numerusform>%n отклонённых строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Отметки</translation>
    </message>
    <message numerus="yes">
        <source>%n marks</source>
        <translation>
            <numerusform>%n отметка</numerusform>
            <numerusform>%n отметки</numerusform>
            <numerusform>%n отметок</numerusform>
        </translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Владение</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Торговля</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import entities, ownership, sanctions lists or shipments into the case</source>
        <translation>Импортировать в дело субъекты, сведения о владении, санкционные списки или поставки</translation>
    </message>
    <message>
        <source>&amp;Mark…</source>
        <translation>&amp;Отметить…</translation>
    </message>
    <message>
        <source>Mark the selected entity or shipment suspected, confirmed or dismissed</source>
        <translation>Отметить выбранный субъект или поставку как подозрительные, подтверждённые или отклонённые</translation>
    </message>
    <message>
        <source>C&amp;lear Mark</source>
        <translation>&amp;Снять отметку</translation>
    </message>
    <message>
        <source>&amp;Detect Chains</source>
        <translation>&amp;Найти цепочки</translation>
    </message>
    <message>
        <source>Look for goods that pass through a third country to Russia or Belarus</source>
        <translation>Искать товары, идущие в Россию или Беларусь через третью страну</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>О&amp;тчёт…</translation>
    </message>
    <message>
        <source>Make the PDF report of this case</source>
        <translation>Сформировать PDF-отчёт по делу</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;Анализ</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Обучение</translation>
    </message>
    <message>
        <source>&amp;New Training Case…</source>
        <translation>&amp;Новое учебное дело…</translation>
    </message>
    <message>
        <source>&amp;Score the Marks</source>
        <translation>&amp;Оценить отметки</translation>
    </message>
    <message>
        <source>&amp;Reveal the Answer Key</source>
        <translation>&amp;Показать ключ ответов</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Цепочки</translation>
    </message>
    <message>
        <source>Review (matches)</source>
        <translation>Проверка (совпадения)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Caravan will use the new language the next time it starts.</source>
        <translation>Новый язык будет применён при следующем запуске Caravan.</translation>
    </message>
    <message>
        <source>Cannot prepare the report</source>
        <translation>Не удалось подготовить отчёт</translation>
    </message>
    <message>
        <source>chain %1 (%2)</source>
        <translation>цепочка %1 (%2)</translation>
    </message>
    <message>
        <source>shipment %1 (%2)</source>
        <translation>поставка %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot mark</source>
        <translation>Не удалось поставить отметку</translation>
    </message>
    <message>
        <source>Cannot clear the mark</source>
        <translation>Не удалось снять отметку</translation>
    </message>
    <message>
        <source>Save the training case as</source>
        <translation>Сохранить учебное дело как</translation>
    </message>
    <message>
        <source>Generating the training case</source>
        <translation>Создание учебного дела</translation>
    </message>
    <message>
        <source>Cannot create the training case</source>
        <translation>Не удалось создать учебное дело</translation>
    </message>
    <message>
        <source>Preparing the report</source>
        <translation>Подготовка отчёта</translation>
    </message>
    <message>
        <source>Show &amp;Ownership</source>
        <translation>Показать &amp;владение</translation>
    </message>
    <message>
        <source>Show the selected entity&apos;s owners and holdings on the Ownership tab</source>
        <translation>Показать владельцев и активы выбранного субъекта на вкладке «Владение»</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>&amp;Encrypt Case…</source>
        <translation>&amp;Зашифровать дело…</translation>
    </message>
    <message>
        <source>Protect the case file with a passphrase (AES-256)</source>
        <translation>Защитить файл дела парольной фразой (AES-256)</translation>
    </message>
    <message>
        <source>Wrong passphrase (or the file was altered). Try again.</source>
        <translation>Неверная парольная фраза (или файл изменён). Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter its passphrase to open it.</source>
        <translation>%1 зашифрован. Введите парольную фразу, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Encrypt %1 with a passphrase. The case file is then unreadable without it; Caravan asks for it whenever the case is opened.</source>
        <translation>Зашифровать %1 парольной фразой. Без неё файл дела будет нечитаем; Caravan будет запрашивать её при каждом открытии дела.</translation>
    </message>
    <message>
        <source>Cannot encrypt the case</source>
        <translation>Не удаётся зашифровать дело</translation>
    </message>
    <message>
        <source>The case is encrypted</source>
        <translation>Дело зашифровано</translation>
    </message>
    <message>
        <source>Enter the passphrase of %1 to remove its encryption. The case is then stored unencrypted.</source>
        <translation>Введите парольную фразу %1, чтобы снять шифрование. После этого дело хранится без шифрования.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Неверная парольная фраза. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Cannot remove the encryption</source>
        <translation>Не удаётся снять шифрование</translation>
    </message>
    <message>
        <source>The case is no longer encrypted</source>
        <translation>Дело больше не зашифровано</translation>
    </message>
    <message>
        <source>Remove Encr&amp;yption…</source>
        <translation>Снять &amp;шифрование…</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (зашифровано)</translation>
    </message>
    <message>
        <source>Sanctions &amp;Lists and Rules…</source>
        <translation>Санкционные &amp;списки и правила…</translation>
    </message>
    <message>
        <source>Choose which designation lists the OFAC, EU and UK rules count in this case</source>
        <translation>Выбрать, какие санкционные списки учитывают правила OFAC, ЕС и Великобритании в этом деле</translation>
    </message>
    <message>
        <source>Lists and rules</source>
        <translation>Списки и правила</translation>
    </message>
    <message>
        <source>This case holds no designations yet: import a sanctions list first.</source>
        <translation>В деле ещё нет санкционных записей: сначала импортируйте санкционный список.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Аномалии</translation>
    </message>
    <message>
        <source>Open &amp;Server Case…</source>
        <translation>Открыть &amp;серверное дело…</translation>
    </message>
    <message>
        <source>Wait for the running task to finish, or cancel it, then open the case.</source>
        <translation>Дождитесь окончания текущей задачи или отмените её, затем откройте дело.</translation>
    </message>
    <message>
        <source>The server refused that password. Try again.</source>
        <translation>Сервер не принял этот пароль. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The server of the case %1 asks for a password.</source>
        <translation>Сервер дела %1 запрашивает пароль.</translation>
    </message>
    <message>
        <source>Bringing the server case %1 to this computer</source>
        <translation>Серверное дело %1 переносится на этот компьютер</translation>
    </message>
    <message>
        <source>The server case could not be brought up to date: %1</source>
        <translation>Не удалось обновить серверное дело: %1</translation>
    </message>
    <message>
        <source>Server case %1 as %2 · as of %3</source>
        <translation>Серверное дело %1, пользователь %2 · по состоянию на %3</translation>
    </message>
    <message>
        <source>%1, reader</source>
        <translation>%1, читатель</translation>
    </message>
    <message>
        <source>%1 — server case %2 (%3) — Caravan</source>
        <translation>%1 — серверное дело %2 (%3) — Caravan</translation>
    </message>
</context>
<context>
    <name>caravan::MapCanvas</name>
    <message>
        <source>No shipments in the filtered trade</source>
        <translation>Нет поставок в отфильтрованной торговле</translation>
    </message>
    <message numerus="yes">
        <source>Sent: %1 (%n shipment(s))</source>
        <translation>
            <numerusform>Отправлено: %1 (%n поставка)</numerusform>
            <numerusform>Отправлено: %1 (%n поставки)</numerusform>
            <numerusform>Отправлено: %1 (%n поставок)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received: %1 (%n shipment(s))</source>
        <translation>
            <numerusform>Получено: %1 (%n поставка)</numerusform>
            <numerusform>Получено: %1 (%n поставки)</numerusform>
            <numerusform>Получено: %1 (%n поставок)</numerusform>
        </translation>
    </message>
    <message>
        <source>Route leg %1: %2 → %3, %4</source>
        <translation>Участок маршрута %1: %2 → %3, %4</translation>
    </message>
</context>
<context>
    <name>caravan::MapPainter</name>
    <message>
        <source>(not on the map)</source>
        <translation>(нет на карте)</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
</context>
<context>
    <name>caravan::MapView</name>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Show the whole route, or the whole world when no chain is selected (double-click the map)</source>
        <translation>Показать весь маршрут или весь мир, если цепочка не выбрана (двойной щелчок по карте)</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Мир</translation>
    </message>
    <message>
        <source>Show the whole world</source>
        <translation>Показать весь мир</translation>
    </message>
    <message>
        <source>Building the trade map</source>
        <translation>Построение карты торговли</translation>
    </message>
    <message>
        <source>Building the trade map…</source>
        <translation>Построение карты торговли…</translation>
    </message>
    <message>
        <source>Open a case to see its trade on the map.</source>
        <translation>Откройте дело, чтобы увидеть его торговлю на карте.</translation>
    </message>
    <message>
        <source>No shipments between countries match the filters.</source>
        <translation>Ни одна поставка между странами не подходит под фильтры.</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) between countries; arc width is the declared value. The largest %1 are drawn.</source>
        <translation>
            <numerusform>%n поток между странами; ширина дуги — заявленная стоимость. Показаны %1 крупнейших.</numerusform>
            <numerusform>%n потока между странами; ширина дуги — заявленная стоимость. Показаны %1 крупнейших.</numerusform>
            <numerusform>%n потоков между странами; ширина дуги — заявленная стоимость. Показаны %1 крупнейших.</numerusform>
        </translation>
    </message>
    <message>
        <source>Route of the selected chain: %1.</source>
        <translation>Маршрут выбранной цепочки: %1.</translation>
    </message>
    <message>
        <source>Select a chain in the Chains dock to draw its route.</source>
        <translation>Выберите цепочку на панели «Цепочки», чтобы нарисовать её маршрут.</translation>
    </message>
</context>
<context>
    <name>caravan::MarkCommand</name>
    <message>
        <source>Mark %1 %2</source>
        <translation>Отметить %1 %2</translation>
    </message>
    <message>
        <source>Clear mark on %1</source>
        <translation>Снять отметку с %1</translation>
    </message>
</context>
<context>
    <name>caravan::MarkDialog</name>
    <message>
        <source>Mark</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>How do you judge &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>Как вы оцениваете &lt;b&gt;%1&lt;/b&gt;?</translation>
    </message>
    <message>
        <source>&amp;Suspected</source>
        <translation>&amp;Подозрение</translation>
    </message>
    <message>
        <source>&amp;Confirmed</source>
        <translation>П&amp;одтверждено</translation>
    </message>
    <message>
        <source>&amp;Dismissed</source>
        <translation>Откл&amp;онено</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Уверенность:</translation>
    </message>
    <message>
        <source>What you saw, what you checked, what is still open…</source>
        <translation>Что вы увидели, что проверили, что ещё предстоит выяснить…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
</context>
<context>
    <name>caravan::MarkTableModel</name>
    <message>
        <source>suspected</source>
        <translation>подозрение</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
</context>
<context>
    <name>caravan::MatchCandidateModel</name>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Совпадает с</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>likely the same</source>
        <translation>вероятно, тот же</translation>
    </message>
    <message>
        <source>possible, check</source>
        <translation>возможно, проверьте</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
</context>
<context>
    <name>caravan::MirrorParty</name>
    <message>
        <source>exporter</source>
        <translation>экспортёр</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>транзитный узел</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>покупатель</translation>
    </message>
</context>
<context>
    <name>caravan::OverviewPanel</name>
    <message>
        <source>Detect Chains</source>
        <translation>Найти цепочки</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Top chains</source>
        <translation>Главные цепочки</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Blocked and possibly blocked entities</source>
        <translation>Заблокированные и возможно заблокированные субъекты</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Тревожный признак</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Red flags by kind</source>
        <translation>Тревожные признаки по видам</translation>
    </message>
    <message>
        <source>What the case holds</source>
        <translation>Что есть в деле</translation>
    </message>
    <message>
        <source>Look for goods that pass through a third country to Russia or Belarus</source>
        <translation>Искать товары, идущие в Россию или Беларусь через третью страну</translation>
    </message>
    <message>
        <source>Marks by status</source>
        <translation>Отметки по статусу</translation>
    </message>
    <message>
        <source>Shipments to Russia and Belarus by CHPL tier</source>
        <translation>Поставки в Россию и Беларусь по уровням CHPL</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Computing the case overview</source>
        <translation>Расчёт обзора дела</translation>
    </message>
    <message>
        <source>The overview could not be computed: %1</source>
        <translation>Не удалось рассчитать обзор: %1</translation>
    </message>
    <message>
        <source>Detection stopped: %1</source>
        <translation>Поиск остановлен: %1</translation>
    </message>
    <message>
        <source>detecting chains</source>
        <translation>поиск цепочек</translation>
    </message>
    <message numerus="yes">
        <source>chains proposed</source>
        <translation>
            <numerusform>цепочка предложена</numerusform>
            <numerusform>цепочки предложено</numerusform>
            <numerusform>цепочек предложено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>red flags on parties, %n kinds</source>
        <translation>
            <numerusform>тревожных признаков у сторон, %n вид</numerusform>
            <numerusform>тревожных признаков у сторон, %n вида</numerusform>
            <numerusform>тревожных признаков у сторон, %n видов</numerusform>
        </translation>
    </message>
    <message>
        <source>CHPL shipments to %1</source>
        <translation>поставки товаров CHPL в %1</translation>
    </message>
    <message numerus="yes">
        <source>marks</source>
        <translation>
            <numerusform>отметка</numerusform>
            <numerusform>отметки</numerusform>
            <numerusform>отметок</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the overview…</source>
        <translation>Расчёт обзора…</translation>
    </message>
    <message>
        <source>%1 entities (%2 companies, %3 persons) · %4 links · %5 shipments · %6 designations</source>
        <translation>Субъектов: %1 (компаний: %2, лиц: %3) · связей: %4 · поставок: %5 · санкционных записей: %6</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources: %1</source>
        <translation>
            <numerusform>%n источник: %1</numerusform>
            <numerusform>%n источника: %1</numerusform>
            <numerusform>%n источников: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(updating…)</source>
        <translation>(обновляется…)</translation>
    </message>
    <message>
        <source>Detecting chains…</source>
        <translation>Поиск цепочек…</translation>
    </message>
    <message>
        <source>No shipments in this case yet: import shipments to look for chains.</source>
        <translation>В деле пока нет поставок: импортируйте поставки, чтобы искать цепочки.</translation>
    </message>
    <message>
        <source>Chains have not been detected yet.</source>
        <translation>Цепочки ещё не искали.</translation>
    </message>
    <message>
        <source>Top chains: none proposed</source>
        <translation>Главные цепочки: не предложено ни одной</translation>
    </message>
    <message>
        <source>The detector proposed no chain with the case&apos;s settings (see the Chains panel).</source>
        <translation>С настройками дела детектор не предложил ни одной цепочки (см. панель «Цепочки»).</translation>
    </message>
    <message numerus="yes">
        <source>Top chains: %n proposed</source>
        <translation>
            <numerusform>Главные цепочки: предложена %n</numerusform>
            <numerusform>Главные цепочки: предложено %n</numerusform>
            <numerusform>Главные цепочки: предложено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The detector ranks; you decide. Click a chain for its graph and evidence.</source>
        <translation>Детектор ранжирует, решаете вы. Щёлкните цепочку, чтобы увидеть её граф и доказательства.</translation>
    </message>
    <message>
        <source>HS %1</source>
        <translation>ТН ВЭД %1</translation>
    </message>
    <message>
        <source>HS %1 · CHPL %2</source>
        <translation>ТН ВЭД %1 · CHPL %2</translation>
    </message>
    <message>
        <source>Blocked and possibly blocked</source>
        <translation>Заблокированные и возможно заблокированные</translation>
    </message>
    <message>
        <source>Applying the ownership rules…</source>
        <translation>Применение правил владения…</translation>
    </message>
    <message>
        <source>Blocked and possibly blocked: none</source>
        <translation>Заблокированные и возможно заблокированные: нет</translation>
    </message>
    <message numerus="yes">
        <source>Blocked and possibly blocked: %n entities</source>
        <translation>
            <numerusform>Заблокированные и возможно заблокированные: %n субъект</numerusform>
            <numerusform>Заблокированные и возможно заблокированные: %n субъекта</numerusform>
            <numerusform>Заблокированные и возможно заблокированные: %n субъектов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked under the OFAC 50% rule</source>
        <translation>
            <numerusform>%n заблокирован по правилу OFAC 50%</numerusform>
            <numerusform>%n заблокированы по правилу OFAC 50%</numerusform>
            <numerusform>%n заблокированы по правилу OFAC 50%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possibly blocked under the OFAC 50% rule</source>
        <translation>
            <numerusform>%n возможно заблокирован по правилу OFAC 50%</numerusform>
            <numerusform>%n возможно заблокированы по правилу OFAC 50%</numerusform>
            <numerusform>%n возможно заблокированы по правилу OFAC 50%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review under the OFAC 50% rule</source>
        <translation>
            <numerusform>%n требует проверки по правилу OFAC 50%</numerusform>
            <numerusform>%n требуют проверки по правилу OFAC 50%</numerusform>
            <numerusform>%n требуют проверки по правилу OFAC 50%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owned or controlled under the EU rule</source>
        <translation>
            <numerusform>%n во владении или под контролем по правилу ЕС</numerusform>
            <numerusform>%n во владении или под контролем по правилу ЕС</numerusform>
            <numerusform>%n во владении или под контролем по правилу ЕС</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owned or controlled under the UK test</source>
        <translation>
            <numerusform>%n во владении или под контролем по правилу Великобритании</numerusform>
            <numerusform>%n во владении или под контролем по правилу Великобритании</numerusform>
            <numerusform>%n во владении или под контролем по правилу Великобритании</numerusform>
        </translation>
    </message>
    <message>
        <source>No entity is blocked, owned or controlled through its owners as of %1.</source>
        <translation>На %1 ни один субъект не заблокирован, не находится во владении или под контролем через своих владельцев.</translation>
    </message>
    <message>
        <source>As of %1, through their owners; each rule counts only its own lists:</source>
        <translation>На %1, через владельцев; каждое правило учитывает только свои списки:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the Verdict panel)</source>
        <translation>
            <numerusform>… и ещё %n (см. панель «Заключение»)</numerusform>
            <numerusform>… и ещё %n (см. панель «Заключение»)</numerusform>
            <numerusform>… и ещё %n (см. панель «Заключение»)</numerusform>
        </translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Тревожные признаки</translation>
    </message>
    <message>
        <source>Looking for red flags…</source>
        <translation>Поиск тревожных признаков…</translation>
    </message>
    <message>
        <source>Red flags: none</source>
        <translation>Тревожные признаки: нет</translation>
    </message>
    <message numerus="yes">
        <source>Red flags: %n kinds</source>
        <translation>
            <numerusform>Тревожные признаки: %n вид</numerusform>
            <numerusform>Тревожные признаки: %n вида</numerusform>
            <numerusform>Тревожные признаки: %n видов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n страна</numerusform>
            <numerusform>%n страны</numerusform>
            <numerusform>%n стран</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n сторона</numerusform>
            <numerusform>%n стороны</numerusform>
            <numerusform>%n сторон</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list the parties</source>
        <translation>Щёлкните, чтобы увидеть стороны</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipments to %1 by CHPL tier: none</source>
        <translation>Поставки в %1 по уровням CHPL: нет</translation>
    </message>
    <message>
        <source>Shipments to %1 by CHPL tier: %2, %3 on the CHPL</source>
        <translation>Поставки в %1 по уровням CHPL: %2, из них в CHPL: %3</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>подозрение</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>on %1 chains, %2 entities, %3 shipments</source>
        <translation>на цепочках: %1, субъектах: %2, поставках: %3</translation>
    </message>
    <message>
        <source>list them</source>
        <translation>показать список</translation>
    </message>
    <message>
        <source>Nothing marked yet. Mark a chain, an entity or a shipment with Ctrl+M.</source>
        <translation>Пока ничего не отмечено. Отметьте цепочку, субъект или поставку клавишами Ctrl+M.</translation>
    </message>
    <message numerus="yes">
        <source>flagged by the ownership rules (OFAC, EU, UK)</source>
        <translation>
            <numerusform>по правилам владения (OFAC, ЕС, Великобритания)</numerusform>
            <numerusform>по правилам владения (OFAC, ЕС, Великобритания)</numerusform>
            <numerusform>по правилам владения (OFAC, ЕС, Великобритания)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::OverviewTimelineChart</name>
    <message>
        <source>Shipments to Russia and Belarus by CHPL tier</source>
        <translation>Поставки в Россию и Беларусь по уровням CHPL</translation>
    </message>
    <message>
        <source>not on the CHPL: %1</source>
        <translation>не в CHPL: %1</translation>
    </message>
    <message>
        <source>CHPL tier %1: %2</source>
        <translation>уровень CHPL %1: %2</translation>
    </message>
    <message>
        <source>No shipments to %1 in this case.</source>
        <translation>В деле нет поставок в %1.</translation>
    </message>
    <message>
        <source>off the list: %1, not drawn</source>
        <translation>вне списка: %1, не показаны</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>уровень %1</translation>
    </message>
    <message>
        <source>peak %1 CHPL shipments a period</source>
        <translation>максимум %1 поставок CHPL за период</translation>
    </message>
</context>
<context>
    <name>caravan::OwnershipPanel</name>
    <message>
        <source>control (no share)</source>
        <translation>контроль (без доли)</translation>
    </message>
    <message>
        <source>unknown share</source>
        <translation>доля неизвестна</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>На дату:</translation>
    </message>
    <message>
        <source>Evaluate ownership as of this date</source>
        <translation>Оценить владение на эту дату</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Ownership verdict</source>
        <translation>Заключение о владении</translation>
    </message>
    <message>
        <source>Ownership rules</source>
        <translation>Правила владения</translation>
    </message>
    <message>
        <source>The ownership rules could not run: %1</source>
        <translation>Не удалось применить правила владения: %1</translation>
    </message>
    <message>
        <source>Applying the ownership rules as of %1…</source>
        <translation>Применение правил владения на %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n entities blocked or to review as of %1</source>
        <translation>
            <numerusform>На %1 заблокирован или требует проверки %n субъект</numerusform>
            <numerusform>На %1 заблокированы или требуют проверки %n субъекта</numerusform>
            <numerusform>На %1 заблокированы или требуют проверки %n субъектов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the ownership network.</source>
        <translation>%1 не входит в сеть владения.</translation>
    </message>
    <message>
        <source>Not blocked under the OFAC 50% rule</source>
        <translation>Не заблокирован по правилу OFAC 50%</translation>
    </message>
    <message>
        <source>Blocked under the OFAC 50% rule (%1 held by blocked persons)</source>
        <translation>Заблокирован по правилу OFAC 50% (заблокированным лицам принадлежит %1)</translation>
    </message>
    <message>
        <source>Possibly blocked: up to %1 held by blocked persons</source>
        <translation>Возможно заблокирован: заблокированным лицам принадлежит до %1</translation>
    </message>
    <message>
        <source>Needs review: a blocked person holds a share of unknown size</source>
        <translation>Требует проверки: заблокированному лицу принадлежит доля неизвестного размера</translation>
    </message>
    <message>
        <source>Stakes held by blocked owners</source>
        <translation>Доли заблокированных владельцев</translation>
    </message>
    <message>
        <source>Ranges that could reach 50%</source>
        <translation>Диапазоны, которые могут достичь 50%</translation>
    </message>
    <message>
        <source>Stakes of unknown size</source>
        <translation>Доли неизвестного размера</translation>
    </message>
    <message>
        <source>Control by blocked persons (does not block; flag it)</source>
        <translation>Контроль со стороны заблокированных лиц (не блокирует; отметьте как признак)</translation>
    </message>
    <message>
        <source>%1 is designated (%2)</source>
        <translation>%1 включён в санкционный список (%2)</translation>
    </message>
    <message>
        <source>%1 is blocked through:</source>
        <translation>%1 заблокирован через:</translation>
    </message>
    <message>
        <source>Why, down to the listed persons</source>
        <translation>Обоснование — вплоть до лиц из списка</translation>
    </message>
    <message>
        <source>Listed by the EU</source>
        <translation>В списке ЕС</translation>
    </message>
    <message>
        <source>Owned under the EU rule (%1 held by listed persons)</source>
        <translation>Во владении по правилу ЕС (лицам из списка принадлежит %1)</translation>
    </message>
    <message>
        <source>Controlled under the EU rule</source>
        <translation>Под контролем по правилу ЕС</translation>
    </message>
    <message>
        <source>Neither owned nor controlled under the EU rule</source>
        <translation>Не во владении и не под контролем по правилу ЕС</translation>
    </message>
    <message>
        <source>EU rule</source>
        <translation>Правило ЕС</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <source>Effective (beneficial) owners</source>
        <translation>Фактические (бенефициарные) владельцы</translation>
    </message>
    <message>
        <source>None at or above the threshold.</source>
        <translation>Нет никого на уровне порога или выше.</translation>
    </message>
    <message numerus="yes">
        <source>%n paths</source>
        <translation>
            <numerusform>%n путь</numerusform>
            <numerusform>%n пути</numerusform>
            <numerusform>%n путей</numerusform>
        </translation>
    </message>
    <message>
        <source>The 50% rule adds the stakes of blocked owners; effective ownership multiplies shares along each path and adds the paths. The two figures are never mixed.</source>
        <translation>Правило 50% суммирует доли заблокированных владельцев; фактическое владение перемножает доли вдоль каждого пути и суммирует пути. Эти два показателя никогда не смешиваются.</translation>
    </message>
    <message>
        <source>Show ownership</source>
        <translation>Показать владение</translation>
    </message>
    <message>
        <source>Show the entity&apos;s owners and holdings on the Ownership tab</source>
        <translation>Показать владельцев и активы субъекта на вкладке «Владение»</translation>
    </message>
    <message>
        <source>Lists and rules…</source>
        <translation>Списки и правила…</translation>
    </message>
    <message>
        <source>Choose which designation lists the OFAC, EU and UK rules count in this case</source>
        <translation>Выбрать, какие санкционные списки учитывают правила OFAC, ЕС и Великобритании в этом деле</translation>
    </message>
    <message>
        <source>Select an entity to see whether it is blocked under the OFAC 50% rule, owned or controlled under the EU rule or the UK test, and who really owns it.</source>
        <translation>Выберите субъект, чтобы увидеть, заблокирован ли он по правилу OFAC 50%, находится ли во владении или под контролем по правилу ЕС или Великобритании и кто на самом деле им владеет.</translation>
    </message>
    <message>
        <source>Designated on a list the OFAC 50% rule counts: %1</source>
        <translation>В списке, который учитывает правило OFAC 50%: %1</translation>
    </message>
    <message>
        <source>Listed: %1</source>
        <translation>В списках: %1</translation>
    </message>
    <message>
        <source>Listed by the UK</source>
        <translation>В списке Великобритании</translation>
    </message>
    <message>
        <source>Owned under the UK test (%1 held by one designated person, %2)</source>
        <translation>Во владении по правилу Великобритании (%1 принадлежит одному лицу из списка, %2)</translation>
    </message>
    <message>
        <source>Controlled under the UK test</source>
        <translation>Под контролем по правилу Великобритании</translation>
    </message>
    <message>
        <source>Neither owned nor controlled under the UK test</source>
        <translation>Не во владении и не под контролем по правилу Великобритании</translation>
    </message>
    <message>
        <source>UK test (OFSI: more than 50%, one designated person)</source>
        <translation>Правило Великобритании (OFSI: более 50%, одно лицо из списка)</translation>
    </message>
    <message>
        <source>designated</source>
        <translation>внесён в список</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <source>possibly blocked</source>
        <translation>возможно, заблокирован</translation>
    </message>
    <message>
        <source>EU-listed</source>
        <translation>в списке ЕС</translation>
    </message>
    <message>
        <source>EU-owned</source>
        <translation>во владении по правилу ЕС</translation>
    </message>
    <message>
        <source>EU-controlled</source>
        <translation>под контролем по правилу ЕС</translation>
    </message>
    <message>
        <source>UK-listed</source>
        <translation>в списке Великобритании</translation>
    </message>
    <message>
        <source>UK-owned</source>
        <translation>во владении по правилу Великобритании</translation>
    </message>
    <message>
        <source>UK-controlled</source>
        <translation>под контролем по правилу Великобритании</translation>
    </message>
</context>
<context>
    <name>caravan::PageFlow</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Формирование отчёта отменено.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Investigation report</source>
        <translation>Отчёт о расследовании</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>Следователь</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Файл дела</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>Сформировано в</translation>
    </message>
    <message>
        <source>This case is empty: there is nothing to report yet.</source>
        <translation>Дело пусто: отчитываться пока не о чем.</translation>
    </message>
    <message>
        <source>This report was generated from the case file named above. Figures, names and ids are quoted from the imported sources listed in Appendix A; the investigator&apos;s findings are marked as such.</source>
        <translation>Отчёт сформирован из указанного выше файла дела. Цифры, имена и идентификаторы приведены по импортированным источникам, перечисленным в приложении А; выводы следователя отмечены как таковые.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
</context>
<context>
    <name>caravan::PassphraseDialog</name>
    <message>
        <source>Encrypted Case</source>
        <translation>Зашифрованное дело</translation>
    </message>
    <message>
        <source>Choose a Passphrase</source>
        <translation>Выберите парольную фразу</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>П&amp;овтор:</translation>
    </message>
    <message>
        <source>Without the passphrase nobody, not even you, can open the case again. Keep it somewhere safe.</source>
        <translation>Без парольной фразы никто, даже вы, не сможет снова открыть дело. Храните её в надёжном месте.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Не меньше %n символа.</numerusform>
            <numerusform>Не меньше %n символов.</numerusform>
            <numerusform>Не меньше %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>caravan::RecentFiles</name>
    <message>
        <source>Clear List</source>
        <translation>Очистить список</translation>
    </message>
</context>
<context>
    <name>caravan::RedFlags</name>
    <message>
        <source>surge of imports into a transit country</source>
        <translation>резкий рост ввоза в транзитную страну</translation>
    </message>
    <message>
        <source>mirror statistics gap</source>
        <translation>расхождение зеркальной статистики</translation>
    </message>
    <message>
        <source>re-export through a third country</source>
        <translation>реэкспорт через третью страну</translation>
    </message>
    <message>
        <source>new intermediary</source>
        <translation>новый посредник</translation>
    </message>
    <message>
        <source>shared address or director</source>
        <translation>общий адрес или руководитель</translation>
    </message>
    <message>
        <source>shadow-sanctioned party</source>
        <translation>сторона под теневыми санкциями</translation>
    </message>
    <message>
        <source>foreign subsidiary</source>
        <translation>иностранная дочерняя компания</translation>
    </message>
    <message>
        <source>supplier destination switch</source>
        <translation>смена направления поставок поставщика</translation>
    </message>
    <message>
        <source>price anomaly</source>
        <translation>ценовая аномалия</translation>
    </message>
    <message>
        <source>fan-in hub</source>
        <translation>узел-концентратор</translation>
    </message>
    <message>
        <source>registered country contradicted by shipments</source>
        <translation>страна регистрации противоречит поставкам</translation>
    </message>
</context>
<context>
    <name>caravan::RejectedRowTableModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Row as read</source>
        <translation>Строка в прочитанном виде</translation>
    </message>
</context>
<context>
    <name>caravan::ReportBuilder</name>
    <message>
        <source>Untitled case</source>
        <translation>Дело без названия</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — for the recipients named by the investigator only</source>
        <translation>КОНФИДЕНЦИАЛЬНО — только для получателей, указанных следователем</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Формирование отчёта отменено.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Отчёт: %1</translation>
    </message>
    <message>
        <source>This case is empty: it holds no entities, links, shipments, designations, trade statistics or marks. There is nothing to report yet. Import data into the case and mark what you find, then produce the report again.</source>
        <translation>Дело пусто: в нём нет субъектов, связей, поставок, санкционных записей, торговой статистики или отметок. Отчитываться пока не о чем. Импортируйте данные в дело, отметьте найденное и сформируйте отчёт снова.</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Субъекты</translation>
    </message>
    <message>
        <source>%1 (companies: %2, persons: %3)</source>
        <translation>%1 (компаний: %2, физ. лиц: %3)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>%1 (ownership: %2)</source>
        <translation>%1 (владение: %2)</translation>
    </message>
    <message>
        <source>Designations</source>
        <translation>Санкционные записи</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Поставки</translation>
    </message>
    <message>
        <source>Shipment dates</source>
        <translation>Даты поставок</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>Заявленная стоимость</translation>
    </message>
    <message>
        <source>Trade statistics rows</source>
        <translation>Строк торговой статистики</translation>
    </message>
    <message>
        <source>Sources imported</source>
        <translation>Импортировано источников</translation>
    </message>
    <message>
        <source>%1 (rows rejected: %2)</source>
        <translation>%1 (отклонено строк: %2)</translation>
    </message>
    <message>
        <source>%1 confirmed, %2 suspected, %3 dismissed</source>
        <translation>подтверждено: %1, подозрение: %2, отклонено: %3</translation>
    </message>
    <message>
        <source>Marked chains</source>
        <translation>Отмеченные цепочки</translation>
    </message>
    <message>
        <source>Marked entities</source>
        <translation>Отмеченные субъекты</translation>
    </message>
    <message>
        <source>Marked shipments</source>
        <translation>Отмеченные поставки</translation>
    </message>
    <message>
        <source>Chains from the detector</source>
        <translation>Цепочки от детектора</translation>
    </message>
    <message>
        <source>Ownership verdicts</source>
        <translation>Заключения о владении</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Файл дела</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Версия схемы</translation>
    </message>
    <message>
        <source>A detector ranks; the investigator decides. Chains and entities appear in this report as the investigator marked them (confirmed or suspected), with the shipments and sources that support them, so that every statement can be checked against the cited declarations and files.</source>
        <translation>Детектор ранжирует, решает следователь. Цепочки и субъекты приводятся в отчёте так, как их отметил следователь (подтверждено или подозрение), вместе с подтверждающими поставками и источниками, чтобы каждое утверждение можно было проверить по указанным декларациям и файлам.</translation>
    </message>
    <message>
        <source>reading the marks failed</source>
        <translation>не удалось прочитать отметки</translation>
    </message>
    <message>
        <source>No chain is marked confirmed or suspected in this case.</source>
        <translation>В этом деле нет цепочек с отметкой «подтверждено» или «подозрение».</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Цепочка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>HS</source>
        <translation>ТН ВЭД</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Признаки</translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s), confirmed first, then suspected; within each by score.</source>
        <translation>
            <numerusform>%n цепочка: сначала подтверждённые, затем подозрительные; внутри групп — по оценке.</numerusform>
            <numerusform>%n цепочки: сначала подтверждённые, затем подозрительные; внутри групп — по оценке.</numerusform>
            <numerusform>%n цепочек: сначала подтверждённые, затем подозрительные; внутри групп — по оценке.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain detector&apos;s findings were not among this report&apos;s inputs: chains are listed by id with the investigator&apos;s marks and notes.</source>
        <translation>Результаты детектора цепочек не входили в исходные данные отчёта: цепочки перечислены по ID с отметками и заметками следователя.</translation>
    </message>
    <message>
        <source>Chain %1</source>
        <translation>Цепочка %1</translation>
    </message>
    <message>
        <source>Goods (HS)</source>
        <translation>Товары (ТН ВЭД)</translation>
    </message>
    <message>
        <source>%1, CHPL tier %2</source>
        <translation>%1, уровень CHPL %2</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Тревожные признаки</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>Investigator&apos;s note: %1</source>
        <translation>Заметка следователя: %1</translation>
    </message>
    <message>
        <source>Marked by the investigator; the detector&apos;s evidence for this chain was not part of this report&apos;s inputs.</source>
        <translation>Отмечено следователем; доказательства детектора по этой цепочке не входили в исходные данные отчёта.</translation>
    </message>
    <message>
        <source>Evidence shipments</source>
        <translation>Поставки-доказательства</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Поставка</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Exporter → importer</source>
        <translation>Экспортёр → импортёр</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>No entity of the case is blocked or owned by listed persons.</source>
        <translation>Ни один субъект дела не заблокирован и не принадлежит лицам из списка.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <source>OFAC 50% rule</source>
        <translation>Правило OFAC 50%</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>ЕС</translation>
    </message>
    <message>
        <source>Effective owners</source>
        <translation>Фактические владельцы</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <source>possibly blocked</source>
        <translation>возможно заблокирован</translation>
    </message>
    <message>
        <source>not blocked</source>
        <translation>не заблокирован</translation>
    </message>
    <message>
        <source>owned</source>
        <translation>во владении</translation>
    </message>
    <message>
        <source>controlled</source>
        <translation>под контролем</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Stakes held by blocked owners%1: %2.</source>
        <translation>Доли заблокированных владельцев%1: %2.</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> на %1</translation>
    </message>
    <message>
        <source>Designations in the case</source>
        <translation>Санкционные записи дела</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>В списке</translation>
    </message>
    <message>
        <source>reading designations failed</source>
        <translation>не удалось прочитать санкционные записи</translation>
    </message>
    <message>
        <source>No designation is recorded in the case.</source>
        <translation>В деле нет санкционных записей.</translation>
    </message>
    <message>
        <source>The first %1 of %2 designations are shown.</source>
        <translation>Показаны первые %1 из %2 санкционных записей.</translation>
    </message>
    <message>
        <source>The case holds no shipments or trade statistics to chart.</source>
        <translation>В деле нет поставок или торговой статистики для диаграмм.</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Отмечено</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>By, on</source>
        <translation>Кто, когда</translation>
    </message>
    <message>
        <source>(not in the case)</source>
        <translation>(нет в деле)</translation>
    </message>
    <message>
        <source> — designated</source>
        <translation> — в санкционном списке</translation>
    </message>
    <message>
        <source>%1: %2 → %3, HS %4, %5 %6</source>
        <translation>%1: %2 → %3, ТН ВЭД %4, %5 %6</translation>
    </message>
    <message>
        <source>chain (see Chains)</source>
        <translation>цепочка (см. «Цепочки»)</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>субъект</translation>
    </message>
    <message>
        <source>shipment</source>
        <translation>поставка</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>цепочка</translation>
    </message>
    <message>
        <source>The investigator has not marked anything in this case yet.</source>
        <translation>Следователь ещё ничего не отметил в этом деле.</translation>
    </message>
    <message>
        <source>Every chain, entity and shipment the investigator marked, with the note given, confirmed first.</source>
        <translation>Все цепочки, субъекты и поставки, отмеченные следователем, с его заметками; сначала подтверждённые.</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, автор: %2</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>%1 read, %2 imported, %3 rejected</source>
        <translation>прочитано %1, импортировано %2, отклонено %3</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>reading the sources failed</source>
        <translation>не удалось прочитать источники</translation>
    </message>
    <message>
        <source>No file has been imported into this case.</source>
        <translation>В это дело не импортировано ни одного файла.</translation>
    </message>
    <message>
        <source>Every file imported into the case, with its SHA-256 digest so that the copy relied on can be identified.</source>
        <translation>Все файлы, импортированные в дело, с хешем SHA-256, позволяющим установить, на какую копию опирается отчёт.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>reading the audit log failed</source>
        <translation>не удалось прочитать журнал аудита</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Журнал аудита пуст.</translation>
    </message>
    <message>
        <source>Changes to the case, newest first.</source>
        <translation>Изменения дела, сначала новые.</translation>
    </message>
    <message>
        <source>%1 older entries are not shown; the case file keeps them all.</source>
        <translation>Более старые записи (%1) не показаны; в файле дела хранятся все.</translation>
    </message>
    <message>
        <source>Lists counted by each rule (the case&apos;s setting): %1</source>
        <translation>Списки, учитываемые каждым правилом (настройка дела): %1</translation>
    </message>
    <message>
        <source>UK</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <source>no; %1 held by several persons: review</source>
        <translation>нет; %1 у нескольких лиц: проверить</translation>
    </message>
    <message>
        <source>designated</source>
        <translation>внесена в список</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>в списке</translation>
    </message>
    <message>
        <source>What exporters report sending against what importers record receiving, by country pair, %1 code and year, in %2 (%3 statistics rows; %4 without an exchange rate left out). A gap is flagged at %5% of the expected imports, with a %6% CIF/FOB margin and a reporting lag of up to %7 month(s); a surge at %8x the %9-%10 monthly mean (%11x for CHPL tiers 1-2); a hub&apos;s re-exports where its exports to Russia or Belarus reach %12% of its imports from the sanctioning coalition. Member states and EU aggregates are never added together.</source>
        <translation>Что экспортёры сообщают об отправленном и что импортёры учитывают как полученное, по парам стран, кодам %1 и годам, в %2 (строк статистики: %3; без курса валюты пропущено: %4). Разрыв отмечается от %5% ожидаемого импорта с наценкой CIF/FOB %6% и запаздыванием отчётности до %7 мес.; всплеск — от %8x среднемесячного уровня %9–%10 гг. (%11x для уровней CHPL 1–2); реэкспорт узла — когда его экспорт в Россию или Беларусь достигает %12% его импорта из стран санкционной коалиции. Страны-члены и агрегаты ЕС никогда не складываются.</translation>
    </message>
    <message>
        <source>the statistics&apos; currency</source>
        <translation>валюте статистики</translation>
    </message>
    <message>
        <source>No flow of the case&apos;s trade statistics is flagged.</source>
        <translation>Ни один поток торговой статистики дела не отмечен.</translation>
    </message>
    <message numerus="yes">
        <source>The top %n flagged flows, CHPL tier 1 first, then by the size of the gap, surge or re-export.</source>
        <translation>
            <numerusform>Первый %n отмеченный поток: сначала уровень CHPL 1, затем по размеру разрыва, всплеска или реэкспорта.</numerusform>
            <numerusform>Первые %n отмеченных потока: сначала уровень CHPL 1, затем по размеру разрыва, всплеска или реэкспорта.</numerusform>
            <numerusform>Первые %n отмеченных потоков: сначала уровень CHPL 1, затем по размеру разрыва, всплеска или реэкспорта.</numerusform>
        </translation>
    </message>
    <message>
        <source>No shipment of the case falls under this flow and period.</source>
        <translation>Ни одна поставка дела не относится к этому потоку и периоду.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Share of the flow</source>
        <translation>Доля потока</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>The case&apos;s companies that carry the flow in %1 (shares of the value the exporter reports; verdicts as of %2, with the case&apos;s list rules).</source>
        <translation>Компании дела, через которые идёт поток в %1 (доли от стоимости по отчёту экспортёра; вердикты на %2 по правилам списков дела).</translation>
    </message>
    <message>
        <source>Appendix C: Ownership of every other entity</source>
        <translation>Приложение C: владение всех остальных субъектов</translation>
    </message>
    <message>
        <source>The ownership verdicts of the case&apos;s entities that no marked chain or marked entity involves, for completeness.</source>
        <translation>Заключения о владении для субъектов дела, не связанных ни с одной отмеченной цепочкой или отмеченным субъектом, — для полноты.</translation>
    </message>
    <message>
        <source>No chain or entity is marked confirmed or suspected, so no verdict is about a marked party.</source>
        <translation>Ни одна цепочка и ни один субъект не отмечены как подтверждённые или подозрительные, поэтому ни одно заключение не касается отмеченной стороны.</translation>
    </message>
    <message numerus="yes">
        <source>%n further verdict(s), on entities that no marked chain or marked entity involves, are listed in the appendix &quot;Ownership of every other entity&quot;.</source>
        <translation>
            <numerusform>Ещё %n заключение о субъектах, не связанных с отмеченными цепочками или субъектами, приведено в приложении «Владение всех остальных субъектов».</numerusform>
            <numerusform>Ещё %n заключения о субъектах, не связанных с отмеченными цепочками или субъектами, приведены в приложении «Владение всех остальных субъектов».</numerusform>
            <numerusform>Ещё %n заключений о субъектах, не связанных с отмеченными цепочками или субъектами, приведены в приложении «Владение всех остальных субъектов».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further verdict(s), on entities that no marked chain or marked entity involves, are left out; ask for the ownership appendix to list them.</source>
        <translation>
            <numerusform>Ещё %n заключение о субъектах, не связанных с отмеченными цепочками или субъектами, опущено; чтобы его включить, запросите приложение о владении.</numerusform>
            <numerusform>Ещё %n заключения о субъектах, не связанных с отмеченными цепочками или субъектами, опущены; чтобы их включить, запросите приложение о владении.</numerusform>
            <numerusform>Ещё %n заключений о субъектах, не связанных с отмеченными цепочками или субъектами, опущены; чтобы их включить, запросите приложение о владении.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appendix %1: Designations in the case</source>
        <translation>Приложение %1. Санкционные записи дела</translation>
    </message>
    <message>
        <source>Ownership verdicts (OFAC 50% rule, EU and UK ownership and control) were not among this report&apos;s inputs. The designations of the marked parties follow.</source>
        <translation>Заключения о владении (правило OFAC 50%, владение и контроль по правилам ЕС и Великобритании) не вошли в исходные данные отчёта. Ниже приведены санкционные записи отмеченных сторон.</translation>
    </message>
    <message>
        <source>Designations of the marked parties and their owners</source>
        <translation>Санкционные записи отмеченных сторон и их владельцев</translation>
    </message>
    <message>
        <source>No marked party, and no owner shown above, is designated.</source>
        <translation>Ни одна отмеченная сторона и ни один из указанных выше владельцев не внесены в санкционные списки.</translation>
    </message>
    <message numerus="yes">
        <source>%n further designation(s), of entities that no marked chain or marked entity involves, are listed in the appendix &quot;Designations in the case&quot;.</source>
        <translation>
            <numerusform>Ещё %n санкционная запись — об объектах, не связанных с отмеченными цепочками и объектами, — приведена в приложении «Санкционные записи дела».</numerusform>
            <numerusform>Ещё %n санкционные записи — об объектах, не связанных с отмеченными цепочками и объектами, — приведены в приложении «Санкционные записи дела».</numerusform>
            <numerusform>Ещё %n санкционных записей — об объектах, не связанных с отмеченными цепочками и объектами, — приведены в приложении «Санкционные записи дела».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further designation(s), of entities that no marked chain or marked entity involves, are left out; ask for the ownership appendix to list them.</source>
        <translation>
            <numerusform>Ещё %n санкционная запись — об объектах, не связанных с отмеченными цепочками и объектами, — опущена; чтобы включить её, запросите приложение о владении.</numerusform>
            <numerusform>Ещё %n санкционные записи — об объектах, не связанных с отмеченными цепочками и объектами, — опущены; чтобы включить их, запросите приложение о владении.</numerusform>
            <numerusform>Ещё %n санкционных записей — об объектах, не связанных с отмеченными цепочками и объектами, — опущены; чтобы включить их, запросите приложение о владении.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every designation recorded in the case, for completeness.</source>
        <translation>Все санкционные записи дела — для полноты.</translation>
    </message>
</context>
<context>
    <name>caravan::ReportDialog</name>
    <message>
        <source>Summary figures</source>
        <translation>Сводные показатели</translation>
    </message>
    <message>
        <source>Confirmed and suspected chains</source>
        <translation>Подтверждённые и подозрительные цепочки</translation>
    </message>
    <message>
        <source>Ownership verdicts and designations</source>
        <translation>Заключения о владении и санкционные записи</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Investigator&apos;s notes</source>
        <translation>Заметки следователя</translation>
    </message>
    <message>
        <source>Sources with SHA-256</source>
        <translation>Источники с SHA-256</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Report — %1</source>
        <translation>Отчёт — %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — for the recipients named by the investigator only</source>
        <translation>КОНФИДЕНЦИАЛЬНО — только для получателей, указанных следователем</translation>
    </message>
    <message>
        <source>Investigator:</source>
        <translation>Следователь:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Гриф:</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Сохранено: %1 (%n страница).</numerusform>
            <numerusform>Сохранено: %1 (%n страницы).</numerusform>
            <numerusform>Сохранено: %1 (%n страниц).</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Leave out outliers</source>
        <translation>Без выбросов</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Логарифмическая шкала</translation>
    </message>
    <message>
        <source>Trade anomalies (mirror statistics) and the companies behind them</source>
        <translation>Торговые аномалии (зеркальная статистика) и компании за ними</translation>
    </message>
    <message>
        <source>Ownership of every other entity (appendix)</source>
        <translation>Владение всех остальных субъектов (приложение)</translation>
    </message>
    <message>
        <source>Adds the ownership verdicts of the entities that no marked chain or marked entity involves, and every designation of the case, as appendices</source>
        <translation>Добавляет приложениями заключения о владении объектами, не связанными с отмеченными цепочками и объектами, и все санкционные записи дела</translation>
    </message>
</context>
<context>
    <name>caravan::ReportPainter</name>
    <message>
        <source>Laying out the report</source>
        <translation>Вёрстка отчёта</translation>
    </message>
    <message>
        <source>Cannot paint on the output device.</source>
        <translation>Не удалось выполнить отрисовку на устройстве вывода.</translation>
    </message>
    <message>
        <source>Painting the report</source>
        <translation>Отрисовка отчёта</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Route on the map: %1; legs numbered in order, with their shipment dates (country shapes: Natural Earth).</source>
        <translation>Маршрут на карте: %1; участки пронумерованы по порядку, с датами поставок (контуры стран: Natural Earth).</translation>
    </message>
</context>
<context>
    <name>caravan::ReviewPanel</name>
    <message>
        <source>Find Candidates</source>
        <translation>Найти кандидатов</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>Принять (A)</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>Отклонить (R)</translation>
    </message>
    <message>
        <source>Next (N)</source>
        <translation>Далее (N)</translation>
    </message>
    <message>
        <source>Screening against designated entities</source>
        <translation>Проверка по санкционным спискам</translation>
    </message>
    <message>
        <source>Duplicates inside the case</source>
        <translation>Дубликаты внутри дела</translation>
    </message>
    <message>
        <source>Threshold </source>
        <translation>Порог </translation>
    </message>
    <message>
        <source>Lowest score shown</source>
        <translation>Минимальная показываемая оценка</translation>
    </message>
    <message>
        <source>Match candidates</source>
        <translation>Кандидаты на совпадение</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <source>Candidate match</source>
        <translation>Возможное совпадение</translation>
    </message>
    <message>
        <source>Finding match candidates</source>
        <translation>Поиск кандидатов на совпадение</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates</source>
        <translation>
            <numerusform>%n кандидат</numerusform>
            <numerusform>%n кандидата</numerusform>
            <numerusform>%n кандидатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>No candidate is selected.</source>
        <translation>Кандидат не выбран.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Идентификаторы</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Designations</source>
        <translation>Санкционные записи</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Оценка %1</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Обоснование: %1</translation>
    </message>
    <message>
        <source>Effect of accepting</source>
        <translation>Последствия принятия</translation>
    </message>
    <message>
        <source>Effect on the graph</source>
        <translation>Последствия на графе</translation>
    </message>
    <message>
        <source>The two entities and their neighbours as if the candidate were accepted: the pair in blue, what the kept entity gains and whose verdict changes in orange</source>
        <translation>Оба субъекта и их соседи так, как если бы кандидат был принят: пара обведена синим, то, что получит остающийся субъект, и те, чьё заключение меняется, выделены оранжевым</translation>
    </message>
    <message>
        <source>Working out the effect</source>
        <translation>Расчёт последствий</translation>
    </message>
    <message>
        <source>The effect could not be worked out: %1</source>
        <translation>Не удалось рассчитать последствия: %1</translation>
    </message>
    <message>
        <source>Working out what accepting would change…</source>
        <translation>Расчёт того, что изменит принятие…</translation>
    </message>
    <message>
        <source>Select a candidate to see what accepting it would change on the graph.</source>
        <translation>Выберите кандидата, чтобы увидеть, что изменит на графе его принятие.</translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation>Даты рождения</translation>
    </message>
    <message>
        <source>Dates of incorporation</source>
        <translation>Даты регистрации</translation>
    </message>
</context>
<context>
    <name>caravan::SanctionsAuthority</name>
    <message>
        <source>OFAC SDN (blocking)</source>
        <translation>OFAC SDN (блокирующий)</translation>
    </message>
    <message>
        <source>OFAC non-SDN (not blocking)</source>
        <translation>OFAC вне SDN (не блокирующий)</translation>
    </message>
    <message>
        <source>US export control (BIS, not blocking)</source>
        <translation>экспортный контроль США (BIS, не блокирующий)</translation>
    </message>
    <message>
        <source>other US list (not blocking)</source>
        <translation>другой список США (не блокирующий)</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>ЕС</translation>
    </message>
    <message>
        <source>EU member state (EU sanctions)</source>
        <translation>государство — член ЕС (санкции ЕС)</translation>
    </message>
    <message>
        <source>UK sanctions</source>
        <translation>санкции Великобритании</translation>
    </message>
    <message>
        <source>UK, not a sanction</source>
        <translation>Великобритания, не санкция</translation>
    </message>
    <message>
        <source>UN Security Council</source>
        <translation>Совет Безопасности ООН</translation>
    </message>
    <message>
        <source>other country&apos;s sanctions</source>
        <translation>санкции другой страны</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
</context>
<context>
    <name>caravan::ShipmentOutliers</name>
    <message>
        <source>unit value over %1× or under 1/%1 of the HS-6 median</source>
        <translation>цена единицы более чем в %1 раз выше или ниже медианы по коду ТН ВЭД (6 знаков)</translation>
    </message>
    <message numerus="yes">
        <source>%n outlier shipment(s) left out: %1</source>
        <translation>
            <numerusform>не учтена %n поставка-выброс: %1</numerusform>
            <numerusform>не учтены %n поставки-выброса: %1</numerusform>
            <numerusform>не учтено %n поставок-выбросов: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::ShipmentTableModel</name>
    <message>
        <source>Declaration</source>
        <translation>Декларация</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Экспортёр</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Импортёр</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Код ТН ВЭД</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Отметка</translation>
    </message>
</context>
<context>
    <name>caravan::SourceTableModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Дата импорта</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
</context>
<context>
    <name>caravan::StartPage</name>
    <message>
        <source>New Case…</source>
        <translation>Новое дело…</translation>
    </message>
    <message>
        <source>Open Case…</source>
        <translation>Открыть дело…</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Недавние дела</translation>
    </message>
    <message>
        <source>Caravan</source>
        <translation>Caravan</translation>
    </message>
    <message>
        <source>&lt;p&gt;Caravan helps you trace goods that reach Russia through third countries: import companies, ownership, sanctions lists and shipments into a case file, then follow the evidence.&lt;/p&gt;&lt;p&gt;Create a new case or open one you worked on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Caravan помогает отслеживать товары, попадающие в Россию через третьи страны: импортируйте компании, сведения о владении, санкционные списки и поставки в файл дела и идите по следу доказательств.&lt;/p&gt;&lt;p&gt;Создайте новое дело или откройте то, с которым уже работали.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This case is empty</source>
        <translation>Дело пусто</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Импортировать файлы…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; holds no entities, links, sanctions or shipments yet.&lt;/p&gt;&lt;p&gt;Import your files with &lt;b&gt;File &amp;gt; Import…&lt;/b&gt; (Ctrl+I): Caravan CSV, any other CSV through a column mapping, FollowTheMoney, BODS and OFAC SDN files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;В деле &lt;b&gt;%1&lt;/b&gt; пока нет субъектов, связей, санкций или поставок.&lt;/p&gt;&lt;p&gt;Импортируйте файлы через &lt;b&gt;Файл &amp;gt; Импорт…&lt;/b&gt; (Ctrl+I): Caravan CSV, любой другой CSV через сопоставление столбцов, файлы FollowTheMoney, BODS и OFAC SDN.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>caravan::TablePanel</name>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows match “%1”</source>
        <translation>
            <numerusform>%n строка соответствует «%1»</numerusform>
            <numerusform>%n строки соответствуют «%1»</numerusform>
            <numerusform>%n строк соответствуют «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing rows…</source>
        <translation>Список строк загружается…</translation>
    </message>
</context>
<context>
    <name>caravan::TaskStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Отменить выполняемую задачу</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>caravan::TimeFilterSlider</name>
    <message>
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <source>Valid at date</source>
        <translation>Действует на дату</translation>
    </message>
    <message>
        <source>Before 24.02.2022</source>
        <translation>До 24.02.2022</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Все даты</translation>
    </message>
    <message>
        <source>The network on the day before Russia&apos;s full-scale invasion of Ukraine</source>
        <translation>Сеть на день, предшествующий полномасштабному вторжению России в Украину</translation>
    </message>
    <message>
        <source>From 24 February 2022 to the last date of the case</source>
        <translation>С 24 февраля 2022 года по последнюю дату дела</translation>
    </message>
    <message>
        <source>The network on the last date of the case</source>
        <translation>Сеть на последнюю дату дела</translation>
    </message>
    <message>
        <source>Shipments: all dates</source>
        <translation>Поставки: все даты</translation>
    </message>
    <message>
        <source>Links: all dates</source>
        <translation>Связи: все даты</translation>
    </message>
    <message>
        <source>Shipments %1 – %2</source>
        <translation>Поставки %1 – %2</translation>
    </message>
    <message>
        <source>Links valid on %1</source>
        <translation>Связи, действующие на %1</translation>
    </message>
</context>
<context>
    <name>caravan::TradeCharts</name>
    <message>
        <source>Shipments by month</source>
        <translation>Поставки по месяцам</translation>
    </message>
    <message>
        <source>Shipments by month and HS code</source>
        <translation>Поставки по месяцам и кодам ТН ВЭД</translation>
    </message>
    <message>
        <source>Shipments by month and CHPL tier</source>
        <translation>Поставки по месяцам и уровням CHPL</translation>
    </message>
    <message>
        <source>Shipments by month and country pair</source>
        <translation>Поставки по месяцам и парам стран</translation>
    </message>
    <message>
        <source>Shipments by month and entity</source>
        <translation>Поставки по месяцам и субъектам</translation>
    </message>
    <message>
        <source>2019-2021 mean</source>
        <translation>Среднее за 2019–2021</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Source: the case&apos;s shipments. Dashed lines: 2019-2021 monthly mean; red: 24 Feb 2022; grey: EU sanctions packages.</source>
        <translation>Источник: поставки дела. Пунктир: среднемесячное значение за 2019–2021 гг.; красная линия: 24.02.2022; серые: пакеты санкций ЕС.</translation>
    </message>
    <message>
        <source>Trade statistics by month</source>
        <translation>Торговая статистика по месяцам</translation>
    </message>
    <message>
        <source>Source: imported trade statistics.</source>
        <translation>Источник: импортированная торговая статистика.</translation>
    </message>
    <message>
        <source>Mirror statistics %1 → %2</source>
        <translation>Зеркальная статистика %1 → %2</translation>
    </message>
    <message>
        <source>Exports reported by the origin against imports reported by the destination; bars: the gap.</source>
        <translation>Экспорт по данным страны происхождения против импорта по данным страны назначения; столбцы — расхождение.</translation>
    </message>
    <message>
        <source>Top counterparties of %1</source>
        <translation>Основные контрагенты: %1</translation>
    </message>
    <message>
        <source>Supplier to the entity</source>
        <translation>Поставщик субъекта</translation>
    </message>
    <message>
        <source>Buyer from the entity</source>
        <translation>Покупатель у субъекта</translation>
    </message>
    <message>
        <source>Shipments of %1</source>
        <translation>Поставки: %1</translation>
    </message>
    <message>
        <source>Shipped by the entity</source>
        <translation>Отгружено субъектом</translation>
    </message>
    <message>
        <source>Received by the entity</source>
        <translation>Получено субъектом</translation>
    </message>
    <message>
        <source>All shipments</source>
        <translation>Все поставки</translation>
    </message>
    <message>
        <source>HS unknown</source>
        <translation>ТН ВЭД неизвестен</translation>
    </message>
    <message>
        <source>HS %1</source>
        <translation>ТН ВЭД %1</translation>
    </message>
    <message>
        <source>CHPL tier %1</source>
        <translation>Уровень CHPL %1</translation>
    </message>
    <message>
        <source>Log scale: the largest value is %1 times the median one.</source>
        <translation>Логарифмическая шкала: наибольшее значение в %1 раз больше медианного.</translation>
    </message>
</context>
<context>
    <name>caravan::TradeFilterWidgets</name>
    <message>
        <source>Goods (HS code starts with): </source>
        <translation>Товары (код ТН ВЭД начинается с): </translation>
    </message>
    <message>
        <source>HS code, e.g. 8542</source>
        <translation>Код ТН ВЭД, напр. 8542</translation>
    </message>
    <message>
        <source>Any goods</source>
        <translation>Любые товары</translation>
    </message>
    <message>
        <source>CHPL goods (any tier)</source>
        <translation>Товары CHPL (любой уровень)</translation>
    </message>
    <message>
        <source>CHPL tier %1</source>
        <translation>CHPL, уровень %1</translation>
    </message>
    <message>
        <source>Only goods on the Common High Priority List, of one tier or of any</source>
        <translation>Только товары из Общего списка высокого приоритета (CHPL), одного уровня или любого</translation>
    </message>
</context>
<context>
    <name>caravan::TrainingCaseDialog</name>
    <message>
        <source>Messy (realistic)</source>
        <translation>Как в жизни (с огрехами)</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Чистые</translation>
    </message>
    <message>
        <source>New training case</source>
        <translation>Новое учебное дело</translation>
    </message>
    <message>
        <source>The same scenario and number give the same case, so a class can work on one case</source>
        <translation>Одинаковые сценарий и номер дают одинаковое дело, поэтому вся группа может работать над одним делом</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Сценарий:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Номер дела:</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Данные:</translation>
    </message>
    <message>
        <source>As real extracts arrive: units spelled many ways, missing quantities and countries, national tariff codes, two languages.</source>
        <translation>Как приходят настоящие выгрузки: единицы в разном написании, пропущенные количества и страны, национальные коды ТН ВЭД, два языка.</translation>
    </message>
    <message>
        <source>One spelling of every unit, every quantity and country given: for learning the tools first.</source>
        <translation>Одно написание каждой единицы, все количества и страны указаны: чтобы сначала освоить инструменты.</translation>
    </message>
</context>
<context>
    <name>caravan::TrainingPanel</name>
    <message>
        <source>found</source>
        <translation>найдено</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>wrongly marked</source>
        <translation>отмечено ошибочно</translation>
    </message>
    <message>
        <source>rightly left alone</source>
        <translation>верно не отмечено</translation>
    </message>
    <message>
        <source>Reveal the answer key</source>
        <translation>Показать ключ ответов</translation>
    </message>
    <message>
        <source>Score the Marks</source>
        <translation>Оценить отметки</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Mark on</source>
        <translation>Отметка для</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Ключ ответов</translation>
    </message>
    <message>
        <source>This is a training case with %1 planted patterns and %2 near misses. Mark what you suspect (Ctrl+M) in the tables, the chains or the graph, then score the marks.</source>
        <translation>Это учебное дело: заложено схем — %1, ложных похожих случаев — %2. Отметьте подозрительное (Ctrl+M) в таблицах, цепочках или на графе, затем оцените отметки.</translation>
    </message>
    <message>
        <source>Found %1 of %2 planted patterns, missed %3; %4 of %5 near misses wrongly marked; %6 other marks.</source>
        <translation>Найдено схем: %1 из %2, пропущено: %3; ошибочно отмечено похожих случаев: %4 из %5; прочих отметок: %6.</translation>
    </message>
    <message>
        <source>Near miss (breaks: %1). %2</source>
        <translation>Похожий случай (не выполнено: %1). %2</translation>
    </message>
    <message>
        <source>marked: %1</source>
        <translation>отмечено: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sanctions-circumvention investigation workstation</source>
        <translation>Рабочее место для расследования обхода санкций</translation>
    </message>
    <message>
        <source>Case file to open.</source>
        <translation>Открываемый файл дела.</translation>
    </message>
    <message>
        <source>Render the window with the case open into a PNG file and quit.</source>
        <translation>Отрисовать окно с открытым делом в файл PNG и выйти.</translation>
    </message>
    <message>
        <source>Interface language: en, ru or kk.</source>
        <translation>Язык интерфейса: en, ru или kk.</translation>
    </message>
    <message>
        <source>Start with this panel raised (reviewDock, decisionsDock, chainsDock…).</source>
        <translation>Открыть с этой панелью на переднем плане (reviewDock, decisionsDock, chainsDock…).</translation>
    </message>
    <message>
        <source>Search for match candidates in the Review panel: screening or duplicate.</source>
        <translation>Искать кандидатов на совпадение на панели проверки: screening или duplicate.</translation>
    </message>
    <message>
        <source>Start on this tab: its name (overview, entities, shipments, ownership, trade, chart…) or its number, from 1.</source>
        <translation>Открыть эту вкладку при запуске: её имя (overview, entities, shipments, ownership, trade, chart…) или номер, начиная с 1.</translation>
    </message>
    <message>
        <source>Window size in pixels, such as 1366x768.</source>
        <translation>Размер окна в пикселях, например 1366x768.</translation>
    </message>
    <message>
        <source>Show this detected chain once detection is done: its parties on the Trade graph, its route on the Map, as a click on it in the Overview does.</source>
        <translation>Показать эту найденную цепочку, когда поиск закончится: её стороны на графе торговли и маршрут на карте, как при щелчке по ней в обзоре.</translation>
    </message>
</context>
</TS>
