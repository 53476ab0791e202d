<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<!-- Additions to Qt's own catalogue (qtbase): access keys on the standard buttons of Qt's dialogs in both languages, and
     the strings its Chinese catalogue leaves in English. Loaded after qtbase (simulator/gui/look/i18n.py). Edited by hand. -->
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>不保存(&amp;D)</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>不保存(&amp;N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部保存(&amp;A)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止(&amp;A)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略(&amp;I)</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
</context>
</TS>
