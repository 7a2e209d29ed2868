<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AnswerImage</name>
    <message>
        <source>Image {name}</source>
        <translation>画像 {name}</translation>
    </message>
    <message>
        <source>Open larger</source>
        <translation>拡大表示</translation>
    </message>
    <message>
        <source>Open the image larger</source>
        <translation>画像を拡大して表示します</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>画像を保存…</translation>
    </message>
    <message>
        <source>Save the image to a file</source>
        <translation>画像をファイルに保存します</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation>画像をクリップボードにコピーします</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Save image</source>
        <translation>画像を保存</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>コピーを保存</translation>
    </message>
    <message>
        <source>“{name}” is not available right now, so nothing was saved.</source>
        <translation>「{name}」は現在利用できないため、保存されませんでした。</translation>
    </message>
    <message>
        <source>“{name}” is no longer in your history, so nothing was saved.</source>
        <translation>「{name}」は履歴に残っていないため、保存されませんでした。</translation>
    </message>
    <message>
        <source>“{name}” could not be saved there. Choose another folder.</source>
        <translation>「{name}」をその場所に保存できませんでした。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <source>“{name}” is no longer in your history.</source>
        <translation>「{name}」は履歴に残っていません。</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>コピーされていません</translation>
    </message>
    <message>
        <source>“{name}” can&apos;t be copied: it is not a picture this app can show.</source>
        <translation>「{name}」はコピーできません。このアプリで表示できる画像ではありません。</translation>
    </message>
    <message>
        <source>“{name}” is not available right now.</source>
        <translation>「{name}」は現在利用できません。</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Image {name}, {detail}</source>
        <translation>画像 {name}、{detail}</translation>
    </message>
    <message>
        <source>Document {name}, {detail}</source>
        <translation>ドキュメント {name}、{detail}</translation>
    </message>
    <message>
        <source>Press Enter to open</source>
        <translation>Enter キーを押すと開きます</translation>
    </message>
</context>
<context>
    <name>AttachmentChips</name>
    <message>
        <source>Attached files</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
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
        <translation>{type} 画像</translation>
    </message>
    <message>
        <source>{type} document</source>
        <translation>{type} ドキュメント</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 ページ</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} ページ</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} ピクセル</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>“{name}” can&apos;t be shown.</source>
        <translation>「{name}」を表示できません。</translation>
    </message>
    <message>
        <source>Switch model</source>
        <translation>モデルを切り替え</translation>
    </message>
    <message>
        <source>Remove the images</source>
        <translation>画像を削除</translation>
    </message>
    <message>
        <source>Send pages as images</source>
        <translation>ページを画像として送信</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>削除する</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Pictures and documents (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.docx *.xlsx *.pptx *.csv *.txt *.md *.json)</source>
        <translation>画像とドキュメント (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.docx *.xlsx *.pptx *.csv *.txt *.md *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Links to files on the web can&apos;t be attached. Download the file, then attach it.</source>
        <translation>Web 上のファイルへのリンクは添付できません。ファイルをダウンロードしてから添付してください。</translation>
    </message>
    <message>
        <source>“{name}” could not be opened. Check that the file still exists and that you may read it.</source>
        <translation>「{name}」を開けませんでした。ファイルがまだ存在し、読み取り権限があることを確認してください。</translation>
    </message>
    <message>
        <source>“{name}” is a kind of file the app can&apos;t read. You can attach pictures (PNG, JPEG, WebP, GIF), PDF, Word, Excel, PowerPoint, CSV and text files.</source>
        <translation>「{name}」はこのアプリで読み取れない種類のファイルです。添付できるのは、画像（PNG、JPEG、WebP、GIF）、PDF、Word、Excel、PowerPoint、CSV、テキストファイルです。</translation>
    </message>
    <message>
        <source>“{name}” is too big to attach (the limit is 50 MB). Attach a smaller file or only the part you need.</source>
        <translation>「{name}」は大きすぎるため添付できません（上限は 50 MB です）。小さいファイルか、必要な部分だけを添付してください。</translation>
    </message>
    <message>
        <source>“{name}” seems to be damaged and could not be read. Try saving it again from the program that made it.</source>
        <translation>「{name}」は破損しているようで、読み取れませんでした。作成したプログラムでもう一度保存してみてください。</translation>
    </message>
    <message>
        <source>“{name}” is protected by a password. Save a copy without the password, then attach that.</source>
        <translation>「{name}」はパスワードで保護されています。パスワードなしでコピーを保存し、そのコピーを添付してください。</translation>
    </message>
    <message>
        <source>Reading “{name}” took too long, so it was stopped. Try a smaller file, or copy the part you need into the message.</source>
        <translation>「{name}」の読み込みに時間がかかりすぎたため、中止しました。小さいファイルを使うか、必要な部分をメッセージにコピーしてください。</translation>
    </message>
    <message>
        <source>“{name}” is built in an unusual way that could overload the computer, so it was not opened.</source>
        <translation>「{name}」はコンピューターに過大な負荷をかけるおそれのある特殊な構造のため、開きませんでした。</translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation>「{name}」は空です。</translation>
    </message>
    <message>
        <source>Reading “{name}” was stopped; it was not attached.</source>
        <translation>「{name}」の読み込みを中止しました。添付されていません。</translation>
    </message>
    <message>
        <source>“{name}” was not attached: a message can carry up to 20 files. Send these first, or remove some.</source>
        <translation>「{name}」は添付されませんでした。1 つのメッセージに添付できるファイルは 20 個までです。先にこれらを送信するか、いくつか削除してください。</translation>
    </message>
    <message>
        <source>“{name}” could not be saved in the history (is the disk full?). Nothing was attached.</source>
        <translation>「{name}」を履歴に保存できませんでした（ディスクがいっぱいではありませんか？）。何も添付されていません。</translation>
    </message>
    <message>
        <source>{model} can&apos;t see images. Switch to a model that can, or remove the images.</source>
        <translation>{model} は画像を認識できません。画像に対応したモデルに切り替えるか、画像を削除してください。</translation>
    </message>
    <message>
        <source>“{name}” is a scan: it has no text the model can read. Send its pages as images instead?</source>
        <translation>「{name}」はスキャンされた文書で、モデルが読み取れるテキストがありません。代わりにページを画像として送信しますか？</translation>
    </message>
    <message>
        <source>“{name}” is too long for {model} (about {tokens} tokens; it reads {window}). Remove it, or switch to a model with a larger context window.</source>
        <translation>「{name}」は {model} には長すぎます（約 {tokens} トークン、読み取れるのは {window} まで）。削除するか、コンテキストウィンドウの大きいモデルに切り替えてください。</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} を読み込み中…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The history could not be backed up: the folder {folder} is not there. Is its drive connected?</source>
        <translation>履歴をバックアップできませんでした。フォルダー {folder} が見つかりません。そのドライブは接続されていますか？</translation>
    </message>
    <message>
        <source>The history could not be backed up: the disk of {folder} is full.</source>
        <translation>履歴をバックアップできませんでした。{folder} のディスクがいっぱいです。</translation>
    </message>
    <message>
        <source>The backup copy failed its check, so it was not kept. The next backup tries again.</source>
        <translation>バックアップのコピーが検証に失敗したため、保存しませんでした。次回のバックアップで再度実行します。</translation>
    </message>
    <message>
        <source>The history could not be read to back it up.</source>
        <translation>バックアップのために履歴を読み取ることができませんでした。</translation>
    </message>
    <message>
        <source>The history could not be backed up: the folder {folder} can&apos;t be written to.</source>
        <translation>履歴をバックアップできませんでした。フォルダー {folder} に書き込めません。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>バックアップしています…</translation>
    </message>
    <message>
        <source>Backed up as {name}.</source>
        <translation>{name} としてバックアップしました。</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>バックアップの設定</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Replace your history with the backup {name}?</source>
        <translation>現在の履歴をバックアップ {name} で置き換えますか？</translation>
    </message>
    <message>
        <source>Your current history is kept as {kept} in {folder}, unchanged. Desktop Chat then starts again with the backup&apos;s chats.</source>
        <translation>現在の履歴は、変更されずに {kept} として {folder} に保存されます。その後、Desktop Chat はバックアップのチャットで再起動します。</translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>復元して再起動</translation>
    </message>
    <message>
        <source>This backup can&apos;t be used: it is damaged or is not a Desktop Chat history. Your current history was not changed.</source>
        <translation>このバックアップは使用できません。破損しているか、Desktop Chat の履歴ではありません。現在の履歴は変更されていません。</translation>
    </message>
    <message>
        <source>The backup could not be copied next to your history. Your current history was not changed.</source>
        <translation>バックアップを履歴と同じ場所にコピーできませんでした。現在の履歴は変更されていません。</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Back up the history &amp;every day</source>
        <translation>履歴を毎日バックアップする(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>フォルダー(&amp;F)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>バックアップ先のフォルダー</translation>
    </message>
    <message>
        <source>Empty: the app&apos;s own backups folder</source>
        <translation>空欄: アプリ専用のバックアップフォルダー</translation>
    </message>
    <message>
        <source>A synced company folder works: a backup appears there only once it is complete and checked</source>
        <translation>会社の同期フォルダーも使えます。バックアップは、完了して検証が済んでから初めてそこに表示されます</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>バックアップ先のフォルダーを選択</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>最新のものを保持(&amp;K)</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>保持するバックアップの数</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 件</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>組織によって設定されています</translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation>フォルダー内のバックアップ</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>今すぐバックアップ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Restore from this backup…</source>
        <translation>このバックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>ファイルから復元(&amp;F)…</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>まだバックアップは作成されていません。</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>前回のバックアップ: {when}</translation>
    </message>
    <message>
        <source>{when} — {size}</source>
        <translation>{when} — {size}</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation>このフォルダーにはまだバックアップがありません。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>History backup (*.sqlite3)</source>
        <translation>履歴のバックアップ (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>詳細を表示</translation>
    </message>
    <message>
        <source>Dismiss this notice and keep waiting for the answer</source>
        <translation>このお知らせを閉じて、回答を待ち続けます</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>お知らせを閉じる</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>詳細を非表示</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>Change key</source>
        <translation>キーを変更</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>別のモデルを選択</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>Stop trying</source>
        <translation>再試行を中止</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start a new history</source>
        <translation>新しい履歴を作成</translation>
    </message>
    <message>
        <source>{error} Your message is saved and can be sent when you&apos;re back online.</source>
        <translation>{error} メッセージは保存されています。オンラインに戻ったら送信できます。</translation>
    </message>
    <message>
        <source>{error} — trying again in {seconds} s…</source>
        <translation>{error} — {seconds} 秒後に再試行します…</translation>
    </message>
    <message>
        <source>Add your API key to start chatting.</source>
        <translation>チャットを始めるには API キーを追加してください。</translation>
    </message>
    <message>
        <source>The model is taking longer than usual.</source>
        <translation>モデルの応答にいつもより時間がかかっています。</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>待ち続ける</translation>
    </message>
</context>
<context>
    <name>CertificatesChoice</name>
    <message>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>Choose a certificates file</source>
        <translation>証明書ファイルを選択</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the certificates file</source>
        <translation>証明書ファイルを削除</translation>
    </message>
    <message>
        <source>Certificates from this file (PEM) are trusted as well as this computer&apos;s own, e.g. your company&apos;s inspection certificate.</source>
        <translation>このコンピューターの証明書に加えて、このファイル（PEM）内の証明書も信頼されます。会社の通信検査用の証明書などに使います。</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>None (this computer&apos;s certificates only)</source>
        <translation>なし（このコンピューターの証明書のみ）</translation>
    </message>
    <message>
        <source>This file doesn&apos;t exist, so it can&apos;t be used. Choose it again, or remove it.</source>
        <translation>このファイルは存在しないため、使用できません。もう一度選択するか、削除してください。</translation>
    </message>
    <message>
        <source>This file can&apos;t be read, so it can&apos;t be used. Choose it again, or remove it.</source>
        <translation>このファイルは読み取れないため、使用できません。もう一度選択するか、削除してください。</translation>
    </message>
    <message>
        <source>This file holds no certificate in PEM form (text starting with “-----BEGIN CERTIFICATE-----”). Ask IT for the certificate as a PEM file.</source>
        <translation>このファイルには PEM 形式（「-----BEGIN CERTIFICATE-----」で始まるテキスト）の証明書が含まれていません。IT 担当者に PEM ファイル形式の証明書を依頼してください。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Ask anything. Enter sends, Shift+Enter adds a line.</source>
        <translation>何でも質問してください。Enter で送信、Shift+Enter で改行します。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <translation>↓  最新へ移動</translation>
    </message>
    <message>
        <source>Jump to latest message</source>
        <translation>最新のメッセージへ移動</translation>
    </message>
    <message>
        <source>Remove summary?</source>
        <translation>要約を削除しますか？</translation>
    </message>
    <message>
        <source>Remove this summary?</source>
        <translation>この要約を削除しますか？</translation>
    </message>
    <message>
        <source>The messages it stands for stay in the chat, but the model no longer gets their gist when they do not fit in its context window.</source>
        <translation>要約の元になったメッセージはチャットに残りますが、それらがコンテキストウィンドウに収まらないとき、モデルはその要点を受け取れなくなります。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove summary</source>
        <translation>要約を削除</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>リンクを開きますか？</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

{url}</source>
        <translation>このリンクを Web ブラウザーで開きますか？

{url}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>リンクを開く</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove {name}</source>
        <translation>{name} を削除</translation>
    </message>
    <message>
        <source>Stop reading {name}</source>
        <translation>{name} の読み込みを中止</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Stop reading this file</source>
        <translation>このファイルの読み込みを中止します</translation>
    </message>
</context>
<context>
    <name>CodeBlockView</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>Copy this code to the clipboard</source>
        <translation>このコードをクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Type your message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>メッセージを入力してください。Enter で送信、Shift+Enter で改行します。</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>メッセージ…  （Enter で送信、Shift+Enter で改行）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>送信 (Enter)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Attach files or pictures (you can also paste or drop them)</source>
        <translation>ファイルや画像を添付します（貼り付けやドラッグアンドドロップも可能です）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>回答を停止します</translation>
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
        <translation>接続しました — 1 個のモデルを利用できます。</translation>
    </message>
    <message>
        <source>Connected — {count} models available.</source>
        <translation>接続しました — {count} 個のモデルを利用できます。</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>接続しました。</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>テストをキャンセルしました。</translation>
    </message>
    <message>
        <source>Something went wrong while testing: {kind}</source>
        <translation>テスト中に問題が発生しました: {kind}</translation>
    </message>
</context>
<context>
    <name>ContextBar</name>
    <message>
        <source>Summarising stopped; nothing was changed.</source>
        <translation>要約を中止しました。何も変更されていません。</translation>
    </message>
    <message>
        <source>Summary written. It is sent in place of the earlier messages; you can edit or remove it in the chat.</source>
        <translation>要約を作成しました。以前のメッセージの代わりに送信されます。チャット内で編集や削除ができます。</translation>
    </message>
    <message>
        <source>Summarising the earlier messages…</source>
        <translation>以前のメッセージを要約しています…</translation>
    </message>
    <message>
        <source>Summarising the earlier messages… part {done} of {total}</source>
        <translation>以前のメッセージを要約しています…（{done}/{total}）</translation>
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
        <translation>モデルが参照するのは、コンテキストウィンドウに収まる最新のメッセージだけです。この線より上のメッセージは送信されません。要約すると要点を残せます。要約がそれらの代わりに送信されます。</translation>
    </message>
    <message>
        <source>Summarise them</source>
        <translation>要約する</translation>
    </message>
    <message>
        <source>Summarise the earlier messages</source>
        <translation>以前のメッセージを要約します</translation>
    </message>
    <message numerus="yes">
        <source>Earlier messages are not sent to the model — %Ln message(s)</source>
        <translation>
            <numerusform>以前のメッセージ %Ln 件はモデルに送信されません</numerusform>
        </translation>
    </message>
    <message>
        <source>Summarising…</source>
        <translation>要約しています…</translation>
    </message>
    <message>
        <source>Summarising the earlier messages</source>
        <translation>以前のメッセージを要約しています</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <source>the standard figure for this model</source>
        <translation>このモデルの標準値</translation>
    </message>
    <message>
        <source>as your gateway reports it</source>
        <translation>ゲートウェイの報告値</translation>
    </message>
    <message>
        <source>learned from the gateway&apos;s own error</source>
        <translation>ゲートウェイのエラーから判明した値</translation>
    </message>
    <message>
        <source>as set in Settings</source>
        <translation>設定での指定値</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>使用中のコンテキスト</translation>
    </message>
    <message>
        <source>≈ {used} tokens</source>
        <translation>≈ {used} トークン</translation>
    </message>
    <message>
        <source>≈ {used} / {window}</source>
        <translation>≈ {used} / {window}</translation>
    </message>
    <message>
        <source>About {used} tokens will be sent to {model}. Its context window is not known yet; it is learned if the gateway says the chat is too long.</source>
        <translation>約 {used} トークンが {model} に送信されます。コンテキストウィンドウのサイズはまだ不明です。チャットが長すぎるとゲートウェイが応答した時点で判明します。</translation>
    </message>
    <message>
        <source>About {used} of {window} tokens of {model}&apos;s context window ({source}).</source>
        <translation>{model} のコンテキストウィンドウ {window} トークン（{source}）のうち、約 {used} トークンを使用しています。</translation>
    </message>
    <message>
        <source>{reserve} tokens are kept free for the answer.</source>
        <translation>回答用に {reserve} トークンを空けてあります。</translation>
    </message>
    <message>
        <source>Your message alone is longer than this model can take: shorten it, or choose a model with a larger window.</source>
        <translation>メッセージだけでこのモデルが受け取れる長さを超えています。短くするか、ウィンドウの大きいモデルを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n message(s) will not be sent; the model sees your system prompt and the newest messages that fit.</source>
        <translation>
            <numerusform>最も古いメッセージ %n 件は送信されません。モデルが参照するのは、システムプロンプトと、収まる範囲の最新メッセージです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close to the limit: from the next messages on, the oldest ones will be left out. Summarising them keeps their gist.</source>
        <translation>上限に近づいています。次のメッセージからは、最も古いメッセージが除外されます。要約すると要点を残せます。</translation>
    </message>
    <message>
        <source>The whole chat fits: everything is sent.</source>
        <translation>チャット全体が収まっています。すべて送信されます。</translation>
    </message>
    <message>
        <source>A summary is sent in place of the earliest messages.</source>
        <translation>最も古いメッセージの代わりに要約が送信されます。</translation>
    </message>
    <message>
        <source>Counts are estimates; they get closer to the gateway&apos;s own with every answer.</source>
        <translation>数値は推定値です。回答のたびにゲートウェイ側の値に近づきます。</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Chat title</source>
        <translation>チャットのタイトル</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>アーカイブ済み</translation>
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
        <translation>無題のチャット</translation>
    </message>
    <message>
        <source>{heading} (heading)</source>
        <translation>{heading}（見出し）</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>pinned</source>
        <translation>ピン留め済み</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>answer in progress</source>
        <translation>回答を生成中</translation>
    </message>
</context>
<context>
    <name>ConversationListPanel</name>
    <message>
        <source>No chats yet — start one with New chat (Ctrl+N)</source>
        <translation>チャットはまだありません — [新しいチャット] (Ctrl+N) で始めましょう</translation>
    </message>
    <message>
        <source>No archived chats.</source>
        <translation>アーカイブ済みのチャットはありません。</translation>
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
        <translation>Web ページ (.html)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>新しいチャットを開始 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>チャットを検索</translation>
    </message>
    <message>
        <source>Search all chats (Ctrl+F)</source>
        <translation>すべてのチャットを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Chat list</source>
        <translation>チャットの一覧</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Show archived chats</source>
        <translation>アーカイブ済みのチャットを表示</translation>
    </message>
    <message>
        <source>No chats match “{query}”.</source>
        <translation>「{query}」に一致するチャットはありません。</translation>
    </message>
    <message>
        <source>Actions for {title}</source>
        <translation>{title} の操作</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>ピン留めを外す</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>アーカイブを解除</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>エクスポート形式</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Chat deleted</source>
        <translation>チャットを削除しました</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Deleted “{title}”. Undo is available for {seconds} seconds.</source>
        <translation>「{title}」を削除しました。{seconds} 秒間は元に戻せます。</translation>
    </message>
    <message>
        <source>Hide archived chats</source>
        <translation>アーカイブ済みのチャットを非表示</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <source>Send a message first: a new chat gets its title then.</source>
        <translation>先にメッセージを送信してください。新しいチャットには、そのときにタイトルが付きます。</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%Ln tool(s)</source>
        <translation>
            <numerusform>%Ln 個のツール</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln 件のチャット</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) imported.</source>
        <translation>
            <numerusform>%Ln 件のチャットをインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) imported, {already_there} already here.</source>
        <translation>
            <numerusform>%Ln 件のチャットをインポートしました（{already_there} 件は既に存在します）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more row(s) or character(s) were left out to fit.</source>
        <translation>
            <numerusform>収めるために、さらに %Ln 行または文字が省略されました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong — Desktop Chat</source>
        <translation>問題が発生しました — Desktop Chat</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>問題が発生しました。</translation>
    </message>
    <message>
        <source>The app kept running and your chats are safe. If this keeps happening, send the details below to your IT contact.</source>
        <translation>アプリは動作を続けており、チャットは安全です。この問題が繰り返し起きる場合は、以下の詳細を IT 担当者に送ってください。</translation>
    </message>
    <message>
        <source>The details were also written to the log file: {path}</source>
        <translation>詳細はログファイルにも書き込まれました: {path}</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>ログフォルダーを開く</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Document preview</source>
        <translation>ドキュメントのプレビュー</translation>
    </message>
    <message>
        <source>Text the model read</source>
        <translation>モデルが読み取ったテキスト</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>コピーを保存…</translation>
    </message>
    <message>
        <source>Save a copy of the original file</source>
        <translation>元のファイルのコピーを保存します</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>プレビューを閉じます</translation>
    </message>
    <message>
        <source>This is a scan without a text layer: the model got no text from it.</source>
        <translation>これはテキストレイヤーのないスキャン文書です。モデルはここからテキストを受け取っていません。</translation>
    </message>
    <message>
        <source>No text was read from this file.</source>
        <translation>このファイルからはテキストが読み取られませんでした。</translation>
    </message>
    <message>
        <source>This is the text the model read from the file.</source>
        <translation>これはモデルがファイルから読み取ったテキストです。</translation>
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
        <translation>Web ページ (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Open a chat to export it.</source>
        <translation>エクスポートするチャットを開いてください。</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>チャットのエクスポート</translation>
    </message>
    <message>
        <source>Chat archive (*.json)</source>
        <translation>チャットアーカイブ (*.json)</translation>
    </message>
    <message>
        <source>Export all chats</source>
        <translation>すべてのチャットをエクスポート</translation>
    </message>
    <message>
        <source>Chat archives and ChatGPT exports (*.json *.zip)</source>
        <translation>チャットアーカイブと ChatGPT のエクスポート (*.json *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>チャットのインポート</translation>
    </message>
    <message>
        <source>History backup (*.sqlite3)</source>
        <translation>履歴のバックアップ (*.sqlite3)</translation>
    </message>
    <message>
        <source>Back up history</source>
        <translation>履歴をバックアップ</translation>
    </message>
    <message>
        <source>Wait for the file work under way to finish, or cancel it.</source>
        <translation>実行中のファイル処理が終わるまでお待ちいただくか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Desktop Chat</source>
        <translation>Desktop Chat</translation>
    </message>
    <message>
        <source>Imported from {name}: {counts}</source>
        <translation>{name} からインポートしました: {counts}</translation>
    </message>
    <message>
        <source>Exported {chats} to {path}</source>
        <translation>{chats}を {path} にエクスポートしました</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>{path} にエクスポートしました</translation>
    </message>
    <message>
        <source>History backed up to {path}</source>
        <translation>履歴を {path} にバックアップしました</translation>
    </message>
    <message>
        <source>Exporting… {done} of {total} chats</source>
        <translation>エクスポートしています… {done}/{total} 件のチャット</translation>
    </message>
    <message>
        <source>Importing… {percent}%</source>
        <translation>インポートしています… {percent}%</translation>
    </message>
    <message>
        <source>Backing up… {percent}%</source>
        <translation>バックアップしています… {percent}%</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>インポートをキャンセルしました。何もインポートされていません。</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>エクスポートをキャンセルしました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>Backup cancelled. No copy was made.</source>
        <translation>バックアップをキャンセルしました。コピーは作成されていません。</translation>
    </message>
    <message>
        <source>Importing chats</source>
        <translation>チャットをインポートしています</translation>
    </message>
    <message>
        <source>Exporting all chats</source>
        <translation>すべてのチャットをエクスポートしています</translation>
    </message>
    <message>
        <source>Backing up history</source>
        <translation>履歴をバックアップしています</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished.</source>
        <translation>回答は完了する前に停止しました。</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>回答に失敗しました。</translation>
    </message>
    <message>
        <source>The answer was still arriving.</source>
        <translation>回答はまだ受信中でした。</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>無題のチャット</translation>
    </message>
    <message>
        <source>Exported from Desktop Chat · started {when}</source>
        <translation>Desktop Chat からエクスポート · 開始日時 {when}</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>{name} ({model})</source>
        <translation>{name} ({model})</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of an exported web page</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
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
        <translation>数式を表示できませんでした</translation>
    </message>
</context>
<context>
    <name>Gateway</name>
    <message>
        <source>your system&apos;s password store</source>
        <translation>システムのパスワードストア</translation>
    </message>
    <message>
        <source>Add your API key to start chatting — or try the offline demo.</source>
        <translation>チャットを始めるには API キーを追加してください。オフラインデモを試すこともできます。</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>キーを追加</translation>
    </message>
    <message>
        <source>{problem} Your key is kept only until you close the app.</source>
        <translation>{problem} キーはアプリを閉じるまでの間だけ保持されます。</translation>
    </message>
    <message>
        <source>This is the offline demo: answers come from a built-in simulator, not a real model. Add your API key in Settings to chat for real.</source>
        <translation>これはオフラインデモです。回答は実際のモデルではなく、内蔵のシミュレーターから返されます。実際にチャットするには、設定で API キーを追加してください。</translation>
    </message>
    <message>
        <source>Add my key</source>
        <translation>キーを追加する</translation>
    </message>
    <message>
        <source>memory only (no password store)</source>
        <translation>メモリのみ（パスワードストアなし）</translation>
    </message>
    <message>
        <source>the {variable} environment variable</source>
        <translation>環境変数 {variable}</translation>
    </message>
    <message>
        <source>There is no key saved for this gateway address yet.</source>
        <translation>このゲートウェイアドレスにはまだキーが保存されていません。</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the gateway.</source>
        <translation>ゲートウェイとの通信中に問題が発生しました。</translation>
    </message>
    <message>
        <source>The gateway did not accept your API key.</source>
        <translation>ゲートウェイが API キーを受け付けませんでした。</translation>
    </message>
    <message>
        <source>Your account can&apos;t use this model right now (quota or permission).</source>
        <translation>お使いのアカウントは現在このモデルを使用できません（使用量の上限または権限）。</translation>
    </message>
    <message>
        <source>This address doesn&apos;t look like a chat gateway.</source>
        <translation>このアドレスはチャットゲートウェイではないようです。</translation>
    </message>
    <message>
        <source>This model isn&apos;t available with your key.</source>
        <translation>このモデルはお使いのキーでは利用できません。</translation>
    </message>
    <message>
        <source>This conversation is too long for the model.</source>
        <translation>この会話はモデルにとって長すぎます。</translation>
    </message>
    <message>
        <source>This model can&apos;t see images. Choose a model that can (Claude or Gemini), or send the message without its pictures.</source>
        <translation>このモデルは画像を認識できません。画像に対応したモデル（Claude や Gemini）を選ぶか、画像を外してメッセージを送信してください。</translation>
    </message>
    <message>
        <source>This model (or the gateway) can&apos;t use tools. Retry sends the message without them (tools stay off in this chat until you turn them on in the sidebar).</source>
        <translation>このモデル（またはゲートウェイ）はツールを使用できません。[再試行] を押すと、ツールなしでメッセージを送信します（サイドバーでオンにするまで、このチャットではツールはオフのままです）。</translation>
    </message>
    <message>
        <source>Too many requests right now.</source>
        <translation>現在、リクエストが多すぎます。</translation>
    </message>
    <message>
        <source>The model service is having trouble.</source>
        <translation>モデルサービスで問題が発生しています。</translation>
    </message>
    <message>
        <source>The model service took too long to answer.</source>
        <translation>モデルサービスの応答に時間がかかりすぎました。</translation>
    </message>
    <message>
        <source>Can&apos;t reach the gateway. Check your internet connection or proxy.</source>
        <translation>ゲートウェイに接続できません。インターネット接続またはプロキシを確認してください。</translation>
    </message>
    <message>
        <source>The connection isn&apos;t secure (certificate problem), so nothing was sent.</source>
        <translation>接続が安全ではない（証明書の問題）ため、何も送信されませんでした。</translation>
    </message>
    <message>
        <source>The gateway turned this request down.</source>
        <translation>ゲートウェイがこのリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished. What arrived is kept.</source>
        <translation>回答は完了する前に停止しました。受信済みの部分は保持されています。</translation>
    </message>
    <message>
        <source>The gateway sent back an empty answer (this can happen when a conversation is too long).</source>
        <translation>ゲートウェイから空の回答が返されました（会話が長すぎると起こることがあります）。</translation>
    </message>
    <message>
        <source>The model service reported an error while answering. What arrived is kept.</source>
        <translation>モデルサービスが回答中にエラーを報告しました。受信済みの部分は保持されています。</translation>
    </message>
    <message>
        <source>Change key</source>
        <translation>キーを変更</translation>
    </message>
    <message>
        <source>Check the address</source>
        <translation>アドレスを確認</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>別のモデルを選択</translation>
    </message>
    <message>
        <source>Start a new chat from here</source>
        <translation>ここから新しいチャットを開始</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>後でもう一度お試しください</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>The proxy refused the connection. Check the proxy address, user name and password.</source>
        <translation>プロキシが接続を拒否しました。プロキシのアドレス、ユーザー名、パスワードを確認してください。</translation>
    </message>
    <message>
        <source>The gateway sent a part of the answer this app could not read.</source>
        <translation>ゲートウェイから、このアプリで読み取れない回答の一部が送られてきました。</translation>
    </message>
    <message>
        <source>The gateway sent an answer this app could not read.</source>
        <translation>ゲートウェイから、このアプリで読み取れない回答が送られてきました。</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t secure (certificate problem), so nothing was sent.</source>
        <translation>{host} への接続が安全ではない（証明書の問題）ため、何も送信されませんでした。</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, expired on {date}. Nothing was sent. Ask IT or the gateway&apos;s owner to renew it.</source>
        <translation>{host} への接続は信頼できません。「{issuer}」が発行したこのサーバーの証明書は、{date} に有効期限が切れています。何も送信されていません。IT 担当者またはゲートウェイの管理者に証明書の更新を依頼してください。</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, is not valid yet. Nothing was sent. Check this computer&apos;s date and time, or ask IT.</source>
        <translation>{host} への接続は信頼できません。「{issuer}」が発行したこのサーバーの証明書は、まだ有効になっていません。何も送信されていません。このコンピューターの日付と時刻を確認するか、IT 担当者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, is for {names}, not for {host}. Nothing was sent. Check the gateway address, or ask IT.</source>
        <translation>{host} への接続は信頼できません。「{issuer}」が発行したこのサーバーの証明書は {host} ではなく {names} 用のものです。何も送信されていません。ゲートウェイのアドレスを確認するか、IT 担当者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate was issued by itself (“{issuer}”), which this computer doesn&apos;t trust. Nothing was sent. Ask IT to install that certificate, or add it in Settings → Certificates.</source>
        <translation>{host} への接続は信頼できません。このサーバーの証明書は自己発行（「{issuer}」）のもので、このコンピューターでは信頼されていません。何も送信されていません。IT 担当者にその証明書のインストールを依頼するか、［設定］→［証明書］で追加してください。</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate was issued by “{issuer}”, which this computer doesn&apos;t trust. Nothing was sent. Ask IT to install that certificate, or add it in Settings → Certificates.</source>
        <translation>{host} への接続は信頼できません。このサーバーの証明書の発行元「{issuer}」は、このコンピューターでは信頼されていません。何も送信されていません。IT 担当者にその証明書のインストールを依頼するか、［設定］→［証明書］で追加してください。</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} could not be loaded, so nothing was sent. Check the address in Settings → Connection, or ask IT.</source>
        <translation>{address} のプロキシ自動設定（PAC ファイル）を読み込めなかったため、何も送信されませんでした。［設定］→［接続］でアドレスを確認するか、IT 担当者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} took too long, so nothing was sent. Try again, or ask IT.</source>
        <translation>{address} のプロキシ自動設定（PAC ファイル）の読み込みに時間がかかりすぎたため、何も送信されませんでした。もう一度お試しいただくか、IT 担当者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The file at {address} is too large to be automatic proxy settings (a PAC file), so nothing was sent. Check the address in Settings → Connection, or ask IT.</source>
        <translation>{address} のファイルはプロキシ自動設定（PAC ファイル）としては大きすぎるため、何も送信されませんでした。［設定］→［接続］でアドレスを確認するか、IT 担当者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} don&apos;t work (the script has an error), so nothing was sent. Ask IT to check the file.</source>
        <translation>{address} のプロキシ自動設定（PAC ファイル）が機能しない（スクリプトにエラーがある）ため、何も送信されませんでした。IT 担当者にファイルの確認を依頼してください。</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} named no proxy for the gateway, so nothing was sent. Ask IT to check the file.</source>
        <translation>{address} のプロキシ自動設定（PAC ファイル）にゲートウェイ用のプロキシが指定されていなかったため、何も送信されませんでした。IT 担当者にファイルの確認を依頼してください。</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) send the gateway through a SOCKS proxy, which Desktop Chat can&apos;t use. Nothing was sent. Ask IT for an HTTP proxy, or set one in Settings → Connection.</source>
        <translation>プロキシ自動設定（PAC ファイル）は、ゲートウェイへの接続に SOCKS プロキシを指定していますが、Desktop Chat では SOCKS プロキシを使用できません。何も送信されていません。IT 担当者に HTTP プロキシを依頼するか、［設定］→［接続］で設定してください。</translation>
    </message>
    <message>
        <source>HTTP status: {value}</source>
        <translation>HTTP ステータス: {value}</translation>
    </message>
    <message>
        <source>Server message: {value}</source>
        <translation>サーバーのメッセージ: {value}</translation>
    </message>
    <message>
        <source>Server code: {value}</source>
        <translation>サーバーのコード: {value}</translation>
    </message>
    <message>
        <source>Address: {value}</source>
        <translation>アドレス: {value}</translation>
    </message>
    <message>
        <source>Server asked to wait: {value} s</source>
        <translation>サーバーの待機要求: {value} 秒</translation>
    </message>
    <message>
        <source>Technical: {value}</source>
        <translation>技術情報: {value}</translation>
    </message>
    <message>
        <source>Kind: {value}</source>
        <translation>種類: {value}</translation>
    </message>
    <message>
        <source>Model&apos;s limit: {value} tokens</source>
        <translation>モデルの上限: {value} トークン</translation>
    </message>
    <message>
        <source>This request: {value} tokens</source>
        <translation>このリクエスト: {value} トークン</translation>
    </message>
    <message>
        <source>Host: {value}</source>
        <translation>ホスト: {value}</translation>
    </message>
    <message>
        <source>Certificate issued by: {value}</source>
        <translation>証明書の発行元: {value}</translation>
    </message>
    <message>
        <source>Certificate issued to: {value}</source>
        <translation>証明書の発行先: {value}</translation>
    </message>
    <message>
        <source>Certificate valid until: {value}</source>
        <translation>証明書の有効期限: {value}</translation>
    </message>
    <message>
        <source>Proxy settings file (PAC): {value}</source>
        <translation>プロキシ設定ファイル（PAC）: {value}</translation>
    </message>
    <message>
        <source>What happened: {text}</source>
        <translation>発生した問題: {text}</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Suggested: {action}</source>
        <translation>推奨される対処: {action}</translation>
    </message>
    <message>
        <source>{problem} Trying again in {seconds} s (attempt {attempt} of {total})…</source>
        <translation>{problem} {seconds} 秒後に再試行します（{attempt}/{total} 回目）…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
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
        <translation>存在ペナルティ</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>頻度ペナルティ</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>最大長</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>停止シーケンス</translation>
    </message>
    <message>
        <source>User identifier</source>
        <translation>ユーザー識別子</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>ストリーミング</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Tool choice</source>
        <translation>ツールの選択</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>ゲートウェイのアドレス</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>プロキシのアドレス</translation>
    </message>
    <message>
        <source>Automatic proxy settings (PAC) address</source>
        <translation>プロキシ自動設定（PAC）のアドレス</translation>
    </message>
    <message>
        <source>Extra certificates file</source>
        <translation>追加の証明書ファイル</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Temperature must be between {low} and {high}.</source>
        <translation>温度は {low} から {high} の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Top P must be between {low} and {high}.</source>
        <translation>Top P は {low} から {high} の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Presence penalty must be between {low} and {high}.</source>
        <translation>存在ペナルティは {low} から {high} の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Frequency penalty must be between {low} and {high}.</source>
        <translation>頻度ペナルティは {low} から {high} の範囲で指定してください。</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}.</source>
        <translation>{field}は {low} から {high} の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Please choose a model.</source>
        <translation>モデルを選択してください。</translation>
    </message>
    <message>
        <source>There is no message to send.</source>
        <translation>送信するメッセージがありません。</translation>
    </message>
    <message>
        <source>Message {number} must come from the system, the user or the assistant.</source>
        <translation>メッセージ {number} の送信者は、システム、ユーザー、アシスタントのいずれかである必要があります。</translation>
    </message>
    <message>
        <source>Message {number} has no text.</source>
        <translation>メッセージ {number} にテキストがありません。</translation>
    </message>
    <message>
        <source>A picture in message {number} could not be read, so nothing was sent.</source>
        <translation>メッセージ {number} の画像を読み取れなかったため、何も送信されませんでした。</translation>
    </message>
    <message>
        <source>Message {number} is a tool&apos;s result that names no tool call, so nothing was sent.</source>
        <translation>メッセージ {number} はツールの結果ですが、対応するツール呼び出しが指定されていないため、何も送信されませんでした。</translation>
    </message>
    <message>
        <source>A tool call in message {number} has no id or name, so nothing was sent.</source>
        <translation>メッセージ {number} のツール呼び出しに ID または名前がないため、何も送信されませんでした。</translation>
    </message>
    <message>
        <source>Tool {number} has a name the gateway can&apos;t take; check the tool server&apos;s settings.</source>
        <translation>ツール {number} の名前はゲートウェイで使用できません。ツールサーバーの設定を確認してください。</translation>
    </message>
    <message>
        <source>Tool {number} describes its inputs in a way the gateway can&apos;t take; check the tool server.</source>
        <translation>ツール {number} の入力の記述形式はゲートウェイで使用できません。ツールサーバーを確認してください。</translation>
    </message>
    <message>
        <source>Tool choice must be automatic, none or required.</source>
        <translation>ツールの選択は、自動、なし、必須のいずれかにしてください。</translation>
    </message>
    <message>
        <source>Maximum length must be a whole number of at least {low} token.</source>
        <translation>最大長は {low} トークン以上の整数で指定してください。</translation>
    </message>
    <message>
        <source>You can give at most {high} stop sequences.</source>
        <translation>停止シーケンスは {high} 個まで指定できます。</translation>
    </message>
    <message>
        <source>A stop sequence can&apos;t be empty.</source>
        <translation>停止シーケンスを空にすることはできません。</translation>
    </message>
    <message>
        <source>The user identifier must be text.</source>
        <translation>ユーザー識別子はテキストで指定してください。</translation>
    </message>
    <message>
        <source>Streaming must be switched on or off.</source>
        <translation>ストリーミングはオンまたはオフにしてください。</translation>
    </message>
    <message>
        <source>Please enter the gateway address.</source>
        <translation>ゲートウェイのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a web address.</source>
        <translation>Web アドレスではないようです。</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://).</source>
        <translation>アドレスは https://（または http://）で始める必要があります。</translation>
    </message>
    <message>
        <source>Please leave the user name and password out of the address.</source>
        <translation>アドレスにユーザー名とパスワードを含めないでください。</translation>
    </message>
    <message>
        <source>The proxy address {value!r} isn&apos;t usable. Use a form like http://proxy.example.com:3128 (or leave it empty to use the system&apos;s).</source>
        <translation>プロキシのアドレス {value!r} は使用できません。http://proxy.example.com:3128 のような形式で入力してください（システムの設定を使う場合は空のままにします）。</translation>
    </message>
    <message>
        <source>The certificates file {value} doesn&apos;t exist, so nothing was sent. Choose it again in Settings → Certificates, or remove it.</source>
        <translation>証明書ファイル {value} が存在しないため、何も送信されませんでした。［設定］→［証明書］でもう一度選択するか、削除してください。</translation>
    </message>
    <message>
        <source>The certificates file {value} could not be read, so nothing was sent. Choose it again in Settings → Certificates, or remove it.</source>
        <translation>証明書ファイル {value} を読み取れなかったため、何も送信されませんでした。［設定］→［証明書］でもう一度選択するか、削除してください。</translation>
    </message>
    <message>
        <source>The file {value} holds no certificate this app can read (a PEM file, text starting with “-----BEGIN CERTIFICATE-----”, is needed), so nothing was sent. Ask IT for the certificate as a PEM file.</source>
        <translation>ファイル {value} にはこのアプリで読み取れる証明書が含まれていないため、何も送信されませんでした（「-----BEGIN CERTIFICATE-----」で始まるテキストの PEM ファイルが必要です）。IT 担当者に PEM ファイル形式の証明書を依頼してください。</translation>
    </message>
    <message>
        <source>The API key contains spaces or characters that can&apos;t be part of a key. Please paste it again.</source>
        <translation>API キーに、スペースまたはキーに使用できない文字が含まれています。もう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>Please check {field}.</source>
        <translation>{field}を確認してください。</translation>
    </message>
    <message>
        <source>Added &apos;{scheme}://&apos; to the address.</source>
        <translation>アドレスに「{scheme}://」を追加しました。</translation>
    </message>
    <message>
        <source>Removed the part after &apos;?&apos; or &apos;#&apos;.</source>
        <translation>「?」または「#」以降の部分を削除しました。</translation>
    </message>
    <message>
        <source>Removed &apos;{suffix}&apos; from the address.</source>
        <translation>アドレスから「{suffix}」を削除しました。</translation>
    </message>
    <message>
        <source>Added &apos;/v1&apos; to the address.</source>
        <translation>アドレスに「/v1」を追加しました。</translation>
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
        <translation>新しい履歴を作成</translation>
    </message>
    <message>
        <source>&quot;Start a new history&quot; keeps the damaged file beside the new one, unchanged, so nothing is lost.</source>
        <translation>[新しい履歴を作成] を選ぶと、破損したファイルは変更されずに新しいファイルの隣に残るため、何も失われません。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image viewer</source>
        <translation>画像ビューアー</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>画像をウィンドウに合わせて表示します</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the image at its actual size</source>
        <translation>画像を実際のサイズで表示します</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>画像を保存…</translation>
    </message>
    <message>
        <source>Save the image to a file</source>
        <translation>画像をファイルに保存します</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation>画像をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the image viewer</source>
        <translation>画像ビューアーを閉じます</translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <source>Paste your API key first.</source>
        <translation>先に API キーを貼り付けてください。</translation>
    </message>
    <message>
        <source>The key contains spaces or unusual characters. Copy it again from where you got it.</source>
        <translation>キーにスペースまたは特殊な文字が含まれています。入手元からもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>API キーを貼り付けてください</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>キーを隠す</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>キーを表示</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Your key could not be read from or saved to this computer&apos;s password store.</source>
        <translation>このコンピューターのパスワードストアでキーを読み取る、または保存することができませんでした。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>This computer has no password store, so your key can be kept only until you close the app.</source>
        <translation>このコンピューターにはパスワードストアがないため、キーはアプリを閉じるまでの間だけ保持されます。</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>このセッションのみ保持</translation>
    </message>
    <message>
        <source>Your password store is locked, so Desktop Chat can&apos;t read or save your key.</source>
        <translation>パスワードストアがロックされているため、Desktop Chat はキーを読み取ることも保存することもできません。</translation>
    </message>
    <message>
        <source>Unlock it and try again, or keep the key for this session only</source>
        <translation>ロックを解除して再試行するか、このセッションの間だけキーを保持してください</translation>
    </message>
    <message>
        <source>Your password store didn&apos;t answer in time (it may be waiting for you to unlock it).</source>
        <translation>パスワードストアが時間内に応答しませんでした（ロック解除を待っている可能性があります）。</translation>
    </message>
    <message>
        <source>Try again, or keep the key for this session only</source>
        <translation>再試行するか、このセッションの間だけキーを保持してください</translation>
    </message>
    <message>
        <source>Your key is set by the {variable} environment variable, so it can&apos;t be changed here.</source>
        <translation>キーは環境変数 {variable} で設定されているため、ここでは変更できません。</translation>
    </message>
    <message>
        <source>Ask whoever set up this computer</source>
        <translation>このコンピューターを設定した担当者にお問い合わせください</translation>
    </message>
    <message>
        <source>The key is empty. Paste your API key.</source>
        <translation>キーが空です。API キーを貼り付けてください。</translation>
    </message>
    <message>
        <source>The key contains spaces or unusual characters. Copy it again from where you got it.</source>
        <translation>キーにスペースまたは特殊な文字が含まれています。入手元からもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The key saved in your password store is damaged. Enter your key again.</source>
        <translation>パスワードストアに保存されているキーが破損しています。キーをもう一度入力してください。</translation>
    </message>
    <message>
        <source>Paste your key again</source>
        <translation>キーをもう一度貼り付ける</translation>
    </message>
    <message>
        <source>Your key comes from the {variable} environment variable and is not stored.</source>
        <translation>キーは環境変数 {variable} から取得されており、保存されていません。</translation>
    </message>
    <message>
        <source>Your key is kept only until you close the app.</source>
        <translation>キーはアプリを閉じるまでの間だけ保持されます。</translation>
    </message>
    <message>
        <source>Your key is kept in {store}, never in a file.</source>
        <translation>キーは {store}に保存され、ファイルには保存されません。</translation>
    </message>
    <message>
        <source>No key is stored yet.</source>
        <translation>キーはまだ保存されていません。</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Add a line</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Add a line to {what}</source>
        <translation>{what}に行を追加</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Keep this value secret, in the keyring</source>
        <translation>この値をシークレットとしてキーリングに保存します</translation>
    </message>
    <message>
        <source>A secret is kept in the system&apos;s keyring, not in mcp.json, and shown as ••••</source>
        <translation>シークレットは mcp.json ではなくシステムのキーリングに保存され、•••• と表示されます</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>この行を削除</translation>
    </message>
    <message>
        <source>{mask} (kept in the keyring; type to replace)</source>
        <translation>{mask}（キーリングに保存済み。入力すると置き換わります）</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message numerus="yes">
        <source>The chat was too long for the model, so the %n oldest message(s) were left out and it was asked again.</source>
        <translation>
            <numerusform>チャットがモデルにとって長すぎたため、最も古いメッセージ %n 件を除外して再度送信しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>The whole chat was copied as text.</source>
        <translation>チャット全体をテキストとしてコピーしました。</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>ごみ箱は空です。</translation>
    </message>
    <message>
        <source>Delete the chat in the trash for good?</source>
        <translation>ごみ箱のチャットを完全に削除しますか？</translation>
    </message>
    <message>
        <source>Delete the {count} chats in the trash for good?</source>
        <translation>ごみ箱の {count} 件のチャットを完全に削除しますか？</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>ごみ箱を空にする</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>完全に削除</translation>
    </message>
    <message>
        <source>This can&apos;t be undone. Chats in the trash are deleted by themselves after 30 days.</source>
        <translation>この操作は元に戻せません。ごみ箱のチャットは 30 日後に自動的に削除されます。</translation>
    </message>
    <message>
        <source>1 chat deleted for good.</source>
        <translation>1 件のチャットを完全に削除しました。</translation>
    </message>
    <message>
        <source>{count} chats deleted for good.</source>
        <translation>{count} 件のチャットを完全に削除しました。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Summarise them</source>
        <translation>要約する</translation>
    </message>
    <message>
        <source>Desktop Chat</source>
        <translation>Desktop Chat</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>新しい会話を開始します</translation>
    </message>
    <message>
        <source>&amp;Export chat…</source>
        <translation>チャットをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>すべてのチャットをエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <source>Save every chat into one JSON archive</source>
        <translation>すべてのチャットを 1 つの JSON アーカイブに保存します</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>PDF としてエクスポート(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the chat on screen as a PDF: code, formulas and pictures included</source>
        <translation>画面に表示中のチャットを PDF として保存します（コード、数式、画像も含まれます）</translation>
    </message>
    <message>
        <source>&amp;Import archive or ChatGPT export…</source>
        <translation>アーカイブまたは ChatGPT のエクスポートをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Backup history…</source>
        <translation>履歴をバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Empty &amp;trash…</source>
        <translation>ごみ箱を空にする(&amp;T)…</translation>
    </message>
    <message>
        <source>Delete the chats in the trash for good</source>
        <translation>ごみ箱のチャットを完全に削除します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>チャットを検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>チャットの名前を変更(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;top answer</source>
        <translation>回答を停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Parameter sidebar</source>
        <translation>パラメーターサイドバー(&amp;P)</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>サイドバーの表示/非表示を切り替えます</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Desktop Chat</source>
        <translation>Desktop Chat について(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic report</source>
        <translation>診断レポートをコピー(&amp;D)</translation>
    </message>
    <message>
        <source>Copy versions, settings, the connection test and the log, without any key, for IT</source>
        <translation>IT 担当者向けに、バージョン、設定、接続テストの結果、ログをコピーします（キーは含まれません）</translation>
    </message>
    <message>
        <source>&amp;Copy whole chat as text</source>
        <translation>チャット全体をテキストとしてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Usage and costs…</source>
        <translation>使用量とコスト(&amp;U)…</translation>
    </message>
    <message>
        <source>Tokens and estimated costs per day, model and chat</source>
        <translation>日別、モデル別、チャット別のトークン数と推定コスト</translation>
    </message>
    <message>
        <source>Focus the message box</source>
        <translation>メッセージ欄にフォーカス</translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation>次のチャット</translation>
    </message>
    <message>
        <source>Previous chat</source>
        <translation>前のチャット</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>メニューバー</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>サイドバー</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[画像: {alt}]</translation>
    </message>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Image “{alt}” from {host} — open</source>
        <translation>{host} の画像「{alt}」 — 開く</translation>
    </message>
    <message>
        <source>Image from {host} — open</source>
        <translation>{host} の画像 — 開く</translation>
    </message>
    <message>
        <source>[image: {alt}] ({url})</source>
        <translation>[画像: {alt}] ({url})</translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <source>You stopped this answer.</source>
        <translation>この回答は停止されました。</translation>
    </message>
    <message>
        <source>The app closed before the answer finished.</source>
        <translation>回答が完了する前にアプリが終了しました。</translation>
    </message>
    <message>
        <source>Something went wrong inside the app.</source>
        <translation>アプリ内部で問題が発生しました。</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished. What arrived is kept.</source>
        <translation>回答は完了する前に停止しました。受信済みの部分は保持されています。</translation>
    </message>
    <message>
        <source>The answer was cut short by the length limit.</source>
        <translation>長さの上限に達したため、回答が途中で終わりました。</translation>
    </message>
    <message>
        <source>The provider&apos;s content filter stopped this answer.</source>
        <translation>プロバイダーのコンテンツフィルターによって、この回答は停止されました。</translation>
    </message>
    <message>
        <source>The answer could not be completed.</source>
        <translation>回答を完了できませんでした。</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>cut short (length limit)</source>
        <translation>途中で終了（長さの上限）</translation>
    </message>
    <message>
        <source>stopped by content filter</source>
        <translation>コンテンツフィルターにより停止</translation>
    </message>
    <message>
        <source>tool call</source>
        <translation>ツール呼び出し</translation>
    </message>
    <message>
        <source>{prompt} prompt / {completion} completion tokens</source>
        <translation>入力 {prompt} / 出力 {completion} トークン</translation>
    </message>
    <message>
        <source>≈ {cost} (estimate)</source>
        <translation>≈ {cost}（推定）</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>あなたのメッセージ</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>The answer is being written</source>
        <translation>回答を作成中です</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>推論を表示</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning</source>
        <translation>モデルの推論の表示/非表示を切り替えます</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>回答の続きを生成します</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Retry the answer</source>
        <translation>回答を再試行します</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>詳細を表示</translation>
    </message>
    <message>
        <source>Show or hide what exactly went wrong</source>
        <translation>問題の詳しい内容の表示/非表示を切り替えます</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>次のバージョン</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>メッセージをコピー</translation>
    </message>
    <message>
        <source>Copy the whole message</source>
        <translation>メッセージ全体をコピーします</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>回答を再生成</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Edit and resend message</source>
        <translation>メッセージを編集して再送信します</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>メッセージを削除</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>その他の操作</translation>
    </message>
    <message>
        <source>Version {index} of {count}</source>
        <translation>バージョン {index}/{count}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <source>Answer from {model}</source>
        <translation>{model} の回答</translation>
    </message>
    <message>
        <source>Answer from the model</source>
        <translation>モデルの回答</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>作成中</translation>
    </message>
    <message>
        <source>Copy request as curl</source>
        <translation>リクエストを curl としてコピー</translation>
    </message>
    <message>
        <source>Copy the request behind this answer as a curl command, for IT (the key is left out)</source>
        <translation>IT 担当者向けに、この回答を生成したリクエストを curl コマンドとしてコピーします（キーは含まれません）</translation>
    </message>
    <message>
        <source>Copy request as curl, pictures shortened</source>
        <translation>リクエストを curl としてコピー（画像は短縮）</translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>推論を非表示</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>詳細を非表示</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>メッセージを編集</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>編集をキャンセル</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send edited message</source>
        <translation>編集したメッセージを送信</translation>
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
        <translation>その他</translation>
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
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>Learned from an error</source>
        <translation>エラーから判明</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>ユーザー設定</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>“{text}” is not a number of tokens. Enter a whole number from 1 to {largest}, or empty the cell to use the other figures.</source>
        <translation>「{text}」はトークン数ではありません。1 から {largest} までの整数を入力するか、セルを空にして他の値を使用してください。</translation>
    </message>
    <message>
        <source>“{text}” is not a price. Enter US dollars per million tokens from 0 to {largest}, for example {example}, or empty the cell to use the other figures.</source>
        <translation>「{text}」は価格ではありません。100 万トークンあたりの米ドル価格を 0 から {largest} の範囲で入力するか（例: {example}）、セルを空にして他の値を使用してください。</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>The model that answers. Pick one, or type a model id.</source>
        <translation>回答するモデルです。一覧から選ぶか、モデル ID を入力してください。</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>モデル ID</translation>
    </message>
    <message>
        <source>{vendor} (heading)</source>
        <translation>{vendor}（見出し）</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Models and their figures</source>
        <translation>モデルとその値</translation>
    </message>
    <message>
        <source>Context window and longest answer in tokens, prices in US dollars per million tokens. Type a figure to use your own; empty the cell to use the others again.</source>
        <translation>コンテキストウィンドウと最大回答長はトークン数、価格は 100 万トークンあたりの米ドルです。値を入力すると独自の値が使われます。セルを空にすると他の値に戻ります。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>コンテキストウィンドウ</translation>
    </message>
    <message>
        <source>Longest answer</source>
        <translation>最大回答長</translation>
    </message>
    <message>
        <source>Input $/1M</source>
        <translation>入力 $/1M</translation>
    </message>
    <message>
        <source>Output $/1M</source>
        <translation>出力 $/1M</translation>
    </message>
    <message>
        <source>Sees images</source>
        <translation>画像の認識</translation>
    </message>
    <message>
        <source>Draws images</source>
        <translation>画像の生成</translation>
    </message>
    <message>
        <source>From</source>
        <translation>取得元</translation>
    </message>
    <message>
        <source>How many tokens the model can read at once: the chat and its answer</source>
        <translation>モデルが一度に読み取れるトークン数（チャットとその回答）</translation>
    </message>
    <message>
        <source>The longest answer the model can write, in tokens</source>
        <translation>モデルが生成できる回答の最大長（トークン数）</translation>
    </message>
    <message>
        <source>Estimated US dollars per million tokens sent to the model</source>
        <translation>モデルに送信する 100 万トークンあたりの推定米ドル価格</translation>
    </message>
    <message>
        <source>Estimated US dollars per million tokens the model writes</source>
        <translation>モデルが生成する 100 万トークンあたりの推定米ドル価格</translation>
    </message>
    <message>
        <source>Pictures you attach are sent to this model</source>
        <translation>添付した画像がこのモデルに送信されます</translation>
    </message>
    <message>
        <source>The model is asked for pictures too (image models such as Gemini 2.5 Flash Image)</source>
        <translation>モデルに画像の生成も依頼します（Gemini 2.5 Flash Image などの画像モデル）</translation>
    </message>
    <message>
        <source>Where the figures in force come from</source>
        <translation>現在使われている値の取得元</translation>
    </message>
    <message>
        <source>&amp;Reset selected</source>
        <translation>選択項目をリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Reset the selected models&apos; figures</source>
        <translation>選択したモデルの値をリセット</translation>
    </message>
    <message>
        <source>Drop your own figures for the selected models</source>
        <translation>選択したモデルの独自の値を破棄します</translation>
    </message>
    <message>
        <source>Model to add</source>
        <translation>追加するモデル</translation>
    </message>
    <message>
        <source>Another model&apos;s name, as the gateway spells it</source>
        <translation>ほかのモデルの名前（ゲートウェイでの表記どおり）</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add this model to the table</source>
        <translation>このモデルを表に追加します</translation>
    </message>
    <message>
        <source>Prices are estimates from the providers&apos; public list prices; your gateway may charge differently.</source>
        <translation>価格は各プロバイダーの公開価格に基づく推定値です。ゲートウェイの請求額とは異なる場合があります。</translation>
    </message>
    <message>
        <source>An answer can&apos;t be longer than the context window ({window} tokens).</source>
        <translation>回答をコンテキストウィンドウ（{window} トークン）より長くすることはできません。</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>取得元: {source}</translation>
    </message>
    <message>
        <source>Not known: type a figure</source>
        <translation>不明: 値を入力してください</translation>
    </message>
    <message>
        <source>Your setting</source>
        <translation>ユーザー設定</translation>
    </message>
    <message>
        <source>What is known of this model</source>
        <translation>このモデルについて判明している情報</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Connected. This gateway doesn&apos;t list its models, so the standard list is shown.</source>
        <translation>接続しました。このゲートウェイはモデル一覧を提供していないため、標準の一覧を表示しています。</translation>
    </message>
    <message>
        <source>Showing the models saved earlier. {reason}</source>
        <translation>以前に保存されたモデルを表示しています。{reason}</translation>
    </message>
    <message>
        <source>Showing the models saved on {when}. {reason}</source>
        <translation>{when}に保存されたモデルを表示しています。{reason}</translation>
    </message>
    <message>
        <source>Showing the standard model list. {reason}</source>
        <translation>標準のモデル一覧を表示しています。{reason}</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Model that writes summaries</source>
        <translation>要約を作成するモデル</translation>
    </message>
    <message>
        <source>When a chat is too long for its model, this model summarises the earlier messages</source>
        <translation>チャットがモデルにとって長すぎる場合に、このモデルが以前のメッセージを要約します</translation>
    </message>
    <message>
        <source>The chat&apos;s own model</source>
        <translation>チャットで使用中のモデル</translation>
    </message>
    <message>
        <source>&amp;Name new chats automatically</source>
        <translation>新しいチャットに自動で名前を付ける(&amp;N)</translation>
    </message>
    <message>
        <source>Name new chats automatically</source>
        <translation>新しいチャットに自動で名前を付ける</translation>
    </message>
    <message>
        <source>After the first answer, a small model suggests a name for the chat</source>
        <translation>最初の回答の後、小さなモデルがチャットの名前を提案します</translation>
    </message>
    <message>
        <source>Chat &amp;names are written by</source>
        <translation>チャット名を付けるモデル(&amp;N)</translation>
    </message>
    <message>
        <source>Model that names new chats</source>
        <translation>新しいチャットに名前を付けるモデル</translation>
    </message>
    <message>
        <source>Context windows and prices</source>
        <translation>コンテキストウィンドウと価格</translation>
    </message>
    <message>
        <source>Summaries and chat names</source>
        <translation>要約とチャット名</translation>
    </message>
    <message>
        <source>&amp;Summaries are written by</source>
        <translation>要約を作成するモデル(&amp;S)</translation>
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
        <translation>リセット</translation>
    </message>
    <message>
        <source>Reset {parameter}</source>
        <translation>{parameter}をリセット</translation>
    </message>
    <message>
        <source>Don&apos;t send this parameter (use the gateway&apos;s default)</source>
        <translation>このパラメーターを送信しません（ゲートウェイの既定値を使用）</translation>
    </message>
    <message>
        <source>{parameter} slider</source>
        <translation>{parameter}のスライダー</translation>
    </message>
</context>
<context>
    <name>ParameterSidebar</name>
    <message>
        <source>Precise</source>
        <translation>正確</translation>
    </message>
    <message>
        <source>Temperature 0.2: more deterministic and consistent (good for code generation, data extraction).</source>
        <translation>温度 0.2: より決定的で一貫性のある回答（コード生成やデータ抽出に最適）。</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>バランス</translation>
    </message>
    <message>
        <source>Temperature 0.7: balanced creativity and consistency (good for daily conversations).</source>
        <translation>温度 0.7: 創造性と一貫性のバランスを取った回答（日常の会話に最適）。</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>創造的</translation>
    </message>
    <message>
        <source>Temperature 1.0: more creative and diverse (good for creative writing).</source>
        <translation>温度 1.0: より創造的で多様な回答（創作に最適）。</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短い</translation>
    </message>
    <message>
        <source>Up to 300 tokens: short responses.</source>
        <translation>最大 300 トークン: 短い回答。</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Up to 1,000 tokens: medium responses.</source>
        <translation>最大 1,000 トークン: 標準的な長さの回答。</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Up to 3,000 tokens: detailed responses.</source>
        <translation>最大 3,000 トークン: 詳細な回答。</translation>
    </message>
    <message>
        <source>Usually adjust either temperature or top_p, not both.</source>
        <translation>通常は、温度と top_p のどちらか一方だけを調整します。</translation>
    </message>
    <message>
        <source>How random the answer is, from 0 to 2 (the gateway&apos;s default is 1.0).
• 0.0–0.3: more deterministic and consistent (good for code generation, data extraction)
• 0.4–0.7: balanced creativity and consistency (good for daily conversations)
• 0.8–1.0: more creative and diverse (good for creative writing)
• 1.0–2.0: highly random and creative (good for brainstorming)</source>
        <translation>回答のランダム性を 0 から 2 の範囲で指定します（ゲートウェイの既定値は 1.0）。
• 0.0～0.3: より決定的で一貫性のある回答（コード生成やデータ抽出に最適）
• 0.4～0.7: 創造性と一貫性のバランスを取った回答（日常の会話に最適）
• 0.8～1.0: より創造的で多様な回答（創作に最適）
• 1.0～2.0: 非常にランダムで創造的な回答（ブレインストーミングに最適）</translation>
    </message>
    <message>
        <source>Nucleus sampling, from 0 to 1 (default 1.0).
• 0.1: only consider the top 10% most likely words
• 0.5: consider words with cumulative probability up to 50%
• 1.0: consider all possible words (default)
Usually adjust either temperature or top_p, not both.</source>
        <translation>核サンプリング（Nucleus sampling）を 0 から 1 の範囲で指定します（既定値は 1.0）。
• 0.1: 確率の高い上位 10% の単語だけを候補にします
• 0.5: 累積確率が 50% までの単語を候補にします
• 1.0: すべての単語を候補にします（既定値）
通常は、温度と top_p のどちらか一方だけを調整します。</translation>
    </message>
    <message>
        <source>The longest answer allowed, in tokens (a token is about ¾ of a word).
• Short responses: 100–300 tokens
• Medium responses: 500–1000 tokens
• Detailed responses: 1500–3000 tokens</source>
        <translation>回答の最大長をトークン数で指定します（1 トークンは英単語の約 ¾ に相当します）。
• 短い回答: 100～300 トークン
• 標準的な回答: 500～1000 トークン
• 詳細な回答: 1500～3000 トークン</translation>
    </message>
    <message>
        <source>From −2 to 2 (default 0). Higher values nudge the model to bring up new topics instead of staying on the ones already mentioned.</source>
        <translation>−2 から 2 の範囲で指定します（既定値は 0）。値を大きくすると、既に出た話題にとどまらず、新しい話題を取り上げるようモデルを促します。</translation>
    </message>
    <message>
        <source>From −2 to 2 (default 0). Higher values make the model repeat the same words and phrases less often.</source>
        <translation>−2 から 2 の範囲で指定します（既定値は 0）。値を大きくすると、モデルが同じ単語や言い回しを繰り返しにくくなります。</translation>
    </message>
    <message>
        <source>Up to {count} pieces of text at which the model stops writing. Separate them with commas; write \n for a new line and \, for a comma.</source>
        <translation>モデルが生成を停止する文字列を最大 {count} 個まで指定できます。コンマで区切ってください。改行は \n、コンマは \, と入力します。</translation>
    </message>
    <message>
        <source>Chat settings</source>
        <translation>チャットの設定</translation>
    </message>
    <message>
        <source>Tip: {note}</source>
        <translation>ヒント: {note}</translation>
    </message>
    <message>
        <source>Use as default for new chats</source>
        <translation>新しいチャットの既定値として使用</translation>
    </message>
    <message>
        <source>New chats will start with this model, these settings and this system prompt</source>
        <translation>新しいチャットは、このモデル、これらの設定、このシステムプロンプトで開始されます</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>モデルを更新</translation>
    </message>
    <message>
        <source>Refresh models — ask the gateway for its list again</source>
        <translation>モデルを更新 — ゲートウェイにモデル一覧を再度問い合わせます</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>System prompt presets</source>
        <translation>システムプロンプトのプリセット</translation>
    </message>
    <message>
        <source>Fill in a saved system prompt</source>
        <translation>保存したシステムプロンプトを入力します</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>How should the model behave? For example: “Answer in plain English, briefly.”</source>
        <translation>モデルにどのように振る舞ってほしいですか？ 例:「わかりやすい日本語で簡潔に答えてください。」</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt</source>
        <translation>システムプロンプト(&amp;Y)</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>プリセットとして保存…</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>プリセットとして保存</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>プリセット名</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>プリセットを保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel saving preset</source>
        <translation>プリセットの保存をキャンセル</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>詳細設定</translation>
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
        <translation>最大トークン数</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>存在ペナルティ</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>頻度ペナルティ</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>停止シーケンス</translation>
    </message>
    <message>
        <source>Clear stop sequences</source>
        <translation>停止シーケンスをクリア</translation>
    </message>
    <message>
        <source>Send the last N turns only</source>
        <translation>最新の N ターンのみ送信</translation>
    </message>
    <message>
        <source>A turn is one of your messages with its answer. When set, only the newest turns are sent to the model (with the system prompt and any summary), even if more would fit. Not set: as many as fit the model&apos;s context window.</source>
        <translation>1 ターンは、あなたのメッセージ 1 件とその回答です。設定すると、さらに多く収まる場合でも、最新のターンだけが（システムプロンプトと要約とともに）モデルに送信されます。未設定の場合は、モデルのコンテキストウィンドウに収まるだけ送信されます。</translation>
    </message>
    <message>
        <source>from cache (offline)</source>
        <translation>キャッシュから表示（オフライン）</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>プリセット…</translation>
    </message>
    <message>
        <source>Only the first {count} are sent.</source>
        <translation>最初の {count} 個だけが送信されます。</translation>
    </message>
    <message>
        <source>{model} (not in the list)</source>
        <translation>{model}（一覧にありません）</translation>
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
        <translation>組織によって設定されています</translation>
    </message>
    <message>
        <source>Managed by your organisation (policy: {path})</source>
        <translation>組織によって管理されています（ポリシー: {path}）</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>組織によって管理されています</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Helpful assistant</source>
        <translation>親切なアシスタント</translation>
    </message>
    <message>
        <source>You are a helpful assistant. Answer clearly and plainly.</source>
        <translation>あなたは親切なアシスタントです。わかりやすく、平易な言葉で答えてください。</translation>
    </message>
    <message>
        <source>Short answers</source>
        <translation>簡潔な回答</translation>
    </message>
    <message>
        <source>Answer briefly. Use bullet points when they help; skip introductions.</source>
        <translation>簡潔に答えてください。役立つ場合は箇条書きを使い、前置きは省いてください。</translation>
    </message>
    <message>
        <source>Proofreader</source>
        <translation>文章校正</translation>
    </message>
    <message>
        <source>Correct the spelling, grammar and punctuation of the text I send. Keep my wording and tone, then list the main changes.</source>
        <translation>私が送る文章の誤字、文法、句読点を修正してください。言葉遣いと口調はそのまま残し、最後に主な変更点を一覧にしてください。</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Translate the text I send. If I don&apos;t name a language, translate it into English; keep the formatting.</source>
        <translation>私が送る文章を翻訳してください。言語の指定がない場合は日本語に翻訳してください。書式はそのまま保ってください。</translation>
    </message>
    <message>
        <source>Email helper</source>
        <translation>メール作成サポート</translation>
    </message>
    <message>
        <source>Help me write clear, polite work emails. Ask for missing details before drafting.</source>
        <translation>わかりやすく丁寧なビジネスメールを書く手伝いをしてください。下書きを作る前に、足りない情報があれば質問してください。</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>無題のチャット</translation>
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
        <translation>添付ファイル: {name} ({size})</translation>
    </message>
    <message>
        <source>Picture not available: {name}</source>
        <translation>画像を利用できません: {name}</translation>
    </message>
    <message>
        <source>Open a chat with messages to print it.</source>
        <translation>印刷するには、メッセージのあるチャットを開いてください。</translation>
    </message>
    <message>
        <source>This chat has no messages yet, so there is nothing to print.</source>
        <translation>このチャットにはまだメッセージがないため、印刷するものがありません。</translation>
    </message>
    <message>
        <source>Wait for the printing under way to finish, or cancel it.</source>
        <translation>実行中の印刷が終わるまで待つか、印刷をキャンセルしてください。</translation>
    </message>
    <message>
        <source>Preparing… {done} of {total} messages</source>
        <translation>準備しています… {done}/{total} 件のメッセージ</translation>
    </message>
    <message>
        <source>Arranging the pages…</source>
        <translation>ページをレイアウトしています…</translation>
    </message>
    <message>
        <source>Printing page {done} of {total}…</source>
        <translation>{total} ページ中 {done} ページ目を印刷しています…</translation>
    </message>
    <message>
        <source>Printing the chat</source>
        <translation>チャットを印刷しています</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Desktop Chat</source>
        <translation>Desktop Chat</translation>
    </message>
    <message>
        <source>Printing cancelled. Nothing was sent to the printer.</source>
        <translation>印刷をキャンセルしました。プリンターには何も送信されていません。</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>エクスポートをキャンセルしました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>Sent 1 page to the printer.</source>
        <translation>1 ページをプリンターに送信しました。</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation>{pages} ページをプリンターに送信しました。</translation>
    </message>
    <message>
        <source>Saved 1 page as {path}</source>
        <translation>1 ページを {path} として保存しました</translation>
    </message>
    <message>
        <source>Saved {pages} pages as {path}</source>
        <translation>{pages} ページを {path} として保存しました</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>印刷を開始できませんでした。プリンターの電源が入っていることを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{name} could not be written. Choose another folder and try again.</source>
        <translation>{name} を書き込めませんでした。別のフォルダーを選んで、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>PDF としてエクスポート</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>チャット</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Open settings</source>
        <translation>設定を開く</translation>
    </message>
</context>
<context>
    <name>ProseView</name>
    <message>
        <source>Message text</source>
        <translation>メッセージのテキスト</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>System settings</source>
        <translation>システムの設定</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>次のプロキシ:</translation>
    </message>
    <message>
        <source>Automatic (PAC):</source>
        <translation>自動（PAC）:</translation>
    </message>
    <message>
        <source>How to reach the gateway</source>
        <translation>ゲートウェイへの接続方法</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>http://proxy.example.com:8080</source>
        <translation>http://proxy.example.com:8080</translation>
    </message>
    <message>
        <source>For example http://proxy.example.com:8080 (http://user:password@… if it asks for a password)</source>
        <translation>例: http://proxy.example.com:8080（パスワードが必要な場合は http://user:password@…）</translation>
    </message>
    <message>
        <source>Automatic proxy settings (PAC) address</source>
        <translation>プロキシ自動設定（PAC）のアドレス</translation>
    </message>
    <message>
        <source>http://wpad.example.com/proxy.pac</source>
        <translation>http://wpad.example.com/proxy.pac</translation>
    </message>
    <message>
        <source>The address of the proxy auto-configuration file IT gave you</source>
        <translation>IT 担当者から伝えられたプロキシ自動設定ファイルのアドレス</translation>
    </message>
    <message>
        <source>In use now: {proxy}</source>
        <translation>現在使用中: {proxy}</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>There is nothing to send.</source>
        <translation>送信する内容がありません。</translation>
    </message>
    <message>
        <source>Wait for the answer to finish, or stop it first.</source>
        <translation>回答が終わるまで待つか、先に停止してください。</translation>
    </message>
    <message>
        <source>Add your API key to start chatting.</source>
        <translation>チャットを始めるには API キーを追加してください。</translation>
    </message>
    <message>
        <source>This chat no longer exists.</source>
        <translation>このチャットはもう存在しません。</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>このメッセージはもう存在しません。</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>編集できるのは自分のメッセージだけです。</translation>
    </message>
    <message>
        <source>Only an answer can be regenerated.</source>
        <translation>再生成できるのは回答だけです。</translation>
    </message>
    <message>
        <source>Only an answer can be continued.</source>
        <translation>続きを生成できるのは回答だけです。</translation>
    </message>
    <message>
        <source>This answer is already complete.</source>
        <translation>この回答は既に完了しています。</translation>
    </message>
    <message>
        <source>This message can&apos;t be sent again.</source>
        <translation>このメッセージは再送信できません。</translation>
    </message>
    <message>
        <source>This message alone is longer than the model can read. Shorten it, or choose a model with a larger context window in the sidebar. Your text is still in the message box.</source>
        <translation>このメッセージだけで、モデルが読み取れる長さを超えています。短くするか、サイドバーでコンテキストウィンドウの大きいモデルを選んでください。入力したテキストはメッセージ欄に残っています。</translation>
    </message>
    <message>
        <source>This model can&apos;t see images. Choose a model that can (Claude or Gemini) in the sidebar, or remove the images. Your message and files are still in the message box.</source>
        <translation>このモデルは画像を認識できません。サイドバーで画像に対応したモデル（Claude や Gemini）を選ぶか、画像を削除してください。メッセージとファイルはメッセージ欄に残っています。</translation>
    </message>
    <message>
        <source>A file is still being read. Wait a moment, or remove it, then send.</source>
        <translation>まだ読み込み中のファイルがあります。少し待つか、そのファイルを削除してから送信してください。</translation>
    </message>
    <message>
        <source>The model kept calling tools, so the app stopped it. Ask it to go on if you want more.</source>
        <translation>モデルがツールを呼び出し続けたため、アプリが停止しました。続きが必要な場合は、続けるよう依頼してください。</translation>
    </message>
    <message>
        <source>Every earlier message is already sent to the model: there is nothing to summarise.</source>
        <translation>以前のメッセージはすべてモデルに送信済みです。要約するものはありません。</translation>
    </message>
    <message>
        <source>Your organisation does not allow this. Ask your IT department if you need it.</source>
        <translation>この操作は組織によって許可されていません。必要な場合は IT 部門にお問い合わせください。</translation>
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
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>サーバー名</translation>
    </message>
    <message>
        <source>For example: time</source>
        <translation>例: time</translation>
    </message>
    <message>
        <source>Kind of server</source>
        <translation>サーバーの種類</translation>
    </message>
    <message>
        <source>A program on this computer (stdio)</source>
        <translation>このコンピューター上のプログラム (stdio)</translation>
    </message>
    <message>
        <source>A server on the network (HTTP)</source>
        <translation>ネットワーク上のサーバー (HTTP)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>For example: uvx</source>
        <translation>例: uvx</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>One argument per line, without quotes</source>
        <translation>1 行に 1 つの引数（引用符なし）</translation>
    </message>
    <message>
        <source>One argument per line, taken exactly as written: no quotes are needed, and nothing is interpreted by a shell.</source>
        <translation>1 行に 1 つの引数を、書いたとおりに指定します。引用符は不要で、シェルによる解釈は行われません。</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>For example: https://tools.example.com/mcp</source>
        <translation>例: https://tools.example.com/mcp</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Tools allowed without asking</source>
        <translation>確認なしで許可するツール</translation>
    </message>
    <message>
        <source>One tool name per line</source>
        <translation>1 行に 1 つのツール名</translation>
    </message>
    <message>
        <source>These tools of this server run without asking you first. Everything else asks.</source>
        <translation>このサーバーのこれらのツールは、確認なしで実行されます。それ以外のツールは実行前に確認します。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Done editing the server</source>
        <translation>サーバーの編集を完了</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel editing the server</source>
        <translation>サーバーの編集をキャンセル</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Command</source>
        <translation>コマンド(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>引数(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>環境変数(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>アドレス(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>ヘッダー(&amp;H)</translation>
    </message>
    <message>
        <source>Allowed without asking</source>
        <translation>確認なしで許可</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>サーバーの編集</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>新しいサーバー</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>サーバーに名前を付けてください。</translation>
    </message>
    <message>
        <source>The name is too long: at most {count} characters.</source>
        <translation>名前が長すぎます。{count} 文字以内にしてください。</translation>
    </message>
    <message>
        <source>There is already a server called “{name}”.</source>
        <translation>「{name}」という名前のサーバーは既にあります。</translation>
    </message>
    <message>
        <source>Say which program to start (the command).</source>
        <translation>起動するプログラム（コマンド）を指定してください。</translation>
    </message>
    <message>
        <source>“{name}” cannot be the name of an environment variable: use letters, digits and _, not starting with a digit.</source>
        <translation>「{name}」は環境変数の名前として使用できません。英字、数字、_ を使い、数字以外で始めてください。</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://, like https://tools.example.com/mcp.</source>
        <translation>アドレスは https://tools.example.com/mcp のように、http:// または https:// で始める必要があります。</translation>
    </message>
    <message>
        <source>“{name}” cannot be the name of a header: use letters, digits and -.</source>
        <translation>「{name}」はヘッダーの名前として使用できません。英字、数字、- を使用してください。</translation>
    </message>
    <message>
        <source>“{name}” is there twice.</source>
        <translation>「{name}」が重複しています。</translation>
    </message>
    <message>
        <source>Type a value for “{name}”.</source>
        <translation>「{name}」の値を入力してください。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Your settings file was damaged, so Desktop Chat started with its default settings. The damaged file was kept as {name}.</source>
        <translation>設定ファイルが破損していたため、Desktop Chat は既定の設定で起動しました。破損したファイルは {name} として保存されています。</translation>
    </message>
    <message>
        <source>no proxy (direct connection)</source>
        <translation>プロキシなし（直接接続）</translation>
    </message>
    <message>
        <source>no proxy (direct connection) ({variable} covers {host})</source>
        <translation>プロキシなし（直接接続。{host} は {variable} の対象です）</translation>
    </message>
    <message>
        <source>{url} (from settings)</source>
        <translation>{url}（設定の値）</translation>
    </message>
    <message>
        <source>the proxy that the automatic settings at {url} choose for each address</source>
        <translation>{url} の自動設定が接続先ごとに選ぶプロキシ</translation>
    </message>
    <message>
        <source>{url} (from the system&apos;s settings)</source>
        <translation>{url}（システムの設定の値）</translation>
    </message>
    <message>
        <source>{url} (from {variable})</source>
        <translation>{url}（{variable} の値）</translation>
    </message>
    <message>
        <source>from {variable}</source>
        <translation>{variable} から取得</translation>
    </message>
    <message>
        <source>offline demo (no key)</source>
        <translation>オフラインデモ（キーなし）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>set</source>
        <translation>設定済み</translation>
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
        <translation>現在のキー: {hint}</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>置き換え…</translation>
    </message>
    <message>
        <source>Replace key</source>
        <translation>キーを置き換え</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続のテスト</translation>
    </message>
    <message>
        <source>Check the key and address with the gateway</source>
        <translation>キーとアドレスをゲートウェイで確認します</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>新しい API キー</translation>
    </message>
    <message>
        <source>Kept in {location}, never in a file.</source>
        <translation>{location}に保存され、ファイルには保存されません。</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>ゲートウェイのアドレス</translation>
    </message>
    <message>
        <source>In use now: {address} (set by {variable} for this run). The address above is saved for when that variable is gone.</source>
        <translation>現在使用中: {address}（今回の起動では {variable} で設定）。上のアドレスは、その変数がなくなったときのために保存されます。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Gateway &amp;address</source>
        <translation>ゲートウェイのアドレス(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Proxy</source>
        <translation>プロキシ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>証明書(&amp;C)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language of the app&apos;s words. It changes at once.</source>
        <translation>アプリの表示言語です。すぐに切り替わります。</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>システムと同じ（{language}）</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字のサイズ</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定値</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>文字のサイズ(&amp;S)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>設定を保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定のページ</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>Tool calls in a row</source>
        <translation>連続するツール呼び出し</translation>
    </message>
    <message>
        <source>After this many rounds of tool calls in one answer, the app stops asking the model again</source>
        <translation>1 つの回答でツール呼び出しがこの回数続くと、アプリはモデルへの再要求を停止します</translation>
    </message>
    <message>
        <source>Time limit of one tool call</source>
        <translation>1 回のツール呼び出しの制限時間</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Tool calls in a &amp;row, at most</source>
        <translation>連続するツール呼び出しの上限(&amp;R)</translation>
    </message>
    <message>
        <source>Time &amp;limit of one call</source>
        <translation>1 回の呼び出しの制限時間(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>テストをキャンセル</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>バックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>現在のキーを維持</translation>
    </message>
    <message>
        <source>Keep current key</source>
        <translation>現在のキーを維持</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Send the message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>メッセージ内で改行</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>回答を停止</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>チャットを検索</translation>
    </message>
    <message>
        <source>Focus the message box</source>
        <translation>メッセージ欄にフォーカス</translation>
    </message>
    <message>
        <source>Previous chat</source>
        <translation>前のチャット</translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation>次のチャット</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>チャットの名前を変更</translation>
    </message>
    <message>
        <source>Delete chat (with undo)</source>
        <translation>チャットを削除（元に戻せます）</translation>
    </message>
    <message>
        <source>Undo delete, while the notice shows</source>
        <translation>削除を元に戻す（通知の表示中）</translation>
    </message>
    <message>
        <source>Copy the selection</source>
        <translation>選択範囲をコピー</translation>
    </message>
    <message>
        <source>Export the chat</source>
        <translation>チャットをエクスポート</translation>
    </message>
    <message>
        <source>Print the chat</source>
        <translation>チャットを印刷</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>サイドバーの表示/非表示を切り替え</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Right-click a chat in the list for Rename, Pin, Archive, Export and Delete.</source>
        <translation>一覧のチャットを右クリックすると、名前の変更、ピン留め、アーカイブ、エクスポート、削除を行えます。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Saved as the default for new chats.</source>
        <translation>新しいチャットの既定値として保存しました。</translation>
    </message>
</context>
<context>
    <name>StartupNotices</name>
    <message>
        <source>it cannot be read</source>
        <translation>読み取れません</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>大きすぎます</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>有効な JSON ではありません</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>an unknown key</source>
        <translation>不明なキー</translation>
    </message>
    <message>
        <source>a value of the wrong type</source>
        <translation>型が正しくない値</translation>
    </message>
    <message>
        <source>a value that can&apos;t be used</source>
        <translation>使用できない値</translation>
    </message>
    <message>
        <source>a rule listed in defaults_only</source>
        <translation>defaults_only に含まれている規則</translation>
    </message>
    <message>
        <source>a default model that is not among the allowed models</source>
        <translation>許可されたモデルに含まれていない既定のモデル</translation>
    </message>
    <message>
        <source>{what} at “{key}” in {source}</source>
        <translation>{source} の「{key}」: {what}</translation>
    </message>
    <message>
        <source>{what}: {source}</source>
        <translation>{source}: {what}</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy has a mistake, so Desktop Chat uses the last policy that worked. Please tell your IT department.</source>
        <translation>組織のポリシーに誤りがあるため、Desktop Chat は最後に正常に機能したポリシーを使用しています。IT 部門にお知らせください。</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy has a mistake, so Desktop Chat started with its own defaults. Please tell your IT department.</source>
        <translation>組織のポリシーに誤りがあるため、Desktop Chat は独自の既定値で起動しました。IT 部門にお知らせください。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Not connected yet</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>The gateway has not been contacted yet.</source>
        <translation>ゲートウェイにはまだ接続していません。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Checking the gateway.</source>
        <translation>ゲートウェイを確認しています。</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>The gateway answered.</source>
        <translation>ゲートウェイが応答しました。</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Can&apos;t reach the gateway. Your history, search and settings still work.</source>
        <translation>ゲートウェイに接続できません。履歴、検索、設定は引き続き使用できます。</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>オフラインデモ</translation>
    </message>
    <message>
        <source>Talking to the built-in demo gateway; no key is used.</source>
        <translation>内蔵のデモゲートウェイと通信しています。キーは使用されません。</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>API キーなし</translation>
    </message>
    <message>
        <source>Add your key in Settings (Ctrl+,).</source>
        <translation>設定 (Ctrl+,) でキーを追加してください。</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <source>Answer tokens</source>
        <translation>回答のトークン数</translation>
    </message>
    <message>
        <source>Conversation usage</source>
        <translation>会話の使用量</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>回答を待っています…</translation>
    </message>
    <message>
        <source>Answering… {approx}{tokens} tokens</source>
        <translation>回答中… {approx}{tokens} トークン</translation>
    </message>
    <message>
        <source>Last answer: {approx}{tokens} tokens</source>
        <translation>前回の回答: {approx}{tokens} トークン</translation>
    </message>
    <message>
        <source>This chat: {tokens} tokens</source>
        <translation>このチャット: {tokens} トークン</translation>
    </message>
    <message>
        <source>Tokens of every answer, summary and title of this chat.</source>
        <translation>このチャットのすべての回答、要約、タイトルのトークン数です。</translation>
    </message>
    <message>
        <source>This chat: {tokens} tokens · ≈ {cost}</source>
        <translation>このチャット: {tokens} トークン · ≈ {cost}</translation>
    </message>
    <message>
        <source>Tokens of every answer, summary and title of this chat. The cost is an estimate from list prices (Settings → Models); your gateway may charge differently.</source>
        <translation>このチャットのすべての回答、要約、タイトルのトークン数です。コストは公開価格に基づく推定値です（設定 → モデル）。ゲートウェイの請求額とは異なる場合があります。</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Check that you may write to the history file and its folder, then restart the app.</source>
        <translation>履歴ファイルとそのフォルダーへの書き込み権限があることを確認してから、アプリを再起動してください。</translation>
    </message>
    <message>
        <source>Your chat history could not be read or saved.</source>
        <translation>チャット履歴を読み取る、または保存することができませんでした。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, restart the app.</source>
        <translation>もう一度お試しください。繰り返し発生する場合は、アプリを再起動してください。</translation>
    </message>
    <message>
        <source>Your chat history was saved by a newer version of Desktop Chat. Please update; nothing was changed.</source>
        <translation>チャット履歴は新しいバージョンの Desktop Chat で保存されています。アップデートしてください。何も変更されていません。</translation>
    </message>
    <message>
        <source>Install the latest version of Desktop Chat.</source>
        <translation>最新バージョンの Desktop Chat をインストールしてください。</translation>
    </message>
    <message>
        <source>The disk is full, so {name} could not be written.</source>
        <translation>ディスクがいっぱいのため、{name} を書き込めませんでした。</translation>
    </message>
    <message>
        <source>The disk is full, so the last change could not be saved. Everything saved before is safe.</source>
        <translation>ディスクがいっぱいのため、最後の変更を保存できませんでした。それまでに保存された内容は安全です。</translation>
    </message>
    <message>
        <source>Free some disk space, then try again.</source>
        <translation>ディスクの空き容量を増やしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your chat history file can&apos;t be changed (it is read-only), so nothing new can be saved. Everything saved before is safe.</source>
        <translation>チャット履歴ファイルが読み取り専用で変更できないため、新しい内容を保存できません。それまでに保存された内容は安全です。</translation>
    </message>
    <message>
        <source>The folder for your chat history can&apos;t be created, so nothing can be saved.</source>
        <translation>チャット履歴用のフォルダーを作成できないため、何も保存できません。</translation>
    </message>
    <message>
        <source>Your chat history needs a one-time update, but the file is read-only.</source>
        <translation>チャット履歴を 1 回だけ更新する必要がありますが、ファイルが読み取り専用です。</translation>
    </message>
    <message>
        <source>Your chat history file is damaged and can&apos;t be opened. It has been left exactly as it was.</source>
        <translation>チャット履歴ファイルが破損しているため、開けません。ファイルは元のまま残されています。</translation>
    </message>
    <message>
        <source>Keep a copy of the file for support, then start a new history.</source>
        <translation>サポート用にファイルのコピーを保管してから、新しい履歴を作成してください。</translation>
    </message>
    <message>
        <source>Your chat history is being used by another program right now.</source>
        <translation>チャット履歴は現在ほかのプログラムで使用されています。</translation>
    </message>
    <message>
        <source>Close other copies of Desktop Chat, then try again.</source>
        <translation>ほかに開いている Desktop Chat を閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your chat history file could not be read or written.</source>
        <translation>チャット履歴ファイルの読み取りまたは書き込みができませんでした。</translation>
    </message>
    <message>
        <source>Check that the disk is connected and that you may write to the history folder.</source>
        <translation>ディスクが接続されていること、および履歴フォルダーへの書き込み権限があることを確認してください。</translation>
    </message>
    <message>
        <source>Your chat history can&apos;t be opened safely on this drive.</source>
        <translation>このドライブではチャット履歴を安全に開けません。</translation>
    </message>
    <message>
        <source>Keep the history on a local disk.</source>
        <translation>履歴はローカル ディスクに保存してください。</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}).</source>
        <translation>{name} を書き込めませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>{name} could not be written.</source>
        <translation>{name} を書き込めませんでした。</translation>
    </message>
    <message>
        <source>Choose another folder and try again.</source>
        <translation>別のフォルダーを選んで、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file could not be imported: {problem} (at {where}).</source>
        <translation>ファイルをインポートできませんでした: {problem}（場所: {where}）。</translation>
    </message>
    <message>
        <source>The file could not be imported: {problem}.</source>
        <translation>ファイルをインポートできませんでした: {problem}。</translation>
    </message>
    <message>
        <source>{what_happened} Your history was not changed.</source>
        <translation>{what_happened} 履歴は変更されていません。</translation>
    </message>
    <message>
        <source>Check that you chose the right file and that it is complete; nothing was imported.</source>
        <translation>正しいファイルを選んだこと、およびファイルが完全であることを確認してください。何もインポートされていません。</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>ファイルを読み取れませんでした</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>ファイルが UTF-8 テキストではありません</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>the file ends too early (it may be truncated)</source>
        <translation>ファイルが途中で終わっています（切り詰められている可能性があります）</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>ファイルが有効な JSON ではありません</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be an export</source>
        <translation>ファイルの入れ子が深すぎるため、エクスポートファイルとは見なせません</translation>
    </message>
    <message>
        <source>a part of the file is too big to be read</source>
        <translation>ファイルの一部が大きすぎて読み取れません</translation>
    </message>
    <message>
        <source>the zip file is damaged</source>
        <translation>zip ファイルが破損しています</translation>
    </message>
    <message>
        <source>the zip file has no conversations.json in it</source>
        <translation>zip ファイルに conversations.json が含まれていません</translation>
    </message>
    <message>
        <source>a ChatGPT export should hold a list of conversations</source>
        <translation>ChatGPT のエクスポートには会話の一覧が含まれている必要があります</translation>
    </message>
    <message>
        <source>this is not a Desktop Chat export (&apos;format&apos; is missing or unknown)</source>
        <translation>Desktop Chat のエクスポートではありません（&apos;format&apos; がないか、不明な値です）</translation>
    </message>
    <message>
        <source>it was written by a newer version of Desktop Chat</source>
        <translation>新しいバージョンの Desktop Chat で書き込まれています</translation>
    </message>
    <message>
        <source>{name} is missing</source>
        <translation>{name} がありません</translation>
    </message>
    <message>
        <source>{name} should be an object</source>
        <translation>{name} はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>{name} should be a list</source>
        <translation>{name} はリストである必要があります</translation>
    </message>
    <message>
        <source>{name} should be text</source>
        <translation>{name} はテキストである必要があります</translation>
    </message>
    <message>
        <source>{name} should be a number</source>
        <translation>{name} は数値である必要があります</translation>
    </message>
    <message>
        <source>{name} should be a whole number</source>
        <translation>{name} は整数である必要があります</translation>
    </message>
    <message>
        <source>{name} should be true or false</source>
        <translation>{name} は true または false である必要があります</translation>
    </message>
    <message>
        <source>{name} has an invalid value</source>
        <translation>{name} の値が無効です</translation>
    </message>
    <message>
        <source>{name} does not point to an earlier message of the conversation</source>
        <translation>{name} が会話内の以前のメッセージを指していません</translation>
    </message>
    <message>
        <source>its messages form a loop</source>
        <translation>メッセージの参照がループしています</translation>
    </message>
    <message>
        <source>the file is not an export this app can read</source>
        <translation>このアプリで読み取れるエクスポートファイルではありません</translation>
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
        <translation>要約の元になった以前のメッセージの代わりに、モデルに送信されます。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>要約を編集</translation>
    </message>
    <message>
        <source>Change what is sent in place of the earlier messages</source>
        <translation>以前のメッセージの代わりに送信される内容を変更します</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove summary</source>
        <translation>要約を削除</translation>
    </message>
    <message>
        <source>Stop sending this summary</source>
        <translation>この要約の送信を停止します</translation>
    </message>
    <message numerus="yes">
        <source>Summary of the %Ln earlier message(s)</source>
        <translation>
            <numerusform>以前のメッセージ %Ln 件の要約</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary of the earlier messages</source>
        <translation>以前のメッセージの要約</translation>
    </message>
    <message>
        <source>{title}, written by {model}</source>
        <translation>{title}（{model} が作成）</translation>
    </message>
    <message>
        <source>Summary text</source>
        <translation>要約のテキスト</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Ctrl+Enter で保存、Esc でキャンセル</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel editing the summary</source>
        <translation>要約の編集をキャンセル</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>要約を保存</translation>
    </message>
    <message>
        <source>Save the summary (Ctrl+Enter)</source>
        <translation>要約を保存 (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>SupportController</name>
    <message>
        <source>The diagnostic report is being put together…</source>
        <translation>診断レポートを作成しています…</translation>
    </message>
    <message>
        <source>Putting the diagnostic report together and testing the connection…</source>
        <translation>診断レポートを作成し、接続をテストしています…</translation>
    </message>
    <message>
        <source>The diagnostic report was copied. Paste it into your message to IT.</source>
        <translation>診断レポートをコピーしました。IT 担当者へのメッセージに貼り付けてください。</translation>
    </message>
    <message>
        <source>The request was copied as a curl command. The key is not in it: set DESKTOP_CHAT_API_KEY before running it.</source>
        <translation>リクエストを curl コマンドとしてコピーしました。キーは含まれていないため、実行する前に DESKTOP_CHAT_API_KEY を設定してください。</translation>
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
        <translation>通知を閉じる</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ToolApprovals</name>
    <message>
        <source>A tool is waiting for your go-ahead in another chat.</source>
        <translation>別のチャットで、ツールが許可を待っています。</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>What the tool says it does</source>
        <translation>ツールの説明（ツール自身による）</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>今回のみ許可</translation>
    </message>
    <message>
        <source>Allow {tool} this time</source>
        <translation>今回は {tool} を許可します</translation>
    </message>
    <message>
        <source>Always allow this tool</source>
        <translation>このツールを常に許可</translation>
    </message>
    <message>
        <source>Always allow {tool}, without asking again</source>
        <translation>今後は確認せずに {tool} を常に許可します</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Do not let {tool} run</source>
        <translation>{tool} の実行を許可しません</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>折りたたむ</translation>
    </message>
    <message>
        <source>Show the arguments folded</source>
        <translation>引数を折りたたんで表示します</translation>
    </message>
    <message>
        <source>Show all of the arguments</source>
        <translation>引数をすべて表示します</translation>
    </message>
    <message>
        <source>Show or hide what {tool} was given and returned</source>
        <translation>{tool} に渡された内容と返された内容の表示/非表示を切り替えます</translation>
    </message>
    <message>
        <source>{sentence} ({duration})</source>
        <translation>{sentence}（{duration}）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation>詳細の表示/非表示を切り替えます</translation>
    </message>
    <message>
        <source>Result of {tool}</source>
        <translation>{tool} の結果</translation>
    </message>
    <message>
        <source>Show the start of the result</source>
        <translation>結果の先頭部分を表示します</translation>
    </message>
    <message>
        <source>Show all of the result</source>
        <translation>結果をすべて表示します</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <source>The model kept calling tools ({rounds} times in a row), so the app stopped it. Ask it to go on if you want more.</source>
        <translation>モデルがツールを呼び出し続けた（{rounds} 回連続）ため、アプリが停止しました。続きが必要な場合は、続けるよう依頼してください。</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>Wants to use {tool} from {server}</source>
        <translation>{server} の {tool} を使用しようとしています</translation>
    </message>
    <message>
        <source>Wants to use {tool}</source>
        <translation>{tool} を使用しようとしています</translation>
    </message>
    <message>
        <source>The model wants to use {tool} from {server}</source>
        <translation>モデルが {server} の {tool} を使用しようとしています</translation>
    </message>
    <message>
        <source>The model wants to use {tool}</source>
        <translation>モデルが {tool} を使用しようとしています</translation>
    </message>
    <message>
        <source>Only reads</source>
        <translation>読み取りのみ</translation>
    </message>
    <message>
        <source>Can change or delete things</source>
        <translation>データを変更または削除する可能性があります</translation>
    </message>
    <message>
        <source>The tool does not describe itself.</source>
        <translation>このツールには説明がありません。</translation>
    </message>
    <message>
        <source>This tool was not offered to the model; nothing is known about it.</source>
        <translation>このツールはモデルに提供されていないため、詳細は不明です。</translation>
    </message>
    <message>
        <source>These arguments are not valid JSON. They are shown as the model wrote them.</source>
        <translation>この引数は有効な JSON ではありません。モデルが書いたとおりに表示しています。</translation>
    </message>
    <message>
        <source>These arguments are not a JSON object, which tools expect.</source>
        <translation>この引数は JSON オブジェクトではありません。ツールには JSON オブジェクトが必要です。</translation>
    </message>
    <message>
        <source>No arguments.</source>
        <translation>引数なし。</translation>
    </message>
    <message>
        <source>Running {tool}… {elapsed}</source>
        <translation>{tool} を実行中… {elapsed}</translation>
    </message>
    <message>
        <source>Starting {tool}…</source>
        <translation>{tool} を開始しています…</translation>
    </message>
    <message>
        <source>{tool} is waiting for its turn.</source>
        <translation>{tool} は順番を待っています。</translation>
    </message>
    <message>
        <source>{tool} was not run.</source>
        <translation>{tool} は実行されませんでした。</translation>
    </message>
    <message>
        <source>Used {tool}</source>
        <translation>{tool} を使用しました</translation>
    </message>
    <message>
        <source>{tool} did not work. The model was told what went wrong.</source>
        <translation>{tool} は正常に動作しませんでした。問題の内容はモデルに伝えられました。</translation>
    </message>
    <message>
        <source>{tool} took too long and was stopped. The model was told.</source>
        <translation>{tool} は時間がかかりすぎたため停止しました。このことはモデルに伝えられました。</translation>
    </message>
    <message>
        <source>You did not allow {tool}. The model was told.</source>
        <translation>{tool} は許可されませんでした。このことはモデルに伝えられました。</translation>
    </message>
    <message>
        <source>{tool} was stopped with the answer.</source>
        <translation>{tool} は回答とともに停止しました。</translation>
    </message>
    <message>
        <source>The model asked for {tool} with arguments that make no sense, so it was not run.</source>
        <translation>モデルが意味をなさない引数で {tool} を要求したため、実行されませんでした。</translation>
    </message>
    <message>
        <source>The model asked for a tool that does not exist ({tool}), so nothing was run.</source>
        <translation>モデルが存在しないツール（{tool}）を要求したため、何も実行されませんでした。</translation>
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
        <translation>モデルに伝えられた内容</translation>
    </message>
    <message>
        <source>Show all ({count} characters)</source>
        <translation>すべて表示（{count} 文字）</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} characters.</source>
        <translation>{total} 文字のうち最初の {shown} 文字を表示しています。</translation>
    </message>
    <message>
        <source>● ready ({tools})</source>
        <translation>● 準備完了（{tools}）</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>失敗: {reason}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Connected, but the server offers no tools.</source>
        <translation>接続しましたが、このサーバーにはツールがありません。</translation>
    </message>
    <message>
        <source>Connected: {tools} — {names}</source>
        <translation>接続しました: {tools} — {names}</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>接続できませんでした: {reason}</translation>
    </message>
    <message>
        <source>its program was not found — check the command, or install it</source>
        <translation>プログラムが見つかりません — コマンドを確認するか、プログラムをインストールしてください</translation>
    </message>
    <message>
        <source>its program could not be started</source>
        <translation>プログラムを起動できませんでした</translation>
    </message>
    <message>
        <source>its address did not answer — check the URL and your connection</source>
        <translation>アドレスから応答がありません — URL と接続を確認してください</translation>
    </message>
    <message>
        <source>it started but did not answer like a tool server</source>
        <translation>起動しましたが、ツールサーバーとして応答しませんでした</translation>
    </message>
    <message>
        <source>it stopped; it is started again shortly</source>
        <translation>停止しました。まもなく再起動されます</translation>
    </message>
    <message>
        <source>a secret value it needs is missing — enter it again in Settings → Tools</source>
        <translation>必要なシークレット値がありません — 設定 → ツールでもう一度入力してください</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>Tools let the model use other programs — a calendar, a ticket tracker, files — through MCP servers. Each use asks you first unless you allow the tool always.</source>
        <translation>ツールを使うと、モデルは MCP サーバーを通じてほかのプログラム（カレンダー、チケット管理、ファイルなど）を利用できます。ツールを常に許可しない限り、使用するたびに確認されます。</translation>
    </message>
    <message>
        <source>Saved in {path}</source>
        <translation>保存先: {path}</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>ツールサーバー</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>No tool servers yet. Add one, or ask your IT contact for an mcp.json file.</source>
        <translation>ツールサーバーはまだありません。追加するか、IT 担当者に mcp.json ファイルを依頼してください。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>ツールサーバーを追加</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Edit the tool server</source>
        <translation>ツールサーバーを編集</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the tool server</source>
        <translation>ツールサーバーを削除</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Test the tool server</source>
        <translation>ツールサーバーをテスト</translation>
    </message>
    <message>
        <source>Connect to the server and list its tools</source>
        <translation>サーバーに接続してツールの一覧を取得します</translation>
    </message>
    <message>
        <source>Tick to use this server; untick to keep it but not start it</source>
        <translation>オンにするとこのサーバーを使用します。オフにすると、サーバーは残りますが起動しません</translation>
    </message>
    <message>
        <source>{server} ({set_by})</source>
        <translation>{server}（{set_by}）</translation>
    </message>
    <message>
        <source>Allowed without asking: {tools}</source>
        <translation>確認なしで許可: {tools}</translation>
    </message>
    <message>
        <source>Every tool of this server asks before it runs.</source>
        <translation>このサーバーのツールはすべて、実行前に確認します。</translation>
    </message>
    <message>
        <source>Remove tool server?</source>
        <translation>ツールサーバーを削除しますか？</translation>
    </message>
    <message>
        <source>Remove the server “{name}”?</source>
        <translation>サーバー「{name}」を削除しますか？</translation>
    </message>
    <message>
        <source>The model can no longer use its tools. Chats that used them keep what they showed.</source>
        <translation>モデルはこのサーバーのツールを使用できなくなります。ツールを使用したチャットには、表示された内容がそのまま残ります。</translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation>{name} に接続しています…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>テストをキャンセルしました。</translation>
    </message>
</context>
<context>
    <name>ToolsRow</name>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Use tools in this chat</source>
        <translation>このチャットでツールを使用</translation>
    </message>
    <message>
        <source>When on, the model may ask to use these tools in this chat</source>
        <translation>オンにすると、このチャットでモデルがこれらのツールの使用を求めることがあります</translation>
    </message>
    <message>
        <source>Tools: {servers} ({tools})</source>
        <translation>ツール: {servers}（{tools}）</translation>
    </message>
    <message>
        <source>Tools: none working</source>
        <translation>ツール: 動作中のものはありません</translation>
    </message>
    <message>
        <source>Not working: {servers}</source>
        <translation>動作していません: {servers}</translation>
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
        <translation>Desktop Chat {version} が利用可能です。</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>Usage chart</source>
        <translation>使用量のグラフ</translation>
    </message>
    <message>
        <source>Tokens per month</source>
        <translation>月別のトークン数</translation>
    </message>
    <message>
        <source>Estimated cost per month</source>
        <translation>月別の推定コスト</translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation>日別のトークン数</translation>
    </message>
    <message>
        <source>Estimated cost per day</source>
        <translation>日別の推定コスト</translation>
    </message>
    <message>
        <source>{what}; the highest: {when}.</source>
        <translation>{what}。最大: {when}。</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>入力トークン</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>出力トークン</translation>
    </message>
    <message>
        <source>Estimated cost (US dollars)</source>
        <translation>推定コスト（米ドル）</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト数</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>合計トークン数</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>推定コスト</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
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
        <translation>{amount} + 不明</translation>
    </message>
    <message>
        <source>No price is known for this model, so its cost can&apos;t be estimated.</source>
        <translation>このモデルの価格が不明なため、コストを推定できません。</translation>
    </message>
    <message>
        <source>Some of these tokens are of a model with no known price: the real cost is higher than the estimate.</source>
        <translation>これらのトークンの一部は価格が不明なモデルのものです。実際のコストは推定額より高くなります。</translation>
    </message>
    <message>
        <source>An estimate from list prices per million tokens.</source>
        <translation>100 万トークンあたりの公開価格に基づく推定値です。</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>不明なモデル</translation>
    </message>
    <message>
        <source>Deleted chats (summaries and titles)</source>
        <translation>削除されたチャット（要約とタイトル）</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>無題のチャット</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>先月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Requests: {requests} · Tokens: {total} ({input} in, {output} out) · Estimated cost: {cost}</source>
        <translation>リクエスト数: {requests} · トークン数: {total}（入力 {input}、出力 {output}） · 推定コスト: {cost}</translation>
    </message>
    <message>
        <source>summaries of long chats: {tokens} tokens ({cost})</source>
        <translation>長いチャットの要約: {tokens} トークン（{cost}）</translation>
    </message>
    <message>
        <source>chat titles: {tokens} tokens ({cost})</source>
        <translation>チャットのタイトル: {tokens} トークン（{cost}）</translation>
    </message>
    <message>
        <source>Included above, the app&apos;s own requests — {parts}.</source>
        <translation>上記には、アプリ自身のリクエストが含まれています — {parts}。</translation>
    </message>
    <message>
        <source>Costs are estimates from list prices per million tokens; your gateway&apos;s bill may differ. “unknown” means no price is known for that model. Only answers whose gateway reported their token counts are counted.</source>
        <translation>コストは 100 万トークンあたりの公開価格に基づく推定値で、ゲートウェイの請求額とは異なる場合があります。「不明」は、そのモデルの価格がわからないことを示します。集計されるのは、ゲートウェイがトークン数を報告した回答のみです。</translation>
    </message>
    <message>
        <source>No usage yet. Tokens are counted for each answer once the gateway reports them.</source>
        <translation>使用量はまだありません。トークン数は、ゲートウェイが報告した時点で回答ごとに集計されます。</translation>
    </message>
    <message>
        <source>No usage in this period yet. Tokens are counted for each answer once the gateway reports them; choose a longer period to see earlier chats.</source>
        <translation>この期間の使用量はまだありません。トークン数は、ゲートウェイが報告した時点で回答ごとに集計されます。以前のチャットを表示するには、より長い期間を選んでください。</translation>
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
リクエスト数: {requests}
入力トークン: {input}
出力トークン: {output}
推定コスト: {cost}</translation>
    </message>
    <message>
        <source>The usage could not be shown: {reason}</source>
        <translation>使用量を表示できませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>UsageWindow</name>
    <message>
        <source>Usage</source>
        <translation>使用量</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>集計単位</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Chart shows</source>
        <translation>グラフの表示内容</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV をエクスポート</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <source>Show &amp;by:</source>
        <translation>集計単位(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>グラフ(&amp;C):</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>About the estimates</source>
        <translation>推定値について</translation>
    </message>
    <message>
        <source>Usage table</source>
        <translation>使用量の表</translation>
    </message>
    <message>
        <source>No usage</source>
        <translation>使用量なし</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>集計中…</translation>
    </message>
    <message>
        <source>Export usage</source>
        <translation>使用量のエクスポート</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV スプレッドシート (*.csv)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>The CSV file was not saved: {reason}</source>
        <translation>CSV ファイルは保存されませんでした: {reason}</translation>
    </message>
    <message>
        <source>Saved {name} ({when}).</source>
        <translation>{name} を保存しました（{when}）。</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>This computer has no password store, so your key can be kept only until you close the app.</source>
        <translation>このコンピューターにはパスワードストアがないため、キーはアプリを閉じるまでの間だけ保持されます。</translation>
    </message>
    <message>
        <source>This address uses plain HTTP: your key would travel unencrypted.</source>
        <translation>このアドレスは暗号化されていない HTTP を使用しています。キーが暗号化されずに送信されます。</translation>
    </message>
    <message>
        <source>Test and continue</source>
        <translation>テストして続行</translation>
    </message>
    <message>
        <source>Keep for this session and continue</source>
        <translation>このセッションのみ保持して続行</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Desktop Chat</source>
        <translation>Desktop Chat へようこそ</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Paste the API key you were given to start chatting. You can change it later in Settings.</source>
        <translation>チャットを始めるには、受け取った API キーを貼り付けてください。キーは後から設定で変更できます。</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>ゲートウェイのアドレス</translation>
    </message>
    <message>
        <source>The address of your organisation&apos;s chat gateway</source>
        <translation>組織のチャットゲートウェイのアドレス</translation>
    </message>
    <message>
        <source>Your key is kept in {location}, never in a file.</source>
        <translation>キーは {location}に保存され、ファイルには保存されません。</translation>
    </message>
    <message>
        <source>Keep the key only until I close the app</source>
        <translation>アプリを閉じるまでの間だけキーを保持する</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>このセッションのみ保持</translation>
    </message>
    <message>
        <source>Try the offline demo (no key needed)</source>
        <translation>オフラインデモを試す（キーは不要）</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>オフラインデモを試す</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>テストをキャンセル</translation>
    </message>
    <message>
        <source>Check the key and the address with the gateway, then start</source>
        <translation>キーとアドレスをゲートウェイで確認してから開始します</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API キー(&amp;K)</translation>
    </message>
    <message>
        <source>Gateway &amp;address</source>
        <translation>ゲートウェイのアドレス(&amp;A)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>About Desktop Chat</source>
        <translation>Desktop Chat について</translation>
    </message>
    <message>
        <source>Chat with the models of your organisation&apos;s gateway. Your chats are kept on this computer in:
{folder}</source>
        <translation>組織のゲートウェイを通じて、さまざまなモデルとチャットできます。チャットはこのコンピューターの次の場所に保存されます:
{folder}</translation>
    </message>
</context>
</TS>
