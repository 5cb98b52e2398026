<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupSection</name>
    <message>
        <source>The app keeps copies of the database in the data folder's backups folder: before every import of bundles, once a day it is used, and before a restore. It keeps the last 10 and one a month for a year, within the space below. These copies hold the records; a backup to a folder also carries the attached files.</source>
        <translation>本软件会在数据文件夹的 backups 文件夹中自动保存数据库副本：每次导入同步包之前、每天第一次使用时，以及恢复之前。保留最近 10 份，另外一年内每月保留一份，总大小不超过下面设定的空间。这些副本只含记录；备份到文件夹时还会带上附件文件。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Keep this limit</source>
        <translation>保存上限</translation>
    </message>
    <message>
        <source>Space for backups at most:</source>
        <translation>备份最多占用：</translation>
    </message>
    <message>
        <source>Back up now to a folder…</source>
        <translation>立即备份到文件夹…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>{school}: {counts}</source>
        <translation>{school}：{counts}</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Backups use {used}.</source>
        <translation>备份已占用 {used}。</translation>
    </message>
    <message>
        <source>Choose the folder for the backup (a USB stick)</source>
        <translation>选择存放备份的文件夹（如U盘）</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <source>Backup written: {file}. Keep the password apart from the USB stick: without it the backup cannot be restored.</source>
        <translation>已写入备份：{file}。请把密码与U盘分开保管：没有密码就无法恢复这份备份。</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <source>Backups (*.jtbackup *.sqlite3)</source>
        <translation>备份 (*.jtbackup *.sqlite3)</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>正在读取备份…</translation>
    </message>
    <message>
        <source>Made: {at}
School: {school}
Records: {counts}

Restoring replaces ALL the records on this computer with the ones in this backup; what was entered since the backup is lost here (the lead school sends back what it has received). The current database is kept in the backups folder first. The window closes afterwards; open the app again.</source>
        <translation>备份时间：{at}
学校：{school}
记录：{counts}

恢复会用这份备份替换本机上的全部记录；备份之后录入的内容在本机将不复存在（牵头学校会把已收到的记录重新发回）。替换前会先把当前数据库保存到 backups 文件夹中。恢复完成后窗口将关闭，请重新打开本软件。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Restored. The database it replaced is kept in the backups folder.</source>
        <translation>已恢复。被替换的数据库已保存在 backups 文件夹中。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The backup has been restored. The window closes now; open the app again to work with the restored records. If the lead school must approve this computer again, the 同步 page says so.</source>
        <translation>备份已恢复。窗口现在将关闭，请重新打开本软件使用恢复后的记录。如需牵头学校重新批准本机，“同步”页面会给出提示。</translation>
    </message>
    <message>
        <source>The backup was not restored: {reason}

The window closes now; open the app again.</source>
        <translation>备份未恢复：{reason}

窗口现在将关闭，请重新打开本软件。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DataFolderSection</name>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>数据库大小</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Open in file manager</source>
        <translation>在文件管理器中打开</translation>
    </message>
    <message>
        <source>Use another folder…</source>
        <translation>使用其他文件夹…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
    <message>
        <source>From the next start the data folder will be: {folder}</source>
        <translation>下次启动时将使用此数据文件夹：{folder}</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Language of the interface:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>The window switches at once; the choice is kept for the next start.</source>
        <translation>窗口立即切换语言，下次启动时保持此选择。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password of the backup</source>
        <translation>备份密码</translation>
    </message>
    <message>
        <source>The backup is encrypted with this password: without it nobody can read the backup, and nobody can restore it. Keep it apart from the USB stick.</source>
        <translation>备份将用此密码加密：没有密码，任何人都无法读取或恢复这份备份。请把密码与U盘分开保管。</translation>
    </message>
    <message>
        <source>Type the password the backup was made with.</source>
        <translation>请输入备份时设置的密码。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <source>Edit rubric template</source>
        <translation>编辑评课量表</translation>
    </message>
    <message>
        <source>New rubric template</source>
        <translation>新建评课量表</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>量表名称</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评价项目</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加分项</translation>
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
        <source>Items</source>
        <translation>评价项目</translation>
    </message>
    <message>
        <source>Changing the items saves the template as a new version: observations already scored keep their scores.</source>
        <translation>修改评价项目后，量表将另存为新版本；已评分的听课记录保留原有分数。</translation>
    </message>
    <message>
        <source>Total: {total} points</source>
        <translation>合计：{total} 分</translation>
    </message>
</context>
<context>
    <name>RubricsSection</name>
    <message>
        <source>Item</source>
        <translation>评价项目</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <source>Items of the chosen template</source>
        <translation>所选量表的评价项目</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>评价项目</translation>
    </message>
    <message>
        <source>Full marks</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>The lead school sets the rubric templates; they are shown read-only.</source>
        <translation>评课量表由牵头学校制定，此处只读显示。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Edit quota rule</source>
        <translation>编辑考核指标</translation>
    </message>
    <message>
        <source>New quota rule</source>
        <translation>新建考核指标</translation>
    </message>
    <message>
        <source> month</source>
        <translation> 月</translation>
    </message>
    <message>
        <source> day</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The sentence of the policy text, copied as it is written</source>
        <translation>政策文件中的原句，照原文抄录</translation>
    </message>
    <message>
        <source>e.g. the county's notice, or a file name</source>
        <translation>例如县教育局的通知名称或文件名</translation>
    </message>
    <message>
        <source>e.g. 篇六 / 三、具体工作及措施</source>
        <translation>例如：篇六 / 三、具体工作及措施</translation>
    </message>
    <message>
        <source>Counted in compliance</source>
        <translation>计入考核</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>统计内容</translation>
    </message>
    <message>
        <source>Counted per</source>
        <translation>考核对象</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>达标数量</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>适用职务</translation>
    </message>
    <message>
        <source>Session kind</source>
        <translation>指导形式</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation>引用原文</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>出处文件</translation>
    </message>
    <message>
        <source>Source section</source>
        <translation>出处篇章</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Positions apply to rules counted per person; the session kind to mentor-session rules.</source>
        <translation>适用职务用于按个人考核的指标；指导形式用于师徒指导记录的指标。</translation>
    </message>
</context>
<context>
    <name>RulesSection</name>
    <message>
        <source>Rule</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Counted per</source>
        <translation>考核对象</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>统计内容</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>达标数量</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>适用职务</translation>
    </message>
    <message>
        <source>Session kind</source>
        <translation>指导形式</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation>引用原文</translation>
    </message>
    <message>
        <source>{name} ({mark})</source>
        <translation>{name}（{mark}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>出处：{citation}</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>「{quote}」</translation>
    </message>
    <message>
        <source>The lead school sets the quota rules for the whole alliance; they are shown read-only.</source>
        <translation>考核指标由牵头学校为全联盟制定，此处只读显示。</translation>
    </message>
</context>
<context>
    <name>SchoolSection</name>
    <message>
        <source>Not yet in an alliance</source>
        <translation>尚未加入联盟</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>学校名称</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>学校代码</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Alliance name</source>
        <translation>联盟名称</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>As the lead school you name the alliance; the member schools receive it when they sync.</source>
        <translation>联盟名称由牵头学校设定，成员学校同步时获取。</translation>
    </message>
    <message>
        <source>The school code and the alliance come from the lead school when this school joins.</source>
        <translation>学校代码和所属联盟在本校加入联盟时由牵头学校提供。</translation>
    </message>
    <message>
        <source>The lead school keeps the names and codes of the alliance's schools: ask it to change them.</source>
        <translation>联盟各校的名称和代码由牵头学校管理：如需更改，请联系牵头学校。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SemesterEditor</name>
    <message>
        <source>Edit semester</source>
        <translation>编辑学期</translation>
    </message>
    <message>
        <source>New semester</source>
        <translation>新建学期</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
</context>
<context>
    <name>SemestersSection</name>
    <message>
        <source>Semester</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>The lead school sets the alliance calendar.</source>
        <translation>联盟校历由牵头学校制定。</translation>
    </message>
    <message>
        <source>The lead school sets the alliance calendar. Until it arrives, the usual dates are used (September to January, February to July).</source>
        <translation>联盟校历由牵头学校制定。收到校历之前，按通常日期计算（9月至次年1月、2月至7月）。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>School and alliance</source>
        <translation>学校与联盟</translation>
    </message>
    <message>
        <source>Semesters</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Rubric templates</source>
        <translation>评课量表</translation>
    </message>
    <message>
        <source>Quota rules</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete "{what}"? You can undo this right after.</source>
        <translation>删除“{what}”？删除后可立即撤销。</translation>
    </message>
</context>
</TS>