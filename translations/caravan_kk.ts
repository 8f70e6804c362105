<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AuditSummary</name>
    <message>
        <source>Ownership view</source>
        <translation>Иелік көрінісі</translation>
    </message>
    <message>
        <source>Trade view</source>
        <translation>Сауда көрінісі</translation>
    </message>
    <message>
        <source>Trade view by country</source>
        <translation>Елдер бойынша сауда көрінісі</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Баптау өзгертілді</translation>
    </message>
    <message numerus="yes">
        <source>%1: the places of %n node(s) saved</source>
        <translation>
            <numerusform>%1: %n түйіннің орны сақталды</numerusform>
            <numerusform>%1: %n түйіннің орны сақталды</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: node places saved</source>
        <translation>%1: түйіндердің орны сақталды</translation>
    </message>
    <message>
        <source>%1 cleared</source>
        <translation>%1 тазартылды</translation>
    </message>
    <message numerus="yes">
        <source>%1 changed (a stored value of %n character(s), not shown)</source>
        <translation>
            <numerusform>%1 өзгертілді (%n таңбадан тұратын сақталған мән көрсетілмейді)</numerusform>
            <numerusform>%1 өзгертілді (%n таңбадан тұратын сақталған мән көрсетілмейді)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 set to “%2”</source>
        <translation>%1 мәні: «%2»</translation>
    </message>
    <message numerus="yes">
        <source>(a stored value of %n character(s), not shown)</source>
        <translation>
            <numerusform>(%n таңбадан тұратын сақталған мән көрсетілмейді)</numerusform>
            <numerusform>(%n таңбадан тұратын сақталған мән көрсетілмейді)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainExclusions</name>
    <message>
        <source>no date</source>
        <translation>күні жоқ</translation>
    </message>
    <message>
        <source>party unknown</source>
        <translation>тарап белгісіз</translation>
    </message>
    <message>
        <source>no HS code</source>
        <translation>СЭҚ ТН коды жоқ</translation>
    </message>
    <message>
        <source>party country unknown</source>
        <translation>тараптың елі белгісіз</translation>
    </message>
    <message>
        <source>unknown unit</source>
        <translation>белгісіз өлшем бірлігі</translation>
    </message>
    <message>
        <source>no usable quantity, weight or value</source>
        <translation>жарамды саны, салмағы немесе құны жоқ</translation>
    </message>
    <message>
        <source>%1 shipments could not be used: %2</source>
        <translation>Пайдалану мүмкін болмаған жөнелтімдер (%1): %2</translation>
    </message>
    <message>
        <source>Units not recognised: %1</source>
        <translation>Танылмаған өлшем бірліктері: %1</translation>
    </message>
</context>
<context>
    <name>DecisionEffect</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 және тағы %n</numerusform>
            <numerusform>%1 және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted: %1 is merged into %2. Withdraw the decision in the Decisions list to unmerge them.</source>
        <translation>Қабылданды: %1 %2 субъектісіне біріктірілді. Оларды ажырату үшін «Шешімдер» тізімінде шешімді қайтарып алыңыз.</translation>
    </message>
    <message>
        <source>Accepted: %1 carries the designations of %2. Withdraw the decision in the Decisions list to take them off.</source>
        <translation>Қабылданды: %1 субъектісіне %2 санкциялық жазбалары берілді. Оларды алып тастау үшін «Шешімдер» тізімінде шешімді қайтарып алыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n names</source>
        <translation>
            <numerusform>%n атау</numerusform>
            <numerusform>%n атау</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifiers</source>
        <translation>
            <numerusform>%n сәйкестендіргіш</numerusform>
            <numerusform>%n сәйкестендіргіш</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owners</source>
        <translation>
            <numerusform>%n иесі</numerusform>
            <numerusform>%n иесі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holdings</source>
        <translation>
            <numerusform>%n еншілес компания</numerusform>
            <numerusform>%n еншілес компания</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other links</source>
        <translation>
            <numerusform>%n басқа байланыс</numerusform>
            <numerusform>%n басқа байланыс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipments</source>
        <translation>
            <numerusform>%n жеткізілім</numerusform>
            <numerusform>%n жеткізілім</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new trade partners</source>
        <translation>
            <numerusform>%n жаңа сауда серіктесі</numerusform>
            <numerusform>%n жаңа сауда серіктесі</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging adds nothing new to %1.</source>
        <translation>Біріктіру %1 субъектісіне жаңа ештеңе қоспайды.</translation>
    </message>
    <message>
        <source>Merging adds %1 to %2.</source>
        <translation>Біріктіру %2 субъектісіне мыналарды қосады: %1.</translation>
    </message>
    <message>
        <source>It takes over the designations of %1: %2.</source>
        <translation>Оған %1 санкциялық жазбалары өтеді: %2.</translation>
    </message>
    <message>
        <source>Accepting the match gives %1 no active designation as of %2.</source>
        <translation>Сәйкестікті қабылдау %1 субъектісіне %2 күнге әрекеттегі санкциялық жазба бермейді.</translation>
    </message>
    <message>
        <source>Accepting the match designates %1: %2.</source>
        <translation>Сәйкестікті қабылдау %1 субъектісін санкциялық тізімге енгізеді: %2.</translation>
    </message>
    <message>
        <source>It becomes blocked under the OFAC 50% rule and EU-owned under the EU rule.</source>
        <translation>Ол OFAC 50% ережесі бойынша бұғатталады және ЕО ережесі бойынша иелікте болады.</translation>
    </message>
    <message>
        <source>It becomes blocked under the OFAC 50% rule.</source>
        <translation>Ол OFAC 50% ережесі бойынша бұғатталады.</translation>
    </message>
    <message>
        <source>It becomes possibly blocked under the OFAC 50% rule (share ranges at their upper bounds).</source>
        <translation>Ол OFAC 50% ережесі бойынша бұғатталуы мүмкін (үлес аралықтарының жоғарғы шектерінде).</translation>
    </message>
    <message>
        <source>It becomes EU-owned under the EU rule.</source>
        <translation>Ол ЕО ережесі бойынша иелікте болады.</translation>
    </message>
    <message numerus="yes">
        <source>%n other entities become blocked (OFAC 50% rule, and EU-owned): %1.</source>
        <translation>
            <numerusform>Тағы %n субъект бұғатталады (OFAC 50% ережесі және ЕО ережесі бойынша иелік): %1.</numerusform>
            <numerusform>Тағы %n субъект бұғатталады (OFAC 50% ережесі және ЕО ережесі бойынша иелік): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other entities become blocked under the OFAC 50% rule: %1.</source>
        <translation>
            <numerusform>Тағы %n субъект OFAC 50% ережесі бойынша бұғатталады: %1.</numerusform>
            <numerusform>Тағы %n субъект OFAC 50% ережесі бойынша бұғатталады: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other entities become possibly blocked: %1.</source>
        <translation>
            <numerusform>Тағы %n субъект бұғатталуы мүмкін: %1.</numerusform>
            <numerusform>Тағы %n субъект бұғатталуы мүмкін: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other entities become EU-owned under the EU rule: %1.</source>
        <translation>
            <numerusform>Тағы %n субъект ЕО ережесі бойынша иелікте болады: %1.</numerusform>
            <numerusform>Тағы %n субъект ЕО ережесі бойынша иелікте болады: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ownership verdict changes as of %1.</source>
        <translation>%1 күнге иелік туралы бірде-бір қорытынды өзгермейді.</translation>
    </message>
</context>
<context>
    <name>GraphRenderer</name>
    <message>
        <source>1 in %1 edges drawn at this zoom</source>
        <translation>Бұл масштабта әр %1 байланыстың 1-і көрсетілген</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Иелік</translation>
    </message>
    <message>
        <source>Directorship</source>
        <translation>Директорлық</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Сауда</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>, share %1</source>
        <translation>, үлесі %1</translation>
    </message>
    <message>
        <source>, shipments: %1, value %2</source>
        <translation>, жөнелтілімдер: %1, құны %2</translation>
    </message>
    <message>
        <source>, %1 to %2</source>
        <translation>, %1 – %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Шартты белгілер</translation>
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
        <translation>Жеке тұлға</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>Кеме</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>designated (outline)</source>
        <translation>санкциялық тізімде (контур)</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Субъект түрі</translation>
    </message>
    <message>
        <source>other or unknown</source>
        <translation>басқа немесе белгісіз</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>Sanctions status</source>
        <translation>Санкциялық мәртебе</translation>
    </message>
    <message>
        <source>possibly blocked (ranges, unknown shares)</source>
        <translation>бұғатталуы мүмкін (аралықтар, белгісіз үлестер)</translation>
    </message>
    <message>
        <source>not blocked</source>
        <translation>бұғатталмаған</translation>
    </message>
    <message>
        <source>Investigator&apos;s marks</source>
        <translation>Тергеушінің белгілері</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>күдікті</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>расталған</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>қабылданбаған</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>белгіленбеген</translation>
    </message>
    <message>
        <source>blocked (OFAC 50% rule)</source>
        <translation>бұғатталған (OFAC 50% ережесі)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Caravan cases (*.caravan);;All files (*)</source>
        <translation>Caravan істері (*.caravan);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Істі ашу</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Қалта:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Файл &amp;атауы:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файл түрі:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Жоғарғы қалта</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Жаңа қалта құру</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Өзгертілген күні</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Қиып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Қою</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>About Qt</source>
        <translation>Qt туралы</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Толығырақ көрсету...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Толығырақ жасыру...</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No data for this chart</source>
        <translation>Бұл диаграмма үшін деректер жоқ</translation>
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
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Барлығын сақтау</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Барлығына иә</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Барлығына жо&amp;қ</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Үзу</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Тастау</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Әдепкі мәндерді қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Дайын</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>caravan</name>
    <message>
        <source>Summary</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Тізбектер</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Иелік</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <source>Investigator&apos;s notes</source>
        <translation>Тергеушінің жазбалары</translation>
    </message>
    <message>
        <source>Appendix A: Sources</source>
        <translation>А қосымшасы: Дереккөздер</translation>
    </message>
    <message>
        <source>Appendix B: Audit trail</source>
        <translation>Ә қосымшасы: Аудит журналы</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>расталған</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>күдікті</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>қабылданбаған</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>тексерілмеген</translation>
    </message>
    <message>
        <source>designated on a list the OFAC 50% rule counts (%1)</source>
        <translation>OFAC 50% ережесі ескеретін тізімде (%1)</translation>
    </message>
    <message>
        <source>blocked under the OFAC 50% rule (%1 held by blocked persons)</source>
        <translation>OFAC 50% ережесі бойынша бұғатталған (%1 бұғатталған тұлғаларда)</translation>
    </message>
    <message>
        <source>possibly blocked under the OFAC 50% rule (up to %1 held by blocked persons)</source>
        <translation>OFAC 50% ережесі бойынша бұғатталуы мүмкін (%1 дейін бұғатталған тұлғаларда)</translation>
    </message>
    <message>
        <source>needs review under the OFAC 50% rule: a blocked person holds a share of unknown size</source>
        <translation>OFAC 50% ережесі бойынша тексеруді қажет етеді: бұғатталған тұлғаның үлесі белгісіз</translation>
    </message>
    <message>
        <source>not blocked under the OFAC 50% rule</source>
        <translation>OFAC 50% ережесі бойынша бұғатталмаған</translation>
    </message>
    <message>
        <source>listed by the EU</source>
        <translation>ЕО тізімінде</translation>
    </message>
    <message>
        <source>owned under the EU rule (%1 held by listed persons)</source>
        <translation>ЕО ережесі бойынша меншікте (%1 тізімдегі тұлғаларда)</translation>
    </message>
    <message>
        <source>controlled under the EU rule</source>
        <translation>ЕО ережесі бойынша бақылауда</translation>
    </message>
    <message>
        <source>listed by the UK</source>
        <translation>Ұлыбритания тізімінде</translation>
    </message>
    <message>
        <source>owned under the UK test (%1 held by %2)</source>
        <translation>Ұлыбритания критерийі бойынша меншікте (%1, иесі %2)</translation>
    </message>
    <message>
        <source>controlled under the UK test</source>
        <translation>Ұлыбритания критерийі бойынша бақылауда</translation>
    </message>
    <message>
        <source>Trade anomalies</source>
        <translation>Сауда ауытқулары</translation>
    </message>
</context>
<context>
    <name>caravan::AnomaliesPanel</name>
    <message>
        <source>Flagged only</source>
        <translation>Тек белгіленгендер</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Салыстыру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Show on the trade graph</source>
        <translation>Сауда графында көрсету</translation>
    </message>
    <message>
        <source>KZ, DE</source>
        <translation>KZ, DE</translation>
    </message>
    <message>
        <source>Only flows from or to these countries (ISO codes, comma-separated)</source>
        <translation>Тек осы елдерден немесе осы елдерге ағындар (ISO кодтары, үтір арқылы)</translation>
    </message>
    <message>
        <source>Only HS codes starting with these digits</source>
        <translation>Тек осы сандардан басталатын HS кодтары</translation>
    </message>
    <message>
        <source>First month (YYYY-MM)</source>
        <translation>Бірінші ай (ЖЖЖЖ-АА)</translation>
    </message>
    <message>
        <source>Last month (YYYY-MM)</source>
        <translation>Соңғы ай (ЖЖЖЖ-АА)</translation>
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
        <translation>CHPL деңгейі</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Ай бойынша</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Тоқсан бойынша</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Жыл бойынша</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Ел:</translation>
    </message>
    <message>
        <source>HS:</source>
        <translation>HS:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Share of the flow</source>
        <translation>Ағындағы үлесі</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Қызыл жалаушалар</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Жөнелтілімдер</translation>
    </message>
    <message>
        <source>Click a company to see it in the Inspector and the Verdict dock</source>
        <translation>Компанияны Инспекторда және «Шешім» панелінде көру үшін басыңыз</translation>
    </message>
    <message>
        <source>&lt;b&gt;The case&apos;s companies that carry this flow&lt;/b&gt;</source>
        <translation>&lt;b&gt;Осы ағынды тасымалдайтын іс компаниялары&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mirror statistics are compared when this tab is shown.</source>
        <translation>Айналық статистика осы қойынды ашылғанда салыстырылады.</translation>
    </message>
    <message>
        <source>Open a case with trade statistics (Eurostat Comext, UN Comtrade) to compare what exporters report with what importers record.</source>
        <translation>Экспорттаушылар хабарлағанды импорттаушылар тіркегенмен салыстыру үшін сауда статистикасы бар істі ашыңыз (Eurostat Comext, UN Comtrade).</translation>
    </message>
    <message>
        <source>Comparing mirror statistics</source>
        <translation>Айналық статистиканы салыстыру</translation>
    </message>
    <message>
        <source>Comparing mirror statistics…</source>
        <translation>Айналық статистика салыстырылуда…</translation>
    </message>
    <message>
        <source>The comparison stopped: %1</source>
        <translation>Салыстыру тоқтады: %1</translation>
    </message>
    <message>
        <source>The case holds no trade statistics. Import Eurostat Comext or UN Comtrade files (and ECB exchange rates) to compare what exporters report with what importers record.</source>
        <translation>Істе сауда статистикасы жоқ. Экспорттаушылар хабарлағанды импорттаушылар тіркегенмен салыстыру үшін Eurostat Comext немесе UN Comtrade файлдарын (және ЕОБ валюта бағамдарын) импорттаңыз.</translation>
    </message>
    <message>
        <source>no currency</source>
        <translation>валютасыз</translation>
    </message>
    <message>
        <source>%1, %2: click to select it in the Inspector and the Verdict dock</source>
        <translation>%1, %2: Инспекторда және «Шешім» панелінде таңдау үшін басыңыз</translation>
    </message>
    <message>
        <source>No shipment of the case falls under this flow and period.</source>
        <translation>Істің бірде-бір жөнелтілімі осы ағын мен кезеңге жатпайды.</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>Картада көрсету</translation>
    </message>
    <message>
        <source>Chains of these goods</source>
        <translation>Осы тауарлардың тізбектері</translation>
    </message>
    <message>
        <source>The Map tab, filtered to the anomaly&apos;s goods</source>
        <translation>Аномалия тауарлары бойынша сүзілген «Карта» қойындысы</translation>
    </message>
    <message>
        <source>The Chains dock, filtered to the chains of the anomaly&apos;s goods</source>
        <translation>Аномалия тауарларының тізбектері бойынша сүзілген «Тізбектер» панелі</translation>
    </message>
    <message>
        <source>CIF/FOB margin: importers (CIF) are expected to record this much more than exporters (FOB) report; stored in the case</source>
        <translation>CIF/FOB үстемесі: импорттаушылар (CIF) экспорттаушылар (FOB) хабарлағаннан осынша көп тіркейді деп күтіледі; істе сақталады</translation>
    </message>
    <message>
        <source>Reporting lag: an importer may record a month&apos;s exports up to this many months later; stored in the case</source>
        <translation>Есеп кешігуі: импорттаушы айдың экспортын ең көбі осынша ай кейін тіркей алады; істе сақталады</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Үстеме:</translation>
    </message>
    <message>
        <source>Lag:</source>
        <translation>Кешігу:</translation>
    </message>
    <message>
        <source>The margin and the lag could not be stored in the case: %1</source>
        <translation>Үстеме мен кешігуді іске сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>%1 flows shown, %2 flagged, from %3 statistics rows in %4 (%5 rows without an exchange rate left out). Gaps allow a %6% CIF/FOB margin and a reporting lag of up to %7 month(s); surges are measured against the 2019-2021 monthly mean.</source>
        <translation>Көрсетілген ағындар: %1, белгіленгені: %2; статистика жолдары: %3, %4 валютасында (бағамы жоқ %5 жол алынып тасталды). Алшақтықтар %6% CIF/FOB үстемесін және %7 айға дейінгі есеп кешігуін ескереді; күрт өсулер 2019–2021 жылдардың орташа айлық деңгейімен салыстырылады.</translation>
    </message>
    <message>
        <source> mo.</source>
        <translation> ай</translation>
    </message>
</context>
<context>
    <name>caravan::AnomalyTableModel</name>
    <message>
        <source>mirror gap</source>
        <translation>айналық алшақтық</translation>
    </message>
    <message>
        <source>surge</source>
        <translation>күрт өсу</translation>
    </message>
    <message>
        <source>re-export</source>
        <translation>реэкспорт</translation>
    </message>
    <message>
        <source>high</source>
        <translation>жоғары</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>орташа</translation>
    </message>
    <message>
        <source>low</source>
        <translation>төмен</translation>
    </message>
    <message>
        <source>The gap, the value above the baseline, or the value re-exported, in %1</source>
        <translation>Алшақтық, базалық деңгейден асқан құн немесе реэкспорт құны, %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Ауытқу</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>HS</source>
        <translation>HS</translation>
    </message>
    <message>
        <source>CHPL tier</source>
        <translation>CHPL деңгейі</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Exports reported</source>
        <translation>Хабарланған экспорт</translation>
    </message>
    <message>
        <source>Imports reported</source>
        <translation>Хабарланған импорт</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Алшақтық</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Өсу</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>Size (%1)</source>
        <translation>Көлемі (%1)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компаниялар</translation>
    </message>
</context>
<context>
    <name>caravan::AuditLogTableModel</name>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Толығырақ</translation>
    </message>
</context>
<context>
    <name>caravan::CaseDocument</name>
    <message>
        <source>The case is open read-only.</source>
        <translation>Іс тек оқу үшін ашылған.</translation>
    </message>
    <message>
        <source>There is no %1 with the id %2 in this case.</source>
        <translation>Бұл істе %2 идентификаторы бар «%1» нысаны жоқ.</translation>
    </message>
    <message>
        <source>The mark could not be stored.</source>
        <translation>Белгіні сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The decision on %1 and %2 could not be stored: %3</source>
        <translation>%1 және %2 бойынша шешімді сақтау мүмкін болмады: %3</translation>
    </message>
    <message>
        <source>The decision on %1 and %2 could not be withdrawn: %3</source>
        <translation>%1 және %2 бойынша шешімді кері қайтару мүмкін болмады: %3</translation>
    </message>
    <message>
        <source>The list setting could not be stored: %1</source>
        <translation>Тізімдер баптауын сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Which lists the rules count cannot be changed on a server case yet.</source>
        <translation>Ережелер қай тізімдерді ескеретінін серверлік істе әзірге өзгертуге болмайды.</translation>
    </message>
</context>
<context>
    <name>caravan::CaseOverview</name>
    <message>
        <source>Reading the shipments</source>
        <translation>Жөнелтілімдерді оқу</translation>
    </message>
    <message>
        <source>Looking for red flags</source>
        <translation>Қауіп белгілерін іздеу</translation>
    </message>
    <message>
        <source>Blocked under the OFAC 50% rule (%1 held by blocked persons)</source>
        <translation>OFAC 50% ережесі бойынша бұғатталған (бұғатталған тұлғаларға %1 тиесілі)</translation>
    </message>
    <message>
        <source>Possibly blocked under the OFAC 50% rule (up to %1 held by blocked persons)</source>
        <translation>OFAC 50% ережесі бойынша бұғатталуы мүмкін (бұғатталған тұлғаларға %1 дейін тиесілі)</translation>
    </message>
    <message>
        <source>To review under the OFAC 50% rule: a blocked person holds a share of unknown size</source>
        <translation>OFAC 50% ережесі бойынша тексеруді қажет етеді: бұғатталған тұлғаға мөлшері белгісіз үлес тиесілі</translation>
    </message>
    <message>
        <source>Owned under the EU rule (%1 held by listed persons)</source>
        <translation>EU ережесі бойынша иелікте (тізімдегі тұлғаларға %1 тиесілі)</translation>
    </message>
    <message>
        <source>Controlled under the EU rule</source>
        <translation>EU ережесі бойынша бақылауда</translation>
    </message>
    <message>
        <source>Owned under the UK test (%1 held by one designated person)</source>
        <translation>Ұлыбритания ережесі бойынша иелікте (%1 тізімдегі бір тұлғаға тиесілі)</translation>
    </message>
    <message>
        <source>Possibly owned under the UK test (up to %1 held by one designated person)</source>
        <translation>Ұлыбритания ережесі бойынша иелікте болуы мүмкін (тізімдегі бір тұлғаға %1 дейін тиесілі)</translation>
    </message>
    <message>
        <source>Controlled under the UK test</source>
        <translation>Ұлыбритания ережесі бойынша бақылауда</translation>
    </message>
    <message>
        <source>OFAC 50% rule: blocked, %1</source>
        <translation>OFAC 50% ережесі: бұғатталған, %1</translation>
    </message>
    <message>
        <source>OFAC 50% rule: possibly blocked, up to %1</source>
        <translation>OFAC 50% ережесі: бұғатталуы мүмкін, %1 дейін</translation>
    </message>
    <message>
        <source>OFAC 50% rule: to review, share unknown</source>
        <translation>OFAC 50% ережесі: тексеру керек, үлесі белгісіз</translation>
    </message>
    <message>
        <source>EU rule: owned, %1</source>
        <translation>EU ережесі: иелікте, %1</translation>
    </message>
    <message>
        <source>EU rule: controlled</source>
        <translation>EU ережесі: бақылауда</translation>
    </message>
    <message>
        <source>UK test: owned, %1</source>
        <translation>Ұлыбритания ережесі: иелікте, %1</translation>
    </message>
    <message>
        <source>UK test: possibly owned, up to %1</source>
        <translation>Ұлыбритания ережесі: иелікте болуы мүмкін, %1 дейін</translation>
    </message>
    <message>
        <source>UK test: controlled</source>
        <translation>Ұлыбритания ережесі: бақылауда</translation>
    </message>
    <message>
        <source>Applying the ownership rules</source>
        <translation>Иелік ережелерін қолдану</translation>
    </message>
</context>
<context>
    <name>caravan::CaseSummaryPanel</name>
    <message>
        <source>Case contents</source>
        <translation>Іс мазмұны</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Субъектілер</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компаниялар</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Тұлғалар</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Жөнелтілімдер</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Иелік</translation>
    </message>
    <message>
        <source>Designations</source>
        <translation>Санкц. жазбалар</translation>
    </message>
    <message>
        <source>Trade statistics</source>
        <translation>Сауда деректері</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Қате жолдар</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Белгілер</translation>
    </message>
</context>
<context>
    <name>caravan::ChainTableModel</name>
    <message>
        <source>%1 (HS-%2 match)</source>
        <translation>%1 (HS-%2 сәйкестігі)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>СЭҚ ТН коды</translation>
    </message>
    <message>
        <source>CHPL tier</source>
        <translation>CHPL деңгейі</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <source>Last onward</source>
        <translation>Соңғы әрі қарай жөнелту</translation>
    </message>
    <message>
        <source>Quantity in</source>
        <translation>Кіріс саны</translation>
    </message>
    <message>
        <source>Quantity out</source>
        <translation>Шығыс саны</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Қауіп белгілері</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>Тізбек ID</translation>
    </message>
</context>
<context>
    <name>caravan::ChainsPanel</name>
    <message>
        <source>Detect Chains</source>
        <translation>Тізбектерді табу</translation>
    </message>
    <message>
        <source>Detect re-export chains</source>
        <translation>Реэкспорт тізбектерін іздеу</translation>
    </message>
    <message>
        <source>Filter: route, HS code, flag, country…</source>
        <translation>Сүзгі: бағыт, СЭҚ ТН коды, белгі, ел…</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Тізбектер</translation>
    </message>
    <message>
        <source>Chain evidence</source>
        <translation>Тізбек дәлелдері</translation>
    </message>
    <message>
        <source>Press Detect Chains to look for goods that pass through a third country to Russia or Belarus.</source>
        <translation>Ресейге немесе Беларуське үшінші ел арқылы өтетін тауарларды іздеу үшін «Тізбектерді табу» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>The chain settings of this case cannot be read: %1</source>
        <translation>Бұл істің тізбек баптауларын оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Detecting chains</source>
        <translation>Тізбектерді іздеу</translation>
    </message>
    <message>
        <source>Detecting chains…</source>
        <translation>Тізбектерді іздеу…</translation>
    </message>
    <message>
        <source>Detection stopped: %1</source>
        <translation>Іздеу тоқтатылды: %1</translation>
    </message>
    <message numerus="yes">
        <source>No chains among %n shipments with %1.</source>
        <translation>
            <numerusform>%1 параметрлері бар %n жөнелтілім арасында тізбек жоқ.</numerusform>
            <numerusform>%1 параметрлері бар %n жөнелтілім арасында тізбек жоқ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chains proposed (%1; %2 dismissed hidden, %3 below the minimum score). The detector ranks; you decide.</source>
        <translation>
            <numerusform>%n тізбек ұсынылды (%1; жасырылған қабылданбағандар: %2, ең төмен балдан төмен: %3). Детектор саралайды, шешімді сіз қабылдайсыз.</numerusform>
            <numerusform>%n тізбек ұсынылды (%1; жасырылған қабылданбағандар: %2, ең төмен балдан төмен: %3). Детектор саралайды, шешімді сіз қабылдайсыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>балл %1</translation>
    </message>
    <message>
        <source>+%1 days</source>
        <translation>+%1 күн</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Жөнелтілім</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Балдың негіздемесі</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Қауіп белгілері:</translation>
    </message>
    <message>
        <source>Chart the parties</source>
        <translation>Қатысушылар графигі</translation>
    </message>
    <message>
        <source>Show the trade chart of the selected chain&apos;s intermediary</source>
        <translation>Таңдалған тізбек делдалының сауда графигін көрсету</translation>
    </message>
    <message>
        <source>List them…</source>
        <translation>Көрсету…</translation>
    </message>
    <message>
        <source>Shipments the detector could not use</source>
        <translation>Детектор пайдалана алмаған жөнелтімдер</translation>
    </message>
    <message>
        <source>List the shipments the detector could not use, each with its reason</source>
        <translation>Детектор пайдалана алмаған жөнелтімдерді әрқайсысының себебімен көрсету</translation>
    </message>
    <message>
        <source>window %1 days, quantities and net weights within %2%, values within %7%, transit %3, destinations %4, HS-%5, minimum score %6</source>
        <translation>терезе %1 күн, саны мен таза салмағы %2% шегінде, құны %7% шегінде, транзит %3, баратын елдер %4, HS-%5, ең төменгі баға %6</translation>
    </message>
    <message>
        <source>Net weight, kg</source>
        <translation>Таза салмағы, кг</translation>
    </message>
</context>
<context>
    <name>caravan::ChartPanel</name>
    <message>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Shipments by month</source>
        <translation>Айлар бойынша жөнелтілімдер</translation>
    </message>
    <message>
        <source>Trade statistics</source>
        <translation>Сауда статистикасы</translation>
    </message>
    <message>
        <source>Mirror statistics</source>
        <translation>Айнал статистика</translation>
    </message>
    <message>
        <source>Top counterparties</source>
        <translation>Негізгі контрагенттер</translation>
    </message>
    <message>
        <source>Entity timeline</source>
        <translation>Субъект хронологиясы</translation>
    </message>
    <message>
        <source>All together</source>
        <translation>Барлығы бірге</translation>
    </message>
    <message>
        <source>By HS heading (4 digits)</source>
        <translation>Тауар позициясы бойынша (4 таңба)</translation>
    </message>
    <message>
        <source>By HS-6 code</source>
        <translation>HS-6 коды бойынша</translation>
    </message>
    <message>
        <source>By CHPL tier</source>
        <translation>CHPL деңгейі бойынша</translation>
    </message>
    <message>
        <source>By country pair</source>
        <translation>Елдер жұбы бойынша</translation>
    </message>
    <message>
        <source>By entity</source>
        <translation>Субъект бойынша</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Құны</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Any goods</source>
        <translation>Кез келген тауар</translation>
    </message>
    <message>
        <source>CHPL tier %1</source>
        <translation>CHPL деңгейі %1</translation>
    </message>
    <message>
        <source>Any flow</source>
        <translation>Кез келген ағын</translation>
    </message>
    <message>
        <source>HS prefix</source>
        <translation>СЭҚ ТН</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>Субъект ID</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Бөлу</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to see everything again</source>
        <translation>Сүйреу — жылжыту, дөңгелек — масштаб, қос шерту — барлығын қайта көрсету</translation>
    </message>
    <message>
        <source>Reporter (origin)</source>
        <translation>Есеп беруші (шығу елі)</translation>
    </message>
    <message>
        <source>Origin country</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <source>Partner (destination)</source>
        <translation>Серіктес (баратын жері)</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Open a case to chart its shipments and trade statistics.</source>
        <translation>Жөнелтілімдер мен сауда статистикасының диаграммаларын құру үшін істі ашыңыз.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Есептеу…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Диаграмманы экспорттау</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG суреті (*.png);;SVG сызбасы (*.svg);;PDF құжаты (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Leave out outliers</source>
        <translation>Шектен тыс мәндерсіз</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Логарифмдік шкала</translation>
    </message>
    <message>
        <source>Leave out shipments whose unit value is over 20 times, or under 1/20 of, the median of their HS-6 code</source>
        <translation>Бірлік құны өз СЭҚ ТН кодының (6 таңба) медианасынан 20 еседен артық жоғары немесе төмен жеткізілімдерді есепке алмау</translation>
    </message>
    <message>
        <source>A logarithmic value axis: small and large months side by side</source>
        <translation>Логарифмдік мән осі: шағын және үлкен айлар қатар</translation>
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
        <translation>%1 мың</translation>
    </message>
</context>
<context>
    <name>caravan::DecisionCommand</name>
    <message>
        <source>Withdraw decision on %1 and %2</source>
        <translation>%1 және %2 бойынша шешімді кері қайтару</translation>
    </message>
    <message>
        <source>Reject match %1 and %2</source>
        <translation>%1 және %2 сәйкестігін қабылдамау</translation>
    </message>
    <message>
        <source>Merge %2 into %1</source>
        <translation>%2 субъектісін %1 субъектісіне біріктіру</translation>
    </message>
    <message>
        <source>Accept %1 as listed %2</source>
        <translation>%1 субъектісін тізімдегі %2 ретінде қабылдау</translation>
    </message>
</context>
<context>
    <name>caravan::DecisionTableModel</name>
    <message>
        <source>screening match</source>
        <translation>тексерудегі сәйкестік</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>қайталанатын жазба</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>accepted (merged)</source>
        <translation>қабылданды (біріктірілді)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>Kept: the entity the other merges into</source>
        <translation>Сақталады: екіншісі біріктірілетін субъект</translation>
    </message>
    <message>
        <source>Merged into the other when accepted</source>
        <translation>Қабылданғанда екіншісіне біріктіріледі</translation>
    </message>
    <message>
        <source>The screened entity</source>
        <translation>Тексерілетін субъект</translation>
    </message>
    <message>
        <source>The listed entity</source>
        <translation>Санкциялық тізімдегі субъект</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <source>Matched with</source>
        <translation>Сәйкес келетін</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
</context>
<context>
    <name>caravan::DecisionsPanel</name>
    <message>
        <source>Withdraw Decision</source>
        <translation>Шешімді қайтарып алу</translation>
    </message>
    <message>
        <source>Go to Entity</source>
        <translation>Субъектіге өту</translation>
    </message>
    <message>
        <source>Filter by name, id, kind, decision, user or note</source>
        <translation>Атау, ид., түр, шешім, пайдаланушы немесе жазба бойынша сүзу</translation>
    </message>
    <message>
        <source>Filter decisions</source>
        <translation>Шешімдерді сүзу</translation>
    </message>
    <message>
        <source>Undo the selected decision: an accepted duplicate is unmerged, an accepted match loses the designations it copied. Ctrl+Z brings the decision back.</source>
        <translation>Таңдалған шешімнен бас тарту: қабылданған қайталанатын жазба ажыратылады, қабылданған сәйкестіктен көшірілген санкциялық жазбалар алынады. Ctrl+Z шешімді қайтарады.</translation>
    </message>
    <message>
        <source>Show the entity in the Entities table and the Inspector (or double-click a row)</source>
        <translation>Субъектіні «Субъектілер» кестесінде және инспекторда көрсету (немесе жолды екі рет шертіңіз)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>No decision is selected.</source>
        <translation>Шешім таңдалмаған.</translation>
    </message>
    <message>
        <source>No decisions yet: accept (A) or reject (R) candidates in the Review (matches) panel.</source>
        <translation>Әзірге шешім жоқ: «Тексеру (сәйкестіктер)» тақтасында үміткерлерді қабылдаңыз (A) немесе қабылдамаңыз (R).</translation>
    </message>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation>
            <numerusform>%n шешім</numerusform>
            <numerusform>%n шешім</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n decisions</source>
        <translation>
            <numerusform>%n шешімнің %1</numerusform>
            <numerusform>%n шешімнің %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::Dialogs</name>
    <message>
        <source>Open Server Case</source>
        <translation>Серверлік істі ашу</translation>
    </message>
    <message>
        <source>Address of the case (postgresql://USER@HOST:PORT/DATABASE?case=NAME).
The password comes from PGPASSWORD or ~/.pgpass, or Caravan asks for it.</source>
        <translation>Істің мекенжайы (postgresql://ПАЙДАЛАНУШЫ@СЕРВЕР:ПОРТ/ДЕРЕКҚОР?case=АТАУЫ).
Құпиясөз PGPASSWORD немесе ~/.pgpass ішінен алынады, болмаса Caravan оны сұрайды.</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Сервер құпиясөзі</translation>
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
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Идентификаторлар</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Тізімде</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Sanctions status</source>
        <translation>Санкц. мәртебе</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <source>blocked (50% rule)</source>
        <translation>бұғатталған (50% ережесі)</translation>
    </message>
    <message>
        <source>possibly blocked</source>
        <translation>бұғатталуы мүмкін</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>тексеруді қажет етеді</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Жеке тұлға</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>Кеме</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Заңды тұлға</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>негізгі</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>балама атау</translation>
    </message>
    <message>
        <source>weak alias</source>
        <translation>әлсіз балама атау</translation>
    </message>
    <message>
        <source>former name</source>
        <translation>бұрынғы атауы</translation>
    </message>
    <message>
        <source>ownership</source>
        <translation>иелік</translation>
    </message>
    <message>
        <source>directorship</source>
        <translation>директорлық</translation>
    </message>
    <message>
        <source>control</source>
        <translation>бақылау</translation>
    </message>
    <message>
        <source>other link</source>
        <translation>басқа байланыс</translation>
    </message>
</context>
<context>
    <name>caravan::ExcludedShipmentModel</name>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Декларация</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Экспорттаушы</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Импорттаушы</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>СЭҚ ТН коды</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірл.</translation>
    </message>
    <message>
        <source>Net weight, kg</source>
        <translation>Таза салмағы, кг</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Құны</translation>
    </message>
</context>
<context>
    <name>caravan::ExcludedShipmentsDialog</name>
    <message>
        <source>Shipments the chain detector could not use</source>
        <translation>Тізбек детекторы пайдалана алмаған жөнелтімдер</translation>
    </message>
    <message>
        <source>Shipments left out</source>
        <translation>Пайдаланылмаған жөнелтімдер</translation>
    </message>
</context>
<context>
    <name>caravan::GraphBuilder</name>
    <message>
        <source>Ownership and control at %1</source>
        <translation>%1 күнгі иелік және бақылау</translation>
    </message>
    <message>
        <source>Ownership and control</source>
        <translation>Иелік және бақылау</translation>
    </message>
    <message>
        <source>Trade between countries</source>
        <translation>Елдер арасындағы сауда</translation>
    </message>
    <message>
        <source>Trade between companies</source>
        <translation>Компаниялар арасындағы сауда</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>, HS %1</source>
        <translation>, СЭҚ ТН %1</translation>
    </message>
    <message>
        <source>, CHPL goods</source>
        <translation>, CHPL тауарлары</translation>
    </message>
    <message>
        <source>, CHPL tier %1</source>
        <translation>, CHPL, %1 деңгей</translation>
    </message>
</context>
<context>
    <name>caravan::GraphCanvas</name>
    <message>
        <source>Graph canvas</source>
        <translation>Граф аймағы</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · Shift+drag: select an area · Ctrl+click: add to selection · F: fit · Delete: hide · Space: expand neighbours</source>
        <translation>Дөңгелек: масштаб · сүйреу: жылжыту · Shift+сүйреу: аймақты таңдау · Ctrl+шерту: таңдауға қосу · F: сыйдыру · Delete: жасыру · Space: көршілерін ашу</translation>
    </message>
    <message>
        <source>Caravan graph view</source>
        <translation>Caravan графы</translation>
    </message>
    <message>
        <source>Nothing to draw yet: this view shows the case&apos;s links or shipments once they are imported, at the date chosen below.</source>
        <translation>Әзірге көрсететін ештеңе жоқ: импорттағаннан кейін мұнда істің байланыстары немесе жөнелтілімдері төменде таңдалған күнге көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>caravan::GraphView</name>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>%n түйінді жылжыту</numerusform>
            <numerusform>%n түйінді жылжыту</numerusform>
        </translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>Күштік орналастыру</translation>
    </message>
    <message>
        <source>Hierarchy (owners above)</source>
        <translation>Иерархия (иелері жоғарыда)</translation>
    </message>
    <message>
        <source>Radial around selection</source>
        <translation>Таңдалғанның айналасында радиалды</translation>
    </message>
    <message>
        <source>Refine (keep moved nodes)</source>
        <translation>Нақтылау (жылжытылған түйіндерді сақтау)</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Орналастыру</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>Орналастыру</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Stop the running layout or measure; the view keeps what it reached</source>
        <translation>Орналастыруды немесе есептеуді тоқтату; көрініс қол жеткізгенін сақтайды</translation>
    </message>
    <message>
        <source>Colour: type</source>
        <translation>Түс: түрі</translation>
    </message>
    <message>
        <source>Colour: country</source>
        <translation>Түс: ел</translation>
    </message>
    <message>
        <source>Colour: sanctions status</source>
        <translation>Түс: санкциялық мәртебе</translation>
    </message>
    <message>
        <source>Colour: marks</source>
        <translation>Түс: белгілер</translation>
    </message>
    <message>
        <source>Size: degree</source>
        <translation>Өлшем: дәреже</translation>
    </message>
    <message>
        <source>Size: betweenness</source>
        <translation>Өлшем: делдалдық</translation>
    </message>
    <message>
        <source>Size: trade value</source>
        <translation>Өлшем: сауда көлемі</translation>
    </message>
    <message>
        <source>Size: uniform</source>
        <translation>Өлшем: бірдей</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Сыйдыру</translation>
    </message>
    <message>
        <source>Fit the visible graph in the view (F)</source>
        <translation>Көрінетін графты терезеге сыйдыру (F)</translation>
    </message>
    <message>
        <source>Find path</source>
        <translation>Жолды табу</translation>
    </message>
    <message>
        <source>Shortest path between the two selected entities (P)</source>
        <translation>Таңдалған екі субъект арасындағы ең қысқа жол (P)</translation>
    </message>
    <message>
        <source>All paths</source>
        <translation>Барлық жолдар</translation>
    </message>
    <message>
        <source>Every path between the two selected entities up to the hop limit</source>
        <translation>Таңдалған екі субъект арасындағы қадам шегіне дейінгі барлық жолдар</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Маңайы</translation>
    </message>
    <message>
        <source>Highlight everything within the hop limit of the selection</source>
        <translation>Таңдалғаннан қадам шегіндегі барлығын ерекшелеу</translation>
    </message>
    <message>
        <source>hops ≤ </source>
        <translation>қадам ≤ </translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Зерттеу</translation>
    </message>
    <message>
        <source>Show only the selection, then Space to expand its neighbours step by step</source>
        <translation>Тек таңдалғанды көрсету, содан кейін Space — көршілерін қадам сайын ашу</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Жасыру</translation>
    </message>
    <message>
        <source>Hide the selection from the view (Delete)</source>
        <translation>Таңдалғанды көріністен жасыру (Delete)</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Бекіту</translation>
    </message>
    <message>
        <source>Keep the selection in place when the layout is refined (dragging a node pins it too)</source>
        <translation>Орналастыру нақтыланғанда таңдалғанды орнында қалдыру (сүйрелген түйін де бекітіледі)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Босату</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Барлығын көрсету</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Save the view as PNG or SVG, or the graph as GraphML or GEXF</source>
        <translation>Көріністі PNG не SVG, ал графты GraphML не GEXF ретінде сақтау</translation>
    </message>
    <message>
        <source>Find in graph…</source>
        <translation>Графтан табу…</translation>
    </message>
    <message>
        <source>No entity in this graph matches “%1”</source>
        <translation>Бұл графта «%1» сұрауына сәйкес субъект жоқ</translation>
    </message>
    <message>
        <source>Countries, e.g. KZ, KG</source>
        <translation>Елдер, мыс. KZ, KG</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Елдер бойынша</translation>
    </message>
    <message>
        <source>Countries as nodes, joined by the value of their shipments</source>
        <translation>Елдер түйін ретінде, жөнелтілімдер құнымен байланысқан</translation>
    </message>
    <message>
        <source>Countries: </source>
        <translation>Елдер: </translation>
    </message>
    <message>
        <source>Building the ownership graph</source>
        <translation>Иелік графын құру</translation>
    </message>
    <message>
        <source>Building the trade graph</source>
        <translation>Сауда графын құру</translation>
    </message>
    <message>
        <source>Building the graph…</source>
        <translation>Граф құрылуда…</translation>
    </message>
    <message>
        <source>Layout of %1 nodes</source>
        <translation>%1 түйінді орналастыру</translation>
    </message>
    <message>
        <source>Betweenness of %1 nodes</source>
        <translation>%1 түйіннің делдалдығы</translation>
    </message>
    <message>
        <source>Size: betweenness, approximate (%1 of %2 sources sampled)</source>
        <translation>Өлшем: делдалдық, шамамен (іріктеме: %2 бастаудың %1)</translation>
    </message>
    <message>
        <source>Size: betweenness (exact)</source>
        <translation>Өлшем: делдалдық (нақты)</translation>
    </message>
    <message>
        <source>Select exactly two entities (Ctrl+click) to find the paths between them.</source>
        <translation>Олардың арасындағы жолдарды табу үшін дәл екі субъектіні таңдаңыз (Ctrl+шерту).</translation>
    </message>
    <message>
        <source>No path of at most %1 links between %2 and %3</source>
        <translation>%2 мен %3 арасында %1 байланыстан аспайтын жол жоқ</translation>
    </message>
    <message>
        <source>%1 and %2 are not connected in this graph</source>
        <translation>Бұл графта %1 мен %2 байланыспаған</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) of at most %1 links between %2 and %3</source>
        <translation>
            <numerusform>%2 мен %3 арасында %1 байланыстан аспайтын %n жол</numerusform>
            <numerusform>%2 мен %3 арасында %1 байланыстан аспайтын %n жол</numerusform>
        </translation>
    </message>
    <message>
        <source> (first 500 shown)</source>
        <translation> (алғашқы 500-і көрсетілген)</translation>
    </message>
    <message numerus="yes">
        <source>Shortest path, %n link(s): </source>
        <translation>
            <numerusform>Ең қысқа жол, %n байланыс: </numerusform>
            <numerusform>Ең қысқа жол, %n байланыс: </numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more entities first.</source>
        <translation>Алдымен бір немесе бірнеше субъектіні таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 entities within %2 hops of the selection</source>
        <translation>Таңдалғаннан %2 қадам шегіндегі субъектілер: %1</translation>
    </message>
    <message>
        <source>Select an entity to explore from (search for it, or click it).</source>
        <translation>Зерттеуді бастайтын субъектіні таңдаңыз (іздеп табыңыз немесе шертіңіз).</translation>
    </message>
    <message>
        <source>Press Space to show the neighbours of the selection, again for the next ring.</source>
        <translation>Таңдалғанның көршілерін көрсету үшін Space басыңыз, келесі шеңбер үшін тағы басыңыз.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 жазу мүмкін емес</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .graphml or .gexf</source>
        <translation>Кеңейтімі .png, .svg, .graphml немесе .gexf файлды таңдаңыз</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Export graph</source>
        <translation>Графты экспорттау</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;GraphML for yEd and Gephi (*.graphml);;GEXF for Gephi (*.gexf)</source>
        <translation>PNG суреті (*.png);;SVG сызбасы (*.svg);;yEd және Gephi үшін GraphML (*.graphml);;Gephi үшін GEXF (*.gexf)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Экспорттау мүмкін емес</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>%1 nodes · %2 edges</source>
        <translation>Түйіндер: %1 · қабырғалар: %2</translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · көрсетілген: %1</translation>
    </message>
    <message>
        <source> · %1 selected</source>
        <translation> · таңдалған: %1</translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation>Бүкіл желі</translation>
    </message>
    <message>
        <source>Leave the ownership view of one entity and show the whole network again</source>
        <translation>Бір субъектінің иелік көрінісінен шығып, бүкіл желіні қайта көрсету</translation>
    </message>
    <message>
        <source>This entity has no owners or holdings in the network at this date.</source>
        <translation>Бұл күні субъектінің желіде иелері де, активтері де жоқ.</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>Барлық компоненттер</translation>
    </message>
    <message>
        <source>Show every component of the network, not only the largest that read at fit</source>
        <translation>Желінің ең ірілерін ғана емес, барлық компоненттерін көрсету (толық көріністе оқылатындарын ғана емес)</translation>
    </message>
    <message numerus="yes">
        <source>Grouped by country: more than %n companies. Double-click a country to open it.</source>
        <translation>
            <numerusform>Елдер бойынша топталған: %n компаниядан көп. Елді ашу үшін оны екі рет басыңыз.</numerusform>
            <numerusform>Елдер бойынша топталған: %n компаниядан көп. Елді ашу үшін оны екі рет басыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n largest components (%1 of %2 entities); %3 more components, %4 entities: All components shows them.</source>
        <translation>
            <numerusform>Ең ірі %n компонент (%2 субъектінің %1); тағы %3 компонент, %4 субъект: оларды «Барлық компоненттер» көрсетеді.</numerusform>
            <numerusform>Ең ірі %n компонент (%2 субъектінің %1); тағы %3 компонент, %4 субъект: оларды «Барлық компоненттер» көрсетеді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companies and their trade partners only: By country shows the whole network.</source>
        <translation>
            <numerusform>Тек %n компания мен олардың сауда серіктестері: «Елдер бойынша» бүкіл желіні көрсетеді.</numerusform>
            <numerusform>Тек %n компания мен олардың сауда серіктестері: «Елдер бойынша» бүкіл желіні көрсетеді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Импорттауға арналған файлдар</translation>
    </message>
    <message>
        <source>Caravan recognises Caravan CSV, FollowTheMoney, BODS, OFAC SDN and trade statistics. Any other CSV is imported through a column mapping on the next page.</source>
        <translation>Caravan мына пішімдерді таниды: Caravan CSV, FollowTheMoney, BODS, OFAC SDN және сауда статистикасы. Кез келген басқа CSV келесі беттегі бағандарды сәйкестендіру арқылы импортталады.</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Файлдарды &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <source>Mapped CSV (any columns)</source>
        <translation>Сәйкестендірілген CSV (кез келген бағандар)</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Оқу тәсілі:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Анықталды:</translation>
    </message>
    <message>
        <source>Data files (*.csv *.txt *.tsv *.json *.jsonl *.ftm *.xml);;All files (*)</source>
        <translation>Деректер файлдары (*.csv *.txt *.tsv *.json *.jsonl *.ftm *.xml);;Барлық файлдар (*)</translation>
    </message>
    <message numerus="yes">
        <source>a CSV file with %n columns (%1, delimiter “%2”): map them on the next page</source>
        <translation>
            <numerusform>%n бағаннан тұратын CSV файлы (%1, бөлгіш «%2»): оларды келесі бетте сәйкестендіріңіз</numerusform>
            <numerusform>%n бағаннан тұратын CSV файлы (%1, бөлгіш «%2»): оларды келесі бетте сәйкестендіріңіз</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, encoding %3</source>
        <translation>%1, %2, кодтау %3</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Бағандарды сәйкестендіру</translation>
    </message>
    <message>
        <source>Choose which column feeds each Caravan field, or give a value for every row. The preview shows the first rows as Caravan will read them; red cells would be rejected.</source>
        <translation>Caravan-ның әр өрісі қай бағаннан толтырылатынын таңдаңыз немесе барлық жолдар үшін мән беріңіз. Алдын ала қарауда алғашқы жолдар Caravan оларды қалай оқитындай көрсетіледі; қызыл ұяшықтар қабылданбайды.</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Жөнелтілімдер</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Субъектілер</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>Санкциялар</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>анықтау</translation>
    </message>
    <message>
        <source>point (1234.5)</source>
        <translation>нүкте (1234.5)</translation>
    </message>
    <message>
        <source>comma (1234,5)</source>
        <translation>үтір (1234,5)</translation>
    </message>
    <message>
        <source>Load Mapping…</source>
        <translation>Сәйкестендіруді жүктеу…</translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation>Сәйкестендіруді сақтау…</translation>
    </message>
    <message>
        <source>Rows are:</source>
        <translation>Жолдар:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодтау:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Күндер:</translation>
    </message>
    <message>
        <source>Decimals:</source>
        <translation>Ондық бөлгіш:</translation>
    </message>
    <message>
        <source>Caravan field</source>
        <translation>Caravan өрісі</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Файлдағы баған</translation>
    </message>
    <message>
        <source>Or this value</source>
        <translation>Немесе осы мән</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Бағандарды сәйкестендіру</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Сәйкестендіруді жүктеу</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Сәйкестендірулер (*.json)</translation>
    </message>
    <message>
        <source>Cannot load the mapping</source>
        <translation>Сәйкестендіруді жүктеу мүмкін емес</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Сәйкестендіруді сақтау</translation>
    </message>
    <message>
        <source>Cannot save the mapping</source>
        <translation>Сәйкестендіруді сақтау мүмкін емес</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n values in the preview would be rejected (red); their rows will be kept as rejected rows. Check the date format and decimals.</source>
        <translation>
            <numerusform>Алдын ала қараудағы %n мән қабылданбайды (қызыл); олардың жолдары қабылданбаған жолдар ретінде сақталады. Күн пішімі мен ондық бөлгішті тексеріңіз.</numerusform>
            <numerusform>Алдын ала қараудағы %n мән қабылданбайды (қызыл); олардың жолдары қабылданбаған жолдар ретінде сақталады. Күн пішімі мен ондық бөлгішті тексеріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 импортталуда…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Дайын.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Тоқтатылды: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Пішім</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Оқылды</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Өткізілді</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Row as read</source>
        <translation>Оқылған жол</translation>
    </message>
    <message>
        <source>Rejected rows (all of them are in the Rejected rows panel):</source>
        <translation>Қабылданбаған жолдар (барлығы «Қабылданбаған жолдар» панелінде):</translation>
    </message>
    <message numerus="yes">
        <source>%n files imported.</source>
        <translation>
            <numerusform>%n файл импортталды.</numerusform>
            <numerusform>%n файл импортталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped: %1. Files imported before it are kept; the file it stopped in left nothing behind.</source>
        <translation>Импорттау тоқтады: %1. Оған дейін импортталған файлдар сақталды; тоқтаған файл ешқандай із қалдырған жоқ.</translation>
    </message>
    <message>
        <source>whole file (already imported)</source>
        <translation>бүкіл файл (бұрын импортталған)</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Анықталды</translation>
    </message>
    <message>
        <source>Why this column</source>
        <translation>Неге осы баған</translation>
    </message>
    <message>
        <source>named “%1”</source>
        <translation>«%1» деп аталады</translation>
    </message>
    <message>
        <source>box %1 of the declaration</source>
        <translation>декларацияның %1-бағаны</translation>
    </message>
    <message>
        <source>box %1 of the declaration, named “%2”</source>
        <translation>декларацияның %1-бағаны, «%2» деп аталады</translation>
    </message>
    <message>
        <source>contains “%1”</source>
        <translation>«%1» бар</translation>
    </message>
    <message>
        <source>an identifier column: preferred to the name as the party&apos;s reference</source>
        <translation>сәйкестендіргіш баған: қатысушының коды атауынан басым</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>кодтау %1</translation>
    </message>
    <message>
        <source>delimiter “%1”</source>
        <translation>бөлгіш «%1»</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>dates %1 (%2 of %3 values read, e.g. %4; day and month could be swapped: check)</source>
        <translation>күндер %1 (%3 мәннің %2 оқылды, мысалы %4; күн мен ай ауысуы мүмкін: тексеріңіз)</translation>
    </message>
    <message>
        <source>dates %1 (%2 of %3 values read, e.g. %4)</source>
        <translation>күндер %1 (%3 мәннің %2 оқылды, мысалы %4)</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>ондық үтір</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>ондық нүкте</translation>
    </message>
    <message>
        <source>%1 (guessed: no value told)</source>
        <translation>%1 (болжам: бірде-бір мән көрсетпеді)</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (мысалы %2)</translation>
    </message>
    <message>
        <source>lists separated by “%1” (e.g. %2)</source>
        <translation>тізімдер «%1» арқылы (мысалы %2)</translation>
    </message>
    <message numerus="yes">
        <source>Detected from %n sample rows: </source>
        <translation>
            <numerusform>Үлгінің %n жолы бойынша анықталды: </numerusform>
            <numerusform>Үлгінің %n жолы бойынша анықталды: </numerusform>
        </translation>
    </message>
    <message>
        <source>Columns left out: %1.</source>
        <translation>Пайдаланылмаған бағандар: %1.</translation>
    </message>
    <message>
        <source>no date column: the registration date in the declaration number</source>
        <translation>күн бағаны жоқ: тіркеу күні декларация нөмірінен</translation>
    </message>
    <message>
        <source>Each file is imported whole or not at all: Cancel leaves out the file being imported; files already imported stay in the case.</source>
        <translation>Әр файл толығымен импортталады немесе мүлде импортталмайды: «Бас тарту» қазір импортталып жатқан файлды қоспайды; бұрын импортталған файлдар істе қалады.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: the file being imported was left out; %n file(s) imported before it stay in the case.</source>
        <translation>
            <numerusform>Бас тартылды: импортталып жатқан файл қосылмады; одан бұрын импортталған %n файл істе қалады.</numerusform>
            <numerusform>Бас тартылды: импортталып жатқан файл қосылмады; одан бұрын импортталған %n файл істе қалады.</numerusform>
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
        <translation>Барлық атауларын, идентификаторларын, мекенжайларын, байланыстары мен дереккөздерін осы жерде көру үшін кестеден субъектіні таңдаңыз.</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Incorporated</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Designations</source>
        <translation>Санкциялық жазбалар</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Атаулары</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Идентификаторлар</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Мекенжайлар</translation>
    </message>
    <message>
        <source>Owners and officers</source>
        <translation>Иелері мен лауазымды тұлғалар</translation>
    </message>
    <message>
        <source>Holdings and directorships</source>
        <translation>Үлестер мен лауазымдар</translation>
    </message>
    <message>
        <source>Shipments: %1 sent, %2 received</source>
        <translation>Жөнелтілімдер: жіберілді %1, алынды %2</translation>
    </message>
    <message>
        <source>First seen in %1</source>
        <translation>Алғаш рет %1 ішінде кездеседі</translation>
    </message>
    <message>
        <source>Marked %1</source>
        <translation>Белгі: %1</translation>
    </message>
</context>
<context>
    <name>caravan::LayoutJob</name>
    <message>
        <source>Force-directed layout of %1 nodes in %2 steps</source>
        <translation>%1 түйіннің күштік орналастыруы, %2 қадам</translation>
    </message>
</context>
<context>
    <name>caravan::ListRules</name>
    <message>
        <source>OFAC 50% rule</source>
        <translation>OFAC 50% ережесі</translation>
    </message>
    <message>
        <source>EU ownership and control</source>
        <translation>EU ережесі бойынша иелік пен бақылау</translation>
    </message>
    <message>
        <source>UK ownership and control (OFSI)</source>
        <translation>Ұлыбритания ережесі бойынша иелік пен бақылау (OFSI)</translation>
    </message>
    <message>
        <source>%1 counts no list in this case.</source>
        <translation>%1: бұл істе бірде-бір тізім ескерілмейді.</translation>
    </message>
    <message>
        <source>%1, counting: %2.</source>
        <translation>%1, ескерілетіндер: %2.</translation>
    </message>
    <message>
        <source>Not counted, feeding %1: %2.</source>
        <translation>Ескерілмейді («%1» ережесінде ескеріледі): %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> және </translation>
    </message>
    <message>
        <source>Counted by no rule: %1.</source>
        <translation>Ешбір ережеде ескерілмейді: %1.</translation>
    </message>
</context>
<context>
    <name>caravan::ListRulesCommand</name>
    <message>
        <source>Change which lists each rule counts</source>
        <translation>Ережелер ескеретін тізімдерді өзгерту</translation>
    </message>
</context>
<context>
    <name>caravan::ListRulesDialog</name>
    <message>
        <source>Lists and rules</source>
        <translation>Тізімдер мен ережелер</translation>
    </message>
    <message>
        <source>Each ownership rule counts only the lists of its own authority. By default the OFAC 50% rule counts the OFAC SDN list only; the EU rule counts EU lists and UN listings; the UK test counts UK lists and UN listings. Export controls (BIS), OFAC&apos;s non-SDN lists, other countries&apos; sanctions and lists Caravan does not recognise count for no rule unless you tick them here. Changes are stored in the case, can be undone and are written to the audit log.</source>
        <translation>Иелік туралы әр ереже тек өз органының тізімдерін ескереді. Әдепкі бойынша OFAC 50% ережесі тек OFAC SDN тізімін ескереді; EU ережесі — EU тізімдері мен БҰҰ тізімдерін; Ұлыбритания ережесі — Ұлыбритания тізімдері мен БҰҰ тізімдерін. Экспорттық бақылау (BIS), OFAC-тың SDN-нен тыс тізімдері, басқа елдердің санкциялары және Caravan танымайтын тізімдер осы жерде белгіленбейінше ешбір ережеде ескерілмейді. Өзгерістер істе сақталады, оларды болдырмауға болады және аудит журналына жазылады.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Бұл не</translation>
    </message>
    <message>
        <source>Designations</source>
        <translation>Санкциялық жазбалар</translation>
    </message>
    <message>
        <source>OFAC 50% rule</source>
        <translation>OFAC 50% ережесі</translation>
    </message>
    <message>
        <source>EU rule</source>
        <translation>EU ережесі</translation>
    </message>
    <message>
        <source>UK test</source>
        <translation>Ұлыбритания ережесі</translation>
    </message>
    <message>
        <source>Designation lists and the rules they feed</source>
        <translation>Санкциялық тізімдер және оларды ескеретін ережелер</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Әдепкі бойынша: %1</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>ескеріледі</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>ескерілмейді</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Әдепкі мәндер</translation>
    </message>
    <message>
        <source>Every list back to what Caravan takes it to be</source>
        <translation>Әр тізімді Caravan анықтаған мәнге қайтару</translation>
    </message>
</context>
<context>
    <name>caravan::MainWindow</name>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Субъектілер</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Жөнелтілімдер</translation>
    </message>
    <message>
        <source>Search names, ids, goods… (Ctrl+F)</source>
        <translation>Атаулар, ID, тауарлар бойынша іздеу… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>Барлық жерден іздеу</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Жаңа іс…</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>Істі &amp;ашу…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Көшірмесін басқаша сақтау…</translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation>Істі &amp;жабу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Шы&amp;ғу</translation>
    </message>
    <message>
        <source>&amp;Search Everywhere</source>
        <translation>Барлық жерден &amp;іздеу</translation>
    </message>
    <message>
        <source>&amp;About Caravan</source>
        <translation>Caravan &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Соңғы істер</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Түз&amp;ету</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Қабылданбаған жолдар</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Export Rejected Rows…</source>
        <translation>Қабылданбаған жолдарды экспорттау…</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Қабылданбаған жолдарды экспорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export rejected rows</source>
        <translation>Қабылданбаған жолдарды экспорттау мүмкін емес</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows written to %1</source>
        <translation>
            <numerusform>%n қабылданбаған жол %1 файлына жазылды</numerusform>
            <numerusform>%n қабылданбаған жол %1 файлына жазылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Тек оқу үшін ашылды</translation>
    </message>
    <message>
        <source>It is shown read-only here.</source>
        <translation>Мұнда ол тек оқу үшін көрсетілген.</translation>
    </message>
    <message>
        <source>Cannot open case</source>
        <translation>Істі ашу мүмкін емес</translation>
    </message>
    <message>
        <source>Upgraded from case schema %1; the old file was kept as %2</source>
        <translation>Іс сызбасының %1 нұсқасынан жаңартылды; ескі файл %2 ретінде сақталды</translation>
    </message>
    <message>
        <source>Cannot create case</source>
        <translation>Істі құру мүмкін емес</translation>
    </message>
    <message>
        <source>Caravan</source>
        <translation>Caravan</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Іс ашылмаған</translation>
    </message>
    <message>
        <source>%1 [read-only] — Caravan</source>
        <translation>%1 [тек оқу] — Caravan</translation>
    </message>
    <message>
        <source>%1 — Caravan</source>
        <translation>%1 — Caravan</translation>
    </message>
    <message>
        <source>%1 entities · %2 links · %3 shipments · %4 designations</source>
        <translation>Субъектілер: %1 · байланыстар: %2 · жөнелтілімдер: %3 · санкц. жазбалар: %4</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name.</source>
        <translation>%1 бұрыннан бар. Оны ашыңыз немесе басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>Save a copy of the case</source>
        <translation>Іс көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Көшірмені сақтау мүмкін емес</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the copy.</source>
        <translation>%1 бұрыннан бар; көшірме үшін жаңа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>Көшірме сақталуда</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation>Көшірме %1 ретінде сақталды</translation>
    </message>
    <message>
        <source>About Caravan</source>
        <translation>Caravan туралы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;An offline workstation for investigating sanctions circumvention: entities, ownership, sanctions lists and shipments in one case file, with the source of every fact kept.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite case files&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;Санкцияларды айналып өтуді тергеуге арналған желіден тыс жұмыс орны: субъектілер, иелік, санкциялық тізімдер мен жөнелтілімдер бір іс файлында, әр фактінің дереккөзі сақталады.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite іс файлдары&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n субъект</numerusform>
            <numerusform>%n субъект</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipments</source>
        <translation>
            <numerusform>%n жөнелтілім</numerusform>
            <numerusform>%n жөнелтілім</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Қорытынды</translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n дереккөз</numerusform>
            <numerusform>%n дереккөз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows</source>
        <translation>
            <numerusform>%n қабылданбаған жол</numerusform>
            <numerusform>%n қабылданбаған жол</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n өзгеріс</numerusform>
            <numerusform>%n өзгеріс</numerusform>
        </translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Белгілер</translation>
    </message>
    <message numerus="yes">
        <source>%n marks</source>
        <translation>
            <numerusform>%n белгі</numerusform>
            <numerusform>%n белгі</numerusform>
        </translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Иелік</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Сауда</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <source>Import entities, ownership, sanctions lists or shipments into the case</source>
        <translation>Іске субъектілерді, иелік деректерін, санкциялық тізімдерді немесе жөнелтілімдерді импорттау</translation>
    </message>
    <message>
        <source>&amp;Mark…</source>
        <translation>&amp;Белгілеу…</translation>
    </message>
    <message>
        <source>Mark the selected entity or shipment suspected, confirmed or dismissed</source>
        <translation>Таңдалған субъектіні немесе жөнелтілімді күдікті, расталған немесе қабылданбаған деп белгілеу</translation>
    </message>
    <message>
        <source>C&amp;lear Mark</source>
        <translation>Белгіні а&amp;лып тастау</translation>
    </message>
    <message>
        <source>&amp;Detect Chains</source>
        <translation>&amp;Тізбектерді табу</translation>
    </message>
    <message>
        <source>Look for goods that pass through a third country to Russia or Belarus</source>
        <translation>Ресейге немесе Беларуське үшінші ел арқылы өтетін тауарларды іздеу</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Есеп…</translation>
    </message>
    <message>
        <source>Make the PDF report of this case</source>
        <translation>Іс бойынша PDF есебін жасау</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;Талдау</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Оқыту</translation>
    </message>
    <message>
        <source>&amp;New Training Case…</source>
        <translation>&amp;Жаңа оқу ісі…</translation>
    </message>
    <message>
        <source>&amp;Score the Marks</source>
        <translation>Белгілерді &amp;бағалау</translation>
    </message>
    <message>
        <source>&amp;Reveal the Answer Key</source>
        <translation>Жауаптар &amp;кілтін көрсету</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Тізбектер</translation>
    </message>
    <message>
        <source>Review (matches)</source>
        <translation>Тексеру (сәйкестіктер)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Оқыту</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Жүйе тілі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Caravan will use the new language the next time it starts.</source>
        <translation>Жаңа тіл Caravan келесі іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <source>Cannot prepare the report</source>
        <translation>Есепті дайындау мүмкін емес</translation>
    </message>
    <message>
        <source>chain %1 (%2)</source>
        <translation>тізбек %1 (%2)</translation>
    </message>
    <message>
        <source>shipment %1 (%2)</source>
        <translation>жөнелтілім %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot mark</source>
        <translation>Белгілеу мүмкін емес</translation>
    </message>
    <message>
        <source>Cannot clear the mark</source>
        <translation>Белгіні алып тастау мүмкін емес</translation>
    </message>
    <message>
        <source>Save the training case as</source>
        <translation>Оқу ісін басқаша сақтау</translation>
    </message>
    <message>
        <source>Generating the training case</source>
        <translation>Оқу ісі жасалуда</translation>
    </message>
    <message>
        <source>Cannot create the training case</source>
        <translation>Оқу ісін құру мүмкін емес</translation>
    </message>
    <message>
        <source>Preparing the report</source>
        <translation>Есеп дайындалуда</translation>
    </message>
    <message>
        <source>Show &amp;Ownership</source>
        <translation>&amp;Иелікті көрсету</translation>
    </message>
    <message>
        <source>Show the selected entity&apos;s owners and holdings on the Ownership tab</source>
        <translation>Таңдалған субъектінің иелері мен активтерін «Иелік» қойындысында көрсету</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>&amp;Encrypt Case…</source>
        <translation>Істі &amp;шифрлау…</translation>
    </message>
    <message>
        <source>Protect the case file with a passphrase (AES-256)</source>
        <translation>Іс файлын құпия фразамен қорғау (AES-256)</translation>
    </message>
    <message>
        <source>Wrong passphrase (or the file was altered). Try again.</source>
        <translation>Құпия фраза қате (немесе файл өзгертілген). Қайталап көріңіз.</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter its passphrase to open it.</source>
        <translation>%1 шифрланған. Оны ашу үшін құпия фразаны енгізіңіз.</translation>
    </message>
    <message>
        <source>Encrypt %1 with a passphrase. The case file is then unreadable without it; Caravan asks for it whenever the case is opened.</source>
        <translation>%1 құпия фразамен шифрлау. Онсыз іс файлын оқу мүмкін болмайды; Caravan іс ашылған сайын оны сұрайды.</translation>
    </message>
    <message>
        <source>Cannot encrypt the case</source>
        <translation>Істі шифрлау мүмкін емес</translation>
    </message>
    <message>
        <source>The case is encrypted</source>
        <translation>Іс шифрланды</translation>
    </message>
    <message>
        <source>Enter the passphrase of %1 to remove its encryption. The case is then stored unencrypted.</source>
        <translation>Шифрлауды алып тастау үшін %1 құпия фразасын енгізіңіз. Содан кейін іс шифрсыз сақталады.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Құпия фраза қате. Қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Cannot remove the encryption</source>
        <translation>Шифрлауды алып тастау мүмкін емес</translation>
    </message>
    <message>
        <source>The case is no longer encrypted</source>
        <translation>Іс енді шифрланбаған</translation>
    </message>
    <message>
        <source>Remove Encr&amp;yption…</source>
        <translation>Шифрлауды &amp;алып тастау…</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (шифрланған)</translation>
    </message>
    <message>
        <source>Sanctions &amp;Lists and Rules…</source>
        <translation>Санкциялық &amp;тізімдер мен ережелер…</translation>
    </message>
    <message>
        <source>Choose which designation lists the OFAC, EU and UK rules count in this case</source>
        <translation>Бұл істе OFAC, EU және Ұлыбритания ережелері қандай санкциялық тізімдерді ескеретінін таңдау</translation>
    </message>
    <message>
        <source>Lists and rules</source>
        <translation>Тізімдер мен ережелер</translation>
    </message>
    <message>
        <source>This case holds no designations yet: import a sanctions list first.</source>
        <translation>Істе әлі санкциялық жазбалар жоқ: алдымен санкциялық тізімді импорттаңыз.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Ауытқулар</translation>
    </message>
    <message>
        <source>Open &amp;Server Case…</source>
        <translation>&amp;Серверлік істі ашу…</translation>
    </message>
    <message>
        <source>Wait for the running task to finish, or cancel it, then open the case.</source>
        <translation>Орындалып жатқан тапсырманың аяқталуын күтіңіз немесе оны тоқтатыңыз, содан кейін істі ашыңыз.</translation>
    </message>
    <message>
        <source>The server refused that password. Try again.</source>
        <translation>Сервер бұл құпиясөзді қабылдамады. Қайта көріңіз.</translation>
    </message>
    <message>
        <source>The server of the case %1 asks for a password.</source>
        <translation>%1 ісінің сервері құпиясөз сұрайды.</translation>
    </message>
    <message>
        <source>Bringing the server case %1 to this computer</source>
        <translation>%1 серверлік ісі осы компьютерге көшірілуде</translation>
    </message>
    <message>
        <source>The server case could not be brought up to date: %1</source>
        <translation>Серверлік істі жаңарту мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Server case %1 as %2 · as of %3</source>
        <translation>%1 серверлік ісі, пайдаланушы %2 · %3 жағдайы бойынша</translation>
    </message>
    <message>
        <source>%1, reader</source>
        <translation>%1, оқырман</translation>
    </message>
    <message>
        <source>%1 — server case %2 (%3) — Caravan</source>
        <translation>%1 — %2 серверлік ісі (%3) — Caravan</translation>
    </message>
</context>
<context>
    <name>caravan::MapCanvas</name>
    <message>
        <source>No shipments in the filtered trade</source>
        <translation>Сүзілген саудада жөнелтілім жоқ</translation>
    </message>
    <message numerus="yes">
        <source>Sent: %1 (%n shipment(s))</source>
        <translation>
            <numerusform>Жөнелтілді: %1 (%n жөнелтілім)</numerusform>
            <numerusform>Жөнелтілді: %1 (%n жөнелтілім)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received: %1 (%n shipment(s))</source>
        <translation>
            <numerusform>Алынды: %1 (%n жөнелтілім)</numerusform>
            <numerusform>Алынды: %1 (%n жөнелтілім)</numerusform>
        </translation>
    </message>
    <message>
        <source>Route leg %1: %2 → %3, %4</source>
        <translation>Бағыттың %1-бөлігі: %2 → %3, %4</translation>
    </message>
</context>
<context>
    <name>caravan::MapPainter</name>
    <message>
        <source>(not on the map)</source>
        <translation>(картада жоқ)</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Бағыт</translation>
    </message>
</context>
<context>
    <name>caravan::MapView</name>
    <message>
        <source>Fit</source>
        <translation>Сыйғызу</translation>
    </message>
    <message>
        <source>Show the whole route, or the whole world when no chain is selected (double-click the map)</source>
        <translation>Бүкіл бағытты, ал тізбек таңдалмаса бүкіл әлемді көрсету (картаны екі рет шерту)</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Әлем</translation>
    </message>
    <message>
        <source>Show the whole world</source>
        <translation>Бүкіл әлемді көрсету</translation>
    </message>
    <message>
        <source>Building the trade map</source>
        <translation>Сауда картасын құру</translation>
    </message>
    <message>
        <source>Building the trade map…</source>
        <translation>Сауда картасы құрылуда…</translation>
    </message>
    <message>
        <source>Open a case to see its trade on the map.</source>
        <translation>Сауданы картада көру үшін істі ашыңыз.</translation>
    </message>
    <message>
        <source>No shipments between countries match the filters.</source>
        <translation>Елдер арасындағы бірде-бір жөнелтілім сүзгілерге сәйкес келмейді.</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) between countries; arc width is the declared value. The largest %1 are drawn.</source>
        <translation>
            <numerusform>Елдер арасында %n ағын; доғаның ені — мәлімделген құн. Ең ірі %1 ағын көрсетілген.</numerusform>
            <numerusform>Елдер арасында %n ағын; доғаның ені — мәлімделген құн. Ең ірі %1 ағын көрсетілген.</numerusform>
        </translation>
    </message>
    <message>
        <source>Route of the selected chain: %1.</source>
        <translation>Таңдалған тізбектің бағыты: %1.</translation>
    </message>
    <message>
        <source>Select a chain in the Chains dock to draw its route.</source>
        <translation>Бағытын салу үшін «Тізбектер» панелінде тізбекті таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>caravan::MarkCommand</name>
    <message>
        <source>Mark %1 %2</source>
        <translation>%1 %2 белгілеу</translation>
    </message>
    <message>
        <source>Clear mark on %1</source>
        <translation>%1 белгісін алып тастау</translation>
    </message>
</context>
<context>
    <name>caravan::MarkDialog</name>
    <message>
        <source>Mark</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <source>How do you judge &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; туралы бағаңыз қандай?</translation>
    </message>
    <message>
        <source>&amp;Suspected</source>
        <translation>&amp;Күдікті</translation>
    </message>
    <message>
        <source>&amp;Confirmed</source>
        <translation>&amp;Расталған</translation>
    </message>
    <message>
        <source>&amp;Dismissed</source>
        <translation>&amp;Қабылданбаған</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Сенімділік:</translation>
    </message>
    <message>
        <source>What you saw, what you checked, what is still open…</source>
        <translation>Не көрдіңіз, нені тексердіңіз, не әлі анықталмаған…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Жазба:</translation>
    </message>
</context>
<context>
    <name>caravan::MarkTableModel</name>
    <message>
        <source>suspected</source>
        <translation>күдікті</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>расталған</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>қабылданбаған</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Жаңартылды</translation>
    </message>
</context>
<context>
    <name>caravan::MatchCandidateModel</name>
    <message>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Сәйкес келеді</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>likely the same</source>
        <translation>ықтимал, бірдей</translation>
    </message>
    <message>
        <source>possible, check</source>
        <translation>мүмкін, тексеріңіз</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Деңгей</translation>
    </message>
</context>
<context>
    <name>caravan::MirrorParty</name>
    <message>
        <source>exporter</source>
        <translation>экспорттаушы</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>транзиттік түйін</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>сатып алушы</translation>
    </message>
</context>
<context>
    <name>caravan::OverviewPanel</name>
    <message>
        <source>Detect Chains</source>
        <translation>Тізбектерді табу</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Тауарлар</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Күндер</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <source>Top chains</source>
        <translation>Басты тізбектер</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Blocked and possibly blocked entities</source>
        <translation>Бұғатталған және бұғатталуы мүмкін субъектілер</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Қауіп белгісі</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <source>Red flags by kind</source>
        <translation>Қауіп белгілері түрлері бойынша</translation>
    </message>
    <message>
        <source>What the case holds</source>
        <translation>Істе не бар</translation>
    </message>
    <message>
        <source>Look for goods that pass through a third country to Russia or Belarus</source>
        <translation>Ресейге немесе Беларуське үшінші ел арқылы өтетін тауарларды іздеу</translation>
    </message>
    <message>
        <source>Marks by status</source>
        <translation>Белгілер мәртебесі бойынша</translation>
    </message>
    <message>
        <source>Shipments to Russia and Belarus by CHPL tier</source>
        <translation>Ресей мен Беларуське жөнелтілімдер CHPL деңгейлері бойынша</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Computing the case overview</source>
        <translation>Іс шолуын есептеу</translation>
    </message>
    <message>
        <source>The overview could not be computed: %1</source>
        <translation>Шолуды есептеу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Detection stopped: %1</source>
        <translation>Іздеу тоқтатылды: %1</translation>
    </message>
    <message>
        <source>detecting chains</source>
        <translation>тізбектер ізделуде</translation>
    </message>
    <message numerus="yes">
        <source>chains proposed</source>
        <translation>
            <numerusform>тізбек ұсынылды</numerusform>
            <numerusform>тізбек ұсынылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>red flags on parties, %n kinds</source>
        <translation>
            <numerusform>тараптардағы қауіп белгілері, %n түр</numerusform>
            <numerusform>тараптардағы қауіп белгілері, %n түр</numerusform>
        </translation>
    </message>
    <message>
        <source>CHPL shipments to %1</source>
        <translation>%1 бағытына CHPL жөнелтілімдері</translation>
    </message>
    <message numerus="yes">
        <source>marks</source>
        <translation>
            <numerusform>белгі</numerusform>
            <numerusform>белгі</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the overview…</source>
        <translation>Шолу есептелуде…</translation>
    </message>
    <message>
        <source>%1 entities (%2 companies, %3 persons) · %4 links · %5 shipments · %6 designations</source>
        <translation>Субъектілер: %1 (компаниялар: %2, тұлғалар: %3) · байланыстар: %4 · жөнелтілімдер: %5 · санкциялық жазбалар: %6</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> және тағы %n</numerusform>
            <numerusform> және тағы %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources: %1</source>
        <translation>
            <numerusform>%n дереккөз: %1</numerusform>
            <numerusform>%n дереккөз: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(updating…)</source>
        <translation>(жаңартылуда…)</translation>
    </message>
    <message>
        <source>Detecting chains…</source>
        <translation>Тізбектерді іздеу…</translation>
    </message>
    <message>
        <source>No shipments in this case yet: import shipments to look for chains.</source>
        <translation>Істе әзірге жөнелтілімдер жоқ: тізбектерді іздеу үшін жөнелтілімдерді импорттаңыз.</translation>
    </message>
    <message>
        <source>Chains have not been detected yet.</source>
        <translation>Тізбектер әлі ізделмеді.</translation>
    </message>
    <message>
        <source>Top chains: none proposed</source>
        <translation>Басты тізбектер: ешқайсысы ұсынылмады</translation>
    </message>
    <message>
        <source>The detector proposed no chain with the case&apos;s settings (see the Chains panel).</source>
        <translation>Іс баптауларымен детектор бірде-бір тізбек ұсынбады («Тізбектер» панелін қараңыз).</translation>
    </message>
    <message numerus="yes">
        <source>Top chains: %n proposed</source>
        <translation>
            <numerusform>Басты тізбектер: %n ұсынылды</numerusform>
            <numerusform>Басты тізбектер: %n ұсынылды</numerusform>
        </translation>
    </message>
    <message>
        <source>The detector ranks; you decide. Click a chain for its graph and evidence.</source>
        <translation>Детектор саралайды, шешімді сіз қабылдайсыз. Тізбектің графы мен дәлелдерін көру үшін оны басыңыз.</translation>
    </message>
    <message>
        <source>HS %1</source>
        <translation>СЭҚ ТН %1</translation>
    </message>
    <message>
        <source>HS %1 · CHPL %2</source>
        <translation>СЭҚ ТН %1 · CHPL %2</translation>
    </message>
    <message>
        <source>Blocked and possibly blocked</source>
        <translation>Бұғатталған және бұғатталуы мүмкін</translation>
    </message>
    <message>
        <source>Applying the ownership rules…</source>
        <translation>Иелік ережелері қолданылуда…</translation>
    </message>
    <message>
        <source>Blocked and possibly blocked: none</source>
        <translation>Бұғатталған және бұғатталуы мүмкін: жоқ</translation>
    </message>
    <message numerus="yes">
        <source>Blocked and possibly blocked: %n entities</source>
        <translation>
            <numerusform>Бұғатталған және бұғатталуы мүмкін: %n субъект</numerusform>
            <numerusform>Бұғатталған және бұғатталуы мүмкін: %n субъект</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked under the OFAC 50% rule</source>
        <translation>
            <numerusform>OFAC 50% ережесі бойынша %n бұғатталған</numerusform>
            <numerusform>OFAC 50% ережесі бойынша %n бұғатталған</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possibly blocked under the OFAC 50% rule</source>
        <translation>
            <numerusform>OFAC 50% ережесі бойынша %n бұғатталуы мүмкін</numerusform>
            <numerusform>OFAC 50% ережесі бойынша %n бұғатталуы мүмкін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review under the OFAC 50% rule</source>
        <translation>
            <numerusform>OFAC 50% ережесі бойынша %n тексеруді қажет етеді</numerusform>
            <numerusform>OFAC 50% ережесі бойынша %n тексеруді қажет етеді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owned or controlled under the EU rule</source>
        <translation>
            <numerusform>EU ережесі бойынша %n иелікте не бақылауда</numerusform>
            <numerusform>EU ережесі бойынша %n иелікте не бақылауда</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owned or controlled under the UK test</source>
        <translation>
            <numerusform>Ұлыбритания ережесі бойынша %n иелікте не бақылауда</numerusform>
            <numerusform>Ұлыбритания ережесі бойынша %n иелікте не бақылауда</numerusform>
        </translation>
    </message>
    <message>
        <source>No entity is blocked, owned or controlled through its owners as of %1.</source>
        <translation>%1 күнге бірде-бір субъект өз иелері арқылы бұғатталмаған, иелікте не бақылауда емес.</translation>
    </message>
    <message>
        <source>As of %1, through their owners; each rule counts only its own lists:</source>
        <translation>%1 күнге, иелері арқылы; әр ереже тек өз тізімдерін ескереді:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the Verdict panel)</source>
        <translation>
            <numerusform>… және тағы %n («Қорытынды» панелін қараңыз)</numerusform>
            <numerusform>… және тағы %n («Қорытынды» панелін қараңыз)</numerusform>
        </translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Қауіп белгілері</translation>
    </message>
    <message>
        <source>Looking for red flags…</source>
        <translation>Қауіп белгілері ізделуде…</translation>
    </message>
    <message>
        <source>Red flags: none</source>
        <translation>Қауіп белгілері: жоқ</translation>
    </message>
    <message numerus="yes">
        <source>Red flags: %n kinds</source>
        <translation>
            <numerusform>Қауіп белгілері: %n түр</numerusform>
            <numerusform>Қауіп белгілері: %n түр</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n ел</numerusform>
            <numerusform>%n ел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n тарап</numerusform>
            <numerusform>%n тарап</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list the parties</source>
        <translation>Тараптарды көру үшін басыңыз</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… және тағы %n</numerusform>
            <numerusform>… және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipments to %1 by CHPL tier: none</source>
        <translation>%1 бағытына жөнелтілімдер CHPL деңгейлері бойынша: жоқ</translation>
    </message>
    <message>
        <source>Shipments to %1 by CHPL tier: %2, %3 on the CHPL</source>
        <translation>%1 бағытына жөнелтілімдер CHPL деңгейлері бойынша: %2, оның ішінде CHPL тізімінде: %3</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>күдікті</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>расталған</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>қабылданбаған</translation>
    </message>
    <message>
        <source>on %1 chains, %2 entities, %3 shipments</source>
        <translation>тізбектерде: %1, субъектілерде: %2, жөнелтілімдерде: %3</translation>
    </message>
    <message>
        <source>list them</source>
        <translation>тізімін көрсету</translation>
    </message>
    <message>
        <source>Nothing marked yet. Mark a chain, an entity or a shipment with Ctrl+M.</source>
        <translation>Әзірге ештеңе белгіленбеген. Тізбекті, субъектіні немесе жөнелтілімді Ctrl+M арқылы белгілеңіз.</translation>
    </message>
    <message numerus="yes">
        <source>flagged by the ownership rules (OFAC, EU, UK)</source>
        <translation>
            <numerusform>иелік ережелері бойынша белгіленген (OFAC, EU, Ұлыбритания)</numerusform>
            <numerusform>иелік ережелері бойынша белгіленген (OFAC, EU, Ұлыбритания)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::OverviewTimelineChart</name>
    <message>
        <source>Shipments to Russia and Belarus by CHPL tier</source>
        <translation>Ресей мен Беларуське жөнелтілімдер CHPL деңгейлері бойынша</translation>
    </message>
    <message>
        <source>not on the CHPL: %1</source>
        <translation>CHPL тізімінде жоқ: %1</translation>
    </message>
    <message>
        <source>CHPL tier %1: %2</source>
        <translation>CHPL деңгейі %1: %2</translation>
    </message>
    <message>
        <source>No shipments to %1 in this case.</source>
        <translation>Істе %1 бағытына жөнелтілімдер жоқ.</translation>
    </message>
    <message>
        <source>off the list: %1, not drawn</source>
        <translation>тізімнен тыс: %1, көрсетілмеген</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>%1 деңгей</translation>
    </message>
    <message>
        <source>peak %1 CHPL shipments a period</source>
        <translation>кезеңге ең көбі %1 CHPL жөнелтілімі</translation>
    </message>
</context>
<context>
    <name>caravan::OwnershipPanel</name>
    <message>
        <source>control (no share)</source>
        <translation>бақылау (үлессіз)</translation>
    </message>
    <message>
        <source>unknown share</source>
        <translation>үлесі белгісіз</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Күнге:</translation>
    </message>
    <message>
        <source>Evaluate ownership as of this date</source>
        <translation>Иелікті осы күнге бағалау</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Ownership verdict</source>
        <translation>Иелік туралы қорытынды</translation>
    </message>
    <message>
        <source>Ownership rules</source>
        <translation>Иелік ережелері</translation>
    </message>
    <message>
        <source>The ownership rules could not run: %1</source>
        <translation>Иелік ережелерін қолдану мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Applying the ownership rules as of %1…</source>
        <translation>Иелік ережелері %1 күніне қолданылуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n entities blocked or to review as of %1</source>
        <translation>
            <numerusform>%1 күніне %n субъект бұғатталған немесе тексеруді қажет етеді</numerusform>
            <numerusform>%1 күніне %n субъект бұғатталған немесе тексеруді қажет етеді</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the ownership network.</source>
        <translation>%1 иелік желісіне кірмейді.</translation>
    </message>
    <message>
        <source>Not blocked under the OFAC 50% rule</source>
        <translation>OFAC 50% ережесі бойынша бұғатталмаған</translation>
    </message>
    <message>
        <source>Blocked under the OFAC 50% rule (%1 held by blocked persons)</source>
        <translation>OFAC 50% ережесі бойынша бұғатталған (бұғатталған тұлғаларға %1 тиесілі)</translation>
    </message>
    <message>
        <source>Possibly blocked: up to %1 held by blocked persons</source>
        <translation>Бұғатталуы мүмкін: бұғатталған тұлғаларға %1 дейін тиесілі</translation>
    </message>
    <message>
        <source>Needs review: a blocked person holds a share of unknown size</source>
        <translation>Тексеруді қажет етеді: бұғатталған тұлғаға мөлшері белгісіз үлес тиесілі</translation>
    </message>
    <message>
        <source>Stakes held by blocked owners</source>
        <translation>Бұғатталған иелердің үлестері</translation>
    </message>
    <message>
        <source>Ranges that could reach 50%</source>
        <translation>50%-ға жетуі мүмкін аралықтар</translation>
    </message>
    <message>
        <source>Stakes of unknown size</source>
        <translation>Мөлшері белгісіз үлестер</translation>
    </message>
    <message>
        <source>Control by blocked persons (does not block; flag it)</source>
        <translation>Бұғатталған тұлғалардың бақылауы (бұғаттамайды; белгі ретінде атап өтіңіз)</translation>
    </message>
    <message>
        <source>%1 is designated (%2)</source>
        <translation>%1 санкциялық тізімге енгізілген (%2)</translation>
    </message>
    <message>
        <source>%1 is blocked through:</source>
        <translation>%1 мына арқылы бұғатталған:</translation>
    </message>
    <message>
        <source>Why, down to the listed persons</source>
        <translation>Негіздеме — тізімдегі тұлғаларға дейін</translation>
    </message>
    <message>
        <source>Listed by the EU</source>
        <translation>EU тізімінде</translation>
    </message>
    <message>
        <source>Owned under the EU rule (%1 held by listed persons)</source>
        <translation>EU ережесі бойынша иелікте (тізімдегі тұлғаларға %1 тиесілі)</translation>
    </message>
    <message>
        <source>Controlled under the EU rule</source>
        <translation>EU ережесі бойынша бақылауда</translation>
    </message>
    <message>
        <source>Neither owned nor controlled under the EU rule</source>
        <translation>EU ережесі бойынша иелікте де, бақылауда да емес</translation>
    </message>
    <message>
        <source>EU rule</source>
        <translation>EU ережесі</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>Effective (beneficial) owners</source>
        <translation>Нақты (бенефициар) иелер</translation>
    </message>
    <message>
        <source>None at or above the threshold.</source>
        <translation>Шекті мәнге тең немесе одан жоғары ешкім жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n paths</source>
        <translation>
            <numerusform>%n жол</numerusform>
            <numerusform>%n жол</numerusform>
        </translation>
    </message>
    <message>
        <source>The 50% rule adds the stakes of blocked owners; effective ownership multiplies shares along each path and adds the paths. The two figures are never mixed.</source>
        <translation>50% ережесі бұғатталған иелердің үлестерін қосады; нақты иелік әр жол бойындағы үлестерді көбейтіп, жолдарды қосады. Бұл екі көрсеткіш ешқашан араластырылмайды.</translation>
    </message>
    <message>
        <source>Show ownership</source>
        <translation>Иелікті көрсету</translation>
    </message>
    <message>
        <source>Show the entity&apos;s owners and holdings on the Ownership tab</source>
        <translation>Субъектінің иелері мен активтерін «Иелік» қойындысында көрсету</translation>
    </message>
    <message>
        <source>Lists and rules…</source>
        <translation>Тізімдер мен ережелер…</translation>
    </message>
    <message>
        <source>Choose which designation lists the OFAC, EU and UK rules count in this case</source>
        <translation>Бұл істе OFAC, EU және Ұлыбритания ережелері қандай санкциялық тізімдерді ескеретінін таңдау</translation>
    </message>
    <message>
        <source>Select an entity to see whether it is blocked under the OFAC 50% rule, owned or controlled under the EU rule or the UK test, and who really owns it.</source>
        <translation>Субъект OFAC 50% ережесі бойынша бұғатталған ба, EU немесе Ұлыбритания ережесі бойынша иелікте не бақылауда ма және оған шын мәнінде кім иелік ететінін көру үшін оны таңдаңыз.</translation>
    </message>
    <message>
        <source>Designated on a list the OFAC 50% rule counts: %1</source>
        <translation>OFAC 50% ережесі ескеретін тізімде: %1</translation>
    </message>
    <message>
        <source>Listed: %1</source>
        <translation>Тізімдерде: %1</translation>
    </message>
    <message>
        <source>Listed by the UK</source>
        <translation>Ұлыбритания тізімінде</translation>
    </message>
    <message>
        <source>Owned under the UK test (%1 held by one designated person, %2)</source>
        <translation>Ұлыбритания ережесі бойынша иелікте (%1 тізімдегі бір тұлғаға тиесілі, %2)</translation>
    </message>
    <message>
        <source>Controlled under the UK test</source>
        <translation>Ұлыбритания ережесі бойынша бақылауда</translation>
    </message>
    <message>
        <source>Neither owned nor controlled under the UK test</source>
        <translation>Ұлыбритания ережесі бойынша иелікте де, бақылауда да емес</translation>
    </message>
    <message>
        <source>UK test (OFSI: more than 50%, one designated person)</source>
        <translation>Ұлыбритания ережесі (OFSI: 50%-дан көп, тізімдегі бір тұлға)</translation>
    </message>
    <message>
        <source>designated</source>
        <translation>тізімге енгізілген</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>бұғатталған</translation>
    </message>
    <message>
        <source>possibly blocked</source>
        <translation>бұғатталуы мүмкін</translation>
    </message>
    <message>
        <source>EU-listed</source>
        <translation>ЕО тізімінде</translation>
    </message>
    <message>
        <source>EU-owned</source>
        <translation>ЕО ережесі бойынша иелікте</translation>
    </message>
    <message>
        <source>EU-controlled</source>
        <translation>ЕО ережесі бойынша бақылауда</translation>
    </message>
    <message>
        <source>UK-listed</source>
        <translation>Ұлыбритания тізімінде</translation>
    </message>
    <message>
        <source>UK-owned</source>
        <translation>Ұлыбритания ережесі бойынша иелікте</translation>
    </message>
    <message>
        <source>UK-controlled</source>
        <translation>Ұлыбритания ережесі бойынша бақылауда</translation>
    </message>
</context>
<context>
    <name>caravan::PageFlow</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Есепті жасау тоқтатылды.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Бет %1 / %2</translation>
    </message>
    <message>
        <source>Investigation report</source>
        <translation>Тергеу есебі</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>Тергеуші</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Іс файлы</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>Жасаған бағдарлама</translation>
    </message>
    <message>
        <source>This case is empty: there is nothing to report yet.</source>
        <translation>Іс бос: әзірге есепке енгізетін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>This report was generated from the case file named above. Figures, names and ids are quoted from the imported sources listed in Appendix A; the investigator&apos;s findings are marked as such.</source>
        <translation>Бұл есеп жоғарыда аталған іс файлынан жасалды. Сандар, атаулар мен идентификаторлар А қосымшасында келтірілген импортталған дереккөздерден алынған; тергеушінің тұжырымдары тиісінше белгіленген.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Мазмұны</translation>
    </message>
</context>
<context>
    <name>caravan::PassphraseDialog</name>
    <message>
        <source>Encrypted Case</source>
        <translation>Шифрланған іс</translation>
    </message>
    <message>
        <source>Choose a Passphrase</source>
        <translation>Құпия фразаны таңдаңыз</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Құпия фразаны қайталаңыз</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Қ&amp;айталау:</translation>
    </message>
    <message>
        <source>Without the passphrase nobody, not even you, can open the case again. Keep it somewhere safe.</source>
        <translation>Құпия фразасыз ешкім, тіпті сіз де, істі қайта аша алмайды. Оны сенімді жерде сақтаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Кемінде %n таңба.</numerusform>
            <numerusform>Кемінде %n таңба.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия фраза сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>caravan::RecentFiles</name>
    <message>
        <source>Clear List</source>
        <translation>Тізімді тазарту</translation>
    </message>
</context>
<context>
    <name>caravan::RedFlags</name>
    <message>
        <source>surge of imports into a transit country</source>
        <translation>транзиттік елге импорттың күрт өсуі</translation>
    </message>
    <message>
        <source>mirror statistics gap</source>
        <translation>айналы статистика алшақтығы</translation>
    </message>
    <message>
        <source>re-export through a third country</source>
        <translation>үшінші ел арқылы реэкспорт</translation>
    </message>
    <message>
        <source>new intermediary</source>
        <translation>жаңа делдал</translation>
    </message>
    <message>
        <source>shared address or director</source>
        <translation>ортақ мекенжай немесе басшы</translation>
    </message>
    <message>
        <source>shadow-sanctioned party</source>
        <translation>көлеңкелі санкциядағы тарап</translation>
    </message>
    <message>
        <source>foreign subsidiary</source>
        <translation>шетелдік еншілес компания</translation>
    </message>
    <message>
        <source>supplier destination switch</source>
        <translation>жеткізушінің бағытты ауыстыруы</translation>
    </message>
    <message>
        <source>price anomaly</source>
        <translation>баға ауытқуы</translation>
    </message>
    <message>
        <source>fan-in hub</source>
        <translation>шоғырландырушы торап</translation>
    </message>
    <message>
        <source>registered country contradicted by shipments</source>
        <translation>тіркелген елі жеткізілімдерге қайшы</translation>
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
        <translation>Жол</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Row as read</source>
        <translation>Оқылған жол</translation>
    </message>
</context>
<context>
    <name>caravan::ReportBuilder</name>
    <message>
        <source>Untitled case</source>
        <translation>Атаусыз іс</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — for the recipients named by the investigator only</source>
        <translation>ҚҰПИЯ — тек тергеуші атаған алушыларға арналған</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Есепті жасау тоқтатылды.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Есеп: %1</translation>
    </message>
    <message>
        <source>This case is empty: it holds no entities, links, shipments, designations, trade statistics or marks. There is nothing to report yet. Import data into the case and mark what you find, then produce the report again.</source>
        <translation>Іс бос: онда субъектілер, байланыстар, жөнелтілімдер, санкциялық жазбалар, сауда статистикасы немесе белгілер жоқ. Әзірге есепке енгізетін ештеңе жоқ. Іске деректерді импорттап, тапқаныңызды белгілеңіз де, есепті қайта жасаңыз.</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Субъектілер</translation>
    </message>
    <message>
        <source>%1 (companies: %2, persons: %3)</source>
        <translation>%1 (компаниялар: %2, жеке тұлғалар: %3)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <source>%1 (ownership: %2)</source>
        <translation>%1 (иелік: %2)</translation>
    </message>
    <message>
        <source>Designations</source>
        <translation>Санкциялық жазбалар</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Жөнелтілімдер</translation>
    </message>
    <message>
        <source>Shipment dates</source>
        <translation>Жөнелтілім күндері</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>Мәлімделген құны</translation>
    </message>
    <message>
        <source>Trade statistics rows</source>
        <translation>Сауда статистикасының жолдары</translation>
    </message>
    <message>
        <source>Sources imported</source>
        <translation>Импортталған дереккөздер</translation>
    </message>
    <message>
        <source>%1 (rows rejected: %2)</source>
        <translation>%1 (қабылданбаған жолдар: %2)</translation>
    </message>
    <message>
        <source>%1 confirmed, %2 suspected, %3 dismissed</source>
        <translation>расталған: %1, күдікті: %2, қабылданбаған: %3</translation>
    </message>
    <message>
        <source>Marked chains</source>
        <translation>Белгіленген тізбектер</translation>
    </message>
    <message>
        <source>Marked entities</source>
        <translation>Белгіленген субъектілер</translation>
    </message>
    <message>
        <source>Marked shipments</source>
        <translation>Белгіленген жөнелтілімдер</translation>
    </message>
    <message>
        <source>Chains from the detector</source>
        <translation>Детектор тапқан тізбектер</translation>
    </message>
    <message>
        <source>Ownership verdicts</source>
        <translation>Иелік туралы қорытындылар</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Іс файлы</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Сызба нұсқасы</translation>
    </message>
    <message>
        <source>A detector ranks; the investigator decides. Chains and entities appear in this report as the investigator marked them (confirmed or suspected), with the shipments and sources that support them, so that every statement can be checked against the cited declarations and files.</source>
        <translation>Детектор саралайды, шешімді тергеуші қабылдайды. Тізбектер мен субъектілер бұл есепте тергеуші белгілегендей (расталған немесе күдікті) оларды растайтын жөнелтілімдер мен дереккөздермен бірге беріледі, сондықтан әр тұжырымды келтірілген декларациялар мен файлдар бойынша тексеруге болады.</translation>
    </message>
    <message>
        <source>reading the marks failed</source>
        <translation>белгілерді оқу сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>No chain is marked confirmed or suspected in this case.</source>
        <translation>Бұл істе расталған немесе күдікті деп белгіленген тізбек жоқ.</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Тізбек</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>HS</source>
        <translation>СЭҚ ТН</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Қауіп белгілері</translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s), confirmed first, then suspected; within each by score.</source>
        <translation>
            <numerusform>%n тізбек: алдымен расталғандар, содан кейін күдіктілер; әр топ ішінде балл бойынша.</numerusform>
            <numerusform>%n тізбек: алдымен расталғандар, содан кейін күдіктілер; әр топ ішінде балл бойынша.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain detector&apos;s findings were not among this report&apos;s inputs: chains are listed by id with the investigator&apos;s marks and notes.</source>
        <translation>Тізбек детекторының нәтижелері бұл есептің бастапқы деректеріне кірмеген: тізбектер ID бойынша тергеушінің белгілері мен жазбаларымен келтірілген.</translation>
    </message>
    <message>
        <source>Chain %1</source>
        <translation>Тізбек %1</translation>
    </message>
    <message>
        <source>Goods (HS)</source>
        <translation>Тауарлар (СЭҚ ТН)</translation>
    </message>
    <message>
        <source>%1, CHPL tier %2</source>
        <translation>%1, CHPL деңгейі %2</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Қауіп белгілері</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <source>Investigator&apos;s note: %1</source>
        <translation>Тергеушінің жазбасы: %1</translation>
    </message>
    <message>
        <source>Marked by the investigator; the detector&apos;s evidence for this chain was not part of this report&apos;s inputs.</source>
        <translation>Тергеуші белгілеген; осы тізбек бойынша детектордың дәлелдері есептің бастапқы деректеріне кірмеген.</translation>
    </message>
    <message>
        <source>Evidence shipments</source>
        <translation>Дәлел жөнелтілімдер</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Жөнелтілім</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Exporter → importer</source>
        <translation>Экспорттаушы → импорттаушы</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Құны</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Елдер</translation>
    </message>
    <message>
        <source>No entity of the case is blocked or owned by listed persons.</source>
        <translation>Істің бірде-бір субъектісі бұғатталмаған және тізімдегі тұлғаларға тиесілі емес.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <source>OFAC 50% rule</source>
        <translation>OFAC 50% ережесі</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Жиыны</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>Effective owners</source>
        <translation>Нақты иелер</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>бұғатталған</translation>
    </message>
    <message>
        <source>possibly blocked</source>
        <translation>бұғатталуы мүмкін</translation>
    </message>
    <message>
        <source>not blocked</source>
        <translation>бұғатталмаған</translation>
    </message>
    <message>
        <source>owned</source>
        <translation>иелікте</translation>
    </message>
    <message>
        <source>controlled</source>
        <translation>бақылауда</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Stakes held by blocked owners%1: %2.</source>
        <translation>Бұғатталған иелердің үлестері%1: %2.</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> %1 күні</translation>
    </message>
    <message>
        <source>Designations in the case</source>
        <translation>Істегі санкциялық жазбалар</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Тізімде</translation>
    </message>
    <message>
        <source>reading designations failed</source>
        <translation>санкциялық жазбаларды оқу сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>No designation is recorded in the case.</source>
        <translation>Істе санкциялық жазба тіркелмеген.</translation>
    </message>
    <message>
        <source>The first %1 of %2 designations are shown.</source>
        <translation>Алғашқы %1 санкциялық жазба көрсетілген (барлығы %2).</translation>
    </message>
    <message>
        <source>The case holds no shipments or trade statistics to chart.</source>
        <translation>Істе диаграмма құруға жөнелтілімдер немесе сауда статистикасы жоқ.</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Белгіленген</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>By, on</source>
        <translation>Кім, қашан</translation>
    </message>
    <message>
        <source>(not in the case)</source>
        <translation>(істе жоқ)</translation>
    </message>
    <message>
        <source> — designated</source>
        <translation> — санкциялық тізімде</translation>
    </message>
    <message>
        <source>%1: %2 → %3, HS %4, %5 %6</source>
        <translation>%1: %2 → %3, СЭҚ ТН %4, %5 %6</translation>
    </message>
    <message>
        <source>chain (see Chains)</source>
        <translation>тізбек («Тізбектер» бөлімін қараңыз)</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>субъект</translation>
    </message>
    <message>
        <source>shipment</source>
        <translation>жөнелтілім</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>тізбек</translation>
    </message>
    <message>
        <source>The investigator has not marked anything in this case yet.</source>
        <translation>Тергеуші бұл істе әлі ештеңе белгілеген жоқ.</translation>
    </message>
    <message>
        <source>Every chain, entity and shipment the investigator marked, with the note given, confirmed first.</source>
        <translation>Тергеуші белгілеген барлық тізбектер, субъектілер мен жөнелтілімдер жазбаларымен; алдымен расталғандары.</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Пішім</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, авторы: %2</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <source>%1 read, %2 imported, %3 rejected</source>
        <translation>оқылды %1, импортталды %2, қабылданбады %3</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>reading the sources failed</source>
        <translation>дереккөздерді оқу сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>No file has been imported into this case.</source>
        <translation>Бұл іске бірде-бір файл импортталмаған.</translation>
    </message>
    <message>
        <source>Every file imported into the case, with its SHA-256 digest so that the copy relied on can be identified.</source>
        <translation>Іске импортталған барлық файлдар SHA-256 хешімен бірге, есеп сүйенген көшірмені анықтау үшін.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Қашан (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>reading the audit log failed</source>
        <translation>аудит журналын оқу сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Аудит журналы бос.</translation>
    </message>
    <message>
        <source>Changes to the case, newest first.</source>
        <translation>Істегі өзгерістер, алдымен жаңалары.</translation>
    </message>
    <message>
        <source>%1 older entries are not shown; the case file keeps them all.</source>
        <translation>Ескірек %1 жазба көрсетілмеген; іс файлы олардың барлығын сақтайды.</translation>
    </message>
    <message>
        <source>Lists counted by each rule (the case&apos;s setting): %1</source>
        <translation>Әр ереже ескеретін тізімдер (іс баптауы): %1</translation>
    </message>
    <message>
        <source>UK</source>
        <translation>Ұлыбритания</translation>
    </message>
    <message>
        <source>no; %1 held by several persons: review</source>
        <translation>жоқ; %1 бірнеше тұлғада: тексеру керек</translation>
    </message>
    <message>
        <source>designated</source>
        <translation>тізімге енгізілген</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>тізімде</translation>
    </message>
    <message>
        <source>What exporters report sending against what importers record receiving, by country pair, %1 code and year, in %2 (%3 statistics rows; %4 without an exchange rate left out). A gap is flagged at %5% of the expected imports, with a %6% CIF/FOB margin and a reporting lag of up to %7 month(s); a surge at %8x the %9-%10 monthly mean (%11x for CHPL tiers 1-2); a hub&apos;s re-exports where its exports to Russia or Belarus reach %12% of its imports from the sanctioning coalition. Member states and EU aggregates are never added together.</source>
        <translation>Экспорттаушылар жөнелткен деп хабарлағаны мен импорттаушылар алған деп тіркегені ел жұптары, %1 кодтары және жылдар бойынша, %2 валютасында (статистика жолдары: %3; бағамы жоқ %4 жол алынып тасталды). Алшақтық күтілетін импорттың %5% бастап белгіленеді, CIF/FOB үстемесі %6% және есеп кешігуі %7 айға дейін; күрт өсу — %9–%10 жылдардың орташа айлық деңгейінен %8x бастап (CHPL 1–2 деңгейлері үшін %11x); түйіннің реэкспорты — оның Ресей мен Беларусьқа экспорты санкциялық коалициядан импортының %12% жеткенде. Мүше мемлекеттер мен ЕО агрегаттары ешқашан қосылмайды.</translation>
    </message>
    <message>
        <source>the statistics&apos; currency</source>
        <translation>статистика валютасында</translation>
    </message>
    <message>
        <source>No flow of the case&apos;s trade statistics is flagged.</source>
        <translation>Іс сауда статистикасының бірде-бір ағыны белгіленбеген.</translation>
    </message>
    <message numerus="yes">
        <source>The top %n flagged flows, CHPL tier 1 first, then by the size of the gap, surge or re-export.</source>
        <translation>
            <numerusform>Белгіленген алғашқы %n ағын: алдымен CHPL 1 деңгейі, сосын алшақтықтың, күрт өсудің немесе реэкспорттың көлемі бойынша.</numerusform>
            <numerusform>Белгіленген алғашқы %n ағын: алдымен CHPL 1 деңгейі, сосын алшақтықтың, күрт өсудің немесе реэкспорттың көлемі бойынша.</numerusform>
        </translation>
    </message>
    <message>
        <source>No shipment of the case falls under this flow and period.</source>
        <translation>Істің бірде-бір жөнелтілімі осы ағын мен кезеңге жатпайды.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Share of the flow</source>
        <translation>Ағындағы үлесі</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>The case&apos;s companies that carry the flow in %1 (shares of the value the exporter reports; verdicts as of %2, with the case&apos;s list rules).</source>
        <translation>%1 кезеңінде ағынды тасымалдайтын іс компаниялары (экспорттаушы хабарлаған құннан үлестер; шешімдер %2 күнгі, істің тізім ережелерімен).</translation>
    </message>
    <message>
        <source>Appendix C: Ownership of every other entity</source>
        <translation>C қосымшасы: қалған барлық субъектілердің иелігі</translation>
    </message>
    <message>
        <source>The ownership verdicts of the case&apos;s entities that no marked chain or marked entity involves, for completeness.</source>
        <translation>Толықтық үшін: ешбір белгіленген тізбекке немесе белгіленген субъектіге қатысы жоқ іс субъектілерінің иелік қорытындылары.</translation>
    </message>
    <message>
        <source>No chain or entity is marked confirmed or suspected, so no verdict is about a marked party.</source>
        <translation>Ешбір тізбек пен субъект расталған немесе күдікті деп белгіленбеген, сондықтан ешбір қорытынды белгіленген тарапқа қатысты емес.</translation>
    </message>
    <message numerus="yes">
        <source>%n further verdict(s), on entities that no marked chain or marked entity involves, are listed in the appendix &quot;Ownership of every other entity&quot;.</source>
        <translation>
            <numerusform>Белгіленген тізбектерге не субъектілерге қатысы жоқ субъектілер туралы тағы %n қорытынды «Қалған барлық субъектілердің иелігі» қосымшасында берілген.</numerusform>
            <numerusform>Белгіленген тізбектерге не субъектілерге қатысы жоқ субъектілер туралы тағы %n қорытынды «Қалған барлық субъектілердің иелігі» қосымшасында берілген.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further verdict(s), on entities that no marked chain or marked entity involves, are left out; ask for the ownership appendix to list them.</source>
        <translation>
            <numerusform>Белгіленген тізбектерге не субъектілерге қатысы жоқ субъектілер туралы тағы %n қорытынды алынып тасталды; оларды қосу үшін иелік қосымшасын сұраңыз.</numerusform>
            <numerusform>Белгіленген тізбектерге не субъектілерге қатысы жоқ субъектілер туралы тағы %n қорытынды алынып тасталды; оларды қосу үшін иелік қосымшасын сұраңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appendix %1: Designations in the case</source>
        <translation>%1 қосымша: Істегі санкциялық жазбалар</translation>
    </message>
    <message>
        <source>Ownership verdicts (OFAC 50% rule, EU and UK ownership and control) were not among this report&apos;s inputs. The designations of the marked parties follow.</source>
        <translation>Иелік туралы қорытындылар (OFAC 50% ережесі, EU және Ұлыбритания ережелері бойынша иелік пен бақылау) есептің кіріс деректеріне кірмеді. Төменде белгіленген тараптардың санкциялық жазбалары берілген.</translation>
    </message>
    <message>
        <source>Designations of the marked parties and their owners</source>
        <translation>Белгіленген тараптар мен олардың иелерінің санкциялық жазбалары</translation>
    </message>
    <message>
        <source>No marked party, and no owner shown above, is designated.</source>
        <translation>Белгіленген тараптардың да, жоғарыда көрсетілген иелердің де ешқайсысы санкциялық тізімдерде жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n further designation(s), of entities that no marked chain or marked entity involves, are listed in the appendix &quot;Designations in the case&quot;.</source>
        <translation>
            <numerusform>Белгіленген тізбектерге не субъектілерге қатысы жоқ субъектілердің тағы %n санкциялық жазбасы «Істегі санкциялық жазбалар» қосымшасында берілген.</numerusform>
            <numerusform>Белгіленген тізбектерге не субъектілерге қатысы жоқ субъектілердің тағы %n санкциялық жазбасы «Істегі санкциялық жазбалар» қосымшасында берілген.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further designation(s), of entities that no marked chain or marked entity involves, are left out; ask for the ownership appendix to list them.</source>
        <translation>
            <numerusform>Белгіленген тізбектерге не субъектілерге қатысы жоқ субъектілердің тағы %n санкциялық жазбасы алынып тасталды; оларды қосу үшін иелік қосымшасын сұраңыз.</numerusform>
            <numerusform>Белгіленген тізбектерге не субъектілерге қатысы жоқ субъектілердің тағы %n санкциялық жазбасы алынып тасталды; оларды қосу үшін иелік қосымшасын сұраңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every designation recorded in the case, for completeness.</source>
        <translation>Толықтық үшін: істегі барлық санкциялық жазбалар.</translation>
    </message>
</context>
<context>
    <name>caravan::ReportDialog</name>
    <message>
        <source>Summary figures</source>
        <translation>Жиынтық көрсеткіштер</translation>
    </message>
    <message>
        <source>Confirmed and suspected chains</source>
        <translation>Расталған және күдікті тізбектер</translation>
    </message>
    <message>
        <source>Ownership verdicts and designations</source>
        <translation>Иелік туралы қорытындылар және санкциялық жазбалар</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <source>Investigator&apos;s notes</source>
        <translation>Тергеушінің жазбалары</translation>
    </message>
    <message>
        <source>Sources with SHA-256</source>
        <translation>SHA-256 бар дереккөздер</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Report — %1</source>
        <translation>Есеп — %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — for the recipients named by the investigator only</source>
        <translation>ҚҰПИЯ — тек тергеуші атаған алушыларға арналған</translation>
    </message>
    <message>
        <source>Investigator:</source>
        <translation>Тергеуші:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Құпиялық белгісі:</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Есеп жасалуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Сақталды: %1 (%n бет).</numerusform>
            <numerusform>Сақталды: %1 (%n бет).</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Leave out outliers</source>
        <translation>Шектен тыс мәндерсіз</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Логарифмдік шкала</translation>
    </message>
    <message>
        <source>Trade anomalies (mirror statistics) and the companies behind them</source>
        <translation>Сауда ауытқулары (айналық статистика) және олардың артындағы компаниялар</translation>
    </message>
    <message>
        <source>Ownership of every other entity (appendix)</source>
        <translation>Қалған барлық субъектілердің иелігі (қосымша)</translation>
    </message>
    <message>
        <source>Adds the ownership verdicts of the entities that no marked chain or marked entity involves, and every designation of the case, as appendices</source>
        <translation>Белгіленген тізбектерге не субъектілерге қатысы жоқ субъектілердің иелігі туралы қорытындыларды және істегі барлық санкциялық жазбаларды қосымша ретінде қосады</translation>
    </message>
</context>
<context>
    <name>caravan::ReportPainter</name>
    <message>
        <source>Laying out the report</source>
        <translation>Есеп беттелуде</translation>
    </message>
    <message>
        <source>Cannot paint on the output device.</source>
        <translation>Шығару құрылғысында салу мүмкін емес.</translation>
    </message>
    <message>
        <source>Painting the report</source>
        <translation>Есеп салынуда</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Route on the map: %1; legs numbered in order, with their shipment dates (country shapes: Natural Earth).</source>
        <translation>Картадағы бағыт: %1; бөліктері ретімен нөмірленген, жеткізу күндерімен (ел пішіндері: Natural Earth).</translation>
    </message>
</context>
<context>
    <name>caravan::ReviewPanel</name>
    <message>
        <source>Find Candidates</source>
        <translation>Үміткерлерді табу</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>Қабылдау (A)</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>Қабылдамау (R)</translation>
    </message>
    <message>
        <source>Next (N)</source>
        <translation>Келесі (N)</translation>
    </message>
    <message>
        <source>Screening against designated entities</source>
        <translation>Санкциялық тізімдер бойынша тексеру</translation>
    </message>
    <message>
        <source>Duplicates inside the case</source>
        <translation>Іс ішіндегі телнұсқалар</translation>
    </message>
    <message>
        <source>Threshold </source>
        <translation>Шек </translation>
    </message>
    <message>
        <source>Lowest score shown</source>
        <translation>Көрсетілетін ең төмен балл</translation>
    </message>
    <message>
        <source>Match candidates</source>
        <translation>Сәйкестікке үміткерлер</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <source>Candidate match</source>
        <translation>Ықтимал сәйкестік</translation>
    </message>
    <message>
        <source>Finding match candidates</source>
        <translation>Сәйкестікке үміткерлерді іздеу</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates</source>
        <translation>
            <numerusform>%n үміткер</numerusform>
            <numerusform>%n үміткер</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Іздеу…</translation>
    </message>
    <message>
        <source>No candidate is selected.</source>
        <translation>Үміткер таңдалмаған.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Дереккөз: %1</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Атаулары</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Идентификаторлар</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Мекенжайлар</translation>
    </message>
    <message>
        <source>Designations</source>
        <translation>Санкциялық жазбалар</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Балл %1</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Негіздеме: %1</translation>
    </message>
    <message>
        <source>Effect of accepting</source>
        <translation>Қабылдаудың салдары</translation>
    </message>
    <message>
        <source>Effect on the graph</source>
        <translation>Графтағы салдары</translation>
    </message>
    <message>
        <source>The two entities and their neighbours as if the candidate were accepted: the pair in blue, what the kept entity gains and whose verdict changes in orange</source>
        <translation>Екі субъект және олардың көршілері үміткер қабылданғандай көрсетілген: жұп көкпен, сақталатын субъект алатыны және қорытындысы өзгеретіндер қызғылт сарымен белгіленген</translation>
    </message>
    <message>
        <source>Working out the effect</source>
        <translation>Салдарын есептеу</translation>
    </message>
    <message>
        <source>The effect could not be worked out: %1</source>
        <translation>Салдарын есептеу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Working out what accepting would change…</source>
        <translation>Қабылдау нені өзгертетінін есептеу…</translation>
    </message>
    <message>
        <source>Select a candidate to see what accepting it would change on the graph.</source>
        <translation>Үміткерді қабылдау графта нені өзгертетінін көру үшін оны таңдаңыз.</translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation>Туған күндері</translation>
    </message>
    <message>
        <source>Dates of incorporation</source>
        <translation>Тіркелген күндері</translation>
    </message>
</context>
<context>
    <name>caravan::SanctionsAuthority</name>
    <message>
        <source>OFAC SDN (blocking)</source>
        <translation>OFAC SDN (бұғаттайтын)</translation>
    </message>
    <message>
        <source>OFAC non-SDN (not blocking)</source>
        <translation>OFAC, SDN-нен тыс (бұғаттамайтын)</translation>
    </message>
    <message>
        <source>US export control (BIS, not blocking)</source>
        <translation>АҚШ экспорттық бақылауы (BIS, бұғаттамайтын)</translation>
    </message>
    <message>
        <source>other US list (not blocking)</source>
        <translation>АҚШ-тың басқа тізімі (бұғаттамайтын)</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>EU member state (EU sanctions)</source>
        <translation>EU мүше мемлекеті (EU санкциялары)</translation>
    </message>
    <message>
        <source>UK sanctions</source>
        <translation>Ұлыбритания санкциялары</translation>
    </message>
    <message>
        <source>UK, not a sanction</source>
        <translation>Ұлыбритания, санкция емес</translation>
    </message>
    <message>
        <source>UN Security Council</source>
        <translation>БҰҰ Қауіпсіздік Кеңесі</translation>
    </message>
    <message>
        <source>other country&apos;s sanctions</source>
        <translation>басқа елдің санкциялары</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
</context>
<context>
    <name>caravan::ShipmentOutliers</name>
    <message>
        <source>unit value over %1× or under 1/%1 of the HS-6 median</source>
        <translation>бірлік құны СЭҚ ТН кодының (6 таңба) медианасынан %1 еседен артық жоғары немесе төмен</translation>
    </message>
    <message numerus="yes">
        <source>%n outlier shipment(s) left out: %1</source>
        <translation>
            <numerusform>шектен тыс %n жеткізілім есепке алынбады: %1</numerusform>
            <numerusform></numerusform>
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
        <translation>Күні</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Экспорттаушы</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Импорттаушы</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>СЭҚ ТН коды</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Тауарлар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірл.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Құны</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Белгі</translation>
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
        <translation>Пішім</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Оқылды</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Телнұсқалар</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Импортталған уақыты</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Авторы</translation>
    </message>
</context>
<context>
    <name>caravan::StartPage</name>
    <message>
        <source>New Case…</source>
        <translation>Жаңа іс…</translation>
    </message>
    <message>
        <source>Open Case…</source>
        <translation>Істі ашу…</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Соңғы істер</translation>
    </message>
    <message>
        <source>Caravan</source>
        <translation>Caravan</translation>
    </message>
    <message>
        <source>&lt;p&gt;Caravan helps you trace goods that reach Russia through third countries: import companies, ownership, sanctions lists and shipments into a case file, then follow the evidence.&lt;/p&gt;&lt;p&gt;Create a new case or open one you worked on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Caravan Ресейге үшінші елдер арқылы жететін тауарларды қадағалауға көмектеседі: компанияларды, иелік деректерін, санкциялық тізімдер мен жөнелтілімдерді іс файлына импорттап, дәлелдердің ізіне түсіңіз.&lt;/p&gt;&lt;p&gt;Жаңа іс құрыңыз немесе бұрын жұмыс істеген істі ашыңыз.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This case is empty</source>
        <translation>Іс бос</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Файлдарды &amp;импорттау…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; holds no entities, links, sanctions or shipments yet.&lt;/p&gt;&lt;p&gt;Import your files with &lt;b&gt;File &amp;gt; Import…&lt;/b&gt; (Ctrl+I): Caravan CSV, any other CSV through a column mapping, FollowTheMoney, BODS and OFAC SDN files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; ісінде әзірге субъектілер, байланыстар, санкциялар немесе жөнелтілімдер жоқ.&lt;/p&gt;&lt;p&gt;Файлдарды &lt;b&gt;Файл &amp;gt; Импорттау…&lt;/b&gt; (Ctrl+I) арқылы импорттаңыз: Caravan CSV, бағандарды сәйкестендіру арқылы кез келген басқа CSV, FollowTheMoney, BODS және OFAC SDN файлдары.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>caravan::TablePanel</name>
    <message>
        <source>Searching…</source>
        <translation>Іздеу…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows match “%1”</source>
        <translation>
            <numerusform>«%1» сұрауына %n жол сәйкес келеді</numerusform>
            <numerusform>«%1» сұрауына %n жол сәйкес келеді</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing rows…</source>
        <translation>Жолдар тізімі жүктелуде…</translation>
    </message>
</context>
<context>
    <name>caravan::TaskStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Орындалып жатқан тапсырманы тоқтату</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>caravan::TimeFilterSlider</name>
    <message>
        <source>From date</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <source>Valid at date</source>
        <translation>Күнге жарамды</translation>
    </message>
    <message>
        <source>Before 24.02.2022</source>
        <translation>24.02.2022 дейін</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Барлық күндер</translation>
    </message>
    <message>
        <source>The network on the day before Russia&apos;s full-scale invasion of Ukraine</source>
        <translation>Ресейдің Украинаға толық ауқымды басып кіруінің алдындағы күнгі желі</translation>
    </message>
    <message>
        <source>From 24 February 2022 to the last date of the case</source>
        <translation>2022 жылғы 24 ақпаннан істің соңғы күніне дейін</translation>
    </message>
    <message>
        <source>The network on the last date of the case</source>
        <translation>Істің соңғы күніндегі желі</translation>
    </message>
    <message>
        <source>Shipments: all dates</source>
        <translation>Жөнелтілімдер: барлық күндер</translation>
    </message>
    <message>
        <source>Links: all dates</source>
        <translation>Байланыстар: барлық күндер</translation>
    </message>
    <message>
        <source>Shipments %1 – %2</source>
        <translation>Жөнелтілімдер %1 – %2</translation>
    </message>
    <message>
        <source>Links valid on %1</source>
        <translation>%1 күні жарамды байланыстар</translation>
    </message>
</context>
<context>
    <name>caravan::TradeCharts</name>
    <message>
        <source>Shipments by month</source>
        <translation>Айлар бойынша жөнелтілімдер</translation>
    </message>
    <message>
        <source>Shipments by month and HS code</source>
        <translation>Айлар мен СЭҚ ТН кодтары бойынша жөнелтілімдер</translation>
    </message>
    <message>
        <source>Shipments by month and CHPL tier</source>
        <translation>Айлар мен CHPL деңгейлері бойынша жөнелтілімдер</translation>
    </message>
    <message>
        <source>Shipments by month and country pair</source>
        <translation>Айлар мен елдер жұптары бойынша жөнелтілімдер</translation>
    </message>
    <message>
        <source>Shipments by month and entity</source>
        <translation>Айлар мен субъектілер бойынша жөнелтілімдер</translation>
    </message>
    <message>
        <source>2019-2021 mean</source>
        <translation>2019–2021 жылдардағы орташа</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Құны</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Source: the case&apos;s shipments. Dashed lines: 2019-2021 monthly mean; red: 24 Feb 2022; grey: EU sanctions packages.</source>
        <translation>Дереккөз: іс жөнелтілімдері. Үзік сызықтар: 2019–2021 жылдардағы айлық орташа; қызыл: 24.02.2022; сұр: EU санкциялар пакеттері.</translation>
    </message>
    <message>
        <source>Trade statistics by month</source>
        <translation>Айлар бойынша сауда статистикасы</translation>
    </message>
    <message>
        <source>Source: imported trade statistics.</source>
        <translation>Дереккөз: импортталған сауда статистикасы.</translation>
    </message>
    <message>
        <source>Mirror statistics %1 → %2</source>
        <translation>Айнал статистика %1 → %2</translation>
    </message>
    <message>
        <source>Exports reported by the origin against imports reported by the destination; bars: the gap.</source>
        <translation>Шығу елі мәлімдеген экспорт пен баратын ел мәлімдеген импорт; бағаналар — айырмашылық.</translation>
    </message>
    <message>
        <source>Top counterparties of %1</source>
        <translation>Негізгі контрагенттер: %1</translation>
    </message>
    <message>
        <source>Supplier to the entity</source>
        <translation>Субъектінің жеткізушісі</translation>
    </message>
    <message>
        <source>Buyer from the entity</source>
        <translation>Субъектіден сатып алушы</translation>
    </message>
    <message>
        <source>Shipments of %1</source>
        <translation>Жөнелтілімдер: %1</translation>
    </message>
    <message>
        <source>Shipped by the entity</source>
        <translation>Субъект жөнелткен</translation>
    </message>
    <message>
        <source>Received by the entity</source>
        <translation>Субъект алған</translation>
    </message>
    <message>
        <source>All shipments</source>
        <translation>Барлық жөнелтілімдер</translation>
    </message>
    <message>
        <source>HS unknown</source>
        <translation>СЭҚ ТН белгісіз</translation>
    </message>
    <message>
        <source>HS %1</source>
        <translation>СЭҚ ТН %1</translation>
    </message>
    <message>
        <source>CHPL tier %1</source>
        <translation>CHPL деңгейі %1</translation>
    </message>
    <message>
        <source>Log scale: the largest value is %1 times the median one.</source>
        <translation>Логарифмдік шкала: ең үлкен мән медианадан %1 есе үлкен.</translation>
    </message>
</context>
<context>
    <name>caravan::TradeFilterWidgets</name>
    <message>
        <source>Goods (HS code starts with): </source>
        <translation>Тауарлар (СЭҚ ТН коды басталады): </translation>
    </message>
    <message>
        <source>HS code, e.g. 8542</source>
        <translation>СЭҚ ТН коды, мыс. 8542</translation>
    </message>
    <message>
        <source>Any goods</source>
        <translation>Кез келген тауар</translation>
    </message>
    <message>
        <source>CHPL goods (any tier)</source>
        <translation>CHPL тауарлары (кез келген деңгей)</translation>
    </message>
    <message>
        <source>CHPL tier %1</source>
        <translation>CHPL деңгейі %1</translation>
    </message>
    <message>
        <source>Only goods on the Common High Priority List, of one tier or of any</source>
        <translation>Тек Ортақ жоғары басымдық тізіміндегі (CHPL) тауарлар, бір деңгейдегі немесе кез келген</translation>
    </message>
</context>
<context>
    <name>caravan::TrainingCaseDialog</name>
    <message>
        <source>Messy (realistic)</source>
        <translation>Шынайы (ақаулары бар)</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Таза</translation>
    </message>
    <message>
        <source>New training case</source>
        <translation>Жаңа оқу ісі</translation>
    </message>
    <message>
        <source>The same scenario and number give the same case, so a class can work on one case</source>
        <translation>Бірдей сценарий мен нөмір бірдей іс береді, сондықтан бүкіл топ бір іспен жұмыс істей алады</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Сценарий:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Іс нөмірі:</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Деректер:</translation>
    </message>
    <message>
        <source>As real extracts arrive: units spelled many ways, missing quantities and countries, national tariff codes, two languages.</source>
        <translation>Нақты үзінділер келгендей: бірліктер әртүрлі жазылған, саны мен елі жоқ жолдар, ұлттық СЭҚ ТН кодтары, екі тіл.</translation>
    </message>
    <message>
        <source>One spelling of every unit, every quantity and country given: for learning the tools first.</source>
        <translation>Әр бірлік бір түрде жазылған, барлық саны мен елі көрсетілген: алдымен құралдарды үйрену үшін.</translation>
    </message>
</context>
<context>
    <name>caravan::TrainingPanel</name>
    <message>
        <source>found</source>
        <translation>табылды</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>өткізіп алынды</translation>
    </message>
    <message>
        <source>wrongly marked</source>
        <translation>қате белгіленді</translation>
    </message>
    <message>
        <source>rightly left alone</source>
        <translation>дұрыс белгіленбеді</translation>
    </message>
    <message>
        <source>Reveal the answer key</source>
        <translation>Жауаптар кілтін көрсету</translation>
    </message>
    <message>
        <source>Score the Marks</source>
        <translation>Белгілерді бағалау</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Mark on</source>
        <translation>Белгі нысаны</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Түсіндірме</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Жауаптар кілті</translation>
    </message>
    <message>
        <source>This is a training case with %1 planted patterns and %2 near misses. Mark what you suspect (Ctrl+M) in the tables, the chains or the graph, then score the marks.</source>
        <translation>Бұл оқу ісі: жасырылған схемалар — %1, ұқсас жалған жағдайлар — %2. Күдікті нәрсені (Ctrl+M) кестелерде, тізбектерде немесе графта белгілеп, содан кейін белгілерді бағалаңыз.</translation>
    </message>
    <message>
        <source>Found %1 of %2 planted patterns, missed %3; %4 of %5 near misses wrongly marked; %6 other marks.</source>
        <translation>Табылған схемалар: %2 ішінен %1, өткізіп алынғаны: %3; қате белгіленген ұқсас жағдайлар: %5 ішінен %4; басқа белгілер: %6.</translation>
    </message>
    <message>
        <source>Near miss (breaks: %1). %2</source>
        <translation>Ұқсас жағдай (бұзылған шарт: %1). %2</translation>
    </message>
    <message>
        <source>marked: %1</source>
        <translation>белгіленген: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sanctions-circumvention investigation workstation</source>
        <translation>Санкцияларды айналып өтуді тергеуге арналған жұмыс орны</translation>
    </message>
    <message>
        <source>Case file to open.</source>
        <translation>Ашылатын іс файлы.</translation>
    </message>
    <message>
        <source>Render the window with the case open into a PNG file and quit.</source>
        <translation>Іс ашық терезені PNG файлына салып, шығу.</translation>
    </message>
    <message>
        <source>Interface language: en, ru or kk.</source>
        <translation>Интерфейс тілі: en, ru немесе kk.</translation>
    </message>
    <message>
        <source>Start with this panel raised (reviewDock, decisionsDock, chainsDock…).</source>
        <translation>Осы тақтаны алдыңғы қатарда ашу (reviewDock, decisionsDock, chainsDock…).</translation>
    </message>
    <message>
        <source>Search for match candidates in the Review panel: screening or duplicate.</source>
        <translation>Тексеру тақтасында сәйкестік үміткерлерін іздеу: screening немесе duplicate.</translation>
    </message>
    <message>
        <source>Start on this tab: its name (overview, entities, shipments, ownership, trade, chart…) or its number, from 1.</source>
        <translation>Іске қосқанда осы қойындыны ашу: атауы (overview, entities, shipments, ownership, trade, chart…) немесе 1-ден бастап нөмірі.</translation>
    </message>
    <message>
        <source>Window size in pixels, such as 1366x768.</source>
        <translation>Терезе өлшемі пиксельмен, мысалы 1366x768.</translation>
    </message>
    <message>
        <source>Show this detected chain once detection is done: its parties on the Trade graph, its route on the Map, as a click on it in the Overview does.</source>
        <translation>Іздеу аяқталғанда осы табылған тізбекті көрсету: оның тараптарын сауда графында, бағытын картада, шолудағы шерту сияқты.</translation>
    </message>
</context>
</TS>
