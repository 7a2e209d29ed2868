<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AnswerImage</name>
    <message>
        <source>Image {name}</source>
        <translation>圖片 {name}</translation>
    </message>
    <message>
        <source>Open larger</source>
        <translation>放大開啟</translation>
    </message>
    <message>
        <source>Open the image larger</source>
        <translation>將圖片放大開啟</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>儲存圖片…</translation>
    </message>
    <message>
        <source>Save the image to a file</source>
        <translation>將圖片儲存為檔案</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>複製圖片</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation>將圖片複製到剪貼簿</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Save image</source>
        <translation>儲存圖片</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>儲存複本</translation>
    </message>
    <message>
        <source>“{name}” is not available right now, so nothing was saved.</source>
        <translation>「{name}」目前無法使用，因此未儲存任何內容。</translation>
    </message>
    <message>
        <source>“{name}” is no longer in your history, so nothing was saved.</source>
        <translation>「{name}」已不在您的歷史記錄中，因此未儲存任何內容。</translation>
    </message>
    <message>
        <source>“{name}” could not be saved there. Choose another folder.</source>
        <translation>無法將「{name}」儲存到該位置。請選擇其他資料夾。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>“{name}” is no longer in your history.</source>
        <translation>「{name}」已不在您的歷史記錄中。</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>未複製</translation>
    </message>
    <message>
        <source>“{name}” can&apos;t be copied: it is not a picture this app can show.</source>
        <translation>無法複製「{name}」：這不是本應用程式能顯示的圖片。</translation>
    </message>
    <message>
        <source>“{name}” is not available right now.</source>
        <translation>「{name}」目前無法使用。</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Image {name}, {detail}</source>
        <translation>圖片 {name}，{detail}</translation>
    </message>
    <message>
        <source>Document {name}, {detail}</source>
        <translation>文件 {name}，{detail}</translation>
    </message>
    <message>
        <source>Press Enter to open</source>
        <translation>按 Enter 開啟</translation>
    </message>
</context>
<context>
    <name>AttachmentChips</name>
    <message>
        <source>Attached files</source>
        <translation>附加的檔案</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在讀取…</translation>
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
        <translation>{type} 圖片</translation>
    </message>
    <message>
        <source>{type} document</source>
        <translation>{type} 文件</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 頁</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} 頁</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>掃描檔</translation>
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
        <translation>無法顯示「{name}」。</translation>
    </message>
    <message>
        <source>Switch model</source>
        <translation>切換模型</translation>
    </message>
    <message>
        <source>Remove the images</source>
        <translation>移除圖片</translation>
    </message>
    <message>
        <source>Send pages as images</source>
        <translation>以圖片傳送各頁</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <source>Pictures and documents (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.docx *.xlsx *.pptx *.csv *.txt *.md *.json)</source>
        <translation>圖片與文件 (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.docx *.xlsx *.pptx *.csv *.txt *.md *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Links to files on the web can&apos;t be attached. Download the file, then attach it.</source>
        <translation>無法附加網路上的檔案連結。請先下載檔案，再將它附加。</translation>
    </message>
    <message>
        <source>“{name}” could not be opened. Check that the file still exists and that you may read it.</source>
        <translation>無法開啟「{name}」。請確認檔案仍然存在，且您有權限讀取。</translation>
    </message>
    <message>
        <source>“{name}” is a kind of file the app can&apos;t read. You can attach pictures (PNG, JPEG, WebP, GIF), PDF, Word, Excel, PowerPoint, CSV and text files.</source>
        <translation>本應用程式無法讀取「{name}」這類檔案。您可以附加圖片（PNG、JPEG、WebP、GIF）、PDF、Word、Excel、PowerPoint、CSV 及文字檔。</translation>
    </message>
    <message>
        <source>“{name}” is too big to attach (the limit is 50 MB). Attach a smaller file or only the part you need.</source>
        <translation>「{name}」太大，無法附加（上限為 50 MB）。請附加較小的檔案，或只附加您需要的部分。</translation>
    </message>
    <message>
        <source>“{name}” seems to be damaged and could not be read. Try saving it again from the program that made it.</source>
        <translation>「{name}」似乎已損毀，無法讀取。請試著從建立它的程式重新儲存。</translation>
    </message>
    <message>
        <source>“{name}” is protected by a password. Save a copy without the password, then attach that.</source>
        <translation>「{name}」受密碼保護。請另存一份不含密碼的複本，再附加該複本。</translation>
    </message>
    <message>
        <source>Reading “{name}” took too long, so it was stopped. Try a smaller file, or copy the part you need into the message.</source>
        <translation>讀取「{name}」花費太久，因此已停止。請改用較小的檔案，或將您需要的部分複製到訊息中。</translation>
    </message>
    <message>
        <source>“{name}” is built in an unusual way that could overload the computer, so it was not opened.</source>
        <translation>「{name}」的結構異常，可能導致電腦負荷過重，因此未開啟。</translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation>「{name}」是空的。</translation>
    </message>
    <message>
        <source>Reading “{name}” was stopped; it was not attached.</source>
        <translation>已停止讀取「{name}」，未附加此檔案。</translation>
    </message>
    <message>
        <source>“{name}” was not attached: a message can carry up to 20 files. Send these first, or remove some.</source>
        <translation>未附加「{name}」：一則訊息最多可附加 20 個檔案。請先傳送這些檔案，或移除部分檔案。</translation>
    </message>
    <message>
        <source>“{name}” could not be saved in the history (is the disk full?). Nothing was attached.</source>
        <translation>無法將「{name}」儲存到歷史記錄（磁碟是否已滿？）。未附加任何檔案。</translation>
    </message>
    <message>
        <source>{model} can&apos;t see images. Switch to a model that can, or remove the images.</source>
        <translation>{model} 無法看到圖片。請切換到可以看圖的模型，或移除圖片。</translation>
    </message>
    <message>
        <source>“{name}” is a scan: it has no text the model can read. Send its pages as images instead?</source>
        <translation>「{name}」是掃描檔：其中沒有模型能讀取的文字。要改為以圖片傳送各頁嗎？</translation>
    </message>
    <message>
        <source>“{name}” is too long for {model} (about {tokens} tokens; it reads {window}). Remove it, or switch to a model with a larger context window.</source>
        <translation>「{name}」對 {model} 來說太長（約 {tokens} 個 token；此模型可讀取 {window}）。請移除它，或切換到上下文視窗較大的模型。</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在讀取 {name}…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The history could not be backed up: the folder {folder} is not there. Is its drive connected?</source>
        <translation>無法備份歷史記錄：找不到資料夾 {folder}。它所在的磁碟機是否已連接？</translation>
    </message>
    <message>
        <source>The history could not be backed up: the disk of {folder} is full.</source>
        <translation>無法備份歷史記錄：{folder} 所在的磁碟已滿。</translation>
    </message>
    <message>
        <source>The backup copy failed its check, so it was not kept. The next backup tries again.</source>
        <translation>備份複本未通過檢查，因此未保留。下次備份時會再試一次。</translation>
    </message>
    <message>
        <source>The history could not be read to back it up.</source>
        <translation>無法讀取歷史記錄，因此無法備份。</translation>
    </message>
    <message>
        <source>The history could not be backed up: the folder {folder} can&apos;t be written to.</source>
        <translation>無法備份歷史記錄：無法寫入資料夾 {folder}。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <source>Backed up as {name}.</source>
        <translation>已備份為 {name}。</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>備份設定</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Replace your history with the backup {name}?</source>
        <translation>要以備份 {name} 取代您的歷史記錄嗎？</translation>
    </message>
    <message>
        <source>Your current history is kept as {kept} in {folder}, unchanged. Desktop Chat then starts again with the backup&apos;s chats.</source>
        <translation>您目前的歷史記錄會原封不動地保留為 {folder} 中的 {kept}。接著 Desktop Chat 會重新啟動，並載入備份中的對話。</translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>還原並重新啟動</translation>
    </message>
    <message>
        <source>This backup can&apos;t be used: it is damaged or is not a Desktop Chat history. Your current history was not changed.</source>
        <translation>無法使用此備份：它已損毀，或不是 Desktop Chat 的歷史記錄。您目前的歷史記錄未變更。</translation>
    </message>
    <message>
        <source>The backup could not be copied next to your history. Your current history was not changed.</source>
        <translation>無法將備份複製到您的歷史記錄旁邊。您目前的歷史記錄未變更。</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Back up the history &amp;every day</source>
        <translation>每天備份歷史記錄(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>資料夾(&amp;F)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>備份資料夾</translation>
    </message>
    <message>
        <source>Empty: the app&apos;s own backups folder</source>
        <translation>留空：使用應用程式本身的備份資料夾</translation>
    </message>
    <message>
        <source>A synced company folder works: a backup appears there only once it is complete and checked</source>
        <translation>可以使用公司的同步資料夾：備份要等到完成並通過檢查後，才會出現在其中</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>選擇(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>選擇備份資料夾</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>保留最新的(&amp;K)</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>保留的備份數量</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>由您的組織設定</translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation>資料夾中的備份</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>立即備份(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Restore from this backup…</source>
        <translation>從此備份還原(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>從檔案還原(&amp;F)…</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>尚未建立任何備份。</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>上次備份：{when}</translation>
    </message>
    <message>
        <source>{when} — {size}</source>
        <translation>{when} — {size}</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation>此資料夾中還沒有任何備份。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>History backup (*.sqlite3)</source>
        <translation>歷史記錄備份 (*.sqlite3)</translation>
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
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>顯示詳細資料</translation>
    </message>
    <message>
        <source>Dismiss this notice and keep waiting for the answer</source>
        <translation>關閉此通知並繼續等待回覆</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>關閉通知</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>隱藏詳細資料</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>Change key</source>
        <translation>變更金鑰</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>開啟設定</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>選擇其他模型</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新對話</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Stop trying</source>
        <translation>停止重試</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start a new history</source>
        <translation>建立新的歷史記錄</translation>
    </message>
    <message>
        <source>{error} Your message is saved and can be sent when you&apos;re back online.</source>
        <translation>{error} 您的訊息已儲存，恢復連線後即可傳送。</translation>
    </message>
    <message>
        <source>{error} — trying again in {seconds} s…</source>
        <translation>{error} — {seconds} 秒後重試…</translation>
    </message>
    <message>
        <source>Add your API key to start chatting.</source>
        <translation>請新增您的 API 金鑰以開始對話。</translation>
    </message>
    <message>
        <source>The model is taking longer than usual.</source>
        <translation>模型回應的時間比平常久。</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>繼續等待</translation>
    </message>
</context>
<context>
    <name>CertificatesChoice</name>
    <message>
        <source>Choose file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <source>Choose a certificates file</source>
        <translation>選擇憑證檔案</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the certificates file</source>
        <translation>移除憑證檔案</translation>
    </message>
    <message>
        <source>Certificates from this file (PEM) are trusted as well as this computer&apos;s own, e.g. your company&apos;s inspection certificate.</source>
        <translation>除了這台電腦本身的憑證外，也會信任此檔案（PEM）中的憑證，例如貴公司用於檢查網路流量的憑證。</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>憑證 (*.pem *.crt *.cer);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>None (this computer&apos;s certificates only)</source>
        <translation>無（僅使用這台電腦的憑證）</translation>
    </message>
    <message>
        <source>This file doesn&apos;t exist, so it can&apos;t be used. Choose it again, or remove it.</source>
        <translation>此檔案不存在，因此無法使用。請重新選擇，或將它移除。</translation>
    </message>
    <message>
        <source>This file can&apos;t be read, so it can&apos;t be used. Choose it again, or remove it.</source>
        <translation>無法讀取此檔案，因此無法使用。請重新選擇，或將它移除。</translation>
    </message>
    <message>
        <source>This file holds no certificate in PEM form (text starting with “-----BEGIN CERTIFICATE-----”). Ask IT for the certificate as a PEM file.</source>
        <translation>此檔案中沒有 PEM 格式的憑證（以「-----BEGIN CERTIFICATE-----」開頭的文字）。請向 IT 部門索取 PEM 檔案格式的憑證。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Ask anything. Enter sends, Shift+Enter adds a line.</source>
        <translation>問什麼都可以。按 Enter 傳送，Shift+Enter 換行。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <translation>↓  跳到最新</translation>
    </message>
    <message>
        <source>Jump to latest message</source>
        <translation>跳到最新訊息</translation>
    </message>
    <message>
        <source>Remove summary?</source>
        <translation>要移除摘要嗎？</translation>
    </message>
    <message>
        <source>Remove this summary?</source>
        <translation>要移除這則摘要嗎？</translation>
    </message>
    <message>
        <source>The messages it stands for stay in the chat, but the model no longer gets their gist when they do not fit in its context window.</source>
        <translation>摘要所代表的訊息仍會留在對話中，但當這些訊息超出上下文視窗時，模型將不再取得它們的重點。</translation>
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
        <translation>要開啟連結嗎？</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

{url}</source>
        <translation>要在網頁瀏覽器中開啟此連結嗎？

{url}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>開啟連結</translation>
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
        <translation>停止讀取 {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Stop reading this file</source>
        <translation>停止讀取此檔案</translation>
    </message>
</context>
<context>
    <name>CodeBlockView</name>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>複製程式碼</translation>
    </message>
    <message>
        <source>Copy this code to the clipboard</source>
        <translation>將此程式碼複製到剪貼簿</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>程式碼</translation>
    </message>
    <message>
        <source>code</source>
        <translation>程式碼</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Type your message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>輸入您的訊息。按 Enter 傳送，Shift+Enter 換行。</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>訊息…  （按 Enter 傳送，Shift+Enter 換行）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>傳送訊息</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>傳送 (Enter)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <source>Attach files or pictures (you can also paste or drop them)</source>
        <translation>附加檔案或圖片（也可以直接貼上或拖放）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>停止回覆</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>停止 (Esc)</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connected — 1 model available.</source>
        <translation>已連線 — 有 1 個模型可用。</translation>
    </message>
    <message>
        <source>Connected — {count} models available.</source>
        <translation>已連線 — 有 {count} 個模型可用。</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>已連線。</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>已取消測試。</translation>
    </message>
    <message>
        <source>Something went wrong while testing: {kind}</source>
        <translation>測試時發生問題：{kind}</translation>
    </message>
</context>
<context>
    <name>ContextBar</name>
    <message>
        <source>Summarising stopped; nothing was changed.</source>
        <translation>已停止產生摘要，未變更任何內容。</translation>
    </message>
    <message>
        <source>Summary written. It is sent in place of the earlier messages; you can edit or remove it in the chat.</source>
        <translation>摘要已完成。它會取代先前的訊息傳送；您可以在對話中編輯或移除它。</translation>
    </message>
    <message>
        <source>Summarising the earlier messages…</source>
        <translation>正在為先前的訊息產生摘要…</translation>
    </message>
    <message>
        <source>Summarising the earlier messages… part {done} of {total}</source>
        <translation>正在為先前的訊息產生摘要… 第 {done} 部分，共 {total} 部分</translation>
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
        <translation>模型只會看到能放進上下文視窗的最新訊息；這條線以上的訊息不會傳送。為它們產生摘要可保留重點：摘要會代替它們傳送。</translation>
    </message>
    <message>
        <source>Summarise them</source>
        <translation>產生摘要</translation>
    </message>
    <message>
        <source>Summarise the earlier messages</source>
        <translation>為先前的訊息產生摘要</translation>
    </message>
    <message numerus="yes">
        <source>Earlier messages are not sent to the model — %Ln message(s)</source>
        <translation>
            <numerusform>先前的訊息不會傳送給模型 — %Ln 則訊息</numerusform>
        </translation>
    </message>
    <message>
        <source>Summarising…</source>
        <translation>正在產生摘要…</translation>
    </message>
    <message>
        <source>Summarising the earlier messages</source>
        <translation>正在為先前的訊息產生摘要</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <source>the standard figure for this model</source>
        <translation>此模型的標準數值</translation>
    </message>
    <message>
        <source>as your gateway reports it</source>
        <translation>依您的閘道回報</translation>
    </message>
    <message>
        <source>learned from the gateway&apos;s own error</source>
        <translation>從閘道本身的錯誤得知</translation>
    </message>
    <message>
        <source>as set in Settings</source>
        <translation>依設定中的數值</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>已使用的上下文</translation>
    </message>
    <message>
        <source>≈ {used} tokens</source>
        <translation>≈ {used} 個 token</translation>
    </message>
    <message>
        <source>≈ {used} / {window}</source>
        <translation>≈ {used} / {window}</translation>
    </message>
    <message>
        <source>About {used} tokens will be sent to {model}. Its context window is not known yet; it is learned if the gateway says the chat is too long.</source>
        <translation>約有 {used} 個 token 會傳送給 {model}。目前尚不知道它的上下文視窗大小；當閘道回報對話太長時就會得知。</translation>
    </message>
    <message>
        <source>About {used} of {window} tokens of {model}&apos;s context window ({source}).</source>
        <translation>已使用 {model} 上下文視窗 {window} 個 token 中的約 {used} 個（{source}）。</translation>
    </message>
    <message>
        <source>{reserve} tokens are kept free for the answer.</source>
        <translation>保留 {reserve} 個 token 給回覆使用。</translation>
    </message>
    <message>
        <source>Your message alone is longer than this model can take: shorten it, or choose a model with a larger window.</source>
        <translation>光是您的訊息就超過此模型能接受的長度：請縮短訊息，或選擇上下文視窗較大的模型。</translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n message(s) will not be sent; the model sees your system prompt and the newest messages that fit.</source>
        <translation>
            <numerusform>最舊的 %n 則訊息不會傳送；模型會看到您的系統提示詞，以及能放進視窗的最新訊息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close to the limit: from the next messages on, the oldest ones will be left out. Summarising them keeps their gist.</source>
        <translation>接近上限：從接下來的訊息開始，最舊的訊息將被略過。為它們產生摘要可保留重點。</translation>
    </message>
    <message>
        <source>The whole chat fits: everything is sent.</source>
        <translation>整個對話都放得下：所有內容都會傳送。</translation>
    </message>
    <message>
        <source>A summary is sent in place of the earliest messages.</source>
        <translation>會以一則摘要取代最早的訊息傳送。</translation>
    </message>
    <message>
        <source>Counts are estimates; they get closer to the gateway&apos;s own with every answer.</source>
        <translation>計數為估計值；每次收到回覆後，會更接近閘道本身的計數。</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Chat title</source>
        <translation>對話標題</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Pinned</source>
        <translation>已釘選</translation>
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
        <translation>過去 7 天</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>January</source>
        <translation>1 月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2 月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3 月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4 月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5 月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6 月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7 月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8 月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9 月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10 月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11 月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12 月</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year} 年 {month}</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>未命名的對話</translation>
    </message>
    <message>
        <source>{heading} (heading)</source>
        <translation>{heading}（標題）</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>pinned</source>
        <translation>已釘選</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>answer in progress</source>
        <translation>正在回覆</translation>
    </message>
</context>
<context>
    <name>ConversationListPanel</name>
    <message>
        <source>No chats yet — start one with New chat (Ctrl+N)</source>
        <translation>還沒有任何對話 — 按「新對話」(Ctrl+N) 開始</translation>
    </message>
    <message>
        <source>No archived chats.</source>
        <translation>沒有已封存的對話。</translation>
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
        <translation>網頁 (.html)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新對話</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>開始新對話 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>搜尋對話</translation>
    </message>
    <message>
        <source>Search all chats (Ctrl+F)</source>
        <translation>搜尋所有對話 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜尋</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Chat list</source>
        <translation>對話清單</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>Show archived chats</source>
        <translation>顯示已封存的對話</translation>
    </message>
    <message>
        <source>No chats match “{query}”.</source>
        <translation>沒有符合「{query}」的對話。</translation>
    </message>
    <message>
        <source>Actions for {title}</source>
        <translation>{title} 的動作</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消釘選</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>釘選</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>取消封存</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>封存</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>匯出為</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Chat deleted</source>
        <translation>已刪除對話</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Deleted “{title}”. Undo is available for {seconds} seconds.</source>
        <translation>已刪除「{title}」。您可以在 {seconds} 秒內復原。</translation>
    </message>
    <message>
        <source>Hide archived chats</source>
        <translation>隱藏已封存的對話</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <source>Send a message first: a new chat gets its title then.</source>
        <translation>請先傳送一則訊息：新對話會在那時取得標題。</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%Ln tool(s)</source>
        <translation>
            <numerusform>%Ln 個工具</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln 個對話</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) imported.</source>
        <translation>
            <numerusform>已匯入 %Ln 個對話。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) imported, {already_there} already here.</source>
        <translation>
            <numerusform>已匯入 %Ln 個對話，{already_there} 個已存在。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more row(s) or character(s) were left out to fit.</source>
        <translation>
            <numerusform>為了放得下，已略過另外 %Ln 列或字元。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong — Desktop Chat</source>
        <translation>發生問題 — Desktop Chat</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>發生問題</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>發生問題。</translation>
    </message>
    <message>
        <source>The app kept running and your chats are safe. If this keeps happening, send the details below to your IT contact.</source>
        <translation>應用程式仍在執行，您的對話都很安全。如果這個問題持續發生，請將下方的詳細資料傳給您的 IT 聯絡人。</translation>
    </message>
    <message>
        <source>The details were also written to the log file: {path}</source>
        <translation>詳細資料也已寫入記錄檔：{path}</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>錯誤詳細資料</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>複製詳細資料</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>開啟記錄檔資料夾</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Document preview</source>
        <translation>文件預覽</translation>
    </message>
    <message>
        <source>Text the model read</source>
        <translation>模型讀取的文字</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>儲存複本…</translation>
    </message>
    <message>
        <source>Save a copy of the original file</source>
        <translation>儲存原始檔案的複本</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>關閉預覽</translation>
    </message>
    <message>
        <source>This is a scan without a text layer: the model got no text from it.</source>
        <translation>這是沒有文字層的掃描檔：模型沒有從中取得任何文字。</translation>
    </message>
    <message>
        <source>No text was read from this file.</source>
        <translation>未從此檔案讀取到任何文字。</translation>
    </message>
    <message>
        <source>This is the text the model read from the file.</source>
        <translation>這是模型從檔案中讀取的文字。</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>${amount}</source>
        <translation>US${amount}</translation>
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
        <translation>網頁 (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Open a chat to export it.</source>
        <translation>請開啟一個對話來匯出。</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>匯出對話</translation>
    </message>
    <message>
        <source>Chat archive (*.json)</source>
        <translation>對話封存檔 (*.json)</translation>
    </message>
    <message>
        <source>Export all chats</source>
        <translation>匯出所有對話</translation>
    </message>
    <message>
        <source>Chat archives and ChatGPT exports (*.json *.zip)</source>
        <translation>對話封存檔及 ChatGPT 匯出檔 (*.json *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>匯入對話</translation>
    </message>
    <message>
        <source>History backup (*.sqlite3)</source>
        <translation>歷史記錄備份 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Back up history</source>
        <translation>備份歷史記錄</translation>
    </message>
    <message>
        <source>Wait for the file work under way to finish, or cancel it.</source>
        <translation>請等待進行中的檔案作業完成，或將其取消。</translation>
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
        <translation>從 {name} 匯入：{counts}</translation>
    </message>
    <message>
        <source>Exported {chats} to {path}</source>
        <translation>已匯出 {chats}至 {path}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已匯出至 {path}</translation>
    </message>
    <message>
        <source>History backed up to {path}</source>
        <translation>歷史記錄已備份至 {path}</translation>
    </message>
    <message>
        <source>Exporting… {done} of {total} chats</source>
        <translation>正在匯出… 第 {done} 個，共 {total} 個對話</translation>
    </message>
    <message>
        <source>Importing… {percent}%</source>
        <translation>正在匯入… {percent}%</translation>
    </message>
    <message>
        <source>Backing up… {percent}%</source>
        <translation>正在備份… {percent}%</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>已取消匯入，未匯入任何內容。</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>已取消匯出，未寫入任何檔案。</translation>
    </message>
    <message>
        <source>Backup cancelled. No copy was made.</source>
        <translation>已取消備份，未建立任何複本。</translation>
    </message>
    <message>
        <source>Importing chats</source>
        <translation>正在匯入對話</translation>
    </message>
    <message>
        <source>Exporting all chats</source>
        <translation>正在匯出所有對話</translation>
    </message>
    <message>
        <source>Backing up history</source>
        <translation>正在備份歷史記錄</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished.</source>
        <translation>回覆在完成前就中斷了。</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>回覆失敗。</translation>
    </message>
    <message>
        <source>The answer was still arriving.</source>
        <translation>回覆仍在傳送中。</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>未命名的對話</translation>
    </message>
    <message>
        <source>Exported from Desktop Chat · started {when}</source>
        <translation>從 Desktop Chat 匯出 · 開始於 {when}</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系統提示詞</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理過程</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助理</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>{name} ({model})</source>
        <translation>{name} ({model})</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of an exported web page</comment>
        <translation>zh-Hant-TW</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>附加的檔案</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引數</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>Formulas</name>
    <message>
        <source>Formula could not be drawn</source>
        <translation>無法繪製公式</translation>
    </message>
</context>
<context>
    <name>Gateway</name>
    <message>
        <source>your system&apos;s password store</source>
        <translation>系統的密碼儲存區</translation>
    </message>
    <message>
        <source>Add your API key to start chatting — or try the offline demo.</source>
        <translation>請新增您的 API 金鑰以開始對話 — 或試用離線示範。</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>新增金鑰</translation>
    </message>
    <message>
        <source>{problem} Your key is kept only until you close the app.</source>
        <translation>{problem} 您的金鑰只會保留到您關閉應用程式為止。</translation>
    </message>
    <message>
        <source>This is the offline demo: answers come from a built-in simulator, not a real model. Add your API key in Settings to chat for real.</source>
        <translation>這是離線示範：回覆來自內建的模擬器，而非真正的模型。請在「設定」中新增您的 API 金鑰，即可開始真正的對話。</translation>
    </message>
    <message>
        <source>Add my key</source>
        <translation>新增我的金鑰</translation>
    </message>
    <message>
        <source>memory only (no password store)</source>
        <translation>僅存於記憶體（沒有密碼儲存區）</translation>
    </message>
    <message>
        <source>the {variable} environment variable</source>
        <translation>{variable} 環境變數</translation>
    </message>
    <message>
        <source>There is no key saved for this gateway address yet.</source>
        <translation>此閘道位址尚未儲存任何金鑰。</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the gateway.</source>
        <translation>與閘道通訊時發生問題。</translation>
    </message>
    <message>
        <source>The gateway did not accept your API key.</source>
        <translation>閘道不接受您的 API 金鑰。</translation>
    </message>
    <message>
        <source>Your account can&apos;t use this model right now (quota or permission).</source>
        <translation>您的帳戶目前無法使用此模型（配額或權限問題）。</translation>
    </message>
    <message>
        <source>This address doesn&apos;t look like a chat gateway.</source>
        <translation>這個位址看起來不像對話閘道。</translation>
    </message>
    <message>
        <source>This model isn&apos;t available with your key.</source>
        <translation>您的金鑰無法使用此模型。</translation>
    </message>
    <message>
        <source>This conversation is too long for the model.</source>
        <translation>這個對話對模型來說太長了。</translation>
    </message>
    <message>
        <source>This model can&apos;t see images. Choose a model that can (Claude or Gemini), or send the message without its pictures.</source>
        <translation>此模型無法看到圖片。請選擇可以看圖的模型（Claude 或 Gemini），或不附圖片傳送訊息。</translation>
    </message>
    <message>
        <source>This model (or the gateway) can&apos;t use tools. Retry sends the message without them (tools stay off in this chat until you turn them on in the sidebar).</source>
        <translation>此模型（或閘道）無法使用工具。「重試」會在不使用工具的情況下傳送訊息（在您於側邊欄重新開啟前，此對話的工具會保持關閉）。</translation>
    </message>
    <message>
        <source>Too many requests right now.</source>
        <translation>目前的要求太多。</translation>
    </message>
    <message>
        <source>The model service is having trouble.</source>
        <translation>模型服務發生問題。</translation>
    </message>
    <message>
        <source>The model service took too long to answer.</source>
        <translation>模型服務回應逾時。</translation>
    </message>
    <message>
        <source>Can&apos;t reach the gateway. Check your internet connection or proxy.</source>
        <translation>無法連線到閘道。請檢查您的網路連線或 Proxy。</translation>
    </message>
    <message>
        <source>The connection isn&apos;t secure (certificate problem), so nothing was sent.</source>
        <translation>連線不安全（憑證問題），因此未傳送任何內容。</translation>
    </message>
    <message>
        <source>The gateway turned this request down.</source>
        <translation>閘道拒絕了這個要求。</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished. What arrived is kept.</source>
        <translation>回覆在完成前就中斷了。已收到的內容會保留。</translation>
    </message>
    <message>
        <source>The gateway sent back an empty answer (this can happen when a conversation is too long).</source>
        <translation>閘道傳回了空白的回覆（對話太長時可能會發生這種情況）。</translation>
    </message>
    <message>
        <source>The model service reported an error while answering. What arrived is kept.</source>
        <translation>模型服務在回覆時回報錯誤。已收到的內容會保留。</translation>
    </message>
    <message>
        <source>Change key</source>
        <translation>變更金鑰</translation>
    </message>
    <message>
        <source>Check the address</source>
        <translation>檢查位址</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>選擇其他模型</translation>
    </message>
    <message>
        <source>Start a new chat from here</source>
        <translation>從這裡開始新對話</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>稍後再試</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>The proxy refused the connection. Check the proxy address, user name and password.</source>
        <translation>Proxy 拒絕了連線。請檢查 Proxy 位址、使用者名稱和密碼。</translation>
    </message>
    <message>
        <source>The gateway sent a part of the answer this app could not read.</source>
        <translation>閘道傳送了本應用程式無法讀取的部分回覆。</translation>
    </message>
    <message>
        <source>The gateway sent an answer this app could not read.</source>
        <translation>閘道傳送了本應用程式無法讀取的回覆。</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t secure (certificate problem), so nothing was sent.</source>
        <translation>與 {host} 的連線不安全（憑證問題），因此未傳送任何內容。</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, expired on {date}. Nothing was sent. Ask IT or the gateway&apos;s owner to renew it.</source>
        <translation>與 {host} 的連線不受信任：它的憑證由「{issuer}」簽發，已於 {date} 過期。未傳送任何內容。請聯絡 IT 部門或閘道的管理者更新憑證。</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, is not valid yet. Nothing was sent. Check this computer&apos;s date and time, or ask IT.</source>
        <translation>與 {host} 的連線不受信任：它的憑證由「{issuer}」簽發，目前尚未生效。未傳送任何內容。請檢查這台電腦的日期和時間，或聯絡 IT 部門。</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, is for {names}, not for {host}. Nothing was sent. Check the gateway address, or ask IT.</source>
        <translation>與 {host} 的連線不受信任：它的憑證由「{issuer}」簽發，適用於 {names}，而非 {host}。未傳送任何內容。請檢查閘道位址，或聯絡 IT 部門。</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate was issued by itself (“{issuer}”), which this computer doesn&apos;t trust. Nothing was sent. Ask IT to install that certificate, or add it in Settings → Certificates.</source>
        <translation>與 {host} 的連線不受信任：它的憑證是自行簽發的（「{issuer}」），這台電腦不信任此憑證。未傳送任何內容。請 IT 部門安裝該憑證，或在「設定 → 憑證」中新增。</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate was issued by “{issuer}”, which this computer doesn&apos;t trust. Nothing was sent. Ask IT to install that certificate, or add it in Settings → Certificates.</source>
        <translation>與 {host} 的連線不受信任：它的憑證由「{issuer}」簽發，這台電腦不信任此簽發者。未傳送任何內容。請 IT 部門安裝該憑證，或在「設定 → 憑證」中新增。</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} could not be loaded, so nothing was sent. Check the address in Settings → Connection, or ask IT.</source>
        <translation>無法載入位於 {address} 的自動 Proxy 設定（PAC 檔案），因此未傳送任何內容。請檢查「設定 → 連線」中的位址，或聯絡 IT 部門。</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} took too long, so nothing was sent. Try again, or ask IT.</source>
        <translation>載入位於 {address} 的自動 Proxy 設定（PAC 檔案）花費太久，因此未傳送任何內容。請再試一次，或聯絡 IT 部門。</translation>
    </message>
    <message>
        <source>The file at {address} is too large to be automatic proxy settings (a PAC file), so nothing was sent. Check the address in Settings → Connection, or ask IT.</source>
        <translation>位於 {address} 的檔案太大，不可能是自動 Proxy 設定（PAC 檔案），因此未傳送任何內容。請檢查「設定 → 連線」中的位址，或聯絡 IT 部門。</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} don&apos;t work (the script has an error), so nothing was sent. Ask IT to check the file.</source>
        <translation>位於 {address} 的自動 Proxy 設定（PAC 檔案）無法運作（指令碼有錯誤），因此未傳送任何內容。請 IT 部門檢查該檔案。</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} named no proxy for the gateway, so nothing was sent. Ask IT to check the file.</source>
        <translation>位於 {address} 的自動 Proxy 設定（PAC 檔案）沒有為閘道指定任何 Proxy，因此未傳送任何內容。請 IT 部門檢查該檔案。</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) send the gateway through a SOCKS proxy, which Desktop Chat can&apos;t use. Nothing was sent. Ask IT for an HTTP proxy, or set one in Settings → Connection.</source>
        <translation>自動 Proxy 設定（PAC 檔案）讓閘道的連線經由 SOCKS Proxy，但 Desktop Chat 無法使用這種 Proxy。未傳送任何內容。請向 IT 部門索取 HTTP Proxy，或在「設定 → 連線」中設定一個。</translation>
    </message>
    <message>
        <source>HTTP status: {value}</source>
        <translation>HTTP 狀態：{value}</translation>
    </message>
    <message>
        <source>Server message: {value}</source>
        <translation>伺服器訊息：{value}</translation>
    </message>
    <message>
        <source>Server code: {value}</source>
        <translation>伺服器代碼：{value}</translation>
    </message>
    <message>
        <source>Address: {value}</source>
        <translation>位址：{value}</translation>
    </message>
    <message>
        <source>Server asked to wait: {value} s</source>
        <translation>伺服器要求等待：{value} 秒</translation>
    </message>
    <message>
        <source>Technical: {value}</source>
        <translation>技術資訊：{value}</translation>
    </message>
    <message>
        <source>Kind: {value}</source>
        <translation>類型：{value}</translation>
    </message>
    <message>
        <source>Model&apos;s limit: {value} tokens</source>
        <translation>模型上限：{value} 個 token</translation>
    </message>
    <message>
        <source>This request: {value} tokens</source>
        <translation>此要求：{value} 個 token</translation>
    </message>
    <message>
        <source>Host: {value}</source>
        <translation>主機：{value}</translation>
    </message>
    <message>
        <source>Certificate issued by: {value}</source>
        <translation>憑證簽發者：{value}</translation>
    </message>
    <message>
        <source>Certificate issued to: {value}</source>
        <translation>憑證簽發對象：{value}</translation>
    </message>
    <message>
        <source>Certificate valid until: {value}</source>
        <translation>憑證有效期限：{value}</translation>
    </message>
    <message>
        <source>Proxy settings file (PAC): {value}</source>
        <translation>Proxy 設定檔（PAC）：{value}</translation>
    </message>
    <message>
        <source>What happened: {text}</source>
        <translation>發生的狀況：{text}</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>開啟設定</translation>
    </message>
    <message>
        <source>Suggested: {action}</source>
        <translation>建議：{action}</translation>
    </message>
    <message>
        <source>{problem} Trying again in {seconds} s (attempt {attempt} of {total})…</source>
        <translation>{problem} {seconds} 秒後重試（第 {attempt} 次，共 {total} 次）…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>溫度</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>存在懲罰</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>頻率懲罰</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>最大長度</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>停止序列</translation>
    </message>
    <message>
        <source>User identifier</source>
        <translation>使用者識別碼</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>串流</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Tool choice</source>
        <translation>工具選擇</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>閘道位址</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Proxy 位址</translation>
    </message>
    <message>
        <source>Automatic proxy settings (PAC) address</source>
        <translation>自動 Proxy 設定（PAC）位址</translation>
    </message>
    <message>
        <source>Extra certificates file</source>
        <translation>額外的憑證檔案</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>Temperature must be between {low} and {high}.</source>
        <translation>溫度必須介於 {low} 到 {high} 之間。</translation>
    </message>
    <message>
        <source>Top P must be between {low} and {high}.</source>
        <translation>Top P 必須介於 {low} 到 {high} 之間。</translation>
    </message>
    <message>
        <source>Presence penalty must be between {low} and {high}.</source>
        <translation>存在懲罰必須介於 {low} 到 {high} 之間。</translation>
    </message>
    <message>
        <source>Frequency penalty must be between {low} and {high}.</source>
        <translation>頻率懲罰必須介於 {low} 到 {high} 之間。</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}.</source>
        <translation>{field}必須介於 {low} 到 {high} 之間。</translation>
    </message>
    <message>
        <source>Please choose a model.</source>
        <translation>請選擇一個模型。</translation>
    </message>
    <message>
        <source>There is no message to send.</source>
        <translation>沒有可傳送的訊息。</translation>
    </message>
    <message>
        <source>Message {number} must come from the system, the user or the assistant.</source>
        <translation>第 {number} 則訊息必須來自系統、使用者或助理。</translation>
    </message>
    <message>
        <source>Message {number} has no text.</source>
        <translation>第 {number} 則訊息沒有文字。</translation>
    </message>
    <message>
        <source>A picture in message {number} could not be read, so nothing was sent.</source>
        <translation>無法讀取第 {number} 則訊息中的圖片，因此未傳送任何內容。</translation>
    </message>
    <message>
        <source>Message {number} is a tool&apos;s result that names no tool call, so nothing was sent.</source>
        <translation>第 {number} 則訊息是工具結果，但沒有對應的工具呼叫，因此未傳送任何內容。</translation>
    </message>
    <message>
        <source>A tool call in message {number} has no id or name, so nothing was sent.</source>
        <translation>第 {number} 則訊息中的工具呼叫沒有 ID 或名稱，因此未傳送任何內容。</translation>
    </message>
    <message>
        <source>Tool {number} has a name the gateway can&apos;t take; check the tool server&apos;s settings.</source>
        <translation>工具 {number} 的名稱無法被閘道接受；請檢查工具伺服器的設定。</translation>
    </message>
    <message>
        <source>Tool {number} describes its inputs in a way the gateway can&apos;t take; check the tool server.</source>
        <translation>工具 {number} 描述輸入的方式無法被閘道接受；請檢查工具伺服器。</translation>
    </message>
    <message>
        <source>Tool choice must be automatic, none or required.</source>
        <translation>工具選擇必須是自動、無或必要。</translation>
    </message>
    <message>
        <source>Maximum length must be a whole number of at least {low} token.</source>
        <translation>最大長度必須是至少 {low} 個 token 的整數。</translation>
    </message>
    <message>
        <source>You can give at most {high} stop sequences.</source>
        <translation>您最多只能設定 {high} 個停止序列。</translation>
    </message>
    <message>
        <source>A stop sequence can&apos;t be empty.</source>
        <translation>停止序列不可為空白。</translation>
    </message>
    <message>
        <source>The user identifier must be text.</source>
        <translation>使用者識別碼必須是文字。</translation>
    </message>
    <message>
        <source>Streaming must be switched on or off.</source>
        <translation>串流必須設為開啟或關閉。</translation>
    </message>
    <message>
        <source>Please enter the gateway address.</source>
        <translation>請輸入閘道位址。</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a web address.</source>
        <translation>這看起來不像網址。</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://).</source>
        <translation>位址必須以 https://（或 http://）開頭。</translation>
    </message>
    <message>
        <source>Please leave the user name and password out of the address.</source>
        <translation>請勿在位址中包含使用者名稱和密碼。</translation>
    </message>
    <message>
        <source>The proxy address {value!r} isn&apos;t usable. Use a form like http://proxy.example.com:3128 (or leave it empty to use the system&apos;s).</source>
        <translation>無法使用 Proxy 位址 {value!r}。請使用類似 http://proxy.example.com:3128 的格式（或留空以使用系統的 Proxy）。</translation>
    </message>
    <message>
        <source>The certificates file {value} doesn&apos;t exist, so nothing was sent. Choose it again in Settings → Certificates, or remove it.</source>
        <translation>憑證檔案 {value} 不存在，因此未傳送任何內容。請在「設定 → 憑證」中重新選擇，或將它移除。</translation>
    </message>
    <message>
        <source>The certificates file {value} could not be read, so nothing was sent. Choose it again in Settings → Certificates, or remove it.</source>
        <translation>無法讀取憑證檔案 {value}，因此未傳送任何內容。請在「設定 → 憑證」中重新選擇，或將它移除。</translation>
    </message>
    <message>
        <source>The file {value} holds no certificate this app can read (a PEM file, text starting with “-----BEGIN CERTIFICATE-----”, is needed), so nothing was sent. Ask IT for the certificate as a PEM file.</source>
        <translation>檔案 {value} 中沒有本應用程式能讀取的憑證（需要 PEM 檔案，即以「-----BEGIN CERTIFICATE-----」開頭的文字），因此未傳送任何內容。請向 IT 部門索取 PEM 檔案格式的憑證。</translation>
    </message>
    <message>
        <source>The API key contains spaces or characters that can&apos;t be part of a key. Please paste it again.</source>
        <translation>API 金鑰含有空格或不可能出現在金鑰中的字元。請重新貼上。</translation>
    </message>
    <message>
        <source>Please check {field}.</source>
        <translation>請檢查{field}。</translation>
    </message>
    <message>
        <source>Added &apos;{scheme}://&apos; to the address.</source>
        <translation>已在位址前加上「{scheme}://」。</translation>
    </message>
    <message>
        <source>Removed the part after &apos;?&apos; or &apos;#&apos;.</source>
        <translation>已移除「?」或「#」之後的部分。</translation>
    </message>
    <message>
        <source>Removed &apos;{suffix}&apos; from the address.</source>
        <translation>已從位址中移除「{suffix}」。</translation>
    </message>
    <message>
        <source>Added &apos;/v1&apos; to the address.</source>
        <translation>已在位址後加上「/v1」。</translation>
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
        <translation>建立新的歷史記錄</translation>
    </message>
    <message>
        <source>&quot;Start a new history&quot; keeps the damaged file beside the new one, unchanged, so nothing is lost.</source>
        <translation>「建立新的歷史記錄」會將損毀的檔案原封不動地保留在新檔案旁邊，因此不會遺失任何資料。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image viewer</source>
        <translation>圖片檢視器</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>符合視窗大小</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>將圖片縮放至符合視窗大小</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the image at its actual size</source>
        <translation>以實際大小顯示圖片</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>儲存圖片…</translation>
    </message>
    <message>
        <source>Save the image to a file</source>
        <translation>將圖片儲存為檔案</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>複製圖片</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation>將圖片複製到剪貼簿</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Close the image viewer</source>
        <translation>關閉圖片檢視器</translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <source>Paste your API key first.</source>
        <translation>請先貼上您的 API 金鑰。</translation>
    </message>
    <message>
        <source>The key contains spaces or unusual characters. Copy it again from where you got it.</source>
        <translation>金鑰含有空格或特殊字元。請從您取得金鑰的地方重新複製。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>貼上您的 API 金鑰</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>隱藏金鑰</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>顯示金鑰</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Your key could not be read from or saved to this computer&apos;s password store.</source>
        <translation>無法從這部電腦的密碼儲存區讀取您的金鑰，或無法將金鑰儲存到該處。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試一次</translation>
    </message>
    <message>
        <source>This computer has no password store, so your key can be kept only until you close the app.</source>
        <translation>這部電腦沒有密碼儲存區，因此您的金鑰只能保留到您關閉應用程式為止。</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>僅在本次工作階段保留</translation>
    </message>
    <message>
        <source>Your password store is locked, so Desktop Chat can&apos;t read or save your key.</source>
        <translation>您的密碼儲存區已鎖定，因此 Desktop Chat 無法讀取或儲存您的金鑰。</translation>
    </message>
    <message>
        <source>Unlock it and try again, or keep the key for this session only</source>
        <translation>請解除鎖定後再試一次，或僅在本次工作階段保留金鑰</translation>
    </message>
    <message>
        <source>Your password store didn&apos;t answer in time (it may be waiting for you to unlock it).</source>
        <translation>您的密碼儲存區未及時回應（可能正在等您解除鎖定）。</translation>
    </message>
    <message>
        <source>Try again, or keep the key for this session only</source>
        <translation>請再試一次，或僅在本次工作階段保留金鑰</translation>
    </message>
    <message>
        <source>Your key is set by the {variable} environment variable, so it can&apos;t be changed here.</source>
        <translation>您的金鑰是由 {variable} 環境變數設定的，因此無法在這裡變更。</translation>
    </message>
    <message>
        <source>Ask whoever set up this computer</source>
        <translation>請洽詢設定這部電腦的人員</translation>
    </message>
    <message>
        <source>The key is empty. Paste your API key.</source>
        <translation>金鑰是空的。請貼上您的 API 金鑰。</translation>
    </message>
    <message>
        <source>The key contains spaces or unusual characters. Copy it again from where you got it.</source>
        <translation>金鑰含有空格或特殊字元。請從您取得金鑰的地方重新複製。</translation>
    </message>
    <message>
        <source>The key saved in your password store is damaged. Enter your key again.</source>
        <translation>儲存在密碼儲存區中的金鑰已損毀。請重新輸入您的金鑰。</translation>
    </message>
    <message>
        <source>Paste your key again</source>
        <translation>請重新貼上您的金鑰</translation>
    </message>
    <message>
        <source>Your key comes from the {variable} environment variable and is not stored.</source>
        <translation>您的金鑰來自 {variable} 環境變數，不會被儲存。</translation>
    </message>
    <message>
        <source>Your key is kept only until you close the app.</source>
        <translation>您的金鑰只會保留到您關閉應用程式為止。</translation>
    </message>
    <message>
        <source>Your key is kept in {store}, never in a file.</source>
        <translation>您的金鑰保存在 {store} 中，絕不會寫入檔案。</translation>
    </message>
    <message>
        <source>No key is stored yet.</source>
        <translation>尚未儲存任何金鑰。</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Add a line</source>
        <translation>新增一行</translation>
    </message>
    <message>
        <source>Add a line to {what}</source>
        <translation>在「{what}」新增一行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>機密</translation>
    </message>
    <message>
        <source>Keep this value secret, in the keyring</source>
        <translation>將此值視為機密，保存在鑰匙圈中</translation>
    </message>
    <message>
        <source>A secret is kept in the system&apos;s keyring, not in mcp.json, and shown as ••••</source>
        <translation>機密值會保存在系統的鑰匙圈中，而不是 mcp.json，並顯示為 ••••</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>移除此行</translation>
    </message>
    <message>
        <source>{mask} (kept in the keyring; type to replace)</source>
        <translation>{mask}（保存在鑰匙圈中；輸入新值即可取代）</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message numerus="yes">
        <source>The chat was too long for the model, so the %n oldest message(s) were left out and it was asked again.</source>
        <translation>
            <numerusform>對話對模型來說太長，因此略過了最舊的 %n 則訊息，並重新詢問模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新對話</translation>
    </message>
    <message>
        <source>The whole chat was copied as text.</source>
        <translation>已將整個對話複製為文字。</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>垃圾桶是空的。</translation>
    </message>
    <message>
        <source>Delete the chat in the trash for good?</source>
        <translation>要永久刪除垃圾桶中的對話嗎？</translation>
    </message>
    <message>
        <source>Delete the {count} chats in the trash for good?</source>
        <translation>要永久刪除垃圾桶中的 {count} 個對話嗎？</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>清空垃圾桶</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>永久刪除</translation>
    </message>
    <message>
        <source>This can&apos;t be undone. Chats in the trash are deleted by themselves after 30 days.</source>
        <translation>此動作無法復原。垃圾桶中的對話會在 30 天後自動刪除。</translation>
    </message>
    <message>
        <source>1 chat deleted for good.</source>
        <translation>已永久刪除 1 個對話。</translation>
    </message>
    <message>
        <source>{count} chats deleted for good.</source>
        <translation>已永久刪除 {count} 個對話。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Summarise them</source>
        <translation>產生摘要</translation>
    </message>
    <message>
        <source>Desktop Chat</source>
        <translation>Desktop Chat</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新對話(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>開始新的對話</translation>
    </message>
    <message>
        <source>&amp;Export chat…</source>
        <translation>匯出對話(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>匯出所有對話(&amp;A)…</translation>
    </message>
    <message>
        <source>Save every chat into one JSON archive</source>
        <translation>將所有對話儲存為一個 JSON 封存檔</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>匯出為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the chat on screen as a PDF: code, formulas and pictures included</source>
        <translation>將畫面上的對話儲存為 PDF，包含程式碼、公式和圖片</translation>
    </message>
    <message>
        <source>&amp;Import archive or ChatGPT export…</source>
        <translation>匯入封存檔或 ChatGPT 匯出檔(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Backup history…</source>
        <translation>備份歷史記錄(&amp;B)…</translation>
    </message>
    <message>
        <source>Empty &amp;trash…</source>
        <translation>清空垃圾桶(&amp;T)…</translation>
    </message>
    <message>
        <source>Delete the chats in the trash for good</source>
        <translation>永久刪除垃圾桶中的對話</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>搜尋對話(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>重新命名對話(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;top answer</source>
        <translation>停止回覆(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Parameter sidebar</source>
        <translation>參數側邊欄(&amp;P)</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>顯示或隱藏側邊欄</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Desktop Chat</source>
        <translation>關於 Desktop Chat(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>開啟記錄檔資料夾(&amp;L)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic report</source>
        <translation>複製診斷報告(&amp;D)</translation>
    </message>
    <message>
        <source>Copy versions, settings, the connection test and the log, without any key, for IT</source>
        <translation>複製版本、設定、連線測試結果與記錄檔（不含任何金鑰），以提供給 IT 部門</translation>
    </message>
    <message>
        <source>&amp;Copy whole chat as text</source>
        <translation>將整個對話複製為文字(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Usage and costs…</source>
        <translation>用量與費用(&amp;U)…</translation>
    </message>
    <message>
        <source>Tokens and estimated costs per day, model and chat</source>
        <translation>每日、每個模型及每個對話的 token 數與估計費用</translation>
    </message>
    <message>
        <source>Focus the message box</source>
        <translation>將焦點移至訊息方塊</translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation>下一個對話</translation>
    </message>
    <message>
        <source>Previous chat</source>
        <translation>上一個對話</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>功能表列</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>佈景主題(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>側邊欄</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[圖片：{alt}]</translation>
    </message>
    <message>
        <source>image</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Image “{alt}” from {host} — open</source>
        <translation>來自 {host} 的圖片「{alt}」— 開啟</translation>
    </message>
    <message>
        <source>Image from {host} — open</source>
        <translation>來自 {host} 的圖片 — 開啟</translation>
    </message>
    <message>
        <source>[image: {alt}] ({url})</source>
        <translation>[圖片：{alt}] ({url})</translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <source>You stopped this answer.</source>
        <translation>您已停止此回覆。</translation>
    </message>
    <message>
        <source>The app closed before the answer finished.</source>
        <translation>應用程式在回覆完成前就關閉了。</translation>
    </message>
    <message>
        <source>Something went wrong inside the app.</source>
        <translation>應用程式內部發生問題。</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished. What arrived is kept.</source>
        <translation>回覆在完成前就中斷了。已收到的內容會保留。</translation>
    </message>
    <message>
        <source>The answer was cut short by the length limit.</source>
        <translation>回覆因長度上限而被截斷。</translation>
    </message>
    <message>
        <source>The provider&apos;s content filter stopped this answer.</source>
        <translation>服務供應商的內容篩選器停止了此回覆。</translation>
    </message>
    <message>
        <source>The answer could not be completed.</source>
        <translation>無法完成回覆。</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cut short (length limit)</source>
        <translation>已截斷（長度上限）</translation>
    </message>
    <message>
        <source>stopped by content filter</source>
        <translation>已被內容篩選器停止</translation>
    </message>
    <message>
        <source>tool call</source>
        <translation>工具呼叫</translation>
    </message>
    <message>
        <source>{prompt} prompt / {completion} completion tokens</source>
        <translation>輸入 {prompt} / 輸出 {completion} 個 token</translation>
    </message>
    <message>
        <source>≈ {cost} (estimate)</source>
        <translation>≈ {cost}（估計）</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>您的訊息</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助理</translation>
    </message>
    <message>
        <source>The answer is being written</source>
        <translation>正在撰寫回覆</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理過程</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>顯示推理過程</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning</source>
        <translation>顯示或隱藏模型的推理過程</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>繼續回覆</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Retry the answer</source>
        <translation>重試回覆</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>顯示詳細資料</translation>
    </message>
    <message>
        <source>Show or hide what exactly went wrong</source>
        <translation>顯示或隱藏問題的確切內容</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>上一個版本</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一個版本</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>複製訊息</translation>
    </message>
    <message>
        <source>Copy the whole message</source>
        <translation>複製整則訊息</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新產生</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>重新產生回覆</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Edit and resend message</source>
        <translation>編輯並重新傳送訊息</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>刪除訊息</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>更多動作</translation>
    </message>
    <message>
        <source>Version {index} of {count}</source>
        <translation>第 {index} 版，共 {count} 版</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <source>Answer from {model}</source>
        <translation>來自 {model} 的回覆</translation>
    </message>
    <message>
        <source>Answer from the model</source>
        <translation>來自模型的回覆</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>撰寫中</translation>
    </message>
    <message>
        <source>Copy request as curl</source>
        <translation>將要求複製為 curl</translation>
    </message>
    <message>
        <source>Copy the request behind this answer as a curl command, for IT (the key is left out)</source>
        <translation>將產生此回覆的要求複製為 curl 命令，以提供給 IT 部門（不含金鑰）</translation>
    </message>
    <message>
        <source>Copy request as curl, pictures shortened</source>
        <translation>將要求複製為 curl（圖片已縮短）</translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>隱藏推理過程</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>隱藏詳細資料</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>編輯訊息</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>取消編輯</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>Send edited message</source>
        <translation>傳送編輯後的訊息</translation>
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
        <translation>標準</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>閘道</translation>
    </message>
    <message>
        <source>Learned from an error</source>
        <translation>從錯誤得知</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的設定</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>“{text}” is not a number of tokens. Enter a whole number from 1 to {largest}, or empty the cell to use the other figures.</source>
        <translation>「{text}」不是 token 數。請輸入 1 到 {largest} 之間的整數，或清空此儲存格以使用其他數值。</translation>
    </message>
    <message>
        <source>“{text}” is not a price. Enter US dollars per million tokens from 0 to {largest}, for example {example}, or empty the cell to use the other figures.</source>
        <translation>「{text}」不是價格。請輸入每百萬個 token 的美元價格（0 到 {largest}），例如 {example}，或清空此儲存格以使用其他數值。</translation>
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
        <translation>負責回覆的模型。請選擇一個，或輸入模型 ID。</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>模型 ID</translation>
    </message>
    <message>
        <source>{vendor} (heading)</source>
        <translation>{vendor}（標題）</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Models and their figures</source>
        <translation>模型及其數值</translation>
    </message>
    <message>
        <source>Context window and longest answer in tokens, prices in US dollars per million tokens. Type a figure to use your own; empty the cell to use the others again.</source>
        <translation>上下文視窗與最長回覆以 token 計，價格以每百萬個 token 的美元計。輸入數值即可改用您自己的設定；清空儲存格即可恢復使用其他數值。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>上下文視窗</translation>
    </message>
    <message>
        <source>Longest answer</source>
        <translation>最長回覆</translation>
    </message>
    <message>
        <source>Input $/1M</source>
        <translation>輸入 $/1M</translation>
    </message>
    <message>
        <source>Output $/1M</source>
        <translation>輸出 $/1M</translation>
    </message>
    <message>
        <source>Sees images</source>
        <translation>可看圖片</translation>
    </message>
    <message>
        <source>Draws images</source>
        <translation>可產生圖片</translation>
    </message>
    <message>
        <source>From</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>How many tokens the model can read at once: the chat and its answer</source>
        <translation>模型一次可讀取的 token 數：包括對話及其回覆</translation>
    </message>
    <message>
        <source>The longest answer the model can write, in tokens</source>
        <translation>模型可撰寫的最長回覆（以 token 計）</translation>
    </message>
    <message>
        <source>Estimated US dollars per million tokens sent to the model</source>
        <translation>傳送給模型的內容每百萬個 token 的估計美元費用</translation>
    </message>
    <message>
        <source>Estimated US dollars per million tokens the model writes</source>
        <translation>模型撰寫的內容每百萬個 token 的估計美元費用</translation>
    </message>
    <message>
        <source>Pictures you attach are sent to this model</source>
        <translation>您附加的圖片會傳送給此模型</translation>
    </message>
    <message>
        <source>The model is asked for pictures too (image models such as Gemini 2.5 Flash Image)</source>
        <translation>也會要求模型產生圖片（例如 Gemini 2.5 Flash Image 等圖片模型）</translation>
    </message>
    <message>
        <source>Where the figures in force come from</source>
        <translation>目前使用的數值來源</translation>
    </message>
    <message>
        <source>&amp;Reset selected</source>
        <translation>重設所選項目(&amp;R)</translation>
    </message>
    <message>
        <source>Reset the selected models&apos; figures</source>
        <translation>重設所選模型的數值</translation>
    </message>
    <message>
        <source>Drop your own figures for the selected models</source>
        <translation>捨棄您為所選模型自訂的數值</translation>
    </message>
    <message>
        <source>Model to add</source>
        <translation>要新增的模型</translation>
    </message>
    <message>
        <source>Another model&apos;s name, as the gateway spells it</source>
        <translation>其他模型的名稱，拼法須與閘道所用的相同</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>Add this model to the table</source>
        <translation>將此模型新增到表格</translation>
    </message>
    <message>
        <source>Prices are estimates from the providers&apos; public list prices; your gateway may charge differently.</source>
        <translation>價格是根據各服務供應商公開的牌價估算；您的閘道實際收費可能不同。</translation>
    </message>
    <message>
        <source>An answer can&apos;t be longer than the context window ({window} tokens).</source>
        <translation>回覆長度不能超過上下文視窗（{window} 個 token）。</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>來源：{source}</translation>
    </message>
    <message>
        <source>Not known: type a figure</source>
        <translation>未知：請輸入數值</translation>
    </message>
    <message>
        <source>Your setting</source>
        <translation>您的設定</translation>
    </message>
    <message>
        <source>What is known of this model</source>
        <translation>此模型的已知資訊</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Connected. This gateway doesn&apos;t list its models, so the standard list is shown.</source>
        <translation>已連線。此閘道不提供模型清單，因此顯示標準清單。</translation>
    </message>
    <message>
        <source>Showing the models saved earlier. {reason}</source>
        <translation>顯示先前儲存的模型清單。{reason}</translation>
    </message>
    <message>
        <source>Showing the models saved on {when}. {reason}</source>
        <translation>顯示 {when} 儲存的模型清單。{reason}</translation>
    </message>
    <message>
        <source>Showing the standard model list. {reason}</source>
        <translation>顯示標準模型清單。{reason}</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Model that writes summaries</source>
        <translation>撰寫摘要的模型</translation>
    </message>
    <message>
        <source>When a chat is too long for its model, this model summarises the earlier messages</source>
        <translation>當對話對其模型來說太長時，此模型會為先前的訊息產生摘要</translation>
    </message>
    <message>
        <source>The chat&apos;s own model</source>
        <translation>對話本身使用的模型</translation>
    </message>
    <message>
        <source>&amp;Name new chats automatically</source>
        <translation>自動為新對話命名(&amp;N)</translation>
    </message>
    <message>
        <source>Name new chats automatically</source>
        <translation>自動為新對話命名</translation>
    </message>
    <message>
        <source>After the first answer, a small model suggests a name for the chat</source>
        <translation>在第一個回覆之後，由小型模型為對話建議名稱</translation>
    </message>
    <message>
        <source>Chat &amp;names are written by</source>
        <translation>對話名稱撰寫模型(&amp;N)</translation>
    </message>
    <message>
        <source>Model that names new chats</source>
        <translation>為新對話命名的模型</translation>
    </message>
    <message>
        <source>Context windows and prices</source>
        <translation>上下文視窗與價格</translation>
    </message>
    <message>
        <source>Summaries and chat names</source>
        <translation>摘要與對話名稱</translation>
    </message>
    <message>
        <source>&amp;Summaries are written by</source>
        <translation>摘要撰寫模型(&amp;S)</translation>
    </message>
</context>
<context>
    <name>NumberParam</name>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <source>Reset {parameter}</source>
        <translation>重設 {parameter}</translation>
    </message>
    <message>
        <source>Don&apos;t send this parameter (use the gateway&apos;s default)</source>
        <translation>不傳送此參數（使用閘道的預設值）</translation>
    </message>
    <message>
        <source>{parameter} slider</source>
        <translation>{parameter} 滑桿</translation>
    </message>
</context>
<context>
    <name>ParameterSidebar</name>
    <message>
        <source>Precise</source>
        <translation>精確</translation>
    </message>
    <message>
        <source>Temperature 0.2: more deterministic and consistent (good for code generation, data extraction).</source>
        <translation>溫度 0.2：更具確定性、更一致（適合產生程式碼、擷取資料）。</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>平衡</translation>
    </message>
    <message>
        <source>Temperature 0.7: balanced creativity and consistency (good for daily conversations).</source>
        <translation>溫度 0.7：兼顧創意與一致性（適合日常對話）。</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>創意</translation>
    </message>
    <message>
        <source>Temperature 1.0: more creative and diverse (good for creative writing).</source>
        <translation>溫度 1.0：更有創意、更多樣（適合創意寫作）。</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>簡短</translation>
    </message>
    <message>
        <source>Up to 300 tokens: short responses.</source>
        <translation>最多 300 個 token：簡短的回覆。</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Up to 1,000 tokens: medium responses.</source>
        <translation>最多 1,000 個 token：中等長度的回覆。</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Up to 3,000 tokens: detailed responses.</source>
        <translation>最多 3,000 個 token：詳細的回覆。</translation>
    </message>
    <message>
        <source>Usually adjust either temperature or top_p, not both.</source>
        <translation>通常只需調整溫度或 top_p 其中之一，不必兩者都調。</translation>
    </message>
    <message>
        <source>How random the answer is, from 0 to 2 (the gateway&apos;s default is 1.0).
• 0.0–0.3: more deterministic and consistent (good for code generation, data extraction)
• 0.4–0.7: balanced creativity and consistency (good for daily conversations)
• 0.8–1.0: more creative and diverse (good for creative writing)
• 1.0–2.0: highly random and creative (good for brainstorming)</source>
        <translation>回覆的隨機程度，範圍 0 到 2（閘道預設為 1.0）。
• 0.0–0.3：更具確定性、更一致（適合產生程式碼、擷取資料）
• 0.4–0.7：兼顧創意與一致性（適合日常對話）
• 0.8–1.0：更有創意、更多樣（適合創意寫作）
• 1.0–2.0：高度隨機、富有創意（適合腦力激盪）</translation>
    </message>
    <message>
        <source>Nucleus sampling, from 0 to 1 (default 1.0).
• 0.1: only consider the top 10% most likely words
• 0.5: consider words with cumulative probability up to 50%
• 1.0: consider all possible words (default)
Usually adjust either temperature or top_p, not both.</source>
        <translation>核取樣（Nucleus sampling），範圍 0 到 1（預設 1.0）。
• 0.1：只考慮可能性最高的前 10% 字詞
• 0.5：考慮累積機率達 50% 以內的字詞
• 1.0：考慮所有可能的字詞（預設）
通常只需調整溫度或 top_p 其中之一，不必兩者都調。</translation>
    </message>
    <message>
        <source>The longest answer allowed, in tokens (a token is about ¾ of a word).
• Short responses: 100–300 tokens
• Medium responses: 500–1000 tokens
• Detailed responses: 1500–3000 tokens</source>
        <translation>允許的最長回覆，以 token 計（1 個 token 約為一個英文單字的 ¾）。
• 簡短回覆：100–300 個 token
• 中等回覆：500–1000 個 token
• 詳細回覆：1500–3000 個 token</translation>
    </message>
    <message>
        <source>From −2 to 2 (default 0). Higher values nudge the model to bring up new topics instead of staying on the ones already mentioned.</source>
        <translation>範圍 −2 到 2（預設 0）。數值越高，模型越傾向提出新話題，而不是停留在已提過的話題上。</translation>
    </message>
    <message>
        <source>From −2 to 2 (default 0). Higher values make the model repeat the same words and phrases less often.</source>
        <translation>範圍 −2 到 2（預設 0）。數值越高，模型越少重複相同的字詞和語句。</translation>
    </message>
    <message>
        <source>Up to {count} pieces of text at which the model stops writing. Separate them with commas; write \n for a new line and \, for a comma.</source>
        <translation>最多 {count} 段文字，模型寫到這些文字時就會停止。請以逗號分隔；換行請寫 \n，逗號請寫 \,。</translation>
    </message>
    <message>
        <source>Chat settings</source>
        <translation>對話設定</translation>
    </message>
    <message>
        <source>Tip: {note}</source>
        <translation>提示：{note}</translation>
    </message>
    <message>
        <source>Use as default for new chats</source>
        <translation>設為新對話的預設值</translation>
    </message>
    <message>
        <source>New chats will start with this model, these settings and this system prompt</source>
        <translation>新對話將以此模型、這些設定及此系統提示詞開始</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>重新整理模型</translation>
    </message>
    <message>
        <source>Refresh models — ask the gateway for its list again</source>
        <translation>重新整理模型 — 再次向閘道取得模型清單</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>風格</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長度</translation>
    </message>
    <message>
        <source>System prompt presets</source>
        <translation>系統提示詞預設集</translation>
    </message>
    <message>
        <source>Fill in a saved system prompt</source>
        <translation>填入已儲存的系統提示詞</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系統提示詞</translation>
    </message>
    <message>
        <source>How should the model behave? For example: “Answer in plain English, briefly.”</source>
        <translation>模型應該如何表現？例如：「請用淺白的中文簡短回答。」</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt</source>
        <translation>系統提示詞(&amp;Y)</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>儲存為預設集…</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>儲存為預設集</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>預設集名稱</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>儲存預設集</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel saving preset</source>
        <translation>取消儲存預設集</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>進階</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>進階設定</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>溫度</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 數</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>存在懲罰</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>頻率懲罰</translation>
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
        <translation>只傳送最後 N 輪</translation>
    </message>
    <message>
        <source>A turn is one of your messages with its answer. When set, only the newest turns are sent to the model (with the system prompt and any summary), even if more would fit. Not set: as many as fit the model&apos;s context window.</source>
        <translation>一輪是指您的一則訊息及其回覆。設定後，只會將最新的幾輪傳送給模型（連同系統提示詞及摘要），即使還放得下更多內容也一樣。未設定：傳送模型上下文視窗放得下的所有內容。</translation>
    </message>
    <message>
        <source>from cache (offline)</source>
        <translation>來自快取（離線）</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>預設集…</translation>
    </message>
    <message>
        <source>Only the first {count} are sent.</source>
        <translation>只會傳送前 {count} 個。</translation>
    </message>
    <message>
        <source>{model} (not in the list)</source>
        <translation>{model}（不在清單中）</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
</context>
<context>
    <name>PolicyWords</name>
    <message>
        <source>Set by your organisation</source>
        <translation>由您的組織設定</translation>
    </message>
    <message>
        <source>Managed by your organisation (policy: {path})</source>
        <translation>由您的組織管理（原則：{path}）</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>由您的組織管理</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Helpful assistant</source>
        <translation>貼心助理</translation>
    </message>
    <message>
        <source>You are a helpful assistant. Answer clearly and plainly.</source>
        <translation>你是一位樂於助人的助理。請清楚、淺白地回答。</translation>
    </message>
    <message>
        <source>Short answers</source>
        <translation>簡短回答</translation>
    </message>
    <message>
        <source>Answer briefly. Use bullet points when they help; skip introductions.</source>
        <translation>請簡短回答。適合時使用項目符號條列；省略開場白。</translation>
    </message>
    <message>
        <source>Proofreader</source>
        <translation>校對</translation>
    </message>
    <message>
        <source>Correct the spelling, grammar and punctuation of the text I send. Keep my wording and tone, then list the main changes.</source>
        <translation>請修正我傳送的文字中的錯別字、文法和標點符號。保留我的用字和語氣，然後列出主要的修改之處。</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>翻譯</translation>
    </message>
    <message>
        <source>Translate the text I send. If I don&apos;t name a language, translate it into English; keep the formatting.</source>
        <translation>請翻譯我傳送的文字。如果我沒有指定語言，請翻譯成繁體中文（台灣）；並保留原本的格式。</translation>
    </message>
    <message>
        <source>Email helper</source>
        <translation>電子郵件小幫手</translation>
    </message>
    <message>
        <source>Help me write clear, polite work emails. Ask for missing details before drafting.</source>
        <translation>協助我撰寫清楚、有禮的工作電子郵件。若缺少細節，請先詢問再擬稿。</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助理</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>未命名的對話</translation>
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
        <translation>附加的檔案：{name}（{size}）</translation>
    </message>
    <message>
        <source>Picture not available: {name}</source>
        <translation>圖片無法使用：{name}</translation>
    </message>
    <message>
        <source>Open a chat with messages to print it.</source>
        <translation>請開啟一個含有訊息的對話來列印。</translation>
    </message>
    <message>
        <source>This chat has no messages yet, so there is nothing to print.</source>
        <translation>這個對話還沒有任何訊息，因此沒有可列印的內容。</translation>
    </message>
    <message>
        <source>Wait for the printing under way to finish, or cancel it.</source>
        <translation>請等候進行中的列印完成，或將它取消。</translation>
    </message>
    <message>
        <source>Preparing… {done} of {total} messages</source>
        <translation>正在準備… 第 {done} 則，共 {total} 則訊息</translation>
    </message>
    <message>
        <source>Arranging the pages…</source>
        <translation>正在編排頁面…</translation>
    </message>
    <message>
        <source>Printing page {done} of {total}…</source>
        <translation>正在列印第 {done} 頁，共 {total} 頁…</translation>
    </message>
    <message>
        <source>Printing the chat</source>
        <translation>正在列印對話</translation>
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
        <translation>已取消列印，未傳送任何內容到印表機。</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>已取消匯出，未寫入任何檔案。</translation>
    </message>
    <message>
        <source>Sent 1 page to the printer.</source>
        <translation>已將 1 頁傳送到印表機。</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation>已將 {pages} 頁傳送到印表機。</translation>
    </message>
    <message>
        <source>Saved 1 page as {path}</source>
        <translation>已將 1 頁儲存為 {path}</translation>
    </message>
    <message>
        <source>Saved {pages} pages as {path}</source>
        <translation>已將 {pages} 頁儲存為 {path}</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>無法啟動印表機。請確認印表機已開啟，然後再試一次。</translation>
    </message>
    <message>
        <source>{name} could not be written. Choose another folder and try again.</source>
        <translation>無法寫入 {name}。請選擇其他資料夾，然後再試一次。</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>匯出為 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>對話</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Open settings</source>
        <translation>開啟設定</translation>
    </message>
</context>
<context>
    <name>ProseView</name>
    <message>
        <source>Message text</source>
        <translation>訊息文字</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>System settings</source>
        <translation>系統設定</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>此 Proxy：</translation>
    </message>
    <message>
        <source>Automatic (PAC):</source>
        <translation>自動（PAC）：</translation>
    </message>
    <message>
        <source>How to reach the gateway</source>
        <translation>連線到閘道的方式</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>http://proxy.example.com:8080</source>
        <translation>http://proxy.example.com:8080</translation>
    </message>
    <message>
        <source>For example http://proxy.example.com:8080 (http://user:password@… if it asks for a password)</source>
        <translation>例如 http://proxy.example.com:8080（若需要密碼，請使用 http://user:password@…）</translation>
    </message>
    <message>
        <source>Automatic proxy settings (PAC) address</source>
        <translation>自動 Proxy 設定（PAC）位址</translation>
    </message>
    <message>
        <source>http://wpad.example.com/proxy.pac</source>
        <translation>http://wpad.example.com/proxy.pac</translation>
    </message>
    <message>
        <source>The address of the proxy auto-configuration file IT gave you</source>
        <translation>IT 部門提供給您的 Proxy 自動設定檔位址</translation>
    </message>
    <message>
        <source>In use now: {proxy}</source>
        <translation>目前使用中：{proxy}</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>There is nothing to send.</source>
        <translation>沒有可傳送的內容。</translation>
    </message>
    <message>
        <source>Wait for the answer to finish, or stop it first.</source>
        <translation>請等待回覆完成，或先停止回覆。</translation>
    </message>
    <message>
        <source>Add your API key to start chatting.</source>
        <translation>請新增您的 API 金鑰以開始對話。</translation>
    </message>
    <message>
        <source>This chat no longer exists.</source>
        <translation>此對話已不存在。</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>此訊息已不存在。</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>只能編輯您自己的訊息。</translation>
    </message>
    <message>
        <source>Only an answer can be regenerated.</source>
        <translation>只能重新產生回覆。</translation>
    </message>
    <message>
        <source>Only an answer can be continued.</source>
        <translation>只能繼續回覆。</translation>
    </message>
    <message>
        <source>This answer is already complete.</source>
        <translation>此回覆已經完成。</translation>
    </message>
    <message>
        <source>This message can&apos;t be sent again.</source>
        <translation>此訊息無法再次傳送。</translation>
    </message>
    <message>
        <source>This message alone is longer than the model can read. Shorten it, or choose a model with a larger context window in the sidebar. Your text is still in the message box.</source>
        <translation>光是這則訊息就超過模型能讀取的長度。請縮短訊息，或在側邊欄選擇上下文視窗較大的模型。您的文字仍在訊息方塊中。</translation>
    </message>
    <message>
        <source>This model can&apos;t see images. Choose a model that can (Claude or Gemini) in the sidebar, or remove the images. Your message and files are still in the message box.</source>
        <translation>此模型無法看到圖片。請在側邊欄選擇可以看圖的模型（Claude 或 Gemini），或移除圖片。您的訊息和檔案仍在訊息方塊中。</translation>
    </message>
    <message>
        <source>A file is still being read. Wait a moment, or remove it, then send.</source>
        <translation>仍在讀取檔案。請稍候，或將其移除後再傳送。</translation>
    </message>
    <message>
        <source>The model kept calling tools, so the app stopped it. Ask it to go on if you want more.</source>
        <translation>模型一直呼叫工具，因此應用程式已將它停止。如果您需要更多內容，請要求它繼續。</translation>
    </message>
    <message>
        <source>Every earlier message is already sent to the model: there is nothing to summarise.</source>
        <translation>先前的每則訊息都已傳送給模型：沒有需要摘要的內容。</translation>
    </message>
    <message>
        <source>Your organisation does not allow this. Ask your IT department if you need it.</source>
        <translation>您的組織不允許此操作。如有需要，請洽詢您的 IT 部門。</translation>
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
        <translation>伺服器</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>伺服器名稱</translation>
    </message>
    <message>
        <source>For example: time</source>
        <translation>例如：time</translation>
    </message>
    <message>
        <source>Kind of server</source>
        <translation>伺服器類型</translation>
    </message>
    <message>
        <source>A program on this computer (stdio)</source>
        <translation>這部電腦上的程式 (stdio)</translation>
    </message>
    <message>
        <source>A server on the network (HTTP)</source>
        <translation>網路上的伺服器 (HTTP)</translation>
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
        <translation>引數</translation>
    </message>
    <message>
        <source>One argument per line, without quotes</source>
        <translation>每行一個引數，不需加引號</translation>
    </message>
    <message>
        <source>One argument per line, taken exactly as written: no quotes are needed, and nothing is interpreted by a shell.</source>
        <translation>每行一個引數，會完全依照輸入的內容使用：不需要加引號，也不會經過 Shell 解讀。</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境變數</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>伺服器位址</translation>
    </message>
    <message>
        <source>For example: https://tools.example.com/mcp</source>
        <translation>例如：https://tools.example.com/mcp</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>標頭</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>標頭</translation>
    </message>
    <message>
        <source>Tools allowed without asking</source>
        <translation>不需詢問即可使用的工具</translation>
    </message>
    <message>
        <source>One tool name per line</source>
        <translation>每行一個工具名稱</translation>
    </message>
    <message>
        <source>These tools of this server run without asking you first. Everything else asks.</source>
        <translation>此伺服器的這些工具會直接執行，不會先詢問您。其他工具都會先詢問。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Done editing the server</source>
        <translation>完成伺服器編輯</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel editing the server</source>
        <translation>取消編輯伺服器</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Command</source>
        <translation>命令(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>引數(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>環境變數(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>位址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>標頭(&amp;H)</translation>
    </message>
    <message>
        <source>Allowed without asking</source>
        <translation>不需詢問即可使用</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>編輯伺服器</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>新增伺服器</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>請為伺服器命名。</translation>
    </message>
    <message>
        <source>The name is too long: at most {count} characters.</source>
        <translation>名稱太長：最多 {count} 個字元。</translation>
    </message>
    <message>
        <source>There is already a server called “{name}”.</source>
        <translation>已經有名為「{name}」的伺服器。</translation>
    </message>
    <message>
        <source>Say which program to start (the command).</source>
        <translation>請指定要啟動的程式（命令）。</translation>
    </message>
    <message>
        <source>“{name}” cannot be the name of an environment variable: use letters, digits and _, not starting with a digit.</source>
        <translation>「{name}」不能作為環境變數的名稱：請使用英文字母、數字和 _，且不能以數字開頭。</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://, like https://tools.example.com/mcp.</source>
        <translation>位址必須以 http:// 或 https:// 開頭，例如 https://tools.example.com/mcp。</translation>
    </message>
    <message>
        <source>“{name}” cannot be the name of a header: use letters, digits and -.</source>
        <translation>「{name}」不能作為標頭的名稱：請使用英文字母、數字和 -。</translation>
    </message>
    <message>
        <source>“{name}” is there twice.</source>
        <translation>「{name}」重複出現了兩次。</translation>
    </message>
    <message>
        <source>Type a value for “{name}”.</source>
        <translation>請輸入「{name}」的值。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Your settings file was damaged, so Desktop Chat started with its default settings. The damaged file was kept as {name}.</source>
        <translation>您的設定檔已損毀，因此 Desktop Chat 以預設設定啟動。損毀的檔案已保留為 {name}。</translation>
    </message>
    <message>
        <source>no proxy (direct connection)</source>
        <translation>不使用 Proxy（直接連線）</translation>
    </message>
    <message>
        <source>no proxy (direct connection) ({variable} covers {host})</source>
        <translation>不使用 Proxy（直接連線；{variable} 包含 {host}）</translation>
    </message>
    <message>
        <source>{url} (from settings)</source>
        <translation>{url}（來自設定）</translation>
    </message>
    <message>
        <source>the proxy that the automatic settings at {url} choose for each address</source>
        <translation>由位於 {url} 的自動設定為每個位址選擇的 Proxy</translation>
    </message>
    <message>
        <source>{url} (from the system&apos;s settings)</source>
        <translation>{url}（來自系統設定）</translation>
    </message>
    <message>
        <source>{url} (from {variable})</source>
        <translation>{url}（來自 {variable}）</translation>
    </message>
    <message>
        <source>from {variable}</source>
        <translation>來自 {variable}</translation>
    </message>
    <message>
        <source>offline demo (no key)</source>
        <translation>離線示範（無金鑰）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已設定</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Current key: {hint}</source>
        <translation>目前的金鑰：{hint}</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>取代…</translation>
    </message>
    <message>
        <source>Replace key</source>
        <translation>取代金鑰</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>測試</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <source>Check the key and address with the gateway</source>
        <translation>向閘道驗證金鑰與位址</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>新的 API 金鑰</translation>
    </message>
    <message>
        <source>Kept in {location}, never in a file.</source>
        <translation>保存在 {location} 中，絕不會寫入檔案。</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>閘道位址</translation>
    </message>
    <message>
        <source>In use now: {address} (set by {variable} for this run). The address above is saved for when that variable is gone.</source>
        <translation>目前使用中：{address}（此次執行由 {variable} 設定）。上方的位址會保留下來，供該變數不存在時使用。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>Gateway &amp;address</source>
        <translation>閘道位址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Proxy</source>
        <translation>Proxy(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>憑證(&amp;C)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>佈景主題</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>The language of the app&apos;s words. It changes at once.</source>
        <translation>應用程式介面所用的語言，變更後立即生效。</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>與系統相同（{language}）</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>佈景主題(&amp;T)</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>文字大小(&amp;S)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>儲存設定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定頁面</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>一般(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>Tool calls in a row</source>
        <translation>連續工具呼叫次數</translation>
    </message>
    <message>
        <source>After this many rounds of tool calls in one answer, the app stops asking the model again</source>
        <translation>在一次回覆中進行這麼多輪工具呼叫後，應用程式就不再詢問模型</translation>
    </message>
    <message>
        <source>Time limit of one tool call</source>
        <translation>單次工具呼叫的時間限制</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Tool calls in a &amp;row, at most</source>
        <translation>連續工具呼叫次數上限(&amp;R)</translation>
    </message>
    <message>
        <source>Time &amp;limit of one call</source>
        <translation>單次呼叫的時間限制(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>取消測試</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在測試連線…</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>備份(&amp;B)</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>保留目前金鑰</translation>
    </message>
    <message>
        <source>Keep current key</source>
        <translation>保留目前的金鑰</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Send the message</source>
        <translation>傳送訊息</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>在訊息中換行</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>停止回覆</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新對話</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>搜尋對話</translation>
    </message>
    <message>
        <source>Focus the message box</source>
        <translation>將焦點移至訊息方塊</translation>
    </message>
    <message>
        <source>Previous chat</source>
        <translation>上一個對話</translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation>下一個對話</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>重新命名對話</translation>
    </message>
    <message>
        <source>Delete chat (with undo)</source>
        <translation>刪除對話（可復原）</translation>
    </message>
    <message>
        <source>Undo delete, while the notice shows</source>
        <translation>在通知顯示期間復原刪除</translation>
    </message>
    <message>
        <source>Copy the selection</source>
        <translation>複製所選內容</translation>
    </message>
    <message>
        <source>Export the chat</source>
        <translation>匯出對話</translation>
    </message>
    <message>
        <source>Print the chat</source>
        <translation>列印對話</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>顯示或隱藏側邊欄</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Right-click a chat in the list for Rename, Pin, Archive, Export and Delete.</source>
        <translation>在清單中的對話上按一下滑鼠右鍵，即可重新命名、釘選、封存、匯出及刪除。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Saved as the default for new chats.</source>
        <translation>已儲存為新對話的預設值。</translation>
    </message>
</context>
<context>
    <name>StartupNotices</name>
    <message>
        <source>it cannot be read</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>檔案太大</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>不是 JSON 物件</translation>
    </message>
    <message>
        <source>an unknown key</source>
        <translation>未知的鍵</translation>
    </message>
    <message>
        <source>a value of the wrong type</source>
        <translation>值的類型錯誤</translation>
    </message>
    <message>
        <source>a value that can&apos;t be used</source>
        <translation>無法使用的值</translation>
    </message>
    <message>
        <source>a rule listed in defaults_only</source>
        <translation>列在 defaults_only 中的規則</translation>
    </message>
    <message>
        <source>a default model that is not among the allowed models</source>
        <translation>不在允許模型清單中的預設模型</translation>
    </message>
    <message>
        <source>{what} at “{key}” in {source}</source>
        <translation>{source} 中的「{key}」：{what}</translation>
    </message>
    <message>
        <source>{what}: {source}</source>
        <translation>{what}：{source}</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy has a mistake, so Desktop Chat uses the last policy that worked. Please tell your IT department.</source>
        <translation>您組織的原則有誤，因此 Desktop Chat 會使用上一份可正常運作的原則。請告知您的 IT 部門。</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy has a mistake, so Desktop Chat started with its own defaults. Please tell your IT department.</source>
        <translation>您組織的原則有誤，因此 Desktop Chat 已使用自身的預設值啟動。請告知您的 IT 部門。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Not connected yet</source>
        <translation>尚未連線</translation>
    </message>
    <message>
        <source>The gateway has not been contacted yet.</source>
        <translation>尚未與閘道聯繫。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Checking the gateway.</source>
        <translation>正在檢查閘道。</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已連線</translation>
    </message>
    <message>
        <source>The gateway answered.</source>
        <translation>閘道已回應。</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>Can&apos;t reach the gateway. Your history, search and settings still work.</source>
        <translation>無法連線到閘道。您的歷史記錄、搜尋和設定仍可正常使用。</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>離線示範</translation>
    </message>
    <message>
        <source>Talking to the built-in demo gateway; no key is used.</source>
        <translation>正在與內建的示範閘道通訊；不使用任何金鑰。</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>沒有 API 金鑰</translation>
    </message>
    <message>
        <source>Add your key in Settings (Ctrl+,).</source>
        <translation>請在「設定」(Ctrl+,) 中新增您的金鑰。</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>連線狀態</translation>
    </message>
    <message>
        <source>Answer tokens</source>
        <translation>回覆 token 數</translation>
    </message>
    <message>
        <source>Conversation usage</source>
        <translation>對話用量</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>正在等待回覆…</translation>
    </message>
    <message>
        <source>Answering… {approx}{tokens} tokens</source>
        <translation>回覆中… {approx}{tokens} 個 token</translation>
    </message>
    <message>
        <source>Last answer: {approx}{tokens} tokens</source>
        <translation>上次回覆：{approx}{tokens} 個 token</translation>
    </message>
    <message>
        <source>This chat: {tokens} tokens</source>
        <translation>此對話：{tokens} 個 token</translation>
    </message>
    <message>
        <source>Tokens of every answer, summary and title of this chat.</source>
        <translation>此對話所有回覆、摘要和標題的 token 數。</translation>
    </message>
    <message>
        <source>This chat: {tokens} tokens · ≈ {cost}</source>
        <translation>此對話：{tokens} 個 token · ≈ {cost}</translation>
    </message>
    <message>
        <source>Tokens of every answer, summary and title of this chat. The cost is an estimate from list prices (Settings → Models); your gateway may charge differently.</source>
        <translation>此對話所有回覆、摘要和標題的 token 數。費用是根據牌價估算（設定 → 模型）；您的閘道實際收費可能不同。</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Working</source>
        <translation>處理中</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Check that you may write to the history file and its folder, then restart the app.</source>
        <translation>請確認您有權限寫入歷史記錄檔及其資料夾，然後重新啟動應用程式。</translation>
    </message>
    <message>
        <source>Your chat history could not be read or saved.</source>
        <translation>無法讀取或儲存您的對話歷史記錄。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, restart the app.</source>
        <translation>請再試一次；如果問題持續發生，請重新啟動應用程式。</translation>
    </message>
    <message>
        <source>Your chat history was saved by a newer version of Desktop Chat. Please update; nothing was changed.</source>
        <translation>您的對話歷史記錄是由較新版本的 Desktop Chat 儲存的。請更新應用程式；目前未變更任何內容。</translation>
    </message>
    <message>
        <source>Install the latest version of Desktop Chat.</source>
        <translation>請安裝最新版本的 Desktop Chat。</translation>
    </message>
    <message>
        <source>The disk is full, so {name} could not be written.</source>
        <translation>磁碟已滿，因此無法寫入 {name}。</translation>
    </message>
    <message>
        <source>The disk is full, so the last change could not be saved. Everything saved before is safe.</source>
        <translation>磁碟已滿，因此無法儲存最後一次變更。先前儲存的所有內容都很安全。</translation>
    </message>
    <message>
        <source>Free some disk space, then try again.</source>
        <translation>請釋放一些磁碟空間，然後再試一次。</translation>
    </message>
    <message>
        <source>Your chat history file can&apos;t be changed (it is read-only), so nothing new can be saved. Everything saved before is safe.</source>
        <translation>您的對話歷史記錄檔無法變更（唯讀），因此無法儲存任何新內容。先前儲存的所有內容都很安全。</translation>
    </message>
    <message>
        <source>The folder for your chat history can&apos;t be created, so nothing can be saved.</source>
        <translation>無法建立對話歷史記錄的資料夾，因此無法儲存任何內容。</translation>
    </message>
    <message>
        <source>Your chat history needs a one-time update, but the file is read-only.</source>
        <translation>您的對話歷史記錄需要進行一次性更新，但檔案是唯讀的。</translation>
    </message>
    <message>
        <source>Your chat history file is damaged and can&apos;t be opened. It has been left exactly as it was.</source>
        <translation>您的對話歷史記錄檔已損毀，無法開啟。檔案已原封不動地保留。</translation>
    </message>
    <message>
        <source>Keep a copy of the file for support, then start a new history.</source>
        <translation>請保留一份檔案複本以供技術支援使用，然後建立新的歷史記錄。</translation>
    </message>
    <message>
        <source>Your chat history is being used by another program right now.</source>
        <translation>您的對話歷史記錄目前正由其他程式使用中。</translation>
    </message>
    <message>
        <source>Close other copies of Desktop Chat, then try again.</source>
        <translation>請關閉其他開啟中的 Desktop Chat，然後再試一次。</translation>
    </message>
    <message>
        <source>Your chat history file could not be read or written.</source>
        <translation>無法讀取或寫入您的對話歷史記錄檔。</translation>
    </message>
    <message>
        <source>Check that the disk is connected and that you may write to the history folder.</source>
        <translation>請確認磁碟已連接，且您有權限寫入歷史記錄資料夾。</translation>
    </message>
    <message>
        <source>Your chat history can&apos;t be opened safely on this drive.</source>
        <translation>無法在此磁碟機上安全地開啟您的對話歷史記錄。</translation>
    </message>
    <message>
        <source>Keep the history on a local disk.</source>
        <translation>請將歷史記錄保存在本機磁碟上。</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}).</source>
        <translation>無法寫入 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>{name} could not be written.</source>
        <translation>無法寫入 {name}。</translation>
    </message>
    <message>
        <source>Choose another folder and try again.</source>
        <translation>請選擇其他資料夾，然後再試一次。</translation>
    </message>
    <message>
        <source>The file could not be imported: {problem} (at {where}).</source>
        <translation>無法匯入此檔案：{problem}（位於 {where}）。</translation>
    </message>
    <message>
        <source>The file could not be imported: {problem}.</source>
        <translation>無法匯入此檔案：{problem}。</translation>
    </message>
    <message>
        <source>{what_happened} Your history was not changed.</source>
        <translation>{what_happened}您的歷史記錄未變更。</translation>
    </message>
    <message>
        <source>Check that you chose the right file and that it is complete; nothing was imported.</source>
        <translation>請確認您選擇的檔案正確且完整；未匯入任何內容。</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>某個值</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>無法讀取檔案</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>檔案不是 UTF-8 文字</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>the file ends too early (it may be truncated)</source>
        <translation>檔案提前結束（可能不完整）</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>檔案不是有效的 JSON</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be an export</source>
        <translation>檔案的巢狀層級太深，不可能是匯出檔</translation>
    </message>
    <message>
        <source>a part of the file is too big to be read</source>
        <translation>檔案中有一部分太大，無法讀取</translation>
    </message>
    <message>
        <source>the zip file is damaged</source>
        <translation>zip 檔已損毀</translation>
    </message>
    <message>
        <source>the zip file has no conversations.json in it</source>
        <translation>zip 檔中沒有 conversations.json</translation>
    </message>
    <message>
        <source>a ChatGPT export should hold a list of conversations</source>
        <translation>ChatGPT 匯出檔應包含對話清單</translation>
    </message>
    <message>
        <source>this is not a Desktop Chat export (&apos;format&apos; is missing or unknown)</source>
        <translation>這不是 Desktop Chat 的匯出檔（缺少「format」或無法辨識）</translation>
    </message>
    <message>
        <source>it was written by a newer version of Desktop Chat</source>
        <translation>此檔案是由較新版本的 Desktop Chat 寫入的</translation>
    </message>
    <message>
        <source>{name} is missing</source>
        <translation>缺少 {name}</translation>
    </message>
    <message>
        <source>{name} should be an object</source>
        <translation>{name} 應為物件</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>應為物件</translation>
    </message>
    <message>
        <source>{name} should be a list</source>
        <translation>{name} 應為清單</translation>
    </message>
    <message>
        <source>{name} should be text</source>
        <translation>{name} 應為文字</translation>
    </message>
    <message>
        <source>{name} should be a number</source>
        <translation>{name} 應為數字</translation>
    </message>
    <message>
        <source>{name} should be a whole number</source>
        <translation>{name} 應為整數</translation>
    </message>
    <message>
        <source>{name} should be true or false</source>
        <translation>{name} 應為 true 或 false</translation>
    </message>
    <message>
        <source>{name} has an invalid value</source>
        <translation>{name} 的值無效</translation>
    </message>
    <message>
        <source>{name} does not point to an earlier message of the conversation</source>
        <translation>{name} 並未指向對話中較早的訊息</translation>
    </message>
    <message>
        <source>its messages form a loop</source>
        <translation>其中的訊息形成循環</translation>
    </message>
    <message>
        <source>the file is not an export this app can read</source>
        <translation>此檔案不是本應用程式能讀取的匯出檔</translation>
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
        <translation>代替其摘要的先前訊息傳送給模型。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>編輯摘要</translation>
    </message>
    <message>
        <source>Change what is sent in place of the earlier messages</source>
        <translation>變更代替先前訊息傳送的內容</translation>
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
        <translation>停止傳送此摘要</translation>
    </message>
    <message numerus="yes">
        <source>Summary of the %Ln earlier message(s)</source>
        <translation>
            <numerusform>先前 %Ln 則訊息的摘要</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary of the earlier messages</source>
        <translation>先前訊息的摘要</translation>
    </message>
    <message>
        <source>{title}, written by {model}</source>
        <translation>{title}，由 {model} 撰寫</translation>
    </message>
    <message>
        <source>Summary text</source>
        <translation>摘要文字</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>按 Ctrl+Enter 儲存，按 Esc 取消</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel editing the summary</source>
        <translation>取消編輯摘要</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>儲存摘要</translation>
    </message>
    <message>
        <source>Save the summary (Ctrl+Enter)</source>
        <translation>儲存摘要 (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>SupportController</name>
    <message>
        <source>The diagnostic report is being put together…</source>
        <translation>正在彙整診斷報告…</translation>
    </message>
    <message>
        <source>Putting the diagnostic report together and testing the connection…</source>
        <translation>正在彙整診斷報告並測試連線…</translation>
    </message>
    <message>
        <source>The diagnostic report was copied. Paste it into your message to IT.</source>
        <translation>已複製診斷報告。請將它貼到您寄給 IT 部門的訊息中。</translation>
    </message>
    <message>
        <source>The request was copied as a curl command. The key is not in it: set DESKTOP_CHAT_API_KEY before running it.</source>
        <translation>已將要求複製為 curl 命令。其中不含金鑰：執行前請先設定 DESKTOP_CHAT_API_KEY。</translation>
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
        <translation>關閉通知</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>ToolApprovals</name>
    <message>
        <source>A tool is waiting for your go-ahead in another chat.</source>
        <translation>另一個對話中有工具正在等候您允許。</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>What the tool says it does</source>
        <translation>工具自述的功能</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>允許一次</translation>
    </message>
    <message>
        <source>Allow {tool} this time</source>
        <translation>這次允許 {tool}</translation>
    </message>
    <message>
        <source>Always allow this tool</source>
        <translation>一律允許此工具</translation>
    </message>
    <message>
        <source>Always allow {tool}, without asking again</source>
        <translation>一律允許 {tool}，不再詢問</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Do not let {tool} run</source>
        <translation>不允許 {tool} 執行</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引數</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>顯示較少</translation>
    </message>
    <message>
        <source>Show the arguments folded</source>
        <translation>收合引數</translation>
    </message>
    <message>
        <source>Show all of the arguments</source>
        <translation>顯示所有引數</translation>
    </message>
    <message>
        <source>Show or hide what {tool} was given and returned</source>
        <translation>顯示或隱藏 {tool} 收到和傳回的內容</translation>
    </message>
    <message>
        <source>{sentence} ({duration})</source>
        <translation>{sentence}（{duration}）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation>顯示或隱藏詳細資料</translation>
    </message>
    <message>
        <source>Result of {tool}</source>
        <translation>{tool} 的結果</translation>
    </message>
    <message>
        <source>Show the start of the result</source>
        <translation>只顯示結果的開頭</translation>
    </message>
    <message>
        <source>Show all of the result</source>
        <translation>顯示完整結果</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <source>The model kept calling tools ({rounds} times in a row), so the app stopped it. Ask it to go on if you want more.</source>
        <translation>模型一直呼叫工具（連續 {rounds} 次），因此應用程式已將它停止。如果您需要更多內容，請要求它繼續。</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>Wants to use {tool} from {server}</source>
        <translation>想要使用 {server} 的 {tool}</translation>
    </message>
    <message>
        <source>Wants to use {tool}</source>
        <translation>想要使用 {tool}</translation>
    </message>
    <message>
        <source>The model wants to use {tool} from {server}</source>
        <translation>模型想要使用 {server} 的 {tool}</translation>
    </message>
    <message>
        <source>The model wants to use {tool}</source>
        <translation>模型想要使用 {tool}</translation>
    </message>
    <message>
        <source>Only reads</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <source>Can change or delete things</source>
        <translation>可變更或刪除資料</translation>
    </message>
    <message>
        <source>The tool does not describe itself.</source>
        <translation>此工具沒有提供說明。</translation>
    </message>
    <message>
        <source>This tool was not offered to the model; nothing is known about it.</source>
        <translation>此工具並未提供給模型；目前對它一無所知。</translation>
    </message>
    <message>
        <source>These arguments are not valid JSON. They are shown as the model wrote them.</source>
        <translation>這些引數不是有效的 JSON。以下依模型寫出的原樣顯示。</translation>
    </message>
    <message>
        <source>These arguments are not a JSON object, which tools expect.</source>
        <translation>這些引數不是工具所需的 JSON 物件。</translation>
    </message>
    <message>
        <source>No arguments.</source>
        <translation>沒有引數。</translation>
    </message>
    <message>
        <source>Running {tool}… {elapsed}</source>
        <translation>正在執行 {tool}… {elapsed}</translation>
    </message>
    <message>
        <source>Starting {tool}…</source>
        <translation>正在啟動 {tool}…</translation>
    </message>
    <message>
        <source>{tool} is waiting for its turn.</source>
        <translation>{tool} 正在排隊等候。</translation>
    </message>
    <message>
        <source>{tool} was not run.</source>
        <translation>未執行 {tool}。</translation>
    </message>
    <message>
        <source>Used {tool}</source>
        <translation>已使用 {tool}</translation>
    </message>
    <message>
        <source>{tool} did not work. The model was told what went wrong.</source>
        <translation>{tool} 無法正常運作。已將問題告知模型。</translation>
    </message>
    <message>
        <source>{tool} took too long and was stopped. The model was told.</source>
        <translation>{tool} 執行太久，已被停止。已告知模型。</translation>
    </message>
    <message>
        <source>You did not allow {tool}. The model was told.</source>
        <translation>您未允許 {tool}。已告知模型。</translation>
    </message>
    <message>
        <source>{tool} was stopped with the answer.</source>
        <translation>{tool} 已隨回覆一併停止。</translation>
    </message>
    <message>
        <source>The model asked for {tool} with arguments that make no sense, so it was not run.</source>
        <translation>模型要求使用 {tool}，但提供的引數不合理，因此未執行。</translation>
    </message>
    <message>
        <source>The model asked for a tool that does not exist ({tool}), so nothing was run.</source>
        <translation>模型要求使用不存在的工具（{tool}），因此未執行任何工具。</translation>
    </message>
    <message>
        <source>{used} · {duration}</source>
        <translation>{used} · {duration}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>What the model was told</source>
        <translation>告知模型的內容</translation>
    </message>
    <message>
        <source>Show all ({count} characters)</source>
        <translation>全部顯示（{count} 個字元）</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} characters.</source>
        <translation>顯示前 {shown} 個字元，共 {total} 個。</translation>
    </message>
    <message>
        <source>● ready ({tools})</source>
        <translation>● 就緒（{tools}）</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>正在啟動…</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>失敗：{reason}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>Connected, but the server offers no tools.</source>
        <translation>已連線，但此伺服器沒有提供任何工具。</translation>
    </message>
    <message>
        <source>Connected: {tools} — {names}</source>
        <translation>已連線：{tools} — {names}</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>無法連線：{reason}</translation>
    </message>
    <message>
        <source>its program was not found — check the command, or install it</source>
        <translation>找不到它的程式 — 請檢查命令，或安裝該程式</translation>
    </message>
    <message>
        <source>its program could not be started</source>
        <translation>無法啟動它的程式</translation>
    </message>
    <message>
        <source>its address did not answer — check the URL and your connection</source>
        <translation>它的位址沒有回應 — 請檢查 URL 和您的網路連線</translation>
    </message>
    <message>
        <source>it started but did not answer like a tool server</source>
        <translation>它已啟動，但回應方式不像工具伺服器</translation>
    </message>
    <message>
        <source>it stopped; it is started again shortly</source>
        <translation>它已停止；稍後會重新啟動</translation>
    </message>
    <message>
        <source>a secret value it needs is missing — enter it again in Settings → Tools</source>
        <translation>缺少它所需的機密值 — 請在「設定 → 工具」中重新輸入</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>Tools let the model use other programs — a calendar, a ticket tracker, files — through MCP servers. Each use asks you first unless you allow the tool always.</source>
        <translation>工具可讓模型透過 MCP 伺服器使用其他程式，例如行事曆、問題追蹤系統或檔案。每次使用前都會先詢問您，除非您已設定一律允許該工具。</translation>
    </message>
    <message>
        <source>Saved in {path}</source>
        <translation>儲存在 {path}</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>工具伺服器</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>No tool servers yet. Add one, or ask your IT contact for an mcp.json file.</source>
        <translation>尚未設定任何工具伺服器。請新增一個，或向您的 IT 聯絡人索取 mcp.json 檔案。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>新增工具伺服器</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Edit the tool server</source>
        <translation>編輯工具伺服器</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the tool server</source>
        <translation>移除工具伺服器</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>測試</translation>
    </message>
    <message>
        <source>Test the tool server</source>
        <translation>測試工具伺服器</translation>
    </message>
    <message>
        <source>Connect to the server and list its tools</source>
        <translation>連線到伺服器並列出它的工具</translation>
    </message>
    <message>
        <source>Tick to use this server; untick to keep it but not start it</source>
        <translation>勾選即可使用此伺服器；取消勾選則保留設定但不啟動</translation>
    </message>
    <message>
        <source>{server} ({set_by})</source>
        <translation>{server}（{set_by}）</translation>
    </message>
    <message>
        <source>Allowed without asking: {tools}</source>
        <translation>不需詢問即可使用：{tools}</translation>
    </message>
    <message>
        <source>Every tool of this server asks before it runs.</source>
        <translation>此伺服器的每個工具在執行前都會先詢問。</translation>
    </message>
    <message>
        <source>Remove tool server?</source>
        <translation>要移除工具伺服器嗎？</translation>
    </message>
    <message>
        <source>Remove the server “{name}”?</source>
        <translation>要移除伺服器「{name}」嗎？</translation>
    </message>
    <message>
        <source>The model can no longer use its tools. Chats that used them keep what they showed.</source>
        <translation>模型將無法再使用它的工具。使用過這些工具的對話會保留當時顯示的內容。</translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation>正在連線到 {name}…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>已取消測試。</translation>
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
        <translation>在此對話中使用工具</translation>
    </message>
    <message>
        <source>When on, the model may ask to use these tools in this chat</source>
        <translation>開啟後，模型可以在此對話中要求使用這些工具</translation>
    </message>
    <message>
        <source>Tools: {servers} ({tools})</source>
        <translation>工具：{servers}（{tools}）</translation>
    </message>
    <message>
        <source>Tools: none working</source>
        <translation>工具：全部無法運作</translation>
    </message>
    <message>
        <source>Not working: {servers}</source>
        <translation>無法運作：{servers}</translation>
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
        <translation>Desktop Chat {version} 已推出。</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>Usage chart</source>
        <translation>用量圖表</translation>
    </message>
    <message>
        <source>Tokens per month</source>
        <translation>每月 token 數</translation>
    </message>
    <message>
        <source>Estimated cost per month</source>
        <translation>每月估計費用</translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation>每日 token 數</translation>
    </message>
    <message>
        <source>Estimated cost per day</source>
        <translation>每日估計費用</translation>
    </message>
    <message>
        <source>{what}; the highest: {when}.</source>
        <translation>{what}；最高：{when}。</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>輸入 token 數</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>輸出 token 數</translation>
    </message>
    <message>
        <source>Estimated cost (US dollars)</source>
        <translation>估計費用（美元）</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>要求次數</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>token 總數</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>估計費用</translation>
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
        <translation>此模型沒有已知的價格，因此無法估算費用。</translation>
    </message>
    <message>
        <source>Some of these tokens are of a model with no known price: the real cost is higher than the estimate.</source>
        <translation>其中部分 token 來自沒有已知價格的模型：實際費用會高於估計值。</translation>
    </message>
    <message>
        <source>An estimate from list prices per million tokens.</source>
        <translation>根據每百萬個 token 的牌價估算。</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>未知的模型</translation>
    </message>
    <message>
        <source>Deleted chats (summaries and titles)</source>
        <translation>已刪除的對話（摘要和標題）</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>未命名的對話</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上個月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部時間</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自訂日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Requests: {requests} · Tokens: {total} ({input} in, {output} out) · Estimated cost: {cost}</source>
        <translation>要求次數：{requests} · Token 數：{total}（輸入 {input}、輸出 {output}）· 估計費用：{cost}</translation>
    </message>
    <message>
        <source>summaries of long chats: {tokens} tokens ({cost})</source>
        <translation>長對話的摘要：{tokens} 個 token（{cost}）</translation>
    </message>
    <message>
        <source>chat titles: {tokens} tokens ({cost})</source>
        <translation>對話標題：{tokens} 個 token（{cost}）</translation>
    </message>
    <message>
        <source>Included above, the app&apos;s own requests — {parts}.</source>
        <translation>上述數字已包含應用程式本身的要求 — {parts}。</translation>
    </message>
    <message>
        <source>Costs are estimates from list prices per million tokens; your gateway&apos;s bill may differ. “unknown” means no price is known for that model. Only answers whose gateway reported their token counts are counted.</source>
        <translation>費用是根據每百萬個 token 的牌價估算；您的閘道實際帳單可能不同。「未知」表示該模型沒有已知的價格。只會計入閘道有回報 token 數的回覆。</translation>
    </message>
    <message>
        <source>No usage yet. Tokens are counted for each answer once the gateway reports them.</source>
        <translation>尚無用量。閘道回報每個回覆的 token 數後，就會開始計算。</translation>
    </message>
    <message>
        <source>No usage in this period yet. Tokens are counted for each answer once the gateway reports them; choose a longer period to see earlier chats.</source>
        <translation>此期間尚無用量。閘道回報每個回覆的 token 數後，就會開始計算；請選擇較長的期間以查看較早的對話。</translation>
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
要求次數：{requests}
輸入 token 數：{input}
輸出 token 數：{output}
估計費用：{cost}</translation>
    </message>
    <message>
        <source>The usage could not be shown: {reason}</source>
        <translation>無法顯示用量：{reason}</translation>
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
        <translation>期間</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>分組依據</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 數</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Chart shows</source>
        <translation>圖表顯示</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>匯出 CSV</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>從(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>Show &amp;by:</source>
        <translation>分組依據(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>圖表(&amp;C)：</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>總計</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>About the estimates</source>
        <translation>關於估計值</translation>
    </message>
    <message>
        <source>Usage table</source>
        <translation>用量表格</translation>
    </message>
    <message>
        <source>No usage</source>
        <translation>沒有用量</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>Export usage</source>
        <translation>匯出用量</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV 試算表 (*.csv)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>The CSV file was not saved: {reason}</source>
        <translation>未儲存 CSV 檔案：{reason}</translation>
    </message>
    <message>
        <source>Saved {name} ({when}).</source>
        <translation>已儲存 {name}（{when}）。</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>This computer has no password store, so your key can be kept only until you close the app.</source>
        <translation>這部電腦沒有密碼儲存區，因此您的金鑰只能保留到您關閉應用程式為止。</translation>
    </message>
    <message>
        <source>This address uses plain HTTP: your key would travel unencrypted.</source>
        <translation>此位址使用未加密的 HTTP：您的金鑰將以未加密的方式傳輸。</translation>
    </message>
    <message>
        <source>Test and continue</source>
        <translation>測試並繼續</translation>
    </message>
    <message>
        <source>Keep for this session and continue</source>
        <translation>僅在本次工作階段保留並繼續</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Desktop Chat</source>
        <translation>歡迎使用 Desktop Chat</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>歡迎</translation>
    </message>
    <message>
        <source>Paste the API key you were given to start chatting. You can change it later in Settings.</source>
        <translation>請貼上您取得的 API 金鑰，即可開始對話。您之後可以在「設定」中變更。</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>閘道位址</translation>
    </message>
    <message>
        <source>The address of your organisation&apos;s chat gateway</source>
        <translation>您組織的對話閘道位址</translation>
    </message>
    <message>
        <source>Your key is kept in {location}, never in a file.</source>
        <translation>您的金鑰保存在 {location} 中，絕不會寫入檔案。</translation>
    </message>
    <message>
        <source>Keep the key only until I close the app</source>
        <translation>只保留金鑰到我關閉應用程式為止</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>僅在本次工作階段保留</translation>
    </message>
    <message>
        <source>Try the offline demo (no key needed)</source>
        <translation>試用離線示範（不需要金鑰）</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>試用離線示範</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>取消測試</translation>
    </message>
    <message>
        <source>Check the key and the address with the gateway, then start</source>
        <translation>向閘道驗證金鑰與位址，然後開始</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API 金鑰(&amp;K)</translation>
    </message>
    <message>
        <source>Gateway &amp;address</source>
        <translation>閘道位址(&amp;A)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在測試連線…</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>About Desktop Chat</source>
        <translation>關於 Desktop Chat</translation>
    </message>
    <message>
        <source>Chat with the models of your organisation&apos;s gateway. Your chats are kept on this computer in:
{folder}</source>
        <translation>與您組織閘道提供的模型對話。您的對話保存在這部電腦的以下位置：
{folder}</translation>
    </message>
</context>
</TS>
