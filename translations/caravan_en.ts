<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditSummary</name>
    <message numerus="yes">
        <source>%1: the places of %n node(s) saved</source>
        <translation>
            <numerusform>%1: the places of %n node saved</numerusform>
            <numerusform>%1: the places of %n nodes saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 changed (a stored value of %n character(s), not shown)</source>
        <translation>
            <numerusform>%1 changed (a stored value of %n character, not shown)</numerusform>
            <numerusform>%1 changed (a stored value of %n characters, not shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(a stored value of %n character(s), not shown)</source>
        <translation>
            <numerusform>(a stored value of %n character, not shown)</numerusform>
            <numerusform>(a stored value of %n characters, not shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionEffect</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n names</source>
        <translation>
            <numerusform>%n name</numerusform>
            <numerusform>%n names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifiers</source>
        <translation>
            <numerusform>%n identifier</numerusform>
            <numerusform>%n identifiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owners</source>
        <translation>
            <numerusform>%n owner</numerusform>
            <numerusform>%n owners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holdings</source>
        <translation>
            <numerusform>%n holding</numerusform>
            <numerusform>%n holdings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other links</source>
        <translation>
            <numerusform>%n other link</numerusform>
            <numerusform>%n other links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipments</source>
        <translation>
            <numerusform>%n shipment</numerusform>
            <numerusform>%n shipments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new trade partners</source>
        <translation>
            <numerusform>%n new trade partner</numerusform>
            <numerusform>%n new trade partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other entities become blocked (OFAC 50% rule, and EU-owned): %1.</source>
        <translation>
            <numerusform>%n other entity becomes blocked (OFAC 50% rule, and EU-owned): %1.</numerusform>
            <numerusform>%n other entities become blocked (OFAC 50% rule, and EU-owned): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other entities become blocked under the OFAC 50% rule: %1.</source>
        <translation>
            <numerusform>%n other entity becomes blocked under the OFAC 50% rule: %1.</numerusform>
            <numerusform>%n other entities become blocked under the OFAC 50% rule: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other entities become possibly blocked: %1.</source>
        <translation>
            <numerusform>%n other entity becomes possibly blocked: %1.</numerusform>
            <numerusform>%n other entities become possibly blocked: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other entities become EU-owned under the EU rule: %1.</source>
        <translation>
            <numerusform>%n other entity becomes EU-owned under the EU rule: %1.</numerusform>
            <numerusform>%n other entities become EU-owned under the EU rule: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::ChainsPanel</name>
    <message numerus="yes">
        <source>No chains among %n shipments with %1.</source>
        <translation>
            <numerusform>No chains among %n shipment with %1.</numerusform>
            <numerusform>No chains among %n shipments with %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chains proposed (%1; %2 dismissed hidden, %3 below the minimum score). The detector ranks; you decide.</source>
        <translation>
            <numerusform>%n chain proposed (%1; %2 dismissed hidden, %3 below the minimum score). The detector ranks; you decide.</numerusform>
            <numerusform>%n chains proposed (%1; %2 dismissed hidden, %3 below the minimum score). The detector ranks; you decide.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::DecisionsPanel</name>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n decisions</source>
        <translation>
            <numerusform>%1 of %n decision</numerusform>
            <numerusform>%1 of %n decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::GraphView</name>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Move %n node</numerusform>
            <numerusform>Move %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) of at most %1 links between %2 and %3</source>
        <translation>
            <numerusform>%n path of at most %1 links between %2 and %3</numerusform>
            <numerusform>%n paths of at most %1 links between %2 and %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shortest path, %n link(s): </source>
        <translation>
            <numerusform>Shortest path, %n link: </numerusform>
            <numerusform>Shortest path, %n links: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grouped by country: more than %n companies. Double-click a country to open it.</source>
        <translation>
            <numerusform>Grouped by country: more than %n company. Double-click a country to open it.</numerusform>
            <numerusform>Grouped by country: more than %n companies. Double-click a country to open it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n largest components (%1 of %2 entities); %3 more components, %4 entities: All components shows them.</source>
        <translation>
            <numerusform>The largest component (%1 of %2 entities); %3 more components, %4 entities: All components shows them.</numerusform>
            <numerusform>The %n largest components (%1 of %2 entities); %3 more components, %4 entities: All components shows them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companies and their trade partners only: By country shows the whole network.</source>
        <translation>
            <numerusform>%n company and its trade partners only: By country shows the whole network.</numerusform>
            <numerusform>%n companies and their trade partners only: By country shows the whole network.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::ImportWizard</name>
    <message numerus="yes">
        <source>a CSV file with %n columns (%1, delimiter “%2”): map them on the next page</source>
        <translation>
            <numerusform>a CSV file with %n column (%1, delimiter “%2”): map it on the next page</numerusform>
            <numerusform>a CSV file with %n columns (%1, delimiter “%2”): map them on the next page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values in the preview would be rejected (red); their rows will be kept as rejected rows. Check the date format and decimals.</source>
        <translation>
            <numerusform>%n value in the preview would be rejected (red); its row will be kept as a rejected row. Check the date format and decimals.</numerusform>
            <numerusform>%n values in the preview would be rejected (red); their rows will be kept as rejected rows. Check the date format and decimals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files imported.</source>
        <translation>
            <numerusform>%n file imported.</numerusform>
            <numerusform>%n files imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detected from %n sample rows: </source>
        <translation>
            <numerusform>Detected from %n sample row: </numerusform>
            <numerusform>Detected from %n sample rows: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: the file being imported was left out; %n file(s) imported before it stay in the case.</source>
        <translation>
            <numerusform>Cancelled: the file being imported was left out; %n file imported before it stays in the case.</numerusform>
            <numerusform>Cancelled: the file being imported was left out; %n files imported before it stay in the case.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::MainWindow</name>
    <message numerus="yes">
        <source>%n rejected rows written to %1</source>
        <translation>
            <numerusform>%n rejected row written to %1</numerusform>
            <numerusform>%n rejected rows written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipments</source>
        <translation>
            <numerusform>%n shipment</numerusform>
            <numerusform>%n shipments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows</source>
        <translation>
            <numerusform>%n rejected row</numerusform>
            <numerusform>%n rejected rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marks</source>
        <translation>
            <numerusform>%n mark</numerusform>
            <numerusform>%n marks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::MapCanvas</name>
    <message numerus="yes">
        <source>Sent: %1 (%n shipment(s))</source>
        <translation>
            <numerusform>Sent: %1 (%n shipment)</numerusform>
            <numerusform>Sent: %1 (%n shipments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received: %1 (%n shipment(s))</source>
        <translation>
            <numerusform>Received: %1 (%n shipment)</numerusform>
            <numerusform>Received: %1 (%n shipments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::MapView</name>
    <message numerus="yes">
        <source>%n flow(s) between countries; arc width is the declared value. The largest %1 are drawn.</source>
        <translation>
            <numerusform>%n flow between countries; arc width is the declared value. The largest %1 are drawn.</numerusform>
            <numerusform>%n flows between countries; arc width is the declared value. The largest %1 are drawn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::OverviewPanel</name>
    <message numerus="yes">
        <source>chains proposed</source>
        <translation>
            <numerusform>chain proposed</numerusform>
            <numerusform>chains proposed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>red flags on parties, %n kinds</source>
        <translation>
            <numerusform>red flags on parties, %n kind</numerusform>
            <numerusform>red flags on parties, %n kinds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>marks</source>
        <translation>
            <numerusform>mark</numerusform>
            <numerusform>marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources: %1</source>
        <translation>
            <numerusform>%n source: %1</numerusform>
            <numerusform>%n sources: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Top chains: %n proposed</source>
        <translation>
            <numerusform>Top chains: %n proposed</numerusform>
            <numerusform>Top chains: %n proposed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked and possibly blocked: %n entities</source>
        <translation>
            <numerusform>Blocked and possibly blocked: %n entity</numerusform>
            <numerusform>Blocked and possibly blocked: %n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked under the OFAC 50% rule</source>
        <translation>
            <numerusform>%n blocked under the OFAC 50% rule</numerusform>
            <numerusform>%n blocked under the OFAC 50% rule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possibly blocked under the OFAC 50% rule</source>
        <translation>
            <numerusform>%n possibly blocked under the OFAC 50% rule</numerusform>
            <numerusform>%n possibly blocked under the OFAC 50% rule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review under the OFAC 50% rule</source>
        <translation>
            <numerusform>%n to review under the OFAC 50% rule</numerusform>
            <numerusform>%n to review under the OFAC 50% rule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owned or controlled under the EU rule</source>
        <translation>
            <numerusform>%n owned or controlled under the EU rule</numerusform>
            <numerusform>%n owned or controlled under the EU rule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owned or controlled under the UK test</source>
        <translation>
            <numerusform>%n owned or controlled under the UK test</numerusform>
            <numerusform>%n owned or controlled under the UK test</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the Verdict panel)</source>
        <translation>
            <numerusform>… and %n more (see the Verdict panel)</numerusform>
            <numerusform>… and %n more (see the Verdict panel)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Red flags: %n kinds</source>
        <translation>
            <numerusform>Red flags: %n kind</numerusform>
            <numerusform>Red flags: %n kinds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n party</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>flagged by the ownership rules (OFAC, EU, UK)</source>
        <translation>
            <numerusform>flagged by the ownership rules (OFAC, EU, UK)</numerusform>
            <numerusform>flagged by the ownership rules (OFAC, EU, UK)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::OwnershipPanel</name>
    <message numerus="yes">
        <source>%n entities blocked or to review as of %1</source>
        <translation>
            <numerusform>%n entity blocked or to review as of %1</numerusform>
            <numerusform>%n entities blocked or to review as of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paths</source>
        <translation>
            <numerusform>%n path</numerusform>
            <numerusform>%n paths</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::PassphraseDialog</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::ReportBuilder</name>
    <message numerus="yes">
        <source>%n chain(s), confirmed first, then suspected; within each by score.</source>
        <translation>
            <numerusform>%n chain, confirmed first, then suspected; within each by score.</numerusform>
            <numerusform>%n chains, confirmed first, then suspected; within each by score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The top %n flagged flows, CHPL tier 1 first, then by the size of the gap, surge or re-export.</source>
        <translation>
            <numerusform>The one flagged flow.</numerusform>
            <numerusform>The top %n flagged flows, CHPL tier 1 first, then by the size of the gap, surge or re-export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further verdict(s), on entities that no marked chain or marked entity involves, are listed in the appendix &quot;Ownership of every other entity&quot;.</source>
        <translation>
            <numerusform>%n further verdict, on an entity that no marked chain or marked entity involves, is listed in the appendix &quot;Ownership of every other entity&quot;.</numerusform>
            <numerusform>%n further verdicts, on entities that no marked chain or marked entity involves, are listed in the appendix &quot;Ownership of every other entity&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further verdict(s), on entities that no marked chain or marked entity involves, are left out; ask for the ownership appendix to list them.</source>
        <translation>
            <numerusform>%n further verdict, on an entity that no marked chain or marked entity involves, is left out; ask for the ownership appendix to list it.</numerusform>
            <numerusform>%n further verdicts, on entities that no marked chain or marked entity involves, are left out; ask for the ownership appendix to list them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further designation(s), of entities that no marked chain or marked entity involves, are listed in the appendix &quot;Designations in the case&quot;.</source>
        <translation>
            <numerusform>%n further designation, of an entity that no marked chain or marked entity involves, is listed in the appendix &quot;Designations in the case&quot;.</numerusform>
            <numerusform>%n further designations, of entities that no marked chain or marked entity involves, are listed in the appendix &quot;Designations in the case&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further designation(s), of entities that no marked chain or marked entity involves, are left out; ask for the ownership appendix to list them.</source>
        <translation>
            <numerusform>%n further designation(s), of entities that no marked chain or marked entity involves, are left out; ask for the ownership appendix to list them.</numerusform>
            <numerusform>%n further designation(s), of entities that no marked chain or marked entity involves, are left out; ask for the ownership appendix to list them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::ReportDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::ReviewPanel</name>
    <message numerus="yes">
        <source>%n candidates</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::ShipmentOutliers</name>
    <message numerus="yes">
        <source>%n outlier shipment(s) left out: %1</source>
        <translation>
            <numerusform>%n outlier shipment left out: %1</numerusform>
            <numerusform>%n outlier shipments left out: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::TablePanel</name>
    <message numerus="yes">
        <source>%n rows match “%1”</source>
        <translation>
            <numerusform>%n row matches “%1”</numerusform>
            <numerusform>%n rows match “%1”</numerusform>
        </translation>
    </message>
</context>
</TS>
