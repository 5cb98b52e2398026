<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Host school</source>
        <translation>主办学校</translation>
    </message>
    <message>
        <source>Participating schools</source>
        <translation>参与学校</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Teachers reached</source>
        <translation>参与教师人次</translation>
    </message>
    <message>
        <source>Students reached</source>
        <translation>学生人次</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>New alliance activity</source>
        <translation>新建联盟活动</translation>
    </message>
    <message>
        <source>Alliance activity</source>
        <translation>联盟活动</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>主题</translation>
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
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Host school</source>
        <translation>主办学校</translation>
    </message>
    <message>
        <source>Participating schools</source>
        <translation>参与学校</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <source>Count the participants</source>
        <translation>按参与人员计</translation>
    </message>
    <message>
        <source>Set the teachers reached to the number of teachers listed above</source>
        <translation>把参与教师人次设为上面列出的教师人数</translation>
    </message>
    <message>
        <source>Teachers reached</source>
        <translation>参与教师人次</translation>
    </message>
    <message>
        <source>Students reached</source>
        <translation>学生人次</translation>
    </message>
    <message>
        <source>For this type</source>
        <translation>类型专项</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>活动议程</translation>
    </message>
    <message>
        <source>Activity record</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>活动成效</translation>
    </message>
    <message>
        <source>Sign-in sheets, photos, slides</source>
        <translation>签到表、照片、课件</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>This activity belongs to {school}: it can be read here and changed only there.</source>
        <translation>这次活动属于{school}：此处只能查看，只能由该校修改。</translation>
    </message>
</context>
<context>
    <name>ParticipantsTable</name>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>添加参与人员</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>删除参与人员</translation>
    </message>
    <message>
        <source>(removed teacher)</source>
        <translation>（已删除的教师）</translation>
    </message>
</context>
<context>
    <name>TypeFields</name>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Lead preparer</source>
        <translation>主备人</translation>
    </message>
    <message>
        <source>Unit / topic</source>
        <translation>单元/课题</translation>
    </message>
    <message>
        <source>Discussion points</source>
        <translation>研讨要点</translation>
    </message>
    <message>
        <source>Sending school</source>
        <translation>派出学校</translation>
    </message>
    <message>
        <source>Receiving school</source>
        <translation>接收学校</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>学科</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>起止日期</translation>
    </message>
</context>
</TS>
