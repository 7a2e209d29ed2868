<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AnswerImage</name>
    <message>
        <source>Image {name}</source>
        <translation>Imagen {name}</translation>
    </message>
    <message>
        <source>Open larger</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Open the image larger</source>
        <translation>Abrir la imagen más grande</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Guardar imagen…</translation>
    </message>
    <message>
        <source>Save the image to a file</source>
        <translation>Guardar la imagen en un archivo</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation>Copiar la imagen al portapapeles</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Save image</source>
        <translation>Guardar imagen</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>“{name}” is not available right now, so nothing was saved.</source>
        <translation>«{name}» no está disponible en este momento, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>“{name}” is no longer in your history, so nothing was saved.</source>
        <translation>«{name}» ya no está en tu historial, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>“{name}” could not be saved there. Choose another folder.</source>
        <translation>No se pudo guardar «{name}» ahí. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>“{name}” is no longer in your history.</source>
        <translation>«{name}» ya no está en tu historial.</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>No copiado</translation>
    </message>
    <message>
        <source>“{name}” can&apos;t be copied: it is not a picture this app can show.</source>
        <translation>No se puede copiar «{name}»: no es una imagen que esta aplicación pueda mostrar.</translation>
    </message>
    <message>
        <source>“{name}” is not available right now.</source>
        <translation>«{name}» no está disponible en este momento.</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Image {name}, {detail}</source>
        <translation>Imagen {name}, {detail}</translation>
    </message>
    <message>
        <source>Document {name}, {detail}</source>
        <translation>Documento {name}, {detail}</translation>
    </message>
    <message>
        <source>Press Enter to open</source>
        <translation>Presiona Enter para abrir</translation>
    </message>
</context>
<context>
    <name>AttachmentChips</name>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
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
        <translation>Imagen {type}</translation>
    </message>
    <message>
        <source>{type} document</source>
        <translation>Documento {type}</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} páginas</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>escaneado</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} píxeles</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>adjunto</translation>
    </message>
    <message>
        <source>“{name}” can&apos;t be shown.</source>
        <translation>No se puede mostrar «{name}».</translation>
    </message>
    <message>
        <source>Switch model</source>
        <translation>Cambiar de modelo</translation>
    </message>
    <message>
        <source>Remove the images</source>
        <translation>Quitar las imágenes</translation>
    </message>
    <message>
        <source>Send pages as images</source>
        <translation>Enviar las páginas como imágenes</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Quitarlo</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Pictures and documents (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.docx *.xlsx *.pptx *.csv *.txt *.md *.json)</source>
        <translation>Imágenes y documentos (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.docx *.xlsx *.pptx *.csv *.txt *.md *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Links to files on the web can&apos;t be attached. Download the file, then attach it.</source>
        <translation>No se pueden adjuntar enlaces a archivos de la web. Descarga el archivo y luego adjúntalo.</translation>
    </message>
    <message>
        <source>“{name}” could not be opened. Check that the file still exists and that you may read it.</source>
        <translation>No se pudo abrir «{name}». Comprueba que el archivo todavía existe y que tienes permiso para leerlo.</translation>
    </message>
    <message>
        <source>“{name}” is a kind of file the app can&apos;t read. You can attach pictures (PNG, JPEG, WebP, GIF), PDF, Word, Excel, PowerPoint, CSV and text files.</source>
        <translation>«{name}» es un tipo de archivo que la aplicación no puede leer. Puedes adjuntar imágenes (PNG, JPEG, WebP, GIF), archivos PDF, Word, Excel, PowerPoint, CSV y de texto.</translation>
    </message>
    <message>
        <source>“{name}” is too big to attach (the limit is 50 MB). Attach a smaller file or only the part you need.</source>
        <translation>«{name}» es demasiado grande para adjuntarlo (el límite es de 50 MB). Adjunta un archivo más pequeño o solo la parte que necesites.</translation>
    </message>
    <message>
        <source>“{name}” seems to be damaged and could not be read. Try saving it again from the program that made it.</source>
        <translation>«{name}» parece estar dañado y no se pudo leer. Prueba a guardarlo de nuevo desde el programa con el que se creó.</translation>
    </message>
    <message>
        <source>“{name}” is protected by a password. Save a copy without the password, then attach that.</source>
        <translation>«{name}» está protegido con contraseña. Guarda una copia sin contraseña y adjunta esa copia.</translation>
    </message>
    <message>
        <source>Reading “{name}” took too long, so it was stopped. Try a smaller file, or copy the part you need into the message.</source>
        <translation>La lectura de «{name}» tardaba demasiado, así que se detuvo. Prueba con un archivo más pequeño o copia en el mensaje la parte que necesites.</translation>
    </message>
    <message>
        <source>“{name}” is built in an unusual way that could overload the computer, so it was not opened.</source>
        <translation>«{name}» tiene una estructura inusual que podría sobrecargar el equipo, así que no se abrió.</translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation>«{name}» está vacío.</translation>
    </message>
    <message>
        <source>Reading “{name}” was stopped; it was not attached.</source>
        <translation>Se detuvo la lectura de «{name}»; no se adjuntó.</translation>
    </message>
    <message>
        <source>“{name}” was not attached: a message can carry up to 20 files. Send these first, or remove some.</source>
        <translation>«{name}» no se adjuntó: un mensaje puede llevar hasta 20 archivos. Envía estos primero o quita algunos.</translation>
    </message>
    <message>
        <source>“{name}” could not be saved in the history (is the disk full?). Nothing was attached.</source>
        <translation>No se pudo guardar «{name}» en el historial (¿está lleno el disco?). No se adjuntó nada.</translation>
    </message>
    <message>
        <source>{model} can&apos;t see images. Switch to a model that can, or remove the images.</source>
        <translation>{model} no puede ver imágenes. Cambia a un modelo que pueda verlas o quita las imágenes.</translation>
    </message>
    <message>
        <source>“{name}” is a scan: it has no text the model can read. Send its pages as images instead?</source>
        <translation>«{name}» es un documento escaneado: no tiene texto que el modelo pueda leer. ¿Quieres enviar sus páginas como imágenes?</translation>
    </message>
    <message>
        <source>“{name}” is too long for {model} (about {tokens} tokens; it reads {window}). Remove it, or switch to a model with a larger context window.</source>
        <translation>«{name}» es demasiado largo para {model} (unos {tokens} tokens; admite {window}). Quítalo o cambia a un modelo con una ventana de contexto más grande.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The history could not be backed up: the folder {folder} is not there. Is its drive connected?</source>
        <translation>No se pudo hacer la copia de seguridad del historial: la carpeta {folder} no está. ¿Está conectada su unidad?</translation>
    </message>
    <message>
        <source>The history could not be backed up: the disk of {folder} is full.</source>
        <translation>No se pudo hacer la copia de seguridad del historial: el disco de {folder} está lleno.</translation>
    </message>
    <message>
        <source>The backup copy failed its check, so it was not kept. The next backup tries again.</source>
        <translation>La copia de seguridad no superó la comprobación, así que no se conservó. Se volverá a intentar en la próxima copia.</translation>
    </message>
    <message>
        <source>The history could not be read to back it up.</source>
        <translation>No se pudo leer el historial para hacer la copia de seguridad.</translation>
    </message>
    <message>
        <source>The history could not be backed up: the folder {folder} can&apos;t be written to.</source>
        <translation>No se pudo hacer la copia de seguridad del historial: no se puede escribir en la carpeta {folder}.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>Backed up as {name}.</source>
        <translation>Copia de seguridad guardada como {name}.</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>Configuración de copias de seguridad</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace your history with the backup {name}?</source>
        <translation>¿Quieres reemplazar tu historial por la copia de seguridad {name}?</translation>
    </message>
    <message>
        <source>Your current history is kept as {kept} in {folder}, unchanged. Desktop Chat then starts again with the backup&apos;s chats.</source>
        <translation>Tu historial actual se conserva sin cambios como {kept} en {folder}. Después, Desktop Chat se reinicia con los chats de la copia de seguridad.</translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>Restaurar y reiniciar</translation>
    </message>
    <message>
        <source>This backup can&apos;t be used: it is damaged or is not a Desktop Chat history. Your current history was not changed.</source>
        <translation>Esta copia de seguridad no se puede usar: está dañada o no es un historial de Desktop Chat. No se cambió tu historial actual.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to your history. Your current history was not changed.</source>
        <translation>No se pudo copiar la copia de seguridad junto a tu historial. No se cambió tu historial actual.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Back up the history &amp;every day</source>
        <translation>Hacer copia de seguridad del historial &amp;todos los días</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Empty: the app&apos;s own backups folder</source>
        <translation>Vacío: la carpeta de copias de seguridad de la aplicación</translation>
    </message>
    <message>
        <source>A synced company folder works: a backup appears there only once it is complete and checked</source>
        <translation>Sirve una carpeta sincronizada de la empresa: cada copia aparece en ella solo cuando está completa y comprobada</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>Co&amp;nservar las más recientes</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Copias de seguridad conservadas</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> copias</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Definido por tu organización</translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation>Copias de seguridad en la carpeta</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Hacer copia &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Restore from this backup…</source>
        <translation>&amp;Restaurar desde esta copia…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Restaurar &amp;desde un archivo…</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Todavía no se ha hecho ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Última copia de seguridad: {when}</translation>
    </message>
    <message>
        <source>{when} — {size}</source>
        <translation>{when} — {size}</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation>Todavía no hay copias de seguridad en esta carpeta.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>History backup (*.sqlite3)</source>
        <translation>Copia de seguridad del historial (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Dismiss this notice and keep waiting for the answer</source>
        <translation>Descartar este aviso y seguir esperando la respuesta</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Descartar aviso</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>Change key</source>
        <translation>Cambiar clave</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir configuración</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>Elegir otro modelo</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Stop trying</source>
        <translation>Dejar de intentarlo</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Start a new history</source>
        <translation>Empezar un historial nuevo</translation>
    </message>
    <message>
        <source>{error} Your message is saved and can be sent when you&apos;re back online.</source>
        <translation>{error} Tu mensaje está guardado y se podrá enviar cuando vuelvas a tener conexión.</translation>
    </message>
    <message>
        <source>{error} — trying again in {seconds} s…</source>
        <translation>{error} — se volverá a intentar en {seconds} s…</translation>
    </message>
    <message>
        <source>Add your API key to start chatting.</source>
        <translation>Agrega tu clave de API para empezar a chatear.</translation>
    </message>
    <message>
        <source>The model is taking longer than usual.</source>
        <translation>El modelo está tardando más de lo habitual.</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Seguir esperando</translation>
    </message>
</context>
<context>
    <name>CertificatesChoice</name>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose a certificates file</source>
        <translation>Elegir un archivo de certificados</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the certificates file</source>
        <translation>Quitar el archivo de certificados</translation>
    </message>
    <message>
        <source>Certificates from this file (PEM) are trusted as well as this computer&apos;s own, e.g. your company&apos;s inspection certificate.</source>
        <translation>Los certificados de este archivo (PEM) se consideran de confianza además de los del propio equipo; por ejemplo, el certificado de inspección de tu empresa.</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>None (this computer&apos;s certificates only)</source>
        <translation>Ninguno (solo los certificados de este equipo)</translation>
    </message>
    <message>
        <source>This file doesn&apos;t exist, so it can&apos;t be used. Choose it again, or remove it.</source>
        <translation>Este archivo no existe, así que no se puede usar. Vuelve a elegirlo o quítalo.</translation>
    </message>
    <message>
        <source>This file can&apos;t be read, so it can&apos;t be used. Choose it again, or remove it.</source>
        <translation>Este archivo no se puede leer, así que no se puede usar. Vuelve a elegirlo o quítalo.</translation>
    </message>
    <message>
        <source>This file holds no certificate in PEM form (text starting with “-----BEGIN CERTIFICATE-----”). Ask IT for the certificate as a PEM file.</source>
        <translation>Este archivo no contiene ningún certificado en formato PEM (texto que empieza por «-----BEGIN CERTIFICATE-----»). Pide al soporte técnico el certificado como archivo PEM.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Ask anything. Enter sends, Shift+Enter adds a line.</source>
        <translation>Pregunta lo que quieras. Enter envía; Shift+Enter agrega una línea.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <translation>↓  Ir al último</translation>
    </message>
    <message>
        <source>Jump to latest message</source>
        <translation>Ir al último mensaje</translation>
    </message>
    <message>
        <source>Remove summary?</source>
        <translation>¿Quitar el resumen?</translation>
    </message>
    <message>
        <source>Remove this summary?</source>
        <translation>¿Quitar este resumen?</translation>
    </message>
    <message>
        <source>The messages it stands for stay in the chat, but the model no longer gets their gist when they do not fit in its context window.</source>
        <translation>Los mensajes que resume siguen en el chat, pero el modelo dejará de recibir su esencia cuando no quepan en su ventana de contexto.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove summary</source>
        <translation>Quitar resumen</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>¿Abrir el enlace?</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

{url}</source>
        <translation>¿Quieres abrir este enlace en tu navegador web?

{url}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Abrir enlace</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <source>Stop reading {name}</source>
        <translation>Dejar de leer {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Stop reading this file</source>
        <translation>Dejar de leer este archivo</translation>
    </message>
</context>
<context>
    <name>CodeBlockView</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Copy this code to the clipboard</source>
        <translation>Copiar este código al portapapeles</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Type your message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Escribe tu mensaje. Enter envía; Shift+Enter empieza una línea nueva.</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Mensaje…  (Enter para enviar, Shift+Enter para una línea nueva)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Enter)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Attach files or pictures (you can also paste or drop them)</source>
        <translation>Adjuntar archivos o imágenes (también puedes pegarlos o arrastrarlos aquí)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Detener (Esc)</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connected — 1 model available.</source>
        <translation>Conectado: hay 1 modelo disponible.</translation>
    </message>
    <message>
        <source>Connected — {count} models available.</source>
        <translation>Conectado: hay {count} modelos disponibles.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Prueba cancelada.</translation>
    </message>
    <message>
        <source>Something went wrong while testing: {kind}</source>
        <translation>Algo salió mal durante la prueba: {kind}</translation>
    </message>
</context>
<context>
    <name>ContextBar</name>
    <message>
        <source>Summarising stopped; nothing was changed.</source>
        <translation>Se detuvo el resumen; no se cambió nada.</translation>
    </message>
    <message>
        <source>Summary written. It is sent in place of the earlier messages; you can edit or remove it in the chat.</source>
        <translation>Resumen escrito. Se envía en lugar de los mensajes anteriores; puedes editarlo o quitarlo en el chat.</translation>
    </message>
    <message>
        <source>Summarising the earlier messages…</source>
        <translation>Resumiendo los mensajes anteriores…</translation>
    </message>
    <message>
        <source>Summarising the earlier messages… part {done} of {total}</source>
        <translation>Resumiendo los mensajes anteriores… parte {done} de {total}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
</context>
<context>
    <name>ContextDivider</name>
    <message>
        <source>The model only sees the newest messages that fit in its context window; the ones above this line are not sent. Summarising them keeps their gist: the summary is sent in their place.</source>
        <translation>El modelo solo ve los mensajes más recientes que caben en su ventana de contexto; los que están por encima de esta línea no se envían. Si los resumes, se conserva su esencia: el resumen se envía en su lugar.</translation>
    </message>
    <message>
        <source>Summarise them</source>
        <translation>Resumirlos</translation>
    </message>
    <message>
        <source>Summarise the earlier messages</source>
        <translation>Resumir los mensajes anteriores</translation>
    </message>
    <message numerus="yes">
        <source>Earlier messages are not sent to the model — %Ln message(s)</source>
        <translation>
            <numerusform>Los mensajes anteriores no se envían al modelo: %Ln mensaje</numerusform>
            <numerusform>Los mensajes anteriores no se envían al modelo: %Ln mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Summarising…</source>
        <translation>Resumiendo…</translation>
    </message>
    <message>
        <source>Summarising the earlier messages</source>
        <translation>Resumiendo los mensajes anteriores</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <source>the standard figure for this model</source>
        <translation>el valor estándar de este modelo</translation>
    </message>
    <message>
        <source>as your gateway reports it</source>
        <translation>según lo indica tu pasarela</translation>
    </message>
    <message>
        <source>learned from the gateway&apos;s own error</source>
        <translation>según el propio error de la pasarela</translation>
    </message>
    <message>
        <source>as set in Settings</source>
        <translation>según la configuración</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Contexto usado</translation>
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
        <translation>Se enviarán unos {used} tokens a {model}. Todavía no se conoce su ventana de contexto; se averigua si la pasarela indica que el chat es demasiado largo.</translation>
    </message>
    <message>
        <source>About {used} of {window} tokens of {model}&apos;s context window ({source}).</source>
        <translation>Unos {used} de los {window} tokens de la ventana de contexto de {model} ({source}).</translation>
    </message>
    <message>
        <source>{reserve} tokens are kept free for the answer.</source>
        <translation>Se reservan {reserve} tokens para la respuesta.</translation>
    </message>
    <message>
        <source>Your message alone is longer than this model can take: shorten it, or choose a model with a larger window.</source>
        <translation>Tu mensaje por sí solo es más largo de lo que admite este modelo: acórtalo o elige un modelo con una ventana más grande.</translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n message(s) will not be sent; the model sees your system prompt and the newest messages that fit.</source>
        <translation>
            <numerusform>No se enviará %n mensaje, el más antiguo; el modelo ve tus instrucciones del sistema y los mensajes más recientes que caben.</numerusform>
            <numerusform>No se enviarán los %n mensajes más antiguos; el modelo ve tus instrucciones del sistema y los mensajes más recientes que caben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close to the limit: from the next messages on, the oldest ones will be left out. Summarising them keeps their gist.</source>
        <translation>Cerca del límite: a partir de los próximos mensajes, se omitirán los más antiguos. Si los resumes, se conserva su esencia.</translation>
    </message>
    <message>
        <source>The whole chat fits: everything is sent.</source>
        <translation>El chat entero cabe: se envía todo.</translation>
    </message>
    <message>
        <source>A summary is sent in place of the earliest messages.</source>
        <translation>Se envía un resumen en lugar de los mensajes más antiguos.</translation>
    </message>
    <message>
        <source>Counts are estimates; they get closer to the gateway&apos;s own with every answer.</source>
        <translation>Los recuentos son aproximados; se acercan más a los de la pasarela con cada respuesta.</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Chat title</source>
        <translation>Título del chat</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Pinned</source>
        <translation>Anclados</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivados</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Diciembre</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>Chat sin título</translation>
    </message>
    <message>
        <source>{heading} (heading)</source>
        <translation>{heading} (encabezado)</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>pinned</source>
        <translation>anclado</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <source>answer in progress</source>
        <translation>respuesta en curso</translation>
    </message>
</context>
<context>
    <name>ConversationListPanel</name>
    <message>
        <source>No chats yet — start one with New chat (Ctrl+N)</source>
        <translation>Aún no hay chats: empieza uno con Nuevo chat (Ctrl+N)</translation>
    </message>
    <message>
        <source>No archived chats.</source>
        <translation>No hay chats archivados.</translation>
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
        <translation>Página web (.html)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Empezar un chat nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <source>Search all chats (Ctrl+F)</source>
        <translation>Buscar en todos los chats (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Chat list</source>
        <translation>Lista de chats</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Show archived chats</source>
        <translation>Mostrar chats archivados</translation>
    </message>
    <message>
        <source>No chats match “{query}”.</source>
        <translation>Ningún chat coincide con «{query}».</translation>
    </message>
    <message>
        <source>Actions for {title}</source>
        <translation>Acciones para {title}</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desanclar</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anclar</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Desarchivar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Exportar como</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat deleted</source>
        <translation>Chat eliminado</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Deleted “{title}”. Undo is available for {seconds} seconds.</source>
        <translation>Se eliminó «{title}». Puedes deshacerlo durante {seconds} segundos.</translation>
    </message>
    <message>
        <source>Hide archived chats</source>
        <translation>Ocultar chats archivados</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <source>Send a message first: a new chat gets its title then.</source>
        <translation>Envía primero un mensaje: es entonces cuando un chat nuevo recibe su título.</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%Ln tool(s)</source>
        <translation>
            <numerusform>%Ln herramienta</numerusform>
            <numerusform>%Ln herramientas</numerusform>
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
            <numerusform>%Ln chat importado.</numerusform>
            <numerusform>%Ln chats importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) imported, {already_there} already here.</source>
        <translation>
            <numerusform>%Ln chat importado; ya había aquí {already_there}.</numerusform>
            <numerusform>%Ln chats importados; ya había aquí {already_there}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more row(s) or character(s) were left out to fit.</source>
        <translation>
            <numerusform>Se omitió %Ln fila o carácter más para que cupiera.</numerusform>
            <numerusform>Se omitieron %Ln filas o caracteres más para que cupiera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong — Desktop Chat</source>
        <translation>Algo salió mal — Desktop Chat</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <source>The app kept running and your chats are safe. If this keeps happening, send the details below to your IT contact.</source>
        <translation>La aplicación sigue funcionando y tus chats están a salvo. Si vuelve a ocurrir, envía los detalles que aparecen abajo a tu contacto de soporte técnico.</translation>
    </message>
    <message>
        <source>The details were also written to the log file: {path}</source>
        <translation>Los detalles también se escribieron en el archivo de registro: {path}</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir carpeta de registros</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <source>Text the model read</source>
        <translation>Texto que leyó el modelo</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Save a copy of the original file</source>
        <translation>Guardar una copia del archivo original</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Cerrar la vista previa</translation>
    </message>
    <message>
        <source>This is a scan without a text layer: the model got no text from it.</source>
        <translation>Es un documento escaneado sin capa de texto: el modelo no obtuvo ningún texto de él.</translation>
    </message>
    <message>
        <source>No text was read from this file.</source>
        <translation>No se leyó ningún texto de este archivo.</translation>
    </message>
    <message>
        <source>This is the text the model read from the file.</source>
        <translation>Este es el texto que el modelo leyó del archivo.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>${amount}</source>
        <translation>{amount} US$</translation>
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
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Open a chat to export it.</source>
        <translation>Abre un chat para exportarlo.</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Exportar chat</translation>
    </message>
    <message>
        <source>Chat archive (*.json)</source>
        <translation>Archivo de chats (*.json)</translation>
    </message>
    <message>
        <source>Export all chats</source>
        <translation>Exportar todos los chats</translation>
    </message>
    <message>
        <source>Chat archives and ChatGPT exports (*.json *.zip)</source>
        <translation>Archivos de chats y exportaciones de ChatGPT (*.json *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Importar chats</translation>
    </message>
    <message>
        <source>History backup (*.sqlite3)</source>
        <translation>Copia de seguridad del historial (*.sqlite3)</translation>
    </message>
    <message>
        <source>Back up history</source>
        <translation>Hacer copia de seguridad del historial</translation>
    </message>
    <message>
        <source>Wait for the file work under way to finish, or cancel it.</source>
        <translation>Espera a que termine la operación con archivos en curso o cancélala.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Desktop Chat</source>
        <translation>Desktop Chat</translation>
    </message>
    <message>
        <source>Imported from {name}: {counts}</source>
        <translation>Importado de {name}: {counts}</translation>
    </message>
    <message>
        <source>Exported {chats} to {path}</source>
        <translation>Se exportaron {chats} a {path}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <source>History backed up to {path}</source>
        <translation>Copia de seguridad del historial guardada en {path}</translation>
    </message>
    <message>
        <source>Exporting… {done} of {total} chats</source>
        <translation>Exportando… {done} de {total} chats</translation>
    </message>
    <message>
        <source>Importing… {percent}%</source>
        <translation>Importando… {percent} %</translation>
    </message>
    <message>
        <source>Backing up… {percent}%</source>
        <translation>Haciendo copia de seguridad… {percent} %</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Importación cancelada. No se importó nada.</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Exportación cancelada. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Backup cancelled. No copy was made.</source>
        <translation>Copia de seguridad cancelada. No se hizo ninguna copia.</translation>
    </message>
    <message>
        <source>Importing chats</source>
        <translation>Importando chats</translation>
    </message>
    <message>
        <source>Exporting all chats</source>
        <translation>Exportando todos los chats</translation>
    </message>
    <message>
        <source>Backing up history</source>
        <translation>Haciendo copia de seguridad del historial</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished.</source>
        <translation>La respuesta se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>La respuesta falló.</translation>
    </message>
    <message>
        <source>The answer was still arriving.</source>
        <translation>La respuesta todavía estaba llegando.</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>Chat sin título</translation>
    </message>
    <message>
        <source>Exported from Desktop Chat · started {when}</source>
        <translation>Exportado desde Desktop Chat · iniciado el {when}</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>{name} ({model})</source>
        <translation>{name} ({model})</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of an exported web page</comment>
        <translation>es</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>Formulas</name>
    <message>
        <source>Formula could not be drawn</source>
        <translation>No se pudo dibujar la fórmula</translation>
    </message>
</context>
<context>
    <name>Gateway</name>
    <message>
        <source>your system&apos;s password store</source>
        <translation>el almacén de contraseñas del sistema</translation>
    </message>
    <message>
        <source>Add your API key to start chatting — or try the offline demo.</source>
        <translation>Agrega tu clave de API para empezar a chatear, o prueba la demostración sin conexión.</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Agregar clave</translation>
    </message>
    <message>
        <source>{problem} Your key is kept only until you close the app.</source>
        <translation>{problem} Tu clave solo se conservará hasta que cierres la aplicación.</translation>
    </message>
    <message>
        <source>This is the offline demo: answers come from a built-in simulator, not a real model. Add your API key in Settings to chat for real.</source>
        <translation>Esta es la demostración sin conexión: las respuestas vienen de un simulador integrado, no de un modelo real. Agrega tu clave de API en Configuración para chatear de verdad.</translation>
    </message>
    <message>
        <source>Add my key</source>
        <translation>Agregar mi clave</translation>
    </message>
    <message>
        <source>memory only (no password store)</source>
        <translation>solo la memoria (no hay almacén de contraseñas)</translation>
    </message>
    <message>
        <source>the {variable} environment variable</source>
        <translation>la variable de entorno {variable}</translation>
    </message>
    <message>
        <source>There is no key saved for this gateway address yet.</source>
        <translation>Todavía no hay ninguna clave guardada para esta dirección de pasarela.</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the gateway.</source>
        <translation>Algo salió mal al comunicarse con la pasarela.</translation>
    </message>
    <message>
        <source>The gateway did not accept your API key.</source>
        <translation>La pasarela no aceptó tu clave de API.</translation>
    </message>
    <message>
        <source>Your account can&apos;t use this model right now (quota or permission).</source>
        <translation>Tu cuenta no puede usar este modelo en este momento (cuota o permisos).</translation>
    </message>
    <message>
        <source>This address doesn&apos;t look like a chat gateway.</source>
        <translation>Esta dirección no parece ser de una pasarela de chat.</translation>
    </message>
    <message>
        <source>This model isn&apos;t available with your key.</source>
        <translation>Este modelo no está disponible con tu clave.</translation>
    </message>
    <message>
        <source>This conversation is too long for the model.</source>
        <translation>Esta conversación es demasiado larga para el modelo.</translation>
    </message>
    <message>
        <source>This model can&apos;t see images. Choose a model that can (Claude or Gemini), or send the message without its pictures.</source>
        <translation>Este modelo no puede ver imágenes. Elige un modelo que pueda (Claude o Gemini) o envía el mensaje sin sus imágenes.</translation>
    </message>
    <message>
        <source>This model (or the gateway) can&apos;t use tools. Retry sends the message without them (tools stay off in this chat until you turn them on in the sidebar).</source>
        <translation>Este modelo (o la pasarela) no puede usar herramientas. Reintentar envía el mensaje sin ellas (las herramientas seguirán desactivadas en este chat hasta que las actives en la barra lateral).</translation>
    </message>
    <message>
        <source>Too many requests right now.</source>
        <translation>Demasiadas solicitudes en este momento.</translation>
    </message>
    <message>
        <source>The model service is having trouble.</source>
        <translation>El servicio del modelo tiene problemas.</translation>
    </message>
    <message>
        <source>The model service took too long to answer.</source>
        <translation>El servicio del modelo tardó demasiado en responder.</translation>
    </message>
    <message>
        <source>Can&apos;t reach the gateway. Check your internet connection or proxy.</source>
        <translation>No se puede conectar con la pasarela. Comprueba tu conexión a Internet o el proxy.</translation>
    </message>
    <message>
        <source>The connection isn&apos;t secure (certificate problem), so nothing was sent.</source>
        <translation>La conexión no es segura (problema con el certificado), así que no se envió nada.</translation>
    </message>
    <message>
        <source>The gateway turned this request down.</source>
        <translation>La pasarela rechazó esta solicitud.</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished. What arrived is kept.</source>
        <translation>La respuesta se detuvo antes de terminar. Se conserva lo que llegó.</translation>
    </message>
    <message>
        <source>The gateway sent back an empty answer (this can happen when a conversation is too long).</source>
        <translation>La pasarela devolvió una respuesta vacía (puede pasar cuando una conversación es demasiado larga).</translation>
    </message>
    <message>
        <source>The model service reported an error while answering. What arrived is kept.</source>
        <translation>El servicio del modelo informó de un error mientras respondía. Se conserva lo que llegó.</translation>
    </message>
    <message>
        <source>Change key</source>
        <translation>Cambiar clave</translation>
    </message>
    <message>
        <source>Check the address</source>
        <translation>Comprobar la dirección</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>Elegir otro modelo</translation>
    </message>
    <message>
        <source>Start a new chat from here</source>
        <translation>Empezar un chat nuevo desde aquí</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Volver a intentarlo más tarde</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>The proxy refused the connection. Check the proxy address, user name and password.</source>
        <translation>El proxy rechazó la conexión. Comprueba la dirección del proxy, el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>The gateway sent a part of the answer this app could not read.</source>
        <translation>La pasarela envió una parte de la respuesta que esta aplicación no pudo leer.</translation>
    </message>
    <message>
        <source>The gateway sent an answer this app could not read.</source>
        <translation>La pasarela envió una respuesta que esta aplicación no pudo leer.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t secure (certificate problem), so nothing was sent.</source>
        <translation>La conexión con {host} no es segura (problema con el certificado), así que no se envió nada.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, expired on {date}. Nothing was sent. Ask IT or the gateway&apos;s owner to renew it.</source>
        <translation>La conexión con {host} no es de confianza: su certificado, emitido por «{issuer}», caducó el {date}. No se envió nada. Pide al soporte técnico o al responsable de la pasarela que lo renueve.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, is not valid yet. Nothing was sent. Check this computer&apos;s date and time, or ask IT.</source>
        <translation>La conexión con {host} no es de confianza: su certificado, emitido por «{issuer}», todavía no es válido. No se envió nada. Comprueba la fecha y la hora de este equipo o consulta al soporte técnico.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, is for {names}, not for {host}. Nothing was sent. Check the gateway address, or ask IT.</source>
        <translation>La conexión con {host} no es de confianza: su certificado, emitido por «{issuer}», es para {names}, no para {host}. No se envió nada. Comprueba la dirección de la pasarela o consulta al soporte técnico.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate was issued by itself (“{issuer}”), which this computer doesn&apos;t trust. Nothing was sent. Ask IT to install that certificate, or add it in Settings → Certificates.</source>
        <translation>La conexión con {host} no es de confianza: su certificado lo emitió él mismo («{issuer}») y este equipo no confía en él. No se envió nada. Pide al soporte técnico que instale ese certificado, o agrégalo en Configuración → Certificados.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate was issued by “{issuer}”, which this computer doesn&apos;t trust. Nothing was sent. Ask IT to install that certificate, or add it in Settings → Certificates.</source>
        <translation>La conexión con {host} no es de confianza: su certificado lo emitió «{issuer}», en quien este equipo no confía. No se envió nada. Pide al soporte técnico que instale ese certificado, o agrégalo en Configuración → Certificados.</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} could not be loaded, so nothing was sent. Check the address in Settings → Connection, or ask IT.</source>
        <translation>No se pudo cargar la configuración automática del proxy (archivo PAC) de {address}, así que no se envió nada. Comprueba la dirección en Configuración → Conexión o consulta al soporte técnico.</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} took too long, so nothing was sent. Try again, or ask IT.</source>
        <translation>La configuración automática del proxy (archivo PAC) de {address} tardó demasiado, así que no se envió nada. Vuelve a intentarlo o consulta al soporte técnico.</translation>
    </message>
    <message>
        <source>The file at {address} is too large to be automatic proxy settings (a PAC file), so nothing was sent. Check the address in Settings → Connection, or ask IT.</source>
        <translation>El archivo de {address} es demasiado grande para ser una configuración automática del proxy (archivo PAC), así que no se envió nada. Comprueba la dirección en Configuración → Conexión o consulta al soporte técnico.</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} don&apos;t work (the script has an error), so nothing was sent. Ask IT to check the file.</source>
        <translation>La configuración automática del proxy (archivo PAC) de {address} no funciona (el script tiene un error), así que no se envió nada. Pide al soporte técnico que revise el archivo.</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} named no proxy for the gateway, so nothing was sent. Ask IT to check the file.</source>
        <translation>La configuración automática del proxy (archivo PAC) de {address} no indicó ningún proxy para la pasarela, así que no se envió nada. Pide al soporte técnico que revise el archivo.</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) send the gateway through a SOCKS proxy, which Desktop Chat can&apos;t use. Nothing was sent. Ask IT for an HTTP proxy, or set one in Settings → Connection.</source>
        <translation>La configuración automática del proxy (archivo PAC) envía la conexión con la pasarela a través de un proxy SOCKS, que Desktop Chat no puede usar. No se envió nada. Pide al soporte técnico un proxy HTTP o configura uno en Configuración → Conexión.</translation>
    </message>
    <message>
        <source>HTTP status: {value}</source>
        <translation>Estado HTTP: {value}</translation>
    </message>
    <message>
        <source>Server message: {value}</source>
        <translation>Mensaje del servidor: {value}</translation>
    </message>
    <message>
        <source>Server code: {value}</source>
        <translation>Código del servidor: {value}</translation>
    </message>
    <message>
        <source>Address: {value}</source>
        <translation>Dirección: {value}</translation>
    </message>
    <message>
        <source>Server asked to wait: {value} s</source>
        <translation>El servidor pidió esperar: {value} s</translation>
    </message>
    <message>
        <source>Technical: {value}</source>
        <translation>Detalle técnico: {value}</translation>
    </message>
    <message>
        <source>Kind: {value}</source>
        <translation>Tipo: {value}</translation>
    </message>
    <message>
        <source>Model&apos;s limit: {value} tokens</source>
        <translation>Límite del modelo: {value} tokens</translation>
    </message>
    <message>
        <source>This request: {value} tokens</source>
        <translation>Esta solicitud: {value} tokens</translation>
    </message>
    <message>
        <source>Host: {value}</source>
        <translation>Host: {value}</translation>
    </message>
    <message>
        <source>Certificate issued by: {value}</source>
        <translation>Certificado emitido por: {value}</translation>
    </message>
    <message>
        <source>Certificate issued to: {value}</source>
        <translation>Certificado emitido para: {value}</translation>
    </message>
    <message>
        <source>Certificate valid until: {value}</source>
        <translation>Certificado válido hasta: {value}</translation>
    </message>
    <message>
        <source>Proxy settings file (PAC): {value}</source>
        <translation>Archivo de configuración del proxy (PAC): {value}</translation>
    </message>
    <message>
        <source>What happened: {text}</source>
        <translation>Qué pasó: {text}</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Configuración</translation>
    </message>
    <message>
        <source>Suggested: {action}</source>
        <translation>Sugerencia: {action}</translation>
    </message>
    <message>
        <source>{problem} Trying again in {seconds} s (attempt {attempt} of {total})…</source>
        <translation>{problem} Se volverá a intentar en {seconds} s (intento {attempt} de {total})…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Penalización por presencia</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Penalización por frecuencia</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Longitud máxima</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Secuencias de detención</translation>
    </message>
    <message>
        <source>User identifier</source>
        <translation>Identificador de usuario</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Transmisión en directo</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Tool choice</source>
        <translation>Elección de herramientas</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Dirección de la pasarela</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Dirección del proxy</translation>
    </message>
    <message>
        <source>Automatic proxy settings (PAC) address</source>
        <translation>Dirección de la configuración automática del proxy (PAC)</translation>
    </message>
    <message>
        <source>Extra certificates file</source>
        <translation>Archivo de certificados adicionales</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Temperature must be between {low} and {high}.</source>
        <translation>La temperatura debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>Top P must be between {low} and {high}.</source>
        <translation>Top P debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>Presence penalty must be between {low} and {high}.</source>
        <translation>La penalización por presencia debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>Frequency penalty must be between {low} and {high}.</source>
        <translation>La penalización por frecuencia debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}.</source>
        <translation>{field} debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>Please choose a model.</source>
        <translation>Elige un modelo.</translation>
    </message>
    <message>
        <source>There is no message to send.</source>
        <translation>No hay ningún mensaje que enviar.</translation>
    </message>
    <message>
        <source>Message {number} must come from the system, the user or the assistant.</source>
        <translation>El mensaje {number} debe venir del sistema, del usuario o del asistente.</translation>
    </message>
    <message>
        <source>Message {number} has no text.</source>
        <translation>El mensaje {number} no tiene texto.</translation>
    </message>
    <message>
        <source>A picture in message {number} could not be read, so nothing was sent.</source>
        <translation>No se pudo leer una imagen del mensaje {number}, así que no se envió nada.</translation>
    </message>
    <message>
        <source>Message {number} is a tool&apos;s result that names no tool call, so nothing was sent.</source>
        <translation>El mensaje {number} es el resultado de una herramienta que no corresponde a ninguna llamada, así que no se envió nada.</translation>
    </message>
    <message>
        <source>A tool call in message {number} has no id or name, so nothing was sent.</source>
        <translation>Una llamada a herramienta del mensaje {number} no tiene identificador ni nombre, así que no se envió nada.</translation>
    </message>
    <message>
        <source>Tool {number} has a name the gateway can&apos;t take; check the tool server&apos;s settings.</source>
        <translation>La herramienta {number} tiene un nombre que la pasarela no admite; revisa la configuración del servidor de herramientas.</translation>
    </message>
    <message>
        <source>Tool {number} describes its inputs in a way the gateway can&apos;t take; check the tool server.</source>
        <translation>La herramienta {number} describe sus entradas de una forma que la pasarela no admite; revisa el servidor de herramientas.</translation>
    </message>
    <message>
        <source>Tool choice must be automatic, none or required.</source>
        <translation>La elección de herramientas debe ser automática, ninguna u obligatoria.</translation>
    </message>
    <message>
        <source>Maximum length must be a whole number of at least {low} token.</source>
        <translation>La longitud máxima debe ser un número entero de al menos {low} token.</translation>
    </message>
    <message>
        <source>You can give at most {high} stop sequences.</source>
        <translation>Puedes indicar como máximo {high} secuencias de detención.</translation>
    </message>
    <message>
        <source>A stop sequence can&apos;t be empty.</source>
        <translation>Una secuencia de detención no puede estar vacía.</translation>
    </message>
    <message>
        <source>The user identifier must be text.</source>
        <translation>El identificador de usuario debe ser texto.</translation>
    </message>
    <message>
        <source>Streaming must be switched on or off.</source>
        <translation>La transmisión en directo debe estar activada o desactivada.</translation>
    </message>
    <message>
        <source>Please enter the gateway address.</source>
        <translation>Escribe la dirección de la pasarela.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a web address.</source>
        <translation>Esto no parece una dirección web.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://).</source>
        <translation>La dirección debe empezar por https:// (o http://).</translation>
    </message>
    <message>
        <source>Please leave the user name and password out of the address.</source>
        <translation>No incluyas el nombre de usuario ni la contraseña en la dirección.</translation>
    </message>
    <message>
        <source>The proxy address {value!r} isn&apos;t usable. Use a form like http://proxy.example.com:3128 (or leave it empty to use the system&apos;s).</source>
        <translation>La dirección de proxy {value!r} no sirve. Usa un formato como http://proxy.example.com:3128 (o déjala vacía para usar la del sistema).</translation>
    </message>
    <message>
        <source>The certificates file {value} doesn&apos;t exist, so nothing was sent. Choose it again in Settings → Certificates, or remove it.</source>
        <translation>El archivo de certificados {value} no existe, así que no se envió nada. Vuelve a elegirlo en Configuración → Certificados o quítalo.</translation>
    </message>
    <message>
        <source>The certificates file {value} could not be read, so nothing was sent. Choose it again in Settings → Certificates, or remove it.</source>
        <translation>No se pudo leer el archivo de certificados {value}, así que no se envió nada. Vuelve a elegirlo en Configuración → Certificados o quítalo.</translation>
    </message>
    <message>
        <source>The file {value} holds no certificate this app can read (a PEM file, text starting with “-----BEGIN CERTIFICATE-----”, is needed), so nothing was sent. Ask IT for the certificate as a PEM file.</source>
        <translation>El archivo {value} no contiene ningún certificado que esta aplicación pueda leer (se necesita un archivo PEM, un texto que empieza por «-----BEGIN CERTIFICATE-----»), así que no se envió nada. Pide al soporte técnico el certificado como archivo PEM.</translation>
    </message>
    <message>
        <source>The API key contains spaces or characters that can&apos;t be part of a key. Please paste it again.</source>
        <translation>La clave de API contiene espacios o caracteres que no pueden formar parte de una clave. Vuelve a pegarla.</translation>
    </message>
    <message>
        <source>Please check {field}.</source>
        <translation>Revisa {field}.</translation>
    </message>
    <message>
        <source>Added &apos;{scheme}://&apos; to the address.</source>
        <translation>Se agregó «{scheme}://» a la dirección.</translation>
    </message>
    <message>
        <source>Removed the part after &apos;?&apos; or &apos;#&apos;.</source>
        <translation>Se quitó la parte que sigue a «?» o «#».</translation>
    </message>
    <message>
        <source>Removed &apos;{suffix}&apos; from the address.</source>
        <translation>Se quitó «{suffix}» de la dirección.</translation>
    </message>
    <message>
        <source>Added &apos;/v1&apos; to the address.</source>
        <translation>Se agregó «/v1» a la dirección.</translation>
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
        <translation>Empezar un historial nuevo</translation>
    </message>
    <message>
        <source>&quot;Start a new history&quot; keeps the damaged file beside the new one, unchanged, so nothing is lost.</source>
        <translation>«Empezar un historial nuevo» conserva el archivo dañado junto al nuevo, sin cambios, para que no se pierda nada.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image viewer</source>
        <translation>Visor de imágenes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>Ajustar la imagen a la ventana</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the image at its actual size</source>
        <translation>Mostrar la imagen a su tamaño real</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Guardar imagen…</translation>
    </message>
    <message>
        <source>Save the image to a file</source>
        <translation>Guardar la imagen en un archivo</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation>Copiar la imagen al portapapeles</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the image viewer</source>
        <translation>Cerrar el visor de imágenes</translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <source>Paste your API key first.</source>
        <translation>Primero pega tu clave de API.</translation>
    </message>
    <message>
        <source>The key contains spaces or unusual characters. Copy it again from where you got it.</source>
        <translation>La clave contiene espacios o caracteres inusuales. Vuelve a copiarla desde donde la obtuviste.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Pega tu clave de API</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>Ocultar clave</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Mostrar clave</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Your key could not be read from or saved to this computer&apos;s password store.</source>
        <translation>No se pudo leer ni guardar tu clave en el almacén de contraseñas de este equipo.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>This computer has no password store, so your key can be kept only until you close the app.</source>
        <translation>Este equipo no tiene almacén de contraseñas, así que tu clave solo se puede conservar hasta que cierres la aplicación.</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>Conservar durante esta sesión</translation>
    </message>
    <message>
        <source>Your password store is locked, so Desktop Chat can&apos;t read or save your key.</source>
        <translation>Tu almacén de contraseñas está bloqueado, así que Desktop Chat no puede leer ni guardar tu clave.</translation>
    </message>
    <message>
        <source>Unlock it and try again, or keep the key for this session only</source>
        <translation>Desbloquéalo y vuelve a intentarlo, o conserva la clave solo durante esta sesión</translation>
    </message>
    <message>
        <source>Your password store didn&apos;t answer in time (it may be waiting for you to unlock it).</source>
        <translation>Tu almacén de contraseñas no respondió a tiempo (puede que esté esperando a que lo desbloquees).</translation>
    </message>
    <message>
        <source>Try again, or keep the key for this session only</source>
        <translation>Vuelve a intentarlo o conserva la clave solo durante esta sesión</translation>
    </message>
    <message>
        <source>Your key is set by the {variable} environment variable, so it can&apos;t be changed here.</source>
        <translation>Tu clave está definida por la variable de entorno {variable}, así que no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>Ask whoever set up this computer</source>
        <translation>Pregunta a quien configuró este equipo</translation>
    </message>
    <message>
        <source>The key is empty. Paste your API key.</source>
        <translation>La clave está vacía. Pega tu clave de API.</translation>
    </message>
    <message>
        <source>The key contains spaces or unusual characters. Copy it again from where you got it.</source>
        <translation>La clave contiene espacios o caracteres inusuales. Vuelve a copiarla desde donde la obtuviste.</translation>
    </message>
    <message>
        <source>The key saved in your password store is damaged. Enter your key again.</source>
        <translation>La clave guardada en tu almacén de contraseñas está dañada. Vuelve a escribir tu clave.</translation>
    </message>
    <message>
        <source>Paste your key again</source>
        <translation>Vuelve a pegar tu clave</translation>
    </message>
    <message>
        <source>Your key comes from the {variable} environment variable and is not stored.</source>
        <translation>Tu clave viene de la variable de entorno {variable} y no se guarda.</translation>
    </message>
    <message>
        <source>Your key is kept only until you close the app.</source>
        <translation>Tu clave solo se conserva hasta que cierres la aplicación.</translation>
    </message>
    <message>
        <source>Your key is kept in {store}, never in a file.</source>
        <translation>Tu clave se guarda en {store}, nunca en un archivo.</translation>
    </message>
    <message>
        <source>No key is stored yet.</source>
        <translation>Todavía no hay ninguna clave guardada.</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Add a line</source>
        <translation>Agregar una línea</translation>
    </message>
    <message>
        <source>Add a line to {what}</source>
        <translation>Agregar una línea a {what}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Keep this value secret, in the keyring</source>
        <translation>Mantener este valor en secreto, en el almacén de contraseñas</translation>
    </message>
    <message>
        <source>A secret is kept in the system&apos;s keyring, not in mcp.json, and shown as ••••</source>
        <translation>Un secreto se guarda en el almacén de contraseñas del sistema, no en mcp.json, y se muestra como ••••</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Quitar esta línea</translation>
    </message>
    <message>
        <source>{mask} (kept in the keyring; type to replace)</source>
        <translation>{mask} (guardado en el almacén de contraseñas; escribe para reemplazarlo)</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message numerus="yes">
        <source>The chat was too long for the model, so the %n oldest message(s) were left out and it was asked again.</source>
        <translation>
            <numerusform>El chat era demasiado largo para el modelo, así que se omitió %n mensaje, el más antiguo, y se volvió a preguntar.</numerusform>
            <numerusform>El chat era demasiado largo para el modelo, así que se omitieron los %n mensajes más antiguos y se volvió a preguntar.</numerusform>
        </translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>The whole chat was copied as text.</source>
        <translation>Se copió todo el chat como texto.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>Delete the chat in the trash for good?</source>
        <translation>¿Eliminar definitivamente el chat de la papelera?</translation>
    </message>
    <message>
        <source>Delete the {count} chats in the trash for good?</source>
        <translation>¿Eliminar definitivamente los {count} chats de la papelera?</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Vaciar papelera</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>This can&apos;t be undone. Chats in the trash are deleted by themselves after 30 days.</source>
        <translation>Esta acción no se puede deshacer. Los chats de la papelera se eliminan solos al cabo de 30 días.</translation>
    </message>
    <message>
        <source>1 chat deleted for good.</source>
        <translation>1 chat eliminado definitivamente.</translation>
    </message>
    <message>
        <source>{count} chats deleted for good.</source>
        <translation>{count} chats eliminados definitivamente.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Summarise them</source>
        <translation>Resumirlos</translation>
    </message>
    <message>
        <source>Desktop Chat</source>
        <translation>Desktop Chat</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Empezar una conversación nueva</translation>
    </message>
    <message>
        <source>&amp;Export chat…</source>
        <translation>&amp;Exportar chat…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>Exportar &amp;todos los chats…</translation>
    </message>
    <message>
        <source>Save every chat into one JSON archive</source>
        <translation>Guardar todos los chats en un único archivo JSON</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exportar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the chat on screen as a PDF: code, formulas and pictures included</source>
        <translation>Guardar como PDF el chat que se ve en pantalla, con el código, las fórmulas y las imágenes</translation>
    </message>
    <message>
        <source>&amp;Import archive or ChatGPT export…</source>
        <translation>&amp;Importar archivo de chats o exportación de ChatGPT…</translation>
    </message>
    <message>
        <source>&amp;Backup history…</source>
        <translation>&amp;Copia de seguridad del historial…</translation>
    </message>
    <message>
        <source>Empty &amp;trash…</source>
        <translation>&amp;Vaciar papelera…</translation>
    </message>
    <message>
        <source>Delete the chats in the trash for good</source>
        <translation>Eliminar definitivamente los chats de la papelera</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>&amp;Buscar chats</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>Cambiar &amp;nombre del chat</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>S&amp;top answer</source>
        <translation>&amp;Detener respuesta</translation>
    </message>
    <message>
        <source>&amp;Parameter sidebar</source>
        <translation>&amp;Barra lateral de parámetros</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>Mostrar u ocultar la barra lateral</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Igual que el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Métodos abreviados de teclado</translation>
    </message>
    <message>
        <source>&amp;About Desktop Chat</source>
        <translation>&amp;Acerca de Desktop Chat</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic report</source>
        <translation>Copiar informe de &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Copy versions, settings, the connection test and the log, without any key, for IT</source>
        <translation>Copiar las versiones, la configuración, la prueba de conexión y el registro, sin ninguna clave, para el soporte técnico</translation>
    </message>
    <message>
        <source>&amp;Copy whole chat as text</source>
        <translation>&amp;Copiar todo el chat como texto</translation>
    </message>
    <message>
        <source>&amp;Usage and costs…</source>
        <translation>&amp;Uso y costos…</translation>
    </message>
    <message>
        <source>Tokens and estimated costs per day, model and chat</source>
        <translation>Tokens y costos estimados por día, modelo y chat</translation>
    </message>
    <message>
        <source>Focus the message box</source>
        <translation>Ir al cuadro de mensaje</translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation>Chat siguiente</translation>
    </message>
    <message>
        <source>Previous chat</source>
        <translation>Chat anterior</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Barra lateral</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[imagen: {alt}]</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>Image “{alt}” from {host} — open</source>
        <translation>Imagen «{alt}» de {host}: abrir</translation>
    </message>
    <message>
        <source>Image from {host} — open</source>
        <translation>Imagen de {host}: abrir</translation>
    </message>
    <message>
        <source>[image: {alt}] ({url})</source>
        <translation>[imagen: {alt}] ({url})</translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <source>You stopped this answer.</source>
        <translation>Detuviste esta respuesta.</translation>
    </message>
    <message>
        <source>The app closed before the answer finished.</source>
        <translation>La aplicación se cerró antes de que terminara la respuesta.</translation>
    </message>
    <message>
        <source>Something went wrong inside the app.</source>
        <translation>Algo salió mal dentro de la aplicación.</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished. What arrived is kept.</source>
        <translation>La respuesta se detuvo antes de terminar. Se conserva lo que llegó.</translation>
    </message>
    <message>
        <source>The answer was cut short by the length limit.</source>
        <translation>La respuesta se cortó por el límite de longitud.</translation>
    </message>
    <message>
        <source>The provider&apos;s content filter stopped this answer.</source>
        <translation>El filtro de contenido del proveedor detuvo esta respuesta.</translation>
    </message>
    <message>
        <source>The answer could not be completed.</source>
        <translation>No se pudo completar la respuesta.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>cut short (length limit)</source>
        <translation>cortada (límite de longitud)</translation>
    </message>
    <message>
        <source>stopped by content filter</source>
        <translation>detenida por el filtro de contenido</translation>
    </message>
    <message>
        <source>tool call</source>
        <translation>llamada a herramienta</translation>
    </message>
    <message>
        <source>{prompt} prompt / {completion} completion tokens</source>
        <translation>{prompt} tokens de entrada / {completion} de salida</translation>
    </message>
    <message>
        <source>≈ {cost} (estimate)</source>
        <translation>≈ {cost} (estimación)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Tu mensaje</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>The answer is being written</source>
        <translation>Se está escribiendo la respuesta</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>Mostrar razonamiento</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning</source>
        <translation>Mostrar u ocultar el razonamiento del modelo</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>Continuar la respuesta</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry the answer</source>
        <translation>Reintentar la respuesta</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Show or hide what exactly went wrong</source>
        <translation>Mostrar u ocultar qué salió mal exactamente</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versión siguiente</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar mensaje</translation>
    </message>
    <message>
        <source>Copy the whole message</source>
        <translation>Copiar el mensaje completo</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>Regenerar respuesta</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit and resend message</source>
        <translation>Editar y reenviar el mensaje</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Eliminar mensaje</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
    <message>
        <source>Version {index} of {count}</source>
        <translation>Versión {index} de {count}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>Answer from {model}</source>
        <translation>Respuesta de {model}</translation>
    </message>
    <message>
        <source>Answer from the model</source>
        <translation>Respuesta del modelo</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Escribiendo</translation>
    </message>
    <message>
        <source>Copy request as curl</source>
        <translation>Copiar solicitud como curl</translation>
    </message>
    <message>
        <source>Copy the request behind this answer as a curl command, for IT (the key is left out)</source>
        <translation>Copiar la solicitud de esta respuesta como comando curl, para el soporte técnico (sin la clave)</translation>
    </message>
    <message>
        <source>Copy request as curl, pictures shortened</source>
        <translation>Copiar solicitud como curl, con las imágenes acortadas</translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>Ocultar razonamiento</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Editar mensaje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send edited message</source>
        <translation>Enviar el mensaje editado</translation>
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
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>ModelFigures</name>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Learned from an error</source>
        <translation>Obtenido de un error</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuyo</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>“{text}” is not a number of tokens. Enter a whole number from 1 to {largest}, or empty the cell to use the other figures.</source>
        <translation>«{text}» no es un número de tokens. Escribe un número entero del 1 al {largest}, o vacía la celda para usar los otros valores.</translation>
    </message>
    <message>
        <source>“{text}” is not a price. Enter US dollars per million tokens from 0 to {largest}, for example {example}, or empty the cell to use the other figures.</source>
        <translation>«{text}» no es un precio. Escribe dólares estadounidenses por millón de tokens, de 0 a {largest} (por ejemplo, {example}), o vacía la celda para usar los otros valores.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>The model that answers. Pick one, or type a model id.</source>
        <translation>El modelo que responde. Elige uno o escribe el identificador de un modelo.</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>Identificador del modelo</translation>
    </message>
    <message>
        <source>{vendor} (heading)</source>
        <translation>{vendor} (encabezado)</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Models and their figures</source>
        <translation>Modelos y sus valores</translation>
    </message>
    <message>
        <source>Context window and longest answer in tokens, prices in US dollars per million tokens. Type a figure to use your own; empty the cell to use the others again.</source>
        <translation>Ventana de contexto y respuesta más larga en tokens; precios en dólares estadounidenses por millón de tokens. Escribe un valor para usar el tuyo; vacía la celda para volver a usar los demás.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>Ventana de contexto</translation>
    </message>
    <message>
        <source>Longest answer</source>
        <translation>Respuesta más larga</translation>
    </message>
    <message>
        <source>Input $/1M</source>
        <translation>Entrada $/1M</translation>
    </message>
    <message>
        <source>Output $/1M</source>
        <translation>Salida $/1M</translation>
    </message>
    <message>
        <source>Sees images</source>
        <translation>Ve imágenes</translation>
    </message>
    <message>
        <source>Draws images</source>
        <translation>Crea imágenes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>How many tokens the model can read at once: the chat and its answer</source>
        <translation>Cuántos tokens puede leer el modelo a la vez: el chat y su respuesta</translation>
    </message>
    <message>
        <source>The longest answer the model can write, in tokens</source>
        <translation>La respuesta más larga que puede escribir el modelo, en tokens</translation>
    </message>
    <message>
        <source>Estimated US dollars per million tokens sent to the model</source>
        <translation>Dólares estadounidenses estimados por millón de tokens enviados al modelo</translation>
    </message>
    <message>
        <source>Estimated US dollars per million tokens the model writes</source>
        <translation>Dólares estadounidenses estimados por millón de tokens que escribe el modelo</translation>
    </message>
    <message>
        <source>Pictures you attach are sent to this model</source>
        <translation>Las imágenes que adjuntas se envían a este modelo</translation>
    </message>
    <message>
        <source>The model is asked for pictures too (image models such as Gemini 2.5 Flash Image)</source>
        <translation>También se le piden imágenes al modelo (modelos de imagen como Gemini 2.5 Flash Image)</translation>
    </message>
    <message>
        <source>Where the figures in force come from</source>
        <translation>De dónde vienen los valores vigentes</translation>
    </message>
    <message>
        <source>&amp;Reset selected</source>
        <translation>&amp;Restablecer seleccionados</translation>
    </message>
    <message>
        <source>Reset the selected models&apos; figures</source>
        <translation>Restablecer los valores de los modelos seleccionados</translation>
    </message>
    <message>
        <source>Drop your own figures for the selected models</source>
        <translation>Descartar tus propios valores para los modelos seleccionados</translation>
    </message>
    <message>
        <source>Model to add</source>
        <translation>Modelo que se va a agregar</translation>
    </message>
    <message>
        <source>Another model&apos;s name, as the gateway spells it</source>
        <translation>El nombre de otro modelo, tal como lo escribe la pasarela</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Add this model to the table</source>
        <translation>Agregar este modelo a la tabla</translation>
    </message>
    <message>
        <source>Prices are estimates from the providers&apos; public list prices; your gateway may charge differently.</source>
        <translation>Los precios son estimaciones basadas en las tarifas públicas de los proveedores; tu pasarela puede cobrar otra cantidad.</translation>
    </message>
    <message>
        <source>An answer can&apos;t be longer than the context window ({window} tokens).</source>
        <translation>Una respuesta no puede ser más larga que la ventana de contexto ({window} tokens).</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>Origen: {source}</translation>
    </message>
    <message>
        <source>Not known: type a figure</source>
        <translation>Desconocido: escribe un valor</translation>
    </message>
    <message>
        <source>Your setting</source>
        <translation>Tu configuración</translation>
    </message>
    <message>
        <source>What is known of this model</source>
        <translation>Lo que se sabe de este modelo</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Connected. This gateway doesn&apos;t list its models, so the standard list is shown.</source>
        <translation>Conectado. Esta pasarela no muestra sus modelos, así que se muestra la lista estándar.</translation>
    </message>
    <message>
        <source>Showing the models saved earlier. {reason}</source>
        <translation>Se muestran los modelos guardados anteriormente. {reason}</translation>
    </message>
    <message>
        <source>Showing the models saved on {when}. {reason}</source>
        <translation>Se muestran los modelos guardados ({when}). {reason}</translation>
    </message>
    <message>
        <source>Showing the standard model list. {reason}</source>
        <translation>Se muestra la lista estándar de modelos. {reason}</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Model that writes summaries</source>
        <translation>Modelo que escribe los resúmenes</translation>
    </message>
    <message>
        <source>When a chat is too long for its model, this model summarises the earlier messages</source>
        <translation>Cuando un chat es demasiado largo para su modelo, este modelo resume los mensajes anteriores</translation>
    </message>
    <message>
        <source>The chat&apos;s own model</source>
        <translation>El propio modelo del chat</translation>
    </message>
    <message>
        <source>&amp;Name new chats automatically</source>
        <translation>&amp;Nombrar automáticamente los chats nuevos</translation>
    </message>
    <message>
        <source>Name new chats automatically</source>
        <translation>Nombrar automáticamente los chats nuevos</translation>
    </message>
    <message>
        <source>After the first answer, a small model suggests a name for the chat</source>
        <translation>Tras la primera respuesta, un modelo pequeño propone un nombre para el chat</translation>
    </message>
    <message>
        <source>Chat &amp;names are written by</source>
        <translation>Los n&amp;ombres de los chats los escribe</translation>
    </message>
    <message>
        <source>Model that names new chats</source>
        <translation>Modelo que pone nombre a los chats nuevos</translation>
    </message>
    <message>
        <source>Context windows and prices</source>
        <translation>Ventanas de contexto y precios</translation>
    </message>
    <message>
        <source>Summaries and chat names</source>
        <translation>Resúmenes y nombres de los chats</translation>
    </message>
    <message>
        <source>&amp;Summaries are written by</source>
        <translation>Los resúmenes los &amp;escribe</translation>
    </message>
</context>
<context>
    <name>NumberParam</name>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Reset {parameter}</source>
        <translation>Restablecer {parameter}</translation>
    </message>
    <message>
        <source>Don&apos;t send this parameter (use the gateway&apos;s default)</source>
        <translation>No enviar este parámetro (usar el valor predeterminado de la pasarela)</translation>
    </message>
    <message>
        <source>{parameter} slider</source>
        <translation>Control deslizante de {parameter}</translation>
    </message>
</context>
<context>
    <name>ParameterSidebar</name>
    <message>
        <source>Precise</source>
        <translation>Preciso</translation>
    </message>
    <message>
        <source>Temperature 0.2: more deterministic and consistent (good for code generation, data extraction).</source>
        <translation>Temperatura 0,2: más determinista y coherente (ideal para generar código o extraer datos).</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>Temperature 0.7: balanced creativity and consistency (good for daily conversations).</source>
        <translation>Temperatura 0,7: equilibrio entre creatividad y coherencia (ideal para conversaciones del día a día).</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Creativo</translation>
    </message>
    <message>
        <source>Temperature 1.0: more creative and diverse (good for creative writing).</source>
        <translation>Temperatura 1,0: más creativo y variado (ideal para escritura creativa).</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Corta</translation>
    </message>
    <message>
        <source>Up to 300 tokens: short responses.</source>
        <translation>Hasta 300 tokens: respuestas cortas.</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Up to 1,000 tokens: medium responses.</source>
        <translation>Hasta 1000 tokens: respuestas de longitud media.</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Detallada</translation>
    </message>
    <message>
        <source>Up to 3,000 tokens: detailed responses.</source>
        <translation>Hasta 3000 tokens: respuestas detalladas.</translation>
    </message>
    <message>
        <source>Usually adjust either temperature or top_p, not both.</source>
        <translation>Normalmente se ajusta la temperatura o top_p, no ambos.</translation>
    </message>
    <message>
        <source>How random the answer is, from 0 to 2 (the gateway&apos;s default is 1.0).
• 0.0–0.3: more deterministic and consistent (good for code generation, data extraction)
• 0.4–0.7: balanced creativity and consistency (good for daily conversations)
• 0.8–1.0: more creative and diverse (good for creative writing)
• 1.0–2.0: highly random and creative (good for brainstorming)</source>
        <translation>Qué tan aleatoria es la respuesta, de 0 a 2 (el valor predeterminado de la pasarela es 1,0).
• 0,0–0,3: más determinista y coherente (ideal para generar código o extraer datos)
• 0,4–0,7: equilibrio entre creatividad y coherencia (ideal para conversaciones del día a día)
• 0,8–1,0: más creativo y variado (ideal para escritura creativa)
• 1,0–2,0: muy aleatorio y creativo (ideal para lluvias de ideas)</translation>
    </message>
    <message>
        <source>Nucleus sampling, from 0 to 1 (default 1.0).
• 0.1: only consider the top 10% most likely words
• 0.5: consider words with cumulative probability up to 50%
• 1.0: consider all possible words (default)
Usually adjust either temperature or top_p, not both.</source>
        <translation>Muestreo por núcleo, de 0 a 1 (valor predeterminado: 1,0).
• 0,1: solo se tiene en cuenta el 10 % de palabras más probables
• 0,5: se tienen en cuenta las palabras hasta una probabilidad acumulada del 50 %
• 1,0: se tienen en cuenta todas las palabras posibles (predeterminado)
Normalmente se ajusta la temperatura o top_p, no ambos.</translation>
    </message>
    <message>
        <source>The longest answer allowed, in tokens (a token is about ¾ of a word).
• Short responses: 100–300 tokens
• Medium responses: 500–1000 tokens
• Detailed responses: 1500–3000 tokens</source>
        <translation>La respuesta más larga permitida, en tokens (un token equivale a unos ¾ de palabra).
• Respuestas cortas: 100–300 tokens
• Respuestas medias: 500–1000 tokens
• Respuestas detalladas: 1500–3000 tokens</translation>
    </message>
    <message>
        <source>From −2 to 2 (default 0). Higher values nudge the model to bring up new topics instead of staying on the ones already mentioned.</source>
        <translation>De −2 a 2 (valor predeterminado: 0). Los valores más altos animan al modelo a sacar temas nuevos en lugar de quedarse en los ya mencionados.</translation>
    </message>
    <message>
        <source>From −2 to 2 (default 0). Higher values make the model repeat the same words and phrases less often.</source>
        <translation>De −2 a 2 (valor predeterminado: 0). Los valores más altos hacen que el modelo repita menos las mismas palabras y frases.</translation>
    </message>
    <message>
        <source>Up to {count} pieces of text at which the model stops writing. Separate them with commas; write \n for a new line and \, for a comma.</source>
        <translation>Hasta {count} fragmentos de texto en los que el modelo deja de escribir. Sepáralos con comas; escribe \n para una línea nueva y \, para una coma.</translation>
    </message>
    <message>
        <source>Chat settings</source>
        <translation>Configuración del chat</translation>
    </message>
    <message>
        <source>Tip: {note}</source>
        <translation>Consejo: {note}</translation>
    </message>
    <message>
        <source>Use as default for new chats</source>
        <translation>Usar como predeterminado para los chats nuevos</translation>
    </message>
    <message>
        <source>New chats will start with this model, these settings and this system prompt</source>
        <translation>Los chats nuevos empezarán con este modelo, esta configuración y estas instrucciones del sistema</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Actualizar modelos</translation>
    </message>
    <message>
        <source>Refresh models — ask the gateway for its list again</source>
        <translation>Actualizar modelos: volver a pedir la lista a la pasarela</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>System prompt presets</source>
        <translation>Plantillas de instrucciones del sistema</translation>
    </message>
    <message>
        <source>Fill in a saved system prompt</source>
        <translation>Rellenar con unas instrucciones del sistema guardadas</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <source>How should the model behave? For example: “Answer in plain English, briefly.”</source>
        <translation>¿Cómo debe comportarse el modelo? Por ejemplo: «Responde en un español sencillo y breve».</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt</source>
        <translation>&amp;Instrucciones del sistema</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Guardar como plantilla…</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel saving preset</source>
        <translation>Cancelar el guardado de la plantilla</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Configuración avanzada</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Máximo de tokens</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Penalización por presencia</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Penalización por frecuencia</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Secuencias de detención</translation>
    </message>
    <message>
        <source>Clear stop sequences</source>
        <translation>Borrar las secuencias de detención</translation>
    </message>
    <message>
        <source>Send the last N turns only</source>
        <translation>Enviar solo los últimos N turnos</translation>
    </message>
    <message>
        <source>A turn is one of your messages with its answer. When set, only the newest turns are sent to the model (with the system prompt and any summary), even if more would fit. Not set: as many as fit the model&apos;s context window.</source>
        <translation>Un turno es uno de tus mensajes con su respuesta. Si se define, solo se envían al modelo los turnos más recientes (con las instrucciones del sistema y el resumen, si lo hay), aunque quepan más. Sin definir: todos los que quepan en la ventana de contexto del modelo.</translation>
    </message>
    <message>
        <source>from cache (offline)</source>
        <translation>de la caché (sin conexión)</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Plantillas…</translation>
    </message>
    <message>
        <source>Only the first {count} are sent.</source>
        <translation>Solo se envían los {count} primeros.</translation>
    </message>
    <message>
        <source>{model} (not in the list)</source>
        <translation>{model} (no está en la lista)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
</context>
<context>
    <name>PolicyWords</name>
    <message>
        <source>Set by your organisation</source>
        <translation>Definido por tu organización</translation>
    </message>
    <message>
        <source>Managed by your organisation (policy: {path})</source>
        <translation>Administrado por tu organización (directiva: {path})</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Administrado por tu organización</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Helpful assistant</source>
        <translation>Asistente útil</translation>
    </message>
    <message>
        <source>You are a helpful assistant. Answer clearly and plainly.</source>
        <translation>Eres un asistente útil. Responde con claridad y sencillez.</translation>
    </message>
    <message>
        <source>Short answers</source>
        <translation>Respuestas breves</translation>
    </message>
    <message>
        <source>Answer briefly. Use bullet points when they help; skip introductions.</source>
        <translation>Responde de forma breve. Usa viñetas cuando sean útiles; omite las introducciones.</translation>
    </message>
    <message>
        <source>Proofreader</source>
        <translation>Corrector</translation>
    </message>
    <message>
        <source>Correct the spelling, grammar and punctuation of the text I send. Keep my wording and tone, then list the main changes.</source>
        <translation>Corrige la ortografía, la gramática y la puntuación del texto que te envíe. Conserva mis palabras y mi tono y, después, enumera los cambios principales.</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traductor</translation>
    </message>
    <message>
        <source>Translate the text I send. If I don&apos;t name a language, translate it into English; keep the formatting.</source>
        <translation>Traduce el texto que te envíe. Si no indico un idioma, tradúcelo al español; conserva el formato.</translation>
    </message>
    <message>
        <source>Email helper</source>
        <translation>Ayudante de correo</translation>
    </message>
    <message>
        <source>Help me write clear, polite work emails. Ask for missing details before drafting.</source>
        <translation>Ayúdame a escribir correos electrónicos de trabajo claros y corteses. Pregúntame los detalles que falten antes de redactar el borrador.</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>Chat sin título</translation>
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
        <translation>Archivo adjunto: {name} ({size})</translation>
    </message>
    <message>
        <source>Picture not available: {name}</source>
        <translation>Imagen no disponible: {name}</translation>
    </message>
    <message>
        <source>Open a chat with messages to print it.</source>
        <translation>Abre un chat con mensajes para imprimirlo.</translation>
    </message>
    <message>
        <source>This chat has no messages yet, so there is nothing to print.</source>
        <translation>Este chat todavía no tiene mensajes, así que no hay nada que imprimir.</translation>
    </message>
    <message>
        <source>Wait for the printing under way to finish, or cancel it.</source>
        <translation>Espera a que termine la impresión en curso o cancélala.</translation>
    </message>
    <message>
        <source>Preparing… {done} of {total} messages</source>
        <translation>Preparando… {done} de {total} mensajes</translation>
    </message>
    <message>
        <source>Arranging the pages…</source>
        <translation>Organizando las páginas…</translation>
    </message>
    <message>
        <source>Printing page {done} of {total}…</source>
        <translation>Imprimiendo la página {done} de {total}…</translation>
    </message>
    <message>
        <source>Printing the chat</source>
        <translation>Imprimiendo el chat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Desktop Chat</source>
        <translation>Desktop Chat</translation>
    </message>
    <message>
        <source>Printing cancelled. Nothing was sent to the printer.</source>
        <translation>Impresión cancelada. No se envió nada a la impresora.</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Exportación cancelada. No se guardó ningún archivo.</translation>
    </message>
    <message>
        <source>Sent 1 page to the printer.</source>
        <translation>Se envió 1 página a la impresora.</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation>Se enviaron {pages} páginas a la impresora.</translation>
    </message>
    <message>
        <source>Saved 1 page as {path}</source>
        <translation>Se guardó 1 página como {path}</translation>
    </message>
    <message>
        <source>Saved {pages} pages as {path}</source>
        <translation>Se guardaron {pages} páginas como {path}</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>No se pudo iniciar la impresora. Comprueba que está encendida y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{name} could not be written. Choose another folder and try again.</source>
        <translation>No se pudo escribir {name}. Elige otra carpeta y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
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
        <translation>Abrir configuración</translation>
    </message>
</context>
<context>
    <name>ProseView</name>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>System settings</source>
        <translation>Configuración del sistema</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Este proxy:</translation>
    </message>
    <message>
        <source>Automatic (PAC):</source>
        <translation>Automático (PAC):</translation>
    </message>
    <message>
        <source>How to reach the gateway</source>
        <translation>Cómo conectar con la pasarela</translation>
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
        <translation>Por ejemplo, http://proxy.example.com:8080 (http://usuario:contraseña@… si pide contraseña)</translation>
    </message>
    <message>
        <source>Automatic proxy settings (PAC) address</source>
        <translation>Dirección de la configuración automática del proxy (PAC)</translation>
    </message>
    <message>
        <source>http://wpad.example.com/proxy.pac</source>
        <translation>http://wpad.example.com/proxy.pac</translation>
    </message>
    <message>
        <source>The address of the proxy auto-configuration file IT gave you</source>
        <translation>La dirección del archivo de configuración automática del proxy que te dio el soporte técnico</translation>
    </message>
    <message>
        <source>In use now: {proxy}</source>
        <translation>En uso ahora: {proxy}</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>There is nothing to send.</source>
        <translation>No hay nada que enviar.</translation>
    </message>
    <message>
        <source>Wait for the answer to finish, or stop it first.</source>
        <translation>Espera a que termine la respuesta o detenla primero.</translation>
    </message>
    <message>
        <source>Add your API key to start chatting.</source>
        <translation>Agrega tu clave de API para empezar a chatear.</translation>
    </message>
    <message>
        <source>This chat no longer exists.</source>
        <translation>Este chat ya no existe.</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>Este mensaje ya no existe.</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>Solo se pueden editar tus propios mensajes.</translation>
    </message>
    <message>
        <source>Only an answer can be regenerated.</source>
        <translation>Solo se puede regenerar una respuesta.</translation>
    </message>
    <message>
        <source>Only an answer can be continued.</source>
        <translation>Solo se puede continuar una respuesta.</translation>
    </message>
    <message>
        <source>This answer is already complete.</source>
        <translation>Esta respuesta ya está completa.</translation>
    </message>
    <message>
        <source>This message can&apos;t be sent again.</source>
        <translation>Este mensaje no se puede volver a enviar.</translation>
    </message>
    <message>
        <source>This message alone is longer than the model can read. Shorten it, or choose a model with a larger context window in the sidebar. Your text is still in the message box.</source>
        <translation>Este mensaje por sí solo es más largo de lo que puede leer el modelo. Acórtalo o elige en la barra lateral un modelo con una ventana de contexto más grande. Tu texto sigue en el cuadro de mensaje.</translation>
    </message>
    <message>
        <source>This model can&apos;t see images. Choose a model that can (Claude or Gemini) in the sidebar, or remove the images. Your message and files are still in the message box.</source>
        <translation>Este modelo no puede ver imágenes. Elige en la barra lateral un modelo que pueda (Claude o Gemini) o quita las imágenes. Tu mensaje y tus archivos siguen en el cuadro de mensaje.</translation>
    </message>
    <message>
        <source>A file is still being read. Wait a moment, or remove it, then send.</source>
        <translation>Todavía se está leyendo un archivo. Espera un momento o quítalo y luego envía.</translation>
    </message>
    <message>
        <source>The model kept calling tools, so the app stopped it. Ask it to go on if you want more.</source>
        <translation>El modelo no dejaba de llamar a herramientas, así que la aplicación lo detuvo. Pídele que continúe si quieres más.</translation>
    </message>
    <message>
        <source>Every earlier message is already sent to the model: there is nothing to summarise.</source>
        <translation>Todos los mensajes anteriores ya se envían al modelo: no hay nada que resumir.</translation>
    </message>
    <message>
        <source>Your organisation does not allow this. Ask your IT department if you need it.</source>
        <translation>Tu organización no permite esto. Si lo necesitas, consulta a tu departamento de soporte técnico.</translation>
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
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>For example: time</source>
        <translation>Por ejemplo: time</translation>
    </message>
    <message>
        <source>Kind of server</source>
        <translation>Tipo de servidor</translation>
    </message>
    <message>
        <source>A program on this computer (stdio)</source>
        <translation>Un programa en este equipo (stdio)</translation>
    </message>
    <message>
        <source>A server on the network (HTTP)</source>
        <translation>Un servidor en la red (HTTP)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>For example: uvx</source>
        <translation>Por ejemplo: uvx</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>One argument per line, without quotes</source>
        <translation>Un argumento por línea, sin comillas</translation>
    </message>
    <message>
        <source>One argument per line, taken exactly as written: no quotes are needed, and nothing is interpreted by a shell.</source>
        <translation>Un argumento por línea, tal como está escrito: no hacen falta comillas y ningún shell interpreta nada.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>For example: https://tools.example.com/mcp</source>
        <translation>Por ejemplo: https://tools.example.com/mcp</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Encabezados</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Tools allowed without asking</source>
        <translation>Herramientas permitidas sin preguntar</translation>
    </message>
    <message>
        <source>One tool name per line</source>
        <translation>Un nombre de herramienta por línea</translation>
    </message>
    <message>
        <source>These tools of this server run without asking you first. Everything else asks.</source>
        <translation>Estas herramientas de este servidor se ejecutan sin preguntarte antes. Todo lo demás pregunta.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Done editing the server</source>
        <translation>Terminar de editar el servidor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel editing the server</source>
        <translation>Cancelar la edición del servidor</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Command</source>
        <translation>&amp;Comando</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>&amp;Argumentos</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Entorno</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>Enca&amp;bezados</translation>
    </message>
    <message>
        <source>Allowed without asking</source>
        <translation>Permitidas sin preguntar</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>Editar servidor</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Nuevo servidor</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Ponle un nombre al servidor.</translation>
    </message>
    <message>
        <source>The name is too long: at most {count} characters.</source>
        <translation>El nombre es demasiado largo: como máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>There is already a server called “{name}”.</source>
        <translation>Ya hay un servidor llamado «{name}».</translation>
    </message>
    <message>
        <source>Say which program to start (the command).</source>
        <translation>Indica qué programa se debe iniciar (el comando).</translation>
    </message>
    <message>
        <source>“{name}” cannot be the name of an environment variable: use letters, digits and _, not starting with a digit.</source>
        <translation>«{name}» no puede ser el nombre de una variable de entorno: usa letras, dígitos y _, sin empezar por un dígito.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://, like https://tools.example.com/mcp.</source>
        <translation>La dirección debe empezar por http:// o https://, como https://tools.example.com/mcp.</translation>
    </message>
    <message>
        <source>“{name}” cannot be the name of a header: use letters, digits and -.</source>
        <translation>«{name}» no puede ser el nombre de un encabezado: usa letras, dígitos y -.</translation>
    </message>
    <message>
        <source>“{name}” is there twice.</source>
        <translation>«{name}» aparece dos veces.</translation>
    </message>
    <message>
        <source>Type a value for “{name}”.</source>
        <translation>Escribe un valor para «{name}».</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Your settings file was damaged, so Desktop Chat started with its default settings. The damaged file was kept as {name}.</source>
        <translation>Tu archivo de configuración estaba dañado, así que Desktop Chat se inició con la configuración predeterminada. El archivo dañado se conservó como {name}.</translation>
    </message>
    <message>
        <source>no proxy (direct connection)</source>
        <translation>sin proxy (conexión directa)</translation>
    </message>
    <message>
        <source>no proxy (direct connection) ({variable} covers {host})</source>
        <translation>sin proxy (conexión directa) ({variable} incluye {host})</translation>
    </message>
    <message>
        <source>{url} (from settings)</source>
        <translation>{url} (de la configuración)</translation>
    </message>
    <message>
        <source>the proxy that the automatic settings at {url} choose for each address</source>
        <translation>el proxy que elige para cada dirección la configuración automática de {url}</translation>
    </message>
    <message>
        <source>{url} (from the system&apos;s settings)</source>
        <translation>{url} (de la configuración del sistema)</translation>
    </message>
    <message>
        <source>{url} (from {variable})</source>
        <translation>{url} (de {variable})</translation>
    </message>
    <message>
        <source>from {variable}</source>
        <translation>de {variable}</translation>
    </message>
    <message>
        <source>offline demo (no key)</source>
        <translation>demostración sin conexión (sin clave)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <source>set</source>
        <translation>configurada</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Current key: {hint}</source>
        <translation>Clave actual: {hint}</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Reemplazar…</translation>
    </message>
    <message>
        <source>Replace key</source>
        <translation>Reemplazar clave</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Check the key and address with the gateway</source>
        <translation>Comprobar la clave y la dirección con la pasarela</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nueva clave de API</translation>
    </message>
    <message>
        <source>Kept in {location}, never in a file.</source>
        <translation>Se guarda en {location}, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Dirección de la pasarela</translation>
    </message>
    <message>
        <source>In use now: {address} (set by {variable} for this run). The address above is saved for when that variable is gone.</source>
        <translation>En uso ahora: {address} (definida por {variable} para esta ejecución). La dirección de arriba se guarda para cuando esa variable ya no exista.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Gateway &amp;address</source>
        <translation>&amp;Dirección de la pasarela</translation>
    </message>
    <message>
        <source>&amp;Proxy</source>
        <translation>&amp;Proxy</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Certificados</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the app&apos;s words. It changes at once.</source>
        <translation>El idioma de los textos de la aplicación. Cambia al instante.</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>Igual que el sistema ({language})</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>T&amp;amaño del texto</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar configuración</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <source>Tool calls in a row</source>
        <translation>Llamadas a herramientas seguidas</translation>
    </message>
    <message>
        <source>After this many rounds of tool calls in one answer, the app stops asking the model again</source>
        <translation>Tras este número de rondas de llamadas a herramientas en una misma respuesta, la aplicación deja de volver a consultar al modelo</translation>
    </message>
    <message>
        <source>Time limit of one tool call</source>
        <translation>Tiempo límite de una llamada a herramienta</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Tool calls in a &amp;row, at most</source>
        <translation>Llamadas a herramientas &amp;seguidas, como máximo</translation>
    </message>
    <message>
        <source>Time &amp;limit of one call</source>
        <translation>Tiempo &amp;límite por llamada</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Cancelar prueba</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Copias de &amp;seguridad</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Conservar la actual</translation>
    </message>
    <message>
        <source>Keep current key</source>
        <translation>Conservar la clave actual</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>Línea nueva en el mensaje</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <source>Focus the message box</source>
        <translation>Ir al cuadro de mensaje</translation>
    </message>
    <message>
        <source>Previous chat</source>
        <translation>Chat anterior</translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation>Chat siguiente</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Cambiar nombre del chat</translation>
    </message>
    <message>
        <source>Delete chat (with undo)</source>
        <translation>Eliminar chat (se puede deshacer)</translation>
    </message>
    <message>
        <source>Undo delete, while the notice shows</source>
        <translation>Deshacer la eliminación mientras se muestra el aviso</translation>
    </message>
    <message>
        <source>Copy the selection</source>
        <translation>Copiar la selección</translation>
    </message>
    <message>
        <source>Export the chat</source>
        <translation>Exportar el chat</translation>
    </message>
    <message>
        <source>Print the chat</source>
        <translation>Imprimir el chat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>Mostrar u ocultar la barra lateral</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Métodos abreviados de teclado</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Métodos abreviados de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Right-click a chat in the list for Rename, Pin, Archive, Export and Delete.</source>
        <translation>Haz clic con el botón derecho en un chat de la lista para cambiarle el nombre, anclarlo, archivarlo, exportarlo o eliminarlo.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Saved as the default for new chats.</source>
        <translation>Guardado como predeterminado para los chats nuevos.</translation>
    </message>
</context>
<context>
    <name>StartupNotices</name>
    <message>
        <source>it cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>no es JSON válido</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>an unknown key</source>
        <translation>una clave desconocida</translation>
    </message>
    <message>
        <source>a value of the wrong type</source>
        <translation>un valor de tipo incorrecto</translation>
    </message>
    <message>
        <source>a value that can&apos;t be used</source>
        <translation>un valor que no se puede usar</translation>
    </message>
    <message>
        <source>a rule listed in defaults_only</source>
        <translation>una regla incluida en defaults_only</translation>
    </message>
    <message>
        <source>a default model that is not among the allowed models</source>
        <translation>un modelo predeterminado que no está entre los modelos permitidos</translation>
    </message>
    <message>
        <source>{what} at “{key}” in {source}</source>
        <translation>{what} en «{key}», en {source}</translation>
    </message>
    <message>
        <source>{what}: {source}</source>
        <translation>{what}: {source}</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy has a mistake, so Desktop Chat uses the last policy that worked. Please tell your IT department.</source>
        <translation>La directiva de tu organización tiene un error, así que Desktop Chat usa la última directiva que funcionó. Avisa a tu departamento de soporte técnico.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy has a mistake, so Desktop Chat started with its own defaults. Please tell your IT department.</source>
        <translation>La directiva de tu organización tiene un error, así que Desktop Chat se inició con su propia configuración predeterminada. Avisa a tu departamento de soporte técnico.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Not connected yet</source>
        <translation>Aún sin conectar</translation>
    </message>
    <message>
        <source>The gateway has not been contacted yet.</source>
        <translation>Todavía no se ha contactado con la pasarela.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Checking the gateway.</source>
        <translation>Comprobando la pasarela.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>The gateway answered.</source>
        <translation>La pasarela respondió.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Can&apos;t reach the gateway. Your history, search and settings still work.</source>
        <translation>No se puede conectar con la pasarela. Tu historial, la búsqueda y la configuración siguen funcionando.</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>Demostración sin conexión</translation>
    </message>
    <message>
        <source>Talking to the built-in demo gateway; no key is used.</source>
        <translation>Conectado a la pasarela de demostración integrada; no se usa ninguna clave.</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Sin clave de API</translation>
    </message>
    <message>
        <source>Add your key in Settings (Ctrl+,).</source>
        <translation>Agrega tu clave en Configuración (Ctrl+,).</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Answer tokens</source>
        <translation>Tokens de la respuesta</translation>
    </message>
    <message>
        <source>Conversation usage</source>
        <translation>Uso de la conversación</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Esperando la respuesta…</translation>
    </message>
    <message>
        <source>Answering… {approx}{tokens} tokens</source>
        <translation>Respondiendo… {approx}{tokens} tokens</translation>
    </message>
    <message>
        <source>Last answer: {approx}{tokens} tokens</source>
        <translation>Última respuesta: {approx}{tokens} tokens</translation>
    </message>
    <message>
        <source>This chat: {tokens} tokens</source>
        <translation>Este chat: {tokens} tokens</translation>
    </message>
    <message>
        <source>Tokens of every answer, summary and title of this chat.</source>
        <translation>Tokens de todas las respuestas, resúmenes y títulos de este chat.</translation>
    </message>
    <message>
        <source>This chat: {tokens} tokens · ≈ {cost}</source>
        <translation>Este chat: {tokens} tokens · ≈ {cost}</translation>
    </message>
    <message>
        <source>Tokens of every answer, summary and title of this chat. The cost is an estimate from list prices (Settings → Models); your gateway may charge differently.</source>
        <translation>Tokens de todas las respuestas, resúmenes y títulos de este chat. El costo es una estimación basada en las tarifas públicas (Configuración → Modelos); tu pasarela puede cobrar otra cantidad.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Check that you may write to the history file and its folder, then restart the app.</source>
        <translation>Comprueba que tienes permiso para escribir en el archivo del historial y en su carpeta, y luego reinicia la aplicación.</translation>
    </message>
    <message>
        <source>Your chat history could not be read or saved.</source>
        <translation>No se pudo leer ni guardar tu historial de chats.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, restart the app.</source>
        <translation>Vuelve a intentarlo; si sigue pasando, reinicia la aplicación.</translation>
    </message>
    <message>
        <source>Your chat history was saved by a newer version of Desktop Chat. Please update; nothing was changed.</source>
        <translation>Tu historial de chats se guardó con una versión más reciente de Desktop Chat. Actualiza la aplicación; no se cambió nada.</translation>
    </message>
    <message>
        <source>Install the latest version of Desktop Chat.</source>
        <translation>Instala la versión más reciente de Desktop Chat.</translation>
    </message>
    <message>
        <source>The disk is full, so {name} could not be written.</source>
        <translation>El disco está lleno, así que no se pudo escribir {name}.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change could not be saved. Everything saved before is safe.</source>
        <translation>El disco está lleno, así que no se pudo guardar el último cambio. Todo lo guardado antes está a salvo.</translation>
    </message>
    <message>
        <source>Free some disk space, then try again.</source>
        <translation>Libera espacio en el disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your chat history file can&apos;t be changed (it is read-only), so nothing new can be saved. Everything saved before is safe.</source>
        <translation>El archivo de tu historial de chats no se puede modificar (es de solo lectura), así que no se puede guardar nada nuevo. Todo lo guardado antes está a salvo.</translation>
    </message>
    <message>
        <source>The folder for your chat history can&apos;t be created, so nothing can be saved.</source>
        <translation>No se puede crear la carpeta de tu historial de chats, así que no se puede guardar nada.</translation>
    </message>
    <message>
        <source>Your chat history needs a one-time update, but the file is read-only.</source>
        <translation>Tu historial de chats necesita una actualización única, pero el archivo es de solo lectura.</translation>
    </message>
    <message>
        <source>Your chat history file is damaged and can&apos;t be opened. It has been left exactly as it was.</source>
        <translation>El archivo de tu historial de chats está dañado y no se puede abrir. Se ha dejado exactamente como estaba.</translation>
    </message>
    <message>
        <source>Keep a copy of the file for support, then start a new history.</source>
        <translation>Guarda una copia del archivo para el soporte técnico y luego empieza un historial nuevo.</translation>
    </message>
    <message>
        <source>Your chat history is being used by another program right now.</source>
        <translation>Otro programa está usando tu historial de chats en este momento.</translation>
    </message>
    <message>
        <source>Close other copies of Desktop Chat, then try again.</source>
        <translation>Cierra las demás copias de Desktop Chat y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your chat history file could not be read or written.</source>
        <translation>No se pudo leer ni escribir el archivo de tu historial de chats.</translation>
    </message>
    <message>
        <source>Check that the disk is connected and that you may write to the history folder.</source>
        <translation>Comprueba que el disco está conectado y que tienes permiso para escribir en la carpeta del historial.</translation>
    </message>
    <message>
        <source>Your chat history can&apos;t be opened safely on this drive.</source>
        <translation>Tu historial de chats no se puede abrir de forma segura en esta unidad.</translation>
    </message>
    <message>
        <source>Keep the history on a local disk.</source>
        <translation>Guarda el historial en un disco local.</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}).</source>
        <translation>No se pudo escribir {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} could not be written.</source>
        <translation>No se pudo escribir {name}.</translation>
    </message>
    <message>
        <source>Choose another folder and try again.</source>
        <translation>Elige otra carpeta y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The file could not be imported: {problem} (at {where}).</source>
        <translation>No se pudo importar el archivo: {problem} (en {where}).</translation>
    </message>
    <message>
        <source>The file could not be imported: {problem}.</source>
        <translation>No se pudo importar el archivo: {problem}.</translation>
    </message>
    <message>
        <source>{what_happened} Your history was not changed.</source>
        <translation>{what_happened} Tu historial no se modificó.</translation>
    </message>
    <message>
        <source>Check that you chose the right file and that it is complete; nothing was imported.</source>
        <translation>Comprueba que elegiste el archivo correcto y que está completo; no se importó nada.</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>un valor</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>no se pudo leer el archivo</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file ends too early (it may be truncated)</source>
        <translation>el archivo termina antes de tiempo (puede que esté truncado)</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>el archivo no es un JSON válido</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be an export</source>
        <translation>el archivo tiene demasiados niveles de anidación para ser una exportación</translation>
    </message>
    <message>
        <source>a part of the file is too big to be read</source>
        <translation>una parte del archivo es demasiado grande para leerla</translation>
    </message>
    <message>
        <source>the zip file is damaged</source>
        <translation>el archivo zip está dañado</translation>
    </message>
    <message>
        <source>the zip file has no conversations.json in it</source>
        <translation>el archivo zip no contiene conversations.json</translation>
    </message>
    <message>
        <source>a ChatGPT export should hold a list of conversations</source>
        <translation>una exportación de ChatGPT debería contener una lista de conversaciones</translation>
    </message>
    <message>
        <source>this is not a Desktop Chat export (&apos;format&apos; is missing or unknown)</source>
        <translation>no es una exportación de Desktop Chat (falta «format» o es desconocido)</translation>
    </message>
    <message>
        <source>it was written by a newer version of Desktop Chat</source>
        <translation>se escribió con una versión más reciente de Desktop Chat</translation>
    </message>
    <message>
        <source>{name} is missing</source>
        <translation>falta {name}</translation>
    </message>
    <message>
        <source>{name} should be an object</source>
        <translation>{name} debería ser un objeto</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>{name} should be a list</source>
        <translation>{name} debería ser una lista</translation>
    </message>
    <message>
        <source>{name} should be text</source>
        <translation>{name} debería ser texto</translation>
    </message>
    <message>
        <source>{name} should be a number</source>
        <translation>{name} debería ser un número</translation>
    </message>
    <message>
        <source>{name} should be a whole number</source>
        <translation>{name} debería ser un número entero</translation>
    </message>
    <message>
        <source>{name} should be true or false</source>
        <translation>{name} debería ser verdadero o falso</translation>
    </message>
    <message>
        <source>{name} has an invalid value</source>
        <translation>{name} tiene un valor no válido</translation>
    </message>
    <message>
        <source>{name} does not point to an earlier message of the conversation</source>
        <translation>{name} no apunta a un mensaje anterior de la conversación</translation>
    </message>
    <message>
        <source>its messages form a loop</source>
        <translation>sus mensajes forman un bucle</translation>
    </message>
    <message>
        <source>the file is not an export this app can read</source>
        <translation>el archivo no es una exportación que esta aplicación pueda leer</translation>
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
        <translation>Se envía al modelo en lugar de los mensajes anteriores que resume.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>Editar resumen</translation>
    </message>
    <message>
        <source>Change what is sent in place of the earlier messages</source>
        <translation>Cambiar lo que se envía en lugar de los mensajes anteriores</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove summary</source>
        <translation>Quitar resumen</translation>
    </message>
    <message>
        <source>Stop sending this summary</source>
        <translation>Dejar de enviar este resumen</translation>
    </message>
    <message numerus="yes">
        <source>Summary of the %Ln earlier message(s)</source>
        <translation>
            <numerusform>Resumen de %Ln mensaje anterior</numerusform>
            <numerusform>Resumen de los %Ln mensajes anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary of the earlier messages</source>
        <translation>Resumen de los mensajes anteriores</translation>
    </message>
    <message>
        <source>{title}, written by {model}</source>
        <translation>{title}, escrito por {model}</translation>
    </message>
    <message>
        <source>Summary text</source>
        <translation>Texto del resumen</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Ctrl+Enter guarda, Esc cancela</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel editing the summary</source>
        <translation>Cancelar la edición del resumen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Guardar el resumen</translation>
    </message>
    <message>
        <source>Save the summary (Ctrl+Enter)</source>
        <translation>Guardar el resumen (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>SupportController</name>
    <message>
        <source>The diagnostic report is being put together…</source>
        <translation>Se está preparando el informe de diagnóstico…</translation>
    </message>
    <message>
        <source>Putting the diagnostic report together and testing the connection…</source>
        <translation>Preparando el informe de diagnóstico y probando la conexión…</translation>
    </message>
    <message>
        <source>The diagnostic report was copied. Paste it into your message to IT.</source>
        <translation>Se copió el informe de diagnóstico. Pégalo en tu mensaje al soporte técnico.</translation>
    </message>
    <message>
        <source>The request was copied as a curl command. The key is not in it: set DESKTOP_CHAT_API_KEY before running it.</source>
        <translation>Se copió la solicitud como comando curl. No incluye la clave: define DESKTOP_CHAT_API_KEY antes de ejecutarlo.</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation>Descartar notificación</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>ToolApprovals</name>
    <message>
        <source>A tool is waiting for your go-ahead in another chat.</source>
        <translation>Una herramienta está esperando tu aprobación en otro chat.</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>What the tool says it does</source>
        <translation>Lo que la herramienta dice que hace</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Permitir una vez</translation>
    </message>
    <message>
        <source>Allow {tool} this time</source>
        <translation>Permitir {tool} esta vez</translation>
    </message>
    <message>
        <source>Always allow this tool</source>
        <translation>Permitir siempre esta herramienta</translation>
    </message>
    <message>
        <source>Always allow {tool}, without asking again</source>
        <translation>Permitir siempre {tool}, sin volver a preguntar</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Do not let {tool} run</source>
        <translation>No permitir que se ejecute {tool}</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <source>Show the arguments folded</source>
        <translation>Contraer los argumentos</translation>
    </message>
    <message>
        <source>Show all of the arguments</source>
        <translation>Mostrar todos los argumentos</translation>
    </message>
    <message>
        <source>Show or hide what {tool} was given and returned</source>
        <translation>Mostrar u ocultar lo que recibió y devolvió {tool}</translation>
    </message>
    <message>
        <source>{sentence} ({duration})</source>
        <translation>{sentence} ({duration})</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation>Mostrar u ocultar los detalles</translation>
    </message>
    <message>
        <source>Result of {tool}</source>
        <translation>Resultado de {tool}</translation>
    </message>
    <message>
        <source>Show the start of the result</source>
        <translation>Mostrar el principio del resultado</translation>
    </message>
    <message>
        <source>Show all of the result</source>
        <translation>Mostrar el resultado completo</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <source>The model kept calling tools ({rounds} times in a row), so the app stopped it. Ask it to go on if you want more.</source>
        <translation>El modelo no dejaba de llamar a herramientas ({rounds} veces seguidas), así que la aplicación lo detuvo. Pídele que continúe si quieres más.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Wants to use {tool} from {server}</source>
        <translation>Quiere usar {tool} de {server}</translation>
    </message>
    <message>
        <source>Wants to use {tool}</source>
        <translation>Quiere usar {tool}</translation>
    </message>
    <message>
        <source>The model wants to use {tool} from {server}</source>
        <translation>El modelo quiere usar {tool} de {server}</translation>
    </message>
    <message>
        <source>The model wants to use {tool}</source>
        <translation>El modelo quiere usar {tool}</translation>
    </message>
    <message>
        <source>Only reads</source>
        <translation>Solo lee</translation>
    </message>
    <message>
        <source>Can change or delete things</source>
        <translation>Puede modificar o eliminar cosas</translation>
    </message>
    <message>
        <source>The tool does not describe itself.</source>
        <translation>La herramienta no describe lo que hace.</translation>
    </message>
    <message>
        <source>This tool was not offered to the model; nothing is known about it.</source>
        <translation>Esta herramienta no se le ofreció al modelo; no se sabe nada de ella.</translation>
    </message>
    <message>
        <source>These arguments are not valid JSON. They are shown as the model wrote them.</source>
        <translation>Estos argumentos no son un JSON válido. Se muestran tal como los escribió el modelo.</translation>
    </message>
    <message>
        <source>These arguments are not a JSON object, which tools expect.</source>
        <translation>Estos argumentos no son un objeto JSON, que es lo que esperan las herramientas.</translation>
    </message>
    <message>
        <source>No arguments.</source>
        <translation>Sin argumentos.</translation>
    </message>
    <message>
        <source>Running {tool}… {elapsed}</source>
        <translation>Ejecutando {tool}… {elapsed}</translation>
    </message>
    <message>
        <source>Starting {tool}…</source>
        <translation>Iniciando {tool}…</translation>
    </message>
    <message>
        <source>{tool} is waiting for its turn.</source>
        <translation>{tool} está esperando su turno.</translation>
    </message>
    <message>
        <source>{tool} was not run.</source>
        <translation>{tool} no se ejecutó.</translation>
    </message>
    <message>
        <source>Used {tool}</source>
        <translation>Se usó {tool}</translation>
    </message>
    <message>
        <source>{tool} did not work. The model was told what went wrong.</source>
        <translation>{tool} no funcionó. Se le indicó al modelo qué salió mal.</translation>
    </message>
    <message>
        <source>{tool} took too long and was stopped. The model was told.</source>
        <translation>{tool} tardó demasiado y se detuvo. Se le indicó al modelo.</translation>
    </message>
    <message>
        <source>You did not allow {tool}. The model was told.</source>
        <translation>No permitiste {tool}. Se le indicó al modelo.</translation>
    </message>
    <message>
        <source>{tool} was stopped with the answer.</source>
        <translation>{tool} se detuvo junto con la respuesta.</translation>
    </message>
    <message>
        <source>The model asked for {tool} with arguments that make no sense, so it was not run.</source>
        <translation>El modelo pidió {tool} con argumentos que no tienen sentido, así que no se ejecutó.</translation>
    </message>
    <message>
        <source>The model asked for a tool that does not exist ({tool}), so nothing was run.</source>
        <translation>El modelo pidió una herramienta que no existe ({tool}), así que no se ejecutó nada.</translation>
    </message>
    <message>
        <source>{used} · {duration}</source>
        <translation>{used} · {duration}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What the model was told</source>
        <translation>Lo que se le indicó al modelo</translation>
    </message>
    <message>
        <source>Show all ({count} characters)</source>
        <translation>Mostrar todo ({count} caracteres)</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} characters.</source>
        <translation>Se muestran los primeros {shown} de {total} caracteres.</translation>
    </message>
    <message>
        <source>● ready ({tools})</source>
        <translation>● listo ({tools})</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>iniciando…</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>falló: {reason}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Connected, but the server offers no tools.</source>
        <translation>Conectado, pero el servidor no ofrece ninguna herramienta.</translation>
    </message>
    <message>
        <source>Connected: {tools} — {names}</source>
        <translation>Conectado: {tools} ({names})</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>No se pudo conectar: {reason}</translation>
    </message>
    <message>
        <source>its program was not found — check the command, or install it</source>
        <translation>no se encontró su programa; revisa el comando o instálalo</translation>
    </message>
    <message>
        <source>its program could not be started</source>
        <translation>no se pudo iniciar su programa</translation>
    </message>
    <message>
        <source>its address did not answer — check the URL and your connection</source>
        <translation>su dirección no respondió; revisa la URL y tu conexión</translation>
    </message>
    <message>
        <source>it started but did not answer like a tool server</source>
        <translation>se inició, pero no respondió como un servidor de herramientas</translation>
    </message>
    <message>
        <source>it stopped; it is started again shortly</source>
        <translation>se detuvo; se volverá a iniciar en breve</translation>
    </message>
    <message>
        <source>a secret value it needs is missing — enter it again in Settings → Tools</source>
        <translation>falta un valor secreto que necesita; vuelve a escribirlo en Configuración → Herramientas</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>Tools let the model use other programs — a calendar, a ticket tracker, files — through MCP servers. Each use asks you first unless you allow the tool always.</source>
        <translation>Las herramientas permiten que el modelo use otros programas (un calendario, un sistema de incidencias, archivos) a través de servidores MCP. Cada uso te pide permiso antes, a menos que permitas la herramienta siempre.</translation>
    </message>
    <message>
        <source>Saved in {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>Servidores de herramientas</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No tool servers yet. Add one, or ask your IT contact for an mcp.json file.</source>
        <translation>Todavía no hay servidores de herramientas. Agrega uno o pide un archivo mcp.json a tu contacto de soporte técnico.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Agregar un servidor de herramientas</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the tool server</source>
        <translation>Editar el servidor de herramientas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the tool server</source>
        <translation>Quitar el servidor de herramientas</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Test the tool server</source>
        <translation>Probar el servidor de herramientas</translation>
    </message>
    <message>
        <source>Connect to the server and list its tools</source>
        <translation>Conectar con el servidor y mostrar sus herramientas</translation>
    </message>
    <message>
        <source>Tick to use this server; untick to keep it but not start it</source>
        <translation>Marca la casilla para usar este servidor; desmárcala para conservarlo sin iniciarlo</translation>
    </message>
    <message>
        <source>{server} ({set_by})</source>
        <translation>{server} ({set_by})</translation>
    </message>
    <message>
        <source>Allowed without asking: {tools}</source>
        <translation>Permitidas sin preguntar: {tools}</translation>
    </message>
    <message>
        <source>Every tool of this server asks before it runs.</source>
        <translation>Todas las herramientas de este servidor preguntan antes de ejecutarse.</translation>
    </message>
    <message>
        <source>Remove tool server?</source>
        <translation>¿Quitar el servidor de herramientas?</translation>
    </message>
    <message>
        <source>Remove the server “{name}”?</source>
        <translation>¿Quitar el servidor «{name}»?</translation>
    </message>
    <message>
        <source>The model can no longer use its tools. Chats that used them keep what they showed.</source>
        <translation>El modelo ya no podrá usar sus herramientas. Los chats que las usaron conservan lo que mostraron.</translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation>Conectando con {name}…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Prueba cancelada.</translation>
    </message>
</context>
<context>
    <name>ToolsRow</name>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Use tools in this chat</source>
        <translation>Usar herramientas en este chat</translation>
    </message>
    <message>
        <source>When on, the model may ask to use these tools in this chat</source>
        <translation>Si está activado, el modelo puede pedir usar estas herramientas en este chat</translation>
    </message>
    <message>
        <source>Tools: {servers} ({tools})</source>
        <translation>Herramientas: {servers} ({tools})</translation>
    </message>
    <message>
        <source>Tools: none working</source>
        <translation>Herramientas: ninguna funciona</translation>
    </message>
    <message>
        <source>Not working: {servers}</source>
        <translation>No funcionan: {servers}</translation>
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
        <translation>Ya está disponible Desktop Chat {version}.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>Usage chart</source>
        <translation>Gráfico de uso</translation>
    </message>
    <message>
        <source>Tokens per month</source>
        <translation>Tokens por mes</translation>
    </message>
    <message>
        <source>Estimated cost per month</source>
        <translation>Costo estimado por mes</translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation>Tokens por día</translation>
    </message>
    <message>
        <source>Estimated cost per day</source>
        <translation>Costo estimado por día</translation>
    </message>
    <message>
        <source>{what}; the highest: {when}.</source>
        <translation>{what}; el máximo: {when}.</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Tokens de entrada</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Tokens de salida</translation>
    </message>
    <message>
        <source>Estimated cost (US dollars)</source>
        <translation>Costo estimado (dólares estadounidenses)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>Total de tokens</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Costo estimado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
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
        <translation>{amount} + desconocido</translation>
    </message>
    <message>
        <source>No price is known for this model, so its cost can&apos;t be estimated.</source>
        <translation>No se conoce el precio de este modelo, así que no se puede estimar su costo.</translation>
    </message>
    <message>
        <source>Some of these tokens are of a model with no known price: the real cost is higher than the estimate.</source>
        <translation>Algunos de estos tokens son de un modelo sin precio conocido: el costo real es mayor que el estimado.</translation>
    </message>
    <message>
        <source>An estimate from list prices per million tokens.</source>
        <translation>Una estimación basada en las tarifas públicas por millón de tokens.</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>Modelo desconocido</translation>
    </message>
    <message>
        <source>Deleted chats (summaries and titles)</source>
        <translation>Chats eliminados (resúmenes y títulos)</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>Chat sin título</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Requests: {requests} · Tokens: {total} ({input} in, {output} out) · Estimated cost: {cost}</source>
        <translation>Solicitudes: {requests} · Tokens: {total} ({input} de entrada, {output} de salida) · Costo estimado: {cost}</translation>
    </message>
    <message>
        <source>summaries of long chats: {tokens} tokens ({cost})</source>
        <translation>resúmenes de chats largos: {tokens} tokens ({cost})</translation>
    </message>
    <message>
        <source>chat titles: {tokens} tokens ({cost})</source>
        <translation>títulos de chats: {tokens} tokens ({cost})</translation>
    </message>
    <message>
        <source>Included above, the app&apos;s own requests — {parts}.</source>
        <translation>Incluidas arriba, las solicitudes propias de la aplicación: {parts}.</translation>
    </message>
    <message>
        <source>Costs are estimates from list prices per million tokens; your gateway&apos;s bill may differ. “unknown” means no price is known for that model. Only answers whose gateway reported their token counts are counted.</source>
        <translation>Los costos son estimaciones basadas en las tarifas públicas por millón de tokens; la factura de tu pasarela puede ser distinta. «desconocido» significa que no se conoce el precio de ese modelo. Solo se cuentan las respuestas cuya pasarela informó de sus recuentos de tokens.</translation>
    </message>
    <message>
        <source>No usage yet. Tokens are counted for each answer once the gateway reports them.</source>
        <translation>Todavía no hay uso. Los tokens de cada respuesta se cuentan cuando la pasarela informa de ellos.</translation>
    </message>
    <message>
        <source>No usage in this period yet. Tokens are counted for each answer once the gateway reports them; choose a longer period to see earlier chats.</source>
        <translation>Todavía no hay uso en este periodo. Los tokens de cada respuesta se cuentan cuando la pasarela informa de ellos; elige un periodo más largo para ver chats anteriores.</translation>
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
Solicitudes: {requests}
Tokens de entrada: {input}
Tokens de salida: {output}
Costo estimado: {cost}</translation>
    </message>
    <message>
        <source>The usage could not be shown: {reason}</source>
        <translation>No se pudo mostrar el uso: {reason}</translation>
    </message>
</context>
<context>
    <name>UsageWindow</name>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>Mostrar por</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Chart shows</source>
        <translation>El gráfico muestra</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Show &amp;by:</source>
        <translation>&amp;Mostrar por:</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>About the estimates</source>
        <translation>Acerca de las estimaciones</translation>
    </message>
    <message>
        <source>Usage table</source>
        <translation>Tabla de uso</translation>
    </message>
    <message>
        <source>No usage</source>
        <translation>Sin uso</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Export usage</source>
        <translation>Exportar uso</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The CSV file was not saved: {reason}</source>
        <translation>No se guardó el archivo CSV: {reason}</translation>
    </message>
    <message>
        <source>Saved {name} ({when}).</source>
        <translation>Se guardó {name} ({when}).</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>This computer has no password store, so your key can be kept only until you close the app.</source>
        <translation>Este equipo no tiene almacén de contraseñas, así que tu clave solo se puede conservar hasta que cierres la aplicación.</translation>
    </message>
    <message>
        <source>This address uses plain HTTP: your key would travel unencrypted.</source>
        <translation>Esta dirección usa HTTP sin cifrar: tu clave viajaría sin cifrado.</translation>
    </message>
    <message>
        <source>Test and continue</source>
        <translation>Probar y continuar</translation>
    </message>
    <message>
        <source>Keep for this session and continue</source>
        <translation>Conservar durante esta sesión y continuar</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Desktop Chat</source>
        <translation>Te damos la bienvenida a Desktop Chat</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Paste the API key you were given to start chatting. You can change it later in Settings.</source>
        <translation>Pega la clave de API que te dieron para empezar a chatear. Puedes cambiarla más adelante en Configuración.</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Dirección de la pasarela</translation>
    </message>
    <message>
        <source>The address of your organisation&apos;s chat gateway</source>
        <translation>La dirección de la pasarela de chat de tu organización</translation>
    </message>
    <message>
        <source>Your key is kept in {location}, never in a file.</source>
        <translation>Tu clave se guarda en {location}, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Keep the key only until I close the app</source>
        <translation>Conservar la clave solo hasta que cierre la aplicación</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Conservar solo durante esta sesión</translation>
    </message>
    <message>
        <source>Try the offline demo (no key needed)</source>
        <translation>Probar la demostración sin conexión (no hace falta clave)</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>Probar la demostración sin conexión</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Cancelar prueba</translation>
    </message>
    <message>
        <source>Check the key and the address with the gateway, then start</source>
        <translation>Comprobar la clave y la dirección con la pasarela, y empezar</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clave de API</translation>
    </message>
    <message>
        <source>Gateway &amp;address</source>
        <translation>&amp;Dirección de la pasarela</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>About Desktop Chat</source>
        <translation>Acerca de Desktop Chat</translation>
    </message>
    <message>
        <source>Chat with the models of your organisation&apos;s gateway. Your chats are kept on this computer in:
{folder}</source>
        <translation>Chatea con los modelos de la pasarela de tu organización. Tus chats se guardan en este equipo, en:
{folder}</translation>
    </message>
</context>
</TS>
