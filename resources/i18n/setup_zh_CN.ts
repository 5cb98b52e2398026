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
    <name>DemoPage</name>
    <message>
        <source>Try the demo</source>
        <translation>先试用演示数据</translation>
    </message>
    <message>
        <source>A sample alliance with a lead school, member schools, teachers, observations and mentor pairings, kept in a folder of its own: nothing here is written to your real records. When the app starts again, this wizard comes back to set up your school.</source>
        <translation>这是一个示例联盟，包含牵头学校、成员学校、教师、听课记录和师徒结对，保存在单独的文件夹中：不会写入您的真实记录。下次启动本软件时，仍会出现本向导，供您设置本校。</translation>
    </message>
</context>
<context>
    <name>LeadNextPage</name>
    <message>
        <source>Your alliance is set up: what to do first</source>
        <translation>联盟已设置好：接下来先做这几件事</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add the member schools.&lt;/b&gt; Open &lt;i&gt;Sync&lt;/i&gt; and click &lt;i&gt;Add school…&lt;/i&gt; for each school of the alliance.</source>
        <translation>&lt;b&gt;添加成员学校。&lt;/b&gt;打开“同步”页，为联盟的每所学校点“添加学校…”。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invite them.&lt;/b&gt; Select a school on &lt;i&gt;Sync&lt;/i&gt; and click &lt;i&gt;Write invitation…&lt;/i&gt;; give the file to that school (a USB stick or a message): it joins with it, then sends its files back.</source>
        <translation>&lt;b&gt;邀请成员学校。&lt;/b&gt;在“同步”页选中一所学校，点“生成邀请…”，把生成的文件交给该校（用U盘或微信等）：对方用它加入联盟，然后把同步文件发回来。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check the rules.&lt;/b&gt; Open &lt;i&gt;Settings&lt;/i&gt; → &lt;i&gt;Quota rules&lt;/i&gt;: how many lessons each teacher observes per semester and the mentoring rules (the rubric is under &lt;i&gt;Rubric templates&lt;/i&gt;).</source>
        <translation>&lt;b&gt;核对考核规则。&lt;/b&gt;打开“设置”→“考核指标”：每位教师每学期听课节数、师徒结对要求等（评课量表在“评课量表”中）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add your own teachers.&lt;/b&gt; Open &lt;i&gt;Teachers&lt;/i&gt; and click &lt;i&gt;Import roster…&lt;/i&gt; or &lt;i&gt;New&lt;/i&gt;.</source>
        <translation>&lt;b&gt;添加本校教师。&lt;/b&gt;打开“教师”页，点“导入教师名单…”或“新建”。</translation>
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
    <name>MemberNextPage</name>
    <message>
        <source>Your school is set up: what to do first</source>
        <translation>本校已设置好：接下来先做这几件事</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add your school's teachers.&lt;/b&gt; Open &lt;i&gt;Teachers&lt;/i&gt; and click &lt;i&gt;Import roster…&lt;/i&gt; to read a spreadsheet, or &lt;i&gt;New&lt;/i&gt; to add them one by one.</source>
        <translation>&lt;b&gt;导入或添加本校教师。&lt;/b&gt;打开“教师”页，点“导入教师名单…”读入 Excel 名单，或点“新建”逐个添加。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Join the alliance.&lt;/b&gt; Ask the lead school for your school's invitation file (on a USB stick, say), then open &lt;i&gt;Sync&lt;/i&gt; and click &lt;i&gt;Join an alliance…&lt;/i&gt;.</source>
        <translation>&lt;b&gt;加入联盟。&lt;/b&gt;向牵头学校索取为本校生成的邀请文件（例如用U盘拷来），然后打开“同步”页，点“加入联盟…”。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Record your first observation.&lt;/b&gt; Open &lt;i&gt;Observations&lt;/i&gt; and click &lt;i&gt;New&lt;/i&gt;.</source>
        <translation>&lt;b&gt;记录第一节听课。&lt;/b&gt;打开“听课记录”页，点“新建”。</translation>
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
<context>
    <name>_FirstStepsPage</name>
    <message>
        <source>Open the quick start guide when done</source>
        <translation>完成后打开快速入门</translation>
    </message>
    <message>
        <source>The quick start guide shows these steps with pictures; it is also under Help → Quick start.</source>
        <translation>快速入门会配图讲解这些步骤；以后也可以在“帮助”→“快速入门”中打开。</translation>
    </message>
</context>
</TS>