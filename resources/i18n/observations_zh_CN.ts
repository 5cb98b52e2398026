<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ObservationEditor</name>
    <message>
        <source>Lesson observation</source>
        <translation>听课记录</translation>
    </message>
    <message>
        <source>Lesson observation: {topic}</source>
        <translation>听课记录：{topic}</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>授课信息</translation>
    </message>
    <message>
        <source>School taught at</source>
        <translation>授课学校</translation>
    </message>
    <message>
        <source>e.g. Grade 4, Class 1</source>
        <translation>如：四年级（1）班</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>授课人</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>听课人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>节次</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>学科</translation>
    </message>
    <message>
        <source>Grade and class</source>
        <translation>年级班级</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>课题</translation>
    </message>
    <message>
        <source>Lesson type</source>
        <translation>课型</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>开课形式</translation>
    </message>
    <message>
        <source>Lesson process</source>
        <translation>听课过程</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评议</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优点</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Teacher's reflection</source>
        <translation>授课教师反思</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Attachments (photo of the handwritten page)</source>
        <translation>附件（听课本手写页照片）</translation>
    </message>
    <message>
        <source>another school</source>
        <translation>其他学校</translation>
    </message>
    <message>
        <source>This observation belongs to {school}. Only that school can change it; here it can be read.</source>
        <translation>这条听课记录属于{school}，只有该校可以修改；在这里只能查看。</translation>
    </message>
</context>
<context>
    <name>ObservationLinks</name>
    <message>
        <source>None (type to find an activity)</source>
        <translation>无（输入文字查找联盟活动）</translation>
    </message>
    <message>
        <source>None (type a mentor or mentee)</source>
        <translation>无（输入师傅或徒弟姓名）</translation>
    </message>
    <message>
        <source>Alliance activity</source>
        <translation>联盟活动</translation>
    </message>
    <message>
        <source>Mentor pairing</source>
        <translation>师徒结对</translation>
    </message>
</context>
<context>
    <name>ObservationsPage</name>
    <message>
        <source>Search topic, notes, comments… (Ctrl+F)</source>
        <translation>搜索课题、听课过程、评议……（Ctrl+F）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>节次</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>授课人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>学科</translation>
    </message>
    <message>
        <source>Grade and class</source>
        <translation>年级班级</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>课题</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>开课形式</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>听课人</translation>
    </message>
    <message>
        <source>School taught at</source>
        <translation>授课学校</translation>
    </message>
    <message>
        <source>Any school taught at</source>
        <translation>全部授课学校</translation>
    </message>
    <message>
        <source>School taught at: only the lessons taught at this school (what a teacher observed: choose the observer)</source>
        <translation>授课学校：只列出在这所学校上的课（要看某位老师听了哪些课，请选择听课人）</translation>
    </message>
    <message>
        <source>No lesson observations here yet with the filters above. Click New (Ctrl+N) to record the first one; a teacher not on the roster yet can be added from the form.</source>
        <translation>按上面的筛选条件，这里还没有听课记录。点“新建”（Ctrl+N）记录第一节听课；名册中还没有的授课教师，可在表单中直接添加。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Any observer</source>
        <translation>全部听课人</translation>
    </message>
    <message>
        <source>Any teacher</source>
        <translation>全部授课人</translation>
    </message>
    <message>
        <source>Any subject</source>
        <translation>全部学科</translation>
    </message>
    <message>
        <source>Any occasion</source>
        <translation>全部开课形式</translation>
    </message>
    <message>
        <source>All semesters</source>
        <translation>全部学期</translation>
    </message>
</context>
<context>
    <name>ProcessNotesTable</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>过程</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评析</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除一行</translation>
    </message>
</context>
<context>
    <name>RubricPanel</name>
    <message>
        <source>Evaluation (rubric scores)</source>
        <translation>评价（按评价表打分）</translation>
    </message>
    <message>
        <source>Scored on an earlier version of the rubric; the scores are kept as they were given.</source>
        <translation>该记录按旧版评价表打分，分数按原样保留。</translation>
    </message>
    <message>
        <source>No rubric template is set up yet.</source>
        <translation>尚未设置课堂教学评价表。</translation>
    </message>
    <message>
        <source>{item} (bonus)</source>
        <translation>{item}（加分项）</translation>
    </message>
    <message>
        <source>out of {maximum}</source>
        <translation>满分 {maximum}</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>总分：—</translation>
    </message>
    <message>
        <source>Grade: —</source>
        <translation>等级：—</translation>
    </message>
    <message>
        <source>Total: {total} out of {maximum}</source>
        <translation>总分：{total}（满分 {maximum}）</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>总分：{total}</translation>
    </message>
    <message>
        <source>Grade: {band}</source>
        <translation>等级：{band}</translation>
    </message>
</context>
<context>
    <name>ScoreBox</name>
    <message>
        <source>Full marks are {maximum}: enter a score from 0 to {maximum}</source>
        <translation>满分为{maximum}分，请输入0到{maximum}之间的分数</translation>
    </message>
</context>
</TS>