<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnswerImage</name>
    <message>
        <source>Image {name}</source>
        <translation>图片 {name}</translation>
    </message>
    <message>
        <source>Open larger</source>
        <translation>放大查看</translation>
    </message>
    <message>
        <source>Open the image larger</source>
        <translation>放大查看图片</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <source>Save the image to a file</source>
        <translation>将图片保存为文件</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation>将图片复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Save image</source>
        <translation>保存图片</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>“{name}” is not available right now, so nothing was saved.</source>
        <translation>“{name}”目前无法访问，因此未保存任何内容。</translation>
    </message>
    <message>
        <source>“{name}” is no longer in your history, so nothing was saved.</source>
        <translation>“{name}”已不在你的历史记录中，因此未保存任何内容。</translation>
    </message>
    <message>
        <source>“{name}” could not be saved there. Choose another folder.</source>
        <translation>无法将“{name}”保存到该位置。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>“{name}” is no longer in your history.</source>
        <translation>“{name}”已不在你的历史记录中。</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>未复制</translation>
    </message>
    <message>
        <source>“{name}” can&apos;t be copied: it is not a picture this app can show.</source>
        <translation>无法复制“{name}”：它不是本应用能够显示的图片。</translation>
    </message>
    <message>
        <source>“{name}” is not available right now.</source>
        <translation>“{name}”目前无法访问。</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Image {name}, {detail}</source>
        <translation>图片 {name}，{detail}</translation>
    </message>
    <message>
        <source>Document {name}, {detail}</source>
        <translation>文档 {name}，{detail}</translation>
    </message>
    <message>
        <source>Press Enter to open</source>
        <translation>按 Enter 打开</translation>
    </message>
</context>
<context>
    <name>AttachmentChips</name>
    <message>
        <source>Attached files</source>
        <translation>已附加的文件</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>{detail} · {width}×{height}</source>
        <translation>{detail} · {width}×{height}</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{type} image</source>
        <translation>{type} 图片</translation>
    </message>
    <message>
        <source>{type} document</source>
        <translation>{type} 文档</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} 页</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} 像素</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>“{name}” can&apos;t be shown.</source>
        <translation>无法显示“{name}”。</translation>
    </message>
    <message>
        <source>Switch model</source>
        <translation>切换模型</translation>
    </message>
    <message>
        <source>Remove the images</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <source>Send pages as images</source>
        <translation>以图片形式发送页面</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Pictures and documents (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.docx *.xlsx *.pptx *.csv *.txt *.md *.json)</source>
        <translation>图片和文档 (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.docx *.xlsx *.pptx *.csv *.txt *.md *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Links to files on the web can&apos;t be attached. Download the file, then attach it.</source>
        <translation>无法附加网络上的文件链接。请先下载该文件，再附加它。</translation>
    </message>
    <message>
        <source>“{name}” could not be opened. Check that the file still exists and that you may read it.</source>
        <translation>无法打开“{name}”。请检查该文件是否仍然存在，以及你是否有权读取它。</translation>
    </message>
    <message>
        <source>“{name}” is a kind of file the app can&apos;t read. You can attach pictures (PNG, JPEG, WebP, GIF), PDF, Word, Excel, PowerPoint, CSV and text files.</source>
        <translation>本应用无法读取“{name}”这类文件。你可以附加图片（PNG、JPEG、WebP、GIF）、PDF、Word、Excel、PowerPoint、CSV 和文本文件。</translation>
    </message>
    <message>
        <source>“{name}” is too big to attach (the limit is 50 MB). Attach a smaller file or only the part you need.</source>
        <translation>“{name}”太大，无法附加（上限为 50 MB）。请附加较小的文件，或只附加你需要的部分。</translation>
    </message>
    <message>
        <source>“{name}” seems to be damaged and could not be read. Try saving it again from the program that made it.</source>
        <translation>“{name}”似乎已损坏，无法读取。请尝试在创建它的程序中重新保存。</translation>
    </message>
    <message>
        <source>“{name}” is protected by a password. Save a copy without the password, then attach that.</source>
        <translation>“{name}”受密码保护。请另存一份不带密码的副本，再附加该副本。</translation>
    </message>
    <message>
        <source>Reading “{name}” took too long, so it was stopped. Try a smaller file, or copy the part you need into the message.</source>
        <translation>读取“{name}”用时过长，已停止。请尝试较小的文件，或将你需要的部分复制到消息中。</translation>
    </message>
    <message>
        <source>“{name}” is built in an unusual way that could overload the computer, so it was not opened.</source>
        <translation>“{name}”的结构异常，可能使电脑负载过重，因此未打开。</translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation>“{name}”是空文件。</translation>
    </message>
    <message>
        <source>Reading “{name}” was stopped; it was not attached.</source>
        <translation>已停止读取“{name}”，未附加该文件。</translation>
    </message>
    <message>
        <source>“{name}” was not attached: a message can carry up to 20 files. Send these first, or remove some.</source>
        <translation>未附加“{name}”：一条消息最多可附带 20 个文件。请先发送这些文件，或移除一些。</translation>
    </message>
    <message>
        <source>“{name}” could not be saved in the history (is the disk full?). Nothing was attached.</source>
        <translation>无法将“{name}”保存到历史记录中（磁盘是否已满？）。未附加任何文件。</translation>
    </message>
    <message>
        <source>{model} can&apos;t see images. Switch to a model that can, or remove the images.</source>
        <translation>{model} 无法查看图片。请切换到能够查看图片的模型，或移除图片。</translation>
    </message>
    <message>
        <source>“{name}” is a scan: it has no text the model can read. Send its pages as images instead?</source>
        <translation>“{name}”是扫描件：其中没有模型能够读取的文字。要改为以图片形式发送其页面吗？</translation>
    </message>
    <message>
        <source>“{name}” is too long for {model} (about {tokens} tokens; it reads {window}). Remove it, or switch to a model with a larger context window.</source>
        <translation>“{name}”对 {model} 来说太长（约 {tokens} 个 token，而它最多可读取 {window} 个）。请移除该文件，或切换到上下文窗口更大的模型。</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The history could not be backed up: the folder {folder} is not there. Is its drive connected?</source>
        <translation>无法备份历史记录：文件夹 {folder} 不存在。它所在的驱动器是否已连接？</translation>
    </message>
    <message>
        <source>The history could not be backed up: the disk of {folder} is full.</source>
        <translation>无法备份历史记录：{folder} 所在的磁盘已满。</translation>
    </message>
    <message>
        <source>The backup copy failed its check, so it was not kept. The next backup tries again.</source>
        <translation>备份副本未通过检查，因此未予保留。下次备份时会再次尝试。</translation>
    </message>
    <message>
        <source>The history could not be read to back it up.</source>
        <translation>无法读取历史记录，因此无法备份。</translation>
    </message>
    <message>
        <source>The history could not be backed up: the folder {folder} can&apos;t be written to.</source>
        <translation>无法备份历史记录：无法写入文件夹 {folder}。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up as {name}.</source>
        <translation>已备份为 {name}。</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>备份设置</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace your history with the backup {name}?</source>
        <translation>要用备份 {name} 替换你的历史记录吗？</translation>
    </message>
    <message>
        <source>Your current history is kept as {kept} in {folder}, unchanged. Desktop Chat then starts again with the backup&apos;s chats.</source>
        <translation>你当前的历史记录将原样保留为 {folder} 中的 {kept}。随后 Desktop Chat 会重新启动，并载入备份中的对话。</translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>恢复并重新启动</translation>
    </message>
    <message>
        <source>This backup can&apos;t be used: it is damaged or is not a Desktop Chat history. Your current history was not changed.</source>
        <translation>无法使用此备份：它已损坏，或者不是 Desktop Chat 的历史记录。你当前的历史记录未被更改。</translation>
    </message>
    <message>
        <source>The backup could not be copied next to your history. Your current history was not changed.</source>
        <translation>无法将备份复制到历史记录所在的位置。你当前的历史记录未被更改。</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Back up the history &amp;every day</source>
        <translation>每天备份历史记录(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Empty: the app&apos;s own backups folder</source>
        <translation>留空：使用应用自带的备份文件夹</translation>
    </message>
    <message>
        <source>A synced company folder works: a backup appears there only once it is complete and checked</source>
        <translation>可以使用公司的同步文件夹：备份只有在完整写入并通过检查后才会出现在其中</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>保留最新的(&amp;K)</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>保留的备份数</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 个备份</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>由你所在的组织设置</translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation>文件夹中的备份</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Restore from this backup…</source>
        <translation>从此备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>从文件恢复(&amp;F)…</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>尚未进行过备份。</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>上次备份：{when}</translation>
    </message>
    <message>
        <source>{when} — {size}</source>
        <translation>{when} — {size}</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation>此文件夹中还没有备份。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>History backup (*.sqlite3)</source>
        <translation>历史记录备份 (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>显示详细信息</translation>
    </message>
    <message>
        <source>Dismiss this notice and keep waiting for the answer</source>
        <translation>关闭此通知并继续等待回答</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>关闭通知</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>隐藏详细信息</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>Change key</source>
        <translation>更改密钥</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>选择其他模型</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Stop trying</source>
        <translation>停止重试</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start a new history</source>
        <translation>新建历史记录</translation>
    </message>
    <message>
        <source>{error} Your message is saved and can be sent when you&apos;re back online.</source>
        <translation>{error} 你的消息已保存，恢复联网后即可发送。</translation>
    </message>
    <message>
        <source>{error} — trying again in {seconds} s…</source>
        <translation>{error} — {seconds} 秒后重试…</translation>
    </message>
    <message>
        <source>Add your API key to start chatting.</source>
        <translation>添加你的 API 密钥即可开始对话。</translation>
    </message>
    <message>
        <source>The model is taking longer than usual.</source>
        <translation>模型的响应时间比平时长。</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>继续等待</translation>
    </message>
</context>
<context>
    <name>CertificatesChoice</name>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Choose a certificates file</source>
        <translation>选择证书文件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the certificates file</source>
        <translation>移除证书文件</translation>
    </message>
    <message>
        <source>Certificates from this file (PEM) are trusted as well as this computer&apos;s own, e.g. your company&apos;s inspection certificate.</source>
        <translation>除了这台电脑自身信任的证书外，也信任此文件（PEM）中的证书，例如你们公司用于流量检查的证书。</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>None (this computer&apos;s certificates only)</source>
        <translation>无（仅使用这台电脑的证书）</translation>
    </message>
    <message>
        <source>This file doesn&apos;t exist, so it can&apos;t be used. Choose it again, or remove it.</source>
        <translation>此文件不存在，因此无法使用。请重新选择，或将其移除。</translation>
    </message>
    <message>
        <source>This file can&apos;t be read, so it can&apos;t be used. Choose it again, or remove it.</source>
        <translation>无法读取此文件，因此无法使用。请重新选择，或将其移除。</translation>
    </message>
    <message>
        <source>This file holds no certificate in PEM form (text starting with “-----BEGIN CERTIFICATE-----”). Ask IT for the certificate as a PEM file.</source>
        <translation>此文件中没有 PEM 格式的证书（以“-----BEGIN CERTIFICATE-----”开头的文本）。请向 IT 部门索取 PEM 文件格式的证书。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Ask anything. Enter sends, Shift+Enter adds a line.</source>
        <translation>有什么问题尽管问。按 Enter 发送，按 Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <translation>↓  跳到最新</translation>
    </message>
    <message>
        <source>Jump to latest message</source>
        <translation>跳到最新消息</translation>
    </message>
    <message>
        <source>Remove summary?</source>
        <translation>移除摘要？</translation>
    </message>
    <message>
        <source>Remove this summary?</source>
        <translation>要移除此摘要吗？</translation>
    </message>
    <message>
        <source>The messages it stands for stay in the chat, but the model no longer gets their gist when they do not fit in its context window.</source>
        <translation>它所概括的消息仍保留在对话中，但当这些消息超出上下文窗口时，模型将无法再获得它们的要点。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove summary</source>
        <translation>移除摘要</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>打开链接？</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

{url}</source>
        <translation>要在网页浏览器中打开此链接吗？

{url}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>打开链接</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove {name}</source>
        <translation>移除 {name}</translation>
    </message>
    <message>
        <source>Stop reading {name}</source>
        <translation>停止读取 {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Stop reading this file</source>
        <translation>停止读取此文件</translation>
    </message>
</context>
<context>
    <name>CodeBlockView</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>Copy this code to the clipboard</source>
        <translation>将此代码复制到剪贴板</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Type your message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>输入你的消息。按 Enter 发送，按 Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>消息…  （按 Enter 发送，按 Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>发送（Enter）</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Attach files or pictures (you can also paste or drop them)</source>
        <translation>附加文件或图片（也可以直接粘贴或拖放）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>停止（Esc）</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connected — 1 model available.</source>
        <translation>已连接 — 有 1 个可用模型。</translation>
    </message>
    <message>
        <source>Connected — {count} models available.</source>
        <translation>已连接 — 有 {count} 个可用模型。</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>已连接。</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>Something went wrong while testing: {kind}</source>
        <translation>测试时出错：{kind}</translation>
    </message>
</context>
<context>
    <name>ContextBar</name>
    <message>
        <source>Summarising stopped; nothing was changed.</source>
        <translation>已停止总结，未做任何更改。</translation>
    </message>
    <message>
        <source>Summary written. It is sent in place of the earlier messages; you can edit or remove it in the chat.</source>
        <translation>摘要已生成。它将代替之前的消息发送；你可以在对话中编辑或移除它。</translation>
    </message>
    <message>
        <source>Summarising the earlier messages…</source>
        <translation>正在总结之前的消息…</translation>
    </message>
    <message>
        <source>Summarising the earlier messages… part {done} of {total}</source>
        <translation>正在总结之前的消息…（第 {done} 部分，共 {total} 部分）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>ContextDivider</name>
    <message>
        <source>The model only sees the newest messages that fit in its context window; the ones above this line are not sent. Summarising them keeps their gist: the summary is sent in their place.</source>
        <translation>模型只能看到上下文窗口中容纳得下的最新消息；此线以上的消息不会发送。对它们进行总结可以保留其要点：摘要将代替它们发送。</translation>
    </message>
    <message>
        <source>Summarise them</source>
        <translation>总结这些消息</translation>
    </message>
    <message>
        <source>Summarise the earlier messages</source>
        <translation>总结之前的消息</translation>
    </message>
    <message numerus="yes">
        <source>Earlier messages are not sent to the model — %Ln message(s)</source>
        <translation>
            <numerusform>之前的消息不会发送给模型 — %Ln 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Summarising…</source>
        <translation>正在总结…</translation>
    </message>
    <message>
        <source>Summarising the earlier messages</source>
        <translation>正在总结之前的消息</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <source>the standard figure for this model</source>
        <translation>此模型的标准数值</translation>
    </message>
    <message>
        <source>as your gateway reports it</source>
        <translation>由你的网关报告</translation>
    </message>
    <message>
        <source>learned from the gateway&apos;s own error</source>
        <translation>从网关返回的错误中获知</translation>
    </message>
    <message>
        <source>as set in Settings</source>
        <translation>在“设置”中指定</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>已用上下文</translation>
    </message>
    <message>
        <source>≈ {used} tokens</source>
        <translation>≈ {used} 个 token</translation>
    </message>
    <message>
        <source>≈ {used} / {window}</source>
        <translation>≈ {used} / {window}</translation>
    </message>
    <message>
        <source>About {used} tokens will be sent to {model}. Its context window is not known yet; it is learned if the gateway says the chat is too long.</source>
        <translation>约 {used} 个 token 将发送给 {model}。其上下文窗口大小尚不清楚；如果网关提示对话过长，即可获知。</translation>
    </message>
    <message>
        <source>About {used} of {window} tokens of {model}&apos;s context window ({source}).</source>
        <translation>已使用 {model} 上下文窗口 {window} 个 token 中的约 {used} 个（{source}）。</translation>
    </message>
    <message>
        <source>{reserve} tokens are kept free for the answer.</source>
        <translation>为回答预留 {reserve} 个 token。</translation>
    </message>
    <message>
        <source>Your message alone is longer than this model can take: shorten it, or choose a model with a larger window.</source>
        <translation>仅你的这条消息就超出了此模型可接受的长度：请缩短消息，或选择上下文窗口更大的模型。</translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n message(s) will not be sent; the model sees your system prompt and the newest messages that fit.</source>
        <translation>
            <numerusform>最早的 %n 条消息不会发送；模型会看到你的系统提示词以及容纳得下的最新消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close to the limit: from the next messages on, the oldest ones will be left out. Summarising them keeps their gist.</source>
        <translation>即将达到上限：从接下来的消息起，最早的消息将被省略。对它们进行总结可以保留其要点。</translation>
    </message>
    <message>
        <source>The whole chat fits: everything is sent.</source>
        <translation>整个对话都容纳得下：所有内容都会发送。</translation>
    </message>
    <message>
        <source>A summary is sent in place of the earliest messages.</source>
        <translation>最早的消息将以摘要代替发送。</translation>
    </message>
    <message>
        <source>Counts are estimates; they get closer to the gateway&apos;s own with every answer.</source>
        <translation>计数为估算值；每次回答后都会更接近网关自己的统计。</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Chat title</source>
        <translation>对话标题</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>未命名对话</translation>
    </message>
    <message>
        <source>{heading} (heading)</source>
        <translation>{heading}（标题）</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>answer in progress</source>
        <translation>正在回答</translation>
    </message>
</context>
<context>
    <name>ConversationListPanel</name>
    <message>
        <source>No chats yet — start one with New chat (Ctrl+N)</source>
        <translation>还没有对话 — 点击“新对话”（Ctrl+N）开始</translation>
    </message>
    <message>
        <source>No archived chats.</source>
        <translation>没有已归档的对话。</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>网页 (.html)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>开始新对话（Ctrl+N）</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Search all chats (Ctrl+F)</source>
        <translation>搜索所有对话（Ctrl+F）</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Chat list</source>
        <translation>对话列表</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Show archived chats</source>
        <translation>显示已归档的对话</translation>
    </message>
    <message>
        <source>No chats match “{query}”.</source>
        <translation>没有与“{query}”匹配的对话。</translation>
    </message>
    <message>
        <source>Actions for {title}</source>
        <translation>“{title}”的操作</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>导出为</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Chat deleted</source>
        <translation>对话已删除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤消</translation>
    </message>
    <message>
        <source>Deleted “{title}”. Undo is available for {seconds} seconds.</source>
        <translation>已删除“{title}”。{seconds} 秒内可以撤消。</translation>
    </message>
    <message>
        <source>Hide archived chats</source>
        <translation>隐藏已归档的对话</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <source>Send a message first: a new chat gets its title then.</source>
        <translation>请先发送一条消息：新对话会在那时获得标题。</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%Ln tool(s)</source>
        <translation>
            <numerusform>%Ln 个工具</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln 个对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) imported.</source>
        <translation>
            <numerusform>已导入 %Ln 个对话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) imported, {already_there} already here.</source>
        <translation>
            <numerusform>已导入 %Ln 个对话，{already_there} 个已存在。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more row(s) or character(s) were left out to fit.</source>
        <translation>
            <numerusform>为了容纳得下，另有 %Ln 行或字符被省略。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong — Desktop Chat</source>
        <translation>出现问题 — Desktop Chat</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>出现问题。</translation>
    </message>
    <message>
        <source>The app kept running and your chats are safe. If this keeps happening, send the details below to your IT contact.</source>
        <translation>应用仍在运行，你的对话安然无恙。如果此问题反复出现，请将下面的详细信息发送给你的 IT 联系人。</translation>
    </message>
    <message>
        <source>The details were also written to the log file: {path}</source>
        <translation>详细信息也已写入日志文件：{path}</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详细信息</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Document preview</source>
        <translation>文档预览</translation>
    </message>
    <message>
        <source>Text the model read</source>
        <translation>模型读取到的文字</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <source>Save a copy of the original file</source>
        <translation>保存原始文件的副本</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>关闭预览</translation>
    </message>
    <message>
        <source>This is a scan without a text layer: the model got no text from it.</source>
        <translation>这是不含文字层的扫描件：模型没有从中获得任何文字。</translation>
    </message>
    <message>
        <source>No text was read from this file.</source>
        <translation>未从此文件中读取到任何文字。</translation>
    </message>
    <message>
        <source>This is the text the model read from the file.</source>
        <translation>以下是模型从该文件中读取到的文字。</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>${amount}</source>
        <translation>${amount}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Open a chat to export it.</source>
        <translation>请先打开一个对话，再将其导出。</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <source>Chat archive (*.json)</source>
        <translation>对话存档 (*.json)</translation>
    </message>
    <message>
        <source>Export all chats</source>
        <translation>导出所有对话</translation>
    </message>
    <message>
        <source>Chat archives and ChatGPT exports (*.json *.zip)</source>
        <translation>对话存档和 ChatGPT 导出文件 (*.json *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <source>History backup (*.sqlite3)</source>
        <translation>历史记录备份 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Back up history</source>
        <translation>备份历史记录</translation>
    </message>
    <message>
        <source>Wait for the file work under way to finish, or cancel it.</source>
        <translation>请等待正在进行的文件操作完成，或将其取消。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Desktop Chat</source>
        <translation>Desktop Chat</translation>
    </message>
    <message>
        <source>Imported from {name}: {counts}</source>
        <translation>已从 {name} 导入：{counts}</translation>
    </message>
    <message>
        <source>Exported {chats} to {path}</source>
        <translation>已将 {chats}导出到 {path}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>History backed up to {path}</source>
        <translation>历史记录已备份到 {path}</translation>
    </message>
    <message>
        <source>Exporting… {done} of {total} chats</source>
        <translation>正在导出… 第 {done} 个，共 {total} 个对话</translation>
    </message>
    <message>
        <source>Importing… {percent}%</source>
        <translation>正在导入… {percent}%</translation>
    </message>
    <message>
        <source>Backing up… {percent}%</source>
        <translation>正在备份… {percent}%</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>导入已取消。未导入任何内容。</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>导出已取消。未写入任何文件。</translation>
    </message>
    <message>
        <source>Backup cancelled. No copy was made.</source>
        <translation>备份已取消。未创建任何副本。</translation>
    </message>
    <message>
        <source>Importing chats</source>
        <translation>正在导入对话</translation>
    </message>
    <message>
        <source>Exporting all chats</source>
        <translation>正在导出所有对话</translation>
    </message>
    <message>
        <source>Backing up history</source>
        <translation>正在备份历史记录</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished.</source>
        <translation>回答在完成前中断了。</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>回答失败。</translation>
    </message>
    <message>
        <source>The answer was still arriving.</source>
        <translation>回答仍在生成中。</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>未命名对话</translation>
    </message>
    <message>
        <source>Exported from Desktop Chat · started {when}</source>
        <translation>导出自 Desktop Chat · 开始于 {when}</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理过程</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>{name} ({model})</source>
        <translation>{name}（{model}）</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of an exported web page</comment>
        <translation>zh-CN</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>已附加的文件</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>Formulas</name>
    <message>
        <source>Formula could not be drawn</source>
        <translation>无法绘制此公式</translation>
    </message>
</context>
<context>
    <name>Gateway</name>
    <message>
        <source>your system&apos;s password store</source>
        <translation>你的系统密码库</translation>
    </message>
    <message>
        <source>Add your API key to start chatting — or try the offline demo.</source>
        <translation>添加你的 API 密钥即可开始对话，也可以试用离线演示。</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>添加密钥</translation>
    </message>
    <message>
        <source>{problem} Your key is kept only until you close the app.</source>
        <translation>{problem} 你的密钥只会保留到你关闭应用为止。</translation>
    </message>
    <message>
        <source>This is the offline demo: answers come from a built-in simulator, not a real model. Add your API key in Settings to chat for real.</source>
        <translation>这是离线演示：回答来自内置的模拟器，而不是真实的模型。请在“设置”中添加你的 API 密钥，开始真正的对话。</translation>
    </message>
    <message>
        <source>Add my key</source>
        <translation>添加我的密钥</translation>
    </message>
    <message>
        <source>memory only (no password store)</source>
        <translation>仅内存（没有密码库）</translation>
    </message>
    <message>
        <source>the {variable} environment variable</source>
        <translation>{variable} 环境变量</translation>
    </message>
    <message>
        <source>There is no key saved for this gateway address yet.</source>
        <translation>此网关地址尚未保存密钥。</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the gateway.</source>
        <translation>与网关通信时出错。</translation>
    </message>
    <message>
        <source>The gateway did not accept your API key.</source>
        <translation>网关不接受你的 API 密钥。</translation>
    </message>
    <message>
        <source>Your account can&apos;t use this model right now (quota or permission).</source>
        <translation>你的帐户目前无法使用此模型（配额或权限问题）。</translation>
    </message>
    <message>
        <source>This address doesn&apos;t look like a chat gateway.</source>
        <translation>此地址看起来不像对话网关。</translation>
    </message>
    <message>
        <source>This model isn&apos;t available with your key.</source>
        <translation>你的密钥无法使用此模型。</translation>
    </message>
    <message>
        <source>This conversation is too long for the model.</source>
        <translation>此对话对该模型来说太长了。</translation>
    </message>
    <message>
        <source>This model can&apos;t see images. Choose a model that can (Claude or Gemini), or send the message without its pictures.</source>
        <translation>此模型无法查看图片。请选择能够查看图片的模型（Claude 或 Gemini），或者不带图片发送这条消息。</translation>
    </message>
    <message>
        <source>This model (or the gateway) can&apos;t use tools. Retry sends the message without them (tools stay off in this chat until you turn them on in the sidebar).</source>
        <translation>此模型（或网关）无法使用工具。“重试”将不带工具发送这条消息（在你从侧边栏重新开启之前，此对话中的工具将保持关闭）。</translation>
    </message>
    <message>
        <source>Too many requests right now.</source>
        <translation>当前请求过多。</translation>
    </message>
    <message>
        <source>The model service is having trouble.</source>
        <translation>模型服务出现故障。</translation>
    </message>
    <message>
        <source>The model service took too long to answer.</source>
        <translation>模型服务响应超时。</translation>
    </message>
    <message>
        <source>Can&apos;t reach the gateway. Check your internet connection or proxy.</source>
        <translation>无法连接到网关。请检查你的网络连接或代理。</translation>
    </message>
    <message>
        <source>The connection isn&apos;t secure (certificate problem), so nothing was sent.</source>
        <translation>连接不安全（证书问题），因此未发送任何内容。</translation>
    </message>
    <message>
        <source>The gateway turned this request down.</source>
        <translation>网关拒绝了此请求。</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished. What arrived is kept.</source>
        <translation>回答在完成前中断了。已收到的内容会保留。</translation>
    </message>
    <message>
        <source>The gateway sent back an empty answer (this can happen when a conversation is too long).</source>
        <translation>网关返回了空回答（对话过长时可能出现这种情况）。</translation>
    </message>
    <message>
        <source>The model service reported an error while answering. What arrived is kept.</source>
        <translation>模型服务在回答时报告了错误。已收到的内容会保留。</translation>
    </message>
    <message>
        <source>Change key</source>
        <translation>更改密钥</translation>
    </message>
    <message>
        <source>Check the address</source>
        <translation>检查地址</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>选择其他模型</translation>
    </message>
    <message>
        <source>Start a new chat from here</source>
        <translation>从这里开始新对话</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>稍后再试</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>The proxy refused the connection. Check the proxy address, user name and password.</source>
        <translation>代理拒绝了连接。请检查代理地址、用户名和密码。</translation>
    </message>
    <message>
        <source>The gateway sent a part of the answer this app could not read.</source>
        <translation>网关发来的部分回答本应用无法读取。</translation>
    </message>
    <message>
        <source>The gateway sent an answer this app could not read.</source>
        <translation>网关发来的回答本应用无法读取。</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t secure (certificate problem), so nothing was sent.</source>
        <translation>与 {host} 的连接不安全（证书问题），因此未发送任何内容。</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, expired on {date}. Nothing was sent. Ask IT or the gateway&apos;s owner to renew it.</source>
        <translation>与 {host} 的连接不可信：它的证书由“{issuer}”颁发，已于 {date} 过期。未发送任何内容。请让 IT 部门或网关的管理者续订该证书。</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, is not valid yet. Nothing was sent. Check this computer&apos;s date and time, or ask IT.</source>
        <translation>与 {host} 的连接不可信：它的证书由“{issuer}”颁发，目前尚未生效。未发送任何内容。请检查这台电脑的日期和时间，或咨询 IT 部门。</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, is for {names}, not for {host}. Nothing was sent. Check the gateway address, or ask IT.</source>
        <translation>与 {host} 的连接不可信：它的证书由“{issuer}”颁发，适用于 {names}，而不是 {host}。未发送任何内容。请检查网关地址，或咨询 IT 部门。</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate was issued by itself (“{issuer}”), which this computer doesn&apos;t trust. Nothing was sent. Ask IT to install that certificate, or add it in Settings → Certificates.</source>
        <translation>与 {host} 的连接不可信：它的证书是自己颁发给自己的（“{issuer}”），这台电脑不信任该证书。未发送任何内容。请让 IT 部门安装该证书，或在“设置 → 证书”中添加它。</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate was issued by “{issuer}”, which this computer doesn&apos;t trust. Nothing was sent. Ask IT to install that certificate, or add it in Settings → Certificates.</source>
        <translation>与 {host} 的连接不可信：它的证书由“{issuer}”颁发，而这台电脑不信任该颁发者。未发送任何内容。请让 IT 部门安装该证书，或在“设置 → 证书”中添加它。</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} could not be loaded, so nothing was sent. Check the address in Settings → Connection, or ask IT.</source>
        <translation>无法加载位于 {address} 的自动代理设置（PAC 文件），因此未发送任何内容。请在“设置 → 连接”中检查该地址，或咨询 IT 部门。</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} took too long, so nothing was sent. Try again, or ask IT.</source>
        <translation>加载位于 {address} 的自动代理设置（PAC 文件）耗时过长，因此未发送任何内容。请重试，或咨询 IT 部门。</translation>
    </message>
    <message>
        <source>The file at {address} is too large to be automatic proxy settings (a PAC file), so nothing was sent. Check the address in Settings → Connection, or ask IT.</source>
        <translation>位于 {address} 的文件太大，不可能是自动代理设置（PAC 文件），因此未发送任何内容。请在“设置 → 连接”中检查该地址，或咨询 IT 部门。</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} don&apos;t work (the script has an error), so nothing was sent. Ask IT to check the file.</source>
        <translation>位于 {address} 的自动代理设置（PAC 文件）无法正常工作（脚本有错误），因此未发送任何内容。请让 IT 部门检查该文件。</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} named no proxy for the gateway, so nothing was sent. Ask IT to check the file.</source>
        <translation>位于 {address} 的自动代理设置（PAC 文件）没有为网关指定代理，因此未发送任何内容。请让 IT 部门检查该文件。</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) send the gateway through a SOCKS proxy, which Desktop Chat can&apos;t use. Nothing was sent. Ask IT for an HTTP proxy, or set one in Settings → Connection.</source>
        <translation>自动代理设置（PAC 文件）要求通过 SOCKS 代理连接网关，而 Desktop Chat 无法使用这种代理。未发送任何内容。请向 IT 部门索取 HTTP 代理，或在“设置 → 连接”中设置一个。</translation>
    </message>
    <message>
        <source>HTTP status: {value}</source>
        <translation>HTTP 状态：{value}</translation>
    </message>
    <message>
        <source>Server message: {value}</source>
        <translation>服务器消息：{value}</translation>
    </message>
    <message>
        <source>Server code: {value}</source>
        <translation>服务器代码：{value}</translation>
    </message>
    <message>
        <source>Address: {value}</source>
        <translation>地址：{value}</translation>
    </message>
    <message>
        <source>Server asked to wait: {value} s</source>
        <translation>服务器要求等待：{value} 秒</translation>
    </message>
    <message>
        <source>Technical: {value}</source>
        <translation>技术信息：{value}</translation>
    </message>
    <message>
        <source>Kind: {value}</source>
        <translation>类型：{value}</translation>
    </message>
    <message>
        <source>Model&apos;s limit: {value} tokens</source>
        <translation>模型上限：{value} 个 token</translation>
    </message>
    <message>
        <source>This request: {value} tokens</source>
        <translation>本次请求：{value} 个 token</translation>
    </message>
    <message>
        <source>Host: {value}</source>
        <translation>主机：{value}</translation>
    </message>
    <message>
        <source>Certificate issued by: {value}</source>
        <translation>证书颁发者：{value}</translation>
    </message>
    <message>
        <source>Certificate issued to: {value}</source>
        <translation>证书颁发给：{value}</translation>
    </message>
    <message>
        <source>Certificate valid until: {value}</source>
        <translation>证书有效期至：{value}</translation>
    </message>
    <message>
        <source>Proxy settings file (PAC): {value}</source>
        <translation>代理设置文件（PAC）：{value}</translation>
    </message>
    <message>
        <source>What happened: {text}</source>
        <translation>发生了什么：{text}</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>Suggested: {action}</source>
        <translation>建议：{action}</translation>
    </message>
    <message>
        <source>{problem} Trying again in {seconds} s (attempt {attempt} of {total})…</source>
        <translation>{problem} {seconds} 秒后重试（第 {attempt} 次，共 {total} 次）…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>存在惩罚</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>频率惩罚</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>最大长度</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>停止序列</translation>
    </message>
    <message>
        <source>User identifier</source>
        <translation>用户标识</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>流式输出</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Tool choice</source>
        <translation>工具选择</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>网关地址</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>代理地址</translation>
    </message>
    <message>
        <source>Automatic proxy settings (PAC) address</source>
        <translation>自动代理设置（PAC）地址</translation>
    </message>
    <message>
        <source>Extra certificates file</source>
        <translation>附加证书文件</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Temperature must be between {low} and {high}.</source>
        <translation>温度必须介于 {low} 和 {high} 之间。</translation>
    </message>
    <message>
        <source>Top P must be between {low} and {high}.</source>
        <translation>Top P 必须介于 {low} 和 {high} 之间。</translation>
    </message>
    <message>
        <source>Presence penalty must be between {low} and {high}.</source>
        <translation>存在惩罚必须介于 {low} 和 {high} 之间。</translation>
    </message>
    <message>
        <source>Frequency penalty must be between {low} and {high}.</source>
        <translation>频率惩罚必须介于 {low} 和 {high} 之间。</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}.</source>
        <translation>“{field}”必须介于 {low} 和 {high} 之间。</translation>
    </message>
    <message>
        <source>Please choose a model.</source>
        <translation>请选择一个模型。</translation>
    </message>
    <message>
        <source>There is no message to send.</source>
        <translation>没有要发送的消息。</translation>
    </message>
    <message>
        <source>Message {number} must come from the system, the user or the assistant.</source>
        <translation>第 {number} 条消息必须来自系统、用户或助手。</translation>
    </message>
    <message>
        <source>Message {number} has no text.</source>
        <translation>第 {number} 条消息没有文字。</translation>
    </message>
    <message>
        <source>A picture in message {number} could not be read, so nothing was sent.</source>
        <translation>第 {number} 条消息中的一张图片无法读取，因此未发送任何内容。</translation>
    </message>
    <message>
        <source>Message {number} is a tool&apos;s result that names no tool call, so nothing was sent.</source>
        <translation>第 {number} 条消息是工具结果，但没有指明对应的工具调用，因此未发送任何内容。</translation>
    </message>
    <message>
        <source>A tool call in message {number} has no id or name, so nothing was sent.</source>
        <translation>第 {number} 条消息中的一个工具调用没有 ID 或名称，因此未发送任何内容。</translation>
    </message>
    <message>
        <source>Tool {number} has a name the gateway can&apos;t take; check the tool server&apos;s settings.</source>
        <translation>工具 {number} 的名称网关无法接受；请检查该工具服务器的设置。</translation>
    </message>
    <message>
        <source>Tool {number} describes its inputs in a way the gateway can&apos;t take; check the tool server.</source>
        <translation>工具 {number} 描述其输入的方式网关无法接受；请检查该工具服务器。</translation>
    </message>
    <message>
        <source>Tool choice must be automatic, none or required.</source>
        <translation>工具选择必须是自动、无或必需。</translation>
    </message>
    <message>
        <source>Maximum length must be a whole number of at least {low} token.</source>
        <translation>最大长度必须是不小于 {low} 的整数（单位为 token）。</translation>
    </message>
    <message>
        <source>You can give at most {high} stop sequences.</source>
        <translation>最多只能设置 {high} 个停止序列。</translation>
    </message>
    <message>
        <source>A stop sequence can&apos;t be empty.</source>
        <translation>停止序列不能为空。</translation>
    </message>
    <message>
        <source>The user identifier must be text.</source>
        <translation>用户标识必须是文本。</translation>
    </message>
    <message>
        <source>Streaming must be switched on or off.</source>
        <translation>流式输出必须设为开启或关闭。</translation>
    </message>
    <message>
        <source>Please enter the gateway address.</source>
        <translation>请输入网关地址。</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a web address.</source>
        <translation>这看起来不像网址。</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://).</source>
        <translation>地址必须以 https://（或 http://）开头。</translation>
    </message>
    <message>
        <source>Please leave the user name and password out of the address.</source>
        <translation>请不要在地址中包含用户名和密码。</translation>
    </message>
    <message>
        <source>The proxy address {value!r} isn&apos;t usable. Use a form like http://proxy.example.com:3128 (or leave it empty to use the system&apos;s).</source>
        <translation>代理地址 {value!r} 无法使用。请使用类似 http://proxy.example.com:3128 的格式（或留空以使用系统代理）。</translation>
    </message>
    <message>
        <source>The certificates file {value} doesn&apos;t exist, so nothing was sent. Choose it again in Settings → Certificates, or remove it.</source>
        <translation>证书文件 {value} 不存在，因此未发送任何内容。请在“设置 → 证书”中重新选择该文件，或将其移除。</translation>
    </message>
    <message>
        <source>The certificates file {value} could not be read, so nothing was sent. Choose it again in Settings → Certificates, or remove it.</source>
        <translation>无法读取证书文件 {value}，因此未发送任何内容。请在“设置 → 证书”中重新选择该文件，或将其移除。</translation>
    </message>
    <message>
        <source>The file {value} holds no certificate this app can read (a PEM file, text starting with “-----BEGIN CERTIFICATE-----”, is needed), so nothing was sent. Ask IT for the certificate as a PEM file.</source>
        <translation>文件 {value} 中没有本应用能够读取的证书（需要 PEM 文件，即以“-----BEGIN CERTIFICATE-----”开头的文本），因此未发送任何内容。请向 IT 部门索取 PEM 文件格式的证书。</translation>
    </message>
    <message>
        <source>The API key contains spaces or characters that can&apos;t be part of a key. Please paste it again.</source>
        <translation>API 密钥包含空格或不可能出现在密钥中的字符。请重新粘贴。</translation>
    </message>
    <message>
        <source>Please check {field}.</source>
        <translation>请检查“{field}”。</translation>
    </message>
    <message>
        <source>Added &apos;{scheme}://&apos; to the address.</source>
        <translation>已在地址前添加“{scheme}://”。</translation>
    </message>
    <message>
        <source>Removed the part after &apos;?&apos; or &apos;#&apos;.</source>
        <translation>已删除“?”或“#”之后的部分。</translation>
    </message>
    <message>
        <source>Removed &apos;{suffix}&apos; from the address.</source>
        <translation>已从地址中删除“{suffix}”。</translation>
    </message>
    <message>
        <source>Added &apos;/v1&apos; to the address.</source>
        <translation>已在地址后添加“/v1”。</translation>
    </message>
</context>
<context>
    <name>HistoryTrouble</name>
    <message>
        <source>Desktop Chat</source>
        <translation>Desktop Chat</translation>
    </message>
    <message>
        <source>Start a new history</source>
        <translation>新建历史记录</translation>
    </message>
    <message>
        <source>&quot;Start a new history&quot; keeps the damaged file beside the new one, unchanged, so nothing is lost.</source>
        <translation>“新建历史记录”会将损坏的文件原样保留在新文件旁边，不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image viewer</source>
        <translation>图片查看器</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>缩放图片以适合窗口</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Show the image at its actual size</source>
        <translation>按实际大小显示图片</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <source>Save the image to a file</source>
        <translation>将图片保存为文件</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation>将图片复制到剪贴板</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the image viewer</source>
        <translation>关闭图片查看器</translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <source>Paste your API key first.</source>
        <translation>请先粘贴你的 API 密钥。</translation>
    </message>
    <message>
        <source>The key contains spaces or unusual characters. Copy it again from where you got it.</source>
        <translation>密钥包含空格或异常字符。请从获取它的地方重新复制。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>粘贴你的 API 密钥</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>隐藏密钥</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>显示密钥</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Your key could not be read from or saved to this computer&apos;s password store.</source>
        <translation>无法从这台电脑的密码库中读取你的密钥，或无法将其保存到密码库。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>This computer has no password store, so your key can be kept only until you close the app.</source>
        <translation>这台电脑没有密码库，因此你的密钥只能保留到你关闭应用为止。</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>仅在本次运行期间保留</translation>
    </message>
    <message>
        <source>Your password store is locked, so Desktop Chat can&apos;t read or save your key.</source>
        <translation>你的密码库已锁定，因此 Desktop Chat 无法读取或保存你的密钥。</translation>
    </message>
    <message>
        <source>Unlock it and try again, or keep the key for this session only</source>
        <translation>请解锁后重试，或仅在本次运行期间保留密钥</translation>
    </message>
    <message>
        <source>Your password store didn&apos;t answer in time (it may be waiting for you to unlock it).</source>
        <translation>你的密码库没有及时响应（可能正在等待你解锁）。</translation>
    </message>
    <message>
        <source>Try again, or keep the key for this session only</source>
        <translation>请重试，或仅在本次运行期间保留密钥</translation>
    </message>
    <message>
        <source>Your key is set by the {variable} environment variable, so it can&apos;t be changed here.</source>
        <translation>你的密钥由 {variable} 环境变量设置，因此无法在此处更改。</translation>
    </message>
    <message>
        <source>Ask whoever set up this computer</source>
        <translation>请询问设置这台电脑的人员</translation>
    </message>
    <message>
        <source>The key is empty. Paste your API key.</source>
        <translation>密钥为空。请粘贴你的 API 密钥。</translation>
    </message>
    <message>
        <source>The key contains spaces or unusual characters. Copy it again from where you got it.</source>
        <translation>密钥包含空格或异常字符。请从获取它的地方重新复制。</translation>
    </message>
    <message>
        <source>The key saved in your password store is damaged. Enter your key again.</source>
        <translation>密码库中保存的密钥已损坏。请重新输入你的密钥。</translation>
    </message>
    <message>
        <source>Paste your key again</source>
        <translation>重新粘贴你的密钥</translation>
    </message>
    <message>
        <source>Your key comes from the {variable} environment variable and is not stored.</source>
        <translation>你的密钥来自 {variable} 环境变量，不会被保存。</translation>
    </message>
    <message>
        <source>Your key is kept only until you close the app.</source>
        <translation>你的密钥只会保留到你关闭应用为止。</translation>
    </message>
    <message>
        <source>Your key is kept in {store}, never in a file.</source>
        <translation>你的密钥保存在 {store} 中，绝不会写入文件。</translation>
    </message>
    <message>
        <source>No key is stored yet.</source>
        <translation>尚未保存密钥。</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Add a line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Add a line to {what}</source>
        <translation>向“{what}”添加一行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Keep this value secret, in the keyring</source>
        <translation>将此值作为机密保存在系统密码库中</translation>
    </message>
    <message>
        <source>A secret is kept in the system&apos;s keyring, not in mcp.json, and shown as ••••</source>
        <translation>机密值保存在系统密码库中，而不是 mcp.json 中，并显示为 ••••</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <source>{mask} (kept in the keyring; type to replace)</source>
        <translation>{mask}（保存在系统密码库中；输入新值即可替换）</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message numerus="yes">
        <source>The chat was too long for the model, so the %n oldest message(s) were left out and it was asked again.</source>
        <translation>
            <numerusform>对话对该模型来说太长，因此省略了最早的 %n 条消息并重新提问。</numerusform>
        </translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>The whole chat was copied as text.</source>
        <translation>已将整个对话复制为文本。</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <source>Delete the chat in the trash for good?</source>
        <translation>要永久删除回收站中的对话吗？</translation>
    </message>
    <message>
        <source>Delete the {count} chats in the trash for good?</source>
        <translation>要永久删除回收站中的 {count} 个对话吗？</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>This can&apos;t be undone. Chats in the trash are deleted by themselves after 30 days.</source>
        <translation>此操作无法撤消。回收站中的对话会在 30 天后自动删除。</translation>
    </message>
    <message>
        <source>1 chat deleted for good.</source>
        <translation>已永久删除 1 个对话。</translation>
    </message>
    <message>
        <source>{count} chats deleted for good.</source>
        <translation>已永久删除 {count} 个对话。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Summarise them</source>
        <translation>总结这些消息</translation>
    </message>
    <message>
        <source>Desktop Chat</source>
        <translation>Desktop Chat</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新对话(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>开始新对话</translation>
    </message>
    <message>
        <source>&amp;Export chat…</source>
        <translation>导出对话(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>导出所有对话(&amp;A)…</translation>
    </message>
    <message>
        <source>Save every chat into one JSON archive</source>
        <translation>将所有对话保存到一个 JSON 存档中</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the chat on screen as a PDF: code, formulas and pictures included</source>
        <translation>将屏幕上的对话保存为 PDF，包括其中的代码、公式和图片</translation>
    </message>
    <message>
        <source>&amp;Import archive or ChatGPT export…</source>
        <translation>导入存档或 ChatGPT 导出文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Backup history…</source>
        <translation>备份历史记录(&amp;B)…</translation>
    </message>
    <message>
        <source>Empty &amp;trash…</source>
        <translation>清空回收站(&amp;T)…</translation>
    </message>
    <message>
        <source>Delete the chats in the trash for good</source>
        <translation>永久删除回收站中的对话</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>搜索对话(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>重命名对话(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;top answer</source>
        <translation>停止回答(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Parameter sidebar</source>
        <translation>参数侧边栏(&amp;P)</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>显示或隐藏侧边栏</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Desktop Chat</source>
        <translation>关于 Desktop Chat(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic report</source>
        <translation>复制诊断报告(&amp;D)</translation>
    </message>
    <message>
        <source>Copy versions, settings, the connection test and the log, without any key, for IT</source>
        <translation>复制版本、设置、连接测试结果和日志（不含任何密钥），以便提供给 IT 部门</translation>
    </message>
    <message>
        <source>&amp;Copy whole chat as text</source>
        <translation>以文本形式复制整个对话(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Usage and costs…</source>
        <translation>用量和费用(&amp;U)…</translation>
    </message>
    <message>
        <source>Tokens and estimated costs per day, model and chat</source>
        <translation>按日期、模型和对话统计的 token 用量及估算费用</translation>
    </message>
    <message>
        <source>Focus the message box</source>
        <translation>转到消息框</translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation>下一个对话</translation>
    </message>
    <message>
        <source>Previous chat</source>
        <translation>上一个对话</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>侧边栏</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[图片：{alt}]</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Image “{alt}” from {host} — open</source>
        <translation>来自 {host} 的图片“{alt}” — 打开</translation>
    </message>
    <message>
        <source>Image from {host} — open</source>
        <translation>来自 {host} 的图片 — 打开</translation>
    </message>
    <message>
        <source>[image: {alt}] ({url})</source>
        <translation>[图片：{alt}]（{url}）</translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <source>You stopped this answer.</source>
        <translation>你停止了此回答。</translation>
    </message>
    <message>
        <source>The app closed before the answer finished.</source>
        <translation>应用在回答完成前关闭了。</translation>
    </message>
    <message>
        <source>Something went wrong inside the app.</source>
        <translation>应用内部出错。</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished. What arrived is kept.</source>
        <translation>回答在完成前中断了。已收到的内容会保留。</translation>
    </message>
    <message>
        <source>The answer was cut short by the length limit.</source>
        <translation>回答因达到长度上限而被截断。</translation>
    </message>
    <message>
        <source>The provider&apos;s content filter stopped this answer.</source>
        <translation>服务提供商的内容过滤器中止了此回答。</translation>
    </message>
    <message>
        <source>The answer could not be completed.</source>
        <translation>无法完成此回答。</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cut short (length limit)</source>
        <translation>已截断（长度上限）</translation>
    </message>
    <message>
        <source>stopped by content filter</source>
        <translation>被内容过滤器中止</translation>
    </message>
    <message>
        <source>tool call</source>
        <translation>工具调用</translation>
    </message>
    <message>
        <source>{prompt} prompt / {completion} completion tokens</source>
        <translation>输入 {prompt} / 输出 {completion} 个 token</translation>
    </message>
    <message>
        <source>≈ {cost} (estimate)</source>
        <translation>≈ {cost}（估算）</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>你的消息</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>The answer is being written</source>
        <translation>正在撰写回答</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理过程</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>显示推理过程</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning</source>
        <translation>显示或隐藏模型的推理过程</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>继续生成回答</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Retry the answer</source>
        <translation>重试此回答</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>显示详细信息</translation>
    </message>
    <message>
        <source>Show or hide what exactly went wrong</source>
        <translation>显示或隐藏具体出错原因</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <source>Copy the whole message</source>
        <translation>复制整条消息</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>重新生成回答</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit and resend message</source>
        <translation>编辑并重新发送消息</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>删除消息</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>更多操作</translation>
    </message>
    <message>
        <source>Version {index} of {count}</source>
        <translation>第 {index} 个版本，共 {count} 个</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>正在思考…</translation>
    </message>
    <message>
        <source>Answer from {model}</source>
        <translation>来自 {model} 的回答</translation>
    </message>
    <message>
        <source>Answer from the model</source>
        <translation>来自模型的回答</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>正在撰写</translation>
    </message>
    <message>
        <source>Copy request as curl</source>
        <translation>将请求复制为 curl 命令</translation>
    </message>
    <message>
        <source>Copy the request behind this answer as a curl command, for IT (the key is left out)</source>
        <translation>将生成此回答的请求复制为 curl 命令，以便提供给 IT 部门（不含密钥）</translation>
    </message>
    <message>
        <source>Copy request as curl, pictures shortened</source>
        <translation>将请求复制为 curl 命令（截短图片数据）</translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>隐藏推理过程</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>隐藏详细信息</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>编辑消息</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send edited message</source>
        <translation>发送编辑后的消息</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>Anthropic Claude</source>
        <translation>Anthropic Claude</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>DeepSeek</source>
        <translation>DeepSeek</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ModelFigures</name>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Learned from an error</source>
        <translation>从错误中获知</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>你的设置</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>“{text}” is not a number of tokens. Enter a whole number from 1 to {largest}, or empty the cell to use the other figures.</source>
        <translation>“{text}”不是有效的 token 数。请输入 1 到 {largest} 之间的整数，或清空单元格以使用其他来源的数值。</translation>
    </message>
    <message>
        <source>“{text}” is not a price. Enter US dollars per million tokens from 0 to {largest}, for example {example}, or empty the cell to use the other figures.</source>
        <translation>“{text}”不是有效的价格。请输入 0 到 {largest} 之间的每百万 token 美元价格（例如 {example}），或清空单元格以使用其他来源的数值。</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The model that answers. Pick one, or type a model id.</source>
        <translation>负责回答的模型。请选择一个，或输入模型 ID。</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>模型 ID</translation>
    </message>
    <message>
        <source>{vendor} (heading)</source>
        <translation>{vendor}（标题）</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Models and their figures</source>
        <translation>模型及其数值</translation>
    </message>
    <message>
        <source>Context window and longest answer in tokens, prices in US dollars per million tokens. Type a figure to use your own; empty the cell to use the others again.</source>
        <translation>上下文窗口和最长回答以 token 计，价格以每百万 token 的美元计。输入数值即可使用你自己的设置；清空单元格即可重新使用其他来源的数值。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>上下文窗口</translation>
    </message>
    <message>
        <source>Longest answer</source>
        <translation>最长回答</translation>
    </message>
    <message>
        <source>Input $/1M</source>
        <translation>输入 $/1M</translation>
    </message>
    <message>
        <source>Output $/1M</source>
        <translation>输出 $/1M</translation>
    </message>
    <message>
        <source>Sees images</source>
        <translation>可查看图片</translation>
    </message>
    <message>
        <source>Draws images</source>
        <translation>可生成图片</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>How many tokens the model can read at once: the chat and its answer</source>
        <translation>模型一次能读取的 token 数：包括对话及其回答</translation>
    </message>
    <message>
        <source>The longest answer the model can write, in tokens</source>
        <translation>模型能写出的最长回答，以 token 计</translation>
    </message>
    <message>
        <source>Estimated US dollars per million tokens sent to the model</source>
        <translation>发送给模型的每百万 token 的估算美元价格</translation>
    </message>
    <message>
        <source>Estimated US dollars per million tokens the model writes</source>
        <translation>模型生成的每百万 token 的估算美元价格</translation>
    </message>
    <message>
        <source>Pictures you attach are sent to this model</source>
        <translation>你附加的图片会发送给此模型</translation>
    </message>
    <message>
        <source>The model is asked for pictures too (image models such as Gemini 2.5 Flash Image)</source>
        <translation>同时请求模型生成图片（适用于 Gemini 2.5 Flash Image 等图像模型）</translation>
    </message>
    <message>
        <source>Where the figures in force come from</source>
        <translation>当前生效数值的来源</translation>
    </message>
    <message>
        <source>&amp;Reset selected</source>
        <translation>重置所选项(&amp;R)</translation>
    </message>
    <message>
        <source>Reset the selected models&apos; figures</source>
        <translation>重置所选模型的数值</translation>
    </message>
    <message>
        <source>Drop your own figures for the selected models</source>
        <translation>撤消你为所选模型设置的数值</translation>
    </message>
    <message>
        <source>Model to add</source>
        <translation>要添加的模型</translation>
    </message>
    <message>
        <source>Another model&apos;s name, as the gateway spells it</source>
        <translation>其他模型的名称，须与网关中的写法一致</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add this model to the table</source>
        <translation>将此模型添加到表格中</translation>
    </message>
    <message>
        <source>Prices are estimates from the providers&apos; public list prices; your gateway may charge differently.</source>
        <translation>价格是根据各服务提供商公开的标价估算的；你的网关的实际收费可能有所不同。</translation>
    </message>
    <message>
        <source>An answer can&apos;t be longer than the context window ({window} tokens).</source>
        <translation>回答的长度不能超过上下文窗口（{window} 个 token）。</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>Not known: type a figure</source>
        <translation>未知：请输入数值</translation>
    </message>
    <message>
        <source>Your setting</source>
        <translation>你的设置</translation>
    </message>
    <message>
        <source>What is known of this model</source>
        <translation>此模型的已知信息</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Connected. This gateway doesn&apos;t list its models, so the standard list is shown.</source>
        <translation>已连接。此网关不提供模型列表，因此显示标准列表。</translation>
    </message>
    <message>
        <source>Showing the models saved earlier. {reason}</source>
        <translation>显示之前保存的模型。{reason}</translation>
    </message>
    <message>
        <source>Showing the models saved on {when}. {reason}</source>
        <translation>显示 {when} 保存的模型。{reason}</translation>
    </message>
    <message>
        <source>Showing the standard model list. {reason}</source>
        <translation>显示标准模型列表。{reason}</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Model that writes summaries</source>
        <translation>生成摘要的模型</translation>
    </message>
    <message>
        <source>When a chat is too long for its model, this model summarises the earlier messages</source>
        <translation>当对话对其模型来说过长时，由此模型总结之前的消息</translation>
    </message>
    <message>
        <source>The chat&apos;s own model</source>
        <translation>对话本身使用的模型</translation>
    </message>
    <message>
        <source>&amp;Name new chats automatically</source>
        <translation>自动为新对话命名(&amp;N)</translation>
    </message>
    <message>
        <source>Name new chats automatically</source>
        <translation>自动为新对话命名</translation>
    </message>
    <message>
        <source>After the first answer, a small model suggests a name for the chat</source>
        <translation>在第一次回答后，由一个小模型为对话建议名称</translation>
    </message>
    <message>
        <source>Chat &amp;names are written by</source>
        <translation>对话名称生成模型(&amp;N)</translation>
    </message>
    <message>
        <source>Model that names new chats</source>
        <translation>为新对话命名的模型</translation>
    </message>
    <message>
        <source>Context windows and prices</source>
        <translation>上下文窗口和价格</translation>
    </message>
    <message>
        <source>Summaries and chat names</source>
        <translation>摘要和对话名称</translation>
    </message>
    <message>
        <source>&amp;Summaries are written by</source>
        <translation>摘要生成模型(&amp;S)</translation>
    </message>
</context>
<context>
    <name>NumberParam</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Reset {parameter}</source>
        <translation>重置“{parameter}”</translation>
    </message>
    <message>
        <source>Don&apos;t send this parameter (use the gateway&apos;s default)</source>
        <translation>不发送此参数（使用网关的默认值）</translation>
    </message>
    <message>
        <source>{parameter} slider</source>
        <translation>“{parameter}”滑块</translation>
    </message>
</context>
<context>
    <name>ParameterSidebar</name>
    <message>
        <source>Precise</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>Temperature 0.2: more deterministic and consistent (good for code generation, data extraction).</source>
        <translation>温度 0.2：更确定、更一致（适合生成代码、提取数据）。</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>平衡</translation>
    </message>
    <message>
        <source>Temperature 0.7: balanced creativity and consistency (good for daily conversations).</source>
        <translation>温度 0.7：兼顾创造性和一致性（适合日常对话）。</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>创意</translation>
    </message>
    <message>
        <source>Temperature 1.0: more creative and diverse (good for creative writing).</source>
        <translation>温度 1.0：更有创意、更多样（适合创意写作）。</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>简短</translation>
    </message>
    <message>
        <source>Up to 300 tokens: short responses.</source>
        <translation>最多 300 个 token：简短回答。</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>适中</translation>
    </message>
    <message>
        <source>Up to 1,000 tokens: medium responses.</source>
        <translation>最多 1,000 个 token：中等长度的回答。</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>详细</translation>
    </message>
    <message>
        <source>Up to 3,000 tokens: detailed responses.</source>
        <translation>最多 3,000 个 token：详细回答。</translation>
    </message>
    <message>
        <source>Usually adjust either temperature or top_p, not both.</source>
        <translation>通常只调整温度或 top_p 其中之一，不要同时调整。</translation>
    </message>
    <message>
        <source>How random the answer is, from 0 to 2 (the gateway&apos;s default is 1.0).
• 0.0–0.3: more deterministic and consistent (good for code generation, data extraction)
• 0.4–0.7: balanced creativity and consistency (good for daily conversations)
• 0.8–1.0: more creative and diverse (good for creative writing)
• 1.0–2.0: highly random and creative (good for brainstorming)</source>
        <translation>回答的随机程度，范围为 0 到 2（网关默认值为 1.0）。
• 0.0–0.3：更确定、更一致（适合生成代码、提取数据）
• 0.4–0.7：兼顾创造性和一致性（适合日常对话）
• 0.8–1.0：更有创意、更多样（适合创意写作）
• 1.0–2.0：高度随机、极具创意（适合头脑风暴）</translation>
    </message>
    <message>
        <source>Nucleus sampling, from 0 to 1 (default 1.0).
• 0.1: only consider the top 10% most likely words
• 0.5: consider words with cumulative probability up to 50%
• 1.0: consider all possible words (default)
Usually adjust either temperature or top_p, not both.</source>
        <translation>核采样，范围为 0 到 1（默认值为 1.0）。
• 0.1：只考虑可能性最高的前 10% 的词
• 0.5：考虑累积概率达到 50% 的词
• 1.0：考虑所有可能的词（默认）
通常只调整温度或 top_p 其中之一，不要同时调整。</translation>
    </message>
    <message>
        <source>The longest answer allowed, in tokens (a token is about ¾ of a word).
• Short responses: 100–300 tokens
• Medium responses: 500–1000 tokens
• Detailed responses: 1500–3000 tokens</source>
        <translation>允许的最长回答，以 token 计（1 个 token 约相当于 ¾ 个英文单词）。
• 简短回答：100–300 个 token
• 中等回答：500–1000 个 token
• 详细回答：1500–3000 个 token</translation>
    </message>
    <message>
        <source>From −2 to 2 (default 0). Higher values nudge the model to bring up new topics instead of staying on the ones already mentioned.</source>
        <translation>范围为 −2 到 2（默认值为 0）。值越高，模型越倾向于提出新话题，而不是停留在已提及的话题上。</translation>
    </message>
    <message>
        <source>From −2 to 2 (default 0). Higher values make the model repeat the same words and phrases less often.</source>
        <translation>范围为 −2 到 2（默认值为 0）。值越高，模型重复相同字词和短语的频率越低。</translation>
    </message>
    <message>
        <source>Up to {count} pieces of text at which the model stops writing. Separate them with commas; write \n for a new line and \, for a comma.</source>
        <translation>最多 {count} 段文本，模型写到其中任意一段时即停止。用英文逗号分隔；换行请写 \n，逗号本身请写 \,。</translation>
    </message>
    <message>
        <source>Chat settings</source>
        <translation>对话设置</translation>
    </message>
    <message>
        <source>Tip: {note}</source>
        <translation>提示：{note}</translation>
    </message>
    <message>
        <source>Use as default for new chats</source>
        <translation>设为新对话的默认设置</translation>
    </message>
    <message>
        <source>New chats will start with this model, these settings and this system prompt</source>
        <translation>新对话将使用此模型、这些设置和此系统提示词</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>刷新模型</translation>
    </message>
    <message>
        <source>Refresh models — ask the gateway for its list again</source>
        <translation>刷新模型 — 重新向网关获取模型列表</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>System prompt presets</source>
        <translation>系统提示词预设</translation>
    </message>
    <message>
        <source>Fill in a saved system prompt</source>
        <translation>填入已保存的系统提示词</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>How should the model behave? For example: “Answer in plain English, briefly.”</source>
        <translation>模型应该如何表现？例如：“请用通俗易懂的中文简要回答。”</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt</source>
        <translation>系统提示词(&amp;Y)</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>另存为预设…</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>另存为预设</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>预设名称</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel saving preset</source>
        <translation>取消保存预设</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>高级设置</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>存在惩罚</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>频率惩罚</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>停止序列</translation>
    </message>
    <message>
        <source>Clear stop sequences</source>
        <translation>清除停止序列</translation>
    </message>
    <message>
        <source>Send the last N turns only</source>
        <translation>仅发送最近 N 轮</translation>
    </message>
    <message>
        <source>A turn is one of your messages with its answer. When set, only the newest turns are sent to the model (with the system prompt and any summary), even if more would fit. Not set: as many as fit the model&apos;s context window.</source>
        <translation>一轮是指你的一条消息及其回答。设置后，即使能容纳更多内容，也只会将最近的几轮（连同系统提示词和摘要）发送给模型。未设置时：发送模型上下文窗口所能容纳的全部轮次。</translation>
    </message>
    <message>
        <source>from cache (offline)</source>
        <translation>来自缓存（离线）</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>预设…</translation>
    </message>
    <message>
        <source>Only the first {count} are sent.</source>
        <translation>只会发送前 {count} 个。</translation>
    </message>
    <message>
        <source>{model} (not in the list)</source>
        <translation>{model}（不在列表中）</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>PolicyWords</name>
    <message>
        <source>Set by your organisation</source>
        <translation>由你所在的组织设置</translation>
    </message>
    <message>
        <source>Managed by your organisation (policy: {path})</source>
        <translation>由你所在的组织管理（策略：{path}）</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>由你所在的组织管理</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Helpful assistant</source>
        <translation>得力助手</translation>
    </message>
    <message>
        <source>You are a helpful assistant. Answer clearly and plainly.</source>
        <translation>你是一位乐于助人的助手。请清楚、平实地回答。</translation>
    </message>
    <message>
        <source>Short answers</source>
        <translation>简短回答</translation>
    </message>
    <message>
        <source>Answer briefly. Use bullet points when they help; skip introductions.</source>
        <translation>请简短回答。适合时使用项目符号列表；不要写开场白。</translation>
    </message>
    <message>
        <source>Proofreader</source>
        <translation>校对</translation>
    </message>
    <message>
        <source>Correct the spelling, grammar and punctuation of the text I send. Keep my wording and tone, then list the main changes.</source>
        <translation>请纠正我发送的文字中的错别字、语法和标点错误。保留我的措辞和语气，然后列出主要改动。</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Translate the text I send. If I don&apos;t name a language, translate it into English; keep the formatting.</source>
        <translation>请翻译我发送的文字。如果我没有指定语言，就翻译成简体中文（原文已是中文时则翻译成英文）；保留原有格式。</translation>
    </message>
    <message>
        <source>Email helper</source>
        <translation>邮件助手</translation>
    </message>
    <message>
        <source>Help me write clear, polite work emails. Ask for missing details before drafting.</source>
        <translation>帮我撰写清晰、礼貌的工作邮件。如有缺少的细节，请在起草前先问我。</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>未命名对话</translation>
    </message>
    <message>
        <source>{speaker} · {when}</source>
        <translation>{speaker} · {when}</translation>
    </message>
    <message>
        <source>{page} / {pages}</source>
        <translation>{page} / {pages}</translation>
    </message>
    <message>
        <source>Attached file: {name} ({size})</source>
        <translation>附件：{name}（{size}）</translation>
    </message>
    <message>
        <source>Picture not available: {name}</source>
        <translation>图片无法显示：{name}</translation>
    </message>
    <message>
        <source>Open a chat with messages to print it.</source>
        <translation>请先打开一个包含消息的对话，再进行打印。</translation>
    </message>
    <message>
        <source>This chat has no messages yet, so there is nothing to print.</source>
        <translation>此对话还没有消息，因此没有可打印的内容。</translation>
    </message>
    <message>
        <source>Wait for the printing under way to finish, or cancel it.</source>
        <translation>请等待正在进行的打印完成，或将其取消。</translation>
    </message>
    <message>
        <source>Preparing… {done} of {total} messages</source>
        <translation>正在准备… 第 {done} 条，共 {total} 条消息</translation>
    </message>
    <message>
        <source>Arranging the pages…</source>
        <translation>正在排版页面…</translation>
    </message>
    <message>
        <source>Printing page {done} of {total}…</source>
        <translation>正在打印第 {done} 页，共 {total} 页…</translation>
    </message>
    <message>
        <source>Printing the chat</source>
        <translation>正在打印对话</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Desktop Chat</source>
        <translation>Desktop Chat</translation>
    </message>
    <message>
        <source>Printing cancelled. Nothing was sent to the printer.</source>
        <translation>打印已取消。未向打印机发送任何内容。</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>导出已取消。未写入任何文件。</translation>
    </message>
    <message>
        <source>Sent 1 page to the printer.</source>
        <translation>已将 1 页发送到打印机。</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation>已将 {pages} 页发送到打印机。</translation>
    </message>
    <message>
        <source>Saved 1 page as {path}</source>
        <translation>已将 1 页保存为 {path}</translation>
    </message>
    <message>
        <source>Saved {pages} pages as {path}</source>
        <translation>已将 {pages} 页保存为 {path}</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>无法启动打印机。请检查打印机是否已开启，然后重试。</translation>
    </message>
    <message>
        <source>{name} could not be written. Choose another folder and try again.</source>
        <translation>无法写入 {name}。请选择其他文件夹，然后重试。</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>对话</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Open settings</source>
        <translation>打开设置</translation>
    </message>
</context>
<context>
    <name>ProseView</name>
    <message>
        <source>Message text</source>
        <translation>消息文本</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>System settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>此代理：</translation>
    </message>
    <message>
        <source>Automatic (PAC):</source>
        <translation>自动（PAC）：</translation>
    </message>
    <message>
        <source>How to reach the gateway</source>
        <translation>连接网关的方式</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>http://proxy.example.com:8080</source>
        <translation>http://proxy.example.com:8080</translation>
    </message>
    <message>
        <source>For example http://proxy.example.com:8080 (http://user:password@… if it asks for a password)</source>
        <translation>例如 http://proxy.example.com:8080（如果需要密码，则为 http://user:password@…）</translation>
    </message>
    <message>
        <source>Automatic proxy settings (PAC) address</source>
        <translation>自动代理设置（PAC）地址</translation>
    </message>
    <message>
        <source>http://wpad.example.com/proxy.pac</source>
        <translation>http://wpad.example.com/proxy.pac</translation>
    </message>
    <message>
        <source>The address of the proxy auto-configuration file IT gave you</source>
        <translation>IT 部门提供给你的代理自动配置文件的地址</translation>
    </message>
    <message>
        <source>In use now: {proxy}</source>
        <translation>当前使用：{proxy}</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>There is nothing to send.</source>
        <translation>没有可发送的内容。</translation>
    </message>
    <message>
        <source>Wait for the answer to finish, or stop it first.</source>
        <translation>请等待回答完成，或先停止回答。</translation>
    </message>
    <message>
        <source>Add your API key to start chatting.</source>
        <translation>添加你的 API 密钥即可开始对话。</translation>
    </message>
    <message>
        <source>This chat no longer exists.</source>
        <translation>此对话已不存在。</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>此消息已不存在。</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>只能编辑你自己的消息。</translation>
    </message>
    <message>
        <source>Only an answer can be regenerated.</source>
        <translation>只能重新生成回答。</translation>
    </message>
    <message>
        <source>Only an answer can be continued.</source>
        <translation>只能继续生成回答。</translation>
    </message>
    <message>
        <source>This answer is already complete.</source>
        <translation>此回答已经完整。</translation>
    </message>
    <message>
        <source>This message can&apos;t be sent again.</source>
        <translation>无法再次发送此消息。</translation>
    </message>
    <message>
        <source>This message alone is longer than the model can read. Shorten it, or choose a model with a larger context window in the sidebar. Your text is still in the message box.</source>
        <translation>仅这一条消息就超出了模型能读取的长度。请缩短消息，或在侧边栏中选择上下文窗口更大的模型。你的文字仍在消息框中。</translation>
    </message>
    <message>
        <source>This model can&apos;t see images. Choose a model that can (Claude or Gemini) in the sidebar, or remove the images. Your message and files are still in the message box.</source>
        <translation>此模型无法查看图片。请在侧边栏中选择能够查看图片的模型（Claude 或 Gemini），或移除图片。你的消息和文件仍在消息框中。</translation>
    </message>
    <message>
        <source>A file is still being read. Wait a moment, or remove it, then send.</source>
        <translation>仍有文件正在读取。请稍候，或将其移除，然后再发送。</translation>
    </message>
    <message>
        <source>The model kept calling tools, so the app stopped it. Ask it to go on if you want more.</source>
        <translation>模型不断调用工具，因此应用已将其停止。如需继续，请让它接着做。</translation>
    </message>
    <message>
        <source>Every earlier message is already sent to the model: there is nothing to summarise.</source>
        <translation>之前的所有消息都已发送给模型：没有需要总结的内容。</translation>
    </message>
    <message>
        <source>Your organisation does not allow this. Ask your IT department if you need it.</source>
        <translation>你所在的组织不允许此操作。如有需要，请咨询你的 IT 部门。</translation>
    </message>
</context>
<context>
    <name>SegmentedControl</name>
    <message>
        <source>{group}: {choice}</source>
        <translation>{group}：{choice}</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <source>For example: time</source>
        <translation>例如：time</translation>
    </message>
    <message>
        <source>Kind of server</source>
        <translation>服务器类型</translation>
    </message>
    <message>
        <source>A program on this computer (stdio)</source>
        <translation>这台电脑上的程序 (stdio)</translation>
    </message>
    <message>
        <source>A server on the network (HTTP)</source>
        <translation>网络上的服务器 (HTTP)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>For example: uvx</source>
        <translation>例如：uvx</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>One argument per line, without quotes</source>
        <translation>每行一个参数，不加引号</translation>
    </message>
    <message>
        <source>One argument per line, taken exactly as written: no quotes are needed, and nothing is interpreted by a shell.</source>
        <translation>每行一个参数，按原样使用：无需加引号，也不会经过 shell 解释。</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>For example: https://tools.example.com/mcp</source>
        <translation>例如：https://tools.example.com/mcp</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>请求头名称</translation>
    </message>
    <message>
        <source>Tools allowed without asking</source>
        <translation>无需询问即可使用的工具</translation>
    </message>
    <message>
        <source>One tool name per line</source>
        <translation>每行一个工具名称</translation>
    </message>
    <message>
        <source>These tools of this server run without asking you first. Everything else asks.</source>
        <translation>此服务器的这些工具无需先询问你即可运行。其他工具都会先询问。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Done editing the server</source>
        <translation>完成服务器编辑</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel editing the server</source>
        <translation>取消编辑服务器</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Command</source>
        <translation>命令(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>参数(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>环境变量(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>请求头(&amp;H)</translation>
    </message>
    <message>
        <source>Allowed without asking</source>
        <translation>无需询问即可使用</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>编辑服务器</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>新服务器</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>请为服务器命名。</translation>
    </message>
    <message>
        <source>The name is too long: at most {count} characters.</source>
        <translation>名称太长：最多 {count} 个字符。</translation>
    </message>
    <message>
        <source>There is already a server called “{name}”.</source>
        <translation>已有名为“{name}”的服务器。</translation>
    </message>
    <message>
        <source>Say which program to start (the command).</source>
        <translation>请指定要启动的程序（命令）。</translation>
    </message>
    <message>
        <source>“{name}” cannot be the name of an environment variable: use letters, digits and _, not starting with a digit.</source>
        <translation>“{name}”不能用作环境变量名称：只能使用字母、数字和 _，且不能以数字开头。</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://, like https://tools.example.com/mcp.</source>
        <translation>地址必须以 http:// 或 https:// 开头，例如 https://tools.example.com/mcp。</translation>
    </message>
    <message>
        <source>“{name}” cannot be the name of a header: use letters, digits and -.</source>
        <translation>“{name}”不能用作请求头名称：只能使用字母、数字和 -。</translation>
    </message>
    <message>
        <source>“{name}” is there twice.</source>
        <translation>“{name}”出现了两次。</translation>
    </message>
    <message>
        <source>Type a value for “{name}”.</source>
        <translation>请为“{name}”输入一个值。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Your settings file was damaged, so Desktop Chat started with its default settings. The damaged file was kept as {name}.</source>
        <translation>你的设置文件已损坏，因此 Desktop Chat 以默认设置启动。损坏的文件已保留为 {name}。</translation>
    </message>
    <message>
        <source>no proxy (direct connection)</source>
        <translation>不使用代理（直接连接）</translation>
    </message>
    <message>
        <source>no proxy (direct connection) ({variable} covers {host})</source>
        <translation>不使用代理（直接连接）（{variable} 涵盖 {host}）</translation>
    </message>
    <message>
        <source>{url} (from settings)</source>
        <translation>{url}（来自设置）</translation>
    </message>
    <message>
        <source>the proxy that the automatic settings at {url} choose for each address</source>
        <translation>由 {url} 处的自动设置为每个地址选择的代理</translation>
    </message>
    <message>
        <source>{url} (from the system&apos;s settings)</source>
        <translation>{url}（来自系统设置）</translation>
    </message>
    <message>
        <source>{url} (from {variable})</source>
        <translation>{url}（来自 {variable}）</translation>
    </message>
    <message>
        <source>from {variable}</source>
        <translation>来自 {variable}</translation>
    </message>
    <message>
        <source>offline demo (no key)</source>
        <translation>离线演示（无密钥）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Current key: {hint}</source>
        <translation>当前密钥：{hint}</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <source>Replace key</source>
        <translation>替换密钥</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Check the key and address with the gateway</source>
        <translation>向网关验证密钥和地址</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>新的 API 密钥</translation>
    </message>
    <message>
        <source>Kept in {location}, never in a file.</source>
        <translation>保存位置：{location}，绝不会写入文件。</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>网关地址</translation>
    </message>
    <message>
        <source>In use now: {address} (set by {variable} for this run). The address above is saved for when that variable is gone.</source>
        <translation>当前使用：{address}（本次运行由 {variable} 设置）。上面的地址会保存下来，供该变量不存在时使用。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Gateway &amp;address</source>
        <translation>网关地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Proxy</source>
        <translation>代理(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>证书(&amp;C)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the app&apos;s words. It changes at once.</source>
        <translation>应用界面使用的语言。更改后立即生效。</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>文字大小(&amp;S)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>Tool calls in a row</source>
        <translation>连续工具调用次数</translation>
    </message>
    <message>
        <source>After this many rounds of tool calls in one answer, the app stops asking the model again</source>
        <translation>在一次回答中，工具调用达到这么多轮后，应用将不再继续询问模型</translation>
    </message>
    <message>
        <source>Time limit of one tool call</source>
        <translation>单次工具调用的时间限制</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Tool calls in a &amp;row, at most</source>
        <translation>最多连续调用工具次数(&amp;R)</translation>
    </message>
    <message>
        <source>Time &amp;limit of one call</source>
        <translation>单次调用的时间限制(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>保留原密钥</translation>
    </message>
    <message>
        <source>Keep current key</source>
        <translation>保留当前密钥</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>在消息中换行</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Focus the message box</source>
        <translation>转到消息框</translation>
    </message>
    <message>
        <source>Previous chat</source>
        <translation>上一个对话</translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation>下一个对话</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <source>Delete chat (with undo)</source>
        <translation>删除对话（可撤消）</translation>
    </message>
    <message>
        <source>Undo delete, while the notice shows</source>
        <translation>撤消删除（在通知显示期间）</translation>
    </message>
    <message>
        <source>Copy the selection</source>
        <translation>复制所选内容</translation>
    </message>
    <message>
        <source>Export the chat</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <source>Print the chat</source>
        <translation>打印对话</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>显示或隐藏侧边栏</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Right-click a chat in the list for Rename, Pin, Archive, Export and Delete.</source>
        <translation>在列表中右键单击对话，即可重命名、置顶、归档、导出或删除。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Saved as the default for new chats.</source>
        <translation>已保存为新对话的默认设置。</translation>
    </message>
</context>
<context>
    <name>StartupNotices</name>
    <message>
        <source>it cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>an unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>a value of the wrong type</source>
        <translation>类型错误的值</translation>
    </message>
    <message>
        <source>a value that can&apos;t be used</source>
        <translation>无法使用的值</translation>
    </message>
    <message>
        <source>a rule listed in defaults_only</source>
        <translation>列在 defaults_only 中的规则</translation>
    </message>
    <message>
        <source>a default model that is not among the allowed models</source>
        <translation>不在允许模型之列的默认模型</translation>
    </message>
    <message>
        <source>{what} at “{key}” in {source}</source>
        <translation>{source} 中的“{key}”处有{what}</translation>
    </message>
    <message>
        <source>{what}: {source}</source>
        <translation>{what}：{source}</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy has a mistake, so Desktop Chat uses the last policy that worked. Please tell your IT department.</source>
        <translation>你所在组织的策略有误，因此 Desktop Chat 使用上一次有效的策略。请告知你的 IT 部门。</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy has a mistake, so Desktop Chat started with its own defaults. Please tell your IT department.</source>
        <translation>你所在组织的策略有误，因此 Desktop Chat 以自身的默认设置启动。请告知你的 IT 部门。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Not connected yet</source>
        <translation>尚未连接</translation>
    </message>
    <message>
        <source>The gateway has not been contacted yet.</source>
        <translation>尚未联系网关。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Checking the gateway.</source>
        <translation>正在检查网关。</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>The gateway answered.</source>
        <translation>网关已响应。</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Can&apos;t reach the gateway. Your history, search and settings still work.</source>
        <translation>无法连接到网关。你的历史记录、搜索和设置仍可正常使用。</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>离线演示</translation>
    </message>
    <message>
        <source>Talking to the built-in demo gateway; no key is used.</source>
        <translation>正在与内置的演示网关通信；不使用密钥。</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>没有 API 密钥</translation>
    </message>
    <message>
        <source>Add your key in Settings (Ctrl+,).</source>
        <translation>请在“设置”中添加你的密钥（Ctrl+,）。</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Answer tokens</source>
        <translation>回答 token 数</translation>
    </message>
    <message>
        <source>Conversation usage</source>
        <translation>对话用量</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>正在等待回答…</translation>
    </message>
    <message>
        <source>Answering… {approx}{tokens} tokens</source>
        <translation>正在回答… {approx}{tokens} 个 token</translation>
    </message>
    <message>
        <source>Last answer: {approx}{tokens} tokens</source>
        <translation>上次回答：{approx}{tokens} 个 token</translation>
    </message>
    <message>
        <source>This chat: {tokens} tokens</source>
        <translation>此对话：{tokens} 个 token</translation>
    </message>
    <message>
        <source>Tokens of every answer, summary and title of this chat.</source>
        <translation>此对话中所有回答、摘要和标题的 token 数。</translation>
    </message>
    <message>
        <source>This chat: {tokens} tokens · ≈ {cost}</source>
        <translation>此对话：{tokens} 个 token · ≈ {cost}</translation>
    </message>
    <message>
        <source>Tokens of every answer, summary and title of this chat. The cost is an estimate from list prices (Settings → Models); your gateway may charge differently.</source>
        <translation>此对话中所有回答、摘要和标题的 token 数。费用是根据标价估算的（设置 → 模型）；你的网关的实际收费可能有所不同。</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Check that you may write to the history file and its folder, then restart the app.</source>
        <translation>请检查你是否有权写入历史记录文件及其所在文件夹，然后重新启动应用。</translation>
    </message>
    <message>
        <source>Your chat history could not be read or saved.</source>
        <translation>无法读取或保存你的对话历史记录。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, restart the app.</source>
        <translation>请重试；如果问题持续出现，请重新启动应用。</translation>
    </message>
    <message>
        <source>Your chat history was saved by a newer version of Desktop Chat. Please update; nothing was changed.</source>
        <translation>你的对话历史记录由更新版本的 Desktop Chat 保存。请更新应用；未做任何更改。</translation>
    </message>
    <message>
        <source>Install the latest version of Desktop Chat.</source>
        <translation>请安装最新版本的 Desktop Chat。</translation>
    </message>
    <message>
        <source>The disk is full, so {name} could not be written.</source>
        <translation>磁盘已满，因此无法写入 {name}。</translation>
    </message>
    <message>
        <source>The disk is full, so the last change could not be saved. Everything saved before is safe.</source>
        <translation>磁盘已满，因此无法保存最近的更改。之前保存的所有内容都安然无恙。</translation>
    </message>
    <message>
        <source>Free some disk space, then try again.</source>
        <translation>请释放一些磁盘空间，然后重试。</translation>
    </message>
    <message>
        <source>Your chat history file can&apos;t be changed (it is read-only), so nothing new can be saved. Everything saved before is safe.</source>
        <translation>你的对话历史记录文件无法更改（只读），因此无法保存任何新内容。之前保存的所有内容都安然无恙。</translation>
    </message>
    <message>
        <source>The folder for your chat history can&apos;t be created, so nothing can be saved.</source>
        <translation>无法创建存放对话历史记录的文件夹，因此无法保存任何内容。</translation>
    </message>
    <message>
        <source>Your chat history needs a one-time update, but the file is read-only.</source>
        <translation>你的对话历史记录需要进行一次性更新，但该文件是只读的。</translation>
    </message>
    <message>
        <source>Your chat history file is damaged and can&apos;t be opened. It has been left exactly as it was.</source>
        <translation>你的对话历史记录文件已损坏，无法打开。该文件已原样保留。</translation>
    </message>
    <message>
        <source>Keep a copy of the file for support, then start a new history.</source>
        <translation>请保留该文件的副本以便技术支持查看，然后新建历史记录。</translation>
    </message>
    <message>
        <source>Your chat history is being used by another program right now.</source>
        <translation>你的对话历史记录目前正被另一个程序使用。</translation>
    </message>
    <message>
        <source>Close other copies of Desktop Chat, then try again.</source>
        <translation>请关闭其他正在运行的 Desktop Chat，然后重试。</translation>
    </message>
    <message>
        <source>Your chat history file could not be read or written.</source>
        <translation>无法读取或写入你的对话历史记录文件。</translation>
    </message>
    <message>
        <source>Check that the disk is connected and that you may write to the history folder.</source>
        <translation>请检查磁盘是否已连接，以及你是否有权写入历史记录文件夹。</translation>
    </message>
    <message>
        <source>Your chat history can&apos;t be opened safely on this drive.</source>
        <translation>无法在此驱动器上安全地打开你的对话历史记录。</translation>
    </message>
    <message>
        <source>Keep the history on a local disk.</source>
        <translation>请将历史记录保存在本地磁盘上。</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}).</source>
        <translation>无法写入 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>{name} could not be written.</source>
        <translation>无法写入 {name}。</translation>
    </message>
    <message>
        <source>Choose another folder and try again.</source>
        <translation>请选择其他文件夹，然后重试。</translation>
    </message>
    <message>
        <source>The file could not be imported: {problem} (at {where}).</source>
        <translation>无法导入该文件：{problem}（位置：{where}）。</translation>
    </message>
    <message>
        <source>The file could not be imported: {problem}.</source>
        <translation>无法导入该文件：{problem}。</translation>
    </message>
    <message>
        <source>{what_happened} Your history was not changed.</source>
        <translation>{what_happened}你的历史记录未被更改。</translation>
    </message>
    <message>
        <source>Check that you chose the right file and that it is complete; nothing was imported.</source>
        <translation>请检查你选择的文件是否正确、是否完整；未导入任何内容。</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>某个值</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>该文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>该文件是空的</translation>
    </message>
    <message>
        <source>the file ends too early (it may be truncated)</source>
        <translation>该文件过早结束（可能不完整）</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>该文件不是有效的 JSON</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be an export</source>
        <translation>该文件嵌套层级过深，不可能是导出文件</translation>
    </message>
    <message>
        <source>a part of the file is too big to be read</source>
        <translation>该文件的某个部分太大，无法读取</translation>
    </message>
    <message>
        <source>the zip file is damaged</source>
        <translation>该 zip 文件已损坏</translation>
    </message>
    <message>
        <source>the zip file has no conversations.json in it</source>
        <translation>该 zip 文件中没有 conversations.json</translation>
    </message>
    <message>
        <source>a ChatGPT export should hold a list of conversations</source>
        <translation>ChatGPT 导出文件应包含一个对话列表</translation>
    </message>
    <message>
        <source>this is not a Desktop Chat export (&apos;format&apos; is missing or unknown)</source>
        <translation>这不是 Desktop Chat 导出文件（缺少“format”或其值无法识别）</translation>
    </message>
    <message>
        <source>it was written by a newer version of Desktop Chat</source>
        <translation>它由更新版本的 Desktop Chat 写入</translation>
    </message>
    <message>
        <source>{name} is missing</source>
        <translation>缺少 {name}</translation>
    </message>
    <message>
        <source>{name} should be an object</source>
        <translation>{name} 应为对象</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>{name} should be a list</source>
        <translation>{name} 应为列表</translation>
    </message>
    <message>
        <source>{name} should be text</source>
        <translation>{name} 应为文本</translation>
    </message>
    <message>
        <source>{name} should be a number</source>
        <translation>{name} 应为数字</translation>
    </message>
    <message>
        <source>{name} should be a whole number</source>
        <translation>{name} 应为整数</translation>
    </message>
    <message>
        <source>{name} should be true or false</source>
        <translation>{name} 应为 true 或 false</translation>
    </message>
    <message>
        <source>{name} has an invalid value</source>
        <translation>{name} 的值无效</translation>
    </message>
    <message>
        <source>{name} does not point to an earlier message of the conversation</source>
        <translation>{name} 未指向该对话中更早的消息</translation>
    </message>
    <message>
        <source>its messages form a loop</source>
        <translation>其消息形成了循环</translation>
    </message>
    <message>
        <source>the file is not an export this app can read</source>
        <translation>该文件不是本应用能够读取的导出文件</translation>
    </message>
    <message>
        <source>{text} ({detail})</source>
        <translation>{text}（{detail}）</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Sent to the model in place of the earlier messages it summarises.</source>
        <translation>将代替它所总结的之前的消息发送给模型。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>编辑摘要</translation>
    </message>
    <message>
        <source>Change what is sent in place of the earlier messages</source>
        <translation>更改代替之前的消息发送的内容</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove summary</source>
        <translation>移除摘要</translation>
    </message>
    <message>
        <source>Stop sending this summary</source>
        <translation>停止发送此摘要</translation>
    </message>
    <message numerus="yes">
        <source>Summary of the %Ln earlier message(s)</source>
        <translation>
            <numerusform>之前 %Ln 条消息的摘要</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary of the earlier messages</source>
        <translation>之前消息的摘要</translation>
    </message>
    <message>
        <source>{title}, written by {model}</source>
        <translation>{title}，由 {model} 撰写</translation>
    </message>
    <message>
        <source>Summary text</source>
        <translation>摘要文本</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>按 Ctrl+Enter 保存，按 Esc 取消</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel editing the summary</source>
        <translation>取消编辑摘要</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>保存摘要</translation>
    </message>
    <message>
        <source>Save the summary (Ctrl+Enter)</source>
        <translation>保存摘要（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>SupportController</name>
    <message>
        <source>The diagnostic report is being put together…</source>
        <translation>正在生成诊断报告…</translation>
    </message>
    <message>
        <source>Putting the diagnostic report together and testing the connection…</source>
        <translation>正在生成诊断报告并测试连接…</translation>
    </message>
    <message>
        <source>The diagnostic report was copied. Paste it into your message to IT.</source>
        <translation>诊断报告已复制。请将它粘贴到你发给 IT 部门的消息中。</translation>
    </message>
    <message>
        <source>The request was copied as a curl command. The key is not in it: set DESKTOP_CHAT_API_KEY before running it.</source>
        <translation>请求已复制为 curl 命令。其中不含密钥：运行前请先设置 DESKTOP_CHAT_API_KEY。</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation>关闭通知</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ToolApprovals</name>
    <message>
        <source>A tool is waiting for your go-ahead in another chat.</source>
        <translation>另一个对话中有工具正在等待你的许可。</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>What the tool says it does</source>
        <translation>该工具对自身功能的描述</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>允许一次</translation>
    </message>
    <message>
        <source>Allow {tool} this time</source>
        <translation>本次允许 {tool}</translation>
    </message>
    <message>
        <source>Always allow this tool</source>
        <translation>始终允许此工具</translation>
    </message>
    <message>
        <source>Always allow {tool}, without asking again</source>
        <translation>始终允许 {tool}，不再询问</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Do not let {tool} run</source>
        <translation>不允许 {tool} 运行</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>Show the arguments folded</source>
        <translation>折叠显示参数</translation>
    </message>
    <message>
        <source>Show all of the arguments</source>
        <translation>显示全部参数</translation>
    </message>
    <message>
        <source>Show or hide what {tool} was given and returned</source>
        <translation>显示或隐藏 {tool} 收到的参数和返回的结果</translation>
    </message>
    <message>
        <source>{sentence} ({duration})</source>
        <translation>{sentence}（{duration}）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation>显示或隐藏详细信息</translation>
    </message>
    <message>
        <source>Result of {tool}</source>
        <translation>{tool} 的结果</translation>
    </message>
    <message>
        <source>Show the start of the result</source>
        <translation>显示结果的开头部分</translation>
    </message>
    <message>
        <source>Show all of the result</source>
        <translation>显示全部结果</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <source>The model kept calling tools ({rounds} times in a row), so the app stopped it. Ask it to go on if you want more.</source>
        <translation>模型不断调用工具（连续 {rounds} 次），因此应用已将其停止。如需继续，请让它接着做。</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>Wants to use {tool} from {server}</source>
        <translation>想要使用 {server} 中的 {tool}</translation>
    </message>
    <message>
        <source>Wants to use {tool}</source>
        <translation>想要使用 {tool}</translation>
    </message>
    <message>
        <source>The model wants to use {tool} from {server}</source>
        <translation>模型想要使用 {server} 中的 {tool}</translation>
    </message>
    <message>
        <source>The model wants to use {tool}</source>
        <translation>模型想要使用 {tool}</translation>
    </message>
    <message>
        <source>Only reads</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Can change or delete things</source>
        <translation>可更改或删除内容</translation>
    </message>
    <message>
        <source>The tool does not describe itself.</source>
        <translation>该工具没有提供自身的描述。</translation>
    </message>
    <message>
        <source>This tool was not offered to the model; nothing is known about it.</source>
        <translation>此工具未提供给模型；没有关于它的任何信息。</translation>
    </message>
    <message>
        <source>These arguments are not valid JSON. They are shown as the model wrote them.</source>
        <translation>这些参数不是有效的 JSON。以下按模型写出的原样显示。</translation>
    </message>
    <message>
        <source>These arguments are not a JSON object, which tools expect.</source>
        <translation>这些参数不是 JSON 对象，而工具需要的是 JSON 对象。</translation>
    </message>
    <message>
        <source>No arguments.</source>
        <translation>无参数。</translation>
    </message>
    <message>
        <source>Running {tool}… {elapsed}</source>
        <translation>正在运行 {tool}… {elapsed}</translation>
    </message>
    <message>
        <source>Starting {tool}…</source>
        <translation>正在启动 {tool}…</translation>
    </message>
    <message>
        <source>{tool} is waiting for its turn.</source>
        <translation>{tool} 正在排队等待运行。</translation>
    </message>
    <message>
        <source>{tool} was not run.</source>
        <translation>未运行 {tool}。</translation>
    </message>
    <message>
        <source>Used {tool}</source>
        <translation>已使用 {tool}</translation>
    </message>
    <message>
        <source>{tool} did not work. The model was told what went wrong.</source>
        <translation>{tool} 运行失败。已将出错原因告知模型。</translation>
    </message>
    <message>
        <source>{tool} took too long and was stopped. The model was told.</source>
        <translation>{tool} 运行时间过长，已被停止。已告知模型。</translation>
    </message>
    <message>
        <source>You did not allow {tool}. The model was told.</source>
        <translation>你没有允许 {tool}。已告知模型。</translation>
    </message>
    <message>
        <source>{tool} was stopped with the answer.</source>
        <translation>{tool} 已随回答一起停止。</translation>
    </message>
    <message>
        <source>The model asked for {tool} with arguments that make no sense, so it was not run.</source>
        <translation>模型请求 {tool} 时提供的参数不合理，因此未运行。</translation>
    </message>
    <message>
        <source>The model asked for a tool that does not exist ({tool}), so nothing was run.</source>
        <translation>模型请求了一个不存在的工具（{tool}），因此未运行任何工具。</translation>
    </message>
    <message>
        <source>{used} · {duration}</source>
        <translation>{used} · {duration}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What the model was told</source>
        <translation>告知模型的内容</translation>
    </message>
    <message>
        <source>Show all ({count} characters)</source>
        <translation>全部显示（{count} 个字符）</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} characters.</source>
        <translation>显示前 {shown} 个字符，共 {total} 个。</translation>
    </message>
    <message>
        <source>● ready ({tools})</source>
        <translation>● 就绪（{tools}）</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>失败：{reason}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Connected, but the server offers no tools.</source>
        <translation>已连接，但该服务器未提供任何工具。</translation>
    </message>
    <message>
        <source>Connected: {tools} — {names}</source>
        <translation>已连接：{tools} — {names}</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>无法连接：{reason}</translation>
    </message>
    <message>
        <source>its program was not found — check the command, or install it</source>
        <translation>找不到其程序 — 请检查命令，或安装该程序</translation>
    </message>
    <message>
        <source>its program could not be started</source>
        <translation>无法启动其程序</translation>
    </message>
    <message>
        <source>its address did not answer — check the URL and your connection</source>
        <translation>其地址没有响应 — 请检查 URL 和你的网络连接</translation>
    </message>
    <message>
        <source>it started but did not answer like a tool server</source>
        <translation>已启动，但响应方式不像工具服务器</translation>
    </message>
    <message>
        <source>it stopped; it is started again shortly</source>
        <translation>已停止运行；稍后会自动重新启动</translation>
    </message>
    <message>
        <source>a secret value it needs is missing — enter it again in Settings → Tools</source>
        <translation>缺少所需的机密值 — 请在“设置 → 工具”中重新输入</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>Tools let the model use other programs — a calendar, a ticket tracker, files — through MCP servers. Each use asks you first unless you allow the tool always.</source>
        <translation>工具可让模型通过 MCP 服务器使用其他程序，例如日历、工单系统、文件等。每次使用前都会先询问你，除非你已设置始终允许该工具。</translation>
    </message>
    <message>
        <source>Saved in {path}</source>
        <translation>保存在 {path}</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>工具服务器</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No tool servers yet. Add one, or ask your IT contact for an mcp.json file.</source>
        <translation>还没有工具服务器。请添加一个，或向你的 IT 联系人索取 mcp.json 文件。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>添加工具服务器</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the tool server</source>
        <translation>编辑工具服务器</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the tool server</source>
        <translation>移除工具服务器</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Test the tool server</source>
        <translation>测试工具服务器</translation>
    </message>
    <message>
        <source>Connect to the server and list its tools</source>
        <translation>连接到服务器并列出其工具</translation>
    </message>
    <message>
        <source>Tick to use this server; untick to keep it but not start it</source>
        <translation>勾选以使用此服务器；取消勾选则保留该服务器但不启动它</translation>
    </message>
    <message>
        <source>{server} ({set_by})</source>
        <translation>{server}（{set_by}）</translation>
    </message>
    <message>
        <source>Allowed without asking: {tools}</source>
        <translation>无需询问即可使用：{tools}</translation>
    </message>
    <message>
        <source>Every tool of this server asks before it runs.</source>
        <translation>此服务器的所有工具在运行前都会先询问。</translation>
    </message>
    <message>
        <source>Remove tool server?</source>
        <translation>移除工具服务器？</translation>
    </message>
    <message>
        <source>Remove the server “{name}”?</source>
        <translation>要移除服务器“{name}”吗？</translation>
    </message>
    <message>
        <source>The model can no longer use its tools. Chats that used them keep what they showed.</source>
        <translation>模型将无法再使用其工具。使用过这些工具的对话会保留当时显示的内容。</translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation>正在连接 {name}…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
</context>
<context>
    <name>ToolsRow</name>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Use tools in this chat</source>
        <translation>在此对话中使用工具</translation>
    </message>
    <message>
        <source>When on, the model may ask to use these tools in this chat</source>
        <translation>开启后，模型可以在此对话中请求使用这些工具</translation>
    </message>
    <message>
        <source>Tools: {servers} ({tools})</source>
        <translation>工具：{servers}（{tools}）</translation>
    </message>
    <message>
        <source>Tools: none working</source>
        <translation>工具：均无法使用</translation>
    </message>
    <message>
        <source>Not working: {servers}</source>
        <translation>无法使用：{servers}</translation>
    </message>
    <message>
        <source>{server}: {reason}</source>
        <translation>{server}：{reason}</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>Desktop Chat {version} is available.</source>
        <translation>Desktop Chat {version} 现已推出。</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>Usage chart</source>
        <translation>用量图表</translation>
    </message>
    <message>
        <source>Tokens per month</source>
        <translation>每月 token 数</translation>
    </message>
    <message>
        <source>Estimated cost per month</source>
        <translation>每月估算费用</translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation>每日 token 数</translation>
    </message>
    <message>
        <source>Estimated cost per day</source>
        <translation>每日估算费用</translation>
    </message>
    <message>
        <source>{what}; the highest: {when}.</source>
        <translation>{what}；最高：{when}。</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>输入 token 数</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>输出 token 数</translation>
    </message>
    <message>
        <source>Estimated cost (US dollars)</source>
        <translation>估算费用（美元）</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>token 总数</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>估算费用</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&lt; {amount}</source>
        <translation>&lt; {amount}</translation>
    </message>
    <message>
        <source>≈ {amount}</source>
        <translation>≈ {amount}</translation>
    </message>
    <message>
        <source>{amount} + unknown</source>
        <translation>{amount} + 未知</translation>
    </message>
    <message>
        <source>No price is known for this model, so its cost can&apos;t be estimated.</source>
        <translation>此模型的价格未知，因此无法估算其费用。</translation>
    </message>
    <message>
        <source>Some of these tokens are of a model with no known price: the real cost is higher than the estimate.</source>
        <translation>其中部分 token 属于价格未知的模型：实际费用高于估算值。</translation>
    </message>
    <message>
        <source>An estimate from list prices per million tokens.</source>
        <translation>根据每百万 token 的标价估算。</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>未知模型</translation>
    </message>
    <message>
        <source>Deleted chats (summaries and titles)</source>
        <translation>已删除的对话（摘要和标题）</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>未命名对话</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Requests: {requests} · Tokens: {total} ({input} in, {output} out) · Estimated cost: {cost}</source>
        <translation>请求数：{requests} · token 数：{total}（输入 {input}，输出 {output}）· 估算费用：{cost}</translation>
    </message>
    <message>
        <source>summaries of long chats: {tokens} tokens ({cost})</source>
        <translation>长对话的摘要：{tokens} 个 token（{cost}）</translation>
    </message>
    <message>
        <source>chat titles: {tokens} tokens ({cost})</source>
        <translation>对话标题：{tokens} 个 token（{cost}）</translation>
    </message>
    <message>
        <source>Included above, the app&apos;s own requests — {parts}.</source>
        <translation>以上数据包含应用自身发出的请求 — {parts}。</translation>
    </message>
    <message>
        <source>Costs are estimates from list prices per million tokens; your gateway&apos;s bill may differ. “unknown” means no price is known for that model. Only answers whose gateway reported their token counts are counted.</source>
        <translation>费用是根据每百万 token 的标价估算的；你的网关的实际账单可能有所不同。“未知”表示该模型的价格未知。只统计网关报告了 token 数的回答。</translation>
    </message>
    <message>
        <source>No usage yet. Tokens are counted for each answer once the gateway reports them.</source>
        <translation>暂无用量。网关报告每次回答的 token 数后即会计入。</translation>
    </message>
    <message>
        <source>No usage in this period yet. Tokens are counted for each answer once the gateway reports them; choose a longer period to see earlier chats.</source>
        <translation>此期间暂无用量。网关报告每次回答的 token 数后即会计入；选择更长的期间可查看更早的对话。</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{when}
Requests: {requests}
Input tokens: {input}
Output tokens: {output}
Estimated cost: {cost}</source>
        <translation>{when}
请求数：{requests}
输入 token 数：{input}
输出 token 数：{output}
估算费用：{cost}</translation>
    </message>
    <message>
        <source>The usage could not be shown: {reason}</source>
        <translation>无法显示用量：{reason}</translation>
    </message>
</context>
<context>
    <name>UsageWindow</name>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>显示方式</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>token 数</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Chart shows</source>
        <translation>图表显示</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Show &amp;by:</source>
        <translation>显示方式(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>About the estimates</source>
        <translation>关于估算值</translation>
    </message>
    <message>
        <source>Usage table</source>
        <translation>用量表</translation>
    </message>
    <message>
        <source>No usage</source>
        <translation>无用量</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Export usage</source>
        <translation>导出用量</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV 电子表格 (*.csv)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The CSV file was not saved: {reason}</source>
        <translation>CSV 文件未保存：{reason}</translation>
    </message>
    <message>
        <source>Saved {name} ({when}).</source>
        <translation>已保存 {name}（{when}）。</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>This computer has no password store, so your key can be kept only until you close the app.</source>
        <translation>这台电脑没有密码库，因此你的密钥只能保留到你关闭应用为止。</translation>
    </message>
    <message>
        <source>This address uses plain HTTP: your key would travel unencrypted.</source>
        <translation>此地址使用的是普通 HTTP：你的密钥将以未加密的方式传输。</translation>
    </message>
    <message>
        <source>Test and continue</source>
        <translation>测试并继续</translation>
    </message>
    <message>
        <source>Keep for this session and continue</source>
        <translation>仅在本次运行期间保留并继续</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Desktop Chat</source>
        <translation>欢迎使用 Desktop Chat</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Paste the API key you were given to start chatting. You can change it later in Settings.</source>
        <translation>粘贴你获得的 API 密钥即可开始对话。你以后可以在“设置”中更改它。</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>网关地址</translation>
    </message>
    <message>
        <source>The address of your organisation&apos;s chat gateway</source>
        <translation>你所在组织的对话网关的地址</translation>
    </message>
    <message>
        <source>Your key is kept in {location}, never in a file.</source>
        <translation>你的密钥保存位置：{location}，绝不会写入文件。</translation>
    </message>
    <message>
        <source>Keep the key only until I close the app</source>
        <translation>仅保留密钥，直到我关闭应用</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>仅在本次运行期间保留</translation>
    </message>
    <message>
        <source>Try the offline demo (no key needed)</source>
        <translation>试用离线演示（无需密钥）</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>试用离线演示</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <source>Check the key and the address with the gateway, then start</source>
        <translation>向网关验证密钥和地址，然后开始</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API 密钥(&amp;K)</translation>
    </message>
    <message>
        <source>Gateway &amp;address</source>
        <translation>网关地址(&amp;A)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>About Desktop Chat</source>
        <translation>关于 Desktop Chat</translation>
    </message>
    <message>
        <source>Chat with the models of your organisation&apos;s gateway. Your chats are kept on this computer in:
{folder}</source>
        <translation>与你所在组织网关提供的模型对话。你的对话保存在这台电脑上的以下位置：
{folder}</translation>
    </message>
</context>
</TS>
