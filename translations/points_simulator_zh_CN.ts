<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../simulator/gui/windows/about.py" line="+53"/>
        <source>About {0}</source>
        <translation>关于{0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rule packs</source>
        <translation>规则包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Version {0}</source>
        <translation>版本 {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works out points-settlement scores point by point from the official rules, offline: it never uses the network. An estimate only: the official system&apos;s result prevails.</source>
        <translation>依据官方规则逐项测算积分落户分数，全程离线：从不使用网络。仅供参考，以官方系统结果为准。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rule pack</source>
        <translation>规则包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration years</source>
        <translation>申报年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data version</source>
        <translation>数据版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content hash</source>
        <translation>内容校验码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the rule packs: {0}</source>
        <translation>无法读取规则包：{0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} onwards</source>
        <translation>{0}年起</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The full licence texts are in this folder: {0}</source>
        <translation>许可证全文在此文件夹中：{0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copyright</source>
        <translation>版权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home page</source>
        <translation>主页</translation>
    </message>
</context>
<context>
    <name>AgePage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/age.py" line="+28"/>
        <source>Change birth &amp;date</source>
        <translation>修改出生日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Birth date: {0} (entered on the Qualification page).</source>
        <translation>出生日期：{0}（在“申请条件”页填写）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No birth date yet: enter it on the Qualification page.</source>
        <translation>尚未填写出生日期：请在“申请条件”页填写。</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <location filename="../simulator/cities/beijing/pages/area.py" line="+18"/>
        <source>This indicator rewards an own home outside the six central districts (entered on the housing page), and more if you also work outside them. Enter where you worked: the district of the employer that pays your social insurance.</source>
        <translation>本指标奖励在城六区以外拥有自有住所（在“住所”页填写）；同时在城六区以外就业的分值更高。请填写就业地点：为您缴纳社保的单位所在区。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Workplaces</source>
        <translation>就业地点(&amp;W)</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <location filename="../simulator/gui/windows/ask.py" line="+14"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>不保存(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder is read-only</source>
        <translation>文件夹为只读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a part of the path is a file, not a folder</source>
        <translation>路径中有一部分是文件而不是文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is too long</source>
        <translation>名称过长</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the system refused (error {0})</source>
        <translation>系统拒绝了操作（错误{0}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the program could not do it with these entries</source>
        <translation>按目前填写的内容无法完成</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../simulator/gui/stored/autosave.py" line="+209"/>
        <source>Autosave failed ({0}); your entries are kept in this window.</source>
        <translation>自动保存失败（{0}）；您输入的内容仍保留在本窗口中。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Restore unsaved applicant?</source>
        <translation>恢复未保存的申请人？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program was not closed normally, and an applicant with unsaved entries was kept (autosaved {0}). Restore it exactly as it was?</source>
        <translation>程序上次未正常关闭，保留了一位有未保存内容的申请人（自动保存于 {0}）。是否按原样恢复？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No discards the kept entries.</source>
        <translation>选择“否”将丢弃保留的内容。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not restored</source>
        <translation>未能恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kept entries could not be restored; they are left in {0}.</source>
        <translation>保留的内容无法恢复；文件保留在 {0}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored, but not scored</source>
        <translation>已恢复，但未能计分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kept entries are back in the window, unsaved, but they cannot be scored ({0}). Check the entries; nothing was discarded, and quitting asks before anything is lost.</source>
        <translation>保留的内容已恢复到窗口中（尚未保存），但无法计分（{0}）。请检查填写的内容；没有丢弃任何内容，退出前会先询问。</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <location filename="../simulator/gui/windows/batch_window.py" line="+307"/>
        <source>Score many applicants</source>
        <translation>批量测算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Applicants file:</source>
        <translation>申请人文件(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a .xlsx or .csv file in the batch layout</source>
        <translation>按批量格式填写的 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a &amp;template…</source>
        <translation>生成模板(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration &amp;year:</source>
        <translation>申报年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write one &amp;PDF worksheet per applicant</source>
        <translation>同时为每位申请人生成PDF工作表(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show ID numbers &amp;unmasked in the summary</source>
        <translation>汇总中显示完整身份证号(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>开始测算(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the output &amp;folder</source>
        <translation>打开输出文件夹(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the applicant in the &amp;wizard</source>
        <translation>在向导中打开该申请人(&amp;W)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ranking ({0})</source>
        <translation>排名（{0}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems ({0})</source>
        <translation>问题（{0}）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applicants file</source>
        <translation>申请人文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write a template</source>
        <translation>生成模板</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write the template: {0}</source>
        <translation>无法写入模板：{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template written to {0}. Fill in one applicant per row; the notes sheet explains every column.</source>
        <translation>模板已写入{0}。每行填写一位申请人；“notes”工作表说明了每一列。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Replace the earlier results?</source>
        <translation>替换之前的结果？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output folder already holds the results of an earlier batch ({0}). Replace them?</source>
        <translation>输出文件夹中已有之前一次批量计算的结果（{0}）。要替换吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output folder: choose another folder, or replace the earlier results.</source>
        <translation>输出文件夹：请另选文件夹，或替换之前的结果。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Applicants file: choose a .xlsx or .csv file first.</source>
        <translation>申请人文件：请先选择 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applicants file: {0} does not exist.</source>
        <translation>申请人文件：{0}不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output folder: choose where the summary is written.</source>
        <translation>输出文件夹：请选择汇总结果的保存位置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Declaration year: {0}</source>
        <translation>申报年度：{0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading {0}…</source>
        <translation>正在读取{0}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scoring: %v of %m rows</source>
        <translation>测算中：%v / %m 行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the summary</source>
        <translation>正在写入汇总</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} applicants scored ({1} qualified), {2} rows with problems, in {3:.1f} s. Written to {4}.</source>
        <translation>已测算{0}位申请人（{1}位符合申请条件），{2}行有问题，用时{3:.1f}秒。结果已写入{4}。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{0}, row {1}</source>
        <translation>{0}，第{1}行</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The row cannot be opened: {0}</source>
        <translation>无法打开这一行：{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {0} of the file is no longer the applicant scored: run the batch again.</source>
        <translation>文件第{0}行已不是计分时的申请人：请重新批量计分。</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../simulator/gui/windows/rules_comparison_window.py" line="+57"/>
        <source>Indicator</source>
        <translation>指标</translation>
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
        <translation>差距</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the same</source>
        <translation>相同</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/choices.py" line="+14"/>
        <source>{0} (central)</source>
        <translation>{0}（城六区）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Honorary title (荣誉称号)</source>
        <translation>荣誉称号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commendation or award (表彰奖励)</source>
        <translation>表彰奖励</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>National (国家级)</source>
        <translation>国家级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provincial (省级)</source>
        <translation>省级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipal (市级)</source>
        <translation>市级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District or county (区县级)</source>
        <translation>区县级</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Senior (正高级)</source>
        <translation>正高级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy senior (副高级)</source>
        <translation>副高级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate (中级)</source>
        <translation>中级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistant / junior (初级)</source>
        <translation>初级</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Senior technician (高级技师, level 1)</source>
        <translation>高级技师（一级）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician (技师, level 2)</source>
        <translation>技师（二级）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior worker (高级工, level 3)</source>
        <translation>高级工（三级）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate worker (中级工, level 4)</source>
        <translation>中级工（四级）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Junior worker (初级工, level 5)</source>
        <translation>初级工（五级）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Criminal conviction (刑事犯罪)</source>
        <translation>刑事犯罪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compulsory drug rehabilitation (强制隔离戒毒)</source>
        <translation>强制隔离戒毒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial detention (司法拘留)</source>
        <translation>司法拘留</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>National dishonesty list</source>
        <translation>国家级失信名单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provincial dishonesty list</source>
        <translation>省级失信名单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipal dishonesty list</source>
        <translation>市级失信名单</translation>
    </message>
</context>
<context>
    <name>CityHonoursPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/city_honours.py" line="+19"/>
        <source>Add a row for each honour or commendation, with the level of the body that awarded it, the year and the city you lived in when you earned it. Most people have none and leave the table empty.</source>
        <translation>每项荣誉或表彰填一行，注明授予机关的级别、获得年份以及获得时所在的城市。大多数人没有荣誉表彰，表格留空即可。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hon&amp;ours</source>
        <translation>荣誉表彰(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CityRowsModel</name>
    <message>
        <location filename="../simulator/gui/windows/comparison_window.py" line="+61"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule edition</source>
        <translation>规则版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total or channel</source>
        <translation>总分或落户渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualification</source>
        <translation>申请条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel: {0}</source>
        <translation>落户渠道：{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A RANGE ({0} values not known)</source>
        <translation>范围（{0} 项未知）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(one-vote veto)</source>
        <translation>（一票否决）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reached even at the lowest total</source>
        <translation>最低可能总分也达到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reached even at the highest total</source>
        <translation>最高可能总分也未达到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depends on the values not known</source>
        <translation>取决于未知分值</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>met</source>
        <translation>符合</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT met (what-if)</source>
        <translation>不符合（假设测算）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pass mark {0} ({1})</source>
        <translation>合格分数线 {0}（{1}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} line {1} ({2})</source>
        <translation>{0}年分数线 {1}（{2}）</translation>
    </message>
</context>
<context>
    <name>CityTaxPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/city_tax.py" line="+16"/>
        <source>&amp;Income tax by year</source>
        <translation>各年个人所得税(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax paid by an &amp;enterprise you invested in</source>
        <translation>您投资企业的纳税额(&amp;E)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the personal income tax you paid for each natural year, with the city where it was paid, as the tax app&apos;s income-and-tax detail shows it. One list serves every city; each city counts its own years.</source>
        <translation>按“个人所得税”App的收入纳税明细，逐个自然年填写已缴纳的个人所得税，并注明缴纳地城市。各城市共用一张表，各自计算本市的年度。</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/headers.py" line="+13"/>
        <source>Start month</source>
        <translation>起始月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End month</source>
        <translation>截止月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back-paid</source>
        <translation>补缴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred in</source>
        <translation>转入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>所在区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lease registered</source>
        <translation>租赁已备案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer (optional)</source>
        <translation>单位（可不填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income tax paid (yuan)</source>
        <translation>已缴个人所得税（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same act as</source>
        <translation>同一行为</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or note</source>
        <translation>名称或说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued on (optional)</source>
        <translation>签发日期（可不填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>暂停使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>截止日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax paid by the enterprise (yuan)</source>
        <translation>企业纳税额（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (ml)</source>
        <translation>献血量（毫升）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Granted on</source>
        <translation>授权日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (optional)</source>
        <translation>专利名称（可不填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation>共有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First patentee</source>
        <translation>第一专利权人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtained by transfer</source>
        <translation>受让取得</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serious crime</source>
        <translation>严重刑事犯罪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentence (years)</source>
        <translation>刑期（年）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List</source>
        <translation>名单级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualification</source>
        <translation>学历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diploma (学历)</source>
        <translation>学历证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degree (学位)</source>
        <translation>学位证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study start</source>
        <translation>入学月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study end</source>
        <translation>毕业月份</translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <location filename="../simulator/gui/windows/comparison_window.py" line="+149"/>
        <source>Export comparison PDF</source>
        <translation>导出对比 PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF not written</source>
        <translation>PDF 未写入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The worksheet could not be written: {0}</source>
        <translation>无法写入工作表：{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>City comparison</source>
        <translation>多城市对比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same applicant under each city&apos;s rules, side by side. The facts are entered once; each city scores those it uses.</source>
        <translation>同一申请人按各城市规则分别测算，并列显示。信息只需填写一次，各城市按其规则计分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>* not known (an official value, or an answer): that city&apos;s points there are a range.</source>
        <translation>* 未知（官方分值或尚未回答的问题）：该城市此项分值是一个范围。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export comparison PDF...</source>
        <translation>导出对比 PDF(&amp;E)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../simulator/gui/windows/crash.py" line="+57"/>
        <source>An unexpected error happened. The program keeps running.</source>
        <translation>发生了意外错误。程序仍在继续运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your entries are kept in this window, and autosaved.</source>
        <translation>您输入的内容保留在本窗口中，并已自动保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your entries are kept in this window; save them to a file to be safe.</source>
        <translation>您输入的内容保留在本窗口中；为稳妥起见，请保存到文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details are in the log file:
{0}</source>
        <translation>详细信息见日志文件：
{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>DeductionsPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/deductions.py" line="+23"/>
        <source>Convictions, drug &amp;rehabilitation, judicial detentions</source>
        <translation>刑事犯罪、强制隔离戒毒、司法拘留(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Administrative &amp;detentions</source>
        <translation>行政拘留(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax &amp;violations on record</source>
        <translation>涉税违法记录(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dish&amp;onesty listings</source>
        <translation>列入失信名单(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Took part in a banned or&amp;ganisation</source>
        <translation>参加过非法组织(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD, or empty</source>
        <translation>YYYY-MM-DD，没有则留空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found to have &amp;cheated in a points application, on:</source>
        <translation>积分申请中弄虚作假，认定日期(&amp;C)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter any record that may take points away, with its date; most people have none. Records that arise from one act share the same label under “Same act as”.</source>
        <translation>请填写可能被减分的记录及其日期；大多数人没有此类记录。同一行为产生的多条记录，请在“同一行为”栏填写相同的标记。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>One-vote veto: the application is ruled out.</source>
        <translation>一票否决：取消申请资格。</translation>
    </message>
</context>
<context>
    <name>Derivation</name>
    <message>
        <location filename="../simulator/gui/widgets/derivation.py" line="+18"/>
        <source>checked against published scores</source>
        <translation>已用公示名单验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two or more sources agree</source>
        <translation>两个及以上来源一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one source</source>
        <translation>单一来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not confirmed: check before relying on it</source>
        <translation>未经证实：使用前请核实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no source found</source>
        <translation>未找到来源</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} points</source>
        <translation>{0}分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cap</source>
        <translation>封顶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not counted</source>
        <translation>不计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known, so the points are a range</source>
        <translation>未知，分值因此是一个范围</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>What was counted</source>
        <translation>计入的数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calculation</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules applied</source>
        <translation>适用的规则</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>met</source>
        <translation>符合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No published lines are known for this city.</source>
        <translation>暂无本市已公布的分数线。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>分数线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your total</source>
        <translation>您的总分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>差距</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>来源状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>published</source>
        <translation>已公布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed threshold</source>
        <translation>固定分数线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNCONFIRMED: one unofficial source</source>
        <translation>未经证实：仅一个非官方来源</translation>
    </message>
</context>
<context>
    <name>DerivationView</name>
    <message>
        <location line="+54"/>
        <source>The derivation appears once the birth date and the retirement category are entered (Qualification page).</source>
        <translation>填写出生日期和退休类别（“申请条件”页）后，这里显示计算过程。</translation>
    </message>
</context>
<context>
    <name>EducationPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/education.py" line="+18"/>
        <source>None (below junior college)</source>
        <translation>无（大专以下）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Di&amp;ploma (学历)</source>
        <translation>学历(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;gree (学位)</source>
        <translation>学位(&amp;G)</translation>
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
        <translation>最高学历(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held:</source>
        <translation>已取得：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study &amp;start:</source>
        <translation>入学月份(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study &amp;end:</source>
        <translation>毕业月份(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Institution (optional):</source>
        <translation>学校（可不填）(&amp;I)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Other qualifications held (optional)</source>
        <translation>其他学历(&amp;O)（可不填）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the highest qualification, with its diploma (学历) and degree (学位) as certified; list any other qualification below. Each is scored under the rules, and the one giving the highest total counts.</source>
        <translation>请填写最高学历，以及经认证的学历证书和学位证书；其他学历在下方列出。每项学历都按规则计分，取合计得分最高的一项。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>High school or technical secondary school (高中、中专)</source>
        <translation>高中、中专</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Junior college (大专)</source>
        <translation>大学专科（大专）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bachelor (本科)</source>
        <translation>大学本科</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master (硕士)</source>
        <translation>硕士研究生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor (博士)</source>
        <translation>博士研究生</translation>
    </message>
</context>
<context>
    <name>EmploymentPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/employment.py" line="+22"/>
        <source>&amp;Social-insurance periods</source>
        <translation>社会保险缴费期间(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Workplaces</source>
        <translation>就业地点(&amp;W)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the periods of social insurance as your payment record lists them (pension insurance), one row per unbroken period, with the city where it was paid: one list serves every city, and each city&apos;s rules read their own rows. Leave the end empty if you are still paying.</source>
        <translation>请按社会保险（养老保险）缴费记录填写缴费期间，每段连续缴费填一行，并注明缴费城市：各城市共用一张表，各城市规则只读取本市的行。仍在缴费的，截止月留空。</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <location filename="../simulator/gui/widgets/explanation.py" line="+41"/>
        <source>No explanation is available for this city yet.</source>
        <translation>暂无本市的说明。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What counts</source>
        <translation>哪些算数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the points are computed</source>
        <translation>如何计分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which document proves it</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who verifies it</source>
        <translation>审核部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to look it up</source>
        <translation>在哪里查</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not confirmed: our sources do not say)</source>
        <translation>（未经证实：现有资料未载明）</translation>
    </message>
</context>
<context>
    <name>FactRows</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/fact_rows.py" line="+15"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/facts.py" line="+17"/>
        <source>These facts only this city&apos;s rules ask about. Answer what you know; a question left “not answered” is never guessed: the points it decides are shown as a range until you answer it.</source>
        <translation>以下事项只有本城市的规则会问到。请回答您知道的；留作“未回答”的问题绝不猜测：它所决定的分值在您回答之前显示为一个范围。</translation>
    </message>
</context>
<context>
    <name>HomesPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/homes.py" line="+17"/>
        <source>Housing &amp;periods</source>
        <translation>居住期间(&amp;P)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Own home</source>
        <translation>自有住所</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rented</source>
        <translation>租赁住所</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Employer dormitory</source>
        <translation>单位宿舍</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter where you lived, one row per home and period, with its city: an own home, a rented home or an employer dormitory. Leave the end empty if you still live there.</source>
        <translation>填写您的居住情况，每处住所、每段期间填一行，并注明城市：自有住所、租赁住所或单位宿舍。仍在居住的，截止月留空。</translation>
    </message>
</context>
<context>
    <name>HonoursPage</name>
    <message>
        <location filename="../simulator/cities/beijing/pages/honours.py" line="+16"/>
        <source>Add a row for each honour you hold; most people have none and leave the table empty.</source>
        <translation>每项荣誉填一行；大多数人没有荣誉，表格留空即可。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hon&amp;ours</source>
        <translation>荣誉表彰(&amp;O)</translation>
    </message>
</context>
<context>
    <name>IdNumberField</name>
    <message>
        <location filename="../simulator/gui/widgets/id_field.py" line="+43"/>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole ID number (it is masked by default).</source>
        <translation>显示完整身份证号（默认部分隐藏）。</translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/columns.py" line="+113"/>
        <source>Your points, step by step</source>
        <translation>您的得分，逐步计算</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not scored: {0} settles directly through a channel of its own, without points (see the Route page).</source>
        <translation>不计分：{0}通过专门渠道直接落户，不参加积分（见“落户途径”页）。</translation>
    </message>
</context>
<context>
    <name>InnovationPage</name>
    <message>
        <location filename="../simulator/cities/beijing/pages/innovation.py" line="+21"/>
        <source>One item counts. For an award or a competition prize, pick its tier from the official tier table: which named award belongs to which tier is not known to this program.</source>
        <translation>只计一项。奖项和大赛获奖请按官方档次表选择档次：本程序没有可靠资料说明哪个奖项属于哪一档。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— choose the tier —</source>
        <translation>— 选择档次 —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 12.5</source>
        <translation>例如 12.5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 25000000</source>
        <translation>例如 25000000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Worked there a full natural year</source>
        <translation>在该企业工作满一个自然年(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole years</source>
        <translation>整年数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Item:</source>
        <translation>项目(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tier (points):</source>
        <translation>档次（分）(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Share held (%):</source>
        <translation>持股比例（%）(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Financing &amp;raised, last 3 years (yuan):</source>
        <translation>近3年股权融资额（元）(&amp;R)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Years:</source>
        <translation>年数(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description (optional):</source>
        <translation>说明（可不填）(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>LawAbidingPage</name>
    <message>
        <location filename="../simulator/cities/beijing/pages/law_abiding.py" line="+17"/>
        <source>Enter any administrative detention (行政拘留) in this city, with its date. A criminal record is not entered here: it is one of the conditions on the Qualification page.</source>
        <translation>如在本市受过行政拘留，请逐次填写日期。刑事犯罪记录不在此填写：它是“申请条件”页上的一项条件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Administrative &amp;detentions</source>
        <translation>行政拘留(&amp;D)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../simulator/gui/windows/main_window.py" line="+219"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New applicant</source>
        <translation>新申请人(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open e&amp;xample</source>
        <translation>打开示例(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent files</source>
        <translation>最近的文件(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export worksheet PDF...</source>
        <translation>导出PDF工作表(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print worksheet...</source>
        <translation>打印计分表(&amp;P)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Keyboard</source>
        <translation>键盘操作(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(off in kiosk mode)</source>
        <translation>（公用终端模式下已关闭）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Example {0}</source>
        <translation>示例{0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New applicant</source>
        <translation>新申请人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WHAT-IF (not qualified)</source>
        <translation>假设测算（不符合申请条件）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(the file was saved for {0})</source>
        <translation>（文件保存时为{0}）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant has unsaved changes. Save them first?</source>
        <translation>当前申请人有未保存的修改。要先保存吗？</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Recent files</source>
        <translation>最近文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also remove {0} from the recent files?</source>
        <translation>是否同时将 {0} 从最近文件中移除？</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open applicant file</source>
        <translation>打开申请人文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} no longer exists; it is removed from the list.</source>
        <translation>{0} 已不存在，已从列表中移除。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Example: {0}</source>
        <translation>示例：{0}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} cannot be opened; nothing was changed.</source>
        <translation>无法打开 {0}；当前数据没有任何改动。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This file was saved for {0} ({1}), rules not installed here: it is scored under the rules chosen.</source>
        <translation>此文件保存时针对{0}（{1}），本机未安装该规则：现按所选规则计分。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file does not say which declaration it was made for (it was saved by an earlier version): it is scored under the rules chosen, {0}. Saving it records them.</source>
        <translation>此文件没有记录所针对的申报（由早期版本保存）：现按所选规则{0}计分。保存后将记录这些规则。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved with the total {0} (rules data {1}); it is {2} now (rules data {3}): the rules data has changed since.</source>
        <translation>保存时总分为{0}（规则数据{1}）；现在为{2}（规则数据{3}）：规则数据此后已更新。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Applicant files (*.json)</source>
        <translation>申请人文件 (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Save applicant file</source>
        <translation>保存申请人文件</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>{0}, row {1}: {2}</source>
        <translation>{0}，第{1}行：{2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some entries are not valid yet, and the file can only hold valid ones. Correct these first:</source>
        <translation>有些填写内容还不正确，而文件只能保存正确的内容。请先更正：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} could not be written: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+83"/>
        <source>No worksheet yet</source>
        <translation>还不能生成工作表</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+83"/>
        <source>Enter the birth date and the retirement category first.</source>
        <translation>请先填写出生日期和退休类别。</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>PDF not available</source>
        <translation>无法生成PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The PDF worksheet is not available in this version of the program.</source>
        <translation>本版本程序不含PDF工作表功能。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export worksheet PDF</source>
        <translation>导出PDF工作表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PDF not written</source>
        <translation>PDF未生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The worksheet could not be written: {0}</source>
        <translation>无法写入工作表：{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worksheet written to {0}</source>
        <translation>工作表已保存到 {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>worksheet</source>
        <translation>计分表</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Folder for walk-ins&apos; worksheets</source>
        <translation>窗口服务计分表的保存文件夹</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print worksheet</source>
        <translation>打印计分表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Worksheet sent to the printer.</source>
        <translation>计分表已发送到打印机。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keyboard</source>
        <translation>键盘操作</translation>
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
        <translation>Alt+N / Ctrl+Page Down：下一页
Alt+B / Ctrl+Page Up：上一页
Ctrl+1 … Ctrl+9（Ctrl+0：第十页）、Ctrl+G：转到该编号的页面
在文本框中按回车：下一页
Alt + 带下划线的字母：转到该字段
下拉列表：直接输入即可查找选项（字母或中文）
表格：Insert 添加一行，直接输入填写单元格，Tab 转到下一个单元格，F2 编辑，空格勾选，Ctrl+Delete 删除该行
Ctrl+N：新申请人 · Ctrl+O：打开 · Ctrl+S：保存 · Ctrl+E：PDF计分表 · Ctrl+P：打印 · Ctrl+Q：退出</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{0} {1}

Works out points-settlement scores point by point from the official rules, offline. An estimate only: the official system&apos;s result prevails.

Chinese text uses the bundled WenQuanYi Micro Hei font (Apache-2.0).</source>
        <translation>{0} {1}

依据官方规则逐项测算积分落户分数，全程离线。仅供参考，以官方系统结果为准。

中文使用随程序附带的文泉驿微米黑字体（Apache-2.0）。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Missing translation files: {0}</source>
        <translation>缺少翻译文件：{0}</translation>
    </message>
    <message>
        <location line="-455"/>
        <source>&amp;Walk-in desk mode (no names, no recent files)</source>
        <translation>窗口服务模式（不留姓名、不记最近文件）(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in export &amp;folder...</source>
        <translation>窗口服务导出文件夹(&amp;F)...</translation>
    </message>
    <message>
        <location line="+467"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>MissingBanner</name>
    <message>
        <location filename="../simulator/gui/widgets/missing_banner.py" line="+41"/>
        <source>S&amp;upply the official value...</source>
        <translation>提供官方分值(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens Analysis → Rule values you supply, where the values are typed and checked.</source>
        <translation>打开“分析 → 自行提供规则分值”，在其中填写并核对分值。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not known: {0}. Our sources do not give it (or it is not answered yet), so these points are a range, never a guess. If you hold the official table, you can supply the value.</source>
        <translation>未知：{0}。已知资料没有给出（或尚未回答），因此本项分值是一个范围，绝不猜测。如您持有官方指标表，可以自行填入该值。</translation>
    </message>
</context>
<context>
    <name>OverrideEditor</name>
    <message>
        <location filename="../simulator/gui/windows/override_editor.py" line="+169"/>
        <source>official value not available</source>
        <translation>官方分值暂缺</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{0} was not loaded:</source>
        <translation>{0} 未载入：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} could not be written: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load override file</source>
        <translation>载入自定分值文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save override file</source>
        <translation>保存自定分值文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Override files (*.toml)</source>
        <translation>自定分值文件 (*.toml)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must not be negative ({0} was typed)</source>
        <translation>不能为负数（输入的是{0}）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{0}”: {1}</source>
        <translation>“{0}”：{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}”: not accepted ({1})</source>
        <translation>“{0}”：不被接受（{1}）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Rule values you supply</source>
        <translation>自行提供的规则分值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Values of the rules {0} that the sources do not give are listed below. If you hold the official table, type the value and where it comes from; the score then uses it and every result and worksheet labels it as user-supplied.</source>
        <translation>下列为规则“{0}”中现有资料未给出的分值。如您持有官方指标表，请填写分值及其出处；测算将采用该分值，所有结果和工作表都会注明为用户提供的数值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;every value of the rules (to replace one)</source>
        <translation>显示规则的全部分值（以替换其中一项）(&amp;E)</translation>
    </message>
    <message>
        <location line="-206"/>
        <location line="+41"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+41"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>A table of values: it cannot be supplied here.</source>
        <translation>这是一张分值表，暂不能在此处填写。</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>write yes or no</source>
        <translation>请填写“是”或“否”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write it as pairs, e.g. 45 → 20; 46 → 19</source>
        <translation>请按对应关系填写，例如 45 → 20; 46 → 19</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>too large (at most {0})</source>
        <translation>数值过大（最多{0}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a month and day (write MM-DD, e.g. 12-31)</source>
        <translation>不是有效的月日（请写作MM-DD，例如12-31）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a month (write YYYY-MM, the month 01 to 12)</source>
        <translation>不是有效的月份（请写作YYYY-MM，月份01至12）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{0}”: not accepted as typed</source>
        <translation>“{0}”：所填内容无法接受</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>write one of: {0}</source>
        <translation>请填写以下之一：{0}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Use these values for every applicant, not only this one (kept in this computer&apos;s settings; each applicant file keeps its own)</source>
        <translation>这些数值用于每一位申请人，而不只是本人(&amp;U)（保存在本机设置中；每份申请人文件另存其本人的数值）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These rules give every value this score needs. To replace one, show every value.</source>
        <translation>本规则已给出此次测算所需的全部分值。如需替换其中一项，请显示全部分值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value</source>
        <translation>分值项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule pack</source>
        <translation>规则包数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your value</source>
        <translation>您提供的数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source (where it comes from)</source>
        <translation>出处</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply to the score</source>
        <translation>用于测算(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load override file...</source>
        <translation>载入自定分值文件(&amp;L)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save override file...</source>
        <translation>保存自定分值文件(&amp;S)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove all</source>
        <translation>全部移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PatentsPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/patents.py" line="+16"/>
        <source>Invention &amp;patents</source>
        <translation>发明专利(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a row for each invention patent (发明专利) granted to you, with the date of the grant. For a patent held with others, tick “Shared” and say whether you are the first patentee; tick “Obtained by transfer” for one you bought rather than invented.</source>
        <translation>每项授予您的发明专利填一行，并填写授权日期。与他人共有的专利，请勾选“共有”，并注明您是否为第一专利权人；通过转让取得而非本人发明的专利，请勾选“受让取得”。</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <location filename="../simulator/gui/windows/printout.py" line="+23"/>
        <source>Points worksheet</source>
        <translation>积分计分表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration</source>
        <translation>申报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted up to</source>
        <translation>计算截止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settles through another channel, not by points: {0}</source>
        <translation>通过其他渠道落户，不参加积分：{0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(what-if: not every condition is met)</source>
        <translation>（假设测算：并非所有条件都符合）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on</source>
        <translation>打印日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualification</source>
        <translation>申请条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with past lines</source>
        <translation>与历年分数线比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every indicator</source>
        <translation>各项指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An estimate only: the official system’s result prevails.</source>
        <translation>仅供估算：以官方系统结果为准。</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../simulator/gui/form/messages.py" line="+13"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose one of the options.</source>
        <translation>请从选项中选择一项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{0}” is not a month: write it as YYYY-MM, for example 2020-08.</source>
        <translation>“{0}”不是月份：请按 YYYY-MM 填写，例如 2020-08。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{0}” is not a date: write it as YYYY-MM-DD, for example 1985-06-15.</source>
        <translation>“{0}”不是日期：请按 YYYY-MM-DD 填写，例如 1985-06-15。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{0}” is not a year: write four digits, for example 2024.</source>
        <translation>“{0}”不是年份：请填写四位数字，例如 2024。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{0}” is not a number: write it in digits, for example 120000, 120,000 or 12万.</source>
        <translation>“{0}”不是数字：请用数字填写，例如120000、120,000或12万。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{0}” is not a whole number.</source>
        <translation>“{0}”不是整数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Must be at least {0}.</source>
        <translation>不能小于{0}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Must be at most {0}.</source>
        <translation>不能大于{0}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end month {0} is before the start month {1}.</source>
        <translation>截止月{0}早于起始月{1}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last day {0} is before the first day {1}.</source>
        <translation>截止日{0}早于起始日{1}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give both the start and the end month of study, or neither.</source>
        <translation>入学和毕业月份要么都填，要么都不填。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The study end {0} is before the study start {1}.</source>
        <translation>毕业月份{0}早于入学月份{1}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick the diploma, the degree, or both.</source>
        <translation>请勾选学历、学位或两者。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overlaps row {0}: a month can be counted only once. Correct one of the two periods.</source>
        <translation>与第{0}行重叠：同一个月只能计算一次。请更正其中一段。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The year {0} is already entered in row {1}.</source>
        <translation>{0}年已在第{1}行填写。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A birth date before 1900 is not plausible.</source>
        <translation>1900年以前的出生日期不合理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After the cut-off {0}: not counted for the {1} declaration.</source>
        <translation>晚于截止日{0}：{1}年申报不计入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The birth date is after the cut-off {0}.</source>
        <translation>出生日期晚于截止日{0}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a district of this city: choose one from the list.</source>
        <translation>不是本市的区：请从列表中选择。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These rules have no such item: choose another or “None”.</source>
        <translation>本版本规则没有这类项目：请另选，或选“无”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a tier of this item under these rules: choose one from the list.</source>
        <translation>不是本规则中该项目的档次：请从列表中选择。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These rules do not recognise this honour: choose one from the list.</source>
        <translation>本规则不认可这项荣誉：请从列表中选择。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rules “{0}” apply to the declaration years {1}: choose another year or edition.</source>
        <translation>“{0}”适用于{1}年度的申报：请另选申报年度或规则版本。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An ID number has 18 characters (15 on the old cards); this one has {0}.</source>
        <translation>身份证号码应为18位（旧证15位），这里是{0}位。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An ID number is digits only; the last of 18 may be an X.</source>
        <translation>身份证号码只能是数字，18位号码的最后一位可以是X。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The region code {0} (the first six digits) is not the code of a province and prefecture.</source>
        <translation>地区码{0}（前六位）不是有效的省、市代码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The birth date in the ID number, {0}, is not a date.</source>
        <translation>身份证号码中的出生日期{0}不是有效日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birth date in the ID number, {0}, is after today.</source>
        <translation>身份证号码中的出生日期{0}在今天之后。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check digit does not match: from the first 17 digits the last should be {0}, not {1}. Check the number for a typing error.</source>
        <translation>校验码不符：按前17位，最后一位应为{0}，而不是{1}。请核对号码是否输错。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ID number gives the birth date {0}, not {1}: correct one of the two (the rules use the ID card&apos;s).</source>
        <translation>身份证号码显示的出生日期是{0}，不是{1}：请更正其中之一（规则以身份证为准）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ID number is a man&apos;s: correct the category or the ID number.</source>
        <translation>身份证号码显示为男性：请更正退休类别或身份证号码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID number is a woman&apos;s: correct the category or the ID number.</source>
        <translation>身份证号码显示为女性：请更正退休类别或身份证号码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not accepted: {0}</source>
        <translation>不能接受：{0}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../simulator/gui/windows/batch_window.py" line="-392"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applicant</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ProjectionChart</name>
    <message>
        <location filename="../simulator/gui/windows/projection_view.py" line="+121"/>
        <source>No declaration year is left before the retirement age.</source>
        <translation>达到法定退休年龄前已没有可以申报的年度。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>projected total</source>
        <translation>预测总分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not qualified that year</source>
        <translation>该年度不符合申请条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published line</source>
        <translation>已公布分数线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unconfirmed line</source>
        <translation>未证实的分数线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>estimate of future lines</source>
        <translation>未来分数线估计</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>estimate</source>
        <translation>估计</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Projected total by declaration year</source>
        <translation>各申报年度的预测总分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From {0} to {1}: {2} to {3} points; the shaded band is an estimate of future lines.</source>
        <translation>{0}年至{1}年：{2}分至{3}分；阴影带为未来分数线的估计。</translation>
    </message>
</context>
<context>
    <name>ProjectionView</name>
    <message>
        <location line="+255"/>
        <source>If today&apos;s situation continues (as of {0}).</source>
        <translation>假设现状持续（测算日{0}）。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Projection</source>
        <translation>积分预测</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>The coming round (the first whose cut-off is after {0}); no earlier round to compare with.</source>
        <translation>即将到来的批次（截止日在{0}之后的第一个）；没有更早的批次可比较。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The coming round, against the {0} round (the last whose cut-off has passed):</source>
        <translation>即将到来的批次，与{0}批次（截止日已过的最近一个）相比：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The coming round: the same as the {0} round.</source>
        <translation>即将到来的批次：与{0}批次相同。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No change from {0}: the facts that count stay the same.</source>
        <translation>与{0}相比没有变化：计分的事实不变。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Against {0}:</source>
        <translation>与{0}相比：</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>If today&apos;s situation continues (as of {0}); statutory retirement age reached on {1}.</source>
        <translation>假设现状持续（测算日{0}）；法定退休年龄到达日为{1}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Estimate: {0}</source>
        <translation>估计：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No estimate of future lines: fewer than two published yearly lines.</source>
        <translation>无法估计未来分数线：已公布的年度分数线不足两个。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would raise the score (most points first)</source>
        <translation>可以提高分数的做法（按增加分数排序）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No suggestion gains points in the coming rounds.</source>
        <translation>在今后几个申报年度中没有能增加分数的建议。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0}: {1} points</source>
        <translation>{0}年：{1}分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Round {0}: {1} points</source>
        <translation>{0}批次：{1}分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>what-if: not every condition is met</source>
        <translation>假设测算：申请条件未全部满足</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line estimate {0} to {1}</source>
        <translation>分数线估计{0}至{1}</translation>
    </message>
</context>
<context>
    <name>ProjectionWindow</name>
    <message>
        <location filename="../simulator/gui/windows/projection_window.py" line="+49"/>
        <source>Enter the birth date and the retirement category to see a projection.</source>
        <translation>请先填写出生日期和退休年龄类别，才能显示预测。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No projection for these rules: {0}</source>
        <translation>无法按该规则预测：{0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projection and what-ifs</source>
        <translation>分数预测与提分建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assume the income tax of the latest year entered is paid again every year (&amp;tax assumption)</source>
        <translation>假设最近填写年度的个人所得税以后每年照常缴纳（纳税假设）(&amp;T)</translation>
    </message>
</context>
<context>
    <name>PublicGoodPage</name>
    <message>
        <location filename="../simulator/cities/hangzhou/pages/public_good.py" line="+18"/>
        <source>Enter what the certificates show: each blood donation with its amount, registered volunteer hours by year (as the volunteer platform records them) and each charitable donation with its receipt. Only the years the rules look back over count; the derivations below say which.</source>
        <translation>请按证书填写：每次无偿献血及献血量、各年在志愿服务平台登记的志愿服务时长，以及有捐赠票据的每笔慈善捐赠。只计规则规定的追溯年度，具体年度见下方计算过程。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Donated haematopoietic &amp;stem cells (bone marrow)</source>
        <translation>捐献过造血干细胞（骨髓）(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bl&amp;ood donations</source>
        <translation>无偿献血(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Volunteer hours by year</source>
        <translation>各年志愿服务时长(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Charitable donations</source>
        <translation>慈善捐赠(&amp;C)</translation>
    </message>
</context>
<context>
    <name>QualificationPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/qualification.py" line="+30"/>
        <source>Every condition must be met to apply. If one is not, you can still go on: every score is then a what-if, and marked as one.</source>
        <translation>须符合全部条件才能申请。如有条件不符合，仍可继续填写：此时所有分数均为假设测算，并会标明。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>YYYY-MM-DD, e.g. 1985-06-15</source>
        <translation>YYYY-MM-DD，例如 1985-06-15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds this city&apos;s residence &amp;permit</source>
        <translation>持有本市居住证(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a &amp;criminal record</source>
        <translation>有刑事犯罪记录(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth &amp;date:</source>
        <translation>出生日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;tirement category:</source>
        <translation>退休类别(&amp;T)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Residence &amp;permits held</source>
        <translation>持有的居住证(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The conditions</source>
        <translation>申请条件</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The ID number is a woman&apos;s: choose which retirement age applied to her post.</source>
        <translation>身份证号码显示为女性：请选择其岗位适用的退休年龄。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Man</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woman, formerly retiring at 55 (cadre / managerial post)</source>
        <translation>女，原法定退休年龄55周岁（干部/管理岗位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woman, formerly retiring at 50 (worker post)</source>
        <translation>女，原法定退休年龄50周岁（工人岗位）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The conditions are checked once the birth date and the retirement category are entered.</source>
        <translation>填写出生日期和退休类别后，即可核对各项条件。</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../simulator/gui/windows/batch_window.py" line="-82"/>
        <source>a condition</source>
        <translation>某项条件</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified</source>
        <translation>符合申请条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no: {0}</source>
        <translation>否：{0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A condition is not met: no rank, the total is a what-if.</source>
        <translation>有申请条件未满足：不参与排名，总分仅为假设测算。</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <location filename="../simulator/cities/hangzhou/pages/registrations.py" line="+18"/>
        <source>Enter each period of residence registration (居住登记) on the police record, from its first to its last day (both counted), with the city. Leave the end empty if you are still registered. Periods with gaps between them add up: 30 days count as a month and 12 months as a year.</source>
        <translation>请按公安机关的记录，逐段填写居住登记期间，从第一天到最后一天（首尾两天均计入），并注明城市。仍在登记的，最后一天留空。各段期间之间有间断的，累计计算：30天折算为1个月，12个月折算为1年。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Residence &amp;registrations</source>
        <translation>居住登记(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ResidencePage</name>
    <message>
        <location filename="../simulator/cities/beijing/pages/residence.py" line="+23"/>
        <source>Enter where you lived in this city, one row per home and period: an own home, a rented home or an employer dormitory. Leave the end empty if you still live there.</source>
        <translation>填写在本市的居住情况，每处住所、每段期间填一行：自有住所、租赁住所或单位宿舍。仍在居住的，截止月留空。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Housing &amp;periods</source>
        <translation>居住期间(&amp;P)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Own home</source>
        <translation>自有住所</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rented</source>
        <translation>租赁住所</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Employer dormitory</source>
        <translation>单位宿舍</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Insured months up to {0} that are not own-home months count as rental or dormitory time without being entered: the official system takes them from the social-insurance record. Enter own homes, and the homes from {1} on.</source>
        <translation>{0}及以前的社保月份（自有住所月份除外）无需填写，自动按租赁或单位宿舍计分：官方系统按社保记录计算。请填写自有住所，以及{1}起的住所。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Under these rules a rental counts without a registered lease.</source>
        <translation>按本版本规则，租赁住所无需备案即可计分。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {0} on, a rental counts only with a lease registered (备案) on the city&apos;s rental platform: tick “Lease registered” for those rows. Months before {0} need no registration.</source>
        <translation>自{0}起，租赁住所须在本市住房租赁平台备案才计分：请为这些行勾选“租赁已备案”。{0}以前的月份无需备案。</translation>
    </message>
</context>
<context>
    <name>RoutePage</name>
    <message>
        <location filename="../simulator/cities/xiongan/pages/route.py" line="+26"/>
        <source>Some people settle in Xiong&apos;an directly, through a channel of their own, without points (Art. 3 of the measures). Choose your group if you belong to one; everyone else goes through the points system on the pages that follow.</source>
        <translation>部分人员不参加积分，通过专门渠道直接在雄安落户（《办法》第三条）。如您属于其中一类，请选择所属类别；其他人员按后续各页参加积分落户。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of these: I apply by points</source>
        <translation>以上都不是：参加积分落户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Group:</source>
        <translation>人员类别(&amp;G)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your route</source>
        <translation>您的落户途径</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The route is shown once the birth date and the retirement category are entered (Qualification page).</source>
        <translation>填写出生日期和退休类别（“申请条件”页）后，这里显示落户途径。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settles directly, without points</source>
        <translation>直接落户，不参加积分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pages that follow are not scored for this route; the facts you enter there are kept, and count if you choose another group.</source>
        <translation>后续各页对此落户途径不计分；您在其中填写的信息会保留，如改选其他类别仍会计入。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You go through the points system: the qualification and the indicators on the following pages apply.</source>
        <translation>您参加积分落户：适用后续各页的申请条件和积分指标。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>your continuous Beijing social-insurance years are added to Xiong&apos;an&apos;s for the three-year condition</source>
        <translation>您在北京连续缴纳社会保险的年限与在雄安的缴费年限合并计算，用于满足“满三年”的条件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you apply for the residence permit directly, without its usual conditions</source>
        <translation>您可直接申领居住证，不受一般申领条件限制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For your group: {0}.</source>
        <translation>对您所属的类别：{0}。</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../simulator/gui/widgets/row_table.py" line="+414"/>
        <source>Add row (Ins)</source>
        <translation>添加一行 (Ins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row (Ctrl+Del)</source>
        <translation>删除该行 (Ctrl+Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds an empty row and starts typing in it. Keys: Insert, or Ctrl+Enter.</source>
        <translation>添加一个空行并开始填写。按键：Insert 或 Ctrl+Enter。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the row of the selected cell. Keys: Ctrl+Delete.</source>
        <translation>删除所选单元格所在的行。按键：Ctrl+Delete。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys: Insert adds a row · type to fill a cell, Tab goes to the next one · F2 edits · Space ticks a box · Ctrl+Delete removes the row. An empty end month means “still ongoing”.</source>
        <translation>按键：Insert 添加一行 · 直接输入即填写单元格，Tab 到下一格 · F2 编辑 · 空格键勾选 · Ctrl+Delete 删除该行。截止月留空表示“至今”。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Row {0}, {1}</source>
        <translation>第{0}行，{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row {0}</source>
        <translation>第{0}行</translation>
    </message>
</context>
<context>
    <name>RulesComparisonWindow</name>
    <message>
        <location filename="../simulator/gui/windows/rules_comparison_window.py" line="+148"/>
        <source>Enter the birth date and the retirement category to compare.</source>
        <translation>请先填写出生日期和退休类别，才能比较。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These two cannot be compared: {0}</source>
        <translation>这两者无法比较：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These two cannot be compared: the rules do not cover this round.</source>
        <translation>这两者无法比较：规则不适用于该批次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A: {0}, {1} · B: {2}, {3}</source>
        <translation>A：{0}，{1} · B：{2}，{3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two sides are the same rules and round.</source>
        <translation>两侧是同一规则、同一批次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule editions and years compared</source>
        <translation>规则版本与年度对比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The applicant under two rule editions, or in two declaration years: every indicator&apos;s points under each, the difference, and why.</source>
        <translation>同一申请人在两个规则版本或两个申报年度下的得分：每项指标在两侧的分值、差距及原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Side &amp;A:</source>
        <translation>A侧(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side &amp;B:</source>
        <translation>B侧(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same round, two &amp;editions</source>
        <translation>同一批次，两个版本(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same rules, next &amp;year</source>
        <translation>同一规则，下一年度(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ScenariosWindow</name>
    <message>
        <location filename="../simulator/gui/windows/scenarios_window.py" line="+278"/>
        <source>High school or technical secondary school</source>
        <translation>高中、中专</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Junior college</source>
        <translation>大专</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bachelor</source>
        <translation>本科</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>硕士</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor</source>
        <translation>博士</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None (below junior college)</source>
        <translation>无（大专以下）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not used until corrected: {0}</source>
        <translation>更正之前不采用：{0}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New scenario</source>
        <translation>新建情景</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Scenario {0}</source>
        <translation>情景{0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename scenario</source>
        <translation>重命名情景</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Enter the birth date and the retirement category to make scenarios.</source>
        <translation>请先填写出生日期和退休类别，才能建立情景。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Make a scenario from the applicant, then change its facts above.</source>
        <translation>从当前申请人建立一个情景，然后在上方修改其事实。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This scenario&apos;s changes are not valid: {0}</source>
        <translation>该情景的修改无效：{0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No difference from the facts as filed.</source>
        <translation>与所填事实没有差别。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, against the facts as filed:</source>
        <translation>{0}，与所填事实相比：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A scenario is the applicant with some facts changed, scored under the same rules and round beside the facts as filed. It never changes the facts themselves, and it is saved in the applicant file.</source>
        <translation>情景是修改了部分事实的申请人，按同一规则和批次计分，与所填事实并列比较。情景从不改动事实本身，并保存在申请人文件中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scenarios:</source>
        <translation>情景(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New from the applicant...</source>
        <translation>从申请人新建(&amp;N)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename...</source>
        <translation>重命名(&amp;R)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Insurance</source>
        <translation>社保(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Homes</source>
        <translation>住房(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workplaces</source>
        <translation>就业地点(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax</source>
        <translation>纳税(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Education and permit</source>
        <translation>学历与居住证(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest &amp;qualification:</source>
        <translation>最高学历(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds this city&apos;s residence &amp;permit</source>
        <translation>持有本市居住证(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side (&amp;points):</source>
        <translation>并列比较（分值）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <location filename="../simulator/gui/widgets/score_panel.py" line="+156"/>
        <source>Score</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the rules...</source>
        <translation>正在载入规则…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the birth date and the retirement category to see a score.</source>
        <translation>填写出生日期和退休类别后显示分数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settles through another channel, not by points: {0}</source>
        <translation>通过其他渠道落户，不参加积分：{0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}, declaration year {1}, counted up to {2}</source>
        <translation>{0}，{1}年申报，计算截至{2}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{0}, round {1}, counted up to {2}</source>
        <translation>{0}，{1}轮次，计算截至{2}</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Not the declaration the file was saved for: {0}, {1}, {2} (total then: {3}).</source>
        <translation>不是文件保存时针对的申报：{0}，{1}，{2}（当时总分：{3}）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Where you stand (history)</source>
        <translation>你的位置（历史对照）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A RANGE: values not known</source>
        <translation>范围：有未知分值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PROVISIONAL</source>
        <translation>暂定</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not known, so these points are a range: {0}</source>
        <translation>未知，本项分值因此是一个范围：{0}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Pass mark</source>
        <translation>落户分数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1}: {2}</source>
        <translation>{0}{1}：{2}</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>One-vote veto: {0}</source>
        <translation>一票否决：{0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User-supplied rule values: {0}</source>
        <translation>用户提供的规则分值：{0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No published line is known for this city.</source>
        <translation>暂无本市已公布的分数线。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest published line ({0}): {1}
{2}</source>
        <translation>最近公布的分数线（{0}年）：{1}
{2}</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../simulator/gui/windows/scenarios_window.py" line="-413"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As filed</source>
        <translation>所填事实</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not valid</source>
        <translation>无效</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/start.py" line="+38"/>
        <source>This program works out, point by point, what you would score in a city&apos;s points-settlement system, and shows how every point is derived from the official rules. It works offline: nothing you enter leaves this computer.</source>
        <translation>本程序逐项测算您在城市积分落户中能得多少分，并说明每一分如何依据官方规则得出。程序离线运行：您填写的任何内容都不会离开这台电脑。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rules edition:</source>
        <translation>规则版本(&amp;R)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;ound:</source>
        <translation>轮次(&amp;O)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Declaration &amp;year:</source>
        <translation>申报年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language / 语言:</source>
        <translation>语言 / Language：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keyboard: Tab moves between fields, Alt with the underlined letter jumps to a field, Alt+N or Ctrl+Page Down goes to the next page, Alt+B or Ctrl+Page Up goes back, Enter in a text field goes on. Ctrl+N starts a new applicant.</source>
        <translation>键盘操作：Tab 在字段间移动，Alt+括号中的字母跳到该字段，Alt+N 或 Ctrl+Page Down 到下一页，Alt+B 或 Ctrl+Page Up 返回上一页，在文本框中按回车继续。Ctrl+N 开始新申请人。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>These rules apply to the declaration years {0}; data version {1}.</source>
        <translation>本规则适用于{0}年度的申报；数据版本 {1}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They hold {0} rounds a year: choose the round; its counting date follows from it.</source>
        <translation>本规则每年{0}个轮次：请选择轮次，计算截止日随之确定。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The coming round is {0}.</source>
        <translation>即将到来的申报年度是{0}年。</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../simulator/gui/windows/projection_view.py" line="-260"/>
        <source>Points</source>
        <translation>增加分数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counts from</source>
        <translation>起算年度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later years</source>
        <translation>以后各年</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not every condition is met in {0}: the totals are what-ifs.</source>
        <translation>{0}年申请条件未全部满足：分数仅为假设测算。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/summary.py" line="+65"/>
        <source>N&amp;otes (saved in the applicant file):</source>
        <translation>备注（保存在申请人文件中）(&amp;O)：</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Save applicant file...</source>
        <translation>保存申请人文件(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport PDF worksheet...</source>
        <translation>导出PDF工作表(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the full &amp;ID number in the PDF</source>
        <translation>PDF中显示完整身份证号(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualification</source>
        <translation>申请条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every indicator</source>
        <translation>各项指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with past lines</source>
        <translation>与历年分数线比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An estimate only: the official system&apos;s result prevails.</source>
        <translation>本测算仅供参考，以官方系统结果为准。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No score yet: enter the birth date and the retirement category (Qualification page).</source>
        <translation>还没有分数：请填写出生日期和退休类别（“申请条件”页）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settles through another channel, not by points</source>
        <translation>通过其他渠道落户，不参加积分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(what-if)</source>
        <translation>（假设测算）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The total is a range: values the sources do not give (or you have not answered) are never guessed; it lies between the lowest and the highest the known rules allow.</source>
        <translation>总分是一个范围：已知资料没有给出（或您尚未回答）的数值绝不猜测；总分介于已知规则允许的最低值和最高值之间。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Official value not available: {0}</source>
        <translation>官方分值暂缺：{0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not answered: {0}</source>
        <translation>未回答：{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass mark</source>
        <translation>落户分数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1}: {2}</source>
        <translation>{0}{1}：{2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One-vote veto: {0}</source>
        <translation>一票否决：{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Equal totals are ranked by: {0}</source>
        <translation>同分时依次比较：{0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User-supplied rule value: {0} = {1} ({2})</source>
        <translation>用户提供的规则值：{0} = {1}（{2}）</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} · declaration year {1} · counted up to {2} · rules data {3} ({4})</source>
        <translation>{0} · {1}年申报 · 计算截至{2} · 规则数据 {3}（{4}）</translation>
    </message>
</context>
<context>
    <name>TaxPage</name>
    <message>
        <location filename="../simulator/cities/beijing/pages/tax.py" line="+17"/>
        <source>Enter the personal income tax paid in this city for each natural year, as the tax app&apos;s income-and-tax detail shows it. Only the three years before the declaration count.</source>
        <translation>按“个人所得税”App的收入纳税明细，逐年填写在本市缴纳的个人所得税。只计申报前三个自然年。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Income tax by year</source>
        <translation>各年个人所得税(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meets one of the two &amp;tax conditions of the trial rules (your own answer)</source>
        <translation>符合试行规则两项纳税条件之一（由您自行确认）(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tax &amp;violations on record</source>
        <translation>涉税违法记录(&amp;V)</translation>
    </message>
</context>
<context>
    <name>TitleSkillPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/title_skill.py" line="+20"/>
        <source>Enter your professional title (职称) and your vocational skill level (职业技能等级) as certified, if you hold them. Only one counts: the one that scores more. Leave both at “none” otherwise.</source>
        <translation>如您已取得职称或职业技能等级，请按证书填写。两者只计一项，按分值较高的一项计算。没有的，两项均保持“无”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professional &amp;title:</source>
        <translation>职称(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skill level:</source>
        <translation>职业技能等级(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>Titles</name>
    <message>
        <location filename="../simulator/gui/wizard/titles.py" line="+18"/>
        <source>Rules and language</source>
        <translation>规则与语言</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applicant and qualification</source>
        <translation>申请人与申请条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualification</source>
        <translation>申请条件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Social insurance</source>
        <translation>社会保险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance</source>
        <translation>社会保险</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Education</source>
        <translation>教育背景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professional title or skill level</source>
        <translation>职称或职业技能等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title / skill</source>
        <translation>职称/技能</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Homes (own home, rental)</source>
        <translation>住所（自有住所、租赁住所）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homes</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Honours and commendations</source>
        <translation>荣誉表彰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honours</source>
        <translation>荣誉表彰</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invention patents and innovation</source>
        <translation>发明专利与创新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patents</source>
        <translation>发明专利</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax</source>
        <translation>纳税</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deductions and disqualifying records</source>
        <translation>减分及一票否决事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deductions</source>
        <translation>减分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Further facts these rules ask about</source>
        <translation>本规则问到的其他事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More facts</source>
        <translation>其他事项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary: the whole derivation</source>
        <translation>汇总：完整计算过程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <location filename="../simulator/gui/windows/tools_menu.py" line="+113"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Projection and what-ifs...</source>
        <translation>分数预测与提分建议(&amp;P)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scenarios...</source>
        <translation>情景(&amp;S)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule &amp;editions and years compared...</source>
        <translation>规则版本与年度对比(&amp;E)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City comparison...</source>
        <translation>多城市对比(&amp;C)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rule values you supply...</source>
        <translation>自行提供规则分值(&amp;R)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch scoring...</source>
        <translation>批量测算(&amp;B)...</translation>
    </message>
</context>
<context>
    <name>TopicsModel</name>
    <message>
        <location filename="../simulator/gui/windows/comparison_window.py" line="-141"/>
        <source>Shared topic</source>
        <translation>共同事项</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not known: the points are a range</source>
        <translation>未知：分值是一个范围</translation>
    </message>
</context>
<context>
    <name>WhatIfBanner</name>
    <message>
        <location filename="../simulator/gui/widgets/whatif_banner.py" line="+34"/>
        <source>WHAT-IF — not qualified: {0}</source>
        <translation>假设测算 — 不符合：{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WHAT-IF: not every condition is met ({0}). No score is valid until they all are; you may continue, and every score shown is what would count if they were.</source>
        <translation>假设测算：申请条件未全部满足（{0}）。全部条件满足之前，任何分数均不作数；您可以继续填写，所显示的分数均为假设条件全部满足时的得分。</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../simulator/gui/wizard/pages/base.py" line="+264"/>
        <source>row {0}</source>
        <translation>第{0}行</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <location filename="../simulator/gui/wizard/view.py" line="+226"/>
        <source>Go to page</source>
        <translation>转到页面</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Page:</source>
        <translation>页面(&amp;P)：</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>“{0}” cannot be left yet: {1}</source>
        <translation>还不能离开“{0}”：{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(and {0} more)</source>
        <translation>（另有{0}处）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page (Alt+B, Ctrl+Page Up)</source>
        <translation>上一页（Alt+B，Ctrl+Page Up）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page (Alt+N, Ctrl+Page Down, or Enter in a text field)</source>
        <translation>下一页（Alt+N，Ctrl+Page Down，或在文本框中按回车）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1 … Ctrl+9 (Ctrl+0: the tenth) or Ctrl+G: go to a page by its number</source>
        <translation>Ctrl+1 … Ctrl+9（Ctrl+0：第十页）或 Ctrl+G：按编号转到页面</translation>
    </message>
</context>
<context>
    <name>YearsModel</name>
    <message>
        <location filename="../simulator/gui/windows/projection_view.py" line="+67"/>
        <source>Round</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed, and why</source>
        <translation>变化及原因</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(what-if)</source>
        <translation>（假设测算）</translation>
    </message>
</context>
</TS>
