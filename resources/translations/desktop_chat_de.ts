<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnswerImage</name>
    <message>
        <source>Image {name}</source>
        <translation>Bild {name}</translation>
    </message>
    <message>
        <source>Open larger</source>
        <translation>Größer öffnen</translation>
    </message>
    <message>
        <source>Open the image larger</source>
        <translation>Bild größer öffnen</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <source>Save the image to a file</source>
        <translation>Bild in einer Datei speichern</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation>Bild in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Save image</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>“{name}” is not available right now, so nothing was saved.</source>
        <translation>„{name}“ ist gerade nicht verfügbar, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>“{name}” is no longer in your history, so nothing was saved.</source>
        <translation>„{name}“ ist nicht mehr in Ihrem Verlauf, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>“{name}” could not be saved there. Choose another folder.</source>
        <translation>„{name}“ konnte dort nicht gespeichert werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>“{name}” is no longer in your history.</source>
        <translation>„{name}“ ist nicht mehr in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Nicht kopiert</translation>
    </message>
    <message>
        <source>“{name}” can&apos;t be copied: it is not a picture this app can show.</source>
        <translation>„{name}“ kann nicht kopiert werden: Es ist kein Bild, das diese App anzeigen kann.</translation>
    </message>
    <message>
        <source>“{name}” is not available right now.</source>
        <translation>„{name}“ ist gerade nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Image {name}, {detail}</source>
        <translation>Bild {name}, {detail}</translation>
    </message>
    <message>
        <source>Document {name}, {detail}</source>
        <translation>Dokument {name}, {detail}</translation>
    </message>
    <message>
        <source>Press Enter to open</source>
        <translation>Zum Öffnen Enter drücken</translation>
    </message>
</context>
<context>
    <name>AttachmentChips</name>
    <message>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
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
        <translation>{type}-Bild</translation>
    </message>
    <message>
        <source>{type} document</source>
        <translation>{type}-Dokument</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} Seiten</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>gescannt</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} Pixel</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>“{name}” can&apos;t be shown.</source>
        <translation>„{name}“ kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Switch model</source>
        <translation>Modell wechseln</translation>
    </message>
    <message>
        <source>Remove the images</source>
        <translation>Bilder entfernen</translation>
    </message>
    <message>
        <source>Send pages as images</source>
        <translation>Seiten als Bilder senden</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Pictures and documents (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.docx *.xlsx *.pptx *.csv *.txt *.md *.json)</source>
        <translation>Bilder und Dokumente (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.docx *.xlsx *.pptx *.csv *.txt *.md *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Links to files on the web can&apos;t be attached. Download the file, then attach it.</source>
        <translation>Links zu Dateien im Web können nicht angehängt werden. Laden Sie die Datei herunter und hängen Sie sie dann an.</translation>
    </message>
    <message>
        <source>“{name}” could not be opened. Check that the file still exists and that you may read it.</source>
        <translation>„{name}“ konnte nicht geöffnet werden. Prüfen Sie, ob die Datei noch existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>“{name}” is a kind of file the app can&apos;t read. You can attach pictures (PNG, JPEG, WebP, GIF), PDF, Word, Excel, PowerPoint, CSV and text files.</source>
        <translation>„{name}“ ist ein Dateityp, den die App nicht lesen kann. Sie können Bilder (PNG, JPEG, WebP, GIF), PDF-, Word-, Excel-, PowerPoint-, CSV- und Textdateien anhängen.</translation>
    </message>
    <message>
        <source>“{name}” is too big to attach (the limit is 50 MB). Attach a smaller file or only the part you need.</source>
        <translation>„{name}“ ist zu groß zum Anhängen (maximal 50 MB). Hängen Sie eine kleinere Datei oder nur den benötigten Teil an.</translation>
    </message>
    <message>
        <source>“{name}” seems to be damaged and could not be read. Try saving it again from the program that made it.</source>
        <translation>„{name}“ scheint beschädigt zu sein und konnte nicht gelesen werden. Speichern Sie die Datei erneut in dem Programm, mit dem sie erstellt wurde.</translation>
    </message>
    <message>
        <source>“{name}” is protected by a password. Save a copy without the password, then attach that.</source>
        <translation>„{name}“ ist durch ein Kennwort geschützt. Speichern Sie eine Kopie ohne Kennwort und hängen Sie diese an.</translation>
    </message>
    <message>
        <source>Reading “{name}” took too long, so it was stopped. Try a smaller file, or copy the part you need into the message.</source>
        <translation>Das Lesen von „{name}“ hat zu lange gedauert und wurde abgebrochen. Versuchen Sie es mit einer kleineren Datei, oder kopieren Sie den benötigten Teil in die Nachricht.</translation>
    </message>
    <message>
        <source>“{name}” is built in an unusual way that could overload the computer, so it was not opened.</source>
        <translation>„{name}“ ist ungewöhnlich aufgebaut und könnte den Computer überlasten, daher wurde die Datei nicht geöffnet.</translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation>„{name}“ ist leer.</translation>
    </message>
    <message>
        <source>Reading “{name}” was stopped; it was not attached.</source>
        <translation>Das Lesen von „{name}“ wurde abgebrochen; die Datei wurde nicht angehängt.</translation>
    </message>
    <message>
        <source>“{name}” was not attached: a message can carry up to 20 files. Send these first, or remove some.</source>
        <translation>„{name}“ wurde nicht angehängt: Eine Nachricht kann bis zu 20 Dateien enthalten. Senden Sie zuerst diese, oder entfernen Sie einige.</translation>
    </message>
    <message>
        <source>“{name}” could not be saved in the history (is the disk full?). Nothing was attached.</source>
        <translation>„{name}“ konnte nicht im Verlauf gespeichert werden (ist der Datenträger voll?). Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <source>{model} can&apos;t see images. Switch to a model that can, or remove the images.</source>
        <translation>{model} kann keine Bilder sehen. Wechseln Sie zu einem Modell, das Bilder unterstützt, oder entfernen Sie die Bilder.</translation>
    </message>
    <message>
        <source>“{name}” is a scan: it has no text the model can read. Send its pages as images instead?</source>
        <translation>„{name}“ ist ein Scan: Die Datei enthält keinen Text, den das Modell lesen kann. Seiten stattdessen als Bilder senden?</translation>
    </message>
    <message>
        <source>“{name}” is too long for {model} (about {tokens} tokens; it reads {window}). Remove it, or switch to a model with a larger context window.</source>
        <translation>„{name}“ ist zu lang für {model} (etwa {tokens} Token; das Modell liest {window}). Entfernen Sie die Datei, oder wechseln Sie zu einem Modell mit größerem Kontextfenster.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The history could not be backed up: the folder {folder} is not there. Is its drive connected?</source>
        <translation>Der Verlauf konnte nicht gesichert werden: Der Ordner {folder} ist nicht vorhanden. Ist das Laufwerk verbunden?</translation>
    </message>
    <message>
        <source>The history could not be backed up: the disk of {folder} is full.</source>
        <translation>Der Verlauf konnte nicht gesichert werden: Der Datenträger von {folder} ist voll.</translation>
    </message>
    <message>
        <source>The backup copy failed its check, so it was not kept. The next backup tries again.</source>
        <translation>Die Sicherungskopie hat die Prüfung nicht bestanden und wurde daher nicht behalten. Bei der nächsten Sicherung wird es erneut versucht.</translation>
    </message>
    <message>
        <source>The history could not be read to back it up.</source>
        <translation>Der Verlauf konnte zum Sichern nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The history could not be backed up: the folder {folder} can&apos;t be written to.</source>
        <translation>Der Verlauf konnte nicht gesichert werden: In den Ordner {folder} kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>Backed up as {name}.</source>
        <translation>Gesichert als {name}.</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>Sicherungseinstellungen</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace your history with the backup {name}?</source>
        <translation>Ihren Verlauf durch die Sicherung {name} ersetzen?</translation>
    </message>
    <message>
        <source>Your current history is kept as {kept} in {folder}, unchanged. Desktop Chat then starts again with the backup&apos;s chats.</source>
        <translation>Ihr aktueller Verlauf wird unverändert als {kept} in {folder} aufbewahrt. Desktop Chat startet dann neu mit den Chats aus der Sicherung.</translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>Wiederherstellen und neu starten</translation>
    </message>
    <message>
        <source>This backup can&apos;t be used: it is damaged or is not a Desktop Chat history. Your current history was not changed.</source>
        <translation>Diese Sicherung kann nicht verwendet werden: Sie ist beschädigt oder kein Desktop Chat-Verlauf. Ihr aktueller Verlauf wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to your history. Your current history was not changed.</source>
        <translation>Die Sicherung konnte nicht neben Ihren Verlauf kopiert werden. Ihr aktueller Verlauf wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Back up the history &amp;every day</source>
        <translation>Verlauf täglich &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Empty: the app&apos;s own backups folder</source>
        <translation>Leer: der eigene Sicherungsordner der App</translation>
    </message>
    <message>
        <source>A synced company folder works: a backup appears there only once it is complete and checked</source>
        <translation>Ein synchronisierter Firmenordner funktioniert: Eine Sicherung erscheint dort erst, wenn sie vollständig und geprüft ist</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Neueste behalten</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Aufbewahrte Sicherungen</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> Sicherungen</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Von Ihrer Organisation festgelegt</translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation>Sicherungen im Ordner</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore from this backup…</source>
        <translation>Aus dieser Sicherung wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Aus einer &amp;Datei wiederherstellen…</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Es wurde noch keine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Letzte Sicherung: {when}</translation>
    </message>
    <message>
        <source>{when} — {size}</source>
        <translation>{when} — {size}</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation>In diesem Ordner gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>History backup (*.sqlite3)</source>
        <translation>Verlaufssicherung (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Dismiss this notice and keep waiting for the answer</source>
        <translation>Hinweis schließen und weiter auf die Antwort warten</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>Change key</source>
        <translation>Schlüssel ändern</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>Anderes Modell wählen</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Stop trying</source>
        <translation>Nicht mehr versuchen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start a new history</source>
        <translation>Neuen Verlauf beginnen</translation>
    </message>
    <message>
        <source>{error} Your message is saved and can be sent when you&apos;re back online.</source>
        <translation>{error} Ihre Nachricht ist gespeichert und kann gesendet werden, sobald Sie wieder online sind.</translation>
    </message>
    <message>
        <source>{error} — trying again in {seconds} s…</source>
        <translation>{error} – neuer Versuch in {seconds} s…</translation>
    </message>
    <message>
        <source>Add your API key to start chatting.</source>
        <translation>Fügen Sie Ihren API-Schlüssel hinzu, um mit dem Chatten zu beginnen.</translation>
    </message>
    <message>
        <source>The model is taking longer than usual.</source>
        <translation>Das Modell braucht länger als üblich.</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Weiter warten</translation>
    </message>
</context>
<context>
    <name>CertificatesChoice</name>
    <message>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Choose a certificates file</source>
        <translation>Zertifikatdatei auswählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the certificates file</source>
        <translation>Zertifikatdatei entfernen</translation>
    </message>
    <message>
        <source>Certificates from this file (PEM) are trusted as well as this computer&apos;s own, e.g. your company&apos;s inspection certificate.</source>
        <translation>Zertifikaten aus dieser Datei (PEM) wird zusätzlich zu denen dieses Computers vertraut, z. B. dem Prüfzertifikat Ihrer Firma.</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>None (this computer&apos;s certificates only)</source>
        <translation>Keine (nur die Zertifikate dieses Computers)</translation>
    </message>
    <message>
        <source>This file doesn&apos;t exist, so it can&apos;t be used. Choose it again, or remove it.</source>
        <translation>Diese Datei existiert nicht und kann daher nicht verwendet werden. Wählen Sie sie erneut aus, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>This file can&apos;t be read, so it can&apos;t be used. Choose it again, or remove it.</source>
        <translation>Diese Datei kann nicht gelesen und daher nicht verwendet werden. Wählen Sie sie erneut aus, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>This file holds no certificate in PEM form (text starting with “-----BEGIN CERTIFICATE-----”). Ask IT for the certificate as a PEM file.</source>
        <translation>Diese Datei enthält kein Zertifikat im PEM-Format (Text, der mit „-----BEGIN CERTIFICATE-----“ beginnt). Bitten Sie die IT um das Zertifikat als PEM-Datei.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Ask anything. Enter sends, Shift+Enter adds a line.</source>
        <translation>Fragen Sie, was Sie möchten. Enter sendet, Shift+Enter fügt eine Zeile hinzu.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <translation>↓  Zur neuesten</translation>
    </message>
    <message>
        <source>Jump to latest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
    <message>
        <source>Remove summary?</source>
        <translation>Zusammenfassung entfernen?</translation>
    </message>
    <message>
        <source>Remove this summary?</source>
        <translation>Diese Zusammenfassung entfernen?</translation>
    </message>
    <message>
        <source>The messages it stands for stay in the chat, but the model no longer gets their gist when they do not fit in its context window.</source>
        <translation>Die zusammengefassten Nachrichten bleiben im Chat, aber das Modell erhält ihren Kern nicht mehr, wenn sie nicht in sein Kontextfenster passen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove summary</source>
        <translation>Zusammenfassung entfernen</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

{url}</source>
        <translation>Diesen Link in Ihrem Webbrowser öffnen?

{url}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>Stop reading {name}</source>
        <translation>Lesen von {name} abbrechen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Stop reading this file</source>
        <translation>Lesen dieser Datei abbrechen</translation>
    </message>
</context>
<context>
    <name>CodeBlockView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Copy this code to the clipboard</source>
        <translation>Diesen Code in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Type your message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Geben Sie Ihre Nachricht ein. Enter sendet, Shift+Enter beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nachricht…  (Enter zum Senden, Shift+Enter für neue Zeile)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Enter)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Attach files or pictures (you can also paste or drop them)</source>
        <translation>Dateien oder Bilder anhängen (Sie können sie auch einfügen oder hierher ziehen)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Antwort stoppen</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Stoppen (Esc)</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connected — 1 model available.</source>
        <translation>Verbunden – 1 Modell verfügbar.</translation>
    </message>
    <message>
        <source>Connected — {count} models available.</source>
        <translation>Verbunden – {count} Modelle verfügbar.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>Something went wrong while testing: {kind}</source>
        <translation>Beim Testen ist ein Fehler aufgetreten: {kind}</translation>
    </message>
</context>
<context>
    <name>ContextBar</name>
    <message>
        <source>Summarising stopped; nothing was changed.</source>
        <translation>Zusammenfassen abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Summary written. It is sent in place of the earlier messages; you can edit or remove it in the chat.</source>
        <translation>Zusammenfassung erstellt. Sie wird anstelle der früheren Nachrichten gesendet; Sie können sie im Chat bearbeiten oder entfernen.</translation>
    </message>
    <message>
        <source>Summarising the earlier messages…</source>
        <translation>Frühere Nachrichten werden zusammengefasst…</translation>
    </message>
    <message>
        <source>Summarising the earlier messages… part {done} of {total}</source>
        <translation>Frühere Nachrichten werden zusammengefasst… Teil {done} von {total}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>ContextDivider</name>
    <message>
        <source>The model only sees the newest messages that fit in its context window; the ones above this line are not sent. Summarising them keeps their gist: the summary is sent in their place.</source>
        <translation>Das Modell sieht nur die neuesten Nachrichten, die in sein Kontextfenster passen; die Nachrichten oberhalb dieser Linie werden nicht gesendet. Eine Zusammenfassung bewahrt ihren Kern: Sie wird an ihrer Stelle gesendet.</translation>
    </message>
    <message>
        <source>Summarise them</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>Summarise the earlier messages</source>
        <translation>Frühere Nachrichten zusammenfassen</translation>
    </message>
    <message numerus="yes">
        <source>Earlier messages are not sent to the model — %Ln message(s)</source>
        <translation>
            <numerusform>Frühere Nachrichten werden nicht an das Modell gesendet – %Ln Nachricht</numerusform>
            <numerusform>Frühere Nachrichten werden nicht an das Modell gesendet – %Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Summarising…</source>
        <translation>Wird zusammengefasst…</translation>
    </message>
    <message>
        <source>Summarising the earlier messages</source>
        <translation>Frühere Nachrichten werden zusammengefasst</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <source>the standard figure for this model</source>
        <translation>der Standardwert für dieses Modell</translation>
    </message>
    <message>
        <source>as your gateway reports it</source>
        <translation>laut Angabe Ihres Gateways</translation>
    </message>
    <message>
        <source>learned from the gateway&apos;s own error</source>
        <translation>aus der Fehlermeldung des Gateways ermittelt</translation>
    </message>
    <message>
        <source>as set in Settings</source>
        <translation>wie in den Einstellungen festgelegt</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Verwendeter Kontext</translation>
    </message>
    <message>
        <source>≈ {used} tokens</source>
        <translation>≈ {used} Token</translation>
    </message>
    <message>
        <source>≈ {used} / {window}</source>
        <translation>≈ {used} / {window}</translation>
    </message>
    <message>
        <source>About {used} tokens will be sent to {model}. Its context window is not known yet; it is learned if the gateway says the chat is too long.</source>
        <translation>Etwa {used} Token werden an {model} gesendet. Das Kontextfenster ist noch nicht bekannt; es wird ermittelt, wenn das Gateway meldet, dass der Chat zu lang ist.</translation>
    </message>
    <message>
        <source>About {used} of {window} tokens of {model}&apos;s context window ({source}).</source>
        <translation>Etwa {used} von {window} Token des Kontextfensters von {model} ({source}).</translation>
    </message>
    <message>
        <source>{reserve} tokens are kept free for the answer.</source>
        <translation>{reserve} Token bleiben für die Antwort frei.</translation>
    </message>
    <message>
        <source>Your message alone is longer than this model can take: shorten it, or choose a model with a larger window.</source>
        <translation>Ihre Nachricht allein ist länger, als dieses Modell verarbeiten kann: Kürzen Sie sie, oder wählen Sie ein Modell mit größerem Kontextfenster.</translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n message(s) will not be sent; the model sees your system prompt and the newest messages that fit.</source>
        <translation>
            <numerusform>Die älteste Nachricht wird nicht gesendet; das Modell sieht Ihren Systemprompt und die neuesten Nachrichten, die hineinpassen.</numerusform>
            <numerusform>Die ältesten %n Nachrichten werden nicht gesendet; das Modell sieht Ihren Systemprompt und die neuesten Nachrichten, die hineinpassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close to the limit: from the next messages on, the oldest ones will be left out. Summarising them keeps their gist.</source>
        <translation>Fast am Limit: Ab den nächsten Nachrichten werden die ältesten weggelassen. Eine Zusammenfassung bewahrt ihren Kern.</translation>
    </message>
    <message>
        <source>The whole chat fits: everything is sent.</source>
        <translation>Der gesamte Chat passt: Alles wird gesendet.</translation>
    </message>
    <message>
        <source>A summary is sent in place of the earliest messages.</source>
        <translation>Anstelle der ersten Nachrichten wird eine Zusammenfassung gesendet.</translation>
    </message>
    <message>
        <source>Counts are estimates; they get closer to the gateway&apos;s own with every answer.</source>
        <translation>Die Werte sind Schätzungen; mit jeder Antwort nähern sie sich den Zahlen des Gateways an.</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Chat title</source>
        <translation>Chat-Titel</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
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
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>Chat ohne Titel</translation>
    </message>
    <message>
        <source>{heading} (heading)</source>
        <translation>{heading} (Überschrift)</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>answer in progress</source>
        <translation>Antwort wird erstellt</translation>
    </message>
</context>
<context>
    <name>ConversationListPanel</name>
    <message>
        <source>No chats yet — start one with New chat (Ctrl+N)</source>
        <translation>Noch keine Chats – beginnen Sie einen mit „Neuer Chat“ (Ctrl+N)</translation>
    </message>
    <message>
        <source>No archived chats.</source>
        <translation>Keine archivierten Chats.</translation>
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
        <translation>Webseite (.html)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Neuen Chat beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <source>Search all chats (Ctrl+F)</source>
        <translation>Alle Chats durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Chat list</source>
        <translation>Chatliste</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Show archived chats</source>
        <translation>Archivierte Chats anzeigen</translation>
    </message>
    <message>
        <source>No chats match “{query}”.</source>
        <translation>Keine Chats passen zu „{query}“.</translation>
    </message>
    <message>
        <source>Actions for {title}</source>
        <translation>Aktionen für {title}</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Nicht mehr anheften</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Aus dem Archiv holen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Exportieren als</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat deleted</source>
        <translation>Chat gelöscht</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Deleted “{title}”. Undo is available for {seconds} seconds.</source>
        <translation>„{title}“ gelöscht. Rückgängig machen ist {seconds} Sekunden lang möglich.</translation>
    </message>
    <message>
        <source>Hide archived chats</source>
        <translation>Archivierte Chats ausblenden</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <source>Send a message first: a new chat gets its title then.</source>
        <translation>Senden Sie zuerst eine Nachricht: Dann erhält der neue Chat seinen Titel.</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%Ln tool(s)</source>
        <translation>
            <numerusform>%Ln Tool</numerusform>
            <numerusform>%Ln Tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln Chat</numerusform>
            <numerusform>%Ln Chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) imported.</source>
        <translation>
            <numerusform>%Ln Chat importiert.</numerusform>
            <numerusform>%Ln Chats importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) imported, {already_there} already here.</source>
        <translation>
            <numerusform>%Ln Chat importiert, {already_there} bereits vorhanden.</numerusform>
            <numerusform>%Ln Chats importiert, {already_there} bereits vorhanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more row(s) or character(s) were left out to fit.</source>
        <translation>
            <numerusform>%Ln weitere Zeile bzw. weiteres Zeichen wurde weggelassen, damit alles passt.</numerusform>
            <numerusform>%Ln weitere Zeilen oder Zeichen wurden weggelassen, damit alles passt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong — Desktop Chat</source>
        <translation>Ein Fehler ist aufgetreten – Desktop Chat</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Ein Fehler ist aufgetreten</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Ein Fehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>The app kept running and your chats are safe. If this keeps happening, send the details below to your IT contact.</source>
        <translation>Die App läuft weiter, und Ihre Chats sind sicher. Wenn das wiederholt passiert, senden Sie die Details unten an Ihre IT-Ansprechperson.</translation>
    </message>
    <message>
        <source>The details were also written to the log file: {path}</source>
        <translation>Die Details wurden auch in die Protokolldatei geschrieben: {path}</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Document preview</source>
        <translation>Dokumentvorschau</translation>
    </message>
    <message>
        <source>Text the model read</source>
        <translation>Vom Modell gelesener Text</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Save a copy of the original file</source>
        <translation>Kopie der Originaldatei speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Vorschau schließen</translation>
    </message>
    <message>
        <source>This is a scan without a text layer: the model got no text from it.</source>
        <translation>Dies ist ein Scan ohne Textebene: Das Modell hat daraus keinen Text erhalten.</translation>
    </message>
    <message>
        <source>No text was read from this file.</source>
        <translation>Aus dieser Datei wurde kein Text gelesen.</translation>
    </message>
    <message>
        <source>This is the text the model read from the file.</source>
        <translation>Dies ist der Text, den das Modell aus der Datei gelesen hat.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>${amount}</source>
        <translation>{amount} $</translation>
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
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Open a chat to export it.</source>
        <translation>Öffnen Sie einen Chat, um ihn zu exportieren.</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <source>Chat archive (*.json)</source>
        <translation>Chat-Archiv (*.json)</translation>
    </message>
    <message>
        <source>Export all chats</source>
        <translation>Alle Chats exportieren</translation>
    </message>
    <message>
        <source>Chat archives and ChatGPT exports (*.json *.zip)</source>
        <translation>Chat-Archive und ChatGPT-Exporte (*.json *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Chats importieren</translation>
    </message>
    <message>
        <source>History backup (*.sqlite3)</source>
        <translation>Verlaufssicherung (*.sqlite3)</translation>
    </message>
    <message>
        <source>Back up history</source>
        <translation>Verlauf sichern</translation>
    </message>
    <message>
        <source>Wait for the file work under way to finish, or cancel it.</source>
        <translation>Warten Sie, bis die laufende Dateiaktion abgeschlossen ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Desktop Chat</source>
        <translation>Desktop Chat</translation>
    </message>
    <message>
        <source>Imported from {name}: {counts}</source>
        <translation>Aus {name} importiert: {counts}</translation>
    </message>
    <message>
        <source>Exported {chats} to {path}</source>
        <translation>{chats} nach {path} exportiert</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Nach {path} exportiert</translation>
    </message>
    <message>
        <source>History backed up to {path}</source>
        <translation>Verlauf gesichert unter {path}</translation>
    </message>
    <message>
        <source>Exporting… {done} of {total} chats</source>
        <translation>Wird exportiert… {done} von {total} Chats</translation>
    </message>
    <message>
        <source>Importing… {percent}%</source>
        <translation>Wird importiert… {percent} %</translation>
    </message>
    <message>
        <source>Backing up… {percent}%</source>
        <translation>Wird gesichert… {percent} %</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Import abgebrochen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Export abgebrochen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Backup cancelled. No copy was made.</source>
        <translation>Sicherung abgebrochen. Es wurde keine Kopie erstellt.</translation>
    </message>
    <message>
        <source>Importing chats</source>
        <translation>Chats werden importiert</translation>
    </message>
    <message>
        <source>Exporting all chats</source>
        <translation>Alle Chats werden exportiert</translation>
    </message>
    <message>
        <source>Backing up history</source>
        <translation>Verlauf wird gesichert</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished.</source>
        <translation>Die Antwort wurde vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>Die Antwort ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The answer was still arriving.</source>
        <translation>Die Antwort wurde zu diesem Zeitpunkt noch empfangen.</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>Chat ohne Titel</translation>
    </message>
    <message>
        <source>Exported from Desktop Chat · started {when}</source>
        <translation>Exportiert aus Desktop Chat · begonnen am {when}</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Gedankengang</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
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
        <translation>de</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Formulas</name>
    <message>
        <source>Formula could not be drawn</source>
        <translation>Formel konnte nicht dargestellt werden</translation>
    </message>
</context>
<context>
    <name>Gateway</name>
    <message>
        <source>your system&apos;s password store</source>
        <translation>der Kennwortspeicher Ihres Systems</translation>
    </message>
    <message>
        <source>Add your API key to start chatting — or try the offline demo.</source>
        <translation>Fügen Sie Ihren API-Schlüssel hinzu, um mit dem Chatten zu beginnen – oder probieren Sie die Offline-Demo aus.</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>{problem} Your key is kept only until you close the app.</source>
        <translation>{problem} Ihr Schlüssel wird nur aufbewahrt, bis Sie die App schließen.</translation>
    </message>
    <message>
        <source>This is the offline demo: answers come from a built-in simulator, not a real model. Add your API key in Settings to chat for real.</source>
        <translation>Dies ist die Offline-Demo: Die Antworten stammen von einem eingebauten Simulator, nicht von einem echten Modell. Fügen Sie in den Einstellungen Ihren API-Schlüssel hinzu, um richtig zu chatten.</translation>
    </message>
    <message>
        <source>Add my key</source>
        <translation>Meinen Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>memory only (no password store)</source>
        <translation>nur im Arbeitsspeicher (kein Kennwortspeicher)</translation>
    </message>
    <message>
        <source>the {variable} environment variable</source>
        <translation>die Umgebungsvariable {variable}</translation>
    </message>
    <message>
        <source>There is no key saved for this gateway address yet.</source>
        <translation>Für diese Gateway-Adresse ist noch kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the gateway.</source>
        <translation>Bei der Verbindung mit dem Gateway ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The gateway did not accept your API key.</source>
        <translation>Das Gateway hat Ihren API-Schlüssel nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Your account can&apos;t use this model right now (quota or permission).</source>
        <translation>Ihr Konto kann dieses Modell gerade nicht verwenden (Kontingent oder Berechtigung).</translation>
    </message>
    <message>
        <source>This address doesn&apos;t look like a chat gateway.</source>
        <translation>Diese Adresse scheint kein Chat-Gateway zu sein.</translation>
    </message>
    <message>
        <source>This model isn&apos;t available with your key.</source>
        <translation>Dieses Modell ist mit Ihrem Schlüssel nicht verfügbar.</translation>
    </message>
    <message>
        <source>This conversation is too long for the model.</source>
        <translation>Dieser Chat ist zu lang für das Modell.</translation>
    </message>
    <message>
        <source>This model can&apos;t see images. Choose a model that can (Claude or Gemini), or send the message without its pictures.</source>
        <translation>Dieses Modell kann keine Bilder sehen. Wählen Sie ein Modell, das Bilder unterstützt (Claude oder Gemini), oder senden Sie die Nachricht ohne Bilder.</translation>
    </message>
    <message>
        <source>This model (or the gateway) can&apos;t use tools. Retry sends the message without them (tools stay off in this chat until you turn them on in the sidebar).</source>
        <translation>Dieses Modell (oder das Gateway) kann keine Tools verwenden. „Erneut versuchen“ sendet die Nachricht ohne Tools (in diesem Chat bleiben die Tools aus, bis Sie sie in der Seitenleiste einschalten).</translation>
    </message>
    <message>
        <source>Too many requests right now.</source>
        <translation>Zurzeit gibt es zu viele Anfragen.</translation>
    </message>
    <message>
        <source>The model service is having trouble.</source>
        <translation>Der Modelldienst hat Probleme.</translation>
    </message>
    <message>
        <source>The model service took too long to answer.</source>
        <translation>Der Modelldienst hat zu lange für die Antwort gebraucht.</translation>
    </message>
    <message>
        <source>Can&apos;t reach the gateway. Check your internet connection or proxy.</source>
        <translation>Das Gateway ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung oder Ihren Proxy.</translation>
    </message>
    <message>
        <source>The connection isn&apos;t secure (certificate problem), so nothing was sent.</source>
        <translation>Die Verbindung ist nicht sicher (Zertifikatproblem), daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The gateway turned this request down.</source>
        <translation>Das Gateway hat diese Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished. What arrived is kept.</source>
        <translation>Die Antwort wurde vor dem Ende abgebrochen. Was bereits angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The gateway sent back an empty answer (this can happen when a conversation is too long).</source>
        <translation>Das Gateway hat eine leere Antwort gesendet (das kann passieren, wenn ein Chat zu lang ist).</translation>
    </message>
    <message>
        <source>The model service reported an error while answering. What arrived is kept.</source>
        <translation>Der Modelldienst hat beim Antworten einen Fehler gemeldet. Was bereits angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Change key</source>
        <translation>Schlüssel ändern</translation>
    </message>
    <message>
        <source>Check the address</source>
        <translation>Adresse prüfen</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>Anderes Modell wählen</translation>
    </message>
    <message>
        <source>Start a new chat from here</source>
        <translation>Von hier aus neuen Chat beginnen</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Später erneut versuchen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>The proxy refused the connection. Check the proxy address, user name and password.</source>
        <translation>Der Proxy hat die Verbindung abgelehnt. Prüfen Sie Proxy-Adresse, Benutzername und Kennwort.</translation>
    </message>
    <message>
        <source>The gateway sent a part of the answer this app could not read.</source>
        <translation>Das Gateway hat einen Teil der Antwort gesendet, den diese App nicht lesen konnte.</translation>
    </message>
    <message>
        <source>The gateway sent an answer this app could not read.</source>
        <translation>Das Gateway hat eine Antwort gesendet, die diese App nicht lesen konnte.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t secure (certificate problem), so nothing was sent.</source>
        <translation>Die Verbindung zu {host} ist nicht sicher (Zertifikatproblem), daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, expired on {date}. Nothing was sent. Ask IT or the gateway&apos;s owner to renew it.</source>
        <translation>Die Verbindung zu {host} ist nicht vertrauenswürdig: Das Zertifikat, ausgestellt von „{issuer}“, ist am {date} abgelaufen. Es wurde nichts gesendet. Bitten Sie die IT oder den Betreiber des Gateways, es zu erneuern.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, is not valid yet. Nothing was sent. Check this computer&apos;s date and time, or ask IT.</source>
        <translation>Die Verbindung zu {host} ist nicht vertrauenswürdig: Das Zertifikat, ausgestellt von „{issuer}“, ist noch nicht gültig. Es wurde nichts gesendet. Prüfen Sie Datum und Uhrzeit dieses Computers, oder wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, is for {names}, not for {host}. Nothing was sent. Check the gateway address, or ask IT.</source>
        <translation>Die Verbindung zu {host} ist nicht vertrauenswürdig: Das Zertifikat, ausgestellt von „{issuer}“, gilt für {names}, nicht für {host}. Es wurde nichts gesendet. Prüfen Sie die Gateway-Adresse, oder wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate was issued by itself (“{issuer}”), which this computer doesn&apos;t trust. Nothing was sent. Ask IT to install that certificate, or add it in Settings → Certificates.</source>
        <translation>Die Verbindung zu {host} ist nicht vertrauenswürdig: Das Zertifikat ist selbst ausgestellt („{issuer}“), und dieser Computer vertraut ihm nicht. Es wurde nichts gesendet. Bitten Sie die IT, dieses Zertifikat zu installieren, oder fügen Sie es unter Einstellungen → Zertifikate hinzu.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate was issued by “{issuer}”, which this computer doesn&apos;t trust. Nothing was sent. Ask IT to install that certificate, or add it in Settings → Certificates.</source>
        <translation>Die Verbindung zu {host} ist nicht vertrauenswürdig: Das Zertifikat wurde von „{issuer}“ ausgestellt, dem dieser Computer nicht vertraut. Es wurde nichts gesendet. Bitten Sie die IT, dieses Zertifikat zu installieren, oder fügen Sie es unter Einstellungen → Zertifikate hinzu.</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} could not be loaded, so nothing was sent. Check the address in Settings → Connection, or ask IT.</source>
        <translation>Die automatischen Proxy-Einstellungen (PAC-Datei) unter {address} konnten nicht geladen werden, daher wurde nichts gesendet. Prüfen Sie die Adresse unter Einstellungen → Verbindung, oder wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} took too long, so nothing was sent. Try again, or ask IT.</source>
        <translation>Das Laden der automatischen Proxy-Einstellungen (PAC-Datei) unter {address} hat zu lange gedauert, daher wurde nichts gesendet. Versuchen Sie es erneut, oder wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <source>The file at {address} is too large to be automatic proxy settings (a PAC file), so nothing was sent. Check the address in Settings → Connection, or ask IT.</source>
        <translation>Die Datei unter {address} ist zu groß für automatische Proxy-Einstellungen (eine PAC-Datei), daher wurde nichts gesendet. Prüfen Sie die Adresse unter Einstellungen → Verbindung, oder wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} don&apos;t work (the script has an error), so nothing was sent. Ask IT to check the file.</source>
        <translation>Die automatischen Proxy-Einstellungen (PAC-Datei) unter {address} funktionieren nicht (das Skript enthält einen Fehler), daher wurde nichts gesendet. Bitten Sie die IT, die Datei zu prüfen.</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} named no proxy for the gateway, so nothing was sent. Ask IT to check the file.</source>
        <translation>Die automatischen Proxy-Einstellungen (PAC-Datei) unter {address} nennen keinen Proxy für das Gateway, daher wurde nichts gesendet. Bitten Sie die IT, die Datei zu prüfen.</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) send the gateway through a SOCKS proxy, which Desktop Chat can&apos;t use. Nothing was sent. Ask IT for an HTTP proxy, or set one in Settings → Connection.</source>
        <translation>Die automatischen Proxy-Einstellungen (PAC-Datei) leiten das Gateway über einen SOCKS-Proxy, den Desktop Chat nicht verwenden kann. Es wurde nichts gesendet. Bitten Sie die IT um einen HTTP-Proxy, oder legen Sie einen unter Einstellungen → Verbindung fest.</translation>
    </message>
    <message>
        <source>HTTP status: {value}</source>
        <translation>HTTP-Status: {value}</translation>
    </message>
    <message>
        <source>Server message: {value}</source>
        <translation>Servermeldung: {value}</translation>
    </message>
    <message>
        <source>Server code: {value}</source>
        <translation>Servercode: {value}</translation>
    </message>
    <message>
        <source>Address: {value}</source>
        <translation>Adresse: {value}</translation>
    </message>
    <message>
        <source>Server asked to wait: {value} s</source>
        <translation>Vom Server erbetene Wartezeit: {value} s</translation>
    </message>
    <message>
        <source>Technical: {value}</source>
        <translation>Technisch: {value}</translation>
    </message>
    <message>
        <source>Kind: {value}</source>
        <translation>Art: {value}</translation>
    </message>
    <message>
        <source>Model&apos;s limit: {value} tokens</source>
        <translation>Limit des Modells: {value} Token</translation>
    </message>
    <message>
        <source>This request: {value} tokens</source>
        <translation>Diese Anfrage: {value} Token</translation>
    </message>
    <message>
        <source>Host: {value}</source>
        <translation>Host: {value}</translation>
    </message>
    <message>
        <source>Certificate issued by: {value}</source>
        <translation>Zertifikat ausgestellt von: {value}</translation>
    </message>
    <message>
        <source>Certificate issued to: {value}</source>
        <translation>Zertifikat ausgestellt für: {value}</translation>
    </message>
    <message>
        <source>Certificate valid until: {value}</source>
        <translation>Zertifikat gültig bis: {value}</translation>
    </message>
    <message>
        <source>Proxy settings file (PAC): {value}</source>
        <translation>Proxy-Einstellungsdatei (PAC): {value}</translation>
    </message>
    <message>
        <source>What happened: {text}</source>
        <translation>Was passiert ist: {text}</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Suggested: {action}</source>
        <translation>Vorschlag: {action}</translation>
    </message>
    <message>
        <source>{problem} Trying again in {seconds} s (attempt {attempt} of {total})…</source>
        <translation>{problem} Neuer Versuch in {seconds} s (Versuch {attempt} von {total})…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Presence Penalty</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Frequency Penalty</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Maximale Länge</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Stoppsequenzen</translation>
    </message>
    <message>
        <source>User identifier</source>
        <translation>Benutzerkennung</translation>
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
        <translation>Tool-Auswahl</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Gateway-Adresse</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Proxy-Adresse</translation>
    </message>
    <message>
        <source>Automatic proxy settings (PAC) address</source>
        <translation>Adresse der automatischen Proxy-Einstellungen (PAC)</translation>
    </message>
    <message>
        <source>Extra certificates file</source>
        <translation>Zusätzliche Zertifikatdatei</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Temperature must be between {low} and {high}.</source>
        <translation>Die Temperatur muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <source>Top P must be between {low} and {high}.</source>
        <translation>Top P muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <source>Presence penalty must be between {low} and {high}.</source>
        <translation>Die Presence Penalty muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <source>Frequency penalty must be between {low} and {high}.</source>
        <translation>Die Frequency Penalty muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}.</source>
        <translation>{field} muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <source>Please choose a model.</source>
        <translation>Bitte wählen Sie ein Modell.</translation>
    </message>
    <message>
        <source>There is no message to send.</source>
        <translation>Es gibt keine Nachricht zum Senden.</translation>
    </message>
    <message>
        <source>Message {number} must come from the system, the user or the assistant.</source>
        <translation>Nachricht {number} muss vom System, vom Benutzer oder vom Assistenten stammen.</translation>
    </message>
    <message>
        <source>Message {number} has no text.</source>
        <translation>Nachricht {number} enthält keinen Text.</translation>
    </message>
    <message>
        <source>A picture in message {number} could not be read, so nothing was sent.</source>
        <translation>Ein Bild in Nachricht {number} konnte nicht gelesen werden, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Message {number} is a tool&apos;s result that names no tool call, so nothing was sent.</source>
        <translation>Nachricht {number} ist ein Tool-Ergebnis ohne zugehörigen Tool-Aufruf, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>A tool call in message {number} has no id or name, so nothing was sent.</source>
        <translation>Ein Tool-Aufruf in Nachricht {number} hat keine ID oder keinen Namen, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Tool {number} has a name the gateway can&apos;t take; check the tool server&apos;s settings.</source>
        <translation>Tool {number} hat einen Namen, den das Gateway nicht annimmt; prüfen Sie die Einstellungen des Tool-Servers.</translation>
    </message>
    <message>
        <source>Tool {number} describes its inputs in a way the gateway can&apos;t take; check the tool server.</source>
        <translation>Tool {number} beschreibt seine Eingaben in einer Form, die das Gateway nicht annimmt; prüfen Sie den Tool-Server.</translation>
    </message>
    <message>
        <source>Tool choice must be automatic, none or required.</source>
        <translation>Die Tool-Auswahl muss „automatisch“, „keine“ oder „erforderlich“ sein.</translation>
    </message>
    <message>
        <source>Maximum length must be a whole number of at least {low} token.</source>
        <translation>Die maximale Länge muss eine ganze Zahl von mindestens {low} Token sein.</translation>
    </message>
    <message>
        <source>You can give at most {high} stop sequences.</source>
        <translation>Sie können höchstens {high} Stoppsequenzen angeben.</translation>
    </message>
    <message>
        <source>A stop sequence can&apos;t be empty.</source>
        <translation>Eine Stoppsequenz darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The user identifier must be text.</source>
        <translation>Die Benutzerkennung muss Text sein.</translation>
    </message>
    <message>
        <source>Streaming must be switched on or off.</source>
        <translation>Streaming muss ein- oder ausgeschaltet sein.</translation>
    </message>
    <message>
        <source>Please enter the gateway address.</source>
        <translation>Bitte geben Sie die Gateway-Adresse ein.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a web address.</source>
        <translation>Das sieht nicht wie eine Webadresse aus.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://).</source>
        <translation>Die Adresse muss mit https:// (oder http://) beginnen.</translation>
    </message>
    <message>
        <source>Please leave the user name and password out of the address.</source>
        <translation>Bitte lassen Sie Benutzername und Kennwort in der Adresse weg.</translation>
    </message>
    <message>
        <source>The proxy address {value!r} isn&apos;t usable. Use a form like http://proxy.example.com:3128 (or leave it empty to use the system&apos;s).</source>
        <translation>Die Proxy-Adresse {value!r} ist nicht verwendbar. Verwenden Sie eine Form wie http://proxy.example.com:3128 (oder lassen Sie das Feld leer, um den Proxy des Systems zu verwenden).</translation>
    </message>
    <message>
        <source>The certificates file {value} doesn&apos;t exist, so nothing was sent. Choose it again in Settings → Certificates, or remove it.</source>
        <translation>Die Zertifikatdatei {value} existiert nicht, daher wurde nichts gesendet. Wählen Sie sie unter Einstellungen → Zertifikate erneut aus, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The certificates file {value} could not be read, so nothing was sent. Choose it again in Settings → Certificates, or remove it.</source>
        <translation>Die Zertifikatdatei {value} konnte nicht gelesen werden, daher wurde nichts gesendet. Wählen Sie sie unter Einstellungen → Zertifikate erneut aus, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The file {value} holds no certificate this app can read (a PEM file, text starting with “-----BEGIN CERTIFICATE-----”, is needed), so nothing was sent. Ask IT for the certificate as a PEM file.</source>
        <translation>Die Datei {value} enthält kein Zertifikat, das diese App lesen kann (benötigt wird eine PEM-Datei: Text, der mit „-----BEGIN CERTIFICATE-----“ beginnt), daher wurde nichts gesendet. Bitten Sie die IT um das Zertifikat als PEM-Datei.</translation>
    </message>
    <message>
        <source>The API key contains spaces or characters that can&apos;t be part of a key. Please paste it again.</source>
        <translation>Der API-Schlüssel enthält Leerzeichen oder Zeichen, die nicht Teil eines Schlüssels sein können. Bitte fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>Please check {field}.</source>
        <translation>Bitte prüfen Sie {field}.</translation>
    </message>
    <message>
        <source>Added &apos;{scheme}://&apos; to the address.</source>
        <translation>„{scheme}://“ wurde zur Adresse hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed the part after &apos;?&apos; or &apos;#&apos;.</source>
        <translation>Der Teil nach „?“ oder „#“ wurde entfernt.</translation>
    </message>
    <message>
        <source>Removed &apos;{suffix}&apos; from the address.</source>
        <translation>„{suffix}“ wurde aus der Adresse entfernt.</translation>
    </message>
    <message>
        <source>Added &apos;/v1&apos; to the address.</source>
        <translation>„/v1“ wurde zur Adresse hinzugefügt.</translation>
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
        <translation>Neuen Verlauf beginnen</translation>
    </message>
    <message>
        <source>&quot;Start a new history&quot; keeps the damaged file beside the new one, unchanged, so nothing is lost.</source>
        <translation>„Neuen Verlauf beginnen“ behält die beschädigte Datei unverändert neben der neuen, sodass nichts verloren geht.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image viewer</source>
        <translation>Bildanzeige</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>Bild an das Fenster anpassen</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the image at its actual size</source>
        <translation>Bild in Originalgröße anzeigen</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <source>Save the image to a file</source>
        <translation>Bild in einer Datei speichern</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation>Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the image viewer</source>
        <translation>Bildanzeige schließen</translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <source>Paste your API key first.</source>
        <translation>Fügen Sie zuerst Ihren API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>The key contains spaces or unusual characters. Copy it again from where you got it.</source>
        <translation>Der Schlüssel enthält Leerzeichen oder ungewöhnliche Zeichen. Kopieren Sie ihn erneut von der Stelle, an der Sie ihn erhalten haben.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Your key could not be read from or saved to this computer&apos;s password store.</source>
        <translation>Ihr Schlüssel konnte nicht aus dem Kennwortspeicher dieses Computers gelesen oder dort gespeichert werden.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>This computer has no password store, so your key can be kept only until you close the app.</source>
        <translation>Dieser Computer hat keinen Kennwortspeicher, daher kann Ihr Schlüssel nur aufbewahrt werden, bis Sie die App schließen.</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>Für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Your password store is locked, so Desktop Chat can&apos;t read or save your key.</source>
        <translation>Ihr Kennwortspeicher ist gesperrt, daher kann Desktop Chat Ihren Schlüssel weder lesen noch speichern.</translation>
    </message>
    <message>
        <source>Unlock it and try again, or keep the key for this session only</source>
        <translation>Entsperren Sie ihn und versuchen Sie es erneut, oder behalten Sie den Schlüssel nur für diese Sitzung</translation>
    </message>
    <message>
        <source>Your password store didn&apos;t answer in time (it may be waiting for you to unlock it).</source>
        <translation>Ihr Kennwortspeicher hat nicht rechtzeitig geantwortet (möglicherweise wartet er darauf, dass Sie ihn entsperren).</translation>
    </message>
    <message>
        <source>Try again, or keep the key for this session only</source>
        <translation>Versuchen Sie es erneut, oder behalten Sie den Schlüssel nur für diese Sitzung</translation>
    </message>
    <message>
        <source>Your key is set by the {variable} environment variable, so it can&apos;t be changed here.</source>
        <translation>Ihr Schlüssel ist über die Umgebungsvariable {variable} festgelegt und kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Ask whoever set up this computer</source>
        <translation>Wenden Sie sich an die Person, die diesen Computer eingerichtet hat</translation>
    </message>
    <message>
        <source>The key is empty. Paste your API key.</source>
        <translation>Der Schlüssel ist leer. Fügen Sie Ihren API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>The key contains spaces or unusual characters. Copy it again from where you got it.</source>
        <translation>Der Schlüssel enthält Leerzeichen oder ungewöhnliche Zeichen. Kopieren Sie ihn erneut von der Stelle, an der Sie ihn erhalten haben.</translation>
    </message>
    <message>
        <source>The key saved in your password store is damaged. Enter your key again.</source>
        <translation>Der in Ihrem Kennwortspeicher gespeicherte Schlüssel ist beschädigt. Geben Sie Ihren Schlüssel erneut ein.</translation>
    </message>
    <message>
        <source>Paste your key again</source>
        <translation>Schlüssel erneut einfügen</translation>
    </message>
    <message>
        <source>Your key comes from the {variable} environment variable and is not stored.</source>
        <translation>Ihr Schlüssel stammt aus der Umgebungsvariable {variable} und wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your key is kept only until you close the app.</source>
        <translation>Ihr Schlüssel wird nur aufbewahrt, bis Sie die App schließen.</translation>
    </message>
    <message>
        <source>Your key is kept in {store}, never in a file.</source>
        <translation>Ihr Schlüssel wird in {store} aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>No key is stored yet.</source>
        <translation>Es ist noch kein Schlüssel gespeichert.</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Add a line</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Add a line to {what}</source>
        <translation>Zeile zu {what} hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Keep this value secret, in the keyring</source>
        <translation>Diesen Wert geheim halten (im Schlüsselbund)</translation>
    </message>
    <message>
        <source>A secret is kept in the system&apos;s keyring, not in mcp.json, and shown as ••••</source>
        <translation>Ein Geheimnis wird im Schlüsselbund des Systems aufbewahrt, nicht in mcp.json, und als •••• angezeigt</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Diese Zeile entfernen</translation>
    </message>
    <message>
        <source>{mask} (kept in the keyring; type to replace)</source>
        <translation>{mask} (im Schlüsselbund gespeichert; zum Ersetzen tippen)</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message numerus="yes">
        <source>The chat was too long for the model, so the %n oldest message(s) were left out and it was asked again.</source>
        <translation>
            <numerusform>Der Chat war zu lang für das Modell, daher wurde die älteste Nachricht weggelassen und die Anfrage erneut gesendet.</numerusform>
            <numerusform>Der Chat war zu lang für das Modell, daher wurden die %n ältesten Nachrichten weggelassen und die Anfrage erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>The whole chat was copied as text.</source>
        <translation>Der ganze Chat wurde als Text kopiert.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Delete the chat in the trash for good?</source>
        <translation>Den Chat im Papierkorb endgültig löschen?</translation>
    </message>
    <message>
        <source>Delete the {count} chats in the trash for good?</source>
        <translation>Die {count} Chats im Papierkorb endgültig löschen?</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>This can&apos;t be undone. Chats in the trash are deleted by themselves after 30 days.</source>
        <translation>Dies kann nicht rückgängig gemacht werden. Chats im Papierkorb werden nach 30 Tagen automatisch gelöscht.</translation>
    </message>
    <message>
        <source>1 chat deleted for good.</source>
        <translation>1 Chat endgültig gelöscht.</translation>
    </message>
    <message>
        <source>{count} chats deleted for good.</source>
        <translation>{count} Chats endgültig gelöscht.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Summarise them</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>Desktop Chat</source>
        <translation>Desktop Chat</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Neuen Chat beginnen</translation>
    </message>
    <message>
        <source>&amp;Export chat…</source>
        <translation>Chat &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>&amp;Alle Chats exportieren…</translation>
    </message>
    <message>
        <source>Save every chat into one JSON archive</source>
        <translation>Alle Chats in einem JSON-Archiv speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Als PD&amp;F exportieren…</translation>
    </message>
    <message>
        <source>Save the chat on screen as a PDF: code, formulas and pictures included</source>
        <translation>Den angezeigten Chat als PDF speichern – mit Code, Formeln und Bildern</translation>
    </message>
    <message>
        <source>&amp;Import archive or ChatGPT export…</source>
        <translation>Archiv oder ChatGPT-Export &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Backup history…</source>
        <translation>Verlauf &amp;sichern…</translation>
    </message>
    <message>
        <source>Empty &amp;trash…</source>
        <translation>&amp;Papierkorb leeren…</translation>
    </message>
    <message>
        <source>Delete the chats in the trash for good</source>
        <translation>Chats im Papierkorb endgültig löschen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>Chats &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>Chat &amp;umbenennen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>S&amp;top answer</source>
        <translation>Antwort s&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Parameter sidebar</source>
        <translation>&amp;Parameter-Seitenleiste</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>Seitenleiste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;About Desktop Chat</source>
        <translation>Ü&amp;ber Desktop Chat</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic report</source>
        <translation>&amp;Diagnosebericht kopieren</translation>
    </message>
    <message>
        <source>Copy versions, settings, the connection test and the log, without any key, for IT</source>
        <translation>Versionen, Einstellungen, Verbindungstest und Protokoll für die IT kopieren – ohne Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Copy whole chat as text</source>
        <translation>&amp;Ganzen Chat als Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Usage and costs…</source>
        <translation>Nutzung und &amp;Kosten…</translation>
    </message>
    <message>
        <source>Tokens and estimated costs per day, model and chat</source>
        <translation>Token und geschätzte Kosten pro Tag, Modell und Chat</translation>
    </message>
    <message>
        <source>Focus the message box</source>
        <translation>Zum Nachrichtenfeld wechseln</translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation>Nächster Chat</translation>
    </message>
    <message>
        <source>Previous chat</source>
        <translation>Vorheriger Chat</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[Bild: {alt}]</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Image “{alt}” from {host} — open</source>
        <translation>Bild „{alt}“ von {host} – öffnen</translation>
    </message>
    <message>
        <source>Image from {host} — open</source>
        <translation>Bild von {host} – öffnen</translation>
    </message>
    <message>
        <source>[image: {alt}] ({url})</source>
        <translation>[Bild: {alt}] ({url})</translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <source>You stopped this answer.</source>
        <translation>Sie haben diese Antwort gestoppt.</translation>
    </message>
    <message>
        <source>The app closed before the answer finished.</source>
        <translation>Die App wurde geschlossen, bevor die Antwort fertig war.</translation>
    </message>
    <message>
        <source>Something went wrong inside the app.</source>
        <translation>In der App ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished. What arrived is kept.</source>
        <translation>Die Antwort wurde vor dem Ende abgebrochen. Was bereits angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The answer was cut short by the length limit.</source>
        <translation>Die Antwort wurde wegen der Längenbegrenzung abgeschnitten.</translation>
    </message>
    <message>
        <source>The provider&apos;s content filter stopped this answer.</source>
        <translation>Der Inhaltsfilter des Anbieters hat diese Antwort gestoppt.</translation>
    </message>
    <message>
        <source>The answer could not be completed.</source>
        <translation>Die Antwort konnte nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>cut short (length limit)</source>
        <translation>abgeschnitten (Längenbegrenzung)</translation>
    </message>
    <message>
        <source>stopped by content filter</source>
        <translation>vom Inhaltsfilter gestoppt</translation>
    </message>
    <message>
        <source>tool call</source>
        <translation>Tool-Aufruf</translation>
    </message>
    <message>
        <source>{prompt} prompt / {completion} completion tokens</source>
        <translation>{prompt} Eingabe- / {completion} Ausgabe-Token</translation>
    </message>
    <message>
        <source>≈ {cost} (estimate)</source>
        <translation>≈ {cost} (geschätzt)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>The answer is being written</source>
        <translation>Die Antwort wird geschrieben</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Gedankengang</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>Gedankengang anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning</source>
        <translation>Gedankengang des Modells ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>Antwort fortsetzen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry the answer</source>
        <translation>Antwort erneut anfordern</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Show or hide what exactly went wrong</source>
        <translation>Anzeigen oder ausblenden, was genau schiefgelaufen ist</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Copy the whole message</source>
        <translation>Ganze Nachricht kopieren</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erstellen</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>Antwort neu erstellen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit and resend message</source>
        <translation>Nachricht bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>Version {index} of {count}</source>
        <translation>Version {index} von {count}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>Answer from {model}</source>
        <translation>Antwort von {model}</translation>
    </message>
    <message>
        <source>Answer from the model</source>
        <translation>Antwort des Modells</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreibt</translation>
    </message>
    <message>
        <source>Copy request as curl</source>
        <translation>Anfrage als curl kopieren</translation>
    </message>
    <message>
        <source>Copy the request behind this answer as a curl command, for IT (the key is left out)</source>
        <translation>Die Anfrage hinter dieser Antwort als curl-Befehl für die IT kopieren (ohne Schlüssel)</translation>
    </message>
    <message>
        <source>Copy request as curl, pictures shortened</source>
        <translation>Anfrage als curl kopieren, Bilder gekürzt</translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>Gedankengang ausblenden</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send edited message</source>
        <translation>Bearbeitete Nachricht senden</translation>
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
        <translation>Andere</translation>
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
        <translation>Aus Fehler ermittelt</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigener Wert</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>“{text}” is not a number of tokens. Enter a whole number from 1 to {largest}, or empty the cell to use the other figures.</source>
        <translation>„{text}“ ist keine Tokenanzahl. Geben Sie eine ganze Zahl von 1 bis {largest} ein, oder leeren Sie die Zelle, um die anderen Werte zu verwenden.</translation>
    </message>
    <message>
        <source>“{text}” is not a price. Enter US dollars per million tokens from 0 to {largest}, for example {example}, or empty the cell to use the other figures.</source>
        <translation>„{text}“ ist kein Preis. Geben Sie US-Dollar pro Million Token von 0 bis {largest} ein, zum Beispiel {example}, oder leeren Sie die Zelle, um die anderen Werte zu verwenden.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The model that answers. Pick one, or type a model id.</source>
        <translation>Das Modell, das antwortet. Wählen Sie eines aus, oder geben Sie eine Modell-ID ein.</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>Modell-ID</translation>
    </message>
    <message>
        <source>{vendor} (heading)</source>
        <translation>{vendor} (Überschrift)</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Models and their figures</source>
        <translation>Modelle und ihre Werte</translation>
    </message>
    <message>
        <source>Context window and longest answer in tokens, prices in US dollars per million tokens. Type a figure to use your own; empty the cell to use the others again.</source>
        <translation>Kontextfenster und längste Antwort in Token, Preise in US-Dollar pro Million Token. Geben Sie einen Wert ein, um Ihren eigenen zu verwenden; leeren Sie die Zelle, um wieder die anderen zu verwenden.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>Kontextfenster</translation>
    </message>
    <message>
        <source>Longest answer</source>
        <translation>Längste Antwort</translation>
    </message>
    <message>
        <source>Input $/1M</source>
        <translation>Eingabe $/1 Mio.</translation>
    </message>
    <message>
        <source>Output $/1M</source>
        <translation>Ausgabe $/1 Mio.</translation>
    </message>
    <message>
        <source>Sees images</source>
        <translation>Sieht Bilder</translation>
    </message>
    <message>
        <source>Draws images</source>
        <translation>Erstellt Bilder</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>How many tokens the model can read at once: the chat and its answer</source>
        <translation>Wie viele Token das Modell auf einmal lesen kann: den Chat und seine Antwort</translation>
    </message>
    <message>
        <source>The longest answer the model can write, in tokens</source>
        <translation>Die längste Antwort, die das Modell schreiben kann, in Token</translation>
    </message>
    <message>
        <source>Estimated US dollars per million tokens sent to the model</source>
        <translation>Geschätzte US-Dollar pro Million Token, die an das Modell gesendet werden</translation>
    </message>
    <message>
        <source>Estimated US dollars per million tokens the model writes</source>
        <translation>Geschätzte US-Dollar pro Million Token, die das Modell schreibt</translation>
    </message>
    <message>
        <source>Pictures you attach are sent to this model</source>
        <translation>Bilder, die Sie anhängen, werden an dieses Modell gesendet</translation>
    </message>
    <message>
        <source>The model is asked for pictures too (image models such as Gemini 2.5 Flash Image)</source>
        <translation>Das Modell wird auch um Bilder gebeten (Bildmodelle wie Gemini 2.5 Flash Image)</translation>
    </message>
    <message>
        <source>Where the figures in force come from</source>
        <translation>Woher die geltenden Werte stammen</translation>
    </message>
    <message>
        <source>&amp;Reset selected</source>
        <translation>Auswahl &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the selected models&apos; figures</source>
        <translation>Werte der ausgewählten Modelle zurücksetzen</translation>
    </message>
    <message>
        <source>Drop your own figures for the selected models</source>
        <translation>Ihre eigenen Werte für die ausgewählten Modelle verwerfen</translation>
    </message>
    <message>
        <source>Model to add</source>
        <translation>Hinzuzufügendes Modell</translation>
    </message>
    <message>
        <source>Another model&apos;s name, as the gateway spells it</source>
        <translation>Name eines weiteren Modells, so wie das Gateway ihn schreibt</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add this model to the table</source>
        <translation>Dieses Modell zur Tabelle hinzufügen</translation>
    </message>
    <message>
        <source>Prices are estimates from the providers&apos; public list prices; your gateway may charge differently.</source>
        <translation>Die Preise sind Schätzungen auf Basis der öffentlichen Listenpreise der Anbieter; Ihr Gateway kann andere Preise berechnen.</translation>
    </message>
    <message>
        <source>An answer can&apos;t be longer than the context window ({window} tokens).</source>
        <translation>Eine Antwort kann nicht länger sein als das Kontextfenster ({window} Token).</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Not known: type a figure</source>
        <translation>Unbekannt: Wert eingeben</translation>
    </message>
    <message>
        <source>Your setting</source>
        <translation>Ihre Einstellung</translation>
    </message>
    <message>
        <source>What is known of this model</source>
        <translation>Was über dieses Modell bekannt ist</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Connected. This gateway doesn&apos;t list its models, so the standard list is shown.</source>
        <translation>Verbunden. Dieses Gateway listet seine Modelle nicht auf, daher wird die Standardliste angezeigt.</translation>
    </message>
    <message>
        <source>Showing the models saved earlier. {reason}</source>
        <translation>Angezeigt werden die zuvor gespeicherten Modelle. {reason}</translation>
    </message>
    <message>
        <source>Showing the models saved on {when}. {reason}</source>
        <translation>Angezeigt werden die gespeicherten Modelle (Stand: {when}). {reason}</translation>
    </message>
    <message>
        <source>Showing the standard model list. {reason}</source>
        <translation>Angezeigt wird die Standardliste der Modelle. {reason}</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Model that writes summaries</source>
        <translation>Modell für Zusammenfassungen</translation>
    </message>
    <message>
        <source>When a chat is too long for its model, this model summarises the earlier messages</source>
        <translation>Wenn ein Chat zu lang für sein Modell ist, fasst dieses Modell die früheren Nachrichten zusammen</translation>
    </message>
    <message>
        <source>The chat&apos;s own model</source>
        <translation>Das Modell des Chats</translation>
    </message>
    <message>
        <source>&amp;Name new chats automatically</source>
        <translation>Neue Chats automatisch &amp;benennen</translation>
    </message>
    <message>
        <source>Name new chats automatically</source>
        <translation>Neue Chats automatisch benennen</translation>
    </message>
    <message>
        <source>After the first answer, a small model suggests a name for the chat</source>
        <translation>Nach der ersten Antwort schlägt ein kleines Modell einen Namen für den Chat vor</translation>
    </message>
    <message>
        <source>Chat &amp;names are written by</source>
        <translation>Chat&amp;namen schreiben mit</translation>
    </message>
    <message>
        <source>Model that names new chats</source>
        <translation>Modell, das neue Chats benennt</translation>
    </message>
    <message>
        <source>Context windows and prices</source>
        <translation>Kontextfenster und Preise</translation>
    </message>
    <message>
        <source>Summaries and chat names</source>
        <translation>Zusammenfassungen und Chatnamen</translation>
    </message>
    <message>
        <source>&amp;Summaries are written by</source>
        <translation>Zusammenfassungen &amp;schreiben mit</translation>
    </message>
</context>
<context>
    <name>NumberParam</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset {parameter}</source>
        <translation>{parameter} zurücksetzen</translation>
    </message>
    <message>
        <source>Don&apos;t send this parameter (use the gateway&apos;s default)</source>
        <translation>Diesen Parameter nicht senden (Standard des Gateways verwenden)</translation>
    </message>
    <message>
        <source>{parameter} slider</source>
        <translation>Schieberegler für {parameter}</translation>
    </message>
</context>
<context>
    <name>ParameterSidebar</name>
    <message>
        <source>Precise</source>
        <translation>Präzise</translation>
    </message>
    <message>
        <source>Temperature 0.2: more deterministic and consistent (good for code generation, data extraction).</source>
        <translation>Temperatur 0,2: vorhersehbarer und einheitlicher (gut für Codeerstellung und Datenextraktion).</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>Temperature 0.7: balanced creativity and consistency (good for daily conversations).</source>
        <translation>Temperatur 0,7: ausgewogen zwischen Kreativität und Einheitlichkeit (gut für alltägliche Unterhaltungen).</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Kreativ</translation>
    </message>
    <message>
        <source>Temperature 1.0: more creative and diverse (good for creative writing).</source>
        <translation>Temperatur 1,0: kreativer und vielfältiger (gut für kreatives Schreiben).</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <source>Up to 300 tokens: short responses.</source>
        <translation>Bis zu 300 Token: kurze Antworten.</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Up to 1,000 tokens: medium responses.</source>
        <translation>Bis zu 1.000 Token: mittellange Antworten.</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Ausführlich</translation>
    </message>
    <message>
        <source>Up to 3,000 tokens: detailed responses.</source>
        <translation>Bis zu 3.000 Token: ausführliche Antworten.</translation>
    </message>
    <message>
        <source>Usually adjust either temperature or top_p, not both.</source>
        <translation>Ändern Sie in der Regel entweder die Temperatur oder top_p, nicht beides.</translation>
    </message>
    <message>
        <source>How random the answer is, from 0 to 2 (the gateway&apos;s default is 1.0).
• 0.0–0.3: more deterministic and consistent (good for code generation, data extraction)
• 0.4–0.7: balanced creativity and consistency (good for daily conversations)
• 0.8–1.0: more creative and diverse (good for creative writing)
• 1.0–2.0: highly random and creative (good for brainstorming)</source>
        <translation>Wie zufällig die Antwort ist, von 0 bis 2 (Standard des Gateways: 1,0).
• 0,0–0,3: vorhersehbarer und einheitlicher (gut für Codeerstellung und Datenextraktion)
• 0,4–0,7: ausgewogen zwischen Kreativität und Einheitlichkeit (gut für alltägliche Unterhaltungen)
• 0,8–1,0: kreativer und vielfältiger (gut für kreatives Schreiben)
• 1,0–2,0: sehr zufällig und kreativ (gut für Brainstorming)</translation>
    </message>
    <message>
        <source>Nucleus sampling, from 0 to 1 (default 1.0).
• 0.1: only consider the top 10% most likely words
• 0.5: consider words with cumulative probability up to 50%
• 1.0: consider all possible words (default)
Usually adjust either temperature or top_p, not both.</source>
        <translation>Nucleus Sampling, von 0 bis 1 (Standard: 1,0).
• 0,1: nur die 10 % wahrscheinlichsten Wörter berücksichtigen
• 0,5: Wörter bis zu einer kumulierten Wahrscheinlichkeit von 50 % berücksichtigen
• 1,0: alle möglichen Wörter berücksichtigen (Standard)
Ändern Sie in der Regel entweder die Temperatur oder top_p, nicht beides.</translation>
    </message>
    <message>
        <source>The longest answer allowed, in tokens (a token is about ¾ of a word).
• Short responses: 100–300 tokens
• Medium responses: 500–1000 tokens
• Detailed responses: 1500–3000 tokens</source>
        <translation>Die längste erlaubte Antwort in Token (ein Token ist etwa ¾ eines Wortes).
• Kurze Antworten: 100–300 Token
• Mittellange Antworten: 500–1000 Token
• Ausführliche Antworten: 1500–3000 Token</translation>
    </message>
    <message>
        <source>From −2 to 2 (default 0). Higher values nudge the model to bring up new topics instead of staying on the ones already mentioned.</source>
        <translation>Von −2 bis 2 (Standard: 0). Höhere Werte regen das Modell an, neue Themen anzusprechen, statt bei den bereits genannten zu bleiben.</translation>
    </message>
    <message>
        <source>From −2 to 2 (default 0). Higher values make the model repeat the same words and phrases less often.</source>
        <translation>Von −2 bis 2 (Standard: 0). Höhere Werte lassen das Modell dieselben Wörter und Wendungen seltener wiederholen.</translation>
    </message>
    <message>
        <source>Up to {count} pieces of text at which the model stops writing. Separate them with commas; write \n for a new line and \, for a comma.</source>
        <translation>Bis zu {count} Textstücke, bei denen das Modell aufhört zu schreiben. Trennen Sie sie durch Kommas; schreiben Sie \n für eine neue Zeile und \, für ein Komma.</translation>
    </message>
    <message>
        <source>Chat settings</source>
        <translation>Chat-Einstellungen</translation>
    </message>
    <message>
        <source>Tip: {note}</source>
        <translation>Tipp: {note}</translation>
    </message>
    <message>
        <source>Use as default for new chats</source>
        <translation>Als Standard für neue Chats verwenden</translation>
    </message>
    <message>
        <source>New chats will start with this model, these settings and this system prompt</source>
        <translation>Neue Chats beginnen mit diesem Modell, diesen Einstellungen und diesem Systemprompt</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Modelle aktualisieren</translation>
    </message>
    <message>
        <source>Refresh models — ask the gateway for its list again</source>
        <translation>Modelle aktualisieren – Liste erneut beim Gateway abfragen</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>System prompt presets</source>
        <translation>Vorlagen für Systemprompts</translation>
    </message>
    <message>
        <source>Fill in a saved system prompt</source>
        <translation>Gespeicherten Systemprompt einsetzen</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>How should the model behave? For example: “Answer in plain English, briefly.”</source>
        <translation>Wie soll sich das Modell verhalten? Zum Beispiel: „Antworte kurz und in einfachem Deutsch.“</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt</source>
        <translation>&amp;Systemprompt</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Als Vorlage speichern…</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel saving preset</source>
        <translation>Speichern der Vorlage abbrechen</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Token</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Presence Penalty</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Frequency Penalty</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Stoppsequenzen</translation>
    </message>
    <message>
        <source>Clear stop sequences</source>
        <translation>Stoppsequenzen löschen</translation>
    </message>
    <message>
        <source>Send the last N turns only</source>
        <translation>Nur die letzten N Runden senden</translation>
    </message>
    <message>
        <source>A turn is one of your messages with its answer. When set, only the newest turns are sent to the model (with the system prompt and any summary), even if more would fit. Not set: as many as fit the model&apos;s context window.</source>
        <translation>Eine Runde ist eine Ihrer Nachrichten mit ihrer Antwort. Wenn festgelegt, werden nur die neuesten Runden an das Modell gesendet (mit dem Systemprompt und einer eventuellen Zusammenfassung), auch wenn mehr passen würden. Nicht festgelegt: so viele, wie in das Kontextfenster des Modells passen.</translation>
    </message>
    <message>
        <source>from cache (offline)</source>
        <translation>aus dem Cache (offline)</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <source>Only the first {count} are sent.</source>
        <translation>Nur die ersten {count} werden gesendet.</translation>
    </message>
    <message>
        <source>{model} (not in the list)</source>
        <translation>{model} (nicht in der Liste)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>PolicyWords</name>
    <message>
        <source>Set by your organisation</source>
        <translation>Von Ihrer Organisation festgelegt</translation>
    </message>
    <message>
        <source>Managed by your organisation (policy: {path})</source>
        <translation>Von Ihrer Organisation verwaltet (Richtlinie: {path})</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Von Ihrer Organisation verwaltet</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Helpful assistant</source>
        <translation>Hilfreicher Assistent</translation>
    </message>
    <message>
        <source>You are a helpful assistant. Answer clearly and plainly.</source>
        <translation>Du bist ein hilfreicher Assistent. Antworte klar und verständlich.</translation>
    </message>
    <message>
        <source>Short answers</source>
        <translation>Kurze Antworten</translation>
    </message>
    <message>
        <source>Answer briefly. Use bullet points when they help; skip introductions.</source>
        <translation>Antworte knapp. Verwende Aufzählungspunkte, wo sie helfen; lass Einleitungen weg.</translation>
    </message>
    <message>
        <source>Proofreader</source>
        <translation>Korrekturleser</translation>
    </message>
    <message>
        <source>Correct the spelling, grammar and punctuation of the text I send. Keep my wording and tone, then list the main changes.</source>
        <translation>Korrigiere Rechtschreibung, Grammatik und Zeichensetzung des Textes, den ich sende. Behalte meine Formulierungen und meinen Ton bei, und liste dann die wichtigsten Änderungen auf.</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Übersetzer</translation>
    </message>
    <message>
        <source>Translate the text I send. If I don&apos;t name a language, translate it into English; keep the formatting.</source>
        <translation>Übersetze den Text, den ich sende. Wenn ich keine Sprache nenne, übersetze ihn ins Deutsche; behalte die Formatierung bei.</translation>
    </message>
    <message>
        <source>Email helper</source>
        <translation>E-Mail-Hilfe</translation>
    </message>
    <message>
        <source>Help me write clear, polite work emails. Ask for missing details before drafting.</source>
        <translation>Hilf mir, klare und höfliche geschäftliche E-Mails zu schreiben. Frag nach fehlenden Angaben, bevor du einen Entwurf schreibst.</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>Chat ohne Titel</translation>
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
        <translation>Angehängte Datei: {name} ({size})</translation>
    </message>
    <message>
        <source>Picture not available: {name}</source>
        <translation>Bild nicht verfügbar: {name}</translation>
    </message>
    <message>
        <source>Open a chat with messages to print it.</source>
        <translation>Öffnen Sie einen Chat mit Nachrichten, um ihn zu drucken.</translation>
    </message>
    <message>
        <source>This chat has no messages yet, so there is nothing to print.</source>
        <translation>Dieser Chat enthält noch keine Nachrichten, daher gibt es nichts zu drucken.</translation>
    </message>
    <message>
        <source>Wait for the printing under way to finish, or cancel it.</source>
        <translation>Warten Sie, bis der laufende Druckvorgang abgeschlossen ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Preparing… {done} of {total} messages</source>
        <translation>Wird vorbereitet… {done} von {total} Nachrichten</translation>
    </message>
    <message>
        <source>Arranging the pages…</source>
        <translation>Seiten werden angeordnet…</translation>
    </message>
    <message>
        <source>Printing page {done} of {total}…</source>
        <translation>Seite {done} von {total} wird gedruckt…</translation>
    </message>
    <message>
        <source>Printing the chat</source>
        <translation>Chat wird gedruckt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Desktop Chat</source>
        <translation>Desktop Chat</translation>
    </message>
    <message>
        <source>Printing cancelled. Nothing was sent to the printer.</source>
        <translation>Drucken abgebrochen. Es wurde nichts an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Export abgebrochen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Sent 1 page to the printer.</source>
        <translation>1 Seite an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation>{pages} Seiten an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Saved 1 page as {path}</source>
        <translation>1 Seite als {path} gespeichert</translation>
    </message>
    <message>
        <source>Saved {pages} pages as {path}</source>
        <translation>{pages} Seiten als {path} gespeichert</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>Der Drucker konnte nicht gestartet werden. Prüfen Sie, ob er eingeschaltet ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} could not be written. Choose another folder and try again.</source>
        <translation>{name} konnte nicht geschrieben werden. Wählen Sie einen anderen Ordner, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
</context>
<context>
    <name>ProseView</name>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <source>Automatic (PAC):</source>
        <translation>Automatisch (PAC):</translation>
    </message>
    <message>
        <source>How to reach the gateway</source>
        <translation>Verbindung zum Gateway</translation>
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
        <translation>Zum Beispiel http://proxy.example.com:8080 (http://benutzer:kennwort@…, wenn ein Kennwort verlangt wird)</translation>
    </message>
    <message>
        <source>Automatic proxy settings (PAC) address</source>
        <translation>Adresse der automatischen Proxy-Einstellungen (PAC)</translation>
    </message>
    <message>
        <source>http://wpad.example.com/proxy.pac</source>
        <translation>http://wpad.example.com/proxy.pac</translation>
    </message>
    <message>
        <source>The address of the proxy auto-configuration file IT gave you</source>
        <translation>Die Adresse der Datei für die automatische Proxy-Konfiguration, die Sie von der IT erhalten haben</translation>
    </message>
    <message>
        <source>In use now: {proxy}</source>
        <translation>Derzeit verwendet: {proxy}</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>There is nothing to send.</source>
        <translation>Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>Wait for the answer to finish, or stop it first.</source>
        <translation>Warten Sie, bis die Antwort fertig ist, oder stoppen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Add your API key to start chatting.</source>
        <translation>Fügen Sie Ihren API-Schlüssel hinzu, um mit dem Chatten zu beginnen.</translation>
    </message>
    <message>
        <source>This chat no longer exists.</source>
        <translation>Dieser Chat existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>Diese Nachricht existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>Nur Ihre eigenen Nachrichten können bearbeitet werden.</translation>
    </message>
    <message>
        <source>Only an answer can be regenerated.</source>
        <translation>Nur eine Antwort kann neu erstellt werden.</translation>
    </message>
    <message>
        <source>Only an answer can be continued.</source>
        <translation>Nur eine Antwort kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>This answer is already complete.</source>
        <translation>Diese Antwort ist bereits vollständig.</translation>
    </message>
    <message>
        <source>This message can&apos;t be sent again.</source>
        <translation>Diese Nachricht kann nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>This message alone is longer than the model can read. Shorten it, or choose a model with a larger context window in the sidebar. Your text is still in the message box.</source>
        <translation>Diese Nachricht allein ist länger, als das Modell lesen kann. Kürzen Sie sie, oder wählen Sie in der Seitenleiste ein Modell mit größerem Kontextfenster. Ihr Text steht noch im Nachrichtenfeld.</translation>
    </message>
    <message>
        <source>This model can&apos;t see images. Choose a model that can (Claude or Gemini) in the sidebar, or remove the images. Your message and files are still in the message box.</source>
        <translation>Dieses Modell kann keine Bilder sehen. Wählen Sie in der Seitenleiste ein Modell, das Bilder unterstützt (Claude oder Gemini), oder entfernen Sie die Bilder. Ihre Nachricht und Ihre Dateien sind noch im Nachrichtenfeld.</translation>
    </message>
    <message>
        <source>A file is still being read. Wait a moment, or remove it, then send.</source>
        <translation>Eine Datei wird noch gelesen. Warten Sie einen Moment, oder entfernen Sie sie, und senden Sie dann.</translation>
    </message>
    <message>
        <source>The model kept calling tools, so the app stopped it. Ask it to go on if you want more.</source>
        <translation>Das Modell hat immer wieder Tools aufgerufen, daher hat die App es gestoppt. Bitten Sie es, weiterzumachen, wenn Sie mehr möchten.</translation>
    </message>
    <message>
        <source>Every earlier message is already sent to the model: there is nothing to summarise.</source>
        <translation>Alle früheren Nachrichten werden bereits an das Modell gesendet: Es gibt nichts zusammenzufassen.</translation>
    </message>
    <message>
        <source>Your organisation does not allow this. Ask your IT department if you need it.</source>
        <translation>Ihre Organisation erlaubt dies nicht. Wenden Sie sich an Ihre IT-Abteilung, wenn Sie es benötigen.</translation>
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
        <translation>Servername</translation>
    </message>
    <message>
        <source>For example: time</source>
        <translation>Zum Beispiel: time</translation>
    </message>
    <message>
        <source>Kind of server</source>
        <translation>Art des Servers</translation>
    </message>
    <message>
        <source>A program on this computer (stdio)</source>
        <translation>Ein Programm auf diesem Computer (stdio)</translation>
    </message>
    <message>
        <source>A server on the network (HTTP)</source>
        <translation>Ein Server im Netzwerk (HTTP)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>For example: uvx</source>
        <translation>Zum Beispiel: uvx</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>One argument per line, without quotes</source>
        <translation>Ein Argument pro Zeile, ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>One argument per line, taken exactly as written: no quotes are needed, and nothing is interpreted by a shell.</source>
        <translation>Ein Argument pro Zeile, genau wie geschrieben übernommen: Anführungszeichen sind nicht nötig, und nichts wird von einer Shell interpretiert.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>For example: https://tools.example.com/mcp</source>
        <translation>Zum Beispiel: https://tools.example.com/mcp</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Tools allowed without asking</source>
        <translation>Ohne Nachfrage erlaubte Tools</translation>
    </message>
    <message>
        <source>One tool name per line</source>
        <translation>Ein Toolname pro Zeile</translation>
    </message>
    <message>
        <source>These tools of this server run without asking you first. Everything else asks.</source>
        <translation>Diese Tools dieses Servers werden ausgeführt, ohne Sie vorher zu fragen. Bei allen anderen wird nachgefragt.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Done editing the server</source>
        <translation>Bearbeiten des Servers abschließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing the server</source>
        <translation>Bearbeiten des Servers abbrechen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Command</source>
        <translation>&amp;Befehl</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>A&amp;rgumente</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>Allowed without asking</source>
        <translation>Ohne Nachfrage erlaubt</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>Server bearbeiten</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Geben Sie dem Server einen Namen.</translation>
    </message>
    <message>
        <source>The name is too long: at most {count} characters.</source>
        <translation>Der Name ist zu lang: höchstens {count} Zeichen.</translation>
    </message>
    <message>
        <source>There is already a server called “{name}”.</source>
        <translation>Es gibt bereits einen Server namens „{name}“.</translation>
    </message>
    <message>
        <source>Say which program to start (the command).</source>
        <translation>Geben Sie an, welches Programm gestartet werden soll (den Befehl).</translation>
    </message>
    <message>
        <source>“{name}” cannot be the name of an environment variable: use letters, digits and _, not starting with a digit.</source>
        <translation>„{name}“ kann nicht der Name einer Umgebungsvariable sein: Verwenden Sie Buchstaben, Ziffern und _, und beginnen Sie nicht mit einer Ziffer.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://, like https://tools.example.com/mcp.</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen, etwa https://tools.example.com/mcp.</translation>
    </message>
    <message>
        <source>“{name}” cannot be the name of a header: use letters, digits and -.</source>
        <translation>„{name}“ kann nicht der Name eines Headers sein: Verwenden Sie Buchstaben, Ziffern und -.</translation>
    </message>
    <message>
        <source>“{name}” is there twice.</source>
        <translation>„{name}“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>Type a value for “{name}”.</source>
        <translation>Geben Sie einen Wert für „{name}“ ein.</translation>
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
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Your settings file was damaged, so Desktop Chat started with its default settings. The damaged file was kept as {name}.</source>
        <translation>Ihre Einstellungsdatei war beschädigt, daher wurde Desktop Chat mit den Standardeinstellungen gestartet. Die beschädigte Datei wurde als {name} aufbewahrt.</translation>
    </message>
    <message>
        <source>no proxy (direct connection)</source>
        <translation>kein Proxy (direkte Verbindung)</translation>
    </message>
    <message>
        <source>no proxy (direct connection) ({variable} covers {host})</source>
        <translation>kein Proxy (direkte Verbindung) ({variable} umfasst {host})</translation>
    </message>
    <message>
        <source>{url} (from settings)</source>
        <translation>{url} (aus den Einstellungen)</translation>
    </message>
    <message>
        <source>the proxy that the automatic settings at {url} choose for each address</source>
        <translation>der Proxy, den die automatischen Einstellungen unter {url} für jede Adresse wählen</translation>
    </message>
    <message>
        <source>{url} (from the system&apos;s settings)</source>
        <translation>{url} (aus den Systemeinstellungen)</translation>
    </message>
    <message>
        <source>{url} (from {variable})</source>
        <translation>{url} (aus {variable})</translation>
    </message>
    <message>
        <source>from {variable}</source>
        <translation>aus {variable}</translation>
    </message>
    <message>
        <source>offline demo (no key)</source>
        <translation>Offline-Demo (kein Schlüssel)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>set</source>
        <translation>festgelegt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Current key: {hint}</source>
        <translation>Aktueller Schlüssel: {hint}</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <source>Replace key</source>
        <translation>Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Check the key and address with the gateway</source>
        <translation>Schlüssel und Adresse beim Gateway prüfen</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Kept in {location}, never in a file.</source>
        <translation>Aufbewahrt in {location}, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Gateway-Adresse</translation>
    </message>
    <message>
        <source>In use now: {address} (set by {variable} for this run). The address above is saved for when that variable is gone.</source>
        <translation>Derzeit verwendet: {address} (für diesen Start durch {variable} festgelegt). Die Adresse oben wird für die Zeit gespeichert, wenn diese Variable nicht mehr gesetzt ist.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Gateway &amp;address</source>
        <translation>&amp;Gateway-Adresse</translation>
    </message>
    <message>
        <source>&amp;Proxy</source>
        <translation>&amp;Proxy</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Zertifikate</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the app&apos;s words. It changes at once.</source>
        <translation>Die Sprache, in der die App angezeigt wird. Die Änderung gilt sofort.</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>&amp;Schriftgröße</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>Tool calls in a row</source>
        <translation>Tool-Aufrufe nacheinander</translation>
    </message>
    <message>
        <source>After this many rounds of tool calls in one answer, the app stops asking the model again</source>
        <translation>Nach so vielen Runden von Tool-Aufrufen in einer Antwort fragt die App das Modell nicht erneut</translation>
    </message>
    <message>
        <source>Time limit of one tool call</source>
        <translation>Zeitlimit für einen Tool-Aufruf</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Tool calls in a &amp;row, at most</source>
        <translation>Tool-Aufrufe &amp;nacheinander, höchstens</translation>
    </message>
    <message>
        <source>Time &amp;limit of one call</source>
        <translation>&amp;Zeitlimit für einen Aufruf</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Si&amp;cherungen</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Keep current key</source>
        <translation>Aktuellen Schlüssel beibehalten</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>Neue Zeile in der Nachricht</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Antwort stoppen</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <source>Focus the message box</source>
        <translation>Zum Nachrichtenfeld wechseln</translation>
    </message>
    <message>
        <source>Previous chat</source>
        <translation>Vorheriger Chat</translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation>Nächster Chat</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <source>Delete chat (with undo)</source>
        <translation>Chat löschen (mit Rückgängig)</translation>
    </message>
    <message>
        <source>Undo delete, while the notice shows</source>
        <translation>Löschen rückgängig machen, solange der Hinweis angezeigt wird</translation>
    </message>
    <message>
        <source>Copy the selection</source>
        <translation>Auswahl kopieren</translation>
    </message>
    <message>
        <source>Export the chat</source>
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <source>Print the chat</source>
        <translation>Chat drucken</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>Seitenleiste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Right-click a chat in the list for Rename, Pin, Archive, Export and Delete.</source>
        <translation>Klicken Sie mit der rechten Maustaste auf einen Chat in der Liste, um ihn umzubenennen, anzuheften, zu archivieren, zu exportieren oder zu löschen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Saved as the default for new chats.</source>
        <translation>Als Standard für neue Chats gespeichert.</translation>
    </message>
</context>
<context>
    <name>StartupNotices</name>
    <message>
        <source>it cannot be read</source>
        <translation>sie kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>sie ist zu groß</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>sie ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>an unknown key</source>
        <translation>ein unbekannter Eintrag</translation>
    </message>
    <message>
        <source>a value of the wrong type</source>
        <translation>ein Wert vom falschen Typ</translation>
    </message>
    <message>
        <source>a value that can&apos;t be used</source>
        <translation>ein unbrauchbarer Wert</translation>
    </message>
    <message>
        <source>a rule listed in defaults_only</source>
        <translation>eine unter defaults_only aufgeführte Regel</translation>
    </message>
    <message>
        <source>a default model that is not among the allowed models</source>
        <translation>ein Standardmodell, das nicht zu den erlaubten Modellen gehört</translation>
    </message>
    <message>
        <source>{what} at “{key}” in {source}</source>
        <translation>{what} bei „{key}“ in {source}</translation>
    </message>
    <message>
        <source>{what}: {source}</source>
        <translation>{what}: {source}</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy has a mistake, so Desktop Chat uses the last policy that worked. Please tell your IT department.</source>
        <translation>Die Richtlinie Ihrer Organisation enthält einen Fehler, daher verwendet Desktop Chat die letzte funktionierende Richtlinie. Bitte informieren Sie Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy has a mistake, so Desktop Chat started with its own defaults. Please tell your IT department.</source>
        <translation>Die Richtlinie Ihrer Organisation enthält einen Fehler, daher wurde Desktop Chat mit seinen Standardeinstellungen gestartet. Bitte informieren Sie Ihre IT-Abteilung.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Not connected yet</source>
        <translation>Noch nicht verbunden</translation>
    </message>
    <message>
        <source>The gateway has not been contacted yet.</source>
        <translation>Das Gateway wurde noch nicht kontaktiert.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Checking the gateway.</source>
        <translation>Das Gateway wird geprüft.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>The gateway answered.</source>
        <translation>Das Gateway hat geantwortet.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Can&apos;t reach the gateway. Your history, search and settings still work.</source>
        <translation>Das Gateway ist nicht erreichbar. Verlauf, Suche und Einstellungen funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>Offline-Demo</translation>
    </message>
    <message>
        <source>Talking to the built-in demo gateway; no key is used.</source>
        <translation>Verbunden mit dem eingebauten Demo-Gateway; es wird kein Schlüssel verwendet.</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <source>Add your key in Settings (Ctrl+,).</source>
        <translation>Fügen Sie Ihren Schlüssel in den Einstellungen hinzu (Ctrl+,).</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Answer tokens</source>
        <translation>Antwort-Token</translation>
    </message>
    <message>
        <source>Conversation usage</source>
        <translation>Nutzung im Chat</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Warten auf die Antwort…</translation>
    </message>
    <message>
        <source>Answering… {approx}{tokens} tokens</source>
        <translation>Antwortet… {approx}{tokens} Token</translation>
    </message>
    <message>
        <source>Last answer: {approx}{tokens} tokens</source>
        <translation>Letzte Antwort: {approx}{tokens} Token</translation>
    </message>
    <message>
        <source>This chat: {tokens} tokens</source>
        <translation>Dieser Chat: {tokens} Token</translation>
    </message>
    <message>
        <source>Tokens of every answer, summary and title of this chat.</source>
        <translation>Token aller Antworten, Zusammenfassungen und Titel dieses Chats.</translation>
    </message>
    <message>
        <source>This chat: {tokens} tokens · ≈ {cost}</source>
        <translation>Dieser Chat: {tokens} Token · ≈ {cost}</translation>
    </message>
    <message>
        <source>Tokens of every answer, summary and title of this chat. The cost is an estimate from list prices (Settings → Models); your gateway may charge differently.</source>
        <translation>Token aller Antworten, Zusammenfassungen und Titel dieses Chats. Die Kosten sind eine Schätzung auf Basis der Listenpreise (Einstellungen → Modelle); Ihr Gateway kann andere Preise berechnen.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Check that you may write to the history file and its folder, then restart the app.</source>
        <translation>Prüfen Sie, ob Sie die Verlaufsdatei und ihren Ordner beschreiben dürfen, und starten Sie die App dann neu.</translation>
    </message>
    <message>
        <source>Your chat history could not be read or saved.</source>
        <translation>Ihr Chatverlauf konnte nicht gelesen oder gespeichert werden.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, restart the app.</source>
        <translation>Versuchen Sie es erneut; wenn es wiederholt passiert, starten Sie die App neu.</translation>
    </message>
    <message>
        <source>Your chat history was saved by a newer version of Desktop Chat. Please update; nothing was changed.</source>
        <translation>Ihr Chatverlauf wurde von einer neueren Version von Desktop Chat gespeichert. Bitte aktualisieren Sie die App; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Install the latest version of Desktop Chat.</source>
        <translation>Installieren Sie die neueste Version von Desktop Chat.</translation>
    </message>
    <message>
        <source>The disk is full, so {name} could not be written.</source>
        <translation>Der Datenträger ist voll, daher konnte {name} nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change could not be saved. Everything saved before is safe.</source>
        <translation>Der Datenträger ist voll, daher konnte die letzte Änderung nicht gespeichert werden. Alles zuvor Gespeicherte ist sicher.</translation>
    </message>
    <message>
        <source>Free some disk space, then try again.</source>
        <translation>Geben Sie Speicherplatz frei, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your chat history file can&apos;t be changed (it is read-only), so nothing new can be saved. Everything saved before is safe.</source>
        <translation>Ihre Chatverlaufsdatei kann nicht geändert werden (sie ist schreibgeschützt), daher kann nichts Neues gespeichert werden. Alles zuvor Gespeicherte ist sicher.</translation>
    </message>
    <message>
        <source>The folder for your chat history can&apos;t be created, so nothing can be saved.</source>
        <translation>Der Ordner für Ihren Chatverlauf kann nicht erstellt werden, daher kann nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>Your chat history needs a one-time update, but the file is read-only.</source>
        <translation>Ihr Chatverlauf muss einmalig aktualisiert werden, aber die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Your chat history file is damaged and can&apos;t be opened. It has been left exactly as it was.</source>
        <translation>Ihre Chatverlaufsdatei ist beschädigt und kann nicht geöffnet werden. Sie wurde genau so belassen, wie sie war.</translation>
    </message>
    <message>
        <source>Keep a copy of the file for support, then start a new history.</source>
        <translation>Bewahren Sie eine Kopie der Datei für den Support auf, und beginnen Sie dann einen neuen Verlauf.</translation>
    </message>
    <message>
        <source>Your chat history is being used by another program right now.</source>
        <translation>Ihr Chatverlauf wird gerade von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>Close other copies of Desktop Chat, then try again.</source>
        <translation>Schließen Sie andere Instanzen von Desktop Chat, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your chat history file could not be read or written.</source>
        <translation>Ihre Chatverlaufsdatei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>Check that the disk is connected and that you may write to the history folder.</source>
        <translation>Prüfen Sie, ob der Datenträger angeschlossen ist und Sie in den Verlaufsordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>Your chat history can&apos;t be opened safely on this drive.</source>
        <translation>Ihr Chatverlauf kann auf diesem Laufwerk nicht sicher geöffnet werden.</translation>
    </message>
    <message>
        <source>Keep the history on a local disk.</source>
        <translation>Speichern Sie den Verlauf auf einem lokalen Datenträger.</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}).</source>
        <translation>{name} konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>{name} could not be written.</source>
        <translation>{name} konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Choose another folder and try again.</source>
        <translation>Wählen Sie einen anderen Ordner, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file could not be imported: {problem} (at {where}).</source>
        <translation>Die Datei konnte nicht importiert werden: {problem} (bei {where}).</translation>
    </message>
    <message>
        <source>The file could not be imported: {problem}.</source>
        <translation>Die Datei konnte nicht importiert werden: {problem}.</translation>
    </message>
    <message>
        <source>{what_happened} Your history was not changed.</source>
        <translation>{what_happened} Ihr Verlauf wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Check that you chose the right file and that it is complete; nothing was imported.</source>
        <translation>Prüfen Sie, ob Sie die richtige Datei gewählt haben und ob sie vollständig ist; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file ends too early (it may be truncated)</source>
        <translation>die Datei endet zu früh (sie ist möglicherweise abgeschnitten)</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>die Datei ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be an export</source>
        <translation>die Datei ist zu tief verschachtelt, um ein Export zu sein</translation>
    </message>
    <message>
        <source>a part of the file is too big to be read</source>
        <translation>ein Teil der Datei ist zu groß zum Lesen</translation>
    </message>
    <message>
        <source>the zip file is damaged</source>
        <translation>die ZIP-Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the zip file has no conversations.json in it</source>
        <translation>die ZIP-Datei enthält keine conversations.json</translation>
    </message>
    <message>
        <source>a ChatGPT export should hold a list of conversations</source>
        <translation>ein ChatGPT-Export sollte eine Liste von Unterhaltungen enthalten</translation>
    </message>
    <message>
        <source>this is not a Desktop Chat export (&apos;format&apos; is missing or unknown)</source>
        <translation>dies ist kein Export von Desktop Chat („format“ fehlt oder ist unbekannt)</translation>
    </message>
    <message>
        <source>it was written by a newer version of Desktop Chat</source>
        <translation>die Datei wurde von einer neueren Version von Desktop Chat geschrieben</translation>
    </message>
    <message>
        <source>{name} is missing</source>
        <translation>{name} fehlt</translation>
    </message>
    <message>
        <source>{name} should be an object</source>
        <translation>{name} sollte ein Objekt sein</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>{name} should be a list</source>
        <translation>{name} sollte eine Liste sein</translation>
    </message>
    <message>
        <source>{name} should be text</source>
        <translation>{name} sollte Text sein</translation>
    </message>
    <message>
        <source>{name} should be a number</source>
        <translation>{name} sollte eine Zahl sein</translation>
    </message>
    <message>
        <source>{name} should be a whole number</source>
        <translation>{name} sollte eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>{name} should be true or false</source>
        <translation>{name} sollte „true“ oder „false“ sein</translation>
    </message>
    <message>
        <source>{name} has an invalid value</source>
        <translation>{name} hat einen ungültigen Wert</translation>
    </message>
    <message>
        <source>{name} does not point to an earlier message of the conversation</source>
        <translation>{name} verweist nicht auf eine frühere Nachricht der Unterhaltung</translation>
    </message>
    <message>
        <source>its messages form a loop</source>
        <translation>ihre Nachrichten bilden eine Schleife</translation>
    </message>
    <message>
        <source>the file is not an export this app can read</source>
        <translation>die Datei ist kein Export, den diese App lesen kann</translation>
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
        <translation>Wird anstelle der zusammengefassten früheren Nachrichten an das Modell gesendet.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>Zusammenfassung bearbeiten</translation>
    </message>
    <message>
        <source>Change what is sent in place of the earlier messages</source>
        <translation>Ändern, was anstelle der früheren Nachrichten gesendet wird</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove summary</source>
        <translation>Zusammenfassung entfernen</translation>
    </message>
    <message>
        <source>Stop sending this summary</source>
        <translation>Diese Zusammenfassung nicht mehr senden</translation>
    </message>
    <message numerus="yes">
        <source>Summary of the %Ln earlier message(s)</source>
        <translation>
            <numerusform>Zusammenfassung der früheren Nachricht</numerusform>
            <numerusform>Zusammenfassung der %Ln früheren Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary of the earlier messages</source>
        <translation>Zusammenfassung der früheren Nachrichten</translation>
    </message>
    <message>
        <source>{title}, written by {model}</source>
        <translation>{title}, geschrieben von {model}</translation>
    </message>
    <message>
        <source>Summary text</source>
        <translation>Text der Zusammenfassung</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Ctrl+Enter speichert, Esc bricht ab</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing the summary</source>
        <translation>Bearbeiten der Zusammenfassung abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Zusammenfassung speichern</translation>
    </message>
    <message>
        <source>Save the summary (Ctrl+Enter)</source>
        <translation>Zusammenfassung speichern (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>SupportController</name>
    <message>
        <source>The diagnostic report is being put together…</source>
        <translation>Der Diagnosebericht wird erstellt…</translation>
    </message>
    <message>
        <source>Putting the diagnostic report together and testing the connection…</source>
        <translation>Der Diagnosebericht wird erstellt und die Verbindung getestet…</translation>
    </message>
    <message>
        <source>The diagnostic report was copied. Paste it into your message to IT.</source>
        <translation>Der Diagnosebericht wurde kopiert. Fügen Sie ihn in Ihre Nachricht an die IT ein.</translation>
    </message>
    <message>
        <source>The request was copied as a curl command. The key is not in it: set DESKTOP_CHAT_API_KEY before running it.</source>
        <translation>Die Anfrage wurde als curl-Befehl kopiert. Der Schlüssel ist nicht enthalten: Setzen Sie DESKTOP_CHAT_API_KEY, bevor Sie den Befehl ausführen.</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation>Benachrichtigung schließen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ToolApprovals</name>
    <message>
        <source>A tool is waiting for your go-ahead in another chat.</source>
        <translation>Ein Tool wartet in einem anderen Chat auf Ihre Zustimmung.</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>What the tool says it does</source>
        <translation>Was das Tool laut eigener Angabe tut</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Einmal erlauben</translation>
    </message>
    <message>
        <source>Allow {tool} this time</source>
        <translation>{tool} dieses Mal erlauben</translation>
    </message>
    <message>
        <source>Always allow this tool</source>
        <translation>Dieses Tool immer erlauben</translation>
    </message>
    <message>
        <source>Always allow {tool}, without asking again</source>
        <translation>{tool} immer erlauben, ohne erneut zu fragen</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Do not let {tool} run</source>
        <translation>{tool} nicht ausführen lassen</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message>
        <source>Show the arguments folded</source>
        <translation>Argumente eingeklappt anzeigen</translation>
    </message>
    <message>
        <source>Show all of the arguments</source>
        <translation>Alle Argumente anzeigen</translation>
    </message>
    <message>
        <source>Show or hide what {tool} was given and returned</source>
        <translation>Ein- oder ausblenden, was {tool} übergeben wurde und was es zurückgegeben hat</translation>
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
        <translation>Details ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Result of {tool}</source>
        <translation>Ergebnis von {tool}</translation>
    </message>
    <message>
        <source>Show the start of the result</source>
        <translation>Anfang des Ergebnisses anzeigen</translation>
    </message>
    <message>
        <source>Show all of the result</source>
        <translation>Gesamtes Ergebnis anzeigen</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <source>The model kept calling tools ({rounds} times in a row), so the app stopped it. Ask it to go on if you want more.</source>
        <translation>Das Modell hat immer wieder Tools aufgerufen ({rounds}-mal nacheinander), daher hat die App es gestoppt. Bitten Sie es, weiterzumachen, wenn Sie mehr möchten.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Wants to use {tool} from {server}</source>
        <translation>Möchte {tool} von {server} verwenden</translation>
    </message>
    <message>
        <source>Wants to use {tool}</source>
        <translation>Möchte {tool} verwenden</translation>
    </message>
    <message>
        <source>The model wants to use {tool} from {server}</source>
        <translation>Das Modell möchte {tool} von {server} verwenden</translation>
    </message>
    <message>
        <source>The model wants to use {tool}</source>
        <translation>Das Modell möchte {tool} verwenden</translation>
    </message>
    <message>
        <source>Only reads</source>
        <translation>Nur lesend</translation>
    </message>
    <message>
        <source>Can change or delete things</source>
        <translation>Kann Dinge ändern oder löschen</translation>
    </message>
    <message>
        <source>The tool does not describe itself.</source>
        <translation>Das Tool beschreibt sich nicht selbst.</translation>
    </message>
    <message>
        <source>This tool was not offered to the model; nothing is known about it.</source>
        <translation>Dieses Tool wurde dem Modell nicht angeboten; es ist nichts darüber bekannt.</translation>
    </message>
    <message>
        <source>These arguments are not valid JSON. They are shown as the model wrote them.</source>
        <translation>Diese Argumente sind kein gültiges JSON. Sie werden so angezeigt, wie das Modell sie geschrieben hat.</translation>
    </message>
    <message>
        <source>These arguments are not a JSON object, which tools expect.</source>
        <translation>Diese Argumente sind kein JSON-Objekt, wie es Tools erwarten.</translation>
    </message>
    <message>
        <source>No arguments.</source>
        <translation>Keine Argumente.</translation>
    </message>
    <message>
        <source>Running {tool}… {elapsed}</source>
        <translation>{tool} wird ausgeführt… {elapsed}</translation>
    </message>
    <message>
        <source>Starting {tool}…</source>
        <translation>{tool} wird gestartet…</translation>
    </message>
    <message>
        <source>{tool} is waiting for its turn.</source>
        <translation>{tool} wartet, bis es an der Reihe ist.</translation>
    </message>
    <message>
        <source>{tool} was not run.</source>
        <translation>{tool} wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Used {tool}</source>
        <translation>{tool} verwendet</translation>
    </message>
    <message>
        <source>{tool} did not work. The model was told what went wrong.</source>
        <translation>{tool} hat nicht funktioniert. Dem Modell wurde mitgeteilt, was schiefgelaufen ist.</translation>
    </message>
    <message>
        <source>{tool} took too long and was stopped. The model was told.</source>
        <translation>{tool} hat zu lange gebraucht und wurde gestoppt. Das Modell wurde informiert.</translation>
    </message>
    <message>
        <source>You did not allow {tool}. The model was told.</source>
        <translation>Sie haben {tool} nicht erlaubt. Das Modell wurde informiert.</translation>
    </message>
    <message>
        <source>{tool} was stopped with the answer.</source>
        <translation>{tool} wurde mit der Antwort gestoppt.</translation>
    </message>
    <message>
        <source>The model asked for {tool} with arguments that make no sense, so it was not run.</source>
        <translation>Das Modell hat {tool} mit unsinnigen Argumenten angefordert, daher wurde es nicht ausgeführt.</translation>
    </message>
    <message>
        <source>The model asked for a tool that does not exist ({tool}), so nothing was run.</source>
        <translation>Das Modell hat ein Tool angefordert, das es nicht gibt ({tool}), daher wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>{used} · {duration}</source>
        <translation>{used} · {duration}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What the model was told</source>
        <translation>Was dem Modell mitgeteilt wurde</translation>
    </message>
    <message>
        <source>Show all ({count} characters)</source>
        <translation>Alles anzeigen ({count} Zeichen)</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} characters.</source>
        <translation>Angezeigt werden die ersten {shown} von {total} Zeichen.</translation>
    </message>
    <message>
        <source>● ready ({tools})</source>
        <translation>● bereit ({tools})</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Connected, but the server offers no tools.</source>
        <translation>Verbunden, aber der Server bietet keine Tools an.</translation>
    </message>
    <message>
        <source>Connected: {tools} — {names}</source>
        <translation>Verbunden: {tools} – {names}</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>Verbindung nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>its program was not found — check the command, or install it</source>
        <translation>sein Programm wurde nicht gefunden – prüfen Sie den Befehl, oder installieren Sie das Programm</translation>
    </message>
    <message>
        <source>its program could not be started</source>
        <translation>sein Programm konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>its address did not answer — check the URL and your connection</source>
        <translation>seine Adresse hat nicht geantwortet – prüfen Sie die URL und Ihre Verbindung</translation>
    </message>
    <message>
        <source>it started but did not answer like a tool server</source>
        <translation>er wurde gestartet, hat aber nicht wie ein Tool-Server geantwortet</translation>
    </message>
    <message>
        <source>it stopped; it is started again shortly</source>
        <translation>er wurde beendet; er wird in Kürze neu gestartet</translation>
    </message>
    <message>
        <source>a secret value it needs is missing — enter it again in Settings → Tools</source>
        <translation>ein benötigter geheimer Wert fehlt – geben Sie ihn unter Einstellungen → Tools erneut ein</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>Tools let the model use other programs — a calendar, a ticket tracker, files — through MCP servers. Each use asks you first unless you allow the tool always.</source>
        <translation>Mit Tools kann das Modell über MCP-Server andere Programme nutzen – einen Kalender, ein Ticketsystem, Dateien. Jede Verwendung fragt Sie zuerst, sofern Sie das Tool nicht immer erlauben.</translation>
    </message>
    <message>
        <source>Saved in {path}</source>
        <translation>Gespeichert in {path}</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>Tool-Server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No tool servers yet. Add one, or ask your IT contact for an mcp.json file.</source>
        <translation>Noch keine Tool-Server. Fügen Sie einen hinzu, oder fragen Sie Ihre IT-Ansprechperson nach einer mcp.json-Datei.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Tool-Server hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the tool server</source>
        <translation>Tool-Server bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the tool server</source>
        <translation>Tool-Server entfernen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Test the tool server</source>
        <translation>Tool-Server testen</translation>
    </message>
    <message>
        <source>Connect to the server and list its tools</source>
        <translation>Mit dem Server verbinden und seine Tools auflisten</translation>
    </message>
    <message>
        <source>Tick to use this server; untick to keep it but not start it</source>
        <translation>Aktivieren, um diesen Server zu verwenden; deaktivieren, um ihn zu behalten, aber nicht zu starten</translation>
    </message>
    <message>
        <source>{server} ({set_by})</source>
        <translation>{server} ({set_by})</translation>
    </message>
    <message>
        <source>Allowed without asking: {tools}</source>
        <translation>Ohne Nachfrage erlaubt: {tools}</translation>
    </message>
    <message>
        <source>Every tool of this server asks before it runs.</source>
        <translation>Jedes Tool dieses Servers fragt nach, bevor es ausgeführt wird.</translation>
    </message>
    <message>
        <source>Remove tool server?</source>
        <translation>Tool-Server entfernen?</translation>
    </message>
    <message>
        <source>Remove the server “{name}”?</source>
        <translation>Den Server „{name}“ entfernen?</translation>
    </message>
    <message>
        <source>The model can no longer use its tools. Chats that used them keep what they showed.</source>
        <translation>Das Modell kann seine Tools nicht mehr verwenden. Chats, in denen sie verwendet wurden, behalten, was sie angezeigt haben.</translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation>Verbindung mit {name} wird hergestellt…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
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
        <translation>Tools in diesem Chat verwenden</translation>
    </message>
    <message>
        <source>When on, the model may ask to use these tools in this chat</source>
        <translation>Wenn aktiviert, darf das Modell in diesem Chat anfragen, diese Tools zu verwenden</translation>
    </message>
    <message>
        <source>Tools: {servers} ({tools})</source>
        <translation>Tools: {servers} ({tools})</translation>
    </message>
    <message>
        <source>Tools: none working</source>
        <translation>Tools: keine funktionsfähig</translation>
    </message>
    <message>
        <source>Not working: {servers}</source>
        <translation>Nicht funktionsfähig: {servers}</translation>
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
        <translation>Desktop Chat {version} ist verfügbar.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>Usage chart</source>
        <translation>Nutzungsdiagramm</translation>
    </message>
    <message>
        <source>Tokens per month</source>
        <translation>Token pro Monat</translation>
    </message>
    <message>
        <source>Estimated cost per month</source>
        <translation>Geschätzte Kosten pro Monat</translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation>Token pro Tag</translation>
    </message>
    <message>
        <source>Estimated cost per day</source>
        <translation>Geschätzte Kosten pro Tag</translation>
    </message>
    <message>
        <source>{what}; the highest: {when}.</source>
        <translation>{what}; Höchstwert: {when}.</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Eingabe-Token</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Token</translation>
    </message>
    <message>
        <source>Estimated cost (US dollars)</source>
        <translation>Geschätzte Kosten (US-Dollar)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>Token gesamt</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
        <translation>{amount} + unbekannt</translation>
    </message>
    <message>
        <source>No price is known for this model, so its cost can&apos;t be estimated.</source>
        <translation>Für dieses Modell ist kein Preis bekannt, daher können seine Kosten nicht geschätzt werden.</translation>
    </message>
    <message>
        <source>Some of these tokens are of a model with no known price: the real cost is higher than the estimate.</source>
        <translation>Einige dieser Token stammen von einem Modell ohne bekannten Preis: Die tatsächlichen Kosten liegen über der Schätzung.</translation>
    </message>
    <message>
        <source>An estimate from list prices per million tokens.</source>
        <translation>Eine Schätzung auf Basis der Listenpreise pro Million Token.</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>Unbekanntes Modell</translation>
    </message>
    <message>
        <source>Deleted chats (summaries and titles)</source>
        <translation>Gelöschte Chats (Zusammenfassungen und Titel)</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>Chat ohne Titel</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Requests: {requests} · Tokens: {total} ({input} in, {output} out) · Estimated cost: {cost}</source>
        <translation>Anfragen: {requests} · Token: {total} ({input} Eingabe, {output} Ausgabe) · Geschätzte Kosten: {cost}</translation>
    </message>
    <message>
        <source>summaries of long chats: {tokens} tokens ({cost})</source>
        <translation>Zusammenfassungen langer Chats: {tokens} Token ({cost})</translation>
    </message>
    <message>
        <source>chat titles: {tokens} tokens ({cost})</source>
        <translation>Chattitel: {tokens} Token ({cost})</translation>
    </message>
    <message>
        <source>Included above, the app&apos;s own requests — {parts}.</source>
        <translation>Oben enthalten sind die eigenen Anfragen der App – {parts}.</translation>
    </message>
    <message>
        <source>Costs are estimates from list prices per million tokens; your gateway&apos;s bill may differ. “unknown” means no price is known for that model. Only answers whose gateway reported their token counts are counted.</source>
        <translation>Die Kosten sind Schätzungen auf Basis der Listenpreise pro Million Token; die Abrechnung Ihres Gateways kann abweichen. „unbekannt“ bedeutet, dass für dieses Modell kein Preis bekannt ist. Gezählt werden nur Antworten, deren Tokenanzahl das Gateway gemeldet hat.</translation>
    </message>
    <message>
        <source>No usage yet. Tokens are counted for each answer once the gateway reports them.</source>
        <translation>Noch keine Nutzung. Token werden für jede Antwort gezählt, sobald das Gateway sie meldet.</translation>
    </message>
    <message>
        <source>No usage in this period yet. Tokens are counted for each answer once the gateway reports them; choose a longer period to see earlier chats.</source>
        <translation>In diesem Zeitraum noch keine Nutzung. Token werden für jede Antwort gezählt, sobald das Gateway sie meldet; wählen Sie einen längeren Zeitraum, um frühere Chats zu sehen.</translation>
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
Anfragen: {requests}
Eingabe-Token: {input}
Ausgabe-Token: {output}
Geschätzte Kosten: {cost}</translation>
    </message>
    <message>
        <source>The usage could not be shown: {reason}</source>
        <translation>Die Nutzung konnte nicht angezeigt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>UsageWindow</name>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Chart shows</source>
        <translation>Diagramm zeigt</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Show &amp;by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>About the estimates</source>
        <translation>Zu den Schätzungen</translation>
    </message>
    <message>
        <source>Usage table</source>
        <translation>Nutzungstabelle</translation>
    </message>
    <message>
        <source>No usage</source>
        <translation>Keine Nutzung</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Export usage</source>
        <translation>Nutzung exportieren</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The CSV file was not saved: {reason}</source>
        <translation>Die CSV-Datei wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Saved {name} ({when}).</source>
        <translation>{name} gespeichert ({when}).</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>This computer has no password store, so your key can be kept only until you close the app.</source>
        <translation>Dieser Computer hat keinen Kennwortspeicher, daher kann Ihr Schlüssel nur aufbewahrt werden, bis Sie die App schließen.</translation>
    </message>
    <message>
        <source>This address uses plain HTTP: your key would travel unencrypted.</source>
        <translation>Diese Adresse verwendet einfaches HTTP: Ihr Schlüssel würde unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>Test and continue</source>
        <translation>Testen und fortfahren</translation>
    </message>
    <message>
        <source>Keep for this session and continue</source>
        <translation>Für diese Sitzung behalten und fortfahren</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Desktop Chat</source>
        <translation>Willkommen bei Desktop Chat</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Paste the API key you were given to start chatting. You can change it later in Settings.</source>
        <translation>Fügen Sie den API-Schlüssel ein, den Sie erhalten haben, um mit dem Chatten zu beginnen. Sie können ihn später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Gateway-Adresse</translation>
    </message>
    <message>
        <source>The address of your organisation&apos;s chat gateway</source>
        <translation>Die Adresse des Chat-Gateways Ihrer Organisation</translation>
    </message>
    <message>
        <source>Your key is kept in {location}, never in a file.</source>
        <translation>Ihr Schlüssel wird in {location} aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Keep the key only until I close the app</source>
        <translation>Schlüssel nur aufbewahren, bis ich die App schließe</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Try the offline demo (no key needed)</source>
        <translation>Offline-Demo ausprobieren (kein Schlüssel nötig)</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>Offline-Demo ausprobieren</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Check the key and the address with the gateway, then start</source>
        <translation>Schlüssel und Adresse beim Gateway prüfen, dann starten</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>Gateway &amp;address</source>
        <translation>&amp;Gateway-Adresse</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>About Desktop Chat</source>
        <translation>Über Desktop Chat</translation>
    </message>
    <message>
        <source>Chat with the models of your organisation&apos;s gateway. Your chats are kept on this computer in:
{folder}</source>
        <translation>Chatten Sie mit den Modellen des Gateways Ihrer Organisation. Ihre Chats werden auf diesem Computer gespeichert in:
{folder}</translation>
    </message>
</context>
</TS>
