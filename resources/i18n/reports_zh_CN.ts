<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ListExporter</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the rows shown, with the filters and search applied, as an Excel workbook or a CSV file.</source>
        <translation>把当前显示的行（已按筛选和搜索条件）保存为 Excel 工作簿或 CSV 文件。</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)…</source>
        <translation>Excel 工作簿（.xlsx）…</translation>
    </message>
    <message>
        <source>CSV file (.csv)…</source>
        <translation>CSV 文件（.csv）…</translation>
    </message>
    <message>
        <source>{table}: {format}</source>
        <translation>{table}：{format}</translation>
    </message>
    <message>
        <source>{rows} rows saved to {path}.</source>
        <translation>已将 {rows} 行保存到 {path}。</translation>
    </message>
    <message>
        <source>Writing the rows…</source>
        <translation>正在写入…</translation>
    </message>
</context>
<context>
    <name>OutputDialogs</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Search topic, teacher, notes…</source>
        <translation>搜索课题、授课人、记录…</translation>
    </message>
    <message>
        <source>Search title, notes…</source>
        <translation>搜索活动名称、记录…</translation>
    </message>
    <message>
        <source>Search title, agenda, decisions…</source>
        <translation>搜索会议名称、议题、决定事项……</translation>
    </message>
    <message>
        <source>Mentor or mentee: name or pinyin initials</source>
        <translation>师傅或徒弟：姓名或拼音首字母</translation>
    </message>
    <message>
        <source>Search title, guiding principles, items…</source>
        <translation>搜索标题、指导思想、工作内容…</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words.</source>
        <translation>没有找到。请少输入几个字再试。</translation>
    </message>
    <message>
        <source>The newest {n} matches; type more to narrow.</source>
        <translation>显示最新的 {n} 条；多输入几个字可缩小范围。</translation>
    </message>
    <message>
        <source>{date}  {teacher}  {subject}: {topic}</source>
        <translation>{date}  {teacher}  {subject}：{topic}</translation>
    </message>
    <message>
        <source>{date}  {type}: {title}</source>
        <translation>{date}  {type}：{title}</translation>
    </message>
    <message>
        <source>{school}: {title}</source>
        <translation>{school}：{title}</translation>
    </message>
    <message>
        <source>{date}  {kind}: {title}</source>
        <translation>{date}  {kind}：{title}</translation>
    </message>
    <message>
        <source>{mentor} → {mentee}  {subject}, since {start}</source>
        <translation>{mentor} → {mentee}  {subject}，{start} 起</translation>
    </message>
</context>
<context>
    <name>RecordPrinter</name>
    <message>
        <source>Save the record first: the form is printed from what is saved.</source>
        <translation>请先保存记录：打印的是已保存的内容。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the {form} of the saved record: it opens as a PDF to print or save.</source>
        <translation>打印已保存记录的{form}：以 PDF 打开，可打印或保存。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>What to print</source>
        <translation>打印内容</translation>
    </message>
    <message>
        <source>The year ending on 30 November: from 1 December of the year before.</source>
        <translation>截至 11 月 30 日的年度：自上一年 12 月 1 日起。</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the PDF with this computer's PDF viewer, to look at it or print it.</source>
        <translation>用本机的 PDF 阅读器打开，查看或打印。</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>The same summary as an Excel workbook, to hand in or to add to.</source>
        <translation>把同一份汇总导出为 Excel 工作簿，便于上报或补充。</translation>
    </message>
    <message>
        <source>Lesson observation</source>
        <translation>听课记录</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>联盟活动</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Mentor pairing</source>
        <translation>师徒结对</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>工作计划</translation>
    </message>
    <message>
        <source>Choose the record to print in the list first.</source>
        <translation>请先在列表中选择要打印的记录。</translation>
    </message>
    <message>
        <source>Ready: {name}. Open shows it; this copy is removed when the app closes, so click Save as… to keep it.</source>
        <translation>已生成：{name}。点“打开”即可查看；这是临时文件，关闭本程序后会删除，要保留请点“另存为…”。</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>Quarter {quarter} of {year}</source>
        <translation>{year}年第{quarter}季度</translation>
    </message>
</context>
<context>
    <name>RosterImportButton</name>
    <message>
        <source>Import roster…</source>
        <translation>导入教师名单…</translation>
    </message>
    <message>
        <source>Add or update teachers from the roster a school keeps in Excel or CSV.</source>
        <translation>从学校现有的 Excel 或 CSV 教师名册中添加或更新教师。</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import teacher roster</source>
        <translation>导入教师名单</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>未导入的原因</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with a row per teacher</source>
        <translation>Excel 工作簿（.xlsx）或 CSV 文件，每位教师一行</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Into the roster of</source>
        <translation>导入到</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>各列对应的内容</translation>
    </message>
    <message>
        <source>Choose the teacher roster</source>
        <translation>选择教师名册</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Column {letter}: {name}</source>
        <translation>第 {letter} 列：{name}</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: header in row {header}, {count} rows of teachers; the first {shown} are shown.</source>
        <translation>{file}，工作表 {sheet}：表头在第 {header} 行，共 {count} 行教师；下面显示前 {shown} 行。</translation>
    </message>
    <message>
        <source>Choose the column that holds the teachers' names (姓名) first.</source>
        <translation>请先选择“姓名”所在的列。</translation>
    </message>
    <message>
        <source>{imported} teachers added, {updated} updated, {unchanged} already as in the file; {refused} rows not imported.</source>
        <translation>新增教师 {imported} 人，更新 {updated} 人，{unchanged} 人已与文件一致；{refused} 行未导入。</translation>
    </message>
</context>
</TS>