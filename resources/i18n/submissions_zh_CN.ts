<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DuePanel</name>
    <message>
        <source>What is due</source>
        <translation>应报送材料</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报送材料</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation>生成…</translation>
    </message>
    <message>
        <source>Make the report's PDF from the records as they are today, keep it with the report and open it.</source>
        <translation>按今天的记录生成材料的PDF，随报送记录保存并打开。</translation>
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation>标记为已报送…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>打开PDF</translation>
    </message>
    <message>
        <source>Open the PDF kept with the report.</source>
        <translation>打开随报送记录保存的PDF。</translation>
    </message>
    <message>
        <source>{state} (late)</source>
        <translation>{state}（逾期报送）</translation>
    </message>
    <message>
        <source>Each school generates and sends its own reports: this one is {school}'s.</source>
        <translation>各学校自行生成和报送本校材料：这份材料属于{school}。</translation>
    </message>
    <message>
        <source>Already sent: what went to the bureau is kept as it was.</source>
        <translation>已报送：已报送的材料保持原样。</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark as sent</source>
        <translation>标记为已报送</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报送材料</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>报送对象</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>报送人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SubmissionsPage</name>
    <message>
        <source>Quarter {quarter} of {year}</source>
        <translation>{year}年第{quarter}季度</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>{year}年度</translation>
    </message>
    <message>
        <source>{report} ({period}, {school})</source>
        <translation>{report}（{period}，{school}）</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>打开PDF</translation>
    </message>
    <message>
        <source>Reports kept</source>
        <translation>报送记录</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报送材料</translation>
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
        <source>Generated on</source>
        <translation>生成日期</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>报送对象</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>报送人</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>全部材料</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>全部学校</translation>
    </message>
    <message>
        <source>No PDF is kept with this report: it was recorded without one.</source>
        <translation>这份报送记录没有保存PDF：登记时未附文件。</translation>
    </message>
</context>
</TS>