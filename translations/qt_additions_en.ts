<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<!-- Additions to Qt's own catalogue (qtbase): access keys on the standard buttons of Qt's dialogs in both languages, and
     the strings its Chinese catalogue leaves in English. Loaded after qtbase (simulator/gui/look/i18n.py). Edited by hand. -->
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Do&amp;n't Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save &amp;All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>&amp;Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>&amp;Ignore</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore &amp;Defaults</translation>
    </message>
</context>
</TS>
