<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>GraphRenderer</name>
    <message>
        <source>1 in %1 edges drawn at this zoom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphStyle</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>designated (outline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked (50% rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly blocked (ranges, unknown shares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigator&apos;s marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not marked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Caravan cases (*.caravan);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No data for this chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigator&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix A: Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix B: Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::AuditLogTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::CaseDocument</name>
    <message>
        <source>The case is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with the id %2 in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision on %1 and %2 could not be stored: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision on %1 and %2 could not be withdrawn: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::CaseSummaryPanel</name>
    <message>
        <source>Case contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::ChainTableModel</name>
    <message>
        <source>%1 (HS-%2 match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHPL tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last onward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::ChainsPanel</name>
    <message>
        <source>Detect Chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect re-export chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: route, HS code, flag, country…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Detect Chains to look for goods that pass through a third country to Russia or Belarus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain settings of this case cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting chains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window %1 days, quantities within %2%, transit %3, destinations %4, HS-%5, minimum score %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No chains among %n shipments with %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chains proposed (%1; %2 dismissed hidden, %3 below the minimum score). The detector ranks; you decide.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::ChartPanel</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top counterparties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By HS heading (4 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By HS-6 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By CHPL tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By country pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHPL tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to see everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter (origin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner (destination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case to chart its shipments and trade statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::ChartPlot</name>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::DecisionCommand</name>
    <message>
        <source>Withdraw decision on %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject match %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %2 into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1 as listed %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::EntityTableModel</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked (50% rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::GraphCanvas</name>
    <message>
        <source>Graph canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · Shift+drag: select an area · Ctrl+click: add to selection · F: fit · Delete: hide · Space: expand neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caravan graph view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to draw yet: this view shows the case&apos;s links or shipments once they are imported, at the date chosen below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::GraphView</name>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hierarchy (owners above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radial around selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refine (keep moved nodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running layout or measure; the view keeps what it reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: sanctions status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: betweenness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: trade value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the visible graph in the view (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest path between the two selected entities (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every path between the two selected entities up to the hop limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight everything within the hop limit of the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hops ≤ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the selection, then Space to expand its neighbours step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selection from the view (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selection in place when the layout is refined (dragging a node pins it too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the view as PNG or SVG, or the graph as GraphML or GEXF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entity in this graph matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS code, e.g. 8542</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries, e.g. KZ, KG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries as nodes, joined by the value of their shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods (HS code starts with): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the ownership graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the trade graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout of %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betweenness of %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: betweenness, approximate (%1 of %2 sources sampled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: betweenness (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly two entities (Ctrl+click) to find the paths between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No path of at most %1 links between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are not connected in this graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) of at most %1 links between %2 and %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (first 500 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shortest path, %n link(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more entities first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entities within %2 hops of the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entity to explore from (search for it, or click it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to show the neighbours of the selection, again for the next ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .graphml or .gexf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;GraphML for yEd and Gephi (*.graphml);;GEXF for Gephi (*.gexf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes · %2 edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caravan recognises Caravan CSV, FollowTheMoney, BODS, OFAC SDN and trade statistics. Any other CSV is imported through a column mapping on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped CSV (any columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.csv *.txt *.tsv *.json *.jsonl *.ftm *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a CSV file with %n columns (%1, delimiter “%2”): map them on the next page</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, encoding %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which column feeds each Caravan field, or give a value for every row. The preview shows the first rows as Caravan will read them; red cells would be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point (1234.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma (1234,5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caravan field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n values in the preview would be rejected (red); their rows will be kept as rejected rows. Check the date format and decimals.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file is imported whole or not at all: Cancel leaves the case as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows (all of them are in the Rejected rows panel):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped: %1. Files imported before it are kept; the file it stopped in left nothing behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole file (already imported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::InspectorPanel</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entity in a table to see all its names, identifiers, addresses, links and sources here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorporated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners and officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdings and directorships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments: %1 sent, %2 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::MainWindow</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, ids, goods… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Caravan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Rejected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is shown read-only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded from case schema %1; the old file was kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caravan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [read-only] — Caravan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Caravan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entities · %2 links · %3 shipments · %4 designations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Caravan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;An offline workstation for investigating sanctions circumvention: entities, ownership, sanctions lists and shipments in one case file, with the source of every fact kept.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite case files&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n marks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import entities, ownership, sanctions lists or shipments into the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected entity or shipment suspected, confirmed or dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detect Chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for goods that pass through a third country to Russia or Belarus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the PDF report of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Training Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score the Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal the Answer Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review (matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caravan will use the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipment %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot clear the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New training case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same scenario and number give the same case, so a class can work on one case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the training case as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the training case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the training case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::MarkCommand</name>
    <message>
        <source>Mark %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear mark on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::MarkDialog</name>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you judge &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saw, what you checked, what is still open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::MarkTableModel</name>
    <message>
        <source>suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::MatchCandidateModel</name>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::OwnershipPanel</name>
    <message>
        <source>control (no share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate ownership as of this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ownership rules could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the ownership rules as of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entities blocked or to review as of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entity to see whether it is blocked under the OFAC 50% rule or owned or controlled under the EU rule, and who really owns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the ownership network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not blocked under the OFAC 50% rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked under the OFAC 50% rule (%1 held by blocked persons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly blocked: up to %1 held by blocked persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review: a blocked person holds a share of unknown size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakes held by blocked owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranges that could reach 50%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakes of unknown size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control by blocked persons (does not block; flag it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is designated (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blocked through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, down to the listed persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed by the EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned under the EU rule (%1 held by listed persons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controlled under the EU rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither owned nor controlled under the EU rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective (beneficial) owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None at or above the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paths</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The 50% rule adds the stakes of blocked owners; effective ownership multiplies shares along each path and adds the paths. The two figures are never mixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::PageFlow</name>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is empty: there is nothing to report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report was generated from the case file named above. Figures, names and ids are quoted from the imported sources listed in Appendix A; the investigator&apos;s findings are marked as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::RecentFiles</name>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::RejectedRowTableModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row as read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::ReportBuilder</name>
    <message>
        <source>Untitled case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIDENTIAL — for the recipients named by the investigator only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is empty: it holds no entities, links, shipments, designations, trade statistics or marks. There is nothing to report yet. Import data into the case and mark what you find, then produce the report again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (companies: %2, persons: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ownership: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade statistics rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rows rejected: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confirmed, %2 suspected, %3 dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains from the detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A detector ranks; the investigator decides. Chains and entities appear in this report as the investigator marked them (confirmed or suspected), with the shipments and sources that support them, so that every statement can be checked against the cited declarations and files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the marks failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chain is marked confirmed or suspected in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s), confirmed first, then suspected; within each by score.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The chain detector&apos;s findings were not among this report&apos;s inputs: chains are listed by id with the investigator&apos;s marks and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods (HS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, CHPL tier %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigator&apos;s note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked by the investigator; the detector&apos;s evidence for this chain was not part of this report&apos;s inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter → importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entity of the case is blocked or owned by listed persons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFAC 50% rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controlled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakes held by blocked owners%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership verdicts (OFAC 50% rule, EU ownership and control) were not among this report&apos;s inputs. The designations recorded in the case follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designations in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading designations failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No designation is recorded in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 designations are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case holds no shipments or trade statistics to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By, on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — designated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3, HS %4, %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain (see Chains)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The investigator has not marked anything in this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every chain, entity and shipment the investigator marked, with the note given, confirmed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read, %2 imported, %3 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the sources failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file has been imported into this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file imported into the case, with its SHA-256 digest so that the copy relied on can be identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit log failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the case, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 older entries are not shown; the case file keeps them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::ReportDialog</name>
    <message>
        <source>Summary figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed and suspected chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership verdicts and designations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigator&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources with SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIDENTIAL — for the recipients named by the investigator only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::ReportPainter</name>
    <message>
        <source>Laying out the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paint on the output device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Painting the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::ReviewPanel</name>
    <message>
        <source>Find Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening against designated entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates inside the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest score shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding match candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::ShipmentTableModel</name>
    <message>
        <source>Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::SourceTableModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::StartPage</name>
    <message>
        <source>New Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caravan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Caravan helps you trace goods that reach Russia through third countries: import companies, ownership, sanctions lists and shipments into a case file, then follow the evidence.&lt;/p&gt;&lt;p&gt;Create a new case or open one you worked on.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; holds no entities, links, sanctions or shipments yet.&lt;/p&gt;&lt;p&gt;Import your files with &lt;b&gt;File &amp;gt; Import…&lt;/b&gt; (Ctrl+I): Caravan CSV, any other CSV through a column mapping, FollowTheMoney, BODS and OFAC SDN files.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::TablePanel</name>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows match “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::TaskStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::TimeFilterSlider</name>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid at date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before 24.02.2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network on the day before Russia&apos;s full-scale invasion of Ukraine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 24 February 2022 to the last date of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network on the last date of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments: all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links: all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links valid on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::TradeCharts</name>
    <message>
        <source>Shipments by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments by month and HS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments by month and CHPL tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments by month and country pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments by month and entity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caravan::TrainingPanel</name>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrongly marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rightly left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score the Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a training case with %1 planted patterns and %2 near misses. Mark what you suspect (Ctrl+M) in the tables, the chains or the graph, then score the marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 of %2 planted patterns, missed %3; %4 of %5 near misses wrongly marked; %6 other marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near miss (breaks: %1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sanctions-circumvention investigation workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window with the case open into a PNG file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en, ru or kk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on this tab (its number, from 1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
