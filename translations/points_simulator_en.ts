<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../simulator/gui/windows/about.py" line="+53"/>
        <source>About {0}</source>
        <translation>About {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rule packs</source>
        <translation>Rule packs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components</source>
        <translation>Components</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works out points-settlement scores point by point from the official rules, offline: it never uses the network. An estimate only: the official system&apos;s result prevails.</source>
        <translation>Works out points-settlement scores point by point from the official rules, offline: it never uses the network. An estimate only: the official system&apos;s result prevails.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rule pack</source>
        <translation>Rule pack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration years</source>
        <translation>Declaration years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data version</source>
        <translation>Data version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content hash</source>
        <translation>Content hash</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the rule packs: {0}</source>
        <translation>Cannot read the rule packs: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} onwards</source>
        <translation>{0} onwards</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The full licence texts are in this folder: {0}</source>
        <translation>The full licence texts are in this folder: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copyright</source>
        <translation>Copyright</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home page</source>
        <translation>Home page</translation>
    </message>
</context>
<context>
    <name>AgePage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/age.py" line="+28"/>
        <source>Change birth &amp;date</source>
        <translation>Change birth &amp;date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Birth date: {0} (entered on the Qualification page).</source>
        <translation>Birth date: {0} (entered on the Qualification page).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No birth date yet: enter it on the Qualification page.</source>
        <translation>No birth date yet: enter it on the Qualification page.</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <location filename="../simulator/cities/beijing/pages/area.py" line="+18"/>
        <source>This indicator rewards an own home outside the six central districts (entered on the housing page), and more if you also work outside them. Enter where you worked: the district of the employer that pays your social insurance.</source>
        <translation>This indicator rewards an own home outside the six central districts (entered on the housing page), and more if you also work outside them. Enter where you worked: the district of the employer that pays your social insurance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Workplaces</source>
        <translation>&amp;Workplaces</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <location filename="../simulator/gui/windows/ask.py" line="+14"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder is read-only</source>
        <translation>the folder is read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a part of the path is a file, not a folder</source>
        <translation>a part of the path is a file, not a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that is a folder</source>
        <translation>that is a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is too long</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the system refused (error {0})</source>
        <translation>the system refused (error {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the program could not do it with these entries</source>
        <translation>the program could not do it with these entries</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../simulator/gui/stored/autosave.py" line="+209"/>
        <source>Autosave failed ({0}); your entries are kept in this window.</source>
        <translation>Autosave failed ({0}); your entries are kept in this window.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Restore unsaved applicant?</source>
        <translation>Restore unsaved applicant?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program was not closed normally, and an applicant with unsaved entries was kept (autosaved {0}). Restore it exactly as it was?</source>
        <translation>The program was not closed normally, and an applicant with unsaved entries was kept (autosaved {0}). Restore it exactly as it was?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No discards the kept entries.</source>
        <translation>No discards the kept entries.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not restored</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kept entries could not be restored; they are left in {0}.</source>
        <translation>The kept entries could not be restored; they are left in {0}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored, but not scored</source>
        <translation>Restored, but not scored</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kept entries are back in the window, unsaved, but they cannot be scored ({0}). Check the entries; nothing was discarded, and quitting asks before anything is lost.</source>
        <translation>The kept entries are back in the window, unsaved, but they cannot be scored ({0}). Check the entries; nothing was discarded, and quitting asks before anything is lost.</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <location filename="../simulator/gui/windows/batch_window.py" line="+307"/>
        <source>Score many applicants</source>
        <translation>Score many applicants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Applicants file:</source>
        <translation>&amp;Applicants file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a .xlsx or .csv file in the batch layout</source>
        <translation>a .xlsx or .csv file in the batch layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a &amp;template…</source>
        <translation>Write a &amp;template…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration &amp;year:</source>
        <translation>Declaration &amp;year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Output folder:</source>
        <translation>&amp;Output folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write one &amp;PDF worksheet per applicant</source>
        <translation>Also write one &amp;PDF worksheet per applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show ID numbers &amp;unmasked in the summary</source>
        <translation>Show ID numbers &amp;unmasked in the summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the output &amp;folder</source>
        <translation>Open the output &amp;folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the applicant in the &amp;wizard</source>
        <translation>Open the applicant in the &amp;wizard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ranking ({0})</source>
        <translation>Ranking ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems ({0})</source>
        <translation>Problems ({0})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applicants file</source>
        <translation>Applicants file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Output folder</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write a template</source>
        <translation>Write a template</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write the template: {0}</source>
        <translation>Could not write the template: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template written to {0}. Fill in one applicant per row; the notes sheet explains every column.</source>
        <translation>Template written to {0}. Fill in one applicant per row; the notes sheet explains every column.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Replace the earlier results?</source>
        <translation>Replace the earlier results?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output folder already holds the results of an earlier batch ({0}). Replace them?</source>
        <translation>The output folder already holds the results of an earlier batch ({0}). Replace them?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output folder: choose another folder, or replace the earlier results.</source>
        <translation>Output folder: choose another folder, or replace the earlier results.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Applicants file: choose a .xlsx or .csv file first.</source>
        <translation>Applicants file: choose a .xlsx or .csv file first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applicants file: {0} does not exist.</source>
        <translation>Applicants file: {0} does not exist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output folder: choose where the summary is written.</source>
        <translation>Output folder: choose where the summary is written.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Declaration year: {0}</source>
        <translation>Declaration year: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scoring: %v of %m rows</source>
        <translation>Scoring: %v of %m rows</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the summary</source>
        <translation>Writing the summary</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} applicants scored ({1} qualified), {2} rows with problems, in {3:.1f} s. Written to {4}.</source>
        <translation>{0} applicants scored ({1} qualified), {2} rows with problems, in {3:.1f} s. Written to {4}.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{0}, row {1}</source>
        <translation>{0}, row {1}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The row cannot be opened: {0}</source>
        <translation>The row cannot be opened: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {0} of the file is no longer the applicant scored: run the batch again.</source>
        <translation>Row {0} of the file is no longer the applicant scored: run the batch again.</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../simulator/gui/windows/rules_comparison_window.py" line="+57"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the same</source>
        <translation>the same</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/choices.py" line="+14"/>
        <source>{0} (central)</source>
        <translation>{0} (central)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Honorary title (荣誉称号)</source>
        <translation>Honorary title (荣誉称号)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commendation or award (表彰奖励)</source>
        <translation>Commendation or award (表彰奖励)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>National (国家级)</source>
        <translation>National (国家级)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provincial (省级)</source>
        <translation>Provincial (省级)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipal (市级)</source>
        <translation>Municipal (市级)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District or county (区县级)</source>
        <translation>District or county (区县级)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Senior (正高级)</source>
        <translation>Senior (正高级)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy senior (副高级)</source>
        <translation>Deputy senior (副高级)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate (中级)</source>
        <translation>Intermediate (中级)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistant / junior (初级)</source>
        <translation>Assistant / junior (初级)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Senior technician (高级技师, level 1)</source>
        <translation>Senior technician (高级技师, level 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician (技师, level 2)</source>
        <translation>Technician (技师, level 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior worker (高级工, level 3)</source>
        <translation>Senior worker (高级工, level 3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate worker (中级工, level 4)</source>
        <translation>Intermediate worker (中级工, level 4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Junior worker (初级工, level 5)</source>
        <translation>Junior worker (初级工, level 5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Criminal conviction (刑事犯罪)</source>
        <translation>Criminal conviction (刑事犯罪)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compulsory drug rehabilitation (强制隔离戒毒)</source>
        <translation>Compulsory drug rehabilitation (强制隔离戒毒)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial detention (司法拘留)</source>
        <translation>Judicial detention (司法拘留)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>National dishonesty list</source>
        <translation>National dishonesty list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provincial dishonesty list</source>
        <translation>Provincial dishonesty list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipal dishonesty list</source>
        <translation>Municipal dishonesty list</translation>
    </message>
</context>
<context>
    <name>CityHonoursPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/city_honours.py" line="+19"/>
        <source>Add a row for each honour or commendation, with the level of the body that awarded it, the year and the city you lived in when you earned it. Most people have none and leave the table empty.</source>
        <translation>Add a row for each honour or commendation, with the level of the body that awarded it, the year and the city you lived in when you earned it. Most people have none and leave the table empty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hon&amp;ours</source>
        <translation>Hon&amp;ours</translation>
    </message>
</context>
<context>
    <name>CityRowsModel</name>
    <message>
        <location filename="../simulator/gui/windows/comparison_window.py" line="+61"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule edition</source>
        <translation>Rule edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total or channel</source>
        <translation>Total or channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with</source>
        <translation>Compared with</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel: {0}</source>
        <translation>Channel: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A RANGE ({0} values not known)</source>
        <translation>A RANGE ({0} values not known)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(one-vote veto)</source>
        <translation>(one-vote veto)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reached even at the lowest total</source>
        <translation>reached even at the lowest total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reached even at the highest total</source>
        <translation>not reached even at the highest total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depends on the values not known</source>
        <translation>depends on the values not known</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT met (what-if)</source>
        <translation>NOT met (what-if)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pass mark {0} ({1})</source>
        <translation>pass mark {0} ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} line {1} ({2})</source>
        <translation>{0} line {1} ({2})</translation>
    </message>
</context>
<context>
    <name>CityTaxPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/city_tax.py" line="+16"/>
        <source>&amp;Income tax by year</source>
        <translation>&amp;Income tax by year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax paid by an &amp;enterprise you invested in</source>
        <translation>Tax paid by an &amp;enterprise you invested in</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the personal income tax you paid for each natural year, with the city where it was paid, as the tax app&apos;s income-and-tax detail shows it. One list serves every city; each city counts its own years.</source>
        <translation>Enter the personal income tax you paid for each natural year, with the city where it was paid, as the tax app&apos;s income-and-tax detail shows it. One list serves every city; each city counts its own years.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/headers.py" line="+13"/>
        <source>Start month</source>
        <translation>Start month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End month</source>
        <translation>End month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back-paid</source>
        <translation>Back-paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred in</source>
        <translation>Transferred in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lease registered</source>
        <translation>Lease registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer (optional)</source>
        <translation>Employer (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income tax paid (yuan)</source>
        <translation>Income tax paid (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same act as</source>
        <translation>Same act as</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Honour</source>
        <translation>Honour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or note</source>
        <translation>Name or note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued on (optional)</source>
        <translation>Issued on (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax paid by the enterprise (yuan)</source>
        <translation>Tax paid by the enterprise (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (ml)</source>
        <translation>Amount (ml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Granted on</source>
        <translation>Granted on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (optional)</source>
        <translation>Title (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First patentee</source>
        <translation>First patentee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtained by transfer</source>
        <translation>Obtained by transfer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serious crime</source>
        <translation>Serious crime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentence (years)</source>
        <translation>Sentence (years)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diploma (学历)</source>
        <translation>Diploma (学历)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degree (学位)</source>
        <translation>Degree (学位)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study start</source>
        <translation>Study start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study end</source>
        <translation>Study end</translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <location filename="../simulator/gui/windows/comparison_window.py" line="+149"/>
        <source>Export comparison PDF</source>
        <translation>Export comparison PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF not written</source>
        <translation>PDF not written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The worksheet could not be written: {0}</source>
        <translation>The worksheet could not be written: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>City comparison</source>
        <translation>City comparison</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same applicant under each city&apos;s rules, side by side. The facts are entered once; each city scores those it uses.</source>
        <translation>The same applicant under each city&apos;s rules, side by side. The facts are entered once; each city scores those it uses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>* not known (an official value, or an answer): that city&apos;s points there are a range.</source>
        <translation>* not known (an official value, or an answer): that city&apos;s points there are a range.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export comparison PDF...</source>
        <translation>&amp;Export comparison PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../simulator/gui/windows/crash.py" line="+57"/>
        <source>An unexpected error happened. The program keeps running.</source>
        <translation>An unexpected error happened. The program keeps running.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your entries are kept in this window, and autosaved.</source>
        <translation>Your entries are kept in this window, and autosaved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your entries are kept in this window; save them to a file to be safe.</source>
        <translation>Your entries are kept in this window; save them to a file to be safe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details are in the log file:
{0}</source>
        <translation>Details are in the log file:
{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>DeductionsPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/deductions.py" line="+23"/>
        <source>Convictions, drug &amp;rehabilitation, judicial detentions</source>
        <translation>Convictions, drug &amp;rehabilitation, judicial detentions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Administrative &amp;detentions</source>
        <translation>Administrative &amp;detentions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax &amp;violations on record</source>
        <translation>Tax &amp;violations on record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dish&amp;onesty listings</source>
        <translation>Dish&amp;onesty listings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Took part in a banned or&amp;ganisation</source>
        <translation>Took part in a banned or&amp;ganisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD, or empty</source>
        <translation>YYYY-MM-DD, or empty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found to have &amp;cheated in a points application, on:</source>
        <translation>Found to have &amp;cheated in a points application, on:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter any record that may take points away, with its date; most people have none. Records that arise from one act share the same label under “Same act as”.</source>
        <translation>Enter any record that may take points away, with its date; most people have none. Records that arise from one act share the same label under “Same act as”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>One-vote veto: the application is ruled out.</source>
        <translation>One-vote veto: the application is ruled out.</translation>
    </message>
</context>
<context>
    <name>Derivation</name>
    <message>
        <location filename="../simulator/gui/widgets/derivation.py" line="+18"/>
        <source>checked against published scores</source>
        <translation>checked against published scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two or more sources agree</source>
        <translation>two or more sources agree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one source</source>
        <translation>one source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not confirmed: check before relying on it</source>
        <translation>not confirmed: check before relying on it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no source found</source>
        <translation>no source found</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} points</source>
        <translation>{0} points</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not counted</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known, so the points are a range</source>
        <translation>Not known, so the points are a range</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>What was counted</source>
        <translation>What was counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calculation</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules applied</source>
        <translation>Rules applied</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT met</source>
        <translation>NOT met</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No published lines are known for this city.</source>
        <translation>No published lines are known for this city.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your total</source>
        <translation>Your total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed threshold</source>
        <translation>fixed threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNCONFIRMED: one unofficial source</source>
        <translation>UNCONFIRMED: one unofficial source</translation>
    </message>
</context>
<context>
    <name>DerivationView</name>
    <message>
        <location line="+54"/>
        <source>The derivation appears once the birth date and the retirement category are entered (Qualification page).</source>
        <translation>The derivation appears once the birth date and the retirement category are entered (Qualification page).</translation>
    </message>
</context>
<context>
    <name>EducationPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/education.py" line="+18"/>
        <source>None (below junior college)</source>
        <translation>None (below junior college)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Di&amp;ploma (学历)</source>
        <translation>Di&amp;ploma (学历)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;gree (学位)</source>
        <translation>De&amp;gree (学位)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Highest &amp;qualification:</source>
        <translation>Highest &amp;qualification:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held:</source>
        <translation>Held:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study &amp;start:</source>
        <translation>Study &amp;start:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study &amp;end:</source>
        <translation>Study &amp;end:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Institution (optional):</source>
        <translation>&amp;Institution (optional):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Other qualifications held (optional)</source>
        <translation>&amp;Other qualifications held (optional)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the highest qualification, with its diploma (学历) and degree (学位) as certified; list any other qualification below. Each is scored under the rules, and the one giving the highest total counts.</source>
        <translation>Enter the highest qualification, with its diploma (学历) and degree (学位) as certified; list any other qualification below. Each is scored under the rules, and the one giving the highest total counts.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>High school or technical secondary school (高中、中专)</source>
        <translation>High school or technical secondary school (高中、中专)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Junior college (大专)</source>
        <translation>Junior college (大专)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bachelor (本科)</source>
        <translation>Bachelor (本科)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master (硕士)</source>
        <translation>Master (硕士)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor (博士)</source>
        <translation>Doctor (博士)</translation>
    </message>
</context>
<context>
    <name>EmploymentPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/employment.py" line="+22"/>
        <source>&amp;Social-insurance periods</source>
        <translation>&amp;Social-insurance periods</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Workplaces</source>
        <translation>&amp;Workplaces</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the periods of social insurance as your payment record lists them (pension insurance), one row per unbroken period, with the city where it was paid: one list serves every city, and each city&apos;s rules read their own rows. Leave the end empty if you are still paying.</source>
        <translation>Enter the periods of social insurance as your payment record lists them (pension insurance), one row per unbroken period, with the city where it was paid: one list serves every city, and each city&apos;s rules read their own rows. Leave the end empty if you are still paying.</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <location filename="../simulator/gui/widgets/explanation.py" line="+41"/>
        <source>No explanation is available for this city yet.</source>
        <translation>No explanation is available for this city yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What counts</source>
        <translation>What counts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the points are computed</source>
        <translation>How the points are computed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which document proves it</source>
        <translation>Which document proves it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who verifies it</source>
        <translation>Who verifies it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to look it up</source>
        <translation>Where to look it up</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not confirmed: our sources do not say)</source>
        <translation>(not confirmed: our sources do not say)</translation>
    </message>
</context>
<context>
    <name>FactRows</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/fact_rows.py" line="+15"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/facts.py" line="+17"/>
        <source>These facts only this city&apos;s rules ask about. Answer what you know; a question left “not answered” is never guessed: the points it decides are shown as a range until you answer it.</source>
        <translation>These facts only this city&apos;s rules ask about. Answer what you know; a question left “not answered” is never guessed: the points it decides are shown as a range until you answer it.</translation>
    </message>
</context>
<context>
    <name>HomesPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/homes.py" line="+17"/>
        <source>Housing &amp;periods</source>
        <translation>Housing &amp;periods</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Own home</source>
        <translation>Own home</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rented</source>
        <translation>Rented</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Employer dormitory</source>
        <translation>Employer dormitory</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter where you lived, one row per home and period, with its city: an own home, a rented home or an employer dormitory. Leave the end empty if you still live there.</source>
        <translation>Enter where you lived, one row per home and period, with its city: an own home, a rented home or an employer dormitory. Leave the end empty if you still live there.</translation>
    </message>
</context>
<context>
    <name>HonoursPage</name>
    <message>
        <location filename="../simulator/cities/beijing/pages/honours.py" line="+16"/>
        <source>Add a row for each honour you hold; most people have none and leave the table empty.</source>
        <translation>Add a row for each honour you hold; most people have none and leave the table empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hon&amp;ours</source>
        <translation>Hon&amp;ours</translation>
    </message>
</context>
<context>
    <name>IdNumberField</name>
    <message>
        <location filename="../simulator/gui/widgets/id_field.py" line="+43"/>
        <source>Sho&amp;w</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole ID number (it is masked by default).</source>
        <translation>Show the whole ID number (it is masked by default).</translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/columns.py" line="+113"/>
        <source>Your points, step by step</source>
        <translation>Your points, step by step</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not scored: {0} settles directly through a channel of its own, without points (see the Route page).</source>
        <translation>Not scored: {0} settles directly through a channel of its own, without points (see the Route page).</translation>
    </message>
</context>
<context>
    <name>InnovationPage</name>
    <message>
        <location filename="../simulator/cities/beijing/pages/innovation.py" line="+21"/>
        <source>One item counts. For an award or a competition prize, pick its tier from the official tier table: which named award belongs to which tier is not known to this program.</source>
        <translation>One item counts. For an award or a competition prize, pick its tier from the official tier table: which named award belongs to which tier is not known to this program.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— choose the tier —</source>
        <translation>— choose the tier —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 12.5</source>
        <translation>e.g. 12.5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 25000000</source>
        <translation>e.g. 25000000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Worked there a full natural year</source>
        <translation>&amp;Worked there a full natural year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole years</source>
        <translation>whole years</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Item:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tier (points):</source>
        <translation>&amp;Tier (points):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Share held (%):</source>
        <translation>&amp;Share held (%):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Financing &amp;raised, last 3 years (yuan):</source>
        <translation>Financing &amp;raised, last 3 years (yuan):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Years:</source>
        <translation>&amp;Years:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description (optional):</source>
        <translation>&amp;Description (optional):</translation>
    </message>
</context>
<context>
    <name>LawAbidingPage</name>
    <message>
        <location filename="../simulator/cities/beijing/pages/law_abiding.py" line="+17"/>
        <source>Enter any administrative detention (行政拘留) in this city, with its date. A criminal record is not entered here: it is one of the conditions on the Qualification page.</source>
        <translation>Enter any administrative detention (行政拘留) in this city, with its date. A criminal record is not entered here: it is one of the conditions on the Qualification page.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Administrative &amp;detentions</source>
        <translation>Administrative &amp;detentions</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../simulator/gui/windows/main_window.py" line="+219"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New applicant</source>
        <translation>&amp;New applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open e&amp;xample</source>
        <translation>Open e&amp;xample</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As...</source>
        <translation>Save &amp;As...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent files</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export worksheet PDF...</source>
        <translation>&amp;Export worksheet PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print worksheet...</source>
        <translation>&amp;Print worksheet...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Keyboard</source>
        <translation>&amp;Keyboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(off in kiosk mode)</source>
        <translation>(off in kiosk mode)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Example {0}</source>
        <translation>Example {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New applicant</source>
        <translation>New applicant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WHAT-IF (not qualified)</source>
        <translation>WHAT-IF (not qualified)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(the file was saved for {0})</source>
        <translation>(the file was saved for {0})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant has unsaved changes. Save them first?</source>
        <translation>The applicant has unsaved changes. Save them first?</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Recent files</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also remove {0} from the recent files?</source>
        <translation>Also remove {0} from the recent files?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open applicant file</source>
        <translation>Open applicant file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File not found</source>
        <translation>File not found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} no longer exists; it is removed from the list.</source>
        <translation>{0} no longer exists; it is removed from the list.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Example: {0}</source>
        <translation>Example: {0}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} cannot be opened; nothing was changed.</source>
        <translation>{0} cannot be opened; nothing was changed.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This file was saved for {0} ({1}), rules not installed here: it is scored under the rules chosen.</source>
        <translation>This file was saved for {0} ({1}), rules not installed here: it is scored under the rules chosen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file does not say which declaration it was made for (it was saved by an earlier version): it is scored under the rules chosen, {0}. Saving it records them.</source>
        <translation>This file does not say which declaration it was made for (it was saved by an earlier version): it is scored under the rules chosen, {0}. Saving it records them.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved with the total {0} (rules data {1}); it is {2} now (rules data {3}): the rules data has changed since.</source>
        <translation>Saved with the total {0} (rules data {1}); it is {2} now (rules data {3}): the rules data has changed since.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Applicant files (*.json)</source>
        <translation>Applicant files (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Save applicant file</source>
        <translation>Save applicant file</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>applicant</source>
        <translation>applicant</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>{0}, row {1}: {2}</source>
        <translation>{0}, row {1}: {2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some entries are not valid yet, and the file can only hold valid ones. Correct these first:</source>
        <translation>Some entries are not valid yet, and the file can only hold valid ones. Correct these first:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} could not be written: {1}</source>
        <translation>{0} could not be written: {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+83"/>
        <source>No worksheet yet</source>
        <translation>No worksheet yet</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+83"/>
        <source>Enter the birth date and the retirement category first.</source>
        <translation>Enter the birth date and the retirement category first.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>PDF not available</source>
        <translation>PDF not available</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The PDF worksheet is not available in this version of the program.</source>
        <translation>The PDF worksheet is not available in this version of the program.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export worksheet PDF</source>
        <translation>Export worksheet PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PDF not written</source>
        <translation>PDF not written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The worksheet could not be written: {0}</source>
        <translation>The worksheet could not be written: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worksheet written to {0}</source>
        <translation>Worksheet written to {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>worksheet</source>
        <translation>worksheet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Folder for walk-ins&apos; worksheets</source>
        <translation>Folder for walk-ins&apos; worksheets</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print worksheet</source>
        <translation>Print worksheet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Worksheet sent to the printer.</source>
        <translation>Worksheet sent to the printer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keyboard</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Alt+N / Ctrl+Page Down: next page
Alt+B / Ctrl+Page Up: previous page
Ctrl+1 … Ctrl+9 (Ctrl+0: the tenth), Ctrl+G: the page of that number
Enter in a text field: next page
Alt + underlined letter: go to that field
Drop-down lists: type to find an entry (letters, or Chinese)
Tables: Insert adds a row, typing fills a cell, Tab goes to the next cell, F2 edits, Space ticks a box, Ctrl+Delete removes the row
Ctrl+N: new applicant · Ctrl+O: open · Ctrl+S: save · Ctrl+E: PDF worksheet · Ctrl+P: print · Ctrl+Q: quit</source>
        <translation>Alt+N / Ctrl+Page Down: next page
Alt+B / Ctrl+Page Up: previous page
Ctrl+1 … Ctrl+9 (Ctrl+0: the tenth), Ctrl+G: the page of that number
Enter in a text field: next page
Alt + underlined letter: go to that field
Drop-down lists: type to find an entry (letters, or Chinese)
Tables: Insert adds a row, typing fills a cell, Tab goes to the next cell, F2 edits, Space ticks a box, Ctrl+Delete removes the row
Ctrl+N: new applicant · Ctrl+O: open · Ctrl+S: save · Ctrl+E: PDF worksheet · Ctrl+P: print · Ctrl+Q: quit</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{0} {1}

Works out points-settlement scores point by point from the official rules, offline. An estimate only: the official system&apos;s result prevails.

Chinese text uses the bundled WenQuanYi Micro Hei font (Apache-2.0).</source>
        <translation>{0} {1}

Works out points-settlement scores point by point from the official rules, offline. An estimate only: the official system&apos;s result prevails.

Chinese text uses the bundled WenQuanYi Micro Hei font (Apache-2.0).</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Missing translation files: {0}</source>
        <translation>Missing translation files: {0}</translation>
    </message>
    <message>
        <location line="-455"/>
        <source>&amp;Walk-in desk mode (no names, no recent files)</source>
        <translation>&amp;Walk-in desk mode (no names, no recent files)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in export &amp;folder...</source>
        <translation>Walk-in export &amp;folder...</translation>
    </message>
    <message>
        <location line="+467"/>
        <source>About</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>MissingBanner</name>
    <message>
        <location filename="../simulator/gui/widgets/missing_banner.py" line="+41"/>
        <source>S&amp;upply the official value...</source>
        <translation>S&amp;upply the official value...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens Analysis → Rule values you supply, where the values are typed and checked.</source>
        <translation>Opens Analysis → Rule values you supply, where the values are typed and checked.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not known: {0}. Our sources do not give it (or it is not answered yet), so these points are a range, never a guess. If you hold the official table, you can supply the value.</source>
        <translation>Not known: {0}. Our sources do not give it (or it is not answered yet), so these points are a range, never a guess. If you hold the official table, you can supply the value.</translation>
    </message>
</context>
<context>
    <name>OverrideEditor</name>
    <message>
        <location filename="../simulator/gui/windows/override_editor.py" line="+169"/>
        <source>official value not available</source>
        <translation>official value not available</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{0} was not loaded:</source>
        <translation>{0} was not loaded:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} could not be written: {1}</source>
        <translation>{0} could not be written: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load override file</source>
        <translation>Load override file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save override file</source>
        <translation>Save override file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Override files (*.toml)</source>
        <translation>Override files (*.toml)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must not be negative ({0} was typed)</source>
        <translation>must not be negative ({0} was typed)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{0}”: {1}</source>
        <translation>“{0}”: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}”: not accepted ({1})</source>
        <translation>“{0}”: not accepted ({1})</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Rule values you supply</source>
        <translation>Rule values you supply</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Values of the rules {0} that the sources do not give are listed below. If you hold the official table, type the value and where it comes from; the score then uses it and every result and worksheet labels it as user-supplied.</source>
        <translation>Values of the rules {0} that the sources do not give are listed below. If you hold the official table, type the value and where it comes from; the score then uses it and every result and worksheet labels it as user-supplied.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;every value of the rules (to replace one)</source>
        <translation>Show &amp;every value of the rules (to replace one)</translation>
    </message>
    <message>
        <location line="-206"/>
        <location line="+41"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+41"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>A table of values: it cannot be supplied here.</source>
        <translation>A table of values: it cannot be supplied here.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>write yes or no</source>
        <translation>write yes or no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write it as pairs, e.g. 45 → 20; 46 → 19</source>
        <translation>write it as pairs, e.g. 45 → 20; 46 → 19</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>too large (at most {0})</source>
        <translation>too large (at most {0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a month and day (write MM-DD, e.g. 12-31)</source>
        <translation>not a month and day (write MM-DD, e.g. 12-31)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a month (write YYYY-MM, the month 01 to 12)</source>
        <translation>not a month (write YYYY-MM, the month 01 to 12)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{0}”: not accepted as typed</source>
        <translation>“{0}”: not accepted as typed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>write one of: {0}</source>
        <translation>write one of: {0}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Use these values for every applicant, not only this one (kept in this computer&apos;s settings; each applicant file keeps its own)</source>
        <translation>&amp;Use these values for every applicant, not only this one (kept in this computer&apos;s settings; each applicant file keeps its own)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These rules give every value this score needs. To replace one, show every value.</source>
        <translation>These rules give every value this score needs. To replace one, show every value.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule pack</source>
        <translation>Rule pack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source (where it comes from)</source>
        <translation>Source (where it comes from)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply to the score</source>
        <translation>&amp;Apply to the score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load override file...</source>
        <translation>&amp;Load override file...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save override file...</source>
        <translation>&amp;Save override file...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove all</source>
        <translation>&amp;Remove all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>PatentsPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/patents.py" line="+16"/>
        <source>Invention &amp;patents</source>
        <translation>Invention &amp;patents</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a row for each invention patent (发明专利) granted to you, with the date of the grant. For a patent held with others, tick “Shared” and say whether you are the first patentee; tick “Obtained by transfer” for one you bought rather than invented.</source>
        <translation>Add a row for each invention patent (发明专利) granted to you, with the date of the grant. For a patent held with others, tick “Shared” and say whether you are the first patentee; tick “Obtained by transfer” for one you bought rather than invented.</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <location filename="../simulator/gui/windows/printout.py" line="+23"/>
        <source>Points worksheet</source>
        <translation>Points worksheet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted up to</source>
        <translation>Counted up to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settles through another channel, not by points: {0}</source>
        <translation>Settles through another channel, not by points: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(what-if: not every condition is met)</source>
        <translation>(what-if: not every condition is met)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with past lines</source>
        <translation>Compared with past lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every indicator</source>
        <translation>Every indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An estimate only: the official system’s result prevails.</source>
        <translation>An estimate only: the official system’s result prevails.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../simulator/gui/form/messages.py" line="+13"/>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose one of the options.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{0}” is not a month: write it as YYYY-MM, for example 2020-08.</source>
        <translation>“{0}” is not a month: write it as YYYY-MM, for example 2020-08.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{0}” is not a date: write it as YYYY-MM-DD, for example 1985-06-15.</source>
        <translation>“{0}” is not a date: write it as YYYY-MM-DD, for example 1985-06-15.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{0}” is not a year: write four digits, for example 2024.</source>
        <translation>“{0}” is not a year: write four digits, for example 2024.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{0}” is not a number: write it in digits, for example 120000, 120,000 or 12万.</source>
        <translation>“{0}” is not a number: write it in digits, for example 120000, 120,000 or 12万.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{0}” is not a whole number.</source>
        <translation>“{0}” is not a whole number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Must be at least {0}.</source>
        <translation>Must be at least {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Must be at most {0}.</source>
        <translation>Must be at most {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end month {0} is before the start month {1}.</source>
        <translation>The end month {0} is before the start month {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last day {0} is before the first day {1}.</source>
        <translation>The last day {0} is before the first day {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give both the start and the end month of study, or neither.</source>
        <translation>Give both the start and the end month of study, or neither.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The study end {0} is before the study start {1}.</source>
        <translation>The study end {0} is before the study start {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick the diploma, the degree, or both.</source>
        <translation>Tick the diploma, the degree, or both.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overlaps row {0}: a month can be counted only once. Correct one of the two periods.</source>
        <translation>Overlaps row {0}: a month can be counted only once. Correct one of the two periods.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The year {0} is already entered in row {1}.</source>
        <translation>The year {0} is already entered in row {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A birth date before 1900 is not plausible.</source>
        <translation>A birth date before 1900 is not plausible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After the cut-off {0}: not counted for the {1} declaration.</source>
        <translation>After the cut-off {0}: not counted for the {1} declaration.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The birth date is after the cut-off {0}.</source>
        <translation>The birth date is after the cut-off {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a district of this city: choose one from the list.</source>
        <translation>Not a district of this city: choose one from the list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These rules have no such item: choose another or “None”.</source>
        <translation>These rules have no such item: choose another or “None”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a tier of this item under these rules: choose one from the list.</source>
        <translation>Not a tier of this item under these rules: choose one from the list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These rules do not recognise this honour: choose one from the list.</source>
        <translation>These rules do not recognise this honour: choose one from the list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rules “{0}” apply to the declaration years {1}: choose another year or edition.</source>
        <translation>The rules “{0}” apply to the declaration years {1}: choose another year or edition.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An ID number has 18 characters (15 on the old cards); this one has {0}.</source>
        <translation>An ID number has 18 characters (15 on the old cards); this one has {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An ID number is digits only; the last of 18 may be an X.</source>
        <translation>An ID number is digits only; the last of 18 may be an X.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The region code {0} (the first six digits) is not the code of a province and prefecture.</source>
        <translation>The region code {0} (the first six digits) is not the code of a province and prefecture.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The birth date in the ID number, {0}, is not a date.</source>
        <translation>The birth date in the ID number, {0}, is not a date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birth date in the ID number, {0}, is after today.</source>
        <translation>The birth date in the ID number, {0}, is after today.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check digit does not match: from the first 17 digits the last should be {0}, not {1}. Check the number for a typing error.</source>
        <translation>The check digit does not match: from the first 17 digits the last should be {0}, not {1}. Check the number for a typing error.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ID number gives the birth date {0}, not {1}: correct one of the two (the rules use the ID card&apos;s).</source>
        <translation>The ID number gives the birth date {0}, not {1}: correct one of the two (the rules use the ID card&apos;s).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ID number is a man&apos;s: correct the category or the ID number.</source>
        <translation>The ID number is a man&apos;s: correct the category or the ID number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID number is a woman&apos;s: correct the category or the ID number.</source>
        <translation>The ID number is a woman&apos;s: correct the category or the ID number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not accepted: {0}</source>
        <translation>Not accepted: {0}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../simulator/gui/windows/batch_window.py" line="-392"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProjectionChart</name>
    <message>
        <location filename="../simulator/gui/windows/projection_view.py" line="+121"/>
        <source>No declaration year is left before the retirement age.</source>
        <translation>No declaration year is left before the retirement age.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>projected total</source>
        <translation>projected total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not qualified that year</source>
        <translation>not qualified that year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published line</source>
        <translation>published line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unconfirmed line</source>
        <translation>unconfirmed line</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>estimate of future lines</source>
        <translation>estimate of future lines</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>estimate</source>
        <translation>estimate</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Projected total by declaration year</source>
        <translation>Projected total by declaration year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From {0} to {1}: {2} to {3} points; the shaded band is an estimate of future lines.</source>
        <translation>From {0} to {1}: {2} to {3} points; the shaded band is an estimate of future lines.</translation>
    </message>
</context>
<context>
    <name>ProjectionView</name>
    <message>
        <location line="+255"/>
        <source>If today&apos;s situation continues (as of {0}).</source>
        <translation>If today&apos;s situation continues (as of {0}).</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>The coming round (the first whose cut-off is after {0}); no earlier round to compare with.</source>
        <translation>The coming round (the first whose cut-off is after {0}); no earlier round to compare with.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The coming round, against the {0} round (the last whose cut-off has passed):</source>
        <translation>The coming round, against the {0} round (the last whose cut-off has passed):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The coming round: the same as the {0} round.</source>
        <translation>The coming round: the same as the {0} round.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No change from {0}: the facts that count stay the same.</source>
        <translation>No change from {0}: the facts that count stay the same.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Against {0}:</source>
        <translation>Against {0}:</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>If today&apos;s situation continues (as of {0}); statutory retirement age reached on {1}.</source>
        <translation>If today&apos;s situation continues (as of {0}); statutory retirement age reached on {1}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Estimate: {0}</source>
        <translation>Estimate: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No estimate of future lines: fewer than two published yearly lines.</source>
        <translation>No estimate of future lines: fewer than two published yearly lines.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would raise the score (most points first)</source>
        <translation>What would raise the score (most points first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No suggestion gains points in the coming rounds.</source>
        <translation>No suggestion gains points in the coming rounds.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0}: {1} points</source>
        <translation>{0}: {1} points</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Round {0}: {1} points</source>
        <translation>Round {0}: {1} points</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>what-if: not every condition is met</source>
        <translation>what-if: not every condition is met</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line estimate {0} to {1}</source>
        <translation>line estimate {0} to {1}</translation>
    </message>
</context>
<context>
    <name>ProjectionWindow</name>
    <message>
        <location filename="../simulator/gui/windows/projection_window.py" line="+49"/>
        <source>Enter the birth date and the retirement category to see a projection.</source>
        <translation>Enter the birth date and the retirement category to see a projection.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No projection for these rules: {0}</source>
        <translation>No projection for these rules: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projection and what-ifs</source>
        <translation>Projection and what-ifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assume the income tax of the latest year entered is paid again every year (&amp;tax assumption)</source>
        <translation>Assume the income tax of the latest year entered is paid again every year (&amp;tax assumption)</translation>
    </message>
</context>
<context>
    <name>PublicGoodPage</name>
    <message>
        <location filename="../simulator/cities/hangzhou/pages/public_good.py" line="+18"/>
        <source>Enter what the certificates show: each blood donation with its amount, registered volunteer hours by year (as the volunteer platform records them) and each charitable donation with its receipt. Only the years the rules look back over count; the derivations below say which.</source>
        <translation>Enter what the certificates show: each blood donation with its amount, registered volunteer hours by year (as the volunteer platform records them) and each charitable donation with its receipt. Only the years the rules look back over count; the derivations below say which.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Donated haematopoietic &amp;stem cells (bone marrow)</source>
        <translation>Donated haematopoietic &amp;stem cells (bone marrow)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bl&amp;ood donations</source>
        <translation>Bl&amp;ood donations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Volunteer hours by year</source>
        <translation>&amp;Volunteer hours by year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Charitable donations</source>
        <translation>&amp;Charitable donations</translation>
    </message>
</context>
<context>
    <name>QualificationPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/qualification.py" line="+30"/>
        <source>Every condition must be met to apply. If one is not, you can still go on: every score is then a what-if, and marked as one.</source>
        <translation>Every condition must be met to apply. If one is not, you can still go on: every score is then a what-if, and marked as one.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>YYYY-MM-DD, e.g. 1985-06-15</source>
        <translation>YYYY-MM-DD, e.g. 1985-06-15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds this city&apos;s residence &amp;permit</source>
        <translation>Holds this city&apos;s residence &amp;permit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a &amp;criminal record</source>
        <translation>Has a &amp;criminal record</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth &amp;date:</source>
        <translation>Birth &amp;date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;tirement category:</source>
        <translation>Re&amp;tirement category:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Residence &amp;permits held</source>
        <translation>Residence &amp;permits held</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The conditions</source>
        <translation>The conditions</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The ID number is a woman&apos;s: choose which retirement age applied to her post.</source>
        <translation>The ID number is a woman&apos;s: choose which retirement age applied to her post.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woman, formerly retiring at 55 (cadre / managerial post)</source>
        <translation>Woman, formerly retiring at 55 (cadre / managerial post)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woman, formerly retiring at 50 (worker post)</source>
        <translation>Woman, formerly retiring at 50 (worker post)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The conditions are checked once the birth date and the retirement category are entered.</source>
        <translation>The conditions are checked once the birth date and the retirement category are entered.</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../simulator/gui/windows/batch_window.py" line="-82"/>
        <source>a condition</source>
        <translation>a condition</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no: {0}</source>
        <translation>no: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A condition is not met: no rank, the total is a what-if.</source>
        <translation>A condition is not met: no rank, the total is a what-if.</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <location filename="../simulator/cities/hangzhou/pages/registrations.py" line="+18"/>
        <source>Enter each period of residence registration (居住登记) on the police record, from its first to its last day (both counted), with the city. Leave the end empty if you are still registered. Periods with gaps between them add up: 30 days count as a month and 12 months as a year.</source>
        <translation>Enter each period of residence registration (居住登记) on the police record, from its first to its last day (both counted), with the city. Leave the end empty if you are still registered. Periods with gaps between them add up: 30 days count as a month and 12 months as a year.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Residence &amp;registrations</source>
        <translation>Residence &amp;registrations</translation>
    </message>
</context>
<context>
    <name>ResidencePage</name>
    <message>
        <location filename="../simulator/cities/beijing/pages/residence.py" line="+23"/>
        <source>Enter where you lived in this city, one row per home and period: an own home, a rented home or an employer dormitory. Leave the end empty if you still live there.</source>
        <translation>Enter where you lived in this city, one row per home and period: an own home, a rented home or an employer dormitory. Leave the end empty if you still live there.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Housing &amp;periods</source>
        <translation>Housing &amp;periods</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Own home</source>
        <translation>Own home</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rented</source>
        <translation>Rented</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Employer dormitory</source>
        <translation>Employer dormitory</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Insured months up to {0} that are not own-home months count as rental or dormitory time without being entered: the official system takes them from the social-insurance record. Enter own homes, and the homes from {1} on.</source>
        <translation>Insured months up to {0} that are not own-home months count as rental or dormitory time without being entered: the official system takes them from the social-insurance record. Enter own homes, and the homes from {1} on.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Under these rules a rental counts without a registered lease.</source>
        <translation>Under these rules a rental counts without a registered lease.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {0} on, a rental counts only with a lease registered (备案) on the city&apos;s rental platform: tick “Lease registered” for those rows. Months before {0} need no registration.</source>
        <translation>From {0} on, a rental counts only with a lease registered (备案) on the city&apos;s rental platform: tick “Lease registered” for those rows. Months before {0} need no registration.</translation>
    </message>
</context>
<context>
    <name>RoutePage</name>
    <message>
        <location filename="../simulator/cities/xiongan/pages/route.py" line="+26"/>
        <source>Some people settle in Xiong&apos;an directly, through a channel of their own, without points (Art. 3 of the measures). Choose your group if you belong to one; everyone else goes through the points system on the pages that follow.</source>
        <translation>Some people settle in Xiong&apos;an directly, through a channel of their own, without points (Art. 3 of the measures). Choose your group if you belong to one; everyone else goes through the points system on the pages that follow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of these: I apply by points</source>
        <translation>None of these: I apply by points</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your route</source>
        <translation>Your route</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The route is shown once the birth date and the retirement category are entered (Qualification page).</source>
        <translation>The route is shown once the birth date and the retirement category are entered (Qualification page).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settles directly, without points</source>
        <translation>Settles directly, without points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pages that follow are not scored for this route; the facts you enter there are kept, and count if you choose another group.</source>
        <translation>The pages that follow are not scored for this route; the facts you enter there are kept, and count if you choose another group.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You go through the points system: the qualification and the indicators on the following pages apply.</source>
        <translation>You go through the points system: the qualification and the indicators on the following pages apply.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>your continuous Beijing social-insurance years are added to Xiong&apos;an&apos;s for the three-year condition</source>
        <translation>your continuous Beijing social-insurance years are added to Xiong&apos;an&apos;s for the three-year condition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you apply for the residence permit directly, without its usual conditions</source>
        <translation>you apply for the residence permit directly, without its usual conditions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For your group: {0}.</source>
        <translation>For your group: {0}.</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../simulator/gui/widgets/row_table.py" line="+414"/>
        <source>Add row (Ins)</source>
        <translation>Add row (Ins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row (Ctrl+Del)</source>
        <translation>Remove row (Ctrl+Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds an empty row and starts typing in it. Keys: Insert, or Ctrl+Enter.</source>
        <translation>Adds an empty row and starts typing in it. Keys: Insert, or Ctrl+Enter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the row of the selected cell. Keys: Ctrl+Delete.</source>
        <translation>Removes the row of the selected cell. Keys: Ctrl+Delete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys: Insert adds a row · type to fill a cell, Tab goes to the next one · F2 edits · Space ticks a box · Ctrl+Delete removes the row. An empty end month means “still ongoing”.</source>
        <translation>Keys: Insert adds a row · type to fill a cell, Tab goes to the next one · F2 edits · Space ticks a box · Ctrl+Delete removes the row. An empty end month means “still ongoing”.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Row {0}, {1}</source>
        <translation>Row {0}, {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row {0}</source>
        <translation>Row {0}</translation>
    </message>
</context>
<context>
    <name>RulesComparisonWindow</name>
    <message>
        <location filename="../simulator/gui/windows/rules_comparison_window.py" line="+148"/>
        <source>Enter the birth date and the retirement category to compare.</source>
        <translation>Enter the birth date and the retirement category to compare.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These two cannot be compared: {0}</source>
        <translation>These two cannot be compared: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These two cannot be compared: the rules do not cover this round.</source>
        <translation>These two cannot be compared: the rules do not cover this round.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A: {0}, {1} · B: {2}, {3}</source>
        <translation>A: {0}, {1} · B: {2}, {3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two sides are the same rules and round.</source>
        <translation>The two sides are the same rules and round.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule editions and years compared</source>
        <translation>Rule editions and years compared</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The applicant under two rule editions, or in two declaration years: every indicator&apos;s points under each, the difference, and why.</source>
        <translation>The applicant under two rule editions, or in two declaration years: every indicator&apos;s points under each, the difference, and why.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Side &amp;A:</source>
        <translation>Side &amp;A:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side &amp;B:</source>
        <translation>Side &amp;B:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same round, two &amp;editions</source>
        <translation>Same round, two &amp;editions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same rules, next &amp;year</source>
        <translation>Same rules, next &amp;year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ScenariosWindow</name>
    <message>
        <location filename="../simulator/gui/windows/scenarios_window.py" line="+278"/>
        <source>High school or technical secondary school</source>
        <translation>High school or technical secondary school</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Junior college</source>
        <translation>Junior college</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bachelor</source>
        <translation>Bachelor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None (below junior college)</source>
        <translation>None (below junior college)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not used until corrected: {0}</source>
        <translation>Not used until corrected: {0}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New scenario</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Scenario {0}</source>
        <translation>Scenario {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename scenario</source>
        <translation>Rename scenario</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Enter the birth date and the retirement category to make scenarios.</source>
        <translation>Enter the birth date and the retirement category to make scenarios.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Make a scenario from the applicant, then change its facts above.</source>
        <translation>Make a scenario from the applicant, then change its facts above.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This scenario&apos;s changes are not valid: {0}</source>
        <translation>This scenario&apos;s changes are not valid: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No difference from the facts as filed.</source>
        <translation>No difference from the facts as filed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, against the facts as filed:</source>
        <translation>{0}, against the facts as filed:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A scenario is the applicant with some facts changed, scored under the same rules and round beside the facts as filed. It never changes the facts themselves, and it is saved in the applicant file.</source>
        <translation>A scenario is the applicant with some facts changed, scored under the same rules and round beside the facts as filed. It never changes the facts themselves, and it is saved in the applicant file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scenarios:</source>
        <translation>&amp;Scenarios:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New from the applicant...</source>
        <translation>&amp;New from the applicant...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename...</source>
        <translation>&amp;Rename...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Insurance</source>
        <translation>&amp;Insurance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Homes</source>
        <translation>&amp;Homes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workplaces</source>
        <translation>&amp;Workplaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax</source>
        <translation>&amp;Tax</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Education and permit</source>
        <translation>&amp;Education and permit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest &amp;qualification:</source>
        <translation>Highest &amp;qualification:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds this city&apos;s residence &amp;permit</source>
        <translation>Holds this city&apos;s residence &amp;permit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side (&amp;points):</source>
        <translation>Side by side (&amp;points):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <location filename="../simulator/gui/widgets/score_panel.py" line="+156"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the rules...</source>
        <translation>Loading the rules...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the birth date and the retirement category to see a score.</source>
        <translation>Enter the birth date and the retirement category to see a score.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settles through another channel, not by points: {0}</source>
        <translation>Settles through another channel, not by points: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}, declaration year {1}, counted up to {2}</source>
        <translation>{0}, declaration year {1}, counted up to {2}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{0}, round {1}, counted up to {2}</source>
        <translation>{0}, round {1}, counted up to {2}</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Not the declaration the file was saved for: {0}, {1}, {2} (total then: {3}).</source>
        <translation>Not the declaration the file was saved for: {0}, {1}, {2} (total then: {3}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Where you stand (history)</source>
        <translation>Where you stand (history)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A RANGE: values not known</source>
        <translation>A RANGE: values not known</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PROVISIONAL</source>
        <translation>PROVISIONAL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not known, so these points are a range: {0}</source>
        <translation>Not known, so these points are a range: {0}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Pass mark</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>One-vote veto: {0}</source>
        <translation>One-vote veto: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User-supplied rule values: {0}</source>
        <translation>User-supplied rule values: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No published line is known for this city.</source>
        <translation>No published line is known for this city.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest published line ({0}): {1}
{2}</source>
        <translation>Latest published line ({0}): {1}
{2}</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../simulator/gui/windows/scenarios_window.py" line="-413"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As filed</source>
        <translation>As filed</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not valid</source>
        <translation>not valid</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/start.py" line="+38"/>
        <source>This program works out, point by point, what you would score in a city&apos;s points-settlement system, and shows how every point is derived from the official rules. It works offline: nothing you enter leaves this computer.</source>
        <translation>This program works out, point by point, what you would score in a city&apos;s points-settlement system, and shows how every point is derived from the official rules. It works offline: nothing you enter leaves this computer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;City:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rules edition:</source>
        <translation>&amp;Rules edition:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;ound:</source>
        <translation>R&amp;ound:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Declaration &amp;year:</source>
        <translation>Declaration &amp;year:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language / 语言:</source>
        <translation>Language / 语言:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keyboard: Tab moves between fields, Alt with the underlined letter jumps to a field, Alt+N or Ctrl+Page Down goes to the next page, Alt+B or Ctrl+Page Up goes back, Enter in a text field goes on. Ctrl+N starts a new applicant.</source>
        <translation>Keyboard: Tab moves between fields, Alt with the underlined letter jumps to a field, Alt+N or Ctrl+Page Down goes to the next page, Alt+B or Ctrl+Page Up goes back, Enter in a text field goes on. Ctrl+N starts a new applicant.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>These rules apply to the declaration years {0}; data version {1}.</source>
        <translation>These rules apply to the declaration years {0}; data version {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They hold {0} rounds a year: choose the round; its counting date follows from it.</source>
        <translation>They hold {0} rounds a year: choose the round; its counting date follows from it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The coming round is {0}.</source>
        <translation>The coming round is {0}.</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../simulator/gui/windows/projection_view.py" line="-260"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counts from</source>
        <translation>Counts from</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later years</source>
        <translation>Later years</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not every condition is met in {0}: the totals are what-ifs.</source>
        <translation>Not every condition is met in {0}: the totals are what-ifs.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/summary.py" line="+65"/>
        <source>N&amp;otes (saved in the applicant file):</source>
        <translation>N&amp;otes (saved in the applicant file):</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Save applicant file...</source>
        <translation>&amp;Save applicant file...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport PDF worksheet...</source>
        <translation>E&amp;xport PDF worksheet...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the full &amp;ID number in the PDF</source>
        <translation>Put the full &amp;ID number in the PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every indicator</source>
        <translation>Every indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with past lines</source>
        <translation>Compared with past lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An estimate only: the official system&apos;s result prevails.</source>
        <translation>An estimate only: the official system&apos;s result prevails.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No score yet: enter the birth date and the retirement category (Qualification page).</source>
        <translation>No score yet: enter the birth date and the retirement category (Qualification page).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settles through another channel, not by points</source>
        <translation>Settles through another channel, not by points</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(what-if)</source>
        <translation>(what-if)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The total is a range: values the sources do not give (or you have not answered) are never guessed; it lies between the lowest and the highest the known rules allow.</source>
        <translation>The total is a range: values the sources do not give (or you have not answered) are never guessed; it lies between the lowest and the highest the known rules allow.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Official value not available: {0}</source>
        <translation>Official value not available: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not answered: {0}</source>
        <translation>Not answered: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass mark</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One-vote veto: {0}</source>
        <translation>One-vote veto: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Equal totals are ranked by: {0}</source>
        <translation>Equal totals are ranked by: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User-supplied rule value: {0} = {1} ({2})</source>
        <translation>User-supplied rule value: {0} = {1} ({2})</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} · declaration year {1} · counted up to {2} · rules data {3} ({4})</source>
        <translation>{0} · declaration year {1} · counted up to {2} · rules data {3} ({4})</translation>
    </message>
</context>
<context>
    <name>TaxPage</name>
    <message>
        <location filename="../simulator/cities/beijing/pages/tax.py" line="+17"/>
        <source>Enter the personal income tax paid in this city for each natural year, as the tax app&apos;s income-and-tax detail shows it. Only the three years before the declaration count.</source>
        <translation>Enter the personal income tax paid in this city for each natural year, as the tax app&apos;s income-and-tax detail shows it. Only the three years before the declaration count.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Income tax by year</source>
        <translation>&amp;Income tax by year</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meets one of the two &amp;tax conditions of the trial rules (your own answer)</source>
        <translation>Meets one of the two &amp;tax conditions of the trial rules (your own answer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tax &amp;violations on record</source>
        <translation>Tax &amp;violations on record</translation>
    </message>
</context>
<context>
    <name>TitleSkillPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/title_skill.py" line="+20"/>
        <source>Enter your professional title (职称) and your vocational skill level (职业技能等级) as certified, if you hold them. Only one counts: the one that scores more. Leave both at “none” otherwise.</source>
        <translation>Enter your professional title (职称) and your vocational skill level (职业技能等级) as certified, if you hold them. Only one counts: the one that scores more. Leave both at “none” otherwise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professional &amp;title:</source>
        <translation>Professional &amp;title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skill level:</source>
        <translation>&amp;Skill level:</translation>
    </message>
</context>
<context>
    <name>Titles</name>
    <message>
        <location filename="../simulator/gui/wizard/titles.py" line="+18"/>
        <source>Rules and language</source>
        <translation>Rules and language</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applicant and qualification</source>
        <translation>Applicant and qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Social insurance</source>
        <translation>Social insurance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professional title or skill level</source>
        <translation>Professional title or skill level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title / skill</source>
        <translation>Title / skill</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Homes (own home, rental)</source>
        <translation>Homes (own home, rental)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homes</source>
        <translation>Homes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Honours and commendations</source>
        <translation>Honours and commendations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honours</source>
        <translation>Honours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invention patents and innovation</source>
        <translation>Invention patents and innovation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patents</source>
        <translation>Patents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deductions and disqualifying records</source>
        <translation>Deductions and disqualifying records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deductions</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Further facts these rules ask about</source>
        <translation>Further facts these rules ask about</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More facts</source>
        <translation>More facts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary: the whole derivation</source>
        <translation>Summary: the whole derivation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <location filename="../simulator/gui/windows/tools_menu.py" line="+113"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Projection and what-ifs...</source>
        <translation>&amp;Projection and what-ifs...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scenarios...</source>
        <translation>&amp;Scenarios...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule &amp;editions and years compared...</source>
        <translation>Rule &amp;editions and years compared...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City comparison...</source>
        <translation>&amp;City comparison...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rule values you supply...</source>
        <translation>&amp;Rule values you supply...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch scoring...</source>
        <translation>&amp;Batch scoring...</translation>
    </message>
</context>
<context>
    <name>TopicsModel</name>
    <message>
        <location filename="../simulator/gui/windows/comparison_window.py" line="-141"/>
        <source>Shared topic</source>
        <translation>Shared topic</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not known: the points are a range</source>
        <translation>not known: the points are a range</translation>
    </message>
</context>
<context>
    <name>WhatIfBanner</name>
    <message>
        <location filename="../simulator/gui/widgets/whatif_banner.py" line="+34"/>
        <source>WHAT-IF — not qualified: {0}</source>
        <translation>WHAT-IF — not qualified: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WHAT-IF: not every condition is met ({0}). No score is valid until they all are; you may continue, and every score shown is what would count if they were.</source>
        <translation>WHAT-IF: not every condition is met ({0}). No score is valid until they all are; you may continue, and every score shown is what would count if they were.</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/base.py" line="+264"/>
        <source>row {0}</source>
        <translation>row {0}</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <location filename="../simulator/gui/wizard/view.py" line="+226"/>
        <source>Go to page</source>
        <translation>Go to page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Page:</source>
        <translation>&amp;Page:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>“{0}” cannot be left yet: {1}</source>
        <translation>“{0}” cannot be left yet: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(and {0} more)</source>
        <translation>(and {0} more)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page (Alt+B, Ctrl+Page Up)</source>
        <translation>Previous page (Alt+B, Ctrl+Page Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page (Alt+N, Ctrl+Page Down, or Enter in a text field)</source>
        <translation>Next page (Alt+N, Ctrl+Page Down, or Enter in a text field)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1 … Ctrl+9 (Ctrl+0: the tenth) or Ctrl+G: go to a page by its number</source>
        <translation>Ctrl+1 … Ctrl+9 (Ctrl+0: the tenth) or Ctrl+G: go to a page by its number</translation>
    </message>
</context>
<context>
    <name>YearsModel</name>
    <message>
        <location filename="../simulator/gui/windows/projection_view.py" line="+67"/>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed, and why</source>
        <translation>What changed, and why</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(what-if)</source>
        <translation>(what-if)</translation>
    </message>
</context>
</TS>
