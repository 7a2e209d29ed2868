<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnswerImage</name>
    <message>
        <source>Image {name}</source>
        <translation>Image {name}</translation>
    </message>
    <message>
        <source>Open larger</source>
        <translation>Open larger</translation>
    </message>
    <message>
        <source>Open the image larger</source>
        <translation>Open the image larger</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Save image…</translation>
    </message>
    <message>
        <source>Save the image to a file</source>
        <translation>Save the image to a file</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation>Copy the image to the clipboard</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Save image</source>
        <translation>Save image</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>“{name}” is not available right now, so nothing was saved.</source>
        <translation>“{name}” is not available right now, so nothing was saved.</translation>
    </message>
    <message>
        <source>“{name}” is no longer in your history, so nothing was saved.</source>
        <translation>“{name}” is no longer in your history, so nothing was saved.</translation>
    </message>
    <message>
        <source>“{name}” could not be saved there. Choose another folder.</source>
        <translation>“{name}” could not be saved there. Choose another folder.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>“{name}” is no longer in your history.</source>
        <translation>“{name}” is no longer in your history.</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Not copied</translation>
    </message>
    <message>
        <source>“{name}” can&apos;t be copied: it is not a picture this app can show.</source>
        <translation>“{name}” can&apos;t be copied: it is not a picture this app can show.</translation>
    </message>
    <message>
        <source>“{name}” is not available right now.</source>
        <translation>“{name}” is not available right now.</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Image {name}, {detail}</source>
        <translation>Image {name}, {detail}</translation>
    </message>
    <message>
        <source>Document {name}, {detail}</source>
        <translation>Document {name}, {detail}</translation>
    </message>
    <message>
        <source>Press Enter to open</source>
        <translation>Press Enter to open</translation>
    </message>
</context>
<context>
    <name>AttachmentChips</name>
    <message>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
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
        <translation>{type} image</translation>
    </message>
    <message>
        <source>{type} document</source>
        <translation>{type} document</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>scanned</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} pixels</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>attachment</translation>
    </message>
    <message>
        <source>“{name}” can&apos;t be shown.</source>
        <translation>“{name}” can&apos;t be shown.</translation>
    </message>
    <message>
        <source>Switch model</source>
        <translation>Switch model</translation>
    </message>
    <message>
        <source>Remove the images</source>
        <translation>Remove the images</translation>
    </message>
    <message>
        <source>Send pages as images</source>
        <translation>Send pages as images</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Remove it</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Pictures and documents (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.docx *.xlsx *.pptx *.csv *.txt *.md *.json)</source>
        <translation>Pictures and documents (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.docx *.xlsx *.pptx *.csv *.txt *.md *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Links to files on the web can&apos;t be attached. Download the file, then attach it.</source>
        <translation>Links to files on the web can&apos;t be attached. Download the file, then attach it.</translation>
    </message>
    <message>
        <source>“{name}” could not be opened. Check that the file still exists and that you may read it.</source>
        <translation>“{name}” could not be opened. Check that the file still exists and that you may read it.</translation>
    </message>
    <message>
        <source>“{name}” is a kind of file the app can&apos;t read. You can attach pictures (PNG, JPEG, WebP, GIF), PDF, Word, Excel, PowerPoint, CSV and text files.</source>
        <translation>“{name}” is a kind of file the app can&apos;t read. You can attach pictures (PNG, JPEG, WebP, GIF), PDF, Word, Excel, PowerPoint, CSV and text files.</translation>
    </message>
    <message>
        <source>“{name}” is too big to attach (the limit is 50 MB). Attach a smaller file or only the part you need.</source>
        <translation>“{name}” is too big to attach (the limit is 50 MB). Attach a smaller file or only the part you need.</translation>
    </message>
    <message>
        <source>“{name}” seems to be damaged and could not be read. Try saving it again from the program that made it.</source>
        <translation>“{name}” seems to be damaged and could not be read. Try saving it again from the program that made it.</translation>
    </message>
    <message>
        <source>“{name}” is protected by a password. Save a copy without the password, then attach that.</source>
        <translation>“{name}” is protected by a password. Save a copy without the password, then attach that.</translation>
    </message>
    <message>
        <source>Reading “{name}” took too long, so it was stopped. Try a smaller file, or copy the part you need into the message.</source>
        <translation>Reading “{name}” took too long, so it was stopped. Try a smaller file, or copy the part you need into the message.</translation>
    </message>
    <message>
        <source>“{name}” is built in an unusual way that could overload the computer, so it was not opened.</source>
        <translation>“{name}” is built in an unusual way that could overload the computer, so it was not opened.</translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation>“{name}” is empty.</translation>
    </message>
    <message>
        <source>Reading “{name}” was stopped; it was not attached.</source>
        <translation>Reading “{name}” was stopped; it was not attached.</translation>
    </message>
    <message>
        <source>“{name}” was not attached: a message can carry up to 20 files. Send these first, or remove some.</source>
        <translation>“{name}” was not attached: a message can carry up to 20 files. Send these first, or remove some.</translation>
    </message>
    <message>
        <source>“{name}” could not be saved in the history (is the disk full?). Nothing was attached.</source>
        <translation>“{name}” could not be saved in the history (is the disk full?). Nothing was attached.</translation>
    </message>
    <message>
        <source>{model} can&apos;t see images. Switch to a model that can, or remove the images.</source>
        <translation>{model} can&apos;t see images. Switch to a model that can, or remove the images.</translation>
    </message>
    <message>
        <source>“{name}” is a scan: it has no text the model can read. Send its pages as images instead?</source>
        <translation>“{name}” is a scan: it has no text the model can read. Send its pages as images instead?</translation>
    </message>
    <message>
        <source>“{name}” is too long for {model} (about {tokens} tokens; it reads {window}). Remove it, or switch to a model with a larger context window.</source>
        <translation>“{name}” is too long for {model} (about {tokens} tokens; it reads {window}). Remove it, or switch to a model with a larger context window.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The history could not be backed up: the folder {folder} is not there. Is its drive connected?</source>
        <translation>The history could not be backed up: the folder {folder} is not there. Is its drive connected?</translation>
    </message>
    <message>
        <source>The history could not be backed up: the disk of {folder} is full.</source>
        <translation>The history could not be backed up: the disk of {folder} is full.</translation>
    </message>
    <message>
        <source>The backup copy failed its check, so it was not kept. The next backup tries again.</source>
        <translation>The backup copy failed its check, so it was not kept. The next backup tries again.</translation>
    </message>
    <message>
        <source>The history could not be read to back it up.</source>
        <translation>The history could not be read to back it up.</translation>
    </message>
    <message>
        <source>The history could not be backed up: the folder {folder} can&apos;t be written to.</source>
        <translation>The history could not be backed up: the folder {folder} can&apos;t be written to.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backed up as {name}.</source>
        <translation>Backed up as {name}.</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>Backup settings</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Replace your history with the backup {name}?</source>
        <translation>Replace your history with the backup {name}?</translation>
    </message>
    <message>
        <source>Your current history is kept as {kept} in {folder}, unchanged. Desktop Chat then starts again with the backup&apos;s chats.</source>
        <translation>Your current history is kept as {kept} in {folder}, unchanged. Desktop Chat then starts again with the backup&apos;s chats.</translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>Restore and restart</translation>
    </message>
    <message>
        <source>This backup can&apos;t be used: it is damaged or is not a Desktop Chat history. Your current history was not changed.</source>
        <translation>This backup can&apos;t be used: it is damaged or is not a Desktop Chat history. Your current history was not changed.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to your history. Your current history was not changed.</source>
        <translation>The backup could not be copied next to your history. Your current history was not changed.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Back up the history &amp;every day</source>
        <translation>Back up the history &amp;every day</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Empty: the app&apos;s own backups folder</source>
        <translation>Empty: the app&apos;s own backups folder</translation>
    </message>
    <message>
        <source>A synced company folder works: a backup appears there only once it is complete and checked</source>
        <translation>A synced company folder works: a backup appears there only once it is complete and checked</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Keep the newest</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Backups kept</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Set by your organisation</translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation>Backups in the folder</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <source>&amp;Restore from this backup…</source>
        <translation>&amp;Restore from this backup…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Restore from a &amp;file…</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <source>{when} — {size}</source>
        <translation>{when} — {size}</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation>There are no backups in this folder yet.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>History backup (*.sqlite3)</source>
        <translation>History backup (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>Dismiss this notice and keep waiting for the answer</source>
        <translation>Dismiss this notice and keep waiting for the answer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Dismiss notice</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Hide details</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>Change key</source>
        <translation>Change key</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Open settings</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>Choose another model</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>New chat</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Stop trying</source>
        <translation>Stop trying</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Start a new history</source>
        <translation>Start a new history</translation>
    </message>
    <message>
        <source>{error} Your message is saved and can be sent when you&apos;re back online.</source>
        <translation>{error} Your message is saved and can be sent when you&apos;re back online.</translation>
    </message>
    <message>
        <source>{error} — trying again in {seconds} s…</source>
        <translation>{error} — trying again in {seconds} s…</translation>
    </message>
    <message>
        <source>Add your API key to start chatting.</source>
        <translation>Add your API key to start chatting.</translation>
    </message>
    <message>
        <source>The model is taking longer than usual.</source>
        <translation>The model is taking longer than usual.</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Keep waiting</translation>
    </message>
</context>
<context>
    <name>CertificatesChoice</name>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Choose a certificates file</source>
        <translation>Choose a certificates file</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the certificates file</source>
        <translation>Remove the certificates file</translation>
    </message>
    <message>
        <source>Certificates from this file (PEM) are trusted as well as this computer&apos;s own, e.g. your company&apos;s inspection certificate.</source>
        <translation>Certificates from this file (PEM) are trusted as well as this computer&apos;s own, e.g. your company&apos;s inspection certificate.</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>None (this computer&apos;s certificates only)</source>
        <translation>None (this computer&apos;s certificates only)</translation>
    </message>
    <message>
        <source>This file doesn&apos;t exist, so it can&apos;t be used. Choose it again, or remove it.</source>
        <translation>This file doesn&apos;t exist, so it can&apos;t be used. Choose it again, or remove it.</translation>
    </message>
    <message>
        <source>This file can&apos;t be read, so it can&apos;t be used. Choose it again, or remove it.</source>
        <translation>This file can&apos;t be read, so it can&apos;t be used. Choose it again, or remove it.</translation>
    </message>
    <message>
        <source>This file holds no certificate in PEM form (text starting with “-----BEGIN CERTIFICATE-----”). Ask IT for the certificate as a PEM file.</source>
        <translation>This file holds no certificate in PEM form (text starting with “-----BEGIN CERTIFICATE-----”). Ask IT for the certificate as a PEM file.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Ask anything. Enter sends, Shift+Enter adds a line.</source>
        <translation>Ask anything. Enter sends, Shift+Enter adds a line.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <translation>↓  Jump to latest</translation>
    </message>
    <message>
        <source>Jump to latest message</source>
        <translation>Jump to latest message</translation>
    </message>
    <message>
        <source>Remove summary?</source>
        <translation>Remove summary?</translation>
    </message>
    <message>
        <source>Remove this summary?</source>
        <translation>Remove this summary?</translation>
    </message>
    <message>
        <source>The messages it stands for stay in the chat, but the model no longer gets their gist when they do not fit in its context window.</source>
        <translation>The messages it stands for stay in the chat, but the model no longer gets their gist when they do not fit in its context window.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove summary</source>
        <translation>Remove summary</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>Open link?</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

{url}</source>
        <translation>Open this link in your web browser?

{url}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Open link</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove {name}</source>
        <translation>Remove {name}</translation>
    </message>
    <message>
        <source>Stop reading {name}</source>
        <translation>Stop reading {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Stop reading this file</source>
        <translation>Stop reading this file</translation>
    </message>
</context>
<context>
    <name>CodeBlockView</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <source>Copy this code to the clipboard</source>
        <translation>Copy this code to the clipboard</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Type your message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Type your message. Enter sends, Shift+Enter starts a new line.</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Message…  (Enter to send, Shift+Enter for a new line)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Send message</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Send (Enter)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Attach files or pictures (you can also paste or drop them)</source>
        <translation>Attach files or pictures (you can also paste or drop them)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Stop the answer</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Stop (Esc)</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connected — 1 model available.</source>
        <translation>Connected — 1 model available.</translation>
    </message>
    <message>
        <source>Connected — {count} models available.</source>
        <translation>Connected — {count} models available.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connected.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test cancelled.</translation>
    </message>
    <message>
        <source>Something went wrong while testing: {kind}</source>
        <translation>Something went wrong while testing: {kind}</translation>
    </message>
</context>
<context>
    <name>ContextBar</name>
    <message>
        <source>Summarising stopped; nothing was changed.</source>
        <translation>Summarising stopped; nothing was changed.</translation>
    </message>
    <message>
        <source>Summary written. It is sent in place of the earlier messages; you can edit or remove it in the chat.</source>
        <translation>Summary written. It is sent in place of the earlier messages; you can edit or remove it in the chat.</translation>
    </message>
    <message>
        <source>Summarising the earlier messages…</source>
        <translation>Summarising the earlier messages…</translation>
    </message>
    <message>
        <source>Summarising the earlier messages… part {done} of {total}</source>
        <translation>Summarising the earlier messages… part {done} of {total}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>ContextDivider</name>
    <message>
        <source>The model only sees the newest messages that fit in its context window; the ones above this line are not sent. Summarising them keeps their gist: the summary is sent in their place.</source>
        <translation>The model only sees the newest messages that fit in its context window; the ones above this line are not sent. Summarising them keeps their gist: the summary is sent in their place.</translation>
    </message>
    <message>
        <source>Summarise them</source>
        <translation>Summarise them</translation>
    </message>
    <message>
        <source>Summarise the earlier messages</source>
        <translation>Summarise the earlier messages</translation>
    </message>
    <message numerus="yes">
        <source>Earlier messages are not sent to the model — %Ln message(s)</source>
        <translation>
            <numerusform>Earlier messages are not sent to the model — %Ln message</numerusform>
            <numerusform>Earlier messages are not sent to the model — %Ln messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Summarising…</source>
        <translation>Summarising…</translation>
    </message>
    <message>
        <source>Summarising the earlier messages</source>
        <translation>Summarising the earlier messages</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <source>the standard figure for this model</source>
        <translation>the standard figure for this model</translation>
    </message>
    <message>
        <source>as your gateway reports it</source>
        <translation>as your gateway reports it</translation>
    </message>
    <message>
        <source>learned from the gateway&apos;s own error</source>
        <translation>learned from the gateway&apos;s own error</translation>
    </message>
    <message>
        <source>as set in Settings</source>
        <translation>as set in Settings</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Context used</translation>
    </message>
    <message>
        <source>≈ {used} tokens</source>
        <translation>≈ {used} tokens</translation>
    </message>
    <message>
        <source>≈ {used} / {window}</source>
        <translation>≈ {used} / {window}</translation>
    </message>
    <message>
        <source>About {used} tokens will be sent to {model}. Its context window is not known yet; it is learned if the gateway says the chat is too long.</source>
        <translation>About {used} tokens will be sent to {model}. Its context window is not known yet; it is learned if the gateway says the chat is too long.</translation>
    </message>
    <message>
        <source>About {used} of {window} tokens of {model}&apos;s context window ({source}).</source>
        <translation>About {used} of {window} tokens of {model}&apos;s context window ({source}).</translation>
    </message>
    <message>
        <source>{reserve} tokens are kept free for the answer.</source>
        <translation>{reserve} tokens are kept free for the answer.</translation>
    </message>
    <message>
        <source>Your message alone is longer than this model can take: shorten it, or choose a model with a larger window.</source>
        <translation>Your message alone is longer than this model can take: shorten it, or choose a model with a larger window.</translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n message(s) will not be sent; the model sees your system prompt and the newest messages that fit.</source>
        <translation>
            <numerusform>The oldest message will not be sent; the model sees your system prompt and the newest messages that fit.</numerusform>
            <numerusform>The oldest %n messages will not be sent; the model sees your system prompt and the newest messages that fit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close to the limit: from the next messages on, the oldest ones will be left out. Summarising them keeps their gist.</source>
        <translation>Close to the limit: from the next messages on, the oldest ones will be left out. Summarising them keeps their gist.</translation>
    </message>
    <message>
        <source>The whole chat fits: everything is sent.</source>
        <translation>The whole chat fits: everything is sent.</translation>
    </message>
    <message>
        <source>A summary is sent in place of the earliest messages.</source>
        <translation>A summary is sent in place of the earliest messages.</translation>
    </message>
    <message>
        <source>Counts are estimates; they get closer to the gateway&apos;s own with every answer.</source>
        <translation>Counts are estimates; they get closer to the gateway&apos;s own with every answer.</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Chat title</source>
        <translation>Chat title</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Pinned</source>
        <translation>Pinned</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Previous 7 days</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>Untitled chat</translation>
    </message>
    <message>
        <source>{heading} (heading)</source>
        <translation>{heading} (heading)</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>pinned</source>
        <translation>pinned</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>answer in progress</source>
        <translation>answer in progress</translation>
    </message>
</context>
<context>
    <name>ConversationListPanel</name>
    <message>
        <source>No chats yet — start one with New chat (Ctrl+N)</source>
        <translation>No chats yet — start one with New chat (Ctrl+N)</translation>
    </message>
    <message>
        <source>No archived chats.</source>
        <translation>No archived chats.</translation>
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
        <translation>Web page (.html)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>New chat</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Start a new chat (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Search chats</translation>
    </message>
    <message>
        <source>Search all chats (Ctrl+F)</source>
        <translation>Search all chats (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Chat list</source>
        <translation>Chat list</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Show archived chats</source>
        <translation>Show archived chats</translation>
    </message>
    <message>
        <source>No chats match “{query}”.</source>
        <translation>No chats match “{query}”.</translation>
    </message>
    <message>
        <source>Actions for {title}</source>
        <translation>Actions for {title}</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Unarchive</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Export as</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat deleted</source>
        <translation>Chat deleted</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Deleted “{title}”. Undo is available for {seconds} seconds.</source>
        <translation>Deleted “{title}”. Undo is available for {seconds} seconds.</translation>
    </message>
    <message>
        <source>Hide archived chats</source>
        <translation>Hide archived chats</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <source>Send a message first: a new chat gets its title then.</source>
        <translation>Send a message first: a new chat gets its title then.</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%Ln tool(s)</source>
        <translation>
            <numerusform>%Ln tool</numerusform>
            <numerusform>%Ln tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln chat</numerusform>
            <numerusform>%Ln chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) imported.</source>
        <translation>
            <numerusform>%Ln chat imported.</numerusform>
            <numerusform>%Ln chats imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) imported, {already_there} already here.</source>
        <translation>
            <numerusform>%Ln chat imported, {already_there} already here.</numerusform>
            <numerusform>%Ln chats imported, {already_there} already here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more row(s) or character(s) were left out to fit.</source>
        <translation>
            <numerusform>%Ln more row or character was left out to fit.</numerusform>
            <numerusform>%Ln more rows or characters were left out to fit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong — Desktop Chat</source>
        <translation>Something went wrong — Desktop Chat</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>The app kept running and your chats are safe. If this keeps happening, send the details below to your IT contact.</source>
        <translation>The app kept running and your chats are safe. If this keeps happening, send the details below to your IT contact.</translation>
    </message>
    <message>
        <source>The details were also written to the log file: {path}</source>
        <translation>The details were also written to the log file: {path}</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Error details</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Document preview</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <source>Text the model read</source>
        <translation>Text the model read</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Save a copy of the original file</source>
        <translation>Save a copy of the original file</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Close the preview</translation>
    </message>
    <message>
        <source>This is a scan without a text layer: the model got no text from it.</source>
        <translation>This is a scan without a text layer: the model got no text from it.</translation>
    </message>
    <message>
        <source>No text was read from this file.</source>
        <translation>No text was read from this file.</translation>
    </message>
    <message>
        <source>This is the text the model read from the file.</source>
        <translation>This is the text the model read from the file.</translation>
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
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Open a chat to export it.</source>
        <translation>Open a chat to export it.</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Export chat</translation>
    </message>
    <message>
        <source>Chat archive (*.json)</source>
        <translation>Chat archive (*.json)</translation>
    </message>
    <message>
        <source>Export all chats</source>
        <translation>Export all chats</translation>
    </message>
    <message>
        <source>Chat archives and ChatGPT exports (*.json *.zip)</source>
        <translation>Chat archives and ChatGPT exports (*.json *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Import chats</translation>
    </message>
    <message>
        <source>History backup (*.sqlite3)</source>
        <translation>History backup (*.sqlite3)</translation>
    </message>
    <message>
        <source>Back up history</source>
        <translation>Back up history</translation>
    </message>
    <message>
        <source>Wait for the file work under way to finish, or cancel it.</source>
        <translation>Wait for the file work under way to finish, or cancel it.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Desktop Chat</source>
        <translation>Desktop Chat</translation>
    </message>
    <message>
        <source>Imported from {name}: {counts}</source>
        <translation>Imported from {name}: {counts}</translation>
    </message>
    <message>
        <source>Exported {chats} to {path}</source>
        <translation>Exported {chats} to {path}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>History backed up to {path}</source>
        <translation>History backed up to {path}</translation>
    </message>
    <message>
        <source>Exporting… {done} of {total} chats</source>
        <translation>Exporting… {done} of {total} chats</translation>
    </message>
    <message>
        <source>Importing… {percent}%</source>
        <translation>Importing… {percent}%</translation>
    </message>
    <message>
        <source>Backing up… {percent}%</source>
        <translation>Backing up… {percent}%</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Import cancelled. Nothing was imported.</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Export cancelled. No file was written.</translation>
    </message>
    <message>
        <source>Backup cancelled. No copy was made.</source>
        <translation>Backup cancelled. No copy was made.</translation>
    </message>
    <message>
        <source>Importing chats</source>
        <translation>Importing chats</translation>
    </message>
    <message>
        <source>Exporting all chats</source>
        <translation>Exporting all chats</translation>
    </message>
    <message>
        <source>Backing up history</source>
        <translation>Backing up history</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished.</source>
        <translation>The answer stopped before it was finished.</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>The answer failed.</translation>
    </message>
    <message>
        <source>The answer was still arriving.</source>
        <translation>The answer was still arriving.</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>Untitled chat</translation>
    </message>
    <message>
        <source>Exported from Desktop Chat · started {when}</source>
        <translation>Exported from Desktop Chat · started {when}</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>System prompt</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>{name} ({model})</source>
        <translation>{name} ({model})</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of an exported web page</comment>
        <translation>en</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>Formulas</name>
    <message>
        <source>Formula could not be drawn</source>
        <translation>Formula could not be drawn</translation>
    </message>
</context>
<context>
    <name>Gateway</name>
    <message>
        <source>your system&apos;s password store</source>
        <translation>your system&apos;s password store</translation>
    </message>
    <message>
        <source>Add your API key to start chatting — or try the offline demo.</source>
        <translation>Add your API key to start chatting — or try the offline demo.</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Add key</translation>
    </message>
    <message>
        <source>{problem} Your key is kept only until you close the app.</source>
        <translation>{problem} Your key is kept only until you close the app.</translation>
    </message>
    <message>
        <source>This is the offline demo: answers come from a built-in simulator, not a real model. Add your API key in Settings to chat for real.</source>
        <translation>This is the offline demo: answers come from a built-in simulator, not a real model. Add your API key in Settings to chat for real.</translation>
    </message>
    <message>
        <source>Add my key</source>
        <translation>Add my key</translation>
    </message>
    <message>
        <source>memory only (no password store)</source>
        <translation>memory only (no password store)</translation>
    </message>
    <message>
        <source>the {variable} environment variable</source>
        <translation>the {variable} environment variable</translation>
    </message>
    <message>
        <source>There is no key saved for this gateway address yet.</source>
        <translation>There is no key saved for this gateway address yet.</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the gateway.</source>
        <translation>Something went wrong while talking to the gateway.</translation>
    </message>
    <message>
        <source>The gateway did not accept your API key.</source>
        <translation>The gateway did not accept your API key.</translation>
    </message>
    <message>
        <source>Your account can&apos;t use this model right now (quota or permission).</source>
        <translation>Your account can&apos;t use this model right now (quota or permission).</translation>
    </message>
    <message>
        <source>This address doesn&apos;t look like a chat gateway.</source>
        <translation>This address doesn&apos;t look like a chat gateway.</translation>
    </message>
    <message>
        <source>This model isn&apos;t available with your key.</source>
        <translation>This model isn&apos;t available with your key.</translation>
    </message>
    <message>
        <source>This conversation is too long for the model.</source>
        <translation>This conversation is too long for the model.</translation>
    </message>
    <message>
        <source>This model can&apos;t see images. Choose a model that can (Claude or Gemini), or send the message without its pictures.</source>
        <translation>This model can&apos;t see images. Choose a model that can (Claude or Gemini), or send the message without its pictures.</translation>
    </message>
    <message>
        <source>This model (or the gateway) can&apos;t use tools. Retry sends the message without them (tools stay off in this chat until you turn them on in the sidebar).</source>
        <translation>This model (or the gateway) can&apos;t use tools. Retry sends the message without them (tools stay off in this chat until you turn them on in the sidebar).</translation>
    </message>
    <message>
        <source>Too many requests right now.</source>
        <translation>Too many requests right now.</translation>
    </message>
    <message>
        <source>The model service is having trouble.</source>
        <translation>The model service is having trouble.</translation>
    </message>
    <message>
        <source>The model service took too long to answer.</source>
        <translation>The model service took too long to answer.</translation>
    </message>
    <message>
        <source>Can&apos;t reach the gateway. Check your internet connection or proxy.</source>
        <translation>Can&apos;t reach the gateway. Check your internet connection or proxy.</translation>
    </message>
    <message>
        <source>The connection isn&apos;t secure (certificate problem), so nothing was sent.</source>
        <translation>The connection isn&apos;t secure (certificate problem), so nothing was sent.</translation>
    </message>
    <message>
        <source>The gateway turned this request down.</source>
        <translation>The gateway turned this request down.</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished. What arrived is kept.</source>
        <translation>The answer stopped before it was finished. What arrived is kept.</translation>
    </message>
    <message>
        <source>The gateway sent back an empty answer (this can happen when a conversation is too long).</source>
        <translation>The gateway sent back an empty answer (this can happen when a conversation is too long).</translation>
    </message>
    <message>
        <source>The model service reported an error while answering. What arrived is kept.</source>
        <translation>The model service reported an error while answering. What arrived is kept.</translation>
    </message>
    <message>
        <source>Change key</source>
        <translation>Change key</translation>
    </message>
    <message>
        <source>Check the address</source>
        <translation>Check the address</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>Choose another model</translation>
    </message>
    <message>
        <source>Start a new chat from here</source>
        <translation>Start a new chat from here</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Try again later</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>The proxy refused the connection. Check the proxy address, user name and password.</source>
        <translation>The proxy refused the connection. Check the proxy address, user name and password.</translation>
    </message>
    <message>
        <source>The gateway sent a part of the answer this app could not read.</source>
        <translation>The gateway sent a part of the answer this app could not read.</translation>
    </message>
    <message>
        <source>The gateway sent an answer this app could not read.</source>
        <translation>The gateway sent an answer this app could not read.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t secure (certificate problem), so nothing was sent.</source>
        <translation>The connection to {host} isn&apos;t secure (certificate problem), so nothing was sent.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, expired on {date}. Nothing was sent. Ask IT or the gateway&apos;s owner to renew it.</source>
        <translation>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, expired on {date}. Nothing was sent. Ask IT or the gateway&apos;s owner to renew it.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, is not valid yet. Nothing was sent. Check this computer&apos;s date and time, or ask IT.</source>
        <translation>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, is not valid yet. Nothing was sent. Check this computer&apos;s date and time, or ask IT.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, is for {names}, not for {host}. Nothing was sent. Check the gateway address, or ask IT.</source>
        <translation>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, is for {names}, not for {host}. Nothing was sent. Check the gateway address, or ask IT.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate was issued by itself (“{issuer}”), which this computer doesn&apos;t trust. Nothing was sent. Ask IT to install that certificate, or add it in Settings → Certificates.</source>
        <translation>The connection to {host} isn&apos;t trusted: its certificate was issued by itself (“{issuer}”), which this computer doesn&apos;t trust. Nothing was sent. Ask IT to install that certificate, or add it in Settings → Certificates.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate was issued by “{issuer}”, which this computer doesn&apos;t trust. Nothing was sent. Ask IT to install that certificate, or add it in Settings → Certificates.</source>
        <translation>The connection to {host} isn&apos;t trusted: its certificate was issued by “{issuer}”, which this computer doesn&apos;t trust. Nothing was sent. Ask IT to install that certificate, or add it in Settings → Certificates.</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} could not be loaded, so nothing was sent. Check the address in Settings → Connection, or ask IT.</source>
        <translation>The automatic proxy settings (PAC file) at {address} could not be loaded, so nothing was sent. Check the address in Settings → Connection, or ask IT.</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} took too long, so nothing was sent. Try again, or ask IT.</source>
        <translation>The automatic proxy settings (PAC file) at {address} took too long, so nothing was sent. Try again, or ask IT.</translation>
    </message>
    <message>
        <source>The file at {address} is too large to be automatic proxy settings (a PAC file), so nothing was sent. Check the address in Settings → Connection, or ask IT.</source>
        <translation>The file at {address} is too large to be automatic proxy settings (a PAC file), so nothing was sent. Check the address in Settings → Connection, or ask IT.</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} don&apos;t work (the script has an error), so nothing was sent. Ask IT to check the file.</source>
        <translation>The automatic proxy settings (PAC file) at {address} don&apos;t work (the script has an error), so nothing was sent. Ask IT to check the file.</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} named no proxy for the gateway, so nothing was sent. Ask IT to check the file.</source>
        <translation>The automatic proxy settings (PAC file) at {address} named no proxy for the gateway, so nothing was sent. Ask IT to check the file.</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) send the gateway through a SOCKS proxy, which Desktop Chat can&apos;t use. Nothing was sent. Ask IT for an HTTP proxy, or set one in Settings → Connection.</source>
        <translation>The automatic proxy settings (PAC file) send the gateway through a SOCKS proxy, which Desktop Chat can&apos;t use. Nothing was sent. Ask IT for an HTTP proxy, or set one in Settings → Connection.</translation>
    </message>
    <message>
        <source>HTTP status: {value}</source>
        <translation>HTTP status: {value}</translation>
    </message>
    <message>
        <source>Server message: {value}</source>
        <translation>Server message: {value}</translation>
    </message>
    <message>
        <source>Server code: {value}</source>
        <translation>Server code: {value}</translation>
    </message>
    <message>
        <source>Address: {value}</source>
        <translation>Address: {value}</translation>
    </message>
    <message>
        <source>Server asked to wait: {value} s</source>
        <translation>Server asked to wait: {value} s</translation>
    </message>
    <message>
        <source>Technical: {value}</source>
        <translation>Technical: {value}</translation>
    </message>
    <message>
        <source>Kind: {value}</source>
        <translation>Kind: {value}</translation>
    </message>
    <message>
        <source>Model&apos;s limit: {value} tokens</source>
        <translation>Model&apos;s limit: {value} tokens</translation>
    </message>
    <message>
        <source>This request: {value} tokens</source>
        <translation>This request: {value} tokens</translation>
    </message>
    <message>
        <source>Host: {value}</source>
        <translation>Host: {value}</translation>
    </message>
    <message>
        <source>Certificate issued by: {value}</source>
        <translation>Certificate issued by: {value}</translation>
    </message>
    <message>
        <source>Certificate issued to: {value}</source>
        <translation>Certificate issued to: {value}</translation>
    </message>
    <message>
        <source>Certificate valid until: {value}</source>
        <translation>Certificate valid until: {value}</translation>
    </message>
    <message>
        <source>Proxy settings file (PAC): {value}</source>
        <translation>Proxy settings file (PAC): {value}</translation>
    </message>
    <message>
        <source>What happened: {text}</source>
        <translation>What happened: {text}</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Open Settings</translation>
    </message>
    <message>
        <source>Suggested: {action}</source>
        <translation>Suggested: {action}</translation>
    </message>
    <message>
        <source>{problem} Trying again in {seconds} s (attempt {attempt} of {total})…</source>
        <translation>{problem} Trying again in {seconds} s (attempt {attempt} of {total})…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Presence penalty</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Frequency penalty</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Maximum length</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Stop sequences</translation>
    </message>
    <message>
        <source>User identifier</source>
        <translation>User identifier</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Tool choice</source>
        <translation>Tool choice</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Gateway address</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Proxy address</translation>
    </message>
    <message>
        <source>Automatic proxy settings (PAC) address</source>
        <translation>Automatic proxy settings (PAC) address</translation>
    </message>
    <message>
        <source>Extra certificates file</source>
        <translation>Extra certificates file</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Temperature must be between {low} and {high}.</source>
        <translation>Temperature must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>Top P must be between {low} and {high}.</source>
        <translation>Top P must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>Presence penalty must be between {low} and {high}.</source>
        <translation>Presence penalty must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>Frequency penalty must be between {low} and {high}.</source>
        <translation>Frequency penalty must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}.</source>
        <translation>{field} must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>Please choose a model.</source>
        <translation>Please choose a model.</translation>
    </message>
    <message>
        <source>There is no message to send.</source>
        <translation>There is no message to send.</translation>
    </message>
    <message>
        <source>Message {number} must come from the system, the user or the assistant.</source>
        <translation>Message {number} must come from the system, the user or the assistant.</translation>
    </message>
    <message>
        <source>Message {number} has no text.</source>
        <translation>Message {number} has no text.</translation>
    </message>
    <message>
        <source>A picture in message {number} could not be read, so nothing was sent.</source>
        <translation>A picture in message {number} could not be read, so nothing was sent.</translation>
    </message>
    <message>
        <source>Message {number} is a tool&apos;s result that names no tool call, so nothing was sent.</source>
        <translation>Message {number} is a tool&apos;s result that names no tool call, so nothing was sent.</translation>
    </message>
    <message>
        <source>A tool call in message {number} has no id or name, so nothing was sent.</source>
        <translation>A tool call in message {number} has no id or name, so nothing was sent.</translation>
    </message>
    <message>
        <source>Tool {number} has a name the gateway can&apos;t take; check the tool server&apos;s settings.</source>
        <translation>Tool {number} has a name the gateway can&apos;t take; check the tool server&apos;s settings.</translation>
    </message>
    <message>
        <source>Tool {number} describes its inputs in a way the gateway can&apos;t take; check the tool server.</source>
        <translation>Tool {number} describes its inputs in a way the gateway can&apos;t take; check the tool server.</translation>
    </message>
    <message>
        <source>Tool choice must be automatic, none or required.</source>
        <translation>Tool choice must be automatic, none or required.</translation>
    </message>
    <message>
        <source>Maximum length must be a whole number of at least {low} token.</source>
        <translation>Maximum length must be a whole number of at least {low} token.</translation>
    </message>
    <message>
        <source>You can give at most {high} stop sequences.</source>
        <translation>You can give at most {high} stop sequences.</translation>
    </message>
    <message>
        <source>A stop sequence can&apos;t be empty.</source>
        <translation>A stop sequence can&apos;t be empty.</translation>
    </message>
    <message>
        <source>The user identifier must be text.</source>
        <translation>The user identifier must be text.</translation>
    </message>
    <message>
        <source>Streaming must be switched on or off.</source>
        <translation>Streaming must be switched on or off.</translation>
    </message>
    <message>
        <source>Please enter the gateway address.</source>
        <translation>Please enter the gateway address.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a web address.</source>
        <translation>This doesn&apos;t look like a web address.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://).</source>
        <translation>The address must start with https:// (or http://).</translation>
    </message>
    <message>
        <source>Please leave the user name and password out of the address.</source>
        <translation>Please leave the user name and password out of the address.</translation>
    </message>
    <message>
        <source>The proxy address {value!r} isn&apos;t usable. Use a form like http://proxy.example.com:3128 (or leave it empty to use the system&apos;s).</source>
        <translation>The proxy address {value!r} isn&apos;t usable. Use a form like http://proxy.example.com:3128 (or leave it empty to use the system&apos;s).</translation>
    </message>
    <message>
        <source>The certificates file {value} doesn&apos;t exist, so nothing was sent. Choose it again in Settings → Certificates, or remove it.</source>
        <translation>The certificates file {value} doesn&apos;t exist, so nothing was sent. Choose it again in Settings → Certificates, or remove it.</translation>
    </message>
    <message>
        <source>The certificates file {value} could not be read, so nothing was sent. Choose it again in Settings → Certificates, or remove it.</source>
        <translation>The certificates file {value} could not be read, so nothing was sent. Choose it again in Settings → Certificates, or remove it.</translation>
    </message>
    <message>
        <source>The file {value} holds no certificate this app can read (a PEM file, text starting with “-----BEGIN CERTIFICATE-----”, is needed), so nothing was sent. Ask IT for the certificate as a PEM file.</source>
        <translation>The file {value} holds no certificate this app can read (a PEM file, text starting with “-----BEGIN CERTIFICATE-----”, is needed), so nothing was sent. Ask IT for the certificate as a PEM file.</translation>
    </message>
    <message>
        <source>The API key contains spaces or characters that can&apos;t be part of a key. Please paste it again.</source>
        <translation>The API key contains spaces or characters that can&apos;t be part of a key. Please paste it again.</translation>
    </message>
    <message>
        <source>Please check {field}.</source>
        <translation>Please check {field}.</translation>
    </message>
    <message>
        <source>Added &apos;{scheme}://&apos; to the address.</source>
        <translation>Added &apos;{scheme}://&apos; to the address.</translation>
    </message>
    <message>
        <source>Removed the part after &apos;?&apos; or &apos;#&apos;.</source>
        <translation>Removed the part after &apos;?&apos; or &apos;#&apos;.</translation>
    </message>
    <message>
        <source>Removed &apos;{suffix}&apos; from the address.</source>
        <translation>Removed &apos;{suffix}&apos; from the address.</translation>
    </message>
    <message>
        <source>Added &apos;/v1&apos; to the address.</source>
        <translation>Added &apos;/v1&apos; to the address.</translation>
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
        <translation>Start a new history</translation>
    </message>
    <message>
        <source>&quot;Start a new history&quot; keeps the damaged file beside the new one, unchanged, so nothing is lost.</source>
        <translation>&quot;Start a new history&quot; keeps the damaged file beside the new one, unchanged, so nothing is lost.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image viewer</source>
        <translation>Image viewer</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>Fit the image to the window</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the image at its actual size</source>
        <translation>Show the image at its actual size</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Save image…</translation>
    </message>
    <message>
        <source>Save the image to a file</source>
        <translation>Save the image to a file</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation>Copy the image to the clipboard</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the image viewer</source>
        <translation>Close the image viewer</translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <source>Paste your API key first.</source>
        <translation>Paste your API key first.</translation>
    </message>
    <message>
        <source>The key contains spaces or unusual characters. Copy it again from where you got it.</source>
        <translation>The key contains spaces or unusual characters. Copy it again from where you got it.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Paste your API key</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>Hide key</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Show key</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Your key could not be read from or saved to this computer&apos;s password store.</source>
        <translation>Your key could not be read from or saved to this computer&apos;s password store.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>This computer has no password store, so your key can be kept only until you close the app.</source>
        <translation>This computer has no password store, so your key can be kept only until you close the app.</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>Keep for this session</translation>
    </message>
    <message>
        <source>Your password store is locked, so Desktop Chat can&apos;t read or save your key.</source>
        <translation>Your password store is locked, so Desktop Chat can&apos;t read or save your key.</translation>
    </message>
    <message>
        <source>Unlock it and try again, or keep the key for this session only</source>
        <translation>Unlock it and try again, or keep the key for this session only</translation>
    </message>
    <message>
        <source>Your password store didn&apos;t answer in time (it may be waiting for you to unlock it).</source>
        <translation>Your password store didn&apos;t answer in time (it may be waiting for you to unlock it).</translation>
    </message>
    <message>
        <source>Try again, or keep the key for this session only</source>
        <translation>Try again, or keep the key for this session only</translation>
    </message>
    <message>
        <source>Your key is set by the {variable} environment variable, so it can&apos;t be changed here.</source>
        <translation>Your key is set by the {variable} environment variable, so it can&apos;t be changed here.</translation>
    </message>
    <message>
        <source>Ask whoever set up this computer</source>
        <translation>Ask whoever set up this computer</translation>
    </message>
    <message>
        <source>The key is empty. Paste your API key.</source>
        <translation>The key is empty. Paste your API key.</translation>
    </message>
    <message>
        <source>The key contains spaces or unusual characters. Copy it again from where you got it.</source>
        <translation>The key contains spaces or unusual characters. Copy it again from where you got it.</translation>
    </message>
    <message>
        <source>The key saved in your password store is damaged. Enter your key again.</source>
        <translation>The key saved in your password store is damaged. Enter your key again.</translation>
    </message>
    <message>
        <source>Paste your key again</source>
        <translation>Paste your key again</translation>
    </message>
    <message>
        <source>Your key comes from the {variable} environment variable and is not stored.</source>
        <translation>Your key comes from the {variable} environment variable and is not stored.</translation>
    </message>
    <message>
        <source>Your key is kept only until you close the app.</source>
        <translation>Your key is kept only until you close the app.</translation>
    </message>
    <message>
        <source>Your key is kept in {store}, never in a file.</source>
        <translation>Your key is kept in {store}, never in a file.</translation>
    </message>
    <message>
        <source>No key is stored yet.</source>
        <translation>No key is stored yet.</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Add a line</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <source>Add a line to {what}</source>
        <translation>Add a line to {what}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Keep this value secret, in the keyring</source>
        <translation>Keep this value secret, in the keyring</translation>
    </message>
    <message>
        <source>A secret is kept in the system&apos;s keyring, not in mcp.json, and shown as ••••</source>
        <translation>A secret is kept in the system&apos;s keyring, not in mcp.json, and shown as ••••</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Remove this line</translation>
    </message>
    <message>
        <source>{mask} (kept in the keyring; type to replace)</source>
        <translation>{mask} (kept in the keyring; type to replace)</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message numerus="yes">
        <source>The chat was too long for the model, so the %n oldest message(s) were left out and it was asked again.</source>
        <translation>
            <numerusform>The chat was too long for the model, so the oldest message was left out and it was asked again.</numerusform>
            <numerusform>The chat was too long for the model, so the %n oldest messages were left out and it was asked again.</numerusform>
        </translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>New chat</translation>
    </message>
    <message>
        <source>The whole chat was copied as text.</source>
        <translation>The whole chat was copied as text.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <source>Delete the chat in the trash for good?</source>
        <translation>Delete the chat in the trash for good?</translation>
    </message>
    <message>
        <source>Delete the {count} chats in the trash for good?</source>
        <translation>Delete the {count} chats in the trash for good?</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Empty trash</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <source>This can&apos;t be undone. Chats in the trash are deleted by themselves after 30 days.</source>
        <translation>This can&apos;t be undone. Chats in the trash are deleted by themselves after 30 days.</translation>
    </message>
    <message>
        <source>1 chat deleted for good.</source>
        <translation>1 chat deleted for good.</translation>
    </message>
    <message>
        <source>{count} chats deleted for good.</source>
        <translation>{count} chats deleted for good.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Summarise them</source>
        <translation>Summarise them</translation>
    </message>
    <message>
        <source>Desktop Chat</source>
        <translation>Desktop Chat</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;New chat</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Start a new conversation</translation>
    </message>
    <message>
        <source>&amp;Export chat…</source>
        <translation>&amp;Export chat…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>Export &amp;all chats…</translation>
    </message>
    <message>
        <source>Save every chat into one JSON archive</source>
        <translation>Save every chat into one JSON archive</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Export as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the chat on screen as a PDF: code, formulas and pictures included</source>
        <translation>Save the chat on screen as a PDF: code, formulas and pictures included</translation>
    </message>
    <message>
        <source>&amp;Import archive or ChatGPT export…</source>
        <translation>&amp;Import archive or ChatGPT export…</translation>
    </message>
    <message>
        <source>&amp;Backup history…</source>
        <translation>&amp;Backup history…</translation>
    </message>
    <message>
        <source>Empty &amp;trash…</source>
        <translation>Empty &amp;trash…</translation>
    </message>
    <message>
        <source>Delete the chats in the trash for good</source>
        <translation>Delete the chats in the trash for good</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>&amp;Search chats</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>&amp;Rename chat</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>S&amp;top answer</source>
        <translation>S&amp;top answer</translation>
    </message>
    <message>
        <source>&amp;Parameter sidebar</source>
        <translation>&amp;Parameter sidebar</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>Show or hide the sidebar</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Follow the &amp;system</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Desktop Chat</source>
        <translation>&amp;About Desktop Chat</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic report</source>
        <translation>Copy &amp;diagnostic report</translation>
    </message>
    <message>
        <source>Copy versions, settings, the connection test and the log, without any key, for IT</source>
        <translation>Copy versions, settings, the connection test and the log, without any key, for IT</translation>
    </message>
    <message>
        <source>&amp;Copy whole chat as text</source>
        <translation>&amp;Copy whole chat as text</translation>
    </message>
    <message>
        <source>&amp;Usage and costs…</source>
        <translation>&amp;Usage and costs…</translation>
    </message>
    <message>
        <source>Tokens and estimated costs per day, model and chat</source>
        <translation>Tokens and estimated costs per day, model and chat</translation>
    </message>
    <message>
        <source>Focus the message box</source>
        <translation>Focus the message box</translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation>Next chat</translation>
    </message>
    <message>
        <source>Previous chat</source>
        <translation>Previous chat</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menu bar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[image: {alt}]</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>Image “{alt}” from {host} — open</source>
        <translation>Image “{alt}” from {host} — open</translation>
    </message>
    <message>
        <source>Image from {host} — open</source>
        <translation>Image from {host} — open</translation>
    </message>
    <message>
        <source>[image: {alt}] ({url})</source>
        <translation>[image: {alt}] ({url})</translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <source>You stopped this answer.</source>
        <translation>You stopped this answer.</translation>
    </message>
    <message>
        <source>The app closed before the answer finished.</source>
        <translation>The app closed before the answer finished.</translation>
    </message>
    <message>
        <source>Something went wrong inside the app.</source>
        <translation>Something went wrong inside the app.</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished. What arrived is kept.</source>
        <translation>The answer stopped before it was finished. What arrived is kept.</translation>
    </message>
    <message>
        <source>The answer was cut short by the length limit.</source>
        <translation>The answer was cut short by the length limit.</translation>
    </message>
    <message>
        <source>The provider&apos;s content filter stopped this answer.</source>
        <translation>The provider&apos;s content filter stopped this answer.</translation>
    </message>
    <message>
        <source>The answer could not be completed.</source>
        <translation>The answer could not be completed.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>cut short (length limit)</source>
        <translation>cut short (length limit)</translation>
    </message>
    <message>
        <source>stopped by content filter</source>
        <translation>stopped by content filter</translation>
    </message>
    <message>
        <source>tool call</source>
        <translation>tool call</translation>
    </message>
    <message>
        <source>{prompt} prompt / {completion} completion tokens</source>
        <translation>{prompt} prompt / {completion} completion tokens</translation>
    </message>
    <message>
        <source>≈ {cost} (estimate)</source>
        <translation>≈ {cost} (estimate)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Your message</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>The answer is being written</source>
        <translation>The answer is being written</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>Show reasoning</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning</source>
        <translation>Show or hide the model&apos;s reasoning</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>Continue the answer</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Retry the answer</source>
        <translation>Retry the answer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>Show or hide what exactly went wrong</source>
        <translation>Show or hide what exactly went wrong</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Previous version</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Next version</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copy message</translation>
    </message>
    <message>
        <source>Copy the whole message</source>
        <translation>Copy the whole message</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>Regenerate answer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit and resend message</source>
        <translation>Edit and resend message</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Delete message</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
    <message>
        <source>Version {index} of {count}</source>
        <translation>Version {index} of {count}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Thinking…</translation>
    </message>
    <message>
        <source>Answer from {model}</source>
        <translation>Answer from {model}</translation>
    </message>
    <message>
        <source>Answer from the model</source>
        <translation>Answer from the model</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Writing</translation>
    </message>
    <message>
        <source>Copy request as curl</source>
        <translation>Copy request as curl</translation>
    </message>
    <message>
        <source>Copy the request behind this answer as a curl command, for IT (the key is left out)</source>
        <translation>Copy the request behind this answer as a curl command, for IT (the key is left out)</translation>
    </message>
    <message>
        <source>Copy request as curl, pictures shortened</source>
        <translation>Copy request as curl, pictures shortened</translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>Hide reasoning</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Edit message</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancel editing</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send edited message</source>
        <translation>Send edited message</translation>
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
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ModelFigures</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Learned from an error</source>
        <translation>Learned from an error</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>“{text}” is not a number of tokens. Enter a whole number from 1 to {largest}, or empty the cell to use the other figures.</source>
        <translation>“{text}” is not a number of tokens. Enter a whole number from 1 to {largest}, or empty the cell to use the other figures.</translation>
    </message>
    <message>
        <source>“{text}” is not a price. Enter US dollars per million tokens from 0 to {largest}, for example {example}, or empty the cell to use the other figures.</source>
        <translation>“{text}” is not a price. Enter US dollars per million tokens from 0 to {largest}, for example {example}, or empty the cell to use the other figures.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>The model that answers. Pick one, or type a model id.</source>
        <translation>The model that answers. Pick one, or type a model id.</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>Model id</translation>
    </message>
    <message>
        <source>{vendor} (heading)</source>
        <translation>{vendor} (heading)</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Models and their figures</source>
        <translation>Models and their figures</translation>
    </message>
    <message>
        <source>Context window and longest answer in tokens, prices in US dollars per million tokens. Type a figure to use your own; empty the cell to use the others again.</source>
        <translation>Context window and longest answer in tokens, prices in US dollars per million tokens. Type a figure to use your own; empty the cell to use the others again.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>Context window</translation>
    </message>
    <message>
        <source>Longest answer</source>
        <translation>Longest answer</translation>
    </message>
    <message>
        <source>Input $/1M</source>
        <translation>Input $/1M</translation>
    </message>
    <message>
        <source>Output $/1M</source>
        <translation>Output $/1M</translation>
    </message>
    <message>
        <source>Sees images</source>
        <translation>Sees images</translation>
    </message>
    <message>
        <source>Draws images</source>
        <translation>Draws images</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>How many tokens the model can read at once: the chat and its answer</source>
        <translation>How many tokens the model can read at once: the chat and its answer</translation>
    </message>
    <message>
        <source>The longest answer the model can write, in tokens</source>
        <translation>The longest answer the model can write, in tokens</translation>
    </message>
    <message>
        <source>Estimated US dollars per million tokens sent to the model</source>
        <translation>Estimated US dollars per million tokens sent to the model</translation>
    </message>
    <message>
        <source>Estimated US dollars per million tokens the model writes</source>
        <translation>Estimated US dollars per million tokens the model writes</translation>
    </message>
    <message>
        <source>Pictures you attach are sent to this model</source>
        <translation>Pictures you attach are sent to this model</translation>
    </message>
    <message>
        <source>The model is asked for pictures too (image models such as Gemini 2.5 Flash Image)</source>
        <translation>The model is asked for pictures too (image models such as Gemini 2.5 Flash Image)</translation>
    </message>
    <message>
        <source>Where the figures in force come from</source>
        <translation>Where the figures in force come from</translation>
    </message>
    <message>
        <source>&amp;Reset selected</source>
        <translation>&amp;Reset selected</translation>
    </message>
    <message>
        <source>Reset the selected models&apos; figures</source>
        <translation>Reset the selected models&apos; figures</translation>
    </message>
    <message>
        <source>Drop your own figures for the selected models</source>
        <translation>Drop your own figures for the selected models</translation>
    </message>
    <message>
        <source>Model to add</source>
        <translation>Model to add</translation>
    </message>
    <message>
        <source>Another model&apos;s name, as the gateway spells it</source>
        <translation>Another model&apos;s name, as the gateway spells it</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add this model to the table</source>
        <translation>Add this model to the table</translation>
    </message>
    <message>
        <source>Prices are estimates from the providers&apos; public list prices; your gateway may charge differently.</source>
        <translation>Prices are estimates from the providers&apos; public list prices; your gateway may charge differently.</translation>
    </message>
    <message>
        <source>An answer can&apos;t be longer than the context window ({window} tokens).</source>
        <translation>An answer can&apos;t be longer than the context window ({window} tokens).</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>From: {source}</translation>
    </message>
    <message>
        <source>Not known: type a figure</source>
        <translation>Not known: type a figure</translation>
    </message>
    <message>
        <source>Your setting</source>
        <translation>Your setting</translation>
    </message>
    <message>
        <source>What is known of this model</source>
        <translation>What is known of this model</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Connected. This gateway doesn&apos;t list its models, so the standard list is shown.</source>
        <translation>Connected. This gateway doesn&apos;t list its models, so the standard list is shown.</translation>
    </message>
    <message>
        <source>Showing the models saved earlier. {reason}</source>
        <translation>Showing the models saved earlier. {reason}</translation>
    </message>
    <message>
        <source>Showing the models saved on {when}. {reason}</source>
        <translation>Showing the models saved on {when}. {reason}</translation>
    </message>
    <message>
        <source>Showing the standard model list. {reason}</source>
        <translation>Showing the standard model list. {reason}</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Model that writes summaries</source>
        <translation>Model that writes summaries</translation>
    </message>
    <message>
        <source>When a chat is too long for its model, this model summarises the earlier messages</source>
        <translation>When a chat is too long for its model, this model summarises the earlier messages</translation>
    </message>
    <message>
        <source>The chat&apos;s own model</source>
        <translation>The chat&apos;s own model</translation>
    </message>
    <message>
        <source>&amp;Name new chats automatically</source>
        <translation>&amp;Name new chats automatically</translation>
    </message>
    <message>
        <source>Name new chats automatically</source>
        <translation>Name new chats automatically</translation>
    </message>
    <message>
        <source>After the first answer, a small model suggests a name for the chat</source>
        <translation>After the first answer, a small model suggests a name for the chat</translation>
    </message>
    <message>
        <source>Chat &amp;names are written by</source>
        <translation>Chat &amp;names are written by</translation>
    </message>
    <message>
        <source>Model that names new chats</source>
        <translation>Model that names new chats</translation>
    </message>
    <message>
        <source>Context windows and prices</source>
        <translation>Context windows and prices</translation>
    </message>
    <message>
        <source>Summaries and chat names</source>
        <translation>Summaries and chat names</translation>
    </message>
    <message>
        <source>&amp;Summaries are written by</source>
        <translation>&amp;Summaries are written by</translation>
    </message>
</context>
<context>
    <name>NumberParam</name>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Reset {parameter}</source>
        <translation>Reset {parameter}</translation>
    </message>
    <message>
        <source>Don&apos;t send this parameter (use the gateway&apos;s default)</source>
        <translation>Don&apos;t send this parameter (use the gateway&apos;s default)</translation>
    </message>
    <message>
        <source>{parameter} slider</source>
        <translation>{parameter} slider</translation>
    </message>
</context>
<context>
    <name>ParameterSidebar</name>
    <message>
        <source>Precise</source>
        <translation>Precise</translation>
    </message>
    <message>
        <source>Temperature 0.2: more deterministic and consistent (good for code generation, data extraction).</source>
        <translation>Temperature 0.2: more deterministic and consistent (good for code generation, data extraction).</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <source>Temperature 0.7: balanced creativity and consistency (good for daily conversations).</source>
        <translation>Temperature 0.7: balanced creativity and consistency (good for daily conversations).</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Creative</translation>
    </message>
    <message>
        <source>Temperature 1.0: more creative and diverse (good for creative writing).</source>
        <translation>Temperature 1.0: more creative and diverse (good for creative writing).</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Up to 300 tokens: short responses.</source>
        <translation>Up to 300 tokens: short responses.</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Up to 1,000 tokens: medium responses.</source>
        <translation>Up to 1,000 tokens: medium responses.</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Detailed</translation>
    </message>
    <message>
        <source>Up to 3,000 tokens: detailed responses.</source>
        <translation>Up to 3,000 tokens: detailed responses.</translation>
    </message>
    <message>
        <source>Usually adjust either temperature or top_p, not both.</source>
        <translation>Usually adjust either temperature or top_p, not both.</translation>
    </message>
    <message>
        <source>How random the answer is, from 0 to 2 (the gateway&apos;s default is 1.0).
• 0.0–0.3: more deterministic and consistent (good for code generation, data extraction)
• 0.4–0.7: balanced creativity and consistency (good for daily conversations)
• 0.8–1.0: more creative and diverse (good for creative writing)
• 1.0–2.0: highly random and creative (good for brainstorming)</source>
        <translation>How random the answer is, from 0 to 2 (the gateway&apos;s default is 1.0).
• 0.0–0.3: more deterministic and consistent (good for code generation, data extraction)
• 0.4–0.7: balanced creativity and consistency (good for daily conversations)
• 0.8–1.0: more creative and diverse (good for creative writing)
• 1.0–2.0: highly random and creative (good for brainstorming)</translation>
    </message>
    <message>
        <source>Nucleus sampling, from 0 to 1 (default 1.0).
• 0.1: only consider the top 10% most likely words
• 0.5: consider words with cumulative probability up to 50%
• 1.0: consider all possible words (default)
Usually adjust either temperature or top_p, not both.</source>
        <translation>Nucleus sampling, from 0 to 1 (default 1.0).
• 0.1: only consider the top 10% most likely words
• 0.5: consider words with cumulative probability up to 50%
• 1.0: consider all possible words (default)
Usually adjust either temperature or top_p, not both.</translation>
    </message>
    <message>
        <source>The longest answer allowed, in tokens (a token is about ¾ of a word).
• Short responses: 100–300 tokens
• Medium responses: 500–1000 tokens
• Detailed responses: 1500–3000 tokens</source>
        <translation>The longest answer allowed, in tokens (a token is about ¾ of a word).
• Short responses: 100–300 tokens
• Medium responses: 500–1000 tokens
• Detailed responses: 1500–3000 tokens</translation>
    </message>
    <message>
        <source>From −2 to 2 (default 0). Higher values nudge the model to bring up new topics instead of staying on the ones already mentioned.</source>
        <translation>From −2 to 2 (default 0). Higher values nudge the model to bring up new topics instead of staying on the ones already mentioned.</translation>
    </message>
    <message>
        <source>From −2 to 2 (default 0). Higher values make the model repeat the same words and phrases less often.</source>
        <translation>From −2 to 2 (default 0). Higher values make the model repeat the same words and phrases less often.</translation>
    </message>
    <message>
        <source>Up to {count} pieces of text at which the model stops writing. Separate them with commas; write \n for a new line and \, for a comma.</source>
        <translation>Up to {count} pieces of text at which the model stops writing. Separate them with commas; write \n for a new line and \, for a comma.</translation>
    </message>
    <message>
        <source>Chat settings</source>
        <translation>Chat settings</translation>
    </message>
    <message>
        <source>Tip: {note}</source>
        <translation>Tip: {note}</translation>
    </message>
    <message>
        <source>Use as default for new chats</source>
        <translation>Use as default for new chats</translation>
    </message>
    <message>
        <source>New chats will start with this model, these settings and this system prompt</source>
        <translation>New chats will start with this model, these settings and this system prompt</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Refresh models</translation>
    </message>
    <message>
        <source>Refresh models — ask the gateway for its list again</source>
        <translation>Refresh models — ask the gateway for its list again</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>System prompt presets</source>
        <translation>System prompt presets</translation>
    </message>
    <message>
        <source>Fill in a saved system prompt</source>
        <translation>Fill in a saved system prompt</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>System prompt</translation>
    </message>
    <message>
        <source>How should the model behave? For example: “Answer in plain English, briefly.”</source>
        <translation>How should the model behave? For example: “Answer in plain English, briefly.”</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt</source>
        <translation>S&amp;ystem prompt</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Save as preset…</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Save as preset</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Preset name</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Save preset</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel saving preset</source>
        <translation>Cancel saving preset</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Advanced settings</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max tokens</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Presence penalty</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Frequency penalty</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Stop sequences</translation>
    </message>
    <message>
        <source>Clear stop sequences</source>
        <translation>Clear stop sequences</translation>
    </message>
    <message>
        <source>Send the last N turns only</source>
        <translation>Send the last N turns only</translation>
    </message>
    <message>
        <source>A turn is one of your messages with its answer. When set, only the newest turns are sent to the model (with the system prompt and any summary), even if more would fit. Not set: as many as fit the model&apos;s context window.</source>
        <translation>A turn is one of your messages with its answer. When set, only the newest turns are sent to the model (with the system prompt and any summary), even if more would fit. Not set: as many as fit the model&apos;s context window.</translation>
    </message>
    <message>
        <source>from cache (offline)</source>
        <translation>from cache (offline)</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Presets…</translation>
    </message>
    <message>
        <source>Only the first {count} are sent.</source>
        <translation>Only the first {count} are sent.</translation>
    </message>
    <message>
        <source>{model} (not in the list)</source>
        <translation>{model} (not in the list)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
</context>
<context>
    <name>PolicyWords</name>
    <message>
        <source>Set by your organisation</source>
        <translation>Set by your organisation</translation>
    </message>
    <message>
        <source>Managed by your organisation (policy: {path})</source>
        <translation>Managed by your organisation (policy: {path})</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Managed by your organisation</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Helpful assistant</source>
        <translation>Helpful assistant</translation>
    </message>
    <message>
        <source>You are a helpful assistant. Answer clearly and plainly.</source>
        <translation>You are a helpful assistant. Answer clearly and plainly.</translation>
    </message>
    <message>
        <source>Short answers</source>
        <translation>Short answers</translation>
    </message>
    <message>
        <source>Answer briefly. Use bullet points when they help; skip introductions.</source>
        <translation>Answer briefly. Use bullet points when they help; skip introductions.</translation>
    </message>
    <message>
        <source>Proofreader</source>
        <translation>Proofreader</translation>
    </message>
    <message>
        <source>Correct the spelling, grammar and punctuation of the text I send. Keep my wording and tone, then list the main changes.</source>
        <translation>Correct the spelling, grammar and punctuation of the text I send. Keep my wording and tone, then list the main changes.</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Translator</translation>
    </message>
    <message>
        <source>Translate the text I send. If I don&apos;t name a language, translate it into English; keep the formatting.</source>
        <translation>Translate the text I send. If I don&apos;t name a language, translate it into English; keep the formatting.</translation>
    </message>
    <message>
        <source>Email helper</source>
        <translation>Email helper</translation>
    </message>
    <message>
        <source>Help me write clear, polite work emails. Ask for missing details before drafting.</source>
        <translation>Help me write clear, polite work emails. Ask for missing details before drafting.</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>Untitled chat</translation>
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
        <translation>Attached file: {name} ({size})</translation>
    </message>
    <message>
        <source>Picture not available: {name}</source>
        <translation>Picture not available: {name}</translation>
    </message>
    <message>
        <source>Open a chat with messages to print it.</source>
        <translation>Open a chat with messages to print it.</translation>
    </message>
    <message>
        <source>This chat has no messages yet, so there is nothing to print.</source>
        <translation>This chat has no messages yet, so there is nothing to print.</translation>
    </message>
    <message>
        <source>Wait for the printing under way to finish, or cancel it.</source>
        <translation>Wait for the printing under way to finish, or cancel it.</translation>
    </message>
    <message>
        <source>Preparing… {done} of {total} messages</source>
        <translation>Preparing… {done} of {total} messages</translation>
    </message>
    <message>
        <source>Arranging the pages…</source>
        <translation>Arranging the pages…</translation>
    </message>
    <message>
        <source>Printing page {done} of {total}…</source>
        <translation>Printing page {done} of {total}…</translation>
    </message>
    <message>
        <source>Printing the chat</source>
        <translation>Printing the chat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Desktop Chat</source>
        <translation>Desktop Chat</translation>
    </message>
    <message>
        <source>Printing cancelled. Nothing was sent to the printer.</source>
        <translation>Printing cancelled. Nothing was sent to the printer.</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Export cancelled. No file was written.</translation>
    </message>
    <message>
        <source>Sent 1 page to the printer.</source>
        <translation>Sent 1 page to the printer.</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation>Sent {pages} pages to the printer.</translation>
    </message>
    <message>
        <source>Saved 1 page as {path}</source>
        <translation>Saved 1 page as {path}</translation>
    </message>
    <message>
        <source>Saved {pages} pages as {path}</source>
        <translation>Saved {pages} pages as {path}</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>The printer could not be started. Check that it is on and try again.</translation>
    </message>
    <message>
        <source>{name} could not be written. Choose another folder and try again.</source>
        <translation>{name} could not be written. Choose another folder and try again.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Open settings</source>
        <translation>Open settings</translation>
    </message>
</context>
<context>
    <name>ProseView</name>
    <message>
        <source>Message text</source>
        <translation>Message text</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>System settings</source>
        <translation>System settings</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>This proxy:</translation>
    </message>
    <message>
        <source>Automatic (PAC):</source>
        <translation>Automatic (PAC):</translation>
    </message>
    <message>
        <source>How to reach the gateway</source>
        <translation>How to reach the gateway</translation>
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
        <translation>For example http://proxy.example.com:8080 (http://user:password@… if it asks for a password)</translation>
    </message>
    <message>
        <source>Automatic proxy settings (PAC) address</source>
        <translation>Automatic proxy settings (PAC) address</translation>
    </message>
    <message>
        <source>http://wpad.example.com/proxy.pac</source>
        <translation>http://wpad.example.com/proxy.pac</translation>
    </message>
    <message>
        <source>The address of the proxy auto-configuration file IT gave you</source>
        <translation>The address of the proxy auto-configuration file IT gave you</translation>
    </message>
    <message>
        <source>In use now: {proxy}</source>
        <translation>In use now: {proxy}</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>There is nothing to send.</source>
        <translation>There is nothing to send.</translation>
    </message>
    <message>
        <source>Wait for the answer to finish, or stop it first.</source>
        <translation>Wait for the answer to finish, or stop it first.</translation>
    </message>
    <message>
        <source>Add your API key to start chatting.</source>
        <translation>Add your API key to start chatting.</translation>
    </message>
    <message>
        <source>This chat no longer exists.</source>
        <translation>This chat no longer exists.</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>This message no longer exists.</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>Only your own messages can be edited.</translation>
    </message>
    <message>
        <source>Only an answer can be regenerated.</source>
        <translation>Only an answer can be regenerated.</translation>
    </message>
    <message>
        <source>Only an answer can be continued.</source>
        <translation>Only an answer can be continued.</translation>
    </message>
    <message>
        <source>This answer is already complete.</source>
        <translation>This answer is already complete.</translation>
    </message>
    <message>
        <source>This message can&apos;t be sent again.</source>
        <translation>This message can&apos;t be sent again.</translation>
    </message>
    <message>
        <source>This message alone is longer than the model can read. Shorten it, or choose a model with a larger context window in the sidebar. Your text is still in the message box.</source>
        <translation>This message alone is longer than the model can read. Shorten it, or choose a model with a larger context window in the sidebar. Your text is still in the message box.</translation>
    </message>
    <message>
        <source>This model can&apos;t see images. Choose a model that can (Claude or Gemini) in the sidebar, or remove the images. Your message and files are still in the message box.</source>
        <translation>This model can&apos;t see images. Choose a model that can (Claude or Gemini) in the sidebar, or remove the images. Your message and files are still in the message box.</translation>
    </message>
    <message>
        <source>A file is still being read. Wait a moment, or remove it, then send.</source>
        <translation>A file is still being read. Wait a moment, or remove it, then send.</translation>
    </message>
    <message>
        <source>The model kept calling tools, so the app stopped it. Ask it to go on if you want more.</source>
        <translation>The model kept calling tools, so the app stopped it. Ask it to go on if you want more.</translation>
    </message>
    <message>
        <source>Every earlier message is already sent to the model: there is nothing to summarise.</source>
        <translation>Every earlier message is already sent to the model: there is nothing to summarise.</translation>
    </message>
    <message>
        <source>Your organisation does not allow this. Ask your IT department if you need it.</source>
        <translation>Your organisation does not allow this. Ask your IT department if you need it.</translation>
    </message>
</context>
<context>
    <name>SegmentedControl</name>
    <message>
        <source>{group}: {choice}</source>
        <translation>{group}: {choice}</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Server name</translation>
    </message>
    <message>
        <source>For example: time</source>
        <translation>For example: time</translation>
    </message>
    <message>
        <source>Kind of server</source>
        <translation>Kind of server</translation>
    </message>
    <message>
        <source>A program on this computer (stdio)</source>
        <translation>A program on this computer (stdio)</translation>
    </message>
    <message>
        <source>A server on the network (HTTP)</source>
        <translation>A server on the network (HTTP)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>For example: uvx</source>
        <translation>For example: uvx</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>One argument per line, without quotes</source>
        <translation>One argument per line, without quotes</translation>
    </message>
    <message>
        <source>One argument per line, taken exactly as written: no quotes are needed, and nothing is interpreted by a shell.</source>
        <translation>One argument per line, taken exactly as written: no quotes are needed, and nothing is interpreted by a shell.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>For example: https://tools.example.com/mcp</source>
        <translation>For example: https://tools.example.com/mcp</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Tools allowed without asking</source>
        <translation>Tools allowed without asking</translation>
    </message>
    <message>
        <source>One tool name per line</source>
        <translation>One tool name per line</translation>
    </message>
    <message>
        <source>These tools of this server run without asking you first. Everything else asks.</source>
        <translation>These tools of this server run without asking you first. Everything else asks.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Done editing the server</source>
        <translation>Done editing the server</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel editing the server</source>
        <translation>Cancel editing the server</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Command</source>
        <translation>&amp;Command</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>&amp;Arguments</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Environment</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Headers</translation>
    </message>
    <message>
        <source>Allowed without asking</source>
        <translation>Allowed without asking</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>Edit server</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>New server</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Give the server a name.</translation>
    </message>
    <message>
        <source>The name is too long: at most {count} characters.</source>
        <translation>The name is too long: at most {count} characters.</translation>
    </message>
    <message>
        <source>There is already a server called “{name}”.</source>
        <translation>There is already a server called “{name}”.</translation>
    </message>
    <message>
        <source>Say which program to start (the command).</source>
        <translation>Say which program to start (the command).</translation>
    </message>
    <message>
        <source>“{name}” cannot be the name of an environment variable: use letters, digits and _, not starting with a digit.</source>
        <translation>“{name}” cannot be the name of an environment variable: use letters, digits and _, not starting with a digit.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://, like https://tools.example.com/mcp.</source>
        <translation>The address must start with http:// or https://, like https://tools.example.com/mcp.</translation>
    </message>
    <message>
        <source>“{name}” cannot be the name of a header: use letters, digits and -.</source>
        <translation>“{name}” cannot be the name of a header: use letters, digits and -.</translation>
    </message>
    <message>
        <source>“{name}” is there twice.</source>
        <translation>“{name}” is there twice.</translation>
    </message>
    <message>
        <source>Type a value for “{name}”.</source>
        <translation>Type a value for “{name}”.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Your settings file was damaged, so Desktop Chat started with its default settings. The damaged file was kept as {name}.</source>
        <translation>Your settings file was damaged, so Desktop Chat started with its default settings. The damaged file was kept as {name}.</translation>
    </message>
    <message>
        <source>no proxy (direct connection)</source>
        <translation>no proxy (direct connection)</translation>
    </message>
    <message>
        <source>no proxy (direct connection) ({variable} covers {host})</source>
        <translation>no proxy (direct connection) ({variable} covers {host})</translation>
    </message>
    <message>
        <source>{url} (from settings)</source>
        <translation>{url} (from settings)</translation>
    </message>
    <message>
        <source>the proxy that the automatic settings at {url} choose for each address</source>
        <translation>the proxy that the automatic settings at {url} choose for each address</translation>
    </message>
    <message>
        <source>{url} (from the system&apos;s settings)</source>
        <translation>{url} (from the system&apos;s settings)</translation>
    </message>
    <message>
        <source>{url} (from {variable})</source>
        <translation>{url} (from {variable})</translation>
    </message>
    <message>
        <source>from {variable}</source>
        <translation>from {variable}</translation>
    </message>
    <message>
        <source>offline demo (no key)</source>
        <translation>offline demo (no key)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Current key: {hint}</source>
        <translation>Current key: {hint}</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <source>Replace key</source>
        <translation>Replace key</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Check the key and address with the gateway</source>
        <translation>Check the key and address with the gateway</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>New API key</translation>
    </message>
    <message>
        <source>Kept in {location}, never in a file.</source>
        <translation>Kept in {location}, never in a file.</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Gateway address</translation>
    </message>
    <message>
        <source>In use now: {address} (set by {variable} for this run). The address above is saved for when that variable is gone.</source>
        <translation>In use now: {address} (set by {variable} for this run). The address above is saved for when that variable is gone.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Gateway &amp;address</source>
        <translation>Gateway &amp;address</translation>
    </message>
    <message>
        <source>&amp;Proxy</source>
        <translation>&amp;Proxy</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Certificates</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language of the app&apos;s words. It changes at once.</source>
        <translation>The language of the app&apos;s words. It changes at once.</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>Same as the system ({language})</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>Text &amp;size</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Models</translation>
    </message>
    <message>
        <source>Tool calls in a row</source>
        <translation>Tool calls in a row</translation>
    </message>
    <message>
        <source>After this many rounds of tool calls in one answer, the app stops asking the model again</source>
        <translation>After this many rounds of tool calls in one answer, the app stops asking the model again</translation>
    </message>
    <message>
        <source>Time limit of one tool call</source>
        <translation>Time limit of one tool call</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Tool calls in a &amp;row, at most</source>
        <translation>Tool calls in a &amp;row, at most</translation>
    </message>
    <message>
        <source>Time &amp;limit of one call</source>
        <translation>Time &amp;limit of one call</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Cancel test</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Keep current</translation>
    </message>
    <message>
        <source>Keep current key</source>
        <translation>Keep current key</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Send the message</source>
        <translation>Send the message</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>New line in the message</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Stop the answer</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>New chat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Search chats</translation>
    </message>
    <message>
        <source>Focus the message box</source>
        <translation>Focus the message box</translation>
    </message>
    <message>
        <source>Previous chat</source>
        <translation>Previous chat</translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation>Next chat</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Rename chat</translation>
    </message>
    <message>
        <source>Delete chat (with undo)</source>
        <translation>Delete chat (with undo)</translation>
    </message>
    <message>
        <source>Undo delete, while the notice shows</source>
        <translation>Undo delete, while the notice shows</translation>
    </message>
    <message>
        <source>Copy the selection</source>
        <translation>Copy the selection</translation>
    </message>
    <message>
        <source>Export the chat</source>
        <translation>Export the chat</translation>
    </message>
    <message>
        <source>Print the chat</source>
        <translation>Print the chat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>Show or hide the sidebar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Right-click a chat in the list for Rename, Pin, Archive, Export and Delete.</source>
        <translation>Right-click a chat in the list for Rename, Pin, Archive, Export and Delete.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Saved as the default for new chats.</source>
        <translation>Saved as the default for new chats.</translation>
    </message>
</context>
<context>
    <name>StartupNotices</name>
    <message>
        <source>it cannot be read</source>
        <translation>it cannot be read</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>it is too large</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>it is not valid JSON</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>it is not a JSON object</translation>
    </message>
    <message>
        <source>an unknown key</source>
        <translation>an unknown key</translation>
    </message>
    <message>
        <source>a value of the wrong type</source>
        <translation>a value of the wrong type</translation>
    </message>
    <message>
        <source>a value that can&apos;t be used</source>
        <translation>a value that can&apos;t be used</translation>
    </message>
    <message>
        <source>a rule listed in defaults_only</source>
        <translation>a rule listed in defaults_only</translation>
    </message>
    <message>
        <source>a default model that is not among the allowed models</source>
        <translation>a default model that is not among the allowed models</translation>
    </message>
    <message>
        <source>{what} at “{key}” in {source}</source>
        <translation>{what} at “{key}” in {source}</translation>
    </message>
    <message>
        <source>{what}: {source}</source>
        <translation>{what}: {source}</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy has a mistake, so Desktop Chat uses the last policy that worked. Please tell your IT department.</source>
        <translation>Your organisation&apos;s policy has a mistake, so Desktop Chat uses the last policy that worked. Please tell your IT department.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy has a mistake, so Desktop Chat started with its own defaults. Please tell your IT department.</source>
        <translation>Your organisation&apos;s policy has a mistake, so Desktop Chat started with its own defaults. Please tell your IT department.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Not connected yet</source>
        <translation>Not connected yet</translation>
    </message>
    <message>
        <source>The gateway has not been contacted yet.</source>
        <translation>The gateway has not been contacted yet.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Checking the gateway.</source>
        <translation>Checking the gateway.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>The gateway answered.</source>
        <translation>The gateway answered.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Can&apos;t reach the gateway. Your history, search and settings still work.</source>
        <translation>Can&apos;t reach the gateway. Your history, search and settings still work.</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>Offline demo</translation>
    </message>
    <message>
        <source>Talking to the built-in demo gateway; no key is used.</source>
        <translation>Talking to the built-in demo gateway; no key is used.</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>No API key</translation>
    </message>
    <message>
        <source>Add your key in Settings (Ctrl+,).</source>
        <translation>Add your key in Settings (Ctrl+,).</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Connection state</translation>
    </message>
    <message>
        <source>Answer tokens</source>
        <translation>Answer tokens</translation>
    </message>
    <message>
        <source>Conversation usage</source>
        <translation>Conversation usage</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Waiting for the answer…</translation>
    </message>
    <message>
        <source>Answering… {approx}{tokens} tokens</source>
        <translation>Answering… {approx}{tokens} tokens</translation>
    </message>
    <message>
        <source>Last answer: {approx}{tokens} tokens</source>
        <translation>Last answer: {approx}{tokens} tokens</translation>
    </message>
    <message>
        <source>This chat: {tokens} tokens</source>
        <translation>This chat: {tokens} tokens</translation>
    </message>
    <message>
        <source>Tokens of every answer, summary and title of this chat.</source>
        <translation>Tokens of every answer, summary and title of this chat.</translation>
    </message>
    <message>
        <source>This chat: {tokens} tokens · ≈ {cost}</source>
        <translation>This chat: {tokens} tokens · ≈ {cost}</translation>
    </message>
    <message>
        <source>Tokens of every answer, summary and title of this chat. The cost is an estimate from list prices (Settings → Models); your gateway may charge differently.</source>
        <translation>Tokens of every answer, summary and title of this chat. The cost is an estimate from list prices (Settings → Models); your gateway may charge differently.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Check that you may write to the history file and its folder, then restart the app.</source>
        <translation>Check that you may write to the history file and its folder, then restart the app.</translation>
    </message>
    <message>
        <source>Your chat history could not be read or saved.</source>
        <translation>Your chat history could not be read or saved.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, restart the app.</source>
        <translation>Try again; if it keeps happening, restart the app.</translation>
    </message>
    <message>
        <source>Your chat history was saved by a newer version of Desktop Chat. Please update; nothing was changed.</source>
        <translation>Your chat history was saved by a newer version of Desktop Chat. Please update; nothing was changed.</translation>
    </message>
    <message>
        <source>Install the latest version of Desktop Chat.</source>
        <translation>Install the latest version of Desktop Chat.</translation>
    </message>
    <message>
        <source>The disk is full, so {name} could not be written.</source>
        <translation>The disk is full, so {name} could not be written.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change could not be saved. Everything saved before is safe.</source>
        <translation>The disk is full, so the last change could not be saved. Everything saved before is safe.</translation>
    </message>
    <message>
        <source>Free some disk space, then try again.</source>
        <translation>Free some disk space, then try again.</translation>
    </message>
    <message>
        <source>Your chat history file can&apos;t be changed (it is read-only), so nothing new can be saved. Everything saved before is safe.</source>
        <translation>Your chat history file can&apos;t be changed (it is read-only), so nothing new can be saved. Everything saved before is safe.</translation>
    </message>
    <message>
        <source>The folder for your chat history can&apos;t be created, so nothing can be saved.</source>
        <translation>The folder for your chat history can&apos;t be created, so nothing can be saved.</translation>
    </message>
    <message>
        <source>Your chat history needs a one-time update, but the file is read-only.</source>
        <translation>Your chat history needs a one-time update, but the file is read-only.</translation>
    </message>
    <message>
        <source>Your chat history file is damaged and can&apos;t be opened. It has been left exactly as it was.</source>
        <translation>Your chat history file is damaged and can&apos;t be opened. It has been left exactly as it was.</translation>
    </message>
    <message>
        <source>Keep a copy of the file for support, then start a new history.</source>
        <translation>Keep a copy of the file for support, then start a new history.</translation>
    </message>
    <message>
        <source>Your chat history is being used by another program right now.</source>
        <translation>Your chat history is being used by another program right now.</translation>
    </message>
    <message>
        <source>Close other copies of Desktop Chat, then try again.</source>
        <translation>Close other copies of Desktop Chat, then try again.</translation>
    </message>
    <message>
        <source>Your chat history file could not be read or written.</source>
        <translation>Your chat history file could not be read or written.</translation>
    </message>
    <message>
        <source>Check that the disk is connected and that you may write to the history folder.</source>
        <translation>Check that the disk is connected and that you may write to the history folder.</translation>
    </message>
    <message>
        <source>Your chat history can&apos;t be opened safely on this drive.</source>
        <translation>Your chat history can&apos;t be opened safely on this drive.</translation>
    </message>
    <message>
        <source>Keep the history on a local disk.</source>
        <translation>Keep the history on a local disk.</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}).</source>
        <translation>{name} could not be written ({reason}).</translation>
    </message>
    <message>
        <source>{name} could not be written.</source>
        <translation>{name} could not be written.</translation>
    </message>
    <message>
        <source>Choose another folder and try again.</source>
        <translation>Choose another folder and try again.</translation>
    </message>
    <message>
        <source>The file could not be imported: {problem} (at {where}).</source>
        <translation>The file could not be imported: {problem} (at {where}).</translation>
    </message>
    <message>
        <source>The file could not be imported: {problem}.</source>
        <translation>The file could not be imported: {problem}.</translation>
    </message>
    <message>
        <source>{what_happened} Your history was not changed.</source>
        <translation>{what_happened} Your history was not changed.</translation>
    </message>
    <message>
        <source>Check that you chose the right file and that it is complete; nothing was imported.</source>
        <translation>Check that you chose the right file and that it is complete; nothing was imported.</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>a value</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>the file could not be read</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>the file is not UTF-8 text</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file ends too early (it may be truncated)</source>
        <translation>the file ends too early (it may be truncated)</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>the file is not valid JSON</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be an export</source>
        <translation>the file is nested too deeply to be an export</translation>
    </message>
    <message>
        <source>a part of the file is too big to be read</source>
        <translation>a part of the file is too big to be read</translation>
    </message>
    <message>
        <source>the zip file is damaged</source>
        <translation>the zip file is damaged</translation>
    </message>
    <message>
        <source>the zip file has no conversations.json in it</source>
        <translation>the zip file has no conversations.json in it</translation>
    </message>
    <message>
        <source>a ChatGPT export should hold a list of conversations</source>
        <translation>a ChatGPT export should hold a list of conversations</translation>
    </message>
    <message>
        <source>this is not a Desktop Chat export (&apos;format&apos; is missing or unknown)</source>
        <translation>this is not a Desktop Chat export (&apos;format&apos; is missing or unknown)</translation>
    </message>
    <message>
        <source>it was written by a newer version of Desktop Chat</source>
        <translation>it was written by a newer version of Desktop Chat</translation>
    </message>
    <message>
        <source>{name} is missing</source>
        <translation>{name} is missing</translation>
    </message>
    <message>
        <source>{name} should be an object</source>
        <translation>{name} should be an object</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>{name} should be a list</source>
        <translation>{name} should be a list</translation>
    </message>
    <message>
        <source>{name} should be text</source>
        <translation>{name} should be text</translation>
    </message>
    <message>
        <source>{name} should be a number</source>
        <translation>{name} should be a number</translation>
    </message>
    <message>
        <source>{name} should be a whole number</source>
        <translation>{name} should be a whole number</translation>
    </message>
    <message>
        <source>{name} should be true or false</source>
        <translation>{name} should be true or false</translation>
    </message>
    <message>
        <source>{name} has an invalid value</source>
        <translation>{name} has an invalid value</translation>
    </message>
    <message>
        <source>{name} does not point to an earlier message of the conversation</source>
        <translation>{name} does not point to an earlier message of the conversation</translation>
    </message>
    <message>
        <source>its messages form a loop</source>
        <translation>its messages form a loop</translation>
    </message>
    <message>
        <source>the file is not an export this app can read</source>
        <translation>the file is not an export this app can read</translation>
    </message>
    <message>
        <source>{text} ({detail})</source>
        <translation>{text} ({detail})</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Sent to the model in place of the earlier messages it summarises.</source>
        <translation>Sent to the model in place of the earlier messages it summarises.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>Edit summary</translation>
    </message>
    <message>
        <source>Change what is sent in place of the earlier messages</source>
        <translation>Change what is sent in place of the earlier messages</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove summary</source>
        <translation>Remove summary</translation>
    </message>
    <message>
        <source>Stop sending this summary</source>
        <translation>Stop sending this summary</translation>
    </message>
    <message numerus="yes">
        <source>Summary of the %Ln earlier message(s)</source>
        <translation>
            <numerusform>Summary of the earlier message</numerusform>
            <numerusform>Summary of the %Ln earlier messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary of the earlier messages</source>
        <translation>Summary of the earlier messages</translation>
    </message>
    <message>
        <source>{title}, written by {model}</source>
        <translation>{title}, written by {model}</translation>
    </message>
    <message>
        <source>Summary text</source>
        <translation>Summary text</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Ctrl+Enter saves, Esc cancels</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel editing the summary</source>
        <translation>Cancel editing the summary</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Save the summary</translation>
    </message>
    <message>
        <source>Save the summary (Ctrl+Enter)</source>
        <translation>Save the summary (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>SupportController</name>
    <message>
        <source>The diagnostic report is being put together…</source>
        <translation>The diagnostic report is being put together…</translation>
    </message>
    <message>
        <source>Putting the diagnostic report together and testing the connection…</source>
        <translation>Putting the diagnostic report together and testing the connection…</translation>
    </message>
    <message>
        <source>The diagnostic report was copied. Paste it into your message to IT.</source>
        <translation>The diagnostic report was copied. Paste it into your message to IT.</translation>
    </message>
    <message>
        <source>The request was copied as a curl command. The key is not in it: set DESKTOP_CHAT_API_KEY before running it.</source>
        <translation>The request was copied as a curl command. The key is not in it: set DESKTOP_CHAT_API_KEY before running it.</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation>Dismiss notification</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>ToolApprovals</name>
    <message>
        <source>A tool is waiting for your go-ahead in another chat.</source>
        <translation>A tool is waiting for your go-ahead in another chat.</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>What the tool says it does</source>
        <translation>What the tool says it does</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Allow once</translation>
    </message>
    <message>
        <source>Allow {tool} this time</source>
        <translation>Allow {tool} this time</translation>
    </message>
    <message>
        <source>Always allow this tool</source>
        <translation>Always allow this tool</translation>
    </message>
    <message>
        <source>Always allow {tool}, without asking again</source>
        <translation>Always allow {tool}, without asking again</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <source>Do not let {tool} run</source>
        <translation>Do not let {tool} run</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Show less</translation>
    </message>
    <message>
        <source>Show the arguments folded</source>
        <translation>Show the arguments folded</translation>
    </message>
    <message>
        <source>Show all of the arguments</source>
        <translation>Show all of the arguments</translation>
    </message>
    <message>
        <source>Show or hide what {tool} was given and returned</source>
        <translation>Show or hide what {tool} was given and returned</translation>
    </message>
    <message>
        <source>{sentence} ({duration})</source>
        <translation>{sentence} ({duration})</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation>Show or hide the details</translation>
    </message>
    <message>
        <source>Result of {tool}</source>
        <translation>Result of {tool}</translation>
    </message>
    <message>
        <source>Show the start of the result</source>
        <translation>Show the start of the result</translation>
    </message>
    <message>
        <source>Show all of the result</source>
        <translation>Show all of the result</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <source>The model kept calling tools ({rounds} times in a row), so the app stopped it. Ask it to go on if you want more.</source>
        <translation>The model kept calling tools ({rounds} times in a row), so the app stopped it. Ask it to go on if you want more.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Wants to use {tool} from {server}</source>
        <translation>Wants to use {tool} from {server}</translation>
    </message>
    <message>
        <source>Wants to use {tool}</source>
        <translation>Wants to use {tool}</translation>
    </message>
    <message>
        <source>The model wants to use {tool} from {server}</source>
        <translation>The model wants to use {tool} from {server}</translation>
    </message>
    <message>
        <source>The model wants to use {tool}</source>
        <translation>The model wants to use {tool}</translation>
    </message>
    <message>
        <source>Only reads</source>
        <translation>Only reads</translation>
    </message>
    <message>
        <source>Can change or delete things</source>
        <translation>Can change or delete things</translation>
    </message>
    <message>
        <source>The tool does not describe itself.</source>
        <translation>The tool does not describe itself.</translation>
    </message>
    <message>
        <source>This tool was not offered to the model; nothing is known about it.</source>
        <translation>This tool was not offered to the model; nothing is known about it.</translation>
    </message>
    <message>
        <source>These arguments are not valid JSON. They are shown as the model wrote them.</source>
        <translation>These arguments are not valid JSON. They are shown as the model wrote them.</translation>
    </message>
    <message>
        <source>These arguments are not a JSON object, which tools expect.</source>
        <translation>These arguments are not a JSON object, which tools expect.</translation>
    </message>
    <message>
        <source>No arguments.</source>
        <translation>No arguments.</translation>
    </message>
    <message>
        <source>Running {tool}… {elapsed}</source>
        <translation>Running {tool}… {elapsed}</translation>
    </message>
    <message>
        <source>Starting {tool}…</source>
        <translation>Starting {tool}…</translation>
    </message>
    <message>
        <source>{tool} is waiting for its turn.</source>
        <translation>{tool} is waiting for its turn.</translation>
    </message>
    <message>
        <source>{tool} was not run.</source>
        <translation>{tool} was not run.</translation>
    </message>
    <message>
        <source>Used {tool}</source>
        <translation>Used {tool}</translation>
    </message>
    <message>
        <source>{tool} did not work. The model was told what went wrong.</source>
        <translation>{tool} did not work. The model was told what went wrong.</translation>
    </message>
    <message>
        <source>{tool} took too long and was stopped. The model was told.</source>
        <translation>{tool} took too long and was stopped. The model was told.</translation>
    </message>
    <message>
        <source>You did not allow {tool}. The model was told.</source>
        <translation>You did not allow {tool}. The model was told.</translation>
    </message>
    <message>
        <source>{tool} was stopped with the answer.</source>
        <translation>{tool} was stopped with the answer.</translation>
    </message>
    <message>
        <source>The model asked for {tool} with arguments that make no sense, so it was not run.</source>
        <translation>The model asked for {tool} with arguments that make no sense, so it was not run.</translation>
    </message>
    <message>
        <source>The model asked for a tool that does not exist ({tool}), so nothing was run.</source>
        <translation>The model asked for a tool that does not exist ({tool}), so nothing was run.</translation>
    </message>
    <message>
        <source>{used} · {duration}</source>
        <translation>{used} · {duration}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>What the model was told</source>
        <translation>What the model was told</translation>
    </message>
    <message>
        <source>Show all ({count} characters)</source>
        <translation>Show all ({count} characters)</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} characters.</source>
        <translation>Showing the first {shown} of {total} characters.</translation>
    </message>
    <message>
        <source>● ready ({tools})</source>
        <translation>● ready ({tools})</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>starting…</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>failed: {reason}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Connected, but the server offers no tools.</source>
        <translation>Connected, but the server offers no tools.</translation>
    </message>
    <message>
        <source>Connected: {tools} — {names}</source>
        <translation>Connected: {tools} — {names}</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>Could not connect: {reason}</translation>
    </message>
    <message>
        <source>its program was not found — check the command, or install it</source>
        <translation>its program was not found — check the command, or install it</translation>
    </message>
    <message>
        <source>its program could not be started</source>
        <translation>its program could not be started</translation>
    </message>
    <message>
        <source>its address did not answer — check the URL and your connection</source>
        <translation>its address did not answer — check the URL and your connection</translation>
    </message>
    <message>
        <source>it started but did not answer like a tool server</source>
        <translation>it started but did not answer like a tool server</translation>
    </message>
    <message>
        <source>it stopped; it is started again shortly</source>
        <translation>it stopped; it is started again shortly</translation>
    </message>
    <message>
        <source>a secret value it needs is missing — enter it again in Settings → Tools</source>
        <translation>a secret value it needs is missing — enter it again in Settings → Tools</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>Tools let the model use other programs — a calendar, a ticket tracker, files — through MCP servers. Each use asks you first unless you allow the tool always.</source>
        <translation>Tools let the model use other programs — a calendar, a ticket tracker, files — through MCP servers. Each use asks you first unless you allow the tool always.</translation>
    </message>
    <message>
        <source>Saved in {path}</source>
        <translation>Saved in {path}</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>Tool servers</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>No tool servers yet. Add one, or ask your IT contact for an mcp.json file.</source>
        <translation>No tool servers yet. Add one, or ask your IT contact for an mcp.json file.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Add a tool server</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit the tool server</source>
        <translation>Edit the tool server</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the tool server</source>
        <translation>Remove the tool server</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Test the tool server</source>
        <translation>Test the tool server</translation>
    </message>
    <message>
        <source>Connect to the server and list its tools</source>
        <translation>Connect to the server and list its tools</translation>
    </message>
    <message>
        <source>Tick to use this server; untick to keep it but not start it</source>
        <translation>Tick to use this server; untick to keep it but not start it</translation>
    </message>
    <message>
        <source>{server} ({set_by})</source>
        <translation>{server} ({set_by})</translation>
    </message>
    <message>
        <source>Allowed without asking: {tools}</source>
        <translation>Allowed without asking: {tools}</translation>
    </message>
    <message>
        <source>Every tool of this server asks before it runs.</source>
        <translation>Every tool of this server asks before it runs.</translation>
    </message>
    <message>
        <source>Remove tool server?</source>
        <translation>Remove tool server?</translation>
    </message>
    <message>
        <source>Remove the server “{name}”?</source>
        <translation>Remove the server “{name}”?</translation>
    </message>
    <message>
        <source>The model can no longer use its tools. Chats that used them keep what they showed.</source>
        <translation>The model can no longer use its tools. Chats that used them keep what they showed.</translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation>Connecting to {name}…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test cancelled.</translation>
    </message>
</context>
<context>
    <name>ToolsRow</name>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Use tools in this chat</source>
        <translation>Use tools in this chat</translation>
    </message>
    <message>
        <source>When on, the model may ask to use these tools in this chat</source>
        <translation>When on, the model may ask to use these tools in this chat</translation>
    </message>
    <message>
        <source>Tools: {servers} ({tools})</source>
        <translation>Tools: {servers} ({tools})</translation>
    </message>
    <message>
        <source>Tools: none working</source>
        <translation>Tools: none working</translation>
    </message>
    <message>
        <source>Not working: {servers}</source>
        <translation>Not working: {servers}</translation>
    </message>
    <message>
        <source>{server}: {reason}</source>
        <translation>{server}: {reason}</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>Desktop Chat {version} is available.</source>
        <translation>Desktop Chat {version} is available.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>Usage chart</source>
        <translation>Usage chart</translation>
    </message>
    <message>
        <source>Tokens per month</source>
        <translation>Tokens per month</translation>
    </message>
    <message>
        <source>Estimated cost per month</source>
        <translation>Estimated cost per month</translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation>Tokens per day</translation>
    </message>
    <message>
        <source>Estimated cost per day</source>
        <translation>Estimated cost per day</translation>
    </message>
    <message>
        <source>{what}; the highest: {when}.</source>
        <translation>{what}; the highest: {when}.</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Input tokens</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Output tokens</translation>
    </message>
    <message>
        <source>Estimated cost (US dollars)</source>
        <translation>Estimated cost (US dollars)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>Total tokens</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
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
        <translation>{amount} + unknown</translation>
    </message>
    <message>
        <source>No price is known for this model, so its cost can&apos;t be estimated.</source>
        <translation>No price is known for this model, so its cost can&apos;t be estimated.</translation>
    </message>
    <message>
        <source>Some of these tokens are of a model with no known price: the real cost is higher than the estimate.</source>
        <translation>Some of these tokens are of a model with no known price: the real cost is higher than the estimate.</translation>
    </message>
    <message>
        <source>An estimate from list prices per million tokens.</source>
        <translation>An estimate from list prices per million tokens.</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>Unknown model</translation>
    </message>
    <message>
        <source>Deleted chats (summaries and titles)</source>
        <translation>Deleted chats (summaries and titles)</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>Untitled chat</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Requests: {requests} · Tokens: {total} ({input} in, {output} out) · Estimated cost: {cost}</source>
        <translation>Requests: {requests} · Tokens: {total} ({input} in, {output} out) · Estimated cost: {cost}</translation>
    </message>
    <message>
        <source>summaries of long chats: {tokens} tokens ({cost})</source>
        <translation>summaries of long chats: {tokens} tokens ({cost})</translation>
    </message>
    <message>
        <source>chat titles: {tokens} tokens ({cost})</source>
        <translation>chat titles: {tokens} tokens ({cost})</translation>
    </message>
    <message>
        <source>Included above, the app&apos;s own requests — {parts}.</source>
        <translation>Included above, the app&apos;s own requests — {parts}.</translation>
    </message>
    <message>
        <source>Costs are estimates from list prices per million tokens; your gateway&apos;s bill may differ. “unknown” means no price is known for that model. Only answers whose gateway reported their token counts are counted.</source>
        <translation>Costs are estimates from list prices per million tokens; your gateway&apos;s bill may differ. “unknown” means no price is known for that model. Only answers whose gateway reported their token counts are counted.</translation>
    </message>
    <message>
        <source>No usage yet. Tokens are counted for each answer once the gateway reports them.</source>
        <translation>No usage yet. Tokens are counted for each answer once the gateway reports them.</translation>
    </message>
    <message>
        <source>No usage in this period yet. Tokens are counted for each answer once the gateway reports them; choose a longer period to see earlier chats.</source>
        <translation>No usage in this period yet. Tokens are counted for each answer once the gateway reports them; choose a longer period to see earlier chats.</translation>
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
Requests: {requests}
Input tokens: {input}
Output tokens: {output}
Estimated cost: {cost}</translation>
    </message>
    <message>
        <source>The usage could not be shown: {reason}</source>
        <translation>The usage could not be shown: {reason}</translation>
    </message>
</context>
<context>
    <name>UsageWindow</name>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>Show by</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Chart shows</source>
        <translation>Chart shows</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Show &amp;by:</source>
        <translation>Show &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Chart:</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>About the estimates</source>
        <translation>About the estimates</translation>
    </message>
    <message>
        <source>Usage table</source>
        <translation>Usage table</translation>
    </message>
    <message>
        <source>No usage</source>
        <translation>No usage</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Export usage</source>
        <translation>Export usage</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The CSV file was not saved: {reason}</source>
        <translation>The CSV file was not saved: {reason}</translation>
    </message>
    <message>
        <source>Saved {name} ({when}).</source>
        <translation>Saved {name} ({when}).</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>This computer has no password store, so your key can be kept only until you close the app.</source>
        <translation>This computer has no password store, so your key can be kept only until you close the app.</translation>
    </message>
    <message>
        <source>This address uses plain HTTP: your key would travel unencrypted.</source>
        <translation>This address uses plain HTTP: your key would travel unencrypted.</translation>
    </message>
    <message>
        <source>Test and continue</source>
        <translation>Test and continue</translation>
    </message>
    <message>
        <source>Keep for this session and continue</source>
        <translation>Keep for this session and continue</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Desktop Chat</source>
        <translation>Welcome to Desktop Chat</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Paste the API key you were given to start chatting. You can change it later in Settings.</source>
        <translation>Paste the API key you were given to start chatting. You can change it later in Settings.</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Gateway address</translation>
    </message>
    <message>
        <source>The address of your organisation&apos;s chat gateway</source>
        <translation>The address of your organisation&apos;s chat gateway</translation>
    </message>
    <message>
        <source>Your key is kept in {location}, never in a file.</source>
        <translation>Your key is kept in {location}, never in a file.</translation>
    </message>
    <message>
        <source>Keep the key only until I close the app</source>
        <translation>Keep the key only until I close the app</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Keep for this session only</translation>
    </message>
    <message>
        <source>Try the offline demo (no key needed)</source>
        <translation>Try the offline demo (no key needed)</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>Try the offline demo</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Cancel test</translation>
    </message>
    <message>
        <source>Check the key and the address with the gateway, then start</source>
        <translation>Check the key and the address with the gateway, then start</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API &amp;key</translation>
    </message>
    <message>
        <source>Gateway &amp;address</source>
        <translation>Gateway &amp;address</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>About Desktop Chat</source>
        <translation>About Desktop Chat</translation>
    </message>
    <message>
        <source>Chat with the models of your organisation&apos;s gateway. Your chats are kept on this computer in:
{folder}</source>
        <translation>Chat with the models of your organisation&apos;s gateway. Your chats are kept on this computer in:
{folder}</translation>
    </message>
</context>
</TS>
