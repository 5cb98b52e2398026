<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddSchoolDialog</name>
    <message>
        <source>Add a member school</source>
        <translation>添加成员学校</translation>
    </message>
    <message>
        <source>Left empty: the next free code (S02, S03 …)</source>
        <translation>不填：自动使用下一个代码（S02、S03 …）</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>学校名称</translation>
    </message>
    <message>
        <source>School code (optional)</source>
        <translation>学校代码（可不填）</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve {school}</source>
        <translation>批准{school}</translation>
    </message>
    <message>
        <source>Phone {school} and ask them to read the fingerprint shown on their Sync page. Type it here: it must match the join request you imported.</source>
        <translation>请给{school}打电话，请对方念出其“同步”页面上显示的指纹，并在这里输入：它必须与您导入的加入申请一致。</translation>
    </message>
    <message>
        <source>Fingerprint read by the school</source>
        <translation>学校念出的指纹</translation>
    </message>
    <message>
        <source>Type the fingerprint the school reads to you.</source>
        <translation>请输入学校在电话中念给您的指纹。</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Two laptops of one school (or a restored backup) changed the same record. Every school already shows the same version; the other one is kept here. The school that wrote the record may keep the other version instead; other schools only set it aside.</source>
        <translation>同一所学校的两台电脑（或恢复的备份）修改了同一条记录。各校现在显示的是同一个版本，另一个版本保留在这里。填写这条记录的学校可以改用另一个版本；其他学校只能将其搁置。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Version kept for review</source>
        <translation>保留待查看的版本</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Can resolve</source>
        <translation>可否处理</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>保留这个版本</translation>
    </message>
    <message>
        <source>Make this version the record's current one (only for this school's own records).</source>
        <translation>把这个版本作为记录的当前版本（仅限本校自己的记录）。</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>Mark as seen; the version every school shows stays.</source>
        <translation>标记为已查看；各校显示的版本不变。</translation>
    </message>
    <message>
        <source>Version {version} from laptop {origin}</source>
        <translation>第 {version} 版，来自电脑 {origin}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No (another school's)</source>
        <translation>否（其他学校的记录）</translation>
    </message>
</context>
<context>
    <name>ExportImportPanel</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>A USB stick, a shared folder or any folder; USB sticks plugged in are offered here.</source>
        <translation>U 盘、共享文件夹或任意文件夹；已插入的 U 盘会列在这里。</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Send everything again (not only what is new)</source>
        <translation>全部重新发送（不只是新的记录）</translation>
    </message>
    <message>
        <source>Use this when the lead school has lost records or asks for everything again.</source>
        <translation>牵头学校丢失了记录或要求重新发送全部记录时使用。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Bundles (.jtb) and join requests (.json)</source>
        <translation>同步包（.jtb）和加入申请（.json）</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>A shared folder where the schools put their bundles: every bundle in it is imported; those already imported change nothing.</source>
        <translation>各校存放同步包的共享文件夹：其中所有同步包都会导入，已导入过的不会重复改动。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Join the alliance first: the lead school's invitation is needed.</source>
        <translation>请先加入联盟：需要牵头学校的邀请文件。</translation>
    </message>
    <message>
        <source>Export to which folder?</source>
        <translation>导出到哪个文件夹？</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist or is not reachable (is the USB stick plugged in?).</source>
        <translation>文件夹 {folder} 不存在或无法访问（U 盘插好了吗？）。</translation>
    </message>
    <message>
        <source>Exported {records} records and {attachments} attachments to {path}</source>
        <translation>已导出 {records} 条记录和 {attachments} 个附件到 {path}</translation>
    </message>
    <message>
        <source>Give this same file to every member school: each imports it with “Import files…”.</source>
        <translation>请把这同一个文件交给每所成员学校：各校用“导入文件…”导入它。</translation>
    </message>
    <message>
        <source>Give this file to the lead school (on a USB stick or a shared folder): it imports it with “Import files…”.</source>
        <translation>请把这个文件交给牵头学校（用U盘或共享文件夹），由牵头学校用“导入文件…”导入。</translation>
    </message>
    <message>
        <source>Import which files?</source>
        <translation>导入哪些文件？</translation>
    </message>
    <message>
        <source>Bundles and join requests (*.jtb *.json);;All files (*)</source>
        <translation>同步包和加入申请 (*.jtb *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import every bundle of which folder?</source>
        <translation>导入哪个文件夹中的所有同步包？</translation>
    </message>
    <message>
        <source>No bundle or join request was found there.</source>
        <translation>那里没有找到同步包或加入申请。</translation>
    </message>
    <message>
        <source>{refused} of {total} files were refused: nothing of them was imported. See why below.</source>
        <translation>{total} 个文件中有 {refused} 个被拒绝，这些文件的内容都没有导入。原因见下方。</translation>
    </message>
    <message>
        <source>{accepted} files imported, {known} imported before (nothing changed).</source>
        <translation>已导入 {accepted} 个文件，{known} 个以前已导入过（没有变化）。</translation>
    </message>
    <message>
        <source>{skipped} files are not for this school and were left alone.</source>
        <translation>另有 {skipped} 个文件不是给本校的，已跳过。</translation>
    </message>
    <message>
        <source>{own} files were exported by this school and were left alone.</source>
        <translation>另有 {own} 个文件是本校导出的，已跳过。</translation>
    </message>
    <message>
        <source>This school's own file</source>
        <translation>本校的文件</translation>
    </message>
    <message>
        <source>Not for this school</source>
        <translation>非本校文件</translation>
    </message>
    <message>
        <source>{file} was refused.</source>
        <translation>{file} 被拒绝。</translation>
    </message>
    <message>
        <source>Imported before: nothing changed.</source>
        <translation>以前已经导入过，没有变化。</translation>
    </message>
    <message>
        <source>Join request of {school}, fingerprint {fingerprint}: approved.</source>
        <translation>{school}的加入申请，指纹 {fingerprint}：已批准。</translation>
    </message>
    <message>
        <source>Join request of {school}, fingerprint {fingerprint}: revoked.</source>
        <translation>{school}的加入申请，指纹 {fingerprint}：已撤销。</translation>
    </message>
    <message>
        <source>Join request of {school}, fingerprint {fingerprint}. Check it with the school by phone, then approve it under Member schools.</source>
        <translation>{school}的加入申请，指纹 {fingerprint}。请先与该校电话核对，再到“成员学校”中批准。</translation>
    </message>
    <message>
        <source>From {school}: {received} records, {added} of them new.</source>
        <translation>来自{school}：{received} 条记录，其中 {added} 条是新的。</translation>
    </message>
    <message>
        <source>{conflicts} conflicts to review.</source>
        <translation>有 {conflicts} 个冲突待处理。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Sent or received</source>
        <translation>发送/接收</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>File and reason</source>
        <translation>文件及原因</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a laptop of {school}</source>
        <translation>撤销{school}的一台电脑</translation>
    </message>
    <message>
        <source>Bundles signed by a revoked laptop are refused from now on. The school's records already received stay.</source>
        <translation>从现在起，被撤销的电脑签名的同步包一律拒绝。已经收到的该校记录仍然保留。</translation>
    </message>
    <message>
        <source>For example: laptop stolen</source>
        <translation>例如：笔记本电脑被盗</translation>
    </message>
    <message>
        <source>Laptop (fingerprint)</source>
        <translation>电脑（指纹）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>This school has no laptop to revoke.</source>
        <translation>这所学校没有可以撤销的电脑。</translation>
    </message>
    <message>
        <source>Revoke the laptop {fingerprint} of {school}? Its bundles will be refused.</source>
        <translation>撤销{school}的电脑 {fingerprint} 吗？它的同步包将被拒绝。</translation>
    </message>
</context>
<context>
    <name>SchoolsPanel</name>
    <message>
        <source>Add school…</source>
        <translation>添加学校…</translation>
    </message>
    <message>
        <source>Write invitation…</source>
        <translation>生成邀请…</translation>
    </message>
    <message>
        <source>Write the invitation file for the chosen school into a folder (for example a USB stick).</source>
        <translation>为选中的学校生成邀请文件，保存到一个文件夹（例如 U 盘）。</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Approve the school's laptop after comparing its fingerprint by phone.</source>
        <translation>电话核对指纹后批准该校的电脑。</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>最近收到的同步包</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Reported this month</source>
        <translation>本月已报送</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未报送</translation>
    </message>
    <message>
        <source>{school} added with the code {code}. Now write its invitation.</source>
        <translation>已添加{school}，代码为 {code}。下一步请生成它的邀请。</translation>
    </message>
    <message>
        <source>Write the invitation of {school} to which folder?</source>
        <translation>把{school}的邀请保存到哪个文件夹？</translation>
    </message>
    <message>
        <source>The invitation of {school} was written to {path}. Give this file to the school: it imports it with “Join an alliance” on its Sync page.</source>
        <translation>{school}的邀请已保存到 {path}。请把这个文件交给该校：对方在“同步”页面点“加入联盟”导入它。</translation>
    </message>
    <message>
        <source>The laptop {fingerprint} of {school} is approved. If its bundles were refused before (not yet approved), import them again now. Your next export carries its certificate to the school.</source>
        <translation>{school}的电脑 {fingerprint} 已批准。如果该校的同步包之前因尚未批准被拒绝，请现在重新导入。您下一次导出的同步包会把批准证书带给该校。</translation>
    </message>
    <message>
        <source>The laptop {fingerprint} of {school} is revoked.</source>
        <translation>{school}的电脑 {fingerprint} 已撤销。</translation>
    </message>
</context>
<context>
    <name>SyncHeader</name>
    <message>
        <source>Read these characters to the other school over the phone when joining.</source>
        <translation>加入联盟时，请在电话中把这串字符念给对方学校。</translation>
    </message>
    <message>
        <source>Records the lead has not yet confirmed</source>
        <translation>牵头学校尚未确认收到的记录</translation>
    </message>
    <message>
        <source>Your next export carries these records; the count drops once you import a lead school bundle that confirms it received them.</source>
        <translation>下一次导出会带上这些记录；导入确认已收到它们的牵头学校同步包后，这个数字会减少。</translation>
    </message>
    <message>
        <source>This school</source>
        <translation>本校</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>联盟</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>This laptop's fingerprint</source>
        <translation>本机指纹</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>待处理的冲突</translation>
    </message>
    <message>
        <source>Join an alliance…</source>
        <translation>加入联盟…</translation>
    </message>
    <message>
        <source>Choose the invitation file from the lead school, then the folder (for example the USB stick) to write this school's join request to.</source>
        <translation>先选择牵头学校发来的邀请文件，再选择保存本校加入申请的文件夹（例如 U 盘）。</translation>
    </message>
    <message>
        <source>(not set up)</source>
        <translation>（尚未设置）</translation>
    </message>
    <message>
        <source>Not yet in an alliance</source>
        <translation>尚未加入联盟</translation>
    </message>
    <message>
        <source>This laptop's data was copied or restored, so it now syncs as a new installation.</source>
        <translation>本机数据是复制或恢复来的，现在作为一台新电脑同步。</translation>
    </message>
    <message>
        <source>The join request is waiting for the lead school. Once the lead has approved it, import the lead school's next bundle here; you can already export your records.</source>
        <translation>加入申请正在等待牵头学校批准。批准后，请在这里导入牵头学校的下一个同步包；现在已经可以导出本校的记录。</translation>
    </message>
    <message>
        <source>To join the alliance, get the invitation file the lead school wrote for this school (for example on a USB stick), then click “Join an alliance…”.</source>
        <translation>要加入联盟，请先从牵头学校拿到为本校生成的邀请文件（例如用U盘），然后点“加入联盟…”。</translation>
    </message>
    <message>
        <source>The lead school has revoked this laptop: its bundles are refused. Ask the lead school for a new invitation.</source>
        <translation>牵头学校已撤销这台电脑：它的同步包会被拒绝。请向牵头学校索取新的邀请。</translation>
    </message>
    <message>
        <source>Asked to join {alliance} as {school}. The join request was written to {path}. Give this file to the lead school and read them this laptop's fingerprint over the phone: {fingerprint}</source>
        <translation>已申请以{school}的身份加入{alliance}。加入申请已保存到 {path}。请把这个文件交给牵头学校，并在电话中把本机指纹念给对方：{fingerprint}</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Not joined</source>
        <translation>未加入</translation>
    </message>
    <message>
        <source>Waiting for the lead school's approval</source>
        <translation>等待牵头学校批准</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>已加入</translation>
    </message>
    <message>
        <source>Revoked by the lead school</source>
        <translation>已被撤销</translation>
    </message>
    <message>
        <source>Lead school</source>
        <translation>牵头学校</translation>
    </message>
    <message>
        <source>Not invited</source>
        <translation>未邀请</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待批准</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>已生成</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>School's records</source>
        <translation>学校的记录</translation>
    </message>
    <message>
        <source>Alliance records from the lead school</source>
        <translation>牵头学校发来的联盟记录</translation>
    </message>
    <message>
        <source>Join request</source>
        <translation>加入申请</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀请</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Export and import</source>
        <translation>导出与导入</translation>
    </message>
    <message>
        <source>History</source>
        <translation>收发记录</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Member schools</source>
        <translation>成员学校</translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation>冲突（{count}）</translation>
    </message>
    <message>
        <source>Choose the invitation from the lead school</source>
        <translation>选择牵头学校发来的邀请文件</translation>
    </message>
    <message>
        <source>Invitations (*.json);;All files (*)</source>
        <translation>邀请文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Write the join request to which folder (for example the USB stick)?</source>
        <translation>把加入申请保存到哪个文件夹（例如 U 盘）？</translation>
    </message>
    <message>
        <source>Join an alliance</source>
        <translation>加入联盟</translation>
    </message>
    <message>
        <source>This invitation is for {invited}, but this laptop is set up as {ours}. Joining with it makes this laptop {invited}. Join as {invited}?</source>
        <translation>这份邀请是发给{invited}的，但本机设置的学校是{ours}。用它加入后，本机将成为{invited}。确定以{invited}的身份加入吗？</translation>
    </message>
</context>
</TS>