<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LinkRecordDialog</name>
    <message>
        <source>Link a record</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <source>Records of {month} that may have carried this item out:</source>
        <translation>{month}可能完成此项工作的记录：</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>No activity, meeting, demonstration lesson or report sent is recorded in {month}.</source>
        <translation>{month}没有记录联盟活动、会议、示范课或报送材料。</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>New work plan</source>
        <translation>新建工作计划</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>工作计划</translation>
    </message>
    <message>
        <source>This plan belongs to {school}: it can be read here and changed only there. How this school stands on it is shown for the items that concern it.</source>
        <translation>此计划属于{school}：在这里只能查看，只有该校可以修改。涉及本校的项目显示本校的完成情况。</translation>
    </message>
    <message>
        <source>This plan belongs to {school}: it can be read here and changed only there.</source>
        <translation>此计划属于{school}：在这里只能查看，只有该校可以修改。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划类别</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>Whole school year</source>
        <translation>全学年</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>e.g. 2026—2027学年第一学期联盟工作计划</source>
        <translation>如：2026—2027学年第一学期联盟工作计划</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Guiding principles</source>
        <translation>指导思想</translation>
    </message>
    <message>
        <source>Work goals</source>
        <translation>工作目标</translation>
    </message>
    <message>
        <source>Main work</source>
        <translation>主要工作</translation>
    </message>
    <message>
        <source>Monthly schedule</source>
        <translation>月份安排</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Only the lead school writes the alliance plan.</source>
        <translation>联盟工作计划只能由牵头学校制订。</translation>
    </message>
</context>
<context>
    <name>PlanItemsTable</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>涉及学校</translation>
    </message>
    <message>
        <source>How it stands</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Link a record…</source>
        <translation>关联记录…</translation>
    </message>
    <message>
        <source>Name the activity, meeting, demonstration lesson or report that carried this item out</source>
        <translation>指定完成此项工作的联盟活动、会议、示范课或报送材料</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>For work no record carries out (a safety check): mark it done today, or take the mark back</source>
        <translation>用于没有对应记录的工作（如安全检查）：标记为今天完成，或撤销标记</translation>
    </message>
    <message>
        <source>{month} (outside the plan)</source>
        <translation>{month}（不在计划期限内）</translation>
    </message>
    <message>
        <source>(shown after saving)</source>
        <translation>（保存后显示）</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>撤销完成</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Whole school year</source>
        <translation>全学年</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划类别</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>All school years</source>
        <translation>全部学年</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>全部学期</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>全部计划</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>全部学校</translation>
    </message>
</context>
<context>
    <name>SchoolsButton</name>
    <message>
        <source>As the plan</source>
        <translation>随计划</translation>
    </message>
    <message>
        <source>No school ticked: the whole alliance for an alliance plan, the school itself for a school plan.</source>
        <translation>未勾选学校时：联盟工作计划指全联盟，学校工作计划指本校。</translation>
    </message>
</context>
</TS>