<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DashboardLegend</name>
    <message>
        <source>Pink row: overdue, its date has passed</source>
        <translation>粉红底：已逾期（期限已过）</translation>
    </message>
    <message>
        <source>Red text: due within a week</source>
        <translation>红字：一周内到期</translation>
    </message>
    <message>
        <source>Pink row: a school needing attention, with no record for more than {days} days, or half or more of its people and pairings behind or missed</source>
        <translation>粉红底：需关注的学校——超过 {days} 天没有记录，或受考核的人员和结对中一半以上落后或未完成</translation>
    </message>
</context>
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
        <source>Plans, decisions and reports as of {day}</source>
        <translation>计划、决定与报送（截至{day}）</translation>
    </message>
    <message>
        <source>{title} · {n} overdue</source>
        <translation>{title} · 已逾期 {n} 项</translation>
    </message>
    <message>
        <source>Schools side by side · {n} needing attention</source>
        <translation>各校对比 · 需关注 {n} 所</translation>
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
        <source>Met / all</source>
        <translation>达标/应考核</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>How many of those the rule applies to have met it; the bar shows all four standings in their colours.</source>
        <translation>受此指标考核的对象中已达标的个数；进度条按颜色显示达标、正常、落后、未完成各占多少。</translation>
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
        <source>Standing</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rest the pointer on a rule to read what it asks and the policy text it quotes, with the file and section.</source>
        <translation>把鼠标停在一项指标上，可查看它的要求，以及所引政策原文和出处（文件名、章节）。</translation>
    </message>
    <message>
        <source>No quota rule applies here.</source>
        <translation>这里没有适用的考核指标。</translation>
    </message>
    <message>
        <source>Rules met by everyone: {met}/{rules} · all results ({n}): {counts}</source>
        <translation>全员达标的指标 {met}/{rules} 条 · 全部考核结果（{n} 项）：{counts}</translation>
    </message>
    <message>
        <source>Requires: {requirement}</source>
        <translation>要求：{requirement}</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>出处：{citation}</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>原文：“{text}”</translation>
    </message>
    <message>
        <source>{met} of {all} have met the rule. {counts}</source>
        <translation>{all} 个考核对象中 {met} 个已达标。{counts}</translation>
    </message>
    <message>
        <source>Done / required: {done}/{required}</source>
        <translation>完成/要求：{done}/{required}</translation>
    </message>
    <message>
        <source>Choose a rule to see where everyone stands.</source>
        <translation>选择一项考核指标，查看每个考核对象的状态。</translation>
    </message>
    <message>
        <source>“{rule}”: {counts}</source>
        <translation>“{rule}”：{counts}</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>还差</translation>
    </message>
    <message>
        <source>Done / required</source>
        <translation>完成/要求</translation>
    </message>
    <message>
        <source>Behind pace by</source>
        <translation>落后进度</translation>
    </message>
    <message>
        <source>Month or quarter</source>
        <translation>月份或季度</translation>
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
        <source>Behind or missed / all</source>
        <translation>落后或未完成/应考核</translation>
    </message>
    <message>
        <source>People and pairings of the school behind or missed on some quota rule, of all those quota rules apply to</source>
        <translation>该校在某项考核指标上落后或未完成的人员和结对数 / 受考核的人员和结对总数</translation>
    </message>
    <message>
        <source>{behind} of {all} people and pairings are behind or missed</source>
        <translation>{all} 个人员和结对中有 {behind} 个落后或未完成</translation>
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
</context>
</TS>