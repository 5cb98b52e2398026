<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChoicePage</name>
    <message>
        <source>Welcome to Jituan Desktop</source>
        <translation>欢迎使用集团化办学助手</translation>
    </message>
    <message>
        <source>This laptop keeps your school's lesson observations, mentor pairings and alliance activities. Who is using it?</source>
        <translation>本机将保存贵校的听课记录、师徒结对和联盟活动。请选择使用方式：</translation>
    </message>
    <message>
        <source>We are the lead school of an alliance</source>
        <translation>我们是联盟的牵头学校</translation>
    </message>
    <message>
        <source>We are a member school</source>
        <translation>我们是成员学校</translation>
    </message>
    <message>
        <source>Just try the demo (a sample alliance, kept apart from real records)</source>
        <translation>先试用演示数据（示例联盟，与真实记录分开保存）</translation>
    </message>
</context>
<context>
    <name>LeadPage</name>
    <message>
        <source>The lead school</source>
        <translation>牵头学校</translation>
    </message>
    <message>
        <source>Name the alliance and your school as they appear on official documents. Member schools are added later.</source>
        <translation>请按正式文件填写联盟名称和本校名称。成员学校稍后再添加。</translation>
    </message>
    <message>
        <source>e.g. 城关镇实验小学教育联盟</source>
        <translation>例如：城关镇实验小学教育联盟</translation>
    </message>
    <message>
        <source>e.g. 城关镇实验小学</source>
        <translation>例如：城关镇实验小学</translation>
    </message>
    <message>
        <source>Alliance name</source>
        <translation>联盟名称</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>学校名称</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>A member school</source>
        <translation>成员学校</translation>
    </message>
    <message>
        <source>Name your school. To join the alliance afterwards, open Sync → Join an alliance… with the invitation file from the lead school.</source>
        <translation>请填写本校名称。之后在“同步”页面点“加入联盟…”，选择牵头学校发来的邀请文件即可加入联盟。</translation>
    </message>
    <message>
        <source>e.g. 城关小学</source>
        <translation>例如：城关小学</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>学校名称</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Jituan Desktop</source>
        <translation>设置集团化办学助手</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Preparing the demo alliance…</source>
        <translation>正在准备演示联盟，请稍候…</translation>
    </message>
</context>
</TS>