<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>NewTeacherDialog</name>
    <message>
        <source>Add a new teacher</source>
        <translation>添加新教师</translation>
    </message>
</context>
<context>
    <name>RosterNotice</name>
    <message>
        <source>Your school's teacher roster is empty, so none of your teachers can be chosen yet. Add them on the Teachers page (Import roster… or New), or add one now.</source>
        <translation>本校的教师名册还是空的，暂时选不到本校教师。请在“教师”页点“导入教师名单…”或“新建”添加本校教师，也可以现在添加一位。</translation>
    </message>
    <message>
        <source>Add a teacher…</source>
        <translation>添加教师…</translation>
    </message>
</context>
<context>
    <name>TeacherChoices</name>
    <message>
        <source>Backbone teacher</source>
        <translation>骨干教师</translation>
    </message>
    <message>
        <source>Subject leader</source>
        <translation>学科带头人</translation>
    </message>
    <message>
        <source>Master teacher</source>
        <translation>名师</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离职</translation>
    </message>
</context>
<context>
    <name>TeacherEditor</name>
    <message>
        <source>New teacher</source>
        <translation>新增教师</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>e.g. 语文、数学</source>
        <translation>如：语文、数学</translation>
    </message>
    <message>
        <source>Still teaching here</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Uncheck when the teacher has left: their records stay, and the forms stop offering them.</source>
        <translation>教师调离或退休时取消勾选：其记录仍保留，各表单不再列出该教师。</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>学科</translation>
    </message>
    <message>
        <source>Grades taught</source>
        <translation>任教年级</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Professional title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Backbone titles</source>
        <translation>骨干/名师</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>This teacher was entered by {school}; only that school can change the record.</source>
        <translation>该教师由{school}录入，只有该校可以修改这条记录。</translation>
    </message>
</context>
<context>
    <name>TeachersPage</name>
    <message>
        <source>Name or pinyin initials, e.g. zs (Ctrl+F)</source>
        <translation>姓名或拼音首字母，如 zs（Ctrl+F）</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>设为离职</translation>
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
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>学科</translation>
    </message>
    <message>
        <source>Grades taught</source>
        <translation>任教年级</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Professional title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Backbone titles</source>
        <translation>骨干/名师</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>全部学校</translation>
    </message>
    <message>
        <source>All positions</source>
        <translation>全部职务</translation>
    </message>
    <message>
        <source>Show teachers who left</source>
        <translation>显示离职教师</translation>
    </message>
    <message>
        <source>No teachers here yet with the filters above. Click Import roster… to read the list your school keeps in Excel or CSV, or New to add teachers one by one: lessons observed and pairings need them first.</source>
        <translation>按上面的筛选条件，这里还没有教师。点“导入教师名单…”读入学校现有的 Excel 或 CSV 名单，或点“新建”逐个添加：听课记录和师徒结对都要先有教师。</translation>
    </message>
    <message>
        <source>Mark as teaching again</source>
        <translation>恢复在职</translation>
    </message>
</context>
</TS>