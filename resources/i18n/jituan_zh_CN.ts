<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppContext</name>
    <message>
        <source>Deleted: {what}</source>
        <translation>已删除：{what}</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>图片 ({patterns})</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}</source>
        <translation>无法读取文件 {name}：{reason}</translation>
    </message>
    <message>
        <source>The file {name} is {size_mb} MB; attachments can be at most {limit_mb} MB.</source>
        <translation>文件 {name} 大小为 {size_mb} MB，附件最大不能超过 {limit_mb} MB。</translation>
    </message>
    <message>
        <source>{name} is not a picture this app can read. Choose a photo (JPG, PNG …).</source>
        <translation>{name} 不是本软件能识别的图片，请选择照片（JPG、PNG 等）。</translation>
    </message>
    <message>
        <source>The file {name} is missing from the data folder.</source>
        <translation>数据文件夹中找不到文件 {name}。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup cannot be written to {folder}: {reason}. Check that the USB stick is plugged in, not full and not write-protected.</source>
        <translation>无法将备份写入 {folder}：{reason}。请检查U盘是否已插好、空间是否已满、是否处于写保护状态。</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} 不是文件夹。</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>teachers</source>
        <translation>名教师</translation>
    </message>
    <message>
        <source>lesson observations</source>
        <translation>条听课记录</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>次联盟活动</translation>
    </message>
    <message>
        <source>mentoring sessions</source>
        <translation>条指导记录</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>份计划</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>次会议</translation>
    </message>
    <message>
        <source>submissions</source>
        <translation>份报送材料</translation>
    </message>
    <message>
        <source>{n} {what}</source>
        <translation>{n} {what}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>The password does not open the backup {file}. Check it and type it again (capital letters count).</source>
        <translation>密码打不开备份 {file}。请核对后重新输入（注意区分大小写）。</translation>
    </message>
    <message>
        <source>The backup {file} is damaged or incomplete and cannot be restored ({reason}). Nothing was changed; use another backup.</source>
        <translation>备份 {file} 已损坏或不完整，无法恢复（{reason}）。未做任何更改；请改用其他备份。</translation>
    </message>
    <message>
        <source>{file} is not a Jituan Desktop backup. Choose a file ending in .jtbackup or a copy from the data folder's backups folder.</source>
        <translation>{file} 不是集团化办学助手的备份。请选择以 .jtbackup 结尾的文件，或数据文件夹中 backups 文件夹里的副本。</translation>
    </message>
    <message>
        <source>The backup {file} was made by a newer version of Jituan Desktop ({names}). Update the app, then restore it. Nothing was changed.</source>
        <translation>备份 {file} 由更新版本的集团化办学助手生成（{names}）。请先更新本软件再恢复。未做任何更改。</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password twice, the same way.</source>
        <translation>两次输入的密码不一致。请把同一个密码输入两遍。</translation>
    </message>
    <message>
        <source>The database in {folder} is open in another program (the app, or a jituan command). Close it, then restore again. Nothing was changed.</source>
        <translation>{folder} 中的数据库正被另一个程序（本软件或某个 jituan 命令）打开。请先关闭它，再重新恢复。未做任何更改。</translation>
    </message>
    <message>
        <source>The backup {file} is encrypted: give the password it was made with.</source>
        <translation>备份 {file} 已加密：请输入备份时设置的密码。</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>The file {file} is a bundle whose writing was interrupted; it is not imported.</source>
        <translation>文件 {file} 是一个写入中断的同步包，不会导入。</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>无法读取文件 {file}：{reason}</translation>
    </message>
    <message>
        <source>The file {file} is not a Jituan bundle, or it is incomplete or damaged. Copy it again from the sender.</source>
        <translation>文件 {file} 不是集团化办学助手的同步包，或者不完整、已损坏。请重新从发送方复制。</translation>
    </message>
    <message>
        <source>The bundle {file} is damaged: its part {entry} cannot be read correctly. Copy it again from the sender.</source>
        <translation>同步包 {file} 已损坏：其中的 {entry} 无法正确读取。请重新从发送方复制。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: it holds {count} parts; at most {limit} are allowed.</source>
        <translation>已拒绝同步包 {file}：其中包含 {count} 个部分，最多允许 {limit} 个。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: its part {entry} has a name that could write outside its folder.</source>
        <translation>已拒绝同步包 {file}：其中 {entry} 的名称可能写到所在文件夹之外。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: it holds a part {entry} that does not belong in a bundle.</source>
        <translation>已拒绝同步包 {file}：其中包含不属于同步包的部分 {entry}。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: its part {entry} appears more than once.</source>
        <translation>已拒绝同步包 {file}：其中 {entry} 出现了不止一次。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: its part {entry} is encrypted or compressed in a way bundles do not use.</source>
        <translation>已拒绝同步包 {file}：其中 {entry} 经过加密，或使用了同步包不采用的压缩方式。</translation>
    </message>
    <message>
        <source>In the bundle {file}, the part {entry} is {size_mb} MB; at most {limit_mb} MB are allowed.</source>
        <translation>同步包 {file} 中的 {entry} 有 {size_mb} MB，最多允许 {limit_mb} MB。</translation>
    </message>
    <message>
        <source>The bundle {file} holds {size_mb} MB of data; at most {limit_mb} MB are allowed.</source>
        <translation>同步包 {file} 包含 {size_mb} MB 数据，最多允许 {limit_mb} MB。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: its part {entry} would expand more than {ratio} times when unpacked, as a zip bomb does.</source>
        <translation>已拒绝同步包 {file}：其中 {entry} 解压后会膨胀超过 {ratio} 倍，这是“压缩炸弹”的特征。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: its part {entry} is missing.</source>
        <translation>已拒绝同步包 {file}：缺少其中的 {entry}。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: its part {entry} is not listed in its manifest.</source>
        <translation>已拒绝同步包 {file}：其中的 {entry} 未列在清单中。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: its manifest is not valid JSON.</source>
        <translation>已拒绝同步包 {file}：其清单不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: the field {field} of its manifest is missing or wrong.</source>
        <translation>已拒绝同步包 {file}：其清单中的字段 {field} 缺失或有误。</translation>
    </message>
    <message>
        <source>The file {file} is not a Jituan bundle (its format is {format}).</source>
        <translation>文件 {file} 不是集团化办学助手的同步包（其格式为 {format}）。</translation>
    </message>
    <message>
        <source>The bundle {file} was written by a newer version of Jituan Desktop (format {format}). Please update the app to import it.</source>
        <translation>同步包 {file} 由更新版本的集团化办学助手生成（格式 {format}）。请先更新本软件再导入。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: it is signed by the installation {installation}, which is not approved here (unknown, not yet approved, or revoked).</source>
        <translation>已拒绝同步包 {file}：它由安装 {installation} 签名，而该安装在此未获批准（未知、尚未批准或已被吊销）。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: its signature does not match its contents, so it was altered or damaged after it was written.</source>
        <translation>已拒绝同步包 {file}：其签名与内容不符，说明它在写出后被修改或损坏。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: its part {entry} differs from what its signed manifest lists, so it was altered or damaged after it was written.</source>
        <translation>已拒绝同步包 {file}：其中 {entry} 与已签名清单所列不符，说明它在写出后被修改或损坏。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: it holds {found} {table} records but its manifest lists {listed}.</source>
        <translation>已拒绝同步包 {file}：其中有 {found} 条 {table} 记录，但清单列出的是 {listed} 条。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: line {line} of {entry} is not a valid record.</source>
        <translation>已拒绝同步包 {file}：{entry} 的第 {line} 行不是有效的记录。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: its part {entry} is not a valid JSON document.</source>
        <translation>已拒绝同步包 {file}：其中 {entry} 不是有效的 JSON 文档。</translation>
    </message>
    <message>
        <source>The bundle {file} cannot be unpacked on this computer: {reason}</source>
        <translation>无法在本机解开同步包 {file}：{reason}</translation>
    </message>
    <message>
        <source>The bundle {file} cannot be written to {folder}: {reason}</source>
        <translation>无法将同步包 {file} 写入 {folder}：{reason}</translation>
    </message>
    <message>
        <source>The bundle {file} was written to {folder} but does not read back correctly, so nothing was exported. The drive may be faulty or full. ({reason})</source>
        <translation>同步包 {file} 已写入 {folder}，但回读校验不通过，因此未导出任何内容。该磁盘可能有故障或已满。（{reason}）</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read: {reason}</source>
        <translation>无法读取文件夹 {folder}：{reason}</translation>
    </message>
</context>
<context>
    <name>ChangedRecordDialog</name>
    <message>
        <source>Changed since you opened it</source>
        <translation>记录已被修改</translation>
    </message>
    <message>
        <source>Show changes lists what differs between what is saved now and this form. Save anyway keeps your form (the other version stays in the record's history). Cancel goes back to the form; nothing you typed is lost.</source>
        <translation>“查看改动”逐项列出现在保存的内容与本表单的不同之处；“覆盖保存”保存您的表单（另一个版本保留在这条记录的历史中）；“取消”回到表单，您填写的内容都不会丢失。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>现在保存的内容</translation>
    </message>
    <message>
        <source>In your form</source>
        <translation>您表单中的内容</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>查看改动</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>覆盖保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>(no field differs)</source>
        <translation>（各项内容相同）</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Invalid command: {detail}</source>
        <translation>命令有误：{detail}</translation>
    </message>
    <message>
        <source>{variable} must be a date (2027-02-28) or a date and time (2027-02-28T16:30:00+08:00), not "{value}".</source>
        <translation>{variable} 应为日期（2027-02-28）或日期和时间（2027-02-28T16:30:00+08:00），而不是“{value}”。</translation>
    </message>
    <message>
        <source>{value} is not a whole number of at least 1</source>
        <translation>{value} 不是大于等于 1 的整数</translation>
    </message>
    <message>
        <source>A lead school needs the alliance name: --alliance NAME</source>
        <translation>牵头学校需要填写联盟名称：--alliance 名称</translation>
    </message>
    <message>
        <source>Set up {school} as the lead school of {alliance}.</source>
        <translation>已将{school}设置为{alliance}的牵头学校。</translation>
    </message>
    <message>
        <source>Set up {school} as a member school. Join the alliance with the invitation file from the lead school.</source>
        <translation>已将{school}设置为成员学校。请使用牵头学校发来的邀请文件加入联盟。</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <source>Added practice records of this school only: {teachers} teachers, {observations} lesson observations, {pairings} mentor pairings, {sessions} mentor sessions and {activities} activities.</source>
        <translation>已为本校添加练习记录（仅本校）：教师 {teachers} 名、听课记录 {observations} 条、师徒结对 {pairings} 对、指导记录 {sessions} 条、联盟活动 {activities} 次。</translation>
    </message>
    <message>
        <source>Generating the {scale} demo alliance ...</source>
        <translation>正在生成演示联盟（规模：{scale}）……</translation>
    </message>
    <message>
        <source>Generated {schools} schools, {teachers} teachers, {observations} lesson observations, {pairings} mentor pairings, {sessions} mentor sessions and {activities} activities in {seconds:.1f} s.</source>
        <translation>已生成 {schools} 所学校、{teachers} 名教师、{observations} 条听课记录、{pairings} 对师徒结对、{sessions} 条指导记录和 {activities} 次联盟活动，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <source>Built the search index over {rows} records in {seconds:.1f} s.</source>
        <translation>已为 {rows} 条记录建立全文索引，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <source>lead school</source>
        <translation>牵头学校</translation>
    </message>
    <message>
        <source>member school</source>
        <translation>成员学校</translation>
    </message>
    <message>
        <source>School: {school} ({role})</source>
        <translation>学校：{school}（{role}）</translation>
    </message>
    <message>
        <source>Alliance: {alliance}</source>
        <translation>联盟：{alliance}</translation>
    </message>
    <message>
        <source>not joined yet</source>
        <translation>尚未加入</translation>
    </message>
    <message>
        <source>Installation: {id}</source>
        <translation>安装编号：{id}</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Unknown meeting kind {value}: use council, alliance, joint or other.</source>
        <translation>未知的会议类别 {value}：请用 council（理事会议）、alliance（联盟校会议）、joint（两校领导联席会议）或 other（其他会议）。</translation>
    </message>
    <message>
        <source>Unknown decision state {value}: use open, done or dropped.</source>
        <translation>未知的落实情况 {value}：请用 open（待落实）、done（已落实）或 dropped（已撤销）。</translation>
    </message>
    <message>
        <source>No teacher named {name}.</source>
        <translation>没有名为 {name} 的教师。</translation>
    </message>
    <message>
        <source>Several teachers are named {name}: write it as {name}@SCHOOL, e.g. {example}.</source>
        <translation>有多名教师叫 {name}：请写成 {name}@学校，例如 {example}。</translation>
    </message>
    <message>
        <source>Write a decision as "TEXT|PERSON|DATE": {decision}</source>
        <translation>决定事项请写成“内容|责任人|完成时限”：{decision}</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Recorded the minutes of {title}: {id}</source>
        <translation>已记录会议纪要“{title}”：{id}</translation>
    </message>
    <message>
        <source>The meeting {title} has {n} decisions: give a number from 1 to {n}.</source>
        <translation>会议“{title}”共有 {n} 项决定：请写 1 到 {n} 之间的序号。</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>落实日期</translation>
    </message>
    <message>
        <source>Decision {n} of {title}: {state}.</source>
        <translation>“{title}”第 {n} 项决定：{state}。</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定事项</translation>
    </message>
    <message>
        <source>Followed up by</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>{n} decisions to be carried out, {late} of them overdue (marked !).</source>
        <translation>共 {n} 项决定待落实，其中 {late} 项已逾期（标 !）。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>Host school</source>
        <translation>召开学校</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定事项</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待落实</translation>
    </message>
    <message>
        <source>council, alliance, joint or other (or the Chinese name)</source>
        <translation>council、alliance、joint 或 other（也可写中文名称，如 联盟校会议）</translation>
    </message>
    <message>
        <source>list the meeting minutes, or the decisions still to be carried out</source>
        <translation>列出会议纪要，或尚待落实的决定事项</translation>
    </message>
    <message>
        <source>e.g. 2026-1: only that semester's meetings</source>
        <translation>如 2026-1：只列该学期的会议</translation>
    </message>
    <message>
        <source>school code or name: meetings it hosted or joined</source>
        <translation>学校代码或名称：该校召开或参加的会议</translation>
    </message>
    <message>
        <source>only meetings containing this text</source>
        <translation>只列含有这段文字的会议</translation>
    </message>
    <message>
        <source>the decisions still to be carried out, soonest due first</source>
        <translation>尚待落实的决定事项，按完成时限先后排列</translation>
    </message>
    <message>
        <source>record a meeting's minutes (for scripts)</source>
        <translation>记录一次会议的纪要（供脚本使用）</translation>
    </message>
    <message>
        <source>the day it was held, e.g. 2026-11-20</source>
        <translation>会议日期，如 2026-11-20</translation>
    </message>
    <message>
        <source>e.g. 14:30-16:00</source>
        <translation>如 14:30-16:00</translation>
    </message>
    <message>
        <source>school code or name (default: this school)</source>
        <translation>学校代码或名称（默认：本校）</translation>
    </message>
    <message>
        <source>a participating school, code or name (repeatable)</source>
        <translation>参加学校的代码或名称（可重复）</translation>
    </message>
    <message>
        <source>someone who attended, as NAME or NAME@SCHOOL (repeatable)</source>
        <translation>出席人员，写姓名或 姓名@学校（可重复）</translation>
    </message>
    <message>
        <source>who was absent, and why</source>
        <translation>缺席人员及原因</translation>
    </message>
    <message>
        <source>a decision, who follows it up and by when (repeatable)</source>
        <translation>决定事项、责任人和完成时限（可重复）</translation>
    </message>
    <message>
        <source>mark a meeting's decision carried out, withdrawn or open again</source>
        <translation>将会议的一项决定标为已落实、已撤销或重新待落实</translation>
    </message>
    <message>
        <source>the meeting's id (see 'jituan meetings')</source>
        <translation>会议的 id（见 'jituan meetings'）</translation>
    </message>
    <message>
        <source>the decision's number, from 1</source>
        <translation>决定事项的序号，从 1 开始</translation>
    </message>
    <message>
        <source>done (default), dropped or open</source>
        <translation>done（已落实，默认）、dropped（已撤销）或 open（待落实）</translation>
    </message>
    <message>
        <source>the day it was carried out (default: today)</source>
        <translation>落实日期（默认：今天）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周次</translation>
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
        <source>How it stands</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Marked done on {day}.</source>
        <translation>已标记为{day}完成。</translation>
    </message>
    <message>
        <source>work plans: list, show, add plans and their monthly items</source>
        <translation>工作计划：列出、查看、新增计划及其月份安排</translation>
    </message>
    <message>
        <source>the plans, newest school year first, with their ids</source>
        <translation>列出工作计划（最近的学年在前）及其 id</translation>
    </message>
    <message>
        <source>the school year by the year it starts in, e.g. 2026</source>
        <translation>学年，以开始的年份表示，如 2026</translation>
    </message>
    <message>
        <source>a plan's monthly schedule and where each item stands</source>
        <translation>查看计划的月份安排及每项的完成情况</translation>
    </message>
    <message>
        <source>school code or name: how that school stands on the items that concern it</source>
        <translation>学校代码或名称：该校在涉及它的项目上的完成情况</translation>
    </message>
    <message>
        <source>write a plan of this school; prints its id</source>
        <translation>制订本校的工作计划；输出其 id</translation>
    </message>
    <message>
        <source>1 or 2 for a semester plan; none for the whole school year</source>
        <translation>学期计划填 1 或 2；全学年计划不填</translation>
    </message>
    <message>
        <source>alliance: the alliance plan (lead school only)</source>
        <translation>alliance：联盟工作计划（仅限牵头学校）</translation>
    </message>
    <message>
        <source>add an item to a plan's monthly schedule; prints its id</source>
        <translation>在计划的月份安排中新增一项；输出其 id</translation>
    </message>
    <message>
        <source>e.g. 2026-10</source>
        <translation>如 2026-10</translation>
    </message>
    <message>
        <source>activity, meeting, demonstration, submission or other</source>
        <translation>activity（联盟活动）、meeting（会议）、demonstration（示范课）、submission（报送）或 other（其他工作）</translation>
    </message>
    <message>
        <source>an activity type, meeting kind or report kind code, e.g. same_topic</source>
        <translation>活动类型、会议类别或报送类别的代码，如 same_topic</translation>
    </message>
    <message>
        <source>a school the item concerns (repeatable; none: as the plan)</source>
        <translation>该项涉及的学校（可重复；不填：随计划）</translation>
    </message>
    <message>
        <source>mark an item done by hand (work no record carries out)</source>
        <translation>手动标记某项已完成（没有对应记录的工作）</translation>
    </message>
    <message>
        <source>the day it was done (default: today)</source>
        <translation>完成日期（默认：今天）</translation>
    </message>
    <message>
        <source>take the mark back</source>
        <translation>撤销标记</translation>
    </message>
    <message>
        <source>name the record (activity, meeting, 示范课, report sent) that carried an item out; without RECORD, take the link back</source>
        <translation>关联完成某项的记录（联盟活动、会议、示范课、已报送材料）；不填 RECORD 则取消关联</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>听课记录</translation>
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
        <source>Activities</source>
        <translation>联盟活动</translation>
    </message>
    <message>
        <source>The database is sound: {path}</source>
        <translation>数据库检查通过：{path}</translation>
    </message>
    <message>
        <source>{n} problem(s) found in {path}</source>
        <translation>在 {path} 中发现 {n} 个问题</translation>
    </message>
    <message>
        <source>{n} found.</source>
        <translation>共找到 {n} 条。</translation>
    </message>
    <message>
        <source>No school with code or name {school}.</source>
        <translation>没有代码或名称为“{school}”的学校。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>{status} (short by {n})</source>
        <translation>{status}（还差 {n}）</translation>
    </message>
    <message>
        <source>list the rules and the texts they quote, not the results</source>
        <translation>列出考核指标及其引用的文件原文（不计算完成情况）</translation>
    </message>
    <message>
        <source>data folder (default: the user's data folder)</source>
        <translation>数据文件夹（默认：用户数据文件夹）</translation>
    </message>
    <message>
        <source>language of messages (default zh_CN)</source>
        <translation>提示语言（默认 zh_CN）</translation>
    </message>
    <message>
        <source>Jituan Desktop: records, compliance and sync for school alliances.</source>
        <translation>集团化办学助手：联盟学校的记录、考核与同步。</translation>
    </message>
    <message>
        <source>set up this installation</source>
        <translation>设置本机（牵头学校或成员学校）</translation>
    </message>
    <message>
        <source>alliance name (lead school only)</source>
        <translation>联盟名称（仅牵头学校）</translation>
    </message>
    <message>
        <source>this school's name</source>
        <translation>本校名称</translation>
    </message>
    <message>
        <source>fill the data folder with a demo alliance</source>
        <translation>在数据文件夹中生成演示联盟</translation>
    </message>
    <message>
        <source>skip building the search index (searches scan instead)</source>
        <translation>不建立全文索引（搜索改为逐条查找）</translation>
    </message>
    <message>
        <source>who this installation is, and counts</source>
        <translation>显示本机身份和各类记录数量</translation>
    </message>
    <message>
        <source>check the database's integrity</source>
        <translation>检查数据库完整性</translation>
    </message>
    <message>
        <source>bring the search index up to date</source>
        <translation>更新全文索引</translation>
    </message>
    <message>
        <source>search the records' text</source>
        <translation>搜索记录文字</translation>
    </message>
    <message>
        <source>quota compliance for a semester</source>
        <translation>某学期的考核指标完成情况</translation>
    </message>
    <message>
        <source>e.g. 2026-1 (default: the current semester)</source>
        <translation>例如 2026-1（默认：本学期）</translation>
    </message>
    <message>
        <source>school code or name (default: the whole alliance)</source>
        <translation>学校代码或名称（默认：整个联盟）</translation>
    </message>
    <message>
        <source>only who is behind</source>
        <translation>只显示落后或未完成的</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message>
        <source>waiting for the lead's approval</source>
        <translation>等待牵头学校批准</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>已加入</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>not invited yet</source>
        <translation>尚未邀请</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>等待批准</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Sync: {state}</source>
        <translation>同步状态：{state}</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>Records not yet acknowledged by the lead school: {n}</source>
        <translation>牵头学校尚未确认收到的记录：{n}</translation>
    </message>
    <message>
        <source>Conflicts to review: {n}</source>
        <translation>待查看的冲突：{n}</translation>
    </message>
    <message>
        <source>Last bundle sent: {at} {file}</source>
        <translation>最近发出的同步包：{at} {file}</translation>
    </message>
    <message>
        <source>Last bundle received: {at} {file}</source>
        <translation>最近收到的同步包：{at} {file}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Quarter {quarter} of {year}</source>
        <translation>{year}年第{quarter}季度</translation>
    </message>
    <message>
        <source>A quarterly report needs --quarter (1 to 4).</source>
        <translation>季度汇报需要用 --quarter 指明季度（1至4）。</translation>
    </message>
    <message>
        <source>Only the quarterly report takes --quarter.</source>
        <translation>只有季度汇报才需要 --quarter。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报送材料</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>生成日期</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>报送对象</translation>
    </message>
    <message>
        <source>Generated {title}; the PDF is kept with the record ({file}).</source>
        <translation>已生成{title}，PDF已随报送记录保存（{file}）。</translation>
    </message>
    <message>
        <source>Recorded as sent to {recipient} on {date}.</source>
        <translation>已记录于{date}报送{recipient}。</translation>
    </message>
    <message>
        <source>No single teacher of this school is called {name}.</source>
        <translation>本校没有唯一一位名为{name}的教师。</translation>
    </message>
    <message>
        <source>reports to the county bureau: what is due, generate, mark as sent</source>
        <translation>向县教育局报送：应报材料、生成、标记为已报送</translation>
    </message>
    <message>
        <source>what is due for which school and period, and its state</source>
        <translation>各学校各期间应报送的材料及其状态</translation>
    </message>
    <message>
        <source>school code or name (default: every school this installation sees)</source>
        <translation>学校代码或名称（默认：本机可见的所有学校）</translation>
    </message>
    <message>
        <source>the reports generated and sent, latest period first</source>
        <translation>已生成和已报送的材料，最近的期间在前</translation>
    </message>
    <message>
        <source>only reports containing this text</source>
        <translation>只列出含有此文字的报送材料</translation>
    </message>
    <message>
        <source>make the report's PDF and keep it with its record</source>
        <translation>生成材料的PDF并随报送记录保存</translation>
    </message>
    <message>
        <source>record that the generated report went to the bureau</source>
        <translation>记录已生成的材料已报送县教育局</translation>
    </message>
    <message>
        <source>quarterly or annual</source>
        <translation>quarterly（季度汇报）或 annual（年度汇总）</translation>
    </message>
    <message>
        <source>also save a copy of the PDF as FILE</source>
        <translation>另将PDF保存一份为FILE</translation>
    </message>
    <message>
        <source>the day it was sent, e.g. 2026-12-03 (default: today)</source>
        <translation>报送日期，如 2026-12-03（默认：今天）</translation>
    </message>
    <message>
        <source>to whom (default: 县教育局)</source>
        <translation>报送对象（默认：县教育局）</translation>
    </message>
    <message>
        <source>the teacher of this school who sent it</source>
        <translation>本校经办报送的教师</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>最近同步包</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未报送</translation>
    </message>
    <message>
        <source>Added {school} to the alliance with the code {code}.</source>
        <translation>已将{school}加入联盟，学校代码为 {code}。</translation>
    </message>
    <message>
        <source>Next: jituan invite {code} --to FOLDER</source>
        <translation>下一步：jituan invite {code} --to 文件夹</translation>
    </message>
    <message>
        <source>Wrote the invitation: {path}</source>
        <translation>已写入邀请函：{path}</translation>
    </message>
    <message>
        <source>Give it to the school; there they run: jituan join FILE --to FOLDER</source>
        <translation>请将它交给该校，由该校运行：jituan join 文件 --to 文件夹</translation>
    </message>
    <message>
        <source>{school} joins {alliance}; waiting for the lead school's approval.</source>
        <translation>{school}正在加入{alliance}，等待牵头学校批准。</translation>
    </message>
    <message>
        <source>Wrote the join request: {path}</source>
        <translation>已写入加入申请：{path}</translation>
    </message>
    <message>
        <source>Bring the join request to the lead school and read this fingerprint to them over the phone: they approve only with it.</source>
        <translation>请将加入申请交给牵头学校，并通过电话向对方念出这个指纹：牵头学校凭此指纹批准。</translation>
    </message>
    <message>
        <source>Approved the installation {installation} of {school}. Your next bundle certifies it: export and send it to the school.</source>
        <translation>已批准{school}的安装 {installation}。下一个同步包将为它出具证书：请导出并发送给该校。</translation>
    </message>
    <message>
        <source>Revoked the installation {installation} of {school}: its bundles are refused from now on, and your next bundle tells every school.</source>
        <translation>已吊销{school}的安装 {installation}：今后拒收它的同步包，下一个同步包会通知各校。</translation>
    </message>
    <message>
        <source>Wrote the bundle: {path}</source>
        <translation>已写入同步包：{path}</translation>
    </message>
    <message>
        <source>{records} records and {attachments} attachments.</source>
        <translation>共 {records} 条记录、{attachments} 个附件。</translation>
    </message>
    <message>
        <source>{file}: already imported; nothing changed.</source>
        <translation>{file}：已导入过，没有变化。</translation>
    </message>
    <message>
        <source>{file}: join request of {school}, fingerprint {fingerprint}. Compare it with the school by phone, then: jituan approve {code} --fingerprint {fingerprint}</source>
        <translation>{file}：{school}的加入申请，指纹 {fingerprint}。请与该校电话核对后运行：jituan approve {code} --fingerprint {fingerprint}</translation>
    </message>
    <message>
        <source>{file}: accepted from {school}: {received} records, {added} new, {known} already known, {conflicts} conflicts to review.</source>
        <translation>{file}：已接受，来自{school}：{received} 条记录，新增 {added} 条，已有 {known} 条，待查看冲突 {conflicts} 个。</translation>
    </message>
    <message>
        <source>No bundles or join requests found in {paths}.</source>
        <translation>在 {paths} 中没有找到同步包或加入申请。</translation>
    </message>
    <message>
        <source>{file}: not for this school; left alone.</source>
        <translation>{file}：不是发给本校的文件，已跳过。</translation>
    </message>
    <message>
        <source>{file}: refused: {reason}</source>
        <translation>{file}：已拒绝：{reason}</translation>
    </message>
    <message>
        <source>{n} files: {accepted} accepted, {known} already imported, {skipped} not for this school, {refused} refused.</source>
        <translation>共 {n} 个文件：接受 {accepted} 个，已导入过 {known} 个，非本校文件 {skipped} 个，拒绝 {refused} 个。</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>没有待查看的冲突。</translation>
    </message>
    <message>
        <source>The password file {file} cannot be read: {reason}</source>
        <translation>无法读取密码文件 {file}：{reason}</translation>
    </message>
    <message>
        <source>No terminal to ask for the password: give it with --password-file FILE.</source>
        <translation>没有可输入密码的终端：请用 --password-file 文件 提供密码。</translation>
    </message>
    <message>
        <source>Password of the backup: </source>
        <translation>备份密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <source>Made: {at}</source>
        <translation>备份时间：{at}</translation>
    </message>
    <message>
        <source>School: {school}</source>
        <translation>学校：{school}</translation>
    </message>
    <message>
        <source>Records: {counts}</source>
        <translation>记录：{counts}</translation>
    </message>
    <message>
        <source>Backups in {folder}: {n}, {size} of {budget}</source>
        <translation>{folder} 中的备份：{n} 份，共 {size}（上限 {budget}）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Backup written: {file}</source>
        <translation>已写入备份：{file}</translation>
    </message>
    <message>
        <source>Keep the password apart from the backup: without it the backup cannot be restored.</source>
        <translation>请把密码与备份分开保管：没有密码就无法恢复这份备份。</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>文件 {file} 不存在。</translation>
    </message>
    <message>
        <source>Backup {file}:</source>
        <translation>备份 {file}：</translation>
    </message>
    <message>
        <source>Restoring replaces the database in {folder} with this backup. The current database is copied into its backups folder first.</source>
        <translation>恢复会用这份备份替换 {folder} 中的数据库。替换前会先把当前数据库复制到其 backups 文件夹中。</translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to restore.</source>
        <translation>未做任何更改：如确要恢复，请加上 --yes。</translation>
    </message>
    <message>
        <source>Restore this backup? [y/N] </source>
        <translation>确定恢复这份备份吗？[y/N] </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Restored. The database it replaced is kept as {file}.</source>
        <translation>已恢复。被替换的数据库已保存为 {file}。</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>已恢复。</translation>
    </message>
    <message>
        <source>list the backups kept in the data folder</source>
        <translation>列出数据文件夹中保存的备份</translation>
    </message>
    <message>
        <source>write an encrypted backup into a folder</source>
        <translation>将加密备份写入某个文件夹</translation>
    </message>
    <message>
        <source>the folder to write it to (a USB stick)</source>
        <translation>写入的文件夹（如U盘）</translation>
    </message>
    <message>
        <source>read the password from the first line of FILE</source>
        <translation>从文件 FILE 的第一行读取密码</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>用备份替换数据库</translation>
    </message>
    <message>
        <source>restore without asking</source>
        <translation>不再询问，直接恢复</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>to resolve here</source>
        <translation>待本校解决</translation>
    </message>
    <message>
        <source>owned by another school</source>
        <translation>属于其他学校</translation>
    </message>
    <message>
        <source>member schools of the alliance (lead school)</source>
        <translation>联盟的成员学校（牵头学校）</translation>
    </message>
    <message>
        <source>add a member school; prints its code</source>
        <translation>添加成员学校，并显示其代码</translation>
    </message>
    <message>
        <source>the school's name</source>
        <translation>学校名称</translation>
    </message>
    <message>
        <source>its code (default: the next free S02, S03 ...)</source>
        <translation>学校代码（默认：下一个可用的 S02、S03……）</translation>
    </message>
    <message>
        <source>write the invitation for a member school (lead)</source>
        <translation>为成员学校写入邀请函（牵头学校）</translation>
    </message>
    <message>
        <source>school code or name</source>
        <translation>学校代码或名称</translation>
    </message>
    <message>
        <source>folder to write the file to (a USB stick, a share)</source>
        <translation>写入文件的文件夹（U 盘或共享文件夹）</translation>
    </message>
    <message>
        <source>join the alliance with an invitation (member)</source>
        <translation>凭邀请函加入联盟（成员学校）</translation>
    </message>
    <message>
        <source>the invitation file</source>
        <translation>邀请函文件</translation>
    </message>
    <message>
        <source>approve a school's laptop after its join request was imported (lead)</source>
        <translation>导入加入申请后批准该校的电脑（牵头学校）</translation>
    </message>
    <message>
        <source>the fingerprint the school read out</source>
        <translation>该校念出的指纹</translation>
    </message>
    <message>
        <source>write a bundle for the other schools</source>
        <translation>为其他学校写入同步包</translation>
    </message>
    <message>
        <source>every record, not only those not yet acknowledged</source>
        <translation>全部记录，而不只是尚未确认收到的记录</translation>
    </message>
    <message>
        <source>import bundles and join requests (files or folders)</source>
        <translation>导入同步包和加入申请（文件或文件夹）</translation>
    </message>
    <message>
        <source>refuse a laptop's bundles from now on (lead)</source>
        <translation>今后拒收某台电脑的同步包（牵头学校）</translation>
    </message>
    <message>
        <source>installation id, or its first 8 characters or more</source>
        <translation>安装编号，或其前 8 个及以上字符</translation>
    </message>
    <message>
        <source>why, e.g. the laptop was stolen</source>
        <translation>原因，例如电脑被盗</translation>
    </message>
    <message>
        <source>record versions in conflict, to review</source>
        <translation>列出有冲突的记录版本，供查看</translation>
    </message>
    <message>
        <source>resolved ones too</source>
        <translation>也列出已解决的</translation>
    </message>
    <message>
        <source>Unknown value {value} for the filter {name}.</source>
        <translation>筛选条件 {name} 没有取值 {value}。</translation>
    </message>
    <message>
        <source>Write a filter as NAME=VALUE: {filter}</source>
        <translation>筛选条件请写成 名称=取值：{filter}</translation>
    </message>
    <message>
        <source>The table {kind} has no filter {name} (it has: {known}).</source>
        <translation>表格 {kind} 没有筛选条件 {name}（可用：{known}）。</translation>
    </message>
    <message>
        <source>Wrote {n} rows to {file}.</source>
        <translation>已将 {n} 行写入 {file}。</translation>
    </message>
    <message>
        <source>Sheet {sheet}, header in row {row}, {n} rows of teachers.</source>
        <translation>工作表 {sheet}，表头在第 {row} 行，共 {n} 行教师。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Checked without importing: {new} new teachers for {school}, {updated} to update, {same} unchanged, {refused} rows refused.</source>
        <translation>仅检查，未导入：{school} 将新增教师 {new} 人，更新 {updated} 人，{same} 人无变化，{refused} 行被拒绝。</translation>
    </message>
    <message>
        <source>Imported {new} new teachers into {school}; updated {updated}, {same} unchanged, {refused} rows refused.</source>
        <translation>已为 {school} 新增教师 {new} 人；更新 {updated} 人，{same} 人无变化，{refused} 行被拒绝。</translation>
    </message>
    <message>
        <source>New: {names}</source>
        <translation>新增：{names}</translation>
    </message>
    <message>
        <source>Updated: {names}</source>
        <translation>更新：{names}</translation>
    </message>
    <message>
        <source>write one of the app's lists to an Excel (.xlsx) or CSV file</source>
        <translation>将应用中的列表导出为 Excel（.xlsx）或 CSV 文件</translation>
    </message>
    <message>
        <source>which list: {kinds}</source>
        <translation>哪个列表：{kinds}</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>xlsx or csv (default: from the file name, else xlsx)</source>
        <translation>xlsx 或 csv（默认按文件扩展名，否则为 xlsx）</translation>
    </message>
    <message>
        <source>e.g. 2026-1: only that semester's records (compliance and schools: default the current semester; lists: default every record)</source>
        <translation>例如 2026-1：只导出该学期的记录（考核进度和各校对比默认本学期；列表默认全部记录）</translation>
    </message>
    <message>
        <source>school code or name: only records that concern it</source>
        <translation>学校代码或名称：只导出与该校有关的记录</translation>
    </message>
    <message>
        <source>only records containing this text (names, for teachers and pairings)</source>
        <translation>只导出包含此文字的记录（教师和师徒结对按姓名查找）</translation>
    </message>
    <message>
        <source>a filter of the list, e.g. occasion=示范课 or status=active (repeatable)</source>
        <translation>列表的筛选条件，例如 occasion=示范课 或 status=active（可重复）</translation>
    </message>
    <message>
        <source>compliance: only who is behind</source>
        <translation>考核进度：只导出落后或未完成的</translation>
    </message>
    <message>
        <source>import a school's teacher roster from Excel or CSV</source>
        <translation>从 Excel 或 CSV 导入学校的教师名单</translation>
    </message>
    <message>
        <source>import the teachers of a roster file; refused rows are listed with the reason</source>
        <translation>导入名单文件中的教师；被拒绝的行逐行列出原因</translation>
    </message>
    <message>
        <source>an .xlsx or .csv file</source>
        <translation>.xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>school code or name (default: this installation's school)</source>
        <translation>学校代码或名称（默认：本机所属学校）</translation>
    </message>
    <message>
        <source>check every row and say what would change, without importing</source>
        <translation>逐行检查并说明将会有哪些变化，但不导入</translation>
    </message>
    <message>
        <source>show how a roster file is read: its header row and which column is what</source>
        <translation>显示名单文件的读取方式：表头所在行及各列的含义</translation>
    </message>
    <message>
        <source>--id ({record})</source>
        <translation>--id（{record}）</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>报表：</translation>
    </message>
    <message>
        <source>the quick start guide of one user, with pictures: --audience principal, teacher or coordinator</source>
        <translation>某一类用户的快速入门指南（含图片）：--audience principal（校长）、teacher（教师）或 coordinator（联络员）</translation>
    </message>
    <message>
        <source>Ids are printed by 'jituan search' and are in the lists exported with 'jituan export-table'.</source>
        <translation>记录的 id 可用 'jituan search' 查到，也在 'jituan export-table' 导出的列表中。</translation>
    </message>
    <message>
        <source>The annual summary is also written as .xlsx (--format xlsx, or an --out name ending in .xlsx).</source>
        <translation>年度汇总表也可写成 .xlsx（--format xlsx，或 --out 文件名以 .xlsx 结尾）。</translation>
    </message>
    <message>
        <source>{value} is not a year: write it like 2026.</source>
        <translation>“{value}”不是年份：请写成 2026 这样。</translation>
    </message>
    <message>
        <source>{value} is not a quarter: write 1, 2, 3 or 4.</source>
        <translation>{value}不是季度：请写 1、2、3 或 4。</translation>
    </message>
    <message>
        <source>Unknown report format "{format}": choose pdf or xlsx.</source>
        <translation>未知的报表格式“{format}”：请选 pdf 或 xlsx。</translation>
    </message>
    <message>
        <source>The report "{title}" is made as a PDF only; only the annual summary is also written as .xlsx.</source>
        <translation>“{title}”只能生成 PDF；只有年度结对帮扶情况汇总表还可写成 .xlsx。</translation>
    </message>
    <message>
        <source>The report "{title}" does not use {options}; it reads {reads}.</source>
        <translation>“{title}”不使用 {options}；它只需要 {reads}。</translation>
    </message>
    <message>
        <source>The quick start guide does not use {options}; it reads --audience.</source>
        <translation>快速入门指南不使用 {options}，只读取 --audience。</translation>
    </message>
    <message>
        <source>Say whose guide with --audience principal, teacher or coordinator.</source>
        <translation>请用 --audience 指明是谁的指南：principal（校长）、teacher（教师）或 coordinator（联络员）。</translation>
    </message>
    <message>
        <source>Wrote {title} to {file}.</source>
        <translation>已将{title}写入 {file}。</translation>
    </message>
    <message>
        <source>--audience is for the quick start guide only: jituan report quick-start --audience principal --out guide.pdf</source>
        <translation>--audience 只用于快速入门指南：jituan report quick-start --audience principal --out guide.pdf</translation>
    </message>
    <message>
        <source>print a form or summary as a PDF (the list: jituan report --help)</source>
        <translation>将表格或汇总生成为 PDF（清单见 jituan report --help）</translation>
    </message>
    <message>
        <source>Make one of the printable reports as a PDF file.</source>
        <translation>将一种可打印的报表生成为 PDF 文件。</translation>
    </message>
    <message>
        <source>which report (listed below)</source>
        <translation>哪种报表（见下方清单）</translation>
    </message>
    <message>
        <source>the file to write, such as report.pdf</source>
        <translation>要写入的文件，例如 听课记录表.pdf</translation>
    </message>
    <message>
        <source>the record of a form of one record</source>
        <translation>单条记录表格所针对的记录 id</translation>
    </message>
    <message>
        <source>e.g. 2026-1 (default: the semester due: the one that ended, in a holiday and for a month after its last day; else the current one)</source>
        <translation>如 2026-1（默认：应报的学期：假期中及学期结束后一个月内为刚结束的学期，否则为本学期）</translation>
    </message>
    <message>
        <source>school code, name or id (default: this school)</source>
        <translation>学校代码、名称或 id（默认：本校）</translation>
    </message>
    <message>
        <source>the annual summary's year, which ends on 30 November (default: the one due: in December and January the year just closed)</source>
        <translation>年度汇总的年份，截至11月30日（默认：应报的年度；12月和1月为刚结束的年度）</translation>
    </message>
    <message>
        <source>the quarterly report's quarter, 1 to 4, with --year (default: the quarter that ended last)</source>
        <translation>季度汇报的季度，1至4，与 --year 一起使用（默认：最近结束的季度）</translation>
    </message>
    <message>
        <source>pdf, or xlsx for the annual summary (default: from the file name, else pdf)</source>
        <translation>pdf；年度汇总表也可用 xlsx（默认：按文件名，否则 pdf）</translation>
    </message>
    <message>
        <source>with quick-start: principal, teacher or coordinator</source>
        <translation>与 quick-start 一起使用：principal（校长）、teacher（教师）或 coordinator（联络员）</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>不计入考核</translation>
    </message>
    <message>
        <source> ({mark})</source>
        <translation>（{mark}）</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>出处：{citation}</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>「{quote}」</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. 2025-10-08</source>
        <translation>例如 2025-10-08</translation>
    </message>
    <message>
        <source>Type a date such as 2025-10-08, 2025/10/8, 20251008 or 2025年10月8日, or pick one from the calendar (F4).</source>
        <translation>可直接输入日期，如 2025-10-08、2025/10/8、20251008 或 2025年10月8日，也可从日历中选择（F4）。</translation>
    </message>
    <message>
        <source>Calendar (F4)</source>
        <translation>日历（F4）</translation>
    </message>
    <message>
        <source>Esc brings back {day}.</source>
        <translation>按 Esc 恢复为 {day}。</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <source>{day} {month} {year}, {time}</source>
        <translation>{year}年{month}月{day}日 {time}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{month}月{day}日</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}至{end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>{start}起</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year}年{month}月</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>This is demo data, kept apart from real records.</source>
        <translation>这是演示数据，与真实记录分开保存</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>This record was changed after you opened it ({when}, {where}).</source>
        <translation>这条记录在您打开后已被修改（{when}，{where}）。</translation>
    </message>
    <message>
        <source>on this computer: in another window or by a jituan command</source>
        <translation>在这台电脑上：由另一个窗口或 jituan 命令修改</translation>
    </message>
    <message>
        <source>on another computer of this school, received in a sync bundle</source>
        <translation>在本校另一台电脑上修改，经同步包导入</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>时间不详</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: {reason}</source>
        <translation>出现错误：{reason}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Teacher's name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Activity title</source>
        <translation>活动主题</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>听课人</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>授课人</translation>
    </message>
    <message>
        <source>Lesson date</source>
        <translation>授课日期</translation>
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
        <source>Occasion</source>
        <translation>开课形式</translation>
    </message>
    <message>
        <source>Lesson type</source>
        <translation>课型</translation>
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
        <source>Reflection</source>
        <translation>授课教师反思</translation>
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
        <source>Kind</source>
        <translation>类别</translation>
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
        <source>Planned end</source>
        <translation>计划结束日期</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>结对目标</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>解除原因</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>师徒结对</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>指导日期</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>指导内容</translation>
    </message>
    <message>
        <source>What the mentee took away</source>
        <translation>徒弟收获</translation>
    </message>
    <message>
        <source>Mentor feedback</source>
        <translation>师傅反馈</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <source>Host school</source>
        <translation>承办学校</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
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
        <source>Teachers reached</source>
        <translation>参与教师人次</translation>
    </message>
    <message>
        <source>Students reached</source>
        <translation>受益学生人次</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>活动议程</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>活动成效</translation>
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
        <source>Threshold</source>
        <translation>指标数</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>考核对象</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>统计项目</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Session kind</source>
        <translation>指导类别</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>文件依据</translation>
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
        <source>Default rule</source>
        <translation>默认指标</translation>
    </message>
    <message>
        <source>Rubric items</source>
        <translation>评价项目</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Linked activity</source>
        <translation>关联活动</translation>
    </message>
    <message>
        <source>Rubric template</source>
        <translation>评价量表</translation>
    </message>
    <message>
        <source>Participating schools</source>
        <translation>参与学校</translation>
    </message>
    <message>
        <source>Linked observation</source>
        <translation>关联听课记录</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>任教学科</translation>
    </message>
    <message>
        <source>Grades taught</source>
        <translation>任教年级</translation>
    </message>
    <message>
        <source>Backbone titles</source>
        <translation>骨干称号</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>计划名称</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>报送材料名称</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>会议日期</translation>
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
        <source>Absent</source>
        <translation>缺席人员</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>会议内容</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>会议决定事项</translation>
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
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>生成日期</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>报送人</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Further details</source>
        <translation>其他信息</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Version number</source>
        <translation>版本号</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>无法显示这张图片。</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>SQLite reports: {detail}</source>
        <translation>SQLite 报告：{detail}</translation>
    </message>
    <message>
        <source>Refers to a missing record in {parent}.</source>
        <translation>引用了 {parent} 中不存在的记录。</translation>
    </message>
    <message>
        <source>The installation has no school: the data folder was never set up.</source>
        <translation>本机没有设置学校：该数据文件夹尚未初始化。</translation>
    </message>
    <message>
        <source>The installation's school {school} is missing.</source>
        <translation>本机所属学校{school}的记录不存在。</translation>
    </message>
    <message>
        <source>The record id {uuid} is not a UUID.</source>
        <translation>记录编号 {uuid} 不是有效的 UUID。</translation>
    </message>
    <message>
        <source>The owner school {owner} does not exist.</source>
        <translation>所属学校 {owner} 不存在。</translation>
    </message>
    <message>
        <source>Version {version} is ahead of this installation's counter {counter}.</source>
        <translation>版本号 {version} 超过了本机计数器 {counter}。</translation>
    </message>
    <message>
        <source>Version {version} of installation {installation} is used {n} times.</source>
        <translation>安装 {installation} 的版本号 {version} 被使用了 {n} 次。</translation>
    </message>
    <message>
        <source>{name}: the stored total {stored} or grade band does not match the scores (total {total}). Open the observation in the app and save it again to recompute them.</source>
        <translation>{name}：保存的总分 {stored} 或等级与各项评分不符（按评分应为 {total} 分）。请在应用中打开这条听课记录并重新保存，以重新计算。</translation>
    </message>
    <message>
        <source>The search index holds a row that no longer exists.</source>
        <translation>全文索引中有一条已不存在的记录。</translation>
    </message>
    <message>
        <source>The attached file {name} is missing from the data folder.</source>
        <translation>数据文件夹中缺少附件 {name}。</translation>
    </message>
    <message>
        <source>it is not a JSON list of the expected items</source>
        <translation>不是应有内容的 JSON 列表</translation>
    </message>
    <message>
        <source>it is not a JSON object of the expected values</source>
        <translation>不是应有内容的 JSON 对象</translation>
    </message>
    <message>
        <source>it is not a JSON object of numbers, one per item</source>
        <translation>不是每个评价项目对应一个数字的 JSON 对象</translation>
    </message>
    <message>
        <source>it is not a date written as 2026-09-01</source>
        <translation>不是 2026-09-01 这样的日期</translation>
    </message>
    <message>
        <source>it is not one of the values the app knows</source>
        <translation>不是本应用认识的取值</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>不是文字</translation>
    </message>
    <message>
        <source>it is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>a required value is missing</source>
        <translation>缺少必填的值</translation>
    </message>
    <message>
        <source>{kind} "{name}": {field} holds "{value}", which cannot be read ({reason}). Lists and reports leave this record out until it is corrected: ask {owner} to enter it again, or restore a backup made before the damage.</source>
        <translation>{kind}“{name}”：{field}中的“{value}”无法读取（{reason}）。在改正之前，列表和报表都不包含这条记录：请{owner}重新录入，或恢复损坏之前的备份。</translation>
    </message>
    <message>
        <source>{kind} "{name}": {problem} Open the record in the app and correct it (only {owner} can change it).</source>
        <translation>{kind}“{name}”：{problem}请在应用中打开这条记录并改正（只有{owner}可以修改）。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Lead school</source>
        <translation>牵头学校</translation>
    </message>
    <message>
        <source>Member school</source>
        <translation>成员学校</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>校长</translation>
    </message>
    <message>
        <source>Vice principal</source>
        <translation>副校长</translation>
    </message>
    <message>
        <source>Dean of studies</source>
        <translation>教务主任</translation>
    </message>
    <message>
        <source>Subject group head</source>
        <translation>教研组长</translation>
    </message>
    <message>
        <source>Homeroom teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Teaching supervisor</source>
        <translation>视导员</translation>
    </message>
    <message>
        <source>First semester</source>
        <translation>第一学期</translation>
    </message>
    <message>
        <source>Second semester</source>
        <translation>第二学期</translation>
    </message>
    <message>
        <source>Demonstration lesson</source>
        <translation>示范课</translation>
    </message>
    <message>
        <source>Model lesson</source>
        <translation>观摩课</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>公开课</translation>
    </message>
    <message>
        <source>Report lesson</source>
        <translation>汇报课</translation>
    </message>
    <message>
        <source>Research lesson</source>
        <translation>研讨课</translation>
    </message>
    <message>
        <source>Mentoring lesson</source>
        <translation>师徒帮带课</translation>
    </message>
    <message>
        <source>Drop-in lesson</source>
        <translation>推门课</translation>
    </message>
    <message>
        <source>Same topic, different designs</source>
        <translation>同课异构</translation>
    </message>
    <message>
        <source>New material</source>
        <translation>新授课</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复习课</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>练习课</translation>
    </message>
    <message>
        <source>Lecture and commentary</source>
        <translation>讲评课</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>实验课</translation>
    </message>
    <message>
        <source>Activity lesson</source>
        <translation>活动课</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Young teacher mentoring</source>
        <translation>青蓝工程</translation>
    </message>
    <message>
        <source>Backbone teacher coaching</source>
        <translation>骨干带教</translation>
    </message>
    <message>
        <source>Cross-school support</source>
        <translation>跨校帮扶</translation>
    </message>
    <message>
        <source>Homeroom mentoring</source>
        <translation>班主任结对</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已出师</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>Mentee observes mentor's lesson</source>
        <translation>徒弟听师傅课</translation>
    </message>
    <message>
        <source>Mentor observes mentee's lesson</source>
        <translation>师傅听徒弟课</translation>
    </message>
    <message>
        <source>Lesson planning guidance</source>
        <translation>指导备课</translation>
    </message>
    <message>
        <source>Lesson polishing</source>
        <translation>磨课</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>研讨</translation>
    </message>
    <message>
        <source>Reading guidance</source>
        <translation>读书指导</translation>
    </message>
    <message>
        <source>Paper writing guidance</source>
        <translation>论文指导</translation>
    </message>
    <message>
        <source>Class management guidance</source>
        <translation>班级管理指导</translation>
    </message>
    <message>
        <source>Pairing summary</source>
        <translation>结对总结</translation>
    </message>
    <message>
        <source>Collective lesson preparation</source>
        <translation>集体备课</translation>
    </message>
    <message>
        <source>Teaching outreach to rural schools</source>
        <translation>送教下乡</translation>
    </message>
    <message>
        <source>Principals' forum</source>
        <translation>校长论坛</translation>
    </message>
    <message>
        <source>Homeroom teachers' exchange</source>
        <translation>班主任工作交流会</translation>
    </message>
    <message>
        <source>Teaching open day</source>
        <translation>教学开放日</translation>
    </message>
    <message>
        <source>Thematic lecture</source>
        <translation>专题讲座</translation>
    </message>
    <message>
        <source>Joint teaching research</source>
        <translation>联合教研</translation>
    </message>
    <message>
        <source>Teacher exchange and rotation</source>
        <translation>教师交流轮岗</translation>
    </message>
    <message>
        <source>Students hand in hand</source>
        <translation>学生手拉手活动</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>线下</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>主讲</translation>
    </message>
    <message>
        <source>Lead preparer</source>
        <translation>主备</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>执教</translation>
    </message>
    <message>
        <source>Observing</source>
        <translation>听课</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>师徒结对</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>联盟</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Lessons observed</source>
        <translation>听课节数</translation>
    </message>
    <message>
        <source>Alliance activities taken part in</source>
        <translation>参加联盟活动次数</translation>
    </message>
    <message>
        <source>Alliance activities held</source>
        <translation>联盟活动次数</translation>
    </message>
    <message>
        <source>Demonstration lessons given</source>
        <translation>示范课节数</translation>
    </message>
    <message>
        <source>Mentor sessions</source>
        <translation>指导记录</translation>
    </message>
    <message>
        <source>Council meetings held</source>
        <translation>召开理事会议次数</translation>
    </message>
    <message>
        <source>Alliance schools meetings held</source>
        <translation>召开联盟校会议次数</translation>
    </message>
    <message>
        <source>Joint leaders' meetings taken part in</source>
        <translation>参加两校领导联席会议次数</translation>
    </message>
    <message>
        <source>Quarterly reports sent to the bureau</source>
        <translation>向县教育局报送季度书面汇报次数</translation>
    </message>
    <message>
        <source>Annual summaries sent</source>
        <translation>报送结对帮扶情况汇总次数</translation>
    </message>
    <message>
        <source>Teacher exchanges taken part in</source>
        <translation>参加置换交流次数</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Rubric template</source>
        <translation>评价量表</translation>
    </message>
    <message>
        <source>Mentor pairing</source>
        <translation>师徒结对</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>联盟活动</translation>
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
        <source>Quota rule</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>工作计划</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Report sent to the bureau</source>
        <translation>报送记录</translation>
    </message>
    <message>
        <source>{first}–{second} school year, first semester</source>
        <translation>{first}—{second}学年第一学期</translation>
    </message>
    <message>
        <source>{first}–{second} school year, second semester</source>
        <translation>{first}—{second}学年第二学期</translation>
    </message>
    <message>
        <source>{first}–{second} school year</source>
        <translation>{first}—{second}学年</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>理事会议</translation>
    </message>
    <message>
        <source>Alliance schools meeting</source>
        <translation>联盟校会议</translation>
    </message>
    <message>
        <source>Joint meeting of both schools' leaders</source>
        <translation>两校领导联席会议</translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation>其他会议</translation>
    </message>
    <message>
        <source>To be carried out</source>
        <translation>待落实</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>已落实</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Alliance plan</source>
        <translation>联盟工作计划</translation>
    </message>
    <message>
        <source>School plan</source>
        <translation>学校工作计划</translation>
    </message>
    <message>
        <source>Alliance activity</source>
        <translation>联盟活动</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>计划事项</translation>
    </message>
    <message>
        <source>Meeting decision</source>
        <translation>会议决定</translation>
    </message>
    <message>
        <source>Report to the bureau</source>
        <translation>向县教育局报送</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Other work</source>
        <translation>其他工作</translation>
    </message>
    <message>
        <source>Quarterly report on council decisions</source>
        <translation>理事会议重大决策季度书面汇报</translation>
    </message>
    <message>
        <source>Annual summary of pairing support</source>
        <translation>校校结对帮扶情况年度汇总</translation>
    </message>
    <message>
        <source>Other report</source>
        <translation>其他报送材料</translation>
    </message>
    <message>
        <source>County education bureau</source>
        <translation>县教育局</translation>
    </message>
    <message>
        <source>000_4831cd458b4b7471.txt, 篇八 (二) 2.: 各集团每季度向县教育局书面汇报理事会议的重大决策内容。</source>
        <translation>000_4831cd458b4b7471.txt，篇八（二）2.：各集团每季度向县教育局书面汇报理事会议的重大决策内容。</translation>
    </message>
    <message>
        <source>004_40450cabe39de89f.txt, 四、实施要求 (三) 1.: 各学校每年11月底前要将校校结对帮扶情况汇总后及时报送我局基民教股。</source>
        <translation>004_40450cabe39de89f.txt，四、实施要求（三）1.：各学校每年11月底前要将校校结对帮扶情况汇总后及时报送我局基民教股。</translation>
    </message>
    <message>
        <source>常见做法, not set by the texts: the quarterly report is due ten days after the quarter ends.</source>
        <translation>常见做法，非文件规定：季度书面汇报在季度结束后10日内报送。</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>{category}: {kind}</source>
        <translation>{category}：{kind}</translation>
    </message>
    <message>
        <source>Week {n}</source>
        <translation>第{n}周</translation>
    </message>
    <message>
        <source>{state}: {title} ({day})</source>
        <translation>{state}：{title}（{day}）</translation>
    </message>
    <message>
        <source>{state} on {day}</source>
        <translation>{state}（{day}）</translation>
    </message>
    <message>
        <source>the requirement is met</source>
        <translation>已达到要求</translation>
    </message>
    <message>
        <source>not met yet, but keeping pace</source>
        <translation>尚未达到，但进度跟得上</translation>
    </message>
    <message>
        <source>not met yet, and below the expected pace</source>
        <translation>尚未达到，且低于应有进度</translation>
    </message>
    <message>
        <source>the period ended without meeting it</source>
        <translation>期限已过，未达到要求</translation>
    </message>
    <message>
        <source>{standing} {n}</source>
        <translation>{standing} {n}</translation>
    </message>
    <message>
        <source>{standing}: {meaning}</source>
        <translation>{standing}：{meaning}</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Jituan Desktop</source>
        <translation>集团化办学助手</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>Jan</source>
        <translation>1</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Lesson observations</source>
        <translation>听课记录</translation>
    </message>
    <message>
        <source>Mentor pairings</source>
        <translation>师徒结对</translation>
    </message>
    <message>
        <source>Alliance activities</source>
        <translation>联盟活动</translation>
    </message>
    <message>
        <source>Work plans</source>
        <translation>工作计划</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Reports to the bureau</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Comes with a later version of the app.</source>
        <translation>将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>NoProgramDialog</name>
    <message>
        <source>Cannot open the folder</source>
        <translation>无法打开文件夹</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>No program on this computer could open this folder. Copy its path to open it another way.</source>
        <translation>这台电脑上没有能打开这个文件夹的程序。请复制它的路径，用其他方式打开。</translation>
    </message>
    <message>
        <source>No program on this computer opens this file (a PDF needs a PDF reader). Copy its path to open it another way, or open the folder it is in.</source>
        <translation>这台电脑上没有能打开这个文件的程序（PDF 文件需要先安装 PDF 阅读器）。请复制它的路径，用其他方式打开，或打开它所在的文件夹。</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The path is copied: paste it (Ctrl+V) where you need it.</source>
        <translation>路径已复制，可以在需要的地方粘贴（Ctrl+V）。</translation>
    </message>
    <message>
        <source>The folder could not be opened either: copy the path and paste it into the file manager's address bar.</source>
        <translation>文件夹也无法打开：请复制路径，粘贴到文件管理器的地址栏中。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QuickStart</name>
    <message>
        <source>Quick start</source>
        <translation>快速入门</translation>
    </message>
    <message>
        <source>Who are you? Choose your guide:</source>
        <translation>您是哪一位？请选择对应的入门指南：</translation>
    </message>
    <message>
        <source>Principal (member school)</source>
        <translation>校长（成员学校）</translation>
    </message>
    <message>
        <source>Quick start for the principal of a member school</source>
        <translation>成员学校校长快速入门</translation>
    </message>
    <message>
        <source>This laptop keeps your school's lesson observations, mentor pairings and activities. On the first day: set the app up, put your teachers in, join the alliance, and send your records to the lead school.</source>
        <translation>本机保存贵校的听课记录、师徒结对和联盟活动。第一天要做的是：设置本软件，录入教师名单，加入联盟，把本校的记录发给牵头学校。</translation>
    </message>
    <message>
        <source>Set the app up as a member school</source>
        <translation>设置为成员学校</translation>
    </message>
    <message>
        <source>When the app starts for the first time, choose "We are a member school" → Next, type your school's name as it is written on official documents → Next → Start.</source>
        <translation>第一次启动时，选择“我们是成员学校”→“下一步”，按正式文件填写本校名称 →“下一步”→“开始使用”。</translation>
    </message>
    <message>
        <source>Add or import your teachers</source>
        <translation>添加或导入教师</translation>
    </message>
    <message>
        <source>Do this first: an observation needs its teacher on the roster. Teachers → Import roster… reads the list your school keeps in Excel or CSV: choose the file, check the preview and which column holds what, then Import; every row not imported says why. One teacher at a time: New (Ctrl+N).</source>
        <translation>请先做这一步：听课记录的授课人必须在教师名单中。“教师”→“导入教师名单…”可读取学校现有的 Excel 或 CSV 名单：选择文件，核对预览和各列对应的内容，再点“导入”；没有导入的行都会说明原因。逐个添加教师：点“新建”（Ctrl+N）。</translation>
    </message>
    <message>
        <source>Join the alliance</source>
        <translation>加入联盟</translation>
    </message>
    <message>
        <source>Ask the lead school for your school's invitation file (on a USB stick). Sync → Join an alliance… → choose the invitation → choose where to write the join request (the USB stick again) and give that file to the lead school. The page then shows this laptop's fingerprint in large letters: phone the lead school's coordinator and read it out; they approve the laptop with it. When the lead school's bundle comes back, import it (Export and import → Import files…) and the state turns to Joined.</source>
        <translation>向牵头学校索取为本校生成的邀请文件（用U盘拷来）。“同步”→“加入联盟…”→ 选择邀请文件 → 选择加入申请的保存位置（仍选U盘），把这个文件交给牵头学校。页面随后以大字显示“本机指纹”：请打电话给牵头学校联络员读出指纹，对方据此批准本机。收到牵头学校发回的同步包后导入它（“导出与导入”→“导入文件…”），状态即变为“已加入”。</translation>
    </message>
    <message>
        <source>Record a lesson observation</source>
        <translation>记录一节听课</translation>
    </message>
    <message>
        <source>Lesson observations → New (Ctrl+N). Type the teacher's name or pinyin initials (zs finds 张三) and choose from the list; fill in the topic, the notes and the rubric scores (the total and the grade follow), then Save (Ctrl+S).</source>
        <translation>“听课记录”→“新建”（Ctrl+N）。输入授课人姓名或拼音首字母（输入 zs 可找到张三），从列表中选择；填写课题、听课过程和评价表各项得分（总分和等级自动计算），然后点“保存”（Ctrl+S）。</translation>
    </message>
    <message>
        <source>See who is behind on Home</source>
        <translation>在首页查看谁落后了</translation>
    </message>
    <message>
        <source>Home shows every quota rule of this semester and how many people have met it, are on track or are behind. Click a rule: the people short of it are listed beside it, furthest behind first. Below are the plans, meeting decisions and reports that are due. Export writes the table to Excel.</source>
        <translation>“首页”列出本学期的每条考核指标，以及已完成、进度正常和落后的人数。点一条指标，右边列出未达标的人员，落后最多的排在最前。下方是到期的计划事项、会议决定和报送材料。“导出”可把表格导出为 Excel。</translation>
    </message>
    <message>
        <source>Export a bundle for the lead school</source>
        <translation>导出同步包交给牵头学校</translation>
    </message>
    <message>
        <source>Sync → Export and import: in "Export to" choose the USB stick (a plugged-in stick is offered in the list, or Choose folder…; a shared network folder works too) → Export. The line below names the file written (.jtb) and how many records it holds: take it to the lead school. Export again whenever you have new records; only what the lead school has not confirmed is sent.</source>
        <translation>“同步”→“导出与导入”：在“导出到”中选择U盘（插入的U盘会出现在列表中，也可点“选择文件夹…”；网络共享文件夹同样可以）→“导出”。下方一行显示写出的文件（.jtb）及其中的记录数：把它交给牵头学校。有了新记录就再导出一次，只会发送牵头学校尚未确认收到的记录。</translation>
    </message>
    <message>
        <source>Print a report</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <source>Reports → choose a form or summary (for example the lesson observation count sheet or the semester work summary), the semester and the school → Generate, then Open to look at it or Save as… to keep the A4 PDF. Reports to the bureau shows when your annual summary of pairing and support work is due (30 November) and whether it was sent.</source>
        <translation>“报表”→ 选择表格或汇总（例如听课节数统计表、学期工作汇总），选择学期和学校 →“生成”，然后点“打开”查看，或点“另存为…”保存 A4 PDF。“报送”页面显示本校年度结对帮扶情况汇总何时截止（11月30日）以及是否已报送。</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Quick start for teachers: mentor sessions and lesson observations</source>
        <translation>教师快速入门：师徒指导与听课记录</translation>
    </message>
    <message>
        <source>Each mentor session and each lesson you observe is one record. The counts against this semester's quotas move as soon as you save.</source>
        <translation>每次师徒指导、每节听课都是一条记录。保存后，本学期各项考核指标的完成数随即更新。</translation>
    </message>
    <message>
        <source>Open your mentor pairing</source>
        <translation>打开您的师徒结对</translation>
    </message>
    <message>
        <source>Mentor pairings → find your pairing (type the mentor's or the apprentice's name in the search box) and click it. On the right: the pairing, this semester's counts against its quotas, and the sessions so far, newest first.</source>
        <translation>“师徒结对”→ 找到您的结对（在搜索框输入师傅或徒弟的姓名）并点击。右边显示结对信息、本学期指标完成情况和已有的指导记录，最新的在最前。</translation>
    </message>
    <message>
        <source>Add a session with the quick-add row</source>
        <translation>用快速添加行记录一次指导</translation>
    </message>
    <message>
        <source>Above the list of sessions is one row: date, kind, topic and minutes. Choose the kind, type the topic and press Enter (or Add): the session is saved and the counts move. Details… opens the full form, for what was done and attachments.</source>
        <translation>指导记录列表上方有一行：日期、类型、主题和分钟数。选择类型，输入主题后按回车（或点“添加”），这次指导即被保存，完成数随即更新。点“详细…”可打开完整表单，填写指导内容、添加附件。</translation>
    </message>
    <message>
        <source>Start a lesson observation</source>
        <translation>新建听课记录</translation>
    </message>
    <message>
        <source>Lesson observations → New (Ctrl+N). Teacher: type the name or pinyin initials and choose from the list; the school and subject follow. Fill in the class, topic, lesson type and kind of lesson. A name not on the roster stays in the box: click Add as a new teacher… beside it, and the rest of the form is kept.</source>
        <translation>“听课记录”→“新建”（Ctrl+N）。授课人：输入姓名或拼音首字母，从列表中选择，授课学校和学科自动填上。再填写年级班级、课题、课型和开课形式。名册中没有的姓名会留在框中：点旁边的“添加为新教师…”即可添加，表单中已填的内容不会丢失。</translation>
    </message>
    <message>
        <source>Score the lesson with the rubric</source>
        <translation>按评价表打分</translation>
    </message>
    <message>
        <source>Under Evaluation give each item its score, up to the maximum shown; the total and the grade follow as you type. Write the lesson's course (Add row for each stage) and your comments, add a photo of the handwritten page if you have one, then Save (Ctrl+S).</source>
        <translation>在“评价”中逐项打分，不超过所示满分；总分和等级随输入自动计算。填写听课过程（每个环节点一次“添加一行”）和评议；如有手写听课记录，可添加照片。然后点“保存”（Ctrl+S）。</translation>
    </message>
    <message>
        <source>Print the lesson observation record</source>
        <translation>打印听课记录表</translation>
    </message>
    <message>
        <source>Once the record is saved, Print… at the foot of the form makes the lesson observation record (听课记录表) as an A4 PDF and opens it. It can also be printed later: Reports → Lesson observation record → find the record → Generate.</source>
        <translation>记录保存后，点表单底部的“打印…”即生成 A4 的听课记录表 PDF 并打开。以后也可以打印：“报表”→“听课记录表”→ 找到这条记录 →“生成”。</translation>
    </message>
    <message>
        <source>Lead school coordinator</source>
        <translation>牵头学校联络员</translation>
    </message>
    <message>
        <source>Quick start for the lead school's coordinator</source>
        <translation>牵头学校联络员快速入门</translation>
    </message>
    <message>
        <source>The lead school's laptop holds the whole alliance: it invites the member schools, collects their bundles, and prints the alliance's summaries.</source>
        <translation>牵头学校的电脑保存整个联盟的记录：邀请成员学校，汇总各校的同步包，打印联盟的汇总报表。</translation>
    </message>
    <message>
        <source>Set the app up as the lead school</source>
        <translation>设置为牵头学校</translation>
    </message>
    <message>
        <source>When the app starts for the first time, choose "We are the lead school of an alliance" → Next, type the alliance's name and your school's name as they are written on official documents → Next → Start.</source>
        <translation>第一次启动时，选择“我们是联盟的牵头学校”→“下一步”，按正式文件填写联盟名称和本校名称 →“下一步”→“开始使用”。</translation>
    </message>
    <message>
        <source>Add the member schools and invite them</source>
        <translation>添加成员学校并发出邀请</translation>
    </message>
    <message>
        <source>Sync → Member schools → Add school… → the school's name (leave the code empty: the next one is given) → OK. Select the school → Write invitation… → choose the USB stick. The file's name carries only the school's code, so tell each school which file is theirs. The school's state turns from Not invited to Invited.</source>
        <translation>“同步”→“成员学校”→“添加学校…”→ 填写学校名称（学校代码可不填，自动使用下一个代码）→“确定”。选中该校 →“生成邀请…”→ 选择U盘。文件名中只有学校代码，请告诉各校哪个文件是他们的。该校状态由“未邀请”变为“已邀请”。</translation>
    </message>
    <message>
        <source>Approve each laptop by its fingerprint</source>
        <translation>凭指纹批准各校电脑</translation>
    </message>
    <message>
        <source>Import the join request the school gives back (Export and import → Import files…). Then Member schools → select the school → Approve… → type the fingerprint the school reads to you over the phone → OK. A wrong fingerprint is refused and nothing is approved: ask the school to read it again. The school's state turns to Joined.</source>
        <translation>导入成员学校交回的加入申请（“导出与导入”→“导入文件…”）。然后“成员学校”→ 选中该校 →“批准…”→ 输入对方在电话里读出的指纹 →“确定”。指纹不符会被拒绝，不会批准任何电脑：请对方再读一遍。该校状态变为“已加入”。</translation>
    </message>
    <message>
        <source>Import the member schools' bundles</source>
        <translation>导入各成员学校的同步包</translation>
    </message>
    <message>
        <source>Sync → Export and import: Import files… for bundles on a USB stick, or Import a folder… for a stick or a shared network folder where the schools put theirs. Each file gets a line: accepted, with its number of records, or in red with the reason. Then Export once: that one file carries every school's records back, and every member school imports it.</source>
        <translation>“同步”→“导出与导入”：U盘上的同步包用“导入文件…”，U盘或各校存放同步包的网络共享文件夹用“导入文件夹…”。每个文件一行结果：已接受并注明记录数，或以红字说明拒绝的原因。然后“导出”一次：这一个文件带回所有学校的记录，每所成员学校都导入它。</translation>
    </message>
    <message>
        <source>Check Home and the schools side by side</source>
        <translation>查看首页和各校对比</translation>
    </message>
    <message>
        <source>Home → School: the whole alliance or one school, with its quota rules and who is behind. "Schools side by side" shows every school's records this semester and how many people are behind; double-click a school to look at its people. Sync → Member schools shows which schools have not reported this month.</source>
        <translation>“首页”→“学校”：选全联盟或某一所学校，查看各项考核指标和落后人员。“各校对比”列出每所学校本学期的记录数和落后人数；双击学校可查看该校人员情况。“同步”→“成员学校”显示哪些学校本月尚未报送。</translation>
    </message>
    <message>
        <source>Look at the rules in Settings</source>
        <translation>在设置中查看考核指标</translation>
    </message>
    <message>
        <source>Settings → Quota rules lists the rules Home counts against. Each default rule quotes the policy text it comes from, with its file and section. The lead school can add, edit and delete rules; a changed default is marked as changed. Member schools see the same rules.</source>
        <translation>“设置”→“考核指标”列出首页据以统计的各条指标。每条默认指标都引用其所依据的政策原文，并注明文件和条款。牵头学校可以添加、编辑和删除指标；改动过的默认指标标有“已修改”。成员学校看到的是同样的指标。</translation>
    </message>
    <message>
        <source>Print the alliance semester summary</source>
        <translation>打印联盟学期汇总</translation>
    </message>
    <message>
        <source>Reports → Alliance semester summary → choose the semester → Generate, then Open or Save as… for the A4 PDF.</source>
        <translation>“报表”→“联盟学期汇总”→ 选择学期 →“生成”，然后点“打开”或“另存为…”得到 A4 PDF。</translation>
    </message>
    <message>
        <source>The annual summary, due 30 November</source>
        <translation>年度汇总：11月30日截止</translation>
    </message>
    <message>
        <source>Reports to the bureau lists what goes to the county bureau and when: every school's annual summary of pairing and support work is due on 30 November. Reports → Annual summary of pairing and support work → the school and the year → Generate (Export Excel… for a workbook). On Reports to the bureau, Generate… keeps the PDF with the record and Mark as sent… records when and to whom it went.</source>
        <translation>“报送”列出须报送县教育局的材料及截止时间：各校的年度结对帮扶情况汇总于11月30日截止。“报表”→“年度结对帮扶情况汇总表”→ 选择学校和年度 →“生成”（点“导出 Excel…”可得到工作簿）。在“报送”页面，“生成…”把 PDF 与报送记录一起保存，“标记为已报送…”记下报送的日期和对象。</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Save them?</source>
        <translation>这张表有尚未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>Don't save</source>
        <translation>不保存</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>新建（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>共 {n} 条</translation>
    </message>
    <message>
        <source>Nothing here yet with the filters above. Click New (Ctrl+N) to add the first record, or choose other filters.</source>
        <translation>按上面的筛选条件，这里还没有记录。点“新建”（Ctrl+N）添加第一条，或换一个筛选条件。</translation>
    </message>
    <message>
        <source>Nothing matches "{text}". Clear the search box to see every record.</source>
        <translation>没有找到与“{text}”相符的记录。清空搜索框即可看到全部记录。</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Only the school that wrote this record can change or delete it.</source>
        <translation>只有录入这条记录的学校才能修改或删除它。</translation>
    </message>
    <message>
        <source>Delete "{what}"? You can undo this right after.</source>
        <translation>确定删除“{what}”吗？删除后可立即撤销。</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Alliance activity record</source>
        <translation>联盟活动登记表</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>工作计划</translation>
    </message>
    <message>
        <source>Quarterly report on council decisions</source>
        <translation>理事会议重大决策情况的季度汇报</translation>
    </message>
    <message>
        <source>lesson observation</source>
        <translation>听课记录</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>联盟活动</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>mentor pairing</source>
        <translation>师徒结对</translation>
    </message>
    <message>
        <source>work plan</source>
        <translation>工作计划</translation>
    </message>
    <message>
        <source>{month}/{year}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>Number of activities</source>
        <translation>活动次数</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Average as a share of the maximum (%)</source>
        <translation>平均得分占满分的百分比（%）</translation>
    </message>
    <message>
        <source>Mentor pairing review</source>
        <translation>师徒结对考核表</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 共 {pages} 页</translation>
    </message>
    <message>
        <source>Generated {date}</source>
        <translation>生成日期 {date}</translation>
    </message>
    <message>
        <source>There is nothing in this report yet.</source>
        <translation>本报表暂无内容。</translation>
    </message>
    <message>
        <source>Jituan Desktop</source>
        <translation>集团化办学助手</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name}（{size}）</translation>
    </message>
    <message>
        <source>{path} is a folder: give the report a file name, such as report.pdf.</source>
        <translation>{path} 是一个文件夹：请给报表起一个文件名，例如 report.pdf。</translation>
    </message>
    <message>
        <source>The folder {path} does not exist, so the report cannot be saved there.</source>
        <translation>文件夹 {path} 不存在，报表无法保存到那里。</translation>
    </message>
    <message>
        <source>The report cannot be written to {path}: {reason}</source>
        <translation>报表无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>There is no report called "{key}". Reports: {kinds}.</source>
        <translation>没有名为“{key}”的报表。可用的报表：{kinds}。</translation>
    </message>
    <message>
        <source>The report "{title}" is about one record: give the id of the {kind}.</source>
        <translation>“{title}”针对单条记录：请给出该{kind}的编号（id）。</translation>
    </message>
    <message>
        <source>There is no {kind} with the id {ref}.</source>
        <translation>找不到编号为 {ref} 的{kind}。</translation>
    </message>
    <message>
        <source>There is no school "{ref}": give its code, its name or its id.</source>
        <translation>找不到学校“{ref}”：请给出学校代码、名称或编号。</translation>
    </message>
    <message>
        <source>Unknown semester "{value}": write it like 2026-1 (school year 2026-2027, first semester) or 2026-2.</source>
        <translation>无法识别学期“{value}”：请写成 2026-1（2026—2027学年第一学期）或 2026-2。</translation>
    </message>
    <message>
        <source>This installation has no school yet: set it up before printing reports.</source>
        <translation>本机尚未设置学校：请先完成设置再打印报表。</translation>
    </message>
    <message>
        <source>Lesson observation record</source>
        <translation>听课记录表</translation>
    </message>
    <message>
        <source>Activity title</source>
        <translation>活动主题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>活动地点</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>活动形式</translation>
    </message>
    <message>
        <source>Host school</source>
        <translation>承办学校</translation>
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
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>活动议程</translation>
    </message>
    <message>
        <source>How the activity went</source>
        <translation>活动情况</translation>
    </message>
    <message>
        <source>Record of the activity</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>活动成效</translation>
    </message>
    <message>
        <source>Lessons observed during the activity</source>
        <translation>活动中的听课记录</translation>
    </message>
    <message>
        <source>Taught by</source>
        <translation>授课人</translation>
    </message>
    <message>
        <source>Signature of the person in charge</source>
        <translation>负责人签字</translation>
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
        <source>Period</source>
        <translation>节次</translation>
    </message>
    <message>
        <source>Period {n}</source>
        <translation>第 {n} 节</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>听课人</translation>
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
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>教学环节</translation>
    </message>
    <message>
        <source>Teaching process</source>
        <translation>教学过程</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评析</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评课意见</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>课堂评价</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评价项目</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>{item} (bonus)</source>
        <translation>{item}（加分）</translation>
    </message>
    <message>
        <source>Lesson observation count sheet</source>
        <translation>听课节数统计表</translation>
    </message>
    <message>
        <source>No lesson observations have been recorded for this school in this semester yet.</source>
        <translation>本学期本校还没有听课记录。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Lessons observed</source>
        <translation>听课节数</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Expected by now</source>
        <translation>按进度应达</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Teacher's name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Lessons required</source>
        <translation>应听节数</translation>
    </message>
    <message>
        <source>Lessons short</source>
        <translation>短缺</translation>
    </message>
    <message>
        <source>Per teacher (most lessons short first)</source>
        <translation>教师听课情况（还差节数多者在前）</translation>
    </message>
    <message>
        <source>The required number comes from the quota rule for the teacher's position: {rules}. "Expected by now" is what a steady pace to the due date would have reached today. {standings}.</source>
        <translation>应听节数按教师职务取自考核指标：{rules}。“按进度应达”指按截止日期均匀推进到今天应完成的节数。{standings}。</translation>
    </message>
    <message>
        <source>Teachers counted</source>
        <translation>统计教师人数</translation>
    </message>
    <message>
        <source>Lessons observed in all</source>
        <translation>听课节数合计</translation>
    </message>
    <message>
        <source>Lessons required in all</source>
        <translation>应听节数合计</translation>
    </message>
    <message>
        <source>Lessons short in all</source>
        <translation>短缺节数合计</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>{name} ({positions})</source>
        <translation>{name}（{positions}）</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>全体教师</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
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
        <translation>授课人反思</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Observer's signature</source>
        <translation>听课人签名</translation>
    </message>
    <message>
        <source>Semester work summary</source>
        <translation>学期工作汇总</translation>
    </message>
    <message>
        <source>Nothing has been recorded for this school in this semester yet: no activities, observations or mentor sessions.</source>
        <translation>本学期本校还没有任何记录：没有联盟活动、听课记录或师徒指导记录。</translation>
    </message>
    <message>
        <source>1. Alliance activities</source>
        <translation>一、联盟活动</translation>
    </message>
    <message>
        <source>2. Lesson observations</source>
        <translation>二、听课评课</translation>
    </message>
    <message>
        <source>3. Mentor pairings</source>
        <translation>三、师徒结对</translation>
    </message>
    <message>
        <source>4. Quota rules</source>
        <translation>四、考核指标完成情况</translation>
    </message>
    <message>
        <source>5. Inspection evidence checklist</source>
        <translation>五、查验材料清单</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Annual summary of pairing and support work</source>
        <translation>年度结对帮扶情况汇总表</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>{year}年度</translation>
    </message>
    <message>
        <source>Nothing has been recorded for this school in this year yet.</source>
        <translation>本年度本校还没有任何记录。</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>统计时段</translation>
    </message>
    <message>
        <source>Counted to</source>
        <translation>统计截至</translation>
    </message>
    <message>
        <source>1. The year in figures</source>
        <translation>一、年度工作数据</translation>
    </message>
    <message>
        <source>2. Activities by type</source>
        <translation>二、各类活动情况</translation>
    </message>
    <message>
        <source>3. Typical experience and highlights</source>
        <translation>三、典型经验与亮点</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>典型经验／亮点</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Alliance activities (times)</source>
        <translation>联盟活动（次）</translation>
    </message>
    <message>
        <source>Demonstration lessons given</source>
        <translation>示范课（节）</translation>
    </message>
    <message>
        <source>Thematic lectures (times)</source>
        <translation>讲座（次）</translation>
    </message>
    <message>
        <source>Mentor pairings during the year</source>
        <translation>结对（对）</translation>
    </message>
    <message>
        <source>of which still active</source>
        <translation>其中仍在结对（对）</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Activities the school hosted or took part in. Demonstration lessons are lessons taught at the school and observed as demonstration lessons, each lesson once however many observed it (as the quota rule counts them); lectures are thematic lecture activities. Pairings: those with a mentor or mentee of the school that ran during the period.</source>
        <translation>联盟活动指本校承办或参加的活动。示范课指在本校执教、以示范课形式开课的课，同一节课无论多少人听课只计一节（与考核指标的计法相同）；讲座指专题讲座活动。结对指师傅或徒弟为本校教师、在统计时段内进行中的师徒结对。</translation>
    </message>
    <message>
        <source>Annual summary</source>
        <translation>年度汇总</translation>
    </message>
    <message>
        <source>Teachers reached (person-times)</source>
        <translation>教师参与人次</translation>
    </message>
    <message>
        <source>Students reached (person-times)</source>
        <translation>学生受益人次</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>还没有联盟活动。</translation>
    </message>
    <message>
        <source>Activities per month</source>
        <translation>每月活动次数</translation>
    </message>
    <message>
        <source>Observation records</source>
        <translation>听课记录</translation>
    </message>
    <message>
        <source>Average rubric total</source>
        <translation>平均总分</translation>
    </message>
    <message>
        <source>Lesson occasion</source>
        <translation>开课形式</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>节数</translation>
    </message>
    <message>
        <source>Rubric averages by dimension</source>
        <translation>各评价项目平均得分</translation>
    </message>
    <message>
        <source>Alliance semester summary</source>
        <translation>联盟学期汇总</translation>
    </message>
    <message>
        <source>No school of the alliance has recorded anything in this semester yet.</source>
        <translation>本学期联盟各校还没有任何记录。</translation>
    </message>
    <message>
        <source>1. Schools side by side</source>
        <translation>一、各校情况对比</translation>
    </message>
    <message>
        <source>2. Who is behind</source>
        <translation>二、需关注的学校</translation>
    </message>
    <message>
        <source>3. People and pairings behind, per quota rule</source>
        <translation>三、各校按考核指标落后或未完成的人数（对数）</translation>
    </message>
    <message>
        <source>4. Quota rules across the alliance</source>
        <translation>四、学校及联盟考核指标</translation>
    </message>
    <message>
        <source>5. Records received from each school</source>
        <translation>五、各校同步包接收情况</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>听课</translation>
    </message>
    <message>
        <source>Active pairings</source>
        <translation>在结对</translation>
    </message>
    <message>
        <source>Mentor sessions</source>
        <translation>指导记录</translation>
    </message>
    <message>
        <source>Behind / under rules</source>
        <translation>落后或未完成／考核人数</translation>
    </message>
    <message>
        <source>Latest record</source>
        <translation>最近记录</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>An activity, lesson or pairing that concerns several schools is counted at each of them, so those columns are not added up.</source>
        <translation>涉及多所学校的活动、听课和结对在每所学校各计一次，故这几列不作合计。</translation>
    </message>
    <message>
        <source>No school is falling behind.</source>
        <translation>没有需关注的学校。</translation>
    </message>
    <message>
        <source>nothing recorded for {days} days</source>
        <translation>已 {days} 天没有记录</translation>
    </message>
    <message>
        <source>nothing recorded this semester</source>
        <translation>本学期没有记录</translation>
    </message>
    <message>
        <source>{behind} of {subjects} people and pairings behind</source>
        <translation>{subjects} 人（对）中 {behind} 人（对）落后或未完成</translation>
    </message>
    <message>
        <source>{school}: {reasons}</source>
        <translation>{school}：{reasons}</translation>
    </message>
    <message>
        <source>A school is falling behind when nothing was recorded for more than {days} days, or when at least half of its people and pairings under quota rules are behind or have missed one.</source>
        <translation>超过 {days} 天没有记录，或受考核的教师与结对中有一半以上落后或未完成，即为需关注的学校。</translation>
    </message>
    <message>
        <source>Rule {n}</source>
        <translation>指标{n}</translation>
    </message>
    <message>
        <source>Rule {n}: {name}</source>
        <translation>指标{n}：{name}</translation>
    </message>
    <message>
        <source>Each cell: people or pairings behind or past the due date without meeting the rule / all those the rule applies to at the school.</source>
        <translation>每格为：落后或未完成的人数（对数）／该校受此指标考核的人数（对数）。</translation>
    </message>
    <message>
        <source>No quota rules about people or pairings.</source>
        <translation>没有针对个人或结对的考核指标。</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>已收同步包</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒收</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>最近收到</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>未收到</translation>
    </message>
    <message>
        <source>This school</source>
        <translation>本校</translation>
    </message>
    <message>
        <source>Member bundles imported on this computer (同步 page); times are local. A school whose bundles have not arrived is missing from the counts above.</source>
        <translation>本机（同步页）导入的成员学校同步包，时间为本地时间。未收到同步包的学校，其记录不在以上统计之中。</translation>
    </message>
    <message>
        <source>Session kind</source>
        <translation>指导类型</translation>
    </message>
    <message>
        <source>No mentor sessions yet.</source>
        <translation>还没有师徒指导记录。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Records it applies to</source>
        <translation>应有</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>已有</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Topic / title</source>
        <translation>课题／活动名称</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>No records to check yet.</source>
        <translation>还没有需要查验的记录。</translation>
    </message>
    <message>
        <source>Observation notes</source>
        <translation>听课笔记</translation>
    </message>
    <message>
        <source>Lecture materials</source>
        <translation>讲座资料</translation>
    </message>
    <message>
        <source>Demonstration lesson plan</source>
        <translation>示范课教案</translation>
    </message>
    <message>
        <source>Lesson reflection</source>
        <translation>评课反思</translation>
    </message>
    <message>
        <source>How each item is judged from the records: observation notes — the observation has a row of the observation process with something written in it; lecture materials — a thematic lecture activity has at least one file attached; demonstration lesson plan — a demonstration lesson (an observation of that occasion, or an activity of that type) has a lesson plan attached to it or to its activity: a PDF or Word document, or a file whose name says 教案 or 教学设计; lesson reflection — the observation has the teacher's reflection written. A blank cell means the item does not apply to that record.</source>
        <translation>各项依据记录判断：听课笔记——听课记录中至少有一行听课过程填写了内容；讲座资料——专题讲座活动至少附有一个文件；示范课教案——示范课（开课形式为示范课的听课记录，或类型为示范课的活动）本身或所属活动附有教案：PDF 或 Word 文档，或文件名含“教案”“教学设计”的文件；评课反思——听课记录填写了授课人反思。空格表示该项不适用于此记录。</translation>
    </message>
    <message>
        <source>Counted as the lists count them for this school: activities it hosted or took part in, lessons taught at the school or observed by its staff, pairings with a mentor or mentee of the school, and the school's mentor session records.</source>
        <translation>统计口径与各列表按学校筛选时相同：本校承办或参加的活动，在本校执教或由本校教师听课的课，师傅或徒弟为本校教师的结对，以及本校的师徒指导记录。</translation>
    </message>
    <message>
        <source>{label} ({period})</source>
        <translation>{label}（{period}）</translation>
    </message>
    <message>
        <source>{period}, counted to {date}</source>
        <translation>{period}，统计截至 {date}</translation>
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
        <source>{name} ({school})</source>
        <translation>{name}（{school}）</translation>
    </message>
    <message>
        <source>Pairing kind</source>
        <translation>结对类型</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>结对时间</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>结对目标</translation>
    </message>
    <message>
        <source>Quotas this semester</source>
        <translation>本学期考核指标</translation>
    </message>
    <message>
        <source>Quota rule</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Counted: {period}</source>
        <translation>统计时段：{period}</translation>
    </message>
    <message>
        <source>No quota rule applies to this pairing.</source>
        <translation>没有适用于该结对的考核指标。</translation>
    </message>
    <message>
        <source>Sessions by kind</source>
        <translation>各类指导次数</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Mentor sessions this semester</source>
        <translation>本学期指导记录</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>No mentor sessions recorded this semester yet.</source>
        <translation>本学期还没有指导记录。</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Mentor's summary</source>
        <translation>师傅总结</translation>
    </message>
    <message>
        <source>Mentee's summary</source>
        <translation>徒弟总结</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>考核评价</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>School's opinion</source>
        <translation>学校意见</translation>
    </message>
    <message>
        <source>Mentor's signature</source>
        <translation>师傅签名</translation>
    </message>
    <message>
        <source>Mentee's signature</source>
        <translation>徒弟签名</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>填表人</translation>
    </message>
    <message>
        <source>Principal's signature</source>
        <translation>校长签字</translation>
    </message>
    <message>
        <source>School seal</source>
        <translation>盖章处</translation>
    </message>
    <message>
        <source>Nothing has been recorded for this yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {reason}</source>
        <translation>无法写入文件 {path}：{reason}</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: there is no folder {folder}.</source>
        <translation>无法写入文件 {path}：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name to write to.</source>
        <translation>{path} 是一个文件夹：请选择要写入的文件名。</translation>
    </message>
    <message>
        <source>Unknown table format "{format}": choose xlsx or csv.</source>
        <translation>未知的表格格式“{format}”：请选择 xlsx 或 csv。</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>文件 {file} 不存在。</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>无法读取文件 {file}：{reason}</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>文件 {file} 是空的。</translation>
    </message>
    <message>
        <source>The file {file} is an old Excel 97-2003 workbook (.xls) or a password-protected workbook, which cannot be read. Open it in Excel or WPS, remove any password, and save it as an Excel workbook (.xlsx) or as CSV, then import that file.</source>
        <translation>文件 {file} 是旧版 Excel 97-2003 工作簿（.xls）或设有密码的工作簿，无法读取。请用 Excel 或 WPS 打开，取消密码，另存为 Excel 工作簿（.xlsx）或 CSV，再导入另存的文件。</translation>
    </message>
    <message>
        <source>The file {file} is not a spreadsheet: import an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>文件 {file} 不是电子表格：请导入 Excel 工作簿（.xlsx）或 CSV 文件。</translation>
    </message>
    <message>
        <source>The file {file} is not an Excel workbook that can be read ({reason}). Save it again from Excel or WPS as .xlsx, or as CSV.</source>
        <translation>文件 {file} 不是可读取的 Excel 工作簿（{reason}）。请在 Excel 或 WPS 中重新另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <source>The text encoding of {file} is not recognised (neither UTF-8 nor GBK). Save it from Excel as "CSV UTF-8" and import it again.</source>
        <translation>无法识别 {file} 的文字编码（既不是 UTF-8 也不是 GBK）。请在 Excel 中另存为“CSV UTF-8”后重新导入。</translation>
    </message>
    <message>
        <source>The file {file} holds no rows.</source>
        <translation>文件 {file} 中没有任何行。</translation>
    </message>
    <message>
        <source>Status (active or left)</source>
        <translation>状态（在职或离职）</translation>
    </message>
    <message>
        <source>No header row was found in the first {rows} rows: the columns should be named like 姓名, 性别, 学科, 职称. Choose which column holds what.</source>
        <translation>前 {rows} 行中没有找到表头：各列应以“姓名”“性别”“学科”“职称”等命名。请指定每一列的内容。</translation>
    </message>
    <message>
        <source>No column holds the teachers' names (姓名): choose it in the column mapping.</source>
        <translation>没有哪一列是教师姓名（姓名）：请在列对应中指定。</translation>
    </message>
    <message>
        <source>The file {file} has a header row but no teachers under it.</source>
        <translation>文件 {file} 只有表头，下面没有教师。</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation>不导入的列：{columns}。</translation>
    </message>
    <message>
        <source>The column mapping names an unknown field or column: {detail}.</source>
        <translation>列对应中有未知的字段或列：{detail}。</translation>
    </message>
    <message>
        <source>There is no school {school}.</source>
        <translation>没有学校 {school}。</translation>
    </message>
    <message>
        <source>Only the lead school imports the roster of another school; {school} imports its own.</source>
        <translation>只有牵头学校可以导入其他学校的名单；{school} 只能导入本校名单。</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <source>"{value}" does not look like a person's name.</source>
        <translation>“{value}”不像是人的姓名。</translation>
    </message>
    <message>
        <source>Unknown subject "{value}" (known subjects: {known}).</source>
        <translation>未知学科“{value}”（可用学科：{known}）。</translation>
    </message>
    <message>
        <source>Unknown position "{value}" (known positions: {known}).</source>
        <translation>未知职务“{value}”（可用职务：{known}）。</translation>
    </message>
    <message>
        <source>Unknown gender "{value}": write 男 or 女.</source>
        <translation>未知性别“{value}”：请填写“男”或“女”。</translation>
    </message>
    <message>
        <source>Unknown status "{value}": write 在职 or 离职.</source>
        <translation>未知状态“{value}”：请填写“在职”或“离职”。</translation>
    </message>
    <message>
        <source>{name} is already in row {row} of this file.</source>
        <translation>{name} 已在本文件第 {row} 行出现。</translation>
    </message>
    <message>
        <source>This row is a teacher of {school}, not of {target}.</source>
        <translation>此行是 {school} 的教师，不是 {target} 的。</translation>
    </message>
    <message>
        <source>{target} already has {count} teachers named {name}; change them one by one on the teachers page.</source>
        <translation>{target} 已有 {count} 位名叫 {name} 的教师；请在“教师”页面逐一修改。</translation>
    </message>
    <message>
        <source>Row {row} ({name}): {reason}</source>
        <translation>第 {row} 行（{name}）：{reason}</translation>
    </message>
    <message>
        <source>1. Guiding principles</source>
        <translation>一、指导思想</translation>
    </message>
    <message>
        <source>2. Work goals</source>
        <translation>二、工作目标</translation>
    </message>
    <message>
        <source>3. Main work</source>
        <translation>三、主要工作</translation>
    </message>
    <message>
        <source>4. Monthly schedule</source>
        <translation>四、月份安排</translation>
    </message>
    <message>
        <source>{school}    {period}</source>
        <translation>{school}    {period}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周次</translation>
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
        <source>Meeting kind</source>
        <translation>会议类别</translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation>会议时间</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>会议地点</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Convened by</source>
        <translation>召开学校</translation>
    </message>
    <message>
        <source>Those present</source>
        <translation>出席人员</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席人员</translation>
    </message>
    <message>
        <source>{n} present</source>
        <translation>共{n}人出席</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>会议议题</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>会议内容</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定事项</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定事项</translation>
    </message>
    <message>
        <source>Person responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>How it is carried out</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <source>How it stands</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>{state} on {date}</source>
        <translation>{date}{state}</translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation>本次会议未形成决定事项。</translation>
    </message>
    <message>
        <source>Chair (signature)</source>
        <translation>主持人（签字）</translation>
    </message>
    <message>
        <source>Recorder (signature)</source>
        <translation>记录人（签字）</translation>
    </message>
    <message>
        <source>{school}: {names}</source>
        <translation>{school}：{names}</translation>
    </message>
    <message>
        <source>Schools: {schools}</source>
        <translation>涉及学校：{schools}</translation>
    </message>
    <message>
        <source>No items are scheduled yet.</source>
        <translation>尚未安排工作项目。</translation>
    </message>
    <message>
        <source>How each item stands is as of the day this plan is printed.</source>
        <translation>完成情况为本计划打印当日的情况。</translation>
    </message>
    <message>
        <source>Quarterly report on the major decisions of the council of {alliance}</source>
        <translation>关于{alliance}理事会议重大决策情况的季度汇报</translation>
    </message>
    <message>
        <source>Quarter {quarter} of {year}</source>
        <translation>{year}年第{quarter}季度</translation>
    </message>
    <message>
        <source>To the county education bureau:</source>
        <translation>县教育局：</translation>
    </message>
    <message>
        <source>As required ("{rule}"), we report on the council meetings of our alliance in quarter {quarter} of {year} and on the major decisions they made, as follows.</source>
        <translation>根据“{rule}”的要求，现将本集团{year}年第{quarter}季度理事会议召开情况及重大决策内容汇报如下。</translation>
    </message>
    <message>
        <source>各集团每季度向县教育局书面汇报理事会议的重大决策内容</source>
        <translation>各集团每季度向县教育局书面汇报理事会议的重大决策内容</translation>
    </message>
    <message>
        <source>1. Meetings held this quarter</source>
        <translation>一、本季度会议召开情况</translation>
    </message>
    <message>
        <source>2. Council meetings and their major decisions</source>
        <translation>二、理事会议及重大决策</translation>
    </message>
    <message>
        <source>3. How the decisions are carried out</source>
        <translation>三、决策落实情况</translation>
    </message>
    <message>
        <source>No council meeting was held this quarter.</source>
        <translation>本季度未召开理事会议。</translation>
    </message>
    <message>
        <source>Council meeting {n}: {title}</source>
        <translation>第{n}次理事会议：{title}</translation>
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
        <source>Attendance</source>
        <translation>出席人数</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n}人</translation>
    </message>
    <message>
        <source>Meeting agenda</source>
        <translation>会议议题</translation>
    </message>
    <message>
        <source>Decision made</source>
        <translation>决策内容</translation>
    </message>
    <message>
        <source>Followed up by</source>
        <translation>落实人</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <source>{state} ({date})</source>
        <translation>{state}（{date}）</translation>
    </message>
    <message>
        <source>{state}, overdue</source>
        <translation>{state}，已逾期</translation>
    </message>
    <message>
        <source>No decision was recorded at this meeting.</source>
        <translation>本次会议未记录决策事项。</translation>
    </message>
    <message>
        <source>{total} decisions in all: {done} carried out, {open} to be carried out (of which {overdue} past their date), {dropped} withdrawn.</source>
        <translation>本季度理事会议共作出决策{total}项：已落实{done}项，待落实{open}项（其中{overdue}项已过完成时限），已撤销{dropped}项。</translation>
    </message>
    <message>
        <source>Source of the requirement: {source}</source>
        <translation>要求出处：{source}</translation>
    </message>
    <message>
        <source>Lead school (seal)</source>
        <translation>牵头学校（盖章）</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>盖章处</translation>
    </message>
    <message>
        <source>{value} is not a quarter: give 1, 2, 3 or 4.</source>
        <translation>{value}不是季度：请给出 1、2、3 或 4。</translation>
    </message>
    <message>
        <source>Quarter {quarter} of {year} has not begun yet: there is nothing to report.</source>
        <translation>{year}年第{quarter}季度尚未开始，没有可汇报的内容。</translation>
    </message>
    <message>
        <source>{title}, quarter {quarter} of {year}</source>
        <translation>{title}（{year}年第{quarter}季度）</translation>
    </message>
    <message>
        <source>{title}, {year}</source>
        <translation>{title}（{year}年）</translation>
    </message>
    <message>
        <source>{app} · Quick start</source>
        <translation>{app} · 快速入门</translation>
    </message>
    <message>
        <source>Step {number}. {title}</source>
        <translation>第{number}步　{title}</translation>
    </message>
    <message>
        <source>There is no quick start guide for "{audience}": choose principal, teacher or coordinator.</source>
        <translation>没有“{audience}”的快速入门指南：请选择 principal（校长）、teacher（教师）或 coordinator（联络员）。</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>common practice, not set by the texts</source>
        <translation>常见做法，非文件规定</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>未注明出处</translation>
    </message>
    <message>
        <source>{period}: {metric}, at least {threshold}, per {scope}</source>
        <translation>每{period}：{metric}不少于 {threshold}（按{scope}统计）</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>{year}年第{quarter}季度</translation>
    </message>
    <message>
        <source>{subject}, {window}</source>
        <translation>{subject}（{window}）</translation>
    </message>
</context>
<context>
    <name>SemesterSchoolFilters</name>
    <message>
        <source>Semester</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>All semesters</source>
        <translation>全部学期</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>全部学校</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>{count} B</source>
        <translation>{count} 字节</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>This data folder has not been set up yet. Run "jituan init" or "jituan demo" first.</source>
        <translation>此数据文件夹尚未设置。请先运行“jituan init”或“jituan demo”。</translation>
    </message>
    <message>
        <source>The database cannot be used: {reason}</source>
        <translation>数据库无法使用：{reason}</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written to: {reason}</source>
        <translation>无法写入数据文件夹 {path}：{reason}</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Jituan Desktop ({names}). Please update the app before opening it.</source>
        <translation>此数据库由更新版本的集团化办学助手创建（{names}）。请先升级本软件再打开。</translation>
    </message>
    <message>
        <source>The database file {path} is damaged or is not a Jituan Desktop database: {reason}</source>
        <translation>数据库文件 {path} 已损坏，或不是集团化办学助手的数据库：{reason}</translation>
    </message>
    <message>
        <source>This data folder is already set up for {school}.</source>
        <translation>此数据文件夹已设置为{school}使用。</translation>
    </message>
    <message>
        <source>No {kind} with id {ref} exists.</source>
        <translation>编号为 {ref} 的{kind}不存在。</translation>
    </message>
    <message>
        <source>This record has been deleted meanwhile; restore it before changing it.</source>
        <translation>这条记录已被删除；请先恢复再修改。</translation>
    </message>
    <message>
        <source>This record belongs to another school and can only be changed there.</source>
        <translation>这条记录属于其他学校，只能由该校修改。</translation>
    </message>
    <message>
        <source>The file {name} is {size_mb} MB; attachments can be at most {limit_mb} MB.</source>
        <translation>文件 {name} 大小为 {size_mb} MB，附件最大为 {limit_mb} MB。</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}</source>
        <translation>无法读取文件 {name}：{reason}</translation>
    </message>
    <message>
        <source>The {kind} {ref} holds a value that cannot be read ({field}: {reason}). Run "jituan check" to list such values, then correct or delete the record.</source>
        <translation>{kind} {ref} 中有无法读取的值（{field}：{reason}）。请运行“jituan check”列出这些值，然后改正或删除这条记录。</translation>
    </message>
    <message>
        <source>The database cannot be reached ({reason}). Is the data folder still there?</source>
        <translation>无法访问数据库（{reason}）。数据文件夹是否还在？</translation>
    </message>
    <message>
        <source>The database {path} is being changed by another program (another Jituan Desktop window or a jituan command) and was still busy after {seconds} seconds, so nothing was changed. Close the other window or wait until its work is done, then try again.</source>
        <translation>数据库 {path} 正被另一个程序（另一个集团化办学助手窗口或 jituan 命令）修改，等待 {seconds} 秒后仍未结束，因此没有做任何修改。请关闭另一个窗口，或等它的工作完成，然后再试一次。</translation>
    </message>
    <message>
        <source>Waiting for another program to release the database {path}… (another Jituan Desktop window or a jituan command is changing it; this goes on by itself once it is done)</source>
        <translation>等待另一个程序释放数据库 {path}…（另一个集团化办学助手窗口或 jituan 命令正在修改它；它完成后会自动继续）</translation>
    </message>
    <message>
        <source>{path} cannot be written to: the folder is read-only, or you have no permission to write there ({reason}). Nothing was changed. Use a folder you can write to (a USB stick may have a write-protect switch), or ask whoever manages this computer for write permission.</source>
        <translation>无法写入 {path}：该文件夹是只读的，或您没有写入权限（{reason}）。没有做任何修改。请使用可以写入的文件夹（U 盘可能有写保护开关），或请本电脑的管理员开放写入权限。</translation>
    </message>
    <message>
        <source>{path} cannot be written to: the disk is full ({reason}). Nothing was changed. Free some space on that disk (delete files you no longer need, empty the recycle bin) or use another folder, then try again.</source>
        <translation>无法写入 {path}：磁盘已满（{reason}）。没有做任何修改。请在该磁盘上腾出空间（删除不再需要的文件、清空回收站），或改用其他文件夹，然后再试一次。</translation>
    </message>
    <message>
        <source>Records of an unknown kind ({table}) were received.</source>
        <translation>收到了未知类型（{table}）的记录。</translation>
    </message>
    <message>
        <source>A {kind} record ({ref}) is malformed: {reason}.</source>
        <translation>一条{kind}记录（{ref}）格式错误：{reason}。</translation>
    </message>
    <message>
        <source>A {kind} record ({ref}) has a field {column} that this version of Jituan Desktop does not know.</source>
        <translation>一条{kind}记录（{ref}）含有本版集团化办学助手不认识的字段 {column}。</translation>
    </message>
    <message>
        <source>A {kind} record ({ref}) is malformed: its field {column} holds a list or an object.</source>
        <translation>一条{kind}记录（{ref}）格式错误：字段 {column} 的值是列表或对象。</translation>
    </message>
    <message>
        <source>A {kind} record ({ref}) lacks the fields {columns}.</source>
        <translation>一条{kind}记录（{ref}）缺少字段 {columns}。</translation>
    </message>
    <message>
        <source>The {kind} record {ref} belongs to school {owner}, but a version of it claims school {claimed}. A record never changes its school.</source>
        <translation>{kind}记录 {ref} 属于学校 {owner}，但它的一个版本自称属于学校 {claimed}。记录的所属学校永远不会改变。</translation>
    </message>
    <message>
        <source>This conflict can only be resolved by the school the record belongs to.</source>
        <translation>此冲突只能由记录所属的学校解决。</translation>
    </message>
    <message>
        <source>The version to keep is not one of the record's current versions.</source>
        <translation>要保留的版本不是该记录当前的版本之一。</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>它不是 JSON 对象</translation>
    </message>
    <message>
        <source>its uuid is not text</source>
        <translation>它的 uuid 不是文本</translation>
    </message>
    <message>
        <source>its version is not a positive whole number</source>
        <translation>它的版本号不是正整数</translation>
    </message>
    <message>
        <source>its installation or school is not text</source>
        <translation>它的安装标识或学校不是文本</translation>
    </message>
    <message>
        <source>its deleted mark is neither 0 nor 1</source>
        <translation>它的删除标记既不是 0 也不是 1</translation>
    </message>
    <message>
        <source>its based_on is not a list of [version, origin] pairs</source>
        <translation>它的 based_on 不是由 [版本, 来源] 组成的列表</translation>
    </message>
    <message>
        <source>it is based on a version that is not older than itself</source>
        <translation>它所基于的版本并不比它自己旧</translation>
    </message>
    <message>
        <source>installation {installation} already sent version {version} of the {kind} record {ref} with other content. A copy of that laptop's data folder is signing as the same laptop. Nothing was imported: ask that school which laptop it uses now; the lead school then revokes installation {installation}, and the laptops still in use join again as new installations</source>
        <translation>安装 {installation} 已经发送过{kind}记录 {ref} 的第 {version} 版，但内容不同。说明该电脑的数据文件夹有一份副本正以同一台电脑的身份签名。本次未导入任何内容：请询问该校现在使用的是哪台电脑；然后由牵头学校吊销安装 {installation}，仍在使用的电脑以新安装的身份重新加入</translation>
    </message>
    <message>
        <source>This data folder is already open: its window has been brought to the front.</source>
        <translation>这个数据文件夹已经打开：已将它的窗口切换到最前面。</translation>
    </message>
    <message>
        <source>This data folder is already open in Jituan Desktop on this computer (program {pid}, since {since}), but that window did not answer. Close it, or wait until it has finished starting, then try again.</source>
        <translation>这个数据文件夹已经在这台电脑上由集团化办学助手打开（程序 {pid}，自 {since} 起），但那个窗口没有响应。请关闭它，或等它启动完毕，然后再试。</translation>
    </message>
    <message>
        <source>This data folder is open in Jituan Desktop on another computer, {host} (since {since}). A data folder can be open on only one computer at a time: two computers writing one database over a network share can damage it. Close the app on {host} first, then open the folder here. To work on both computers, give each its own data folder and exchange records on the Sync page.</source>
        <translation>这个数据文件夹正在另一台电脑（{host}）上由集团化办学助手使用（自 {since} 起）。一个数据文件夹同一时间只能在一台电脑上打开：两台电脑通过网络共享同时写入同一个数据库，可能损坏数据。请先在{host}上关闭本程序，再在这里打开。如需在两台电脑上工作，请各用自己的数据文件夹，通过“同步”页面交换记录。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>invitation</source>
        <translation>邀请函</translation>
    </message>
    <message>
        <source>join request</source>
        <translation>加入申请</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>revocation</source>
        <translation>吊销通知</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>无法读取文件 {file}：{reason}</translation>
    </message>
    <message>
        <source>The file {file} is too large to be a Jituan Desktop document.</source>
        <translation>文件 {file} 过大，不可能是集团化办学助手的文档。</translation>
    </message>
    <message>
        <source>The file {file} is not a Jituan Desktop document: it is not well-formed JSON.</source>
        <translation>文件 {file} 不是集团化办学助手的文档：其 JSON 格式不正确。</translation>
    </message>
    <message>
        <source>The file {file} is not a Jituan Desktop document: it lacks {fields}.</source>
        <translation>文件 {file} 不是集团化办学助手的文档：缺少 {fields}。</translation>
    </message>
    <message>
        <source>The file {file} has fields a Jituan Desktop document does not have: {fields}.</source>
        <translation>文件 {file} 含有集团化办学助手文档中不应有的字段：{fields}。</translation>
    </message>
    <message>
        <source>The file {file} holds a document of an unknown kind ({kind}). It may come from a newer version of Jituan Desktop: please update.</source>
        <translation>文件 {file} 中的文档类型未知（{kind}），可能来自更新版本的集团化办学助手：请更新软件。</translation>
    </message>
    <message>
        <source>The file {file} is a {found}, not the {expected} expected here.</source>
        <translation>文件 {file} 是{found}，而此处需要的是{expected}。</translation>
    </message>
    <message>
        <source>The file {file} uses document format {format}, which this version of Jituan Desktop cannot read. Please update.</source>
        <translation>文件 {file} 使用的文档格式 {format} 无法被当前版本的集团化办学助手读取，请更新软件。</translation>
    </message>
    <message>
        <source>The {kind} in {file} lacks required fields: {fields}.</source>
        <translation>文件 {file} 中的{kind}缺少必填字段：{fields}。</translation>
    </message>
    <message>
        <source>The {kind} in {file} has invalid values in: {fields}.</source>
        <translation>文件 {file} 中的{kind}以下字段的值无效：{fields}。</translation>
    </message>
    <message>
        <source>The file {file} is signed by installation {signer}, which is not known or not approved here.</source>
        <translation>文件 {file} 由安装 {signer} 签名，该安装在本机未知或尚未获批准。</translation>
    </message>
    <message>
        <source>The {kind} in {file} is signed by another installation ({signer}) than the one it names.</source>
        <translation>文件 {file} 中的{kind}由另一个安装（{signer}）签名，而非其中所写的安装。</translation>
    </message>
    <message>
        <source>The signature of {file} does not match its content: the file has been altered or damaged.</source>
        <translation>文件 {file} 的签名与内容不符：文件已被篡改或损坏。</translation>
    </message>
    <message>
        <source>The join request {file} does not answer any invitation of this school: its invitation code does not match. Was it made from an older or another invitation?</source>
        <translation>加入申请 {file} 不对应本校发出的任何邀请函：邀请码不匹配。它是否依据旧的或其他的邀请函生成？</translation>
    </message>
    <message>
        <source>The join request {file} names another school than the invitation it answers.</source>
        <translation>加入申请 {file} 所写的学校与其对应的邀请函不一致。</translation>
    </message>
    <message>
        <source>The invitation answered by {file} expired on {expires}. Write a new invitation for this school.</source>
        <translation>加入申请 {file} 对应的邀请函已于 {expires} 过期。请为该校重新生成邀请函。</translation>
    </message>
    <message>
        <source>"{given}" is not a fingerprint: a fingerprint is 16 letters and digits in four groups, like K7QD-3MZA-X2PF-9T4B.</source>
        <translation>“{given}”不是指纹：指纹由 16 个字母和数字组成，分为四组，例如 K7QD-3MZA-X2PF-9T4B。</translation>
    </message>
    <message>
        <source>The fingerprint read out ({given}) does not match the key in the join request {file}. Do not approve it: ask the school to read its fingerprint again, and if it still differs, the request did not come from their laptop.</source>
        <translation>对方读出的指纹（{given}）与加入申请 {file} 中的密钥不符。请勿批准：请对方学校重新读一遍指纹；如果仍然不符，说明该申请并非来自他们的电脑。</translation>
    </message>
    <message>
        <source>This data folder has no installation key file ({file}), so it cannot sign or send anything.</source>
        <translation>此数据文件夹中没有安装密钥文件（{file}），因此无法签名或发送任何内容。</translation>
    </message>
    <message>
        <source>The installation key file {file} is damaged or is not a Jituan Desktop key file ({detail}).</source>
        <translation>安装密钥文件 {file} 已损坏，或不是集团化办学助手的密钥文件（{detail}）。</translation>
    </message>
    <message>
        <source>The installation key file {file} cannot be read: {reason}</source>
        <translation>无法读取安装密钥文件 {file}：{reason}</translation>
    </message>
    <message>
        <source>The installation key file {file} cannot be written: {reason}</source>
        <translation>无法写入安装密钥文件 {file}：{reason}</translation>
    </message>
    <message>
        <source>The version counter {counter} recorded as sent is not a whole number of zero or more.</source>
        <translation>记为已发送的版本计数 {counter} 不是大于或等于零的整数。</translation>
    </message>
    <message>
        <source>The installation key file was missing (the database was copied or restored without it). This laptop is now a new installation; the lead school must approve it again before its bundles are accepted.</source>
        <translation>安装密钥文件缺失（数据库被复制或恢复时未带上它）。本机现已成为一个新的安装；需经牵头学校重新批准后，其同步包才会被接受。</translation>
    </message>
    <message>
        <source>The installation key file was damaged and has been kept aside. This laptop is now a new installation; the lead school must approve it again before its bundles are accepted.</source>
        <translation>安装密钥文件已损坏，已另行保留。本机现已成为一个新的安装；需经牵头学校重新批准后，其同步包才会被接受。</translation>
    </message>
    <message>
        <source>The database and the installation key file come from different installations (one of them was copied). This laptop is now a new installation; the lead school must approve it again before its bundles are accepted.</source>
        <translation>数据库与安装密钥文件来自不同的安装（其中之一是复制来的）。本机现已成为一个新的安装；需经牵头学校重新批准后，其同步包才会被接受。</translation>
    </message>
    <message>
        <source>The database is older than what this laptop has already sent (a backup was restored). This laptop is now a new installation, so its new work never reuses version numbers other schools have seen; the lead school must approve it again.</source>
        <translation>数据库比本机已发送出去的内容更旧（恢复了备份）。本机现已成为一个新的安装，以免新的工作重复使用其他学校已见过的版本号；需经牵头学校重新批准。</translation>
    </message>
    <message>
        <source>This data folder was copied or moved here from another computer. The computer it came from keeps its identity; this laptop is now a new installation, so the two never sign the same version numbers. Ask the lead school to approve this laptop (join again with a new invitation); if the other computer is no longer used, the lead school can revoke its old installation.</source>
        <translation>此数据文件夹是从另一台电脑复制或移动过来的。原来那台电脑保留原有身份；本机现已成为新的安装，两台电脑不会再用相同的版本号签名。请联系牵头学校重新批准本机（用新的邀请函重新加入）；如果原来那台电脑已不再使用，牵头学校可以吊销它的旧安装。</translation>
    </message>
    <message>
        <source>This data folder is older than what this laptop has already sent (it was restored from an older copy). This laptop is now a new installation, so its new work never reuses version numbers other schools have seen. Ask the lead school to approve it again; its next bundle gives back the records sent since that copy.</source>
        <translation>此数据文件夹比本机已发送的内容更旧（它是从较早的副本恢复的）。本机现已成为新的安装，今后的新工作不会重复使用其他学校已见过的版本号。请联系牵头学校重新批准本机；牵头学校的下一个同步包会把该副本之后已发送的记录送回来。</translation>
    </message>
    <message>
        <source>The lead school holds more records of this laptop than this laptop ever wrote: its data folder is an older copy, or a copy of it is in use elsewhere. This laptop is now a new installation, so the two never sign the same version numbers. Ask the lead school to approve it again (join again with a new invitation).</source>
        <translation>牵头学校保存的本机记录比本机写过的还多：本机的数据文件夹是较早的副本，或者它的副本正在别处使用。本机现已成为新的安装，两者不会再用相同的版本号签名。请联系牵头学校重新批准本机（用新的邀请函重新加入）。</translation>
    </message>
    <message>
        <source>Only the lead school's installation can do this.</source>
        <translation>只有牵头学校的电脑可以进行此操作。</translation>
    </message>
    <message>
        <source>This is the lead school's installation: it invites schools, it does not join.</source>
        <translation>这是牵头学校的电脑：牵头学校邀请其他学校，自己不需要加入。</translation>
    </message>
    <message>
        <source>This school has not joined an alliance yet: import the invitation from the lead school first.</source>
        <translation>本校尚未加入联盟：请先导入牵头学校发来的邀请文件。</translation>
    </message>
    <message>
        <source>The alliance already has a school named {name} or with the code {code}.</source>
        <translation>联盟中已有名为 {name} 或代码为 {code} 的学校。</translation>
    </message>
    <message>
        <source>The alliance has no school {ref}.</source>
        <translation>联盟中没有学校 {ref}。</translation>
    </message>
    <message>
        <source>{school} is the lead school itself: only member schools are invited.</source>
        <translation>{school}是牵头学校本身：只有成员学校需要邀请。</translation>
    </message>
    <message>
        <source>No laptop of {school} is waiting for approval. Import its join request first.</source>
        <translation>{school}没有等待批准的电脑。请先导入该校的加入申请。</translation>
    </message>
    <message>
        <source>No installation {ref} is known here.</source>
        <translation>本机不认识安装 {ref}。</translation>
    </message>
    <message>
        <source>{ref} matches more than one installation; give more of its id.</source>
        <translation>{ref} 对应多个安装，请输入更长的编号。</translation>
    </message>
    <message>
        <source>This is the lead school's own installation; it cannot revoke itself.</source>
        <translation>这是牵头学校自己的电脑，不能撤销自己。</translation>
    </message>
    <message>
        <source>The invitation {file} is for {school}, but this installation has already joined as {current}.</source>
        <translation>邀请文件 {file} 是发给{school}的，但本机已经以{current}的身份加入。</translation>
    </message>
    <message>
        <source>The invitation {file} is for the alliance {alliance}, but this installation already belongs to {current}.</source>
        <translation>邀请文件 {file} 属于联盟{alliance}，但本机已属于{current}。</translation>
    </message>
    <message>
        <source>The file {file} cannot be written to {folder}: {reason}</source>
        <translation>文件 {file} 无法写入 {folder}：{reason}</translation>
    </message>
    <message>
        <source>{folder} is not a folder that can be written to.</source>
        <translation>{folder} 不是可以写入的文件夹。</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} 不存在。</translation>
    </message>
    <message>
        <source>The bundle {file} comes from another alliance; it is not imported here.</source>
        <translation>同步包 {file} 来自其他联盟，不能在这里导入。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: it is signed by the installation {installation} of {school}, which the lead school has revoked.</source>
        <translation>同步包 {file} 被拒绝：它由{school}的安装 {installation} 签名，而该安装已被牵头学校撤销。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: it comes from a laptop of {school} whose join request has not been approved yet. Approve it with the fingerprint, then import again.</source>
        <translation>同步包 {file} 被拒绝：它来自{school}的一台电脑，其加入申请尚未批准。请核对指纹并批准后再导入。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: it is signed by the installation {installation}, which never asked to join this alliance.</source>
        <translation>同步包 {file} 被拒绝：它由安装 {installation} 签名，而该安装从未申请加入本联盟。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: a member school imports only bundles of its lead school, and this one was not signed by the lead school's installation.</source>
        <translation>同步包 {file} 被拒绝：成员学校只导入牵头学校的同步包，而这个同步包不是牵头学校的电脑签名的。</translation>
    </message>
    <message>
        <source>The bundle {file} is a member school's bundle: it is imported by the lead school.</source>
        <translation>同步包 {file} 是成员学校的同步包，应由牵头学校导入。</translation>
    </message>
    <message>
        <source>The bundle {file} is a lead school's bundle: member schools import it, the lead school does not.</source>
        <translation>同步包 {file} 是牵头学校的同步包，应由成员学校导入，牵头学校无需导入。</translation>
    </message>
    <message>
        <source>The bundle {file} was written by a newer version of Jituan Desktop (it knows {names}). Please update the app to import it.</source>
        <translation>同步包 {file} 由更新版本的集团化办学助手生成（包含 {names}）。请先更新本软件再导入。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: it claims to come from another school than the laptop that signed it.</source>
        <translation>同步包 {file} 被拒绝：它声称来自的学校与签名的电脑所属学校不一致。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: it contains a {kind} record ({ref}) of another school; a school may only send its own records.</source>
        <translation>同步包 {file} 被拒绝：其中包含其他学校的{kind}记录（{ref}）；每所学校只能发送本校的记录。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: it contains {kind} records, which only the lead school writes.</source>
        <translation>同步包 {file} 被拒绝：其中包含{kind}记录，这类记录只能由牵头学校填写。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: some of its records refer to records this installation does not have. Import the earlier bundles of that school first, or ask it to send everything again.</source>
        <translation>同步包 {file} 被拒绝：其中一些记录引用了本机没有的记录。请先导入该校较早的同步包，或请该校全部重新发送。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: some of its records lack a required value or hold one that is not allowed. Ask the school that sent it to update Jituan Desktop and send everything again.</source>
        <translation>同步包 {file} 被拒绝：其中一些记录缺少必填内容，或含有不允许的值。请发送该同步包的学校更新集团化办学助手后全部重新发送。</translation>
    </message>
    <message>
        <source>The file {file} could not be imported: {reason}. Is the disk of the data folder full? Nothing of it was kept.</source>
        <translation>文件 {file} 无法导入：{reason}。数据文件夹所在的磁盘是否已满？该文件的内容都没有保存。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: {reason}</source>
        <translation>同步包 {file} 被拒绝：{reason}</translation>
    </message>
    <message>
        <source>The bundle {file} cannot be imported yet: this school has not joined an alliance. Join with the invitation from the lead school first.</source>
        <translation>同步包 {file} 暂时不能导入：本校尚未加入联盟。请先用牵头学校发来的邀请文件加入联盟。</translation>
    </message>
    <message>
        <source>The bundle {file} was exported by this school: it is for the other side, not imported here.</source>
        <translation>同步包 {file} 是本校导出的文件，供对方导入，本机不导入。</translation>
    </message>
    <message>
        <source>{file} is this school's own join request: the lead school imports it.</source>
        <translation>{file} 是本校的加入申请，由牵头学校导入。</translation>
    </message>
    <message>
        <source>{file} is a join request: it is imported by the lead school, not by a member school.</source>
        <translation>{file} 是加入申请：应由牵头学校导入，成员学校无需导入。</translation>
    </message>
    <message>
        <source>{file} is an invitation: it is opened with "join" at the member school, not imported.</source>
        <translation>{file} 是邀请文件：应在成员学校用“加入联盟”打开，而不是导入。</translation>
    </message>
    <message>
        <source>The bundle {file} is refused: the {kind} record "{name}" ({ref}) is wrong in "{field}": {reason} Nothing was imported. Ask the school that sent it to correct this record and send a new bundle.</source>
        <translation>同步包 {file} 被拒绝：{kind}“{name}”（{ref}）的“{field}”有误：{reason}本次没有导入任何内容。请发送它的学校更正这条记录，再重新发送同步包。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>written by installation</source>
        <translation>写入的安装</translation>
    </message>
    <message>
        <source>version number</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>one of its fields</source>
        <translation>其中一项</translation>
    </message>
    <message>
        <source>"{value}" is not a valid ID (a UUID).</source>
        <translation>“{value}”不是有效的编号（UUID）。</translation>
    </message>
    <message>
        <source>it claims to be one of the built-in defaults (origin "seed"), which only the lead school's bundles carry.</source>
        <translation>它自称是内置的默认记录（来源为“seed”），这类记录只能由牵头学校的同步包带来。</translation>
    </message>
    <message>
        <source>it was written by installation {origin}, neither the laptop that signed the bundle nor an earlier installation of that laptop's school.</source>
        <translation>它由安装 {origin} 写入，既不是签署这个同步包的电脑，也不是该校此前的安装。</translation>
    </message>
    <message>
        <source>it was written by installation {origin}, which the lead school has not approved.</source>
        <translation>它由安装 {origin} 写入，而牵头学校没有批准过这台电脑。</translation>
    </message>
    <message>
        <source>the number {version} is far above every version this alliance has written (at most {bound} is accepted here). A counter pushed that far would stop the alliance's sync.</source>
        <translation>版本号 {version} 远远超过本联盟写过的所有版本（这里最多接受 {bound}）。版本计数被推得这么高，会让整个联盟的同步停下来。</translation>
    </message>
    <message>
        <source>the value cannot be read.</source>
        <translation>这个值无法读取。</translation>
    </message>
    <message>
        <source>a value has the wrong type.</source>
        <translation>有一个值的类型不对。</translation>
    </message>
    <message>
        <source>the stored value {value} does not agree with the record (it should be {expected}).</source>
        <translation>保存的值 {value} 与记录本身不符（应为 {expected}）。</translation>
    </message>
    <message>
        <source>The lead school holds other versions of this school's records than this laptop does (for example, its computer was restored from a backup). The next export sends all of this school's records again: export a bundle and give it to the lead school.</source>
        <translation>牵头学校保存的本校记录与本机不一致（例如牵头学校的电脑从备份恢复过）。下次导出会重新发送本校的全部记录：请导出同步包并交给牵头学校。</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Lesson observations</source>
        <translation>听课记录</translation>
    </message>
    <message>
        <source>Mentor pairings</source>
        <translation>师徒结对</translation>
    </message>
    <message>
        <source>Mentor sessions</source>
        <translation>指导记录</translation>
    </message>
    <message>
        <source>Alliance activities</source>
        <translation>联盟活动</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Teacher roster</source>
        <translation>教师名册</translation>
    </message>
    <message>
        <source>Work plans</source>
        <translation>工作计划</translation>
    </message>
    <message>
        <source>Reports sent to the bureau</source>
        <translation>报送记录</translation>
    </message>
    <message>
        <source>Quota compliance</source>
        <translation>考核进度</translation>
    </message>
    <message>
        <source>Schools side by side</source>
        <translation>各校对比</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>全学年</translation>
    </message>
    <message>
        <source>Sent late</source>
        <translation>逾期报送</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时报送</translation>
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
        <source>Teacher (taught)</source>
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
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade band</source>
        <translation>等级</translation>
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
        <source>Pairing kind</source>
        <translation>结对类型</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Session kind</source>
        <translation>指导类型</translation>
    </message>
    <message>
        <source>Session topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>指导内容</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Activity title</source>
        <translation>活动主题</translation>
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
        <translation>受益学生人次</translation>
    </message>
    <message>
        <source>Meeting kind</source>
        <translation>会议类别</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>会议名称</translation>
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
        <source>Convened by</source>
        <translation>召开学校</translation>
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
        <translation>出席人数</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定事项数</translation>
    </message>
    <message>
        <source>Decisions to be carried out</source>
        <translation>待落实事项数</translation>
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
        <source>Subjects taught</source>
        <translation>任教学科</translation>
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
        <translation>骨干称号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
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
        <source>Plan title</source>
        <translation>计划标题</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报送材料</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>生成日期</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>报送对象</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>报送人</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Counted for</source>
        <translation>考核对象</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>指标数</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>还差</translation>
    </message>
    <message>
        <source>Behind pace by</source>
        <translation>落后进度</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
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
        <source>Last record</source>
        <translation>最近记录日期</translation>
    </message>
    <message>
        <source>People and pairings behind</source>
        <translation>落后或未完成人数（含结对）</translation>
    </message>
    <message>
        <source>People and pairings under rules</source>
        <translation>考核人数（含结对）</translation>
    </message>
</context>
<context>
    <name>TeacherField</name>
    <message>
        <source>“{name}” is not on the teacher roster; add the teacher first</source>
        <translation>“{name}”不在教师名册中，请先添加</translation>
    </message>
    <message>
        <source>Add as a new teacher…</source>
        <translation>添加为新教师…</translation>
    </message>
    <message>
        <source>Not on the roster: “{name}”</source>
        <translation>名册中没有“{name}”</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{label} is required.</source>
        <translation>{label}不能为空。</translation>
    </message>
    <message>
        <source>{label} is too long (at most {limit} characters).</source>
        <translation>{label}太长（最多 {limit} 个字）。</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label}必须是文字。</translation>
    </message>
    <message>
        <source>{label} is not a valid date.</source>
        <translation>{label}不是有效的日期。</translation>
    </message>
    <message>
        <source>{label} cannot be earlier than {earliest}.</source>
        <translation>{label}不能早于 {earliest}。</translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation>{label}必须是整数。</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high}.</source>
        <translation>{label}必须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <source>{label} has an unknown value: {value}.</source>
        <translation>{label}的值无法识别：{value}。</translation>
    </message>
    <message>
        <source>The semester must end after it starts.</source>
        <translation>学期结束日期必须晚于开始日期。</translation>
    </message>
    <message>
        <source>A semester cannot be longer than seven months.</source>
        <translation>一个学期不能超过七个月。</translation>
    </message>
    <message>
        <source>A rubric needs at least one item.</source>
        <translation>评价量表至少需要一个评价项目。</translation>
    </message>
    <message>
        <source>Every rubric item needs a name.</source>
        <translation>每个评价项目都需要名称。</translation>
    </message>
    <message>
        <source>Rubric item names must be unique.</source>
        <translation>评价项目名称不能重复。</translation>
    </message>
    <message>
        <source>The maximum score of "{item}" must be between 1 and 100.</source>
        <translation>“{item}”的满分必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>Scores need a rubric template.</source>
        <translation>评分需要先选择评价量表。</translation>
    </message>
    <message>
        <source>"{item}" is not an item of the rubric.</source>
        <translation>“{item}”不是该评价量表中的项目。</translation>
    </message>
    <message>
        <source>The score for "{item}" must be a number.</source>
        <translation>“{item}”的评分必须是数字。</translation>
    </message>
    <message>
        <source>The score for "{item}" cannot be negative.</source>
        <translation>“{item}”的评分不能为负数。</translation>
    </message>
    <message>
        <source>The score for "{item}" is above the item's maximum of {maximum}.</source>
        <translation>“{item}”的评分超出该项满分（{maximum} 分）。</translation>
    </message>
    <message>
        <source>A teacher cannot record an observation of their own lesson.</source>
        <translation>听课人和授课人不能是同一人。</translation>
    </message>
    <message>
        <source>The lesson date cannot be later than today.</source>
        <translation>授课日期不能晚于今天。</translation>
    </message>
    <message>
        <source>A teacher cannot be their own mentor.</source>
        <translation>师傅和徒弟不能是同一人。</translation>
    </message>
    <message>
        <source>Name at least one person who attended.</source>
        <translation>请至少填写一名出席人员。</translation>
    </message>
    <message>
        <source>Decision {n}: say what was decided.</source>
        <translation>第{n}项决定：请填写决定内容。</translation>
    </message>
    <message>
        <source>Decision {n}: give the date it is due by.</source>
        <translation>第{n}项决定：请填写完成期限。</translation>
    </message>
    <message>
        <source>Decision {n} has an unknown state: {value}.</source>
        <translation>第{n}项决定的状态无法识别：{value}。</translation>
    </message>
    <message>
        <source>Decision {n} is marked carried out: give the date it was done.</source>
        <translation>第{n}项决定已标为已落实：请填写落实日期。</translation>
    </message>
    <message>
        <source>Decision {n}: its due date is before the meeting.</source>
        <translation>第{n}项决定：完成期限早于会议日期。</translation>
    </message>
    <message>
        <source>Decision {n}: its due date is not a valid date.</source>
        <translation>第{n}项决定：完成期限不是有效日期。</translation>
    </message>
    <message>
        <source>Decision {n}: its due date cannot be more than a year after the meeting.</source>
        <translation>第{n}项决定：完成期限不能晚于会议日期后一年。</translation>
    </message>
    <message>
        <source>Decision {n}: no such teacher to follow it up ({ref}).</source>
        <translation>第{n}项决定：找不到责任人（{ref}）。</translation>
    </message>
    <message>
        <source>The school year {year}–{next} is too far ahead: a plan is written for this school year or the next.</source>
        <translation>{year}—{next}学年太远：工作计划只为本学年或下一学年制订。</translation>
    </message>
    <message>
        <source>This report was already recorded as sent on {date}; that record is kept as it was.</source>
        <translation>该材料已于{date}记录为已报送，原记录保持不变。</translation>
    </message>
    <message>
        <source>Decision {n}: the day it was done cannot be in the future.</source>
        <translation>第{n}项决定：落实日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Decision {n}: the day it was done is before the meeting.</source>
        <translation>第{n}项决定：落实日期早于会议日期。</translation>
    </message>
    <message>
        <source>Decision {n} is too long (at most {limit} characters).</source>
        <translation>第{n}项决定太长（最多{limit}个字）。</translation>
    </message>
    <message>
        <source>{label} must be a time like 14:30.</source>
        <translation>{label}应为时间，例如 14:30。</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>会议结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>A joint meeting of both schools' leaders needs the other school: tick it under participating schools.</source>
        <translation>两校领导联席会议需要另一所学校：请在“参加学校”中勾选。</translation>
    </message>
    <message>
        <source>{label} is more than a year ahead.</source>
        <translation>{label}不能晚于一年以后。</translation>
    </message>
    <message>
        <source>A quarterly report needs its quarter (1 to 4).</source>
        <translation>季度汇报需要填写季度（1至4）。</translation>
    </message>
    <message>
        <source>A report cannot be marked as sent before it is generated.</source>
        <translation>材料尚未生成，不能标记为已报送。</translation>
    </message>
    <message>
        <source>The date sent cannot be earlier than the date generated.</source>
        <translation>报送日期不能早于生成日期。</translation>
    </message>
    <message>
        <source>{label} cannot be later than today.</source>
        <translation>{label}不能晚于今天。</translation>
    </message>
    <message>
        <source>Say whom the report was sent to.</source>
        <translation>请填写报送单位。</translation>
    </message>
    <message>
        <source>A report cannot be generated before its period begins ({start}).</source>
        <translation>材料所属期间尚未开始（{start}开始），不能生成。</translation>
    </message>
    <message>
        <source>The planned end must be after the start.</source>
        <translation>计划结束日期必须晚于开始日期。</translation>
    </message>
    <message>
        <source>A pairing cannot end before it starts.</source>
        <translation>结对不能在开始之前结束。</translation>
    </message>
    <message>
        <source>Say why the pairing was dissolved.</source>
        <translation>请填写解除结对的原因。</translation>
    </message>
    <message>
        <source>The session date cannot be later than today.</source>
        <translation>指导日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The session cannot be before the pairing started ({start}).</source>
        <translation>指导日期不能早于结对开始日期（{start}）。</translation>
    </message>
    <message>
        <source>{label} must look like 14:30.</source>
        <translation>{label}的格式应为 14:30。</translation>
    </message>
    <message>
        <source>The activity must end after it starts.</source>
        <translation>活动结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>A participant is listed twice in the same role.</source>
        <translation>同一参与人以相同角色重复出现。</translation>
    </message>
    <message>
        <source>This metric is counted per {scope}.</source>
        <translation>该统计项目按{scope}统计。</translation>
    </message>
    <message>
        <source>A due date needs both a month and a day.</source>
        <translation>截止日期需要同时填写月和日。</translation>
    </message>
    <message>
        <source>The due date is not a real day.</source>
        <translation>截止日期不是有效的日期。</translation>
    </message>
    <message>
        <source>{label}: no such {kind} ({ref}).</source>
        <translation>{label}：找不到该{kind}（{ref}）。</translation>
    </message>
    <message>
        <source>This semester is already in the calendar.</source>
        <translation>校历中已有这个学期。</translation>
    </message>
    <message>
        <source>Unknown semester "{value}": write it like 2026-1 (school year 2026-2027, first semester) or 2026-2.</source>
        <translation>无法识别学期“{value}”：请写成 2026-1（2026—2027学年第一学期）或 2026-2。</translation>
    </message>
    <message>
        <source>"{typed}" is not a date: write it like 2025-10-08, 2025/10/8, 20251008 or 2025年10月8日.</source>
        <translation>“{typed}”不是日期：请写成 2025-10-08、2025/10/8、20251008 或 2025年10月8日。</translation>
    </message>
    <message>
        <source>"{typed}" is not a date: the month must be 1 to 12.</source>
        <translation>“{typed}”不是日期：月份应为1到12。</translation>
    </message>
    <message>
        <source>"{typed}" is not a date: {month} {year} has days 1 to {days}.</source>
        <translation>“{typed}”不是日期：{year}年{month}月只有1日到{days}日。</translation>
    </message>
    <message>
        <source>Write a date here, like 2025-10-08.</source>
        <translation>请填写日期，例如 2025-10-08。</translation>
    </message>
    <message>
        <source>{day} is too early: the date cannot be before {earliest}.</source>
        <translation>{day}太早了：日期不能早于{earliest}。</translation>
    </message>
    <message>
        <source>{day} is too late: the date cannot be after {latest}.</source>
        <translation>{day}太晚了：日期不能晚于{latest}。</translation>
    </message>
    <message>
        <source>Item {n}: give its month.</source>
        <translation>第{n}项：请填写月份。</translation>
    </message>
    <message>
        <source>Item {n}: the month {month}/{year} is outside the plan's period ({start} to {end}).</source>
        <translation>第{n}项：{year}年{month}月不在计划期限（{start}至{end}）内。</translation>
    </message>
    <message>
        <source>Item {n}: say what is to be done.</source>
        <translation>第{n}项：请填写工作内容。</translation>
    </message>
    <message>
        <source>Item {n} has an unknown kind: {value}.</source>
        <translation>第{n}项的类别无法识别：{value}。</translation>
    </message>
    <message>
        <source>Item {n}: the week must be between 1 and 30.</source>
        <translation>第{n}项：周次应在1到30之间。</translation>
    </message>
    <message>
        <source>Item {n}: {value} is not a kind of {category}.</source>
        <translation>第{n}项：{value}不是“{category}”的一种。</translation>
    </message>
    <message>
        <source>Item {n}: {what} is too long (at most {limit} characters).</source>
        <translation>第{n}项：{what}过长（最多{limit}个字）。</translation>
    </message>
    <message>
        <source>Item {n}: its schools are not readable.</source>
        <translation>第{n}项：涉及学校无法识别。</translation>
    </message>
    <message>
        <source>Item {n}: the day it was done is not a valid date.</source>
        <translation>第{n}项：完成日期不是有效日期。</translation>
    </message>
    <message>
        <source>Item {n} cannot be marked done on a day still to come ({day}).</source>
        <translation>第{n}项不能标记为在尚未到来的日期（{day}）完成。</translation>
    </message>
    <message>
        <source>Item {n} cannot be marked done before the plan's period begins ({start}).</source>
        <translation>第{n}项不能标记为在计划开始（{start}）之前完成。</translation>
    </message>
    <message>
        <source>Item {n}: the record it is linked to is not readable.</source>
        <translation>第{n}项：关联的记录无法识别。</translation>
    </message>
    <message>
        <source>Item {n} repeats the id of another item.</source>
        <translation>第{n}项与另一项的编号重复。</translation>
    </message>
    <message>
        <source>what is to be done</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>who is responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The plan has no item {ref}.</source>
        <translation>计划中没有编号为{ref}的项目。</translation>
    </message>
    <message>
        <source>Only the lead school writes the alliance plan; this school can write its own school plan.</source>
        <translation>联盟工作计划只能由牵头学校制订；本校可以制订本校的学校工作计划。</translation>
    </message>
    <message>
        <source>A plan is written by the school it belongs to: choose this school.</source>
        <translation>工作计划由所属学校制订：请选择本校。</translation>
    </message>
    <message>
        <source>Item {n}: no such school ({ref}).</source>
        <translation>第{n}项：没有这所学校（{ref}）。</translation>
    </message>
    <message>
        <source>Item {n}: the record it is linked to is not an activity, meeting, demonstration lesson or report sent that exists ({ref}).</source>
        <translation>第{n}项：关联的记录不是现有的联盟活动、会议、示范课或已报送的材料（{ref}）。</translation>
    </message>
    <message>
        <source>This meeting has no such decision (it may have been removed meanwhile).</source>
        <translation>这次会议没有这项决定（可能已被删除）。</translation>
    </message>
    <message>
        <source>Each school generates and sends its own reports; this one is {school}'s.</source>
        <translation>各学校自行生成和报送本校材料；这份材料属于{school}。</translation>
    </message>
    <message>
        <source>The quarterly report on council decisions is written by the lead school.</source>
        <translation>理事会议重大决策季度汇报由牵头学校撰写。</translation>
    </message>
    <message>
        <source>This report was sent on {date}; what went to the bureau is kept as it was and is not generated again.</source>
        <translation>这份材料已于{date}报送；已报送的材料保持原样，不再重新生成。</translation>
    </message>
    <message>
        <source>Generating the report wrote no PDF.</source>
        <translation>生成材料时未写出PDF文件。</translation>
    </message>
    <message>
        <source>Only the quarterly report and the annual summary can be generated here.</source>
        <translation>这里只能生成季度书面汇报和年度汇总。</translation>
    </message>
    <message>
        <source>The observer is a teacher of another school. An observation counts towards its observer's quota, so only the observer's own school can record it; an observation of another school's teacher by one of this school's teachers is fine.</source>
        <translation>听课人是其他学校的教师。听课记录计入听课人的听课任务，所以只能由听课人所在的学校记录；本校教师听其他学校教师的课则可以记录。</translation>
    </message>
    <message>
        <source>The mentee is a teacher of another school. A pairing counts for the mentee's school, so only that school can record it (the mentor may be from any school).</source>
        <translation>徒弟是其他学校的教师。师徒结对计入徒弟所在的学校，所以只能由该校记录（师傅可以来自任何学校）。</translation>
    </message>
    <message>
        <source>This pairing belongs to another school: only that school records its sessions.</source>
        <translation>这个师徒结对属于其他学校：只有该校可以记录它的指导活动。</translation>
    </message>
    <message>
        <source>{label} is another school: only the host school records it.</source>
        <translation>{label}是其他学校：只有召开学校可以记录。</translation>
    </message>
    <message>
        <source>{label} is another school: a school records only its own.</source>
        <translation>{label}是其他学校：每所学校只记录本校的内容。</translation>
    </message>
</context>
<context>
    <name>WindowChrome</name>
    <message>
        <source>{school} (lead school)</source>
        <translation>{school}（牵头学校）</translation>
    </message>
    <message>
        <source>{school} (member school)</source>
        <translation>{school}（成员学校）</translation>
    </message>
    <message>
        <source>{app} — demo data · {who}</source>
        <translation>{app} — 演示数据 · {who}</translation>
    </message>
    <message>
        <source>{app} — {who}</source>
        <translation>{app} — {who}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于{app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
</context>
<context>
    <name>WindowHeader</name>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Quick start</source>
        <translation>快速入门</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
</TS>