<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttendeesPicker</name>
    <message>
        <source>Tick all of this school</source>
        <translation>全选本校</translation>
    </message>
    <message>
        <source>Untick all of this school</source>
        <translation>本校全不选</translation>
    </message>
    <message>
        <source>Roster of</source>
        <translation>名册</translation>
    </message>
    <message>
        <source>(removed teacher)</source>
        <translation>（已删除的教师）</translation>
    </message>
    <message>
        <source>{n} attending: {names}</source>
        <translation>出席 {n} 人：{names}</translation>
    </message>
    <message>
        <source>Nobody ticked yet.</source>
        <translation>尚未勾选出席人员。</translation>
    </message>
</context>
<context>
    <name>DecisionsTable</name>
    <message>
        <source>Decision</source>
        <translation>决定事项</translation>
    </message>
    <message>
        <source>Followed up by</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>落实日期</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>添加决定事项</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>删除决定事项</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>New meeting minutes</source>
        <translation>新建会议纪要</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>These minutes belong to {school}: they can be read here and changed only there.</source>
        <translation>这份会议纪要属于{school}：在此只能查看，只有该校可以修改。</translation>
    </message>
    <message>
        <source>Meeting kind</source>
        <translation>会议类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Host school</source>
        <translation>召开学校</translation>
    </message>
    <message>
        <source>Participating schools</source>
        <translation>参加学校</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席人员</translation>
    </message>
    <message>
        <source>Who was absent, and why</source>
        <translation>缺席人员及原因</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席人员</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>会议议题</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>会议内容</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定事项</translation>
    </message>
    <message>
        <source>The signed attendance sheet, photos, slides</source>
        <translation>签到表、照片、课件等</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>{kind} of {month}/{year}</source>
        <translation>{year}年{month}月{kind}</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>会议类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>Host school</source>
        <translation>召开学校</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席人数</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定事项</translation>
    </message>
    <message>
        <source>To be carried out</source>
        <translation>待落实</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>{n} meetings</source>
        <translation>共 {n} 次会议</translation>
    </message>
</context>
</TS>
