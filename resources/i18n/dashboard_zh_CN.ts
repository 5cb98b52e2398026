<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DashboardPage</name>
    <message>
        <source>Semester</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Plans, decisions and reports</source>
        <translation>计划、决定与报送</translation>
    </message>
    <message>
        <source>Schools side by side</source>
        <translation>各校对比</translation>
    </message>
    <message>
        <source>Recent records</source>
        <translation>最近记录</translation>
    </message>
    <message>
        <source>Whole alliance</source>
        <translation>全联盟</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Quotas: {where}</source>
        <translation>考核指标：{where}</translation>
    </message>
    <message>
        <source>Recent records: {where}</source>
        <translation>最近记录：{where}</translation>
    </message>
    <message>
        <source>Plans, decisions and reports due: {where}, as of {day}</source>
        <translation>计划、决定与报送：{where}（截至{day}）</translation>
    </message>
    <message>
        <source>Counted: {period}</source>
        <translation>统计时段：{period}</translation>
    </message>
</context>
<context>
    <name>DutiesView</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>负责人/学校</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Double-click a row to open its page.</source>
        <translation>双击一行可打开所在页面。</translation>
    </message>
    <message>
        <source>{report}, quarter {quarter} of {year}</source>
        <translation>{report}（{year}年第{quarter}季度）</translation>
    </message>
    <message>
        <source>{report}, {year}</source>
        <translation>{report}（{year}年）</translation>
    </message>
    <message>
        <source>Overdue: its date has passed.</source>
        <translation>已逾期：期限已过。</translation>
    </message>
    <message>
        <source>Due within a week.</source>
        <translation>一周内到期。</translation>
    </message>
    <message>
        <source>Overdue {late} · due within a week {soon} · to do {todo}</source>
        <translation>已逾期 {late} 项 · 一周内到期 {soon} 项 · 待办 {todo} 项</translation>
    </message>
    <message>
        <source>Nothing planned, decided or due for now.</source>
        <translation>目前没有计划事项、待落实的决定或应报送的材料。</translation>
    </message>
</context>
<context>
    <name>RecentView</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Topic or title</source>
        <translation>课题/主题</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Lesson observation</source>
        <translation>听课记录</translation>
    </message>
    <message>
        <source>Mentor session</source>
        <translation>指导记录</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>联盟活动</translation>
    </message>
    <message>
        <source>{record} · {kind}</source>
        <translation>{record} · {kind}</translation>
    </message>
</context>
<context>
    <name>RulesView</name>
    <message>
        <source>Rule</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>还差</translation>
    </message>
    <message>
        <source>Behind pace by</source>
        <translation>落后进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Month or quarter</source>
        <translation>月份或季度</translation>
    </message>
    <message>
        <source>{fine} of {all} met the rule or are on track</source>
        <translation>{all} 个考核对象中 {fine} 个已达标或进度正常</translation>
    </message>
    <message>
        <source>Choose a rule to see who is short of it.</source>
        <translation>选择一项考核指标，查看未达标的人员。</translation>
    </message>
    <message>
        <source>Short of “{rule}”: {n}</source>
        <translation>“{rule}”未达标：{n}</translation>
    </message>
    <message>
        <source>Nobody is short of “{rule}”.</source>
        <translation>“{rule}”全部达标。</translation>
    </message>
</context>
<context>
    <name>SchoolsView</name>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>联盟活动</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>听课</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>师徒结对</translation>
    </message>
    <message>
        <source>Mentor sessions</source>
        <translation>指导记录</translation>
    </message>
    <message>
        <source>Last record</source>
        <translation>最近记录日期</translation>
    </message>
    <message>
        <source>Behind / all</source>
        <translation>落后/应考核</translation>
    </message>
    <message>
        <source>Double-click a school to look at its people</source>
        <translation>双击学校，查看该校人员情况</translation>
    </message>
    <message>
        <source>No record this semester</source>
        <translation>本学期没有记录</translation>
    </message>
    <message>
        <source>No record for {days} days (more than {limit})</source>
        <translation>已 {days} 天没有记录（超过 {limit} 天）</translation>
    </message>
    <message>
        <source>{behind} of {all} people and pairings are behind</source>
        <translation>{all} 个人员和结对中有 {behind} 个落后</translation>
    </message>
</context>
</TS>