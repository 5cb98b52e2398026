<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MentoringPage</name>
    <message>
        <source>Delete pairing</source>
        <translation>删除结对</translation>
    </message>
    <message>
        <source>Delete the pairing "{what}"? Its sessions stay recorded. You can undo this right after.</source>
        <translation>删除结对“{what}”？其指导记录仍会保留。删除后可立即撤销。</translation>
    </message>
</context>
<context>
    <name>PairingDetailView</name>
    <message>
        <source>Edit pairing…</source>
        <translation>编辑结对…</translation>
    </message>
    <message>
        <source>Delete pairing</source>
        <translation>删除结对</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>学科</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>This semester against the quota</source>
        <translation>本学期指标完成情况</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Session kind</source>
        <translation>指导类型</translation>
    </message>
    <message>
        <source>Sessions this semester</source>
        <translation>本学期次数</translation>
    </message>
    <message>
        <source>Quota rule</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Done / required</source>
        <translation>完成 / 要求</translation>
    </message>
    <message>
        <source>Choose a pairing on the left</source>
        <translation>请在左侧选择一个师徒结对</translation>
    </message>
    <message>
        <source>Mentor {mentor} → mentee {mentee}</source>
        <translation>师傅 {mentor} → 徒弟 {mentee}</translation>
    </message>
    <message>
        <source>{mentor_school} → {mentee_school}</source>
        <translation>{mentor_school} → {mentee_school}</translation>
    </message>
    <message>
        <source>{status} on {day}</source>
        <translation>{status}（{day}）</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}：{reason}</translation>
    </message>
    <message>
        <source>View pairing…</source>
        <translation>查看结对…</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>全部指导</translation>
    </message>
    <message>
        <source>{count} / {threshold}</source>
        <translation>{count} / {threshold}</translation>
    </message>
    <message>
        <source>{name}
Counted {start} to {end}, due {due}. {source}</source>
        <translation>{name}
统计 {start} 至 {end}，截止 {due}。{source}</translation>
    </message>
    <message>
        <source>{status}: {n} behind pace, {short} more by {due}</source>
        <translation>{status}：比进度少 {n} 次，{due} 前还需 {short} 次</translation>
    </message>
    <message>
        <source>{status}: {short} more by {due}</source>
        <translation>{status}：{due} 前还需 {short} 次</translation>
    </message>
</context>
<context>
    <name>PairingEditor</name>
    <message>
        <source>Mentor pairing</source>
        <translation>师徒结对</translation>
    </message>
    <message>
        <source>Mentor pairing: {mentor} → {mentee}</source>
        <translation>师徒结对：{mentor} → {mentee}</translation>
    </message>
    <message>
        <source>This pairing belongs to {school}; only that school can change it.</source>
        <translation>此结对属于{school}，只有该校可以修改。</translation>
    </message>
    <message>
        <source>Name or initials, e.g. zs</source>
        <translation>姓名或拼音首字母，如 zs</translation>
    </message>
    <message>
        <source>What the mentee should be able to do by the end</source>
        <translation>结对期满时徒弟应达到的目标</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>徒弟</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>学科</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划结束</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>PairingListPane</name>
    <message>
        <source>Mentor or mentee (Ctrl+F)</source>
        <translation>师傅或徒弟（Ctrl+F）</translation>
    </message>
    <message>
        <source>New pairing</source>
        <translation>新建结对</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>徒弟</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>学科</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>全部学校</translation>
    </message>
    <message>
        <source>{n} pairings</source>
        <translation>共 {n} 对</translation>
    </message>
    <message>
        <source>This pairing belongs to {school}; only that school can delete it.</source>
        <translation>此结对属于{school}，只有该校可以删除。</translation>
    </message>
</context>
<context>
    <name>QuickAddRow</name>
    <message>
        <source>Topic, then Enter</source>
        <translation>主题，回车保存</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add the session (Enter)</source>
        <translation>添加指导记录（回车）</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详细…</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Mentor session: {mentor} → {mentee}</source>
        <translation>指导记录：{mentor} → {mentee}</translation>
    </message>
    <message>
        <source>This session was recorded by {school}; only that school can change it.</source>
        <translation>此指导记录由{school}填写，只有该校可以修改。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>What was done: the lesson, the discussion …</source>
        <translation>指导内容：听课、研讨……</translation>
    </message>
    <message>
        <source>What the mentee took away</source>
        <translation>徒弟的收获</translation>
    </message>
    <message>
        <source>The mentor's feedback</source>
        <translation>师傅的反馈</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>下一步安排</translation>
    </message>
    <message>
        <source>A lesson one of the pair observed</source>
        <translation>师徒之间的一节听课记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>指导内容</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>收获</translation>
    </message>
    <message>
        <source>Mentor's feedback</source>
        <translation>师傅反馈</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Linked lesson</source>
        <translation>关联听课记录</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>{date} {topic} (taught by {teacher})</source>
        <translation>{date} {topic}（授课人：{teacher}）</translation>
    </message>
    <message>
        <source>(a lesson no longer listed)</source>
        <translation>（该听课记录已不在列表中）</translation>
    </message>
</context>
<context>
    <name>SessionTimeline</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>删除指导记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>指导内容</translation>
    </message>
    <message>
        <source>Sessions are recorded by the schools of the mentor and the mentee.</source>
        <translation>指导记录由师傅或徒弟所在学校填写。</translation>
    </message>
    <message>
        <source>Session not added</source>
        <translation>指导记录尚未添加</translation>
    </message>
    <message>
        <source>The session "{topic}" typed in the quick-add row has not been added. Add it before closing?</source>
        <translation>快速添加栏中输入的指导记录“{topic}”还没有添加。关闭前要保存吗？</translation>
    </message>
    <message>
        <source>This session was recorded by {school}; only that school can delete it.</source>
        <translation>此指导记录由{school}填写，只有该校可以删除。</translation>
    </message>
    <message>
        <source>{date} {kind} {topic}</source>
        <translation>{date} {kind} {topic}</translation>
    </message>
    <message>
        <source>Delete the session "{what}"? You can undo this right after.</source>
        <translation>删除指导记录“{what}”？删除后可立即撤销。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Write what the session was about, then press Enter.</source>
        <translation>请先写明这次指导的主题，再按回车保存。</translation>
    </message>
</context>
</TS>