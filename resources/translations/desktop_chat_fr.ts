<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AnswerImage</name>
    <message>
        <source>Image {name}</source>
        <translation>Image {name}</translation>
    </message>
    <message>
        <source>Open larger</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Open the image larger</source>
        <translation>Afficher l&apos;image en plus grand</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Enregistrer l&apos;image…</translation>
    </message>
    <message>
        <source>Save the image to a file</source>
        <translation>Enregistrer l&apos;image dans un fichier</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copier l&apos;image</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation>Copier l&apos;image dans le Presse-papiers</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Save image</source>
        <translation>Enregistrer l&apos;image</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>“{name}” is not available right now, so nothing was saved.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est pas disponible pour le moment&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>“{name}” is no longer in your history, so nothing was saved.</source>
        <translation>«&#xa0;{name}&#xa0;» ne figure plus dans votre historique&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>“{name}” could not be saved there. Choose another folder.</source>
        <translation>Impossible d&apos;enregistrer «&#xa0;{name}&#xa0;» à cet endroit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>“{name}” is no longer in your history.</source>
        <translation>«&#xa0;{name}&#xa0;» ne figure plus dans votre historique.</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Non copié</translation>
    </message>
    <message>
        <source>“{name}” can&apos;t be copied: it is not a picture this app can show.</source>
        <translation>Impossible de copier «&#xa0;{name}&#xa0;»&#xa0;: ce n&apos;est pas une image que l&apos;application peut afficher.</translation>
    </message>
    <message>
        <source>“{name}” is not available right now.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est pas disponible pour le moment.</translation>
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
        <translation>Appuyez sur Enter pour ouvrir</translation>
    </message>
</context>
<context>
    <name>AttachmentChips</name>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
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
        <translation>Image {type}</translation>
    </message>
    <message>
        <source>{type} document</source>
        <translation>Document {type}</translation>
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
        <translation>numérisé</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} pixels</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <source>“{name}” can&apos;t be shown.</source>
        <translation>Impossible d&apos;afficher «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Switch model</source>
        <translation>Changer de modèle</translation>
    </message>
    <message>
        <source>Remove the images</source>
        <translation>Retirer les images</translation>
    </message>
    <message>
        <source>Send pages as images</source>
        <translation>Envoyer les pages sous forme d&apos;images</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Le retirer</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Pictures and documents (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.docx *.xlsx *.pptx *.csv *.txt *.md *.json)</source>
        <translation>Images et documents (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.docx *.xlsx *.pptx *.csv *.txt *.md *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Links to files on the web can&apos;t be attached. Download the file, then attach it.</source>
        <translation>Impossible de joindre un lien vers un fichier sur le Web. Téléchargez le fichier, puis joignez-le.</translation>
    </message>
    <message>
        <source>“{name}” could not be opened. Check that the file still exists and that you may read it.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;{name}&#xa0;». Vérifiez que le fichier existe toujours et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>“{name}” is a kind of file the app can&apos;t read. You can attach pictures (PNG, JPEG, WebP, GIF), PDF, Word, Excel, PowerPoint, CSV and text files.</source>
        <translation>«&#xa0;{name}&#xa0;» est un type de fichier que l&apos;application ne sait pas lire. Vous pouvez joindre des images (PNG, JPEG, WebP, GIF), des fichiers PDF, Word, Excel, PowerPoint, CSV et des fichiers texte.</translation>
    </message>
    <message>
        <source>“{name}” is too big to attach (the limit is 50 MB). Attach a smaller file or only the part you need.</source>
        <translation>«&#xa0;{name}&#xa0;» est trop volumineux pour être joint (la limite est de 50&#xa0;Mo). Joignez un fichier plus petit ou seulement la partie utile.</translation>
    </message>
    <message>
        <source>“{name}” seems to be damaged and could not be read. Try saving it again from the program that made it.</source>
        <translation>«&#xa0;{name}&#xa0;» semble endommagé et n&apos;a pas pu être lu. Essayez de l&apos;enregistrer à nouveau depuis le programme qui l&apos;a créé.</translation>
    </message>
    <message>
        <source>“{name}” is protected by a password. Save a copy without the password, then attach that.</source>
        <translation>«&#xa0;{name}&#xa0;» est protégé par un mot de passe. Enregistrez-en une copie sans mot de passe, puis joignez cette copie.</translation>
    </message>
    <message>
        <source>Reading “{name}” took too long, so it was stopped. Try a smaller file, or copy the part you need into the message.</source>
        <translation>La lecture de «&#xa0;{name}&#xa0;» prenait trop de temps et a été interrompue. Essayez avec un fichier plus petit, ou copiez la partie utile dans le message.</translation>
    </message>
    <message>
        <source>“{name}” is built in an unusual way that could overload the computer, so it was not opened.</source>
        <translation>«&#xa0;{name}&#xa0;» est construit d&apos;une façon inhabituelle qui pourrait surcharger l&apos;ordinateur&#xa0;: il n&apos;a donc pas été ouvert.</translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation>«&#xa0;{name}&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>Reading “{name}” was stopped; it was not attached.</source>
        <translation>La lecture de «&#xa0;{name}&#xa0;» a été interrompue&#xa0;; le fichier n&apos;a pas été joint.</translation>
    </message>
    <message>
        <source>“{name}” was not attached: a message can carry up to 20 files. Send these first, or remove some.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas été joint&#xa0;: un message peut contenir jusqu&apos;à 20 fichiers. Envoyez d&apos;abord ceux-ci, ou retirez-en quelques-uns.</translation>
    </message>
    <message>
        <source>“{name}” could not be saved in the history (is the disk full?). Nothing was attached.</source>
        <translation>Impossible d&apos;enregistrer «&#xa0;{name}&#xa0;» dans l&apos;historique (le disque est-il plein&#xa0;?). Rien n&apos;a été joint.</translation>
    </message>
    <message>
        <source>{model} can&apos;t see images. Switch to a model that can, or remove the images.</source>
        <translation>{model} ne peut pas voir les images. Choisissez un modèle qui le peut, ou retirez les images.</translation>
    </message>
    <message>
        <source>“{name}” is a scan: it has no text the model can read. Send its pages as images instead?</source>
        <translation>«&#xa0;{name}&#xa0;» est une numérisation&#xa0;: il ne contient aucun texte lisible par le modèle. Envoyer plutôt ses pages sous forme d&apos;images&#xa0;?</translation>
    </message>
    <message>
        <source>“{name}” is too long for {model} (about {tokens} tokens; it reads {window}). Remove it, or switch to a model with a larger context window.</source>
        <translation>«&#xa0;{name}&#xa0;» est trop long pour {model} (environ {tokens} jetons&#xa0;; le modèle en lit {window}). Retirez-le, ou choisissez un modèle doté d&apos;une fenêtre de contexte plus grande.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The history could not be backed up: the folder {folder} is not there. Is its drive connected?</source>
        <translation>Impossible de sauvegarder l&apos;historique&#xa0;: le dossier {folder} est introuvable. Son lecteur est-il connecté&#xa0;?</translation>
    </message>
    <message>
        <source>The history could not be backed up: the disk of {folder} is full.</source>
        <translation>Impossible de sauvegarder l&apos;historique&#xa0;: le disque du dossier {folder} est plein.</translation>
    </message>
    <message>
        <source>The backup copy failed its check, so it was not kept. The next backup tries again.</source>
        <translation>La copie de sauvegarde n&apos;a pas passé la vérification&#xa0;: elle n&apos;a donc pas été conservée. La prochaine sauvegarde fera une nouvelle tentative.</translation>
    </message>
    <message>
        <source>The history could not be read to back it up.</source>
        <translation>Impossible de lire l&apos;historique pour le sauvegarder.</translation>
    </message>
    <message>
        <source>The history could not be backed up: the folder {folder} can&apos;t be written to.</source>
        <translation>Impossible de sauvegarder l&apos;historique&#xa0;: le dossier {folder} n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backed up as {name}.</source>
        <translation>Historique sauvegardé sous le nom {name}.</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>Paramètres de sauvegarde</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace your history with the backup {name}?</source>
        <translation>Remplacer votre historique par la sauvegarde {name}&#xa0;?</translation>
    </message>
    <message>
        <source>Your current history is kept as {kept} in {folder}, unchanged. Desktop Chat then starts again with the backup&apos;s chats.</source>
        <translation>Votre historique actuel est conservé, intact, sous le nom {kept} dans {folder}. Desktop Chat redémarre ensuite avec les conversations de la sauvegarde.</translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>Restaurer et redémarrer</translation>
    </message>
    <message>
        <source>This backup can&apos;t be used: it is damaged or is not a Desktop Chat history. Your current history was not changed.</source>
        <translation>Cette sauvegarde est inutilisable&#xa0;: elle est endommagée ou n&apos;est pas un historique Desktop Chat. Votre historique actuel n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to your history. Your current history was not changed.</source>
        <translation>Impossible de copier la sauvegarde à côté de votre historique. Votre historique actuel n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Back up the history &amp;every day</source>
        <translation>Sauvegarder l&apos;historique &amp;tous les jours</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Empty: the app&apos;s own backups folder</source>
        <translation>Vide&#xa0;: dossier de sauvegarde propre à l&apos;application</translation>
    </message>
    <message>
        <source>A synced company folder works: a backup appears there only once it is complete and checked</source>
        <translation>Un dossier d&apos;entreprise synchronisé convient&#xa0;: une sauvegarde n&apos;y apparaît qu&apos;une fois complète et vérifiée</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Garder les plus récentes</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Nombre de sauvegardes conservées</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Défini par votre organisation</translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation>Sauvegardes présentes dans le dossier</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore from this backup…</source>
        <translation>&amp;Restaurer cette sauvegarde…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Restaurer depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Aucune sauvegarde n&apos;a encore été effectuée.</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Dernière sauvegarde&#xa0;: {when}</translation>
    </message>
    <message>
        <source>{when} — {size}</source>
        <translation>{when} — {size}</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation>Ce dossier ne contient encore aucune sauvegarde.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>History backup (*.sqlite3)</source>
        <translation>Sauvegarde de l&apos;historique (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Dismiss this notice and keep waiting for the answer</source>
        <translation>Fermer cet avis et continuer d&apos;attendre la réponse</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Fermer l&apos;avis</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>Change key</source>
        <translation>Changer de clé</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>Choisir un autre modèle</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Stop trying</source>
        <translation>Arrêter d&apos;essayer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start a new history</source>
        <translation>Créer un nouvel historique</translation>
    </message>
    <message>
        <source>{error} Your message is saved and can be sent when you&apos;re back online.</source>
        <translation>{error} Votre message est conservé et pourra être envoyé dès que vous serez de nouveau en ligne.</translation>
    </message>
    <message>
        <source>{error} — trying again in {seconds} s…</source>
        <translation>{error} — nouvel essai dans {seconds} s…</translation>
    </message>
    <message>
        <source>Add your API key to start chatting.</source>
        <translation>Ajoutez votre clé d&apos;API pour commencer à discuter.</translation>
    </message>
    <message>
        <source>The model is taking longer than usual.</source>
        <translation>Le modèle met plus de temps que d&apos;habitude.</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Continuer d&apos;attendre</translation>
    </message>
</context>
<context>
    <name>CertificatesChoice</name>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose a certificates file</source>
        <translation>Choisir un fichier de certificats</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the certificates file</source>
        <translation>Retirer le fichier de certificats</translation>
    </message>
    <message>
        <source>Certificates from this file (PEM) are trusted as well as this computer&apos;s own, e.g. your company&apos;s inspection certificate.</source>
        <translation>Les certificats de ce fichier (PEM) sont approuvés en plus de ceux de cet ordinateur, par exemple le certificat d&apos;inspection de votre entreprise.</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>None (this computer&apos;s certificates only)</source>
        <translation>Aucun (certificats de cet ordinateur uniquement)</translation>
    </message>
    <message>
        <source>This file doesn&apos;t exist, so it can&apos;t be used. Choose it again, or remove it.</source>
        <translation>Ce fichier n&apos;existe pas et ne peut donc pas être utilisé. Choisissez-le à nouveau, ou retirez-le.</translation>
    </message>
    <message>
        <source>This file can&apos;t be read, so it can&apos;t be used. Choose it again, or remove it.</source>
        <translation>Ce fichier est illisible et ne peut donc pas être utilisé. Choisissez-le à nouveau, ou retirez-le.</translation>
    </message>
    <message>
        <source>This file holds no certificate in PEM form (text starting with “-----BEGIN CERTIFICATE-----”). Ask IT for the certificate as a PEM file.</source>
        <translation>Ce fichier ne contient aucun certificat au format PEM (texte commençant par «&#xa0;-----BEGIN CERTIFICATE-----&#xa0;»). Demandez le certificat au format PEM à votre service informatique.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Ask anything. Enter sends, Shift+Enter adds a line.</source>
        <translation>Posez votre question. Enter pour envoyer, Shift+Enter pour aller à la ligne.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <translation>↓  Aller au plus récent</translation>
    </message>
    <message>
        <source>Jump to latest message</source>
        <translation>Aller au dernier message</translation>
    </message>
    <message>
        <source>Remove summary?</source>
        <translation>Supprimer le résumé&#xa0;?</translation>
    </message>
    <message>
        <source>Remove this summary?</source>
        <translation>Supprimer ce résumé&#xa0;?</translation>
    </message>
    <message>
        <source>The messages it stands for stay in the chat, but the model no longer gets their gist when they do not fit in its context window.</source>
        <translation>Les messages qu&apos;il résume restent dans la conversation, mais le modèle n&apos;en reçoit plus l&apos;essentiel lorsqu&apos;ils ne tiennent pas dans sa fenêtre de contexte.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove summary</source>
        <translation>Supprimer le résumé</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>Ouvrir le lien&#xa0;?</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

{url}</source>
        <translation>Ouvrir ce lien dans votre navigateur Web&#xa0;?

{url}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
    <message>
        <source>Stop reading {name}</source>
        <translation>Arrêter la lecture de {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Stop reading this file</source>
        <translation>Arrêter la lecture de ce fichier</translation>
    </message>
</context>
<context>
    <name>CodeBlockView</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Copy this code to the clipboard</source>
        <translation>Copier ce code dans le Presse-papiers</translation>
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
        <translation>Copié</translation>
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
        <translation>Tapez votre message. Enter pour envoyer, Shift+Enter pour aller à la ligne.</translation>
    </message>
    <message>
        <source>Message…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Message…  (Enter pour envoyer, Shift+Enter pour aller à la ligne)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Envoyer (Enter)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Attach files or pictures (you can also paste or drop them)</source>
        <translation>Joindre des fichiers ou des images (vous pouvez aussi les coller ou les déposer ici)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Arrêter (Esc)</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connected — 1 model available.</source>
        <translation>Connecté — 1 modèle disponible.</translation>
    </message>
    <message>
        <source>Connected — {count} models available.</source>
        <translation>Connecté — {count} modèles disponibles.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test annulé.</translation>
    </message>
    <message>
        <source>Something went wrong while testing: {kind}</source>
        <translation>Un problème est survenu pendant le test&#xa0;: {kind}</translation>
    </message>
</context>
<context>
    <name>ContextBar</name>
    <message>
        <source>Summarising stopped; nothing was changed.</source>
        <translation>Résumé interrompu&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Summary written. It is sent in place of the earlier messages; you can edit or remove it in the chat.</source>
        <translation>Résumé rédigé. Il est envoyé à la place des messages précédents&#xa0;; vous pouvez le modifier ou le supprimer dans la conversation.</translation>
    </message>
    <message>
        <source>Summarising the earlier messages…</source>
        <translation>Résumé des messages précédents…</translation>
    </message>
    <message>
        <source>Summarising the earlier messages… part {done} of {total}</source>
        <translation>Résumé des messages précédents… partie {done} sur {total}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
</context>
<context>
    <name>ContextDivider</name>
    <message>
        <source>The model only sees the newest messages that fit in its context window; the ones above this line are not sent. Summarising them keeps their gist: the summary is sent in their place.</source>
        <translation>Le modèle ne voit que les messages les plus récents qui tiennent dans sa fenêtre de contexte&#xa0;; ceux au-dessus de cette ligne ne sont pas envoyés. Les résumer permet d&apos;en garder l&apos;essentiel&#xa0;: le résumé est envoyé à leur place.</translation>
    </message>
    <message>
        <source>Summarise them</source>
        <translation>Les résumer</translation>
    </message>
    <message>
        <source>Summarise the earlier messages</source>
        <translation>Résumer les messages précédents</translation>
    </message>
    <message numerus="yes">
        <source>Earlier messages are not sent to the model — %Ln message(s)</source>
        <translation>
            <numerusform>Les messages précédents ne sont pas envoyés au modèle —&#xa0;%Ln message</numerusform>
            <numerusform>Les messages précédents ne sont pas envoyés au modèle —&#xa0;%Ln messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Summarising…</source>
        <translation>Résumé en cours…</translation>
    </message>
    <message>
        <source>Summarising the earlier messages</source>
        <translation>Résumé des messages précédents en cours</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <source>the standard figure for this model</source>
        <translation>la valeur standard pour ce modèle</translation>
    </message>
    <message>
        <source>as your gateway reports it</source>
        <translation>telle qu&apos;indiquée par votre passerelle</translation>
    </message>
    <message>
        <source>learned from the gateway&apos;s own error</source>
        <translation>déduite d&apos;une erreur de la passerelle</translation>
    </message>
    <message>
        <source>as set in Settings</source>
        <translation>telle que définie dans les Paramètres</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Contexte utilisé</translation>
    </message>
    <message>
        <source>≈ {used} tokens</source>
        <translation>≈ {used} jetons</translation>
    </message>
    <message>
        <source>≈ {used} / {window}</source>
        <translation>≈ {used} / {window}</translation>
    </message>
    <message>
        <source>About {used} tokens will be sent to {model}. Its context window is not known yet; it is learned if the gateway says the chat is too long.</source>
        <translation>Environ {used} jetons seront envoyés à {model}. Sa fenêtre de contexte n&apos;est pas encore connue&#xa0;; elle sera déduite si la passerelle indique que la conversation est trop longue.</translation>
    </message>
    <message>
        <source>About {used} of {window} tokens of {model}&apos;s context window ({source}).</source>
        <translation>Environ {used} jetons sur les {window} de la fenêtre de contexte de {model} ({source}).</translation>
    </message>
    <message>
        <source>{reserve} tokens are kept free for the answer.</source>
        <translation>{reserve} jetons sont réservés pour la réponse.</translation>
    </message>
    <message>
        <source>Your message alone is longer than this model can take: shorten it, or choose a model with a larger window.</source>
        <translation>Votre message à lui seul dépasse ce que ce modèle peut accepter&#xa0;: raccourcissez-le, ou choisissez un modèle doté d&apos;une fenêtre plus grande.</translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n message(s) will not be sent; the model sees your system prompt and the newest messages that fit.</source>
        <translation>
            <numerusform>Le message le plus ancien ne sera pas envoyé&#xa0;; le modèle voit vos instructions système et les messages les plus récents qui tiennent dans sa fenêtre.</numerusform>
            <numerusform>Les&#xa0;%n messages les plus anciens ne seront pas envoyés&#xa0;; le modèle voit vos instructions système et les messages les plus récents qui tiennent dans sa fenêtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close to the limit: from the next messages on, the oldest ones will be left out. Summarising them keeps their gist.</source>
        <translation>Limite presque atteinte&#xa0;: dès les prochains messages, les plus anciens seront laissés de côté. Les résumer permet d&apos;en garder l&apos;essentiel.</translation>
    </message>
    <message>
        <source>The whole chat fits: everything is sent.</source>
        <translation>Toute la conversation tient dans la fenêtre&#xa0;: tout est envoyé.</translation>
    </message>
    <message>
        <source>A summary is sent in place of the earliest messages.</source>
        <translation>Un résumé est envoyé à la place des messages les plus anciens.</translation>
    </message>
    <message>
        <source>Counts are estimates; they get closer to the gateway&apos;s own with every answer.</source>
        <translation>Les nombres sont des estimations&#xa0;; ils se rapprochent de ceux de la passerelle à chaque réponse.</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Chat title</source>
        <translation>Titre de la conversation</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Pinned</source>
        <translation>Épinglées</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivées</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Décembre</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>Conversation sans titre</translation>
    </message>
    <message>
        <source>{heading} (heading)</source>
        <translation>{heading} (titre de section)</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>pinned</source>
        <translation>épinglée</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivée</translation>
    </message>
    <message>
        <source>answer in progress</source>
        <translation>réponse en cours</translation>
    </message>
</context>
<context>
    <name>ConversationListPanel</name>
    <message>
        <source>No chats yet — start one with New chat (Ctrl+N)</source>
        <translation>Aucune conversation pour l&apos;instant — commencez-en une avec Nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>No archived chats.</source>
        <translation>Aucune conversation archivée.</translation>
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
        <translation>Page Web (.html)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Commencer une nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Search all chats (Ctrl+F)</source>
        <translation>Rechercher dans toutes les conversations (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Chat list</source>
        <translation>Liste des conversations</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Show archived chats</source>
        <translation>Afficher les conversations archivées</translation>
    </message>
    <message>
        <source>No chats match “{query}”.</source>
        <translation>Aucune conversation ne correspond à «&#xa0;{query}&#xa0;».</translation>
    </message>
    <message>
        <source>Actions for {title}</source>
        <translation>Actions pour {title}</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Exporter au format</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Chat deleted</source>
        <translation>Conversation supprimée</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Deleted “{title}”. Undo is available for {seconds} seconds.</source>
        <translation>«&#xa0;{title}&#xa0;» a été supprimée. Vous pouvez annuler pendant {seconds} secondes.</translation>
    </message>
    <message>
        <source>Hide archived chats</source>
        <translation>Masquer les conversations archivées</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <source>Send a message first: a new chat gets its title then.</source>
        <translation>Envoyez d&apos;abord un message&#xa0;: une nouvelle conversation reçoit son titre à ce moment-là.</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%Ln tool(s)</source>
        <translation>
            <numerusform>%Ln outil</numerusform>
            <numerusform>%Ln outils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) imported.</source>
        <translation>
            <numerusform>%Ln conversation importée.</numerusform>
            <numerusform>%Ln conversations importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) imported, {already_there} already here.</source>
        <translation>
            <numerusform>%Ln conversation importée, {already_there} déjà dans l&apos;historique.</numerusform>
            <numerusform>%Ln conversations importées, {already_there} déjà dans l&apos;historique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more row(s) or character(s) were left out to fit.</source>
        <translation>
            <numerusform>%Ln ligne ou caractère supplémentaire a été omis pour tenir dans la limite.</numerusform>
            <numerusform>%Ln lignes ou caractères supplémentaires ont été omis pour tenir dans la limite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong — Desktop Chat</source>
        <translation>Un problème est survenu — Desktop Chat</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <source>The app kept running and your chats are safe. If this keeps happening, send the details below to your IT contact.</source>
        <translation>L&apos;application fonctionne toujours et vos conversations sont en sécurité. Si le problème se reproduit, envoyez les détails ci-dessous à votre contact informatique.</translation>
    </message>
    <message>
        <source>The details were also written to the log file: {path}</source>
        <translation>Les détails ont aussi été écrits dans le fichier journal&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Document preview</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <source>Text the model read</source>
        <translation>Texte lu par le modèle</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Save a copy of the original file</source>
        <translation>Enregistrer une copie du fichier d&apos;origine</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Fermer l&apos;aperçu</translation>
    </message>
    <message>
        <source>This is a scan without a text layer: the model got no text from it.</source>
        <translation>Il s&apos;agit d&apos;une numérisation sans couche de texte&#xa0;: le modèle n&apos;en a reçu aucun texte.</translation>
    </message>
    <message>
        <source>No text was read from this file.</source>
        <translation>Aucun texte n&apos;a été lu dans ce fichier.</translation>
    </message>
    <message>
        <source>This is the text the model read from the file.</source>
        <translation>Voici le texte que le modèle a lu dans le fichier.</translation>
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
        <translation>Page Web (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Open a chat to export it.</source>
        <translation>Ouvrez une conversation pour l&apos;exporter.</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>conversation</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <source>Chat archive (*.json)</source>
        <translation>Archive de conversations (*.json)</translation>
    </message>
    <message>
        <source>Export all chats</source>
        <translation>Exporter toutes les conversations</translation>
    </message>
    <message>
        <source>Chat archives and ChatGPT exports (*.json *.zip)</source>
        <translation>Archives de conversations et exports ChatGPT (*.json *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Importer des conversations</translation>
    </message>
    <message>
        <source>History backup (*.sqlite3)</source>
        <translation>Sauvegarde de l&apos;historique (*.sqlite3)</translation>
    </message>
    <message>
        <source>Back up history</source>
        <translation>Sauvegarder l&apos;historique</translation>
    </message>
    <message>
        <source>Wait for the file work under way to finish, or cancel it.</source>
        <translation>Attendez la fin de l&apos;opération sur les fichiers en cours, ou annulez-la.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Desktop Chat</source>
        <translation>Desktop Chat</translation>
    </message>
    <message>
        <source>Imported from {name}: {counts}</source>
        <translation>Import depuis {name} — {counts}</translation>
    </message>
    <message>
        <source>Exported {chats} to {path}</source>
        <translation>Exportation terminée&#xa0;: {chats} vers {path}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <source>History backed up to {path}</source>
        <translation>Historique sauvegardé dans {path}</translation>
    </message>
    <message>
        <source>Exporting… {done} of {total} chats</source>
        <translation>Exportation… {done} conversations sur {total}</translation>
    </message>
    <message>
        <source>Importing… {percent}%</source>
        <translation>Importation… {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Backing up… {percent}%</source>
        <translation>Sauvegarde… {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Importation annulée. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Exportation annulée. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Backup cancelled. No copy was made.</source>
        <translation>Sauvegarde annulée. Aucune copie n&apos;a été faite.</translation>
    </message>
    <message>
        <source>Importing chats</source>
        <translation>Importation des conversations</translation>
    </message>
    <message>
        <source>Exporting all chats</source>
        <translation>Exportation de toutes les conversations</translation>
    </message>
    <message>
        <source>Backing up history</source>
        <translation>Sauvegarde de l&apos;historique</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished.</source>
        <translation>La réponse s&apos;est arrêtée avant d&apos;être terminée.</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>La réponse a échoué.</translation>
    </message>
    <message>
        <source>The answer was still arriving.</source>
        <translation>La réponse était encore en cours de réception.</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>Conversation sans titre</translation>
    </message>
    <message>
        <source>Exported from Desktop Chat · started {when}</source>
        <translation>Exporté depuis Desktop Chat · commencée le {when}</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Instructions système</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>{name} ({model})</source>
        <translation>{name} ({model})</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of an exported web page</comment>
        <translation>fr</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>Formulas</name>
    <message>
        <source>Formula could not be drawn</source>
        <translation>Impossible d&apos;afficher la formule</translation>
    </message>
</context>
<context>
    <name>Gateway</name>
    <message>
        <source>your system&apos;s password store</source>
        <translation>le gestionnaire de mots de passe de votre système</translation>
    </message>
    <message>
        <source>Add your API key to start chatting — or try the offline demo.</source>
        <translation>Ajoutez votre clé d&apos;API pour commencer à discuter — ou essayez la démo hors ligne.</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Ajouter une clé</translation>
    </message>
    <message>
        <source>{problem} Your key is kept only until you close the app.</source>
        <translation>{problem} Votre clé n&apos;est conservée que jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <source>This is the offline demo: answers come from a built-in simulator, not a real model. Add your API key in Settings to chat for real.</source>
        <translation>Ceci est la démo hors ligne&#xa0;: les réponses viennent d&apos;un simulateur intégré, pas d&apos;un vrai modèle. Ajoutez votre clé d&apos;API dans les Paramètres pour discuter pour de vrai.</translation>
    </message>
    <message>
        <source>Add my key</source>
        <translation>Ajouter ma clé</translation>
    </message>
    <message>
        <source>memory only (no password store)</source>
        <translation>en mémoire uniquement (pas de gestionnaire de mots de passe)</translation>
    </message>
    <message>
        <source>the {variable} environment variable</source>
        <translation>la variable d&apos;environnement {variable}</translation>
    </message>
    <message>
        <source>There is no key saved for this gateway address yet.</source>
        <translation>Aucune clé n&apos;est encore enregistrée pour cette adresse de passerelle.</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the gateway.</source>
        <translation>Un problème est survenu lors de la communication avec la passerelle.</translation>
    </message>
    <message>
        <source>The gateway did not accept your API key.</source>
        <translation>La passerelle n&apos;a pas accepté votre clé d&apos;API.</translation>
    </message>
    <message>
        <source>Your account can&apos;t use this model right now (quota or permission).</source>
        <translation>Votre compte ne peut pas utiliser ce modèle pour le moment (quota ou autorisation).</translation>
    </message>
    <message>
        <source>This address doesn&apos;t look like a chat gateway.</source>
        <translation>Cette adresse ne semble pas être celle d&apos;une passerelle de conversation.</translation>
    </message>
    <message>
        <source>This model isn&apos;t available with your key.</source>
        <translation>Ce modèle n&apos;est pas disponible avec votre clé.</translation>
    </message>
    <message>
        <source>This conversation is too long for the model.</source>
        <translation>Cette conversation est trop longue pour le modèle.</translation>
    </message>
    <message>
        <source>This model can&apos;t see images. Choose a model that can (Claude or Gemini), or send the message without its pictures.</source>
        <translation>Ce modèle ne peut pas voir les images. Choisissez un modèle qui le peut (Claude ou Gemini), ou envoyez le message sans ses images.</translation>
    </message>
    <message>
        <source>This model (or the gateway) can&apos;t use tools. Retry sends the message without them (tools stay off in this chat until you turn them on in the sidebar).</source>
        <translation>Ce modèle (ou la passerelle) ne peut pas utiliser d&apos;outils. Réessayer envoie le message sans eux (les outils restent désactivés dans cette conversation jusqu&apos;à ce que vous les réactiviez dans le panneau latéral).</translation>
    </message>
    <message>
        <source>Too many requests right now.</source>
        <translation>Trop de demandes en ce moment.</translation>
    </message>
    <message>
        <source>The model service is having trouble.</source>
        <translation>Le service du modèle rencontre des difficultés.</translation>
    </message>
    <message>
        <source>The model service took too long to answer.</source>
        <translation>Le service du modèle a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <source>Can&apos;t reach the gateway. Check your internet connection or proxy.</source>
        <translation>Impossible de joindre la passerelle. Vérifiez votre connexion Internet ou votre proxy.</translation>
    </message>
    <message>
        <source>The connection isn&apos;t secure (certificate problem), so nothing was sent.</source>
        <translation>La connexion n&apos;est pas sécurisée (problème de certificat)&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The gateway turned this request down.</source>
        <translation>La passerelle a refusé cette demande.</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished. What arrived is kept.</source>
        <translation>La réponse s&apos;est arrêtée avant d&apos;être terminée. Ce qui a été reçu est conservé.</translation>
    </message>
    <message>
        <source>The gateway sent back an empty answer (this can happen when a conversation is too long).</source>
        <translation>La passerelle a renvoyé une réponse vide (cela peut arriver quand une conversation est trop longue).</translation>
    </message>
    <message>
        <source>The model service reported an error while answering. What arrived is kept.</source>
        <translation>Le service du modèle a signalé une erreur pendant la réponse. Ce qui a été reçu est conservé.</translation>
    </message>
    <message>
        <source>Change key</source>
        <translation>Changer de clé</translation>
    </message>
    <message>
        <source>Check the address</source>
        <translation>Vérifier l&apos;adresse</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>Choisir un autre modèle</translation>
    </message>
    <message>
        <source>Start a new chat from here</source>
        <translation>Commencer une nouvelle conversation à partir d&apos;ici</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Réessayer plus tard</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>The proxy refused the connection. Check the proxy address, user name and password.</source>
        <translation>Le proxy a refusé la connexion. Vérifiez l&apos;adresse du proxy, le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The gateway sent a part of the answer this app could not read.</source>
        <translation>La passerelle a envoyé une partie de la réponse que l&apos;application n&apos;a pas pu lire.</translation>
    </message>
    <message>
        <source>The gateway sent an answer this app could not read.</source>
        <translation>La passerelle a envoyé une réponse que l&apos;application n&apos;a pas pu lire.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t secure (certificate problem), so nothing was sent.</source>
        <translation>La connexion à {host} n&apos;est pas sécurisée (problème de certificat)&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, expired on {date}. Nothing was sent. Ask IT or the gateway&apos;s owner to renew it.</source>
        <translation>La connexion à {host} n&apos;est pas fiable&#xa0;: son certificat, émis par «&#xa0;{issuer}&#xa0;», a expiré le {date}. Rien n&apos;a été envoyé. Demandez à votre service informatique ou au responsable de la passerelle de le renouveler.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, is not valid yet. Nothing was sent. Check this computer&apos;s date and time, or ask IT.</source>
        <translation>La connexion à {host} n&apos;est pas fiable&#xa0;: son certificat, émis par «&#xa0;{issuer}&#xa0;», n&apos;est pas encore valide. Rien n&apos;a été envoyé. Vérifiez la date et l&apos;heure de cet ordinateur, ou contactez votre service informatique.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate, issued by “{issuer}”, is for {names}, not for {host}. Nothing was sent. Check the gateway address, or ask IT.</source>
        <translation>La connexion à {host} n&apos;est pas fiable&#xa0;: son certificat, émis par «&#xa0;{issuer}&#xa0;», est destiné à {names}, et non à {host}. Rien n&apos;a été envoyé. Vérifiez l&apos;adresse de la passerelle, ou contactez votre service informatique.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate was issued by itself (“{issuer}”), which this computer doesn&apos;t trust. Nothing was sent. Ask IT to install that certificate, or add it in Settings → Certificates.</source>
        <translation>La connexion à {host} n&apos;est pas fiable&#xa0;: son certificat est auto-signé («&#xa0;{issuer}&#xa0;») et cet ordinateur ne l&apos;approuve pas. Rien n&apos;a été envoyé. Demandez à votre service informatique d&apos;installer ce certificat, ou ajoutez-le dans Paramètres → Certificats.</translation>
    </message>
    <message>
        <source>The connection to {host} isn&apos;t trusted: its certificate was issued by “{issuer}”, which this computer doesn&apos;t trust. Nothing was sent. Ask IT to install that certificate, or add it in Settings → Certificates.</source>
        <translation>La connexion à {host} n&apos;est pas fiable&#xa0;: son certificat a été émis par «&#xa0;{issuer}&#xa0;», que cet ordinateur n&apos;approuve pas. Rien n&apos;a été envoyé. Demandez à votre service informatique d&apos;installer ce certificat, ou ajoutez-le dans Paramètres → Certificats.</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} could not be loaded, so nothing was sent. Check the address in Settings → Connection, or ask IT.</source>
        <translation>Impossible de charger la configuration automatique du proxy (fichier PAC) à l&apos;adresse {address}&#xa0;: rien n&apos;a été envoyé. Vérifiez l&apos;adresse dans Paramètres → Connexion, ou contactez votre service informatique.</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} took too long, so nothing was sent. Try again, or ask IT.</source>
        <translation>La configuration automatique du proxy (fichier PAC) à l&apos;adresse {address} a mis trop de temps à arriver&#xa0;: rien n&apos;a été envoyé. Réessayez, ou contactez votre service informatique.</translation>
    </message>
    <message>
        <source>The file at {address} is too large to be automatic proxy settings (a PAC file), so nothing was sent. Check the address in Settings → Connection, or ask IT.</source>
        <translation>Le fichier à l&apos;adresse {address} est trop volumineux pour être une configuration automatique de proxy (fichier PAC)&#xa0;: rien n&apos;a été envoyé. Vérifiez l&apos;adresse dans Paramètres → Connexion, ou contactez votre service informatique.</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} don&apos;t work (the script has an error), so nothing was sent. Ask IT to check the file.</source>
        <translation>La configuration automatique du proxy (fichier PAC) à l&apos;adresse {address} ne fonctionne pas (le script contient une erreur)&#xa0;: rien n&apos;a été envoyé. Demandez à votre service informatique de vérifier le fichier.</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) at {address} named no proxy for the gateway, so nothing was sent. Ask IT to check the file.</source>
        <translation>La configuration automatique du proxy (fichier PAC) à l&apos;adresse {address} n&apos;indique aucun proxy pour la passerelle&#xa0;: rien n&apos;a été envoyé. Demandez à votre service informatique de vérifier le fichier.</translation>
    </message>
    <message>
        <source>The automatic proxy settings (PAC file) send the gateway through a SOCKS proxy, which Desktop Chat can&apos;t use. Nothing was sent. Ask IT for an HTTP proxy, or set one in Settings → Connection.</source>
        <translation>La configuration automatique du proxy (fichier PAC) fait passer la passerelle par un proxy SOCKS, que Desktop Chat ne peut pas utiliser. Rien n&apos;a été envoyé. Demandez un proxy HTTP à votre service informatique, ou définissez-en un dans Paramètres → Connexion.</translation>
    </message>
    <message>
        <source>HTTP status: {value}</source>
        <translation>Statut HTTP&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Server message: {value}</source>
        <translation>Message du serveur&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Server code: {value}</source>
        <translation>Code du serveur&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Address: {value}</source>
        <translation>Adresse&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Server asked to wait: {value} s</source>
        <translation>Délai d&apos;attente demandé par le serveur&#xa0;: {value} s</translation>
    </message>
    <message>
        <source>Technical: {value}</source>
        <translation>Informations techniques&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Kind: {value}</source>
        <translation>Type&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Model&apos;s limit: {value} tokens</source>
        <translation>Limite du modèle&#xa0;: {value} jetons</translation>
    </message>
    <message>
        <source>This request: {value} tokens</source>
        <translation>Cette demande&#xa0;: {value} jetons</translation>
    </message>
    <message>
        <source>Host: {value}</source>
        <translation>Hôte&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Certificate issued by: {value}</source>
        <translation>Certificat émis par&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Certificate issued to: {value}</source>
        <translation>Certificat émis pour&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Certificate valid until: {value}</source>
        <translation>Fin de validité du certificat&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Proxy settings file (PAC): {value}</source>
        <translation>Fichier de configuration du proxy (PAC)&#xa0;: {value}</translation>
    </message>
    <message>
        <source>What happened: {text}</source>
        <translation>Ce qui s&apos;est passé&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Suggested: {action}</source>
        <translation>Suggestion&#xa0;: {action}</translation>
    </message>
    <message>
        <source>{problem} Trying again in {seconds} s (attempt {attempt} of {total})…</source>
        <translation>{problem} Nouvel essai dans {seconds} s (tentative {attempt} sur {total})…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Pénalité de présence</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Pénalité de fréquence</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Longueur maximale</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Séquences d&apos;arrêt</translation>
    </message>
    <message>
        <source>User identifier</source>
        <translation>Identifiant utilisateur</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Diffusion en continu</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Tool choice</source>
        <translation>Choix de l&apos;outil</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Adresse de la passerelle</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Adresse du proxy</translation>
    </message>
    <message>
        <source>Automatic proxy settings (PAC) address</source>
        <translation>Adresse de configuration automatique du proxy (PAC)</translation>
    </message>
    <message>
        <source>Extra certificates file</source>
        <translation>Fichier de certificats supplémentaires</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Temperature must be between {low} and {high}.</source>
        <translation>La température doit être comprise entre {low} et {high}.</translation>
    </message>
    <message>
        <source>Top P must be between {low} and {high}.</source>
        <translation>Top P doit être compris entre {low} et {high}.</translation>
    </message>
    <message>
        <source>Presence penalty must be between {low} and {high}.</source>
        <translation>La pénalité de présence doit être comprise entre {low} et {high}.</translation>
    </message>
    <message>
        <source>Frequency penalty must be between {low} and {high}.</source>
        <translation>La pénalité de fréquence doit être comprise entre {low} et {high}.</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}.</source>
        <translation>La valeur «&#xa0;{field}&#xa0;» doit être comprise entre {low} et {high}.</translation>
    </message>
    <message>
        <source>Please choose a model.</source>
        <translation>Veuillez choisir un modèle.</translation>
    </message>
    <message>
        <source>There is no message to send.</source>
        <translation>Il n&apos;y a aucun message à envoyer.</translation>
    </message>
    <message>
        <source>Message {number} must come from the system, the user or the assistant.</source>
        <translation>Le message {number} doit provenir du système, de l&apos;utilisateur ou de l&apos;assistant.</translation>
    </message>
    <message>
        <source>Message {number} has no text.</source>
        <translation>Le message {number} ne contient aucun texte.</translation>
    </message>
    <message>
        <source>A picture in message {number} could not be read, so nothing was sent.</source>
        <translation>Une image du message {number} n&apos;a pas pu être lue&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Message {number} is a tool&apos;s result that names no tool call, so nothing was sent.</source>
        <translation>Le message {number} est le résultat d&apos;un outil qui ne se rapporte à aucun appel d&apos;outil&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>A tool call in message {number} has no id or name, so nothing was sent.</source>
        <translation>Un appel d&apos;outil du message {number} n&apos;a ni identifiant ni nom&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Tool {number} has a name the gateway can&apos;t take; check the tool server&apos;s settings.</source>
        <translation>Le nom de l&apos;outil {number} n&apos;est pas accepté par la passerelle&#xa0;; vérifiez les paramètres du serveur d&apos;outils.</translation>
    </message>
    <message>
        <source>Tool {number} describes its inputs in a way the gateway can&apos;t take; check the tool server.</source>
        <translation>L&apos;outil {number} décrit ses entrées d&apos;une façon que la passerelle n&apos;accepte pas&#xa0;; vérifiez le serveur d&apos;outils.</translation>
    </message>
    <message>
        <source>Tool choice must be automatic, none or required.</source>
        <translation>Le choix de l&apos;outil doit être automatique, aucun ou obligatoire.</translation>
    </message>
    <message>
        <source>Maximum length must be a whole number of at least {low} token.</source>
        <translation>La longueur maximale doit être un nombre entier d&apos;au moins {low} jeton.</translation>
    </message>
    <message>
        <source>You can give at most {high} stop sequences.</source>
        <translation>Vous pouvez indiquer au maximum {high} séquences d&apos;arrêt.</translation>
    </message>
    <message>
        <source>A stop sequence can&apos;t be empty.</source>
        <translation>Une séquence d&apos;arrêt ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The user identifier must be text.</source>
        <translation>L&apos;identifiant utilisateur doit être du texte.</translation>
    </message>
    <message>
        <source>Streaming must be switched on or off.</source>
        <translation>La diffusion en continu doit être activée ou désactivée.</translation>
    </message>
    <message>
        <source>Please enter the gateway address.</source>
        <translation>Veuillez saisir l&apos;adresse de la passerelle.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a web address.</source>
        <translation>Cela ne ressemble pas à une adresse Web.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://).</source>
        <translation>L&apos;adresse doit commencer par https:// (ou http://).</translation>
    </message>
    <message>
        <source>Please leave the user name and password out of the address.</source>
        <translation>Veuillez retirer le nom d&apos;utilisateur et le mot de passe de l&apos;adresse.</translation>
    </message>
    <message>
        <source>The proxy address {value!r} isn&apos;t usable. Use a form like http://proxy.example.com:3128 (or leave it empty to use the system&apos;s).</source>
        <translation>L&apos;adresse du proxy {value!r} n&apos;est pas utilisable. Utilisez une forme comme http://proxy.example.com:3128 (ou laissez le champ vide pour utiliser celle du système).</translation>
    </message>
    <message>
        <source>The certificates file {value} doesn&apos;t exist, so nothing was sent. Choose it again in Settings → Certificates, or remove it.</source>
        <translation>Le fichier de certificats {value} n&apos;existe pas&#xa0;: rien n&apos;a été envoyé. Choisissez-le à nouveau dans Paramètres → Certificats, ou retirez-le.</translation>
    </message>
    <message>
        <source>The certificates file {value} could not be read, so nothing was sent. Choose it again in Settings → Certificates, or remove it.</source>
        <translation>Le fichier de certificats {value} n&apos;a pas pu être lu&#xa0;: rien n&apos;a été envoyé. Choisissez-le à nouveau dans Paramètres → Certificats, ou retirez-le.</translation>
    </message>
    <message>
        <source>The file {value} holds no certificate this app can read (a PEM file, text starting with “-----BEGIN CERTIFICATE-----”, is needed), so nothing was sent. Ask IT for the certificate as a PEM file.</source>
        <translation>Le fichier {value} ne contient aucun certificat lisible par l&apos;application (il faut un fichier PEM, c&apos;est-à-dire du texte commençant par «&#xa0;-----BEGIN CERTIFICATE-----&#xa0;»)&#xa0;: rien n&apos;a été envoyé. Demandez le certificat au format PEM à votre service informatique.</translation>
    </message>
    <message>
        <source>The API key contains spaces or characters that can&apos;t be part of a key. Please paste it again.</source>
        <translation>La clé d&apos;API contient des espaces ou des caractères qui ne peuvent pas faire partie d&apos;une clé. Veuillez la coller à nouveau.</translation>
    </message>
    <message>
        <source>Please check {field}.</source>
        <translation>Veuillez vérifier le champ «&#xa0;{field}&#xa0;».</translation>
    </message>
    <message>
        <source>Added &apos;{scheme}://&apos; to the address.</source>
        <translation>«&#xa0;{scheme}://&#xa0;» a été ajouté à l&apos;adresse.</translation>
    </message>
    <message>
        <source>Removed the part after &apos;?&apos; or &apos;#&apos;.</source>
        <translation>La partie après «&#xa0;?&#xa0;» ou «&#xa0;#&#xa0;» a été supprimée.</translation>
    </message>
    <message>
        <source>Removed &apos;{suffix}&apos; from the address.</source>
        <translation>«&#xa0;{suffix}&#xa0;» a été retiré de l&apos;adresse.</translation>
    </message>
    <message>
        <source>Added &apos;/v1&apos; to the address.</source>
        <translation>«&#xa0;/v1&#xa0;» a été ajouté à l&apos;adresse.</translation>
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
        <translation>Créer un nouvel historique</translation>
    </message>
    <message>
        <source>&quot;Start a new history&quot; keeps the damaged file beside the new one, unchanged, so nothing is lost.</source>
        <translation>«&#xa0;Créer un nouvel historique&#xa0;» conserve le fichier endommagé, intact, à côté du nouveau&#xa0;: rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image viewer</source>
        <translation>Visionneuse d&apos;images</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>Ajuster l&apos;image à la fenêtre</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100&#xa0;%</translation>
    </message>
    <message>
        <source>Show the image at its actual size</source>
        <translation>Afficher l&apos;image à sa taille réelle</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Enregistrer l&apos;image…</translation>
    </message>
    <message>
        <source>Save the image to a file</source>
        <translation>Enregistrer l&apos;image dans un fichier</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copier l&apos;image</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation>Copier l&apos;image dans le Presse-papiers</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the image viewer</source>
        <translation>Fermer la visionneuse d&apos;images</translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <source>Paste your API key first.</source>
        <translation>Collez d&apos;abord votre clé d&apos;API.</translation>
    </message>
    <message>
        <source>The key contains spaces or unusual characters. Copy it again from where you got it.</source>
        <translation>La clé contient des espaces ou des caractères inhabituels. Copiez-la à nouveau depuis l&apos;endroit où vous l&apos;avez obtenue.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Collez votre clé d&apos;API</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>Masquer la clé</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Afficher la clé</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Your key could not be read from or saved to this computer&apos;s password store.</source>
        <translation>Impossible de lire votre clé dans le gestionnaire de mots de passe de cet ordinateur ou de l&apos;y enregistrer.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>This computer has no password store, so your key can be kept only until you close the app.</source>
        <translation>Cet ordinateur n&apos;a pas de gestionnaire de mots de passe&#xa0;: votre clé ne peut être conservée que jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>Conserver pour cette session</translation>
    </message>
    <message>
        <source>Your password store is locked, so Desktop Chat can&apos;t read or save your key.</source>
        <translation>Votre gestionnaire de mots de passe est verrouillé&#xa0;: Desktop Chat ne peut ni lire ni enregistrer votre clé.</translation>
    </message>
    <message>
        <source>Unlock it and try again, or keep the key for this session only</source>
        <translation>Déverrouillez-le et réessayez, ou conservez la clé pour cette session uniquement</translation>
    </message>
    <message>
        <source>Your password store didn&apos;t answer in time (it may be waiting for you to unlock it).</source>
        <translation>Votre gestionnaire de mots de passe n&apos;a pas répondu à temps (il attend peut-être que vous le déverrouilliez).</translation>
    </message>
    <message>
        <source>Try again, or keep the key for this session only</source>
        <translation>Réessayez, ou conservez la clé pour cette session uniquement</translation>
    </message>
    <message>
        <source>Your key is set by the {variable} environment variable, so it can&apos;t be changed here.</source>
        <translation>Votre clé est définie par la variable d&apos;environnement {variable}&#xa0;: elle ne peut donc pas être modifiée ici.</translation>
    </message>
    <message>
        <source>Ask whoever set up this computer</source>
        <translation>Adressez-vous à la personne qui a configuré cet ordinateur</translation>
    </message>
    <message>
        <source>The key is empty. Paste your API key.</source>
        <translation>La clé est vide. Collez votre clé d&apos;API.</translation>
    </message>
    <message>
        <source>The key contains spaces or unusual characters. Copy it again from where you got it.</source>
        <translation>La clé contient des espaces ou des caractères inhabituels. Copiez-la à nouveau depuis l&apos;endroit où vous l&apos;avez obtenue.</translation>
    </message>
    <message>
        <source>The key saved in your password store is damaged. Enter your key again.</source>
        <translation>La clé enregistrée dans votre gestionnaire de mots de passe est endommagée. Saisissez de nouveau votre clé.</translation>
    </message>
    <message>
        <source>Paste your key again</source>
        <translation>Collez à nouveau votre clé</translation>
    </message>
    <message>
        <source>Your key comes from the {variable} environment variable and is not stored.</source>
        <translation>Votre clé provient de la variable d&apos;environnement {variable} et n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <source>Your key is kept only until you close the app.</source>
        <translation>Votre clé n&apos;est conservée que jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <source>Your key is kept in {store}, never in a file.</source>
        <translation>Votre clé est conservée dans {store}, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>No key is stored yet.</source>
        <translation>Aucune clé n&apos;est encore enregistrée.</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Add a line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add a line to {what}</source>
        <translation>Ajouter une ligne à {what}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Keep this value secret, in the keyring</source>
        <translation>Garder cette valeur secrète, dans le gestionnaire de mots de passe</translation>
    </message>
    <message>
        <source>A secret is kept in the system&apos;s keyring, not in mcp.json, and shown as ••••</source>
        <translation>Un secret est conservé dans le gestionnaire de mots de passe du système, pas dans mcp.json, et s&apos;affiche sous la forme ••••</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Supprimer cette ligne</translation>
    </message>
    <message>
        <source>{mask} (kept in the keyring; type to replace)</source>
        <translation>{mask} (conservé dans le gestionnaire de mots de passe&#xa0;; tapez pour le remplacer)</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message numerus="yes">
        <source>The chat was too long for the model, so the %n oldest message(s) were left out and it was asked again.</source>
        <translation>
            <numerusform>La conversation était trop longue pour le modèle&#xa0;: le message le plus ancien a été laissé de côté et la demande a été renvoyée.</numerusform>
            <numerusform>La conversation était trop longue pour le modèle&#xa0;: les&#xa0;%n messages les plus anciens ont été laissés de côté et la demande a été renvoyée.</numerusform>
        </translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>The whole chat was copied as text.</source>
        <translation>Toute la conversation a été copiée sous forme de texte.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>Delete the chat in the trash for good?</source>
        <translation>Supprimer définitivement la conversation qui se trouve dans la corbeille&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the {count} chats in the trash for good?</source>
        <translation>Supprimer définitivement les {count} conversations qui se trouvent dans la corbeille&#xa0;?</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>This can&apos;t be undone. Chats in the trash are deleted by themselves after 30 days.</source>
        <translation>Cette action est irréversible. Les conversations placées dans la corbeille sont supprimées automatiquement au bout de 30 jours.</translation>
    </message>
    <message>
        <source>1 chat deleted for good.</source>
        <translation>1 conversation supprimée définitivement.</translation>
    </message>
    <message>
        <source>{count} chats deleted for good.</source>
        <translation>{count} conversations supprimées définitivement.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Summarise them</source>
        <translation>Les résumer</translation>
    </message>
    <message>
        <source>Desktop Chat</source>
        <translation>Desktop Chat</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle conversation</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Commencer une nouvelle conversation</translation>
    </message>
    <message>
        <source>&amp;Export chat…</source>
        <translation>&amp;Exporter la conversation…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>Exporter &amp;toutes les conversations…</translation>
    </message>
    <message>
        <source>Save every chat into one JSON archive</source>
        <translation>Enregistrer toutes les conversations dans une seule archive JSON</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the chat on screen as a PDF: code, formulas and pictures included</source>
        <translation>Enregistrer la conversation affichée au format PDF, avec le code, les formules et les images</translation>
    </message>
    <message>
        <source>&amp;Import archive or ChatGPT export…</source>
        <translation>&amp;Importer une archive ou un export ChatGPT…</translation>
    </message>
    <message>
        <source>&amp;Backup history…</source>
        <translation>&amp;Sauvegarder l&apos;historique…</translation>
    </message>
    <message>
        <source>Empty &amp;trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>Delete the chats in the trash for good</source>
        <translation>Supprimer définitivement les conversations de la corbeille</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>&amp;Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>Reno&amp;mmer la conversation</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>S&amp;top answer</source>
        <translation>Arrê&amp;ter la réponse</translation>
    </message>
    <message>
        <source>&amp;Parameter sidebar</source>
        <translation>&amp;Panneau des paramètres</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>Afficher ou masquer le panneau latéral</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Desktop Chat</source>
        <translation>À &amp;propos de Desktop Chat</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic report</source>
        <translation>Copier le rapport de &amp;diagnostic</translation>
    </message>
    <message>
        <source>Copy versions, settings, the connection test and the log, without any key, for IT</source>
        <translation>Copier les versions, les paramètres, le test de connexion et le journal, sans aucune clé, pour votre service informatique</translation>
    </message>
    <message>
        <source>&amp;Copy whole chat as text</source>
        <translation>&amp;Copier toute la conversation en texte</translation>
    </message>
    <message>
        <source>&amp;Usage and costs…</source>
        <translation>&amp;Utilisation et coûts…</translation>
    </message>
    <message>
        <source>Tokens and estimated costs per day, model and chat</source>
        <translation>Jetons et coûts estimés par jour, par modèle et par conversation</translation>
    </message>
    <message>
        <source>Focus the message box</source>
        <translation>Aller à la zone de message</translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation>Conversation suivante</translation>
    </message>
    <message>
        <source>Previous chat</source>
        <translation>Conversation précédente</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Panneau latéral</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[image&#xa0;: {alt}]</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>Image “{alt}” from {host} — open</source>
        <translation>Image «&#xa0;{alt}&#xa0;» provenant de {host} — ouvrir</translation>
    </message>
    <message>
        <source>Image from {host} — open</source>
        <translation>Image provenant de {host} — ouvrir</translation>
    </message>
    <message>
        <source>[image: {alt}] ({url})</source>
        <translation>[image&#xa0;: {alt}] ({url})</translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <source>You stopped this answer.</source>
        <translation>Vous avez arrêté cette réponse.</translation>
    </message>
    <message>
        <source>The app closed before the answer finished.</source>
        <translation>L&apos;application s&apos;est fermée avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>Something went wrong inside the app.</source>
        <translation>Un problème est survenu dans l&apos;application.</translation>
    </message>
    <message>
        <source>The answer stopped before it was finished. What arrived is kept.</source>
        <translation>La réponse s&apos;est arrêtée avant d&apos;être terminée. Ce qui a été reçu est conservé.</translation>
    </message>
    <message>
        <source>The answer was cut short by the length limit.</source>
        <translation>La réponse a été tronquée par la limite de longueur.</translation>
    </message>
    <message>
        <source>The provider&apos;s content filter stopped this answer.</source>
        <translation>Le filtre de contenu du fournisseur a arrêté cette réponse.</translation>
    </message>
    <message>
        <source>The answer could not be completed.</source>
        <translation>La réponse n&apos;a pas pu être terminée.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>cut short (length limit)</source>
        <translation>tronquée (limite de longueur)</translation>
    </message>
    <message>
        <source>stopped by content filter</source>
        <translation>arrêtée par le filtre de contenu</translation>
    </message>
    <message>
        <source>tool call</source>
        <translation>appel d&apos;outil</translation>
    </message>
    <message>
        <source>{prompt} prompt / {completion} completion tokens</source>
        <translation>{prompt} jetons envoyés / {completion} jetons générés</translation>
    </message>
    <message>
        <source>≈ {cost} (estimate)</source>
        <translation>≈ {cost} (estimation)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>The answer is being written</source>
        <translation>La réponse est en cours de rédaction</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>Afficher le raisonnement</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning</source>
        <translation>Afficher ou masquer le raisonnement du modèle</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>Continuer la réponse</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry the answer</source>
        <translation>Réessayer la réponse</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Show or hide what exactly went wrong</source>
        <translation>Afficher ou masquer ce qui s&apos;est mal passé exactement</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <source>Copy the whole message</source>
        <translation>Copier tout le message</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>Régénérer la réponse</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit and resend message</source>
        <translation>Modifier et renvoyer le message</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Autres actions</translation>
    </message>
    <message>
        <source>Version {index} of {count}</source>
        <translation>Version {index} sur {count}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>Answer from {model}</source>
        <translation>Réponse de {model}</translation>
    </message>
    <message>
        <source>Answer from the model</source>
        <translation>Réponse du modèle</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Copy request as curl</source>
        <translation>Copier la requête en commande curl</translation>
    </message>
    <message>
        <source>Copy the request behind this answer as a curl command, for IT (the key is left out)</source>
        <translation>Copier la requête à l&apos;origine de cette réponse sous forme de commande curl, pour votre service informatique (sans la clé)</translation>
    </message>
    <message>
        <source>Copy request as curl, pictures shortened</source>
        <translation>Copier la requête en commande curl, images abrégées</translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>Masquer le raisonnement</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send edited message</source>
        <translation>Envoyer le message modifié</translation>
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
        <translation>Autres</translation>
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
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Learned from an error</source>
        <translation>Déduit d&apos;une erreur</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>“{text}” is not a number of tokens. Enter a whole number from 1 to {largest}, or empty the cell to use the other figures.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre de jetons. Saisissez un nombre entier de 1 à {largest}, ou videz la cellule pour utiliser les autres valeurs.</translation>
    </message>
    <message>
        <source>“{text}” is not a price. Enter US dollars per million tokens from 0 to {largest}, for example {example}, or empty the cell to use the other figures.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un prix. Saisissez un montant en dollars US par million de jetons, de 0 à {largest}, par exemple {example}, ou videz la cellule pour utiliser les autres valeurs.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>The model that answers. Pick one, or type a model id.</source>
        <translation>Le modèle qui répond. Choisissez-en un, ou tapez l&apos;identifiant d&apos;un modèle.</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>Identifiant du modèle</translation>
    </message>
    <message>
        <source>{vendor} (heading)</source>
        <translation>{vendor} (titre de section)</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Models and their figures</source>
        <translation>Modèles et leurs valeurs</translation>
    </message>
    <message>
        <source>Context window and longest answer in tokens, prices in US dollars per million tokens. Type a figure to use your own; empty the cell to use the others again.</source>
        <translation>Fenêtre de contexte et réponse la plus longue en jetons, prix en dollars US par million de jetons. Tapez une valeur pour utiliser la vôtre&#xa0;; videz la cellule pour revenir aux autres.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>Fenêtre de contexte</translation>
    </message>
    <message>
        <source>Longest answer</source>
        <translation>Réponse la plus longue</translation>
    </message>
    <message>
        <source>Input $/1M</source>
        <translation>Entrée $/1M</translation>
    </message>
    <message>
        <source>Output $/1M</source>
        <translation>Sortie $/1M</translation>
    </message>
    <message>
        <source>Sees images</source>
        <translation>Voit les images</translation>
    </message>
    <message>
        <source>Draws images</source>
        <translation>Crée des images</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>How many tokens the model can read at once: the chat and its answer</source>
        <translation>Nombre de jetons que le modèle peut lire en une fois&#xa0;: la conversation et sa réponse</translation>
    </message>
    <message>
        <source>The longest answer the model can write, in tokens</source>
        <translation>La réponse la plus longue que le modèle peut rédiger, en jetons</translation>
    </message>
    <message>
        <source>Estimated US dollars per million tokens sent to the model</source>
        <translation>Dollars US estimés par million de jetons envoyés au modèle</translation>
    </message>
    <message>
        <source>Estimated US dollars per million tokens the model writes</source>
        <translation>Dollars US estimés par million de jetons rédigés par le modèle</translation>
    </message>
    <message>
        <source>Pictures you attach are sent to this model</source>
        <translation>Les images que vous joignez sont envoyées à ce modèle</translation>
    </message>
    <message>
        <source>The model is asked for pictures too (image models such as Gemini 2.5 Flash Image)</source>
        <translation>Le modèle est aussi invité à créer des images (modèles d&apos;images comme Gemini 2.5 Flash Image)</translation>
    </message>
    <message>
        <source>Where the figures in force come from</source>
        <translation>Provenance des valeurs en vigueur</translation>
    </message>
    <message>
        <source>&amp;Reset selected</source>
        <translation>&amp;Réinitialiser la sélection</translation>
    </message>
    <message>
        <source>Reset the selected models&apos; figures</source>
        <translation>Réinitialiser les valeurs des modèles sélectionnés</translation>
    </message>
    <message>
        <source>Drop your own figures for the selected models</source>
        <translation>Supprimer vos propres valeurs pour les modèles sélectionnés</translation>
    </message>
    <message>
        <source>Model to add</source>
        <translation>Modèle à ajouter</translation>
    </message>
    <message>
        <source>Another model&apos;s name, as the gateway spells it</source>
        <translation>Le nom d&apos;un autre modèle, tel que la passerelle l&apos;écrit</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add this model to the table</source>
        <translation>Ajouter ce modèle au tableau</translation>
    </message>
    <message>
        <source>Prices are estimates from the providers&apos; public list prices; your gateway may charge differently.</source>
        <translation>Les prix sont des estimations fondées sur les tarifs publics des fournisseurs&#xa0;; votre passerelle peut facturer différemment.</translation>
    </message>
    <message>
        <source>An answer can&apos;t be longer than the context window ({window} tokens).</source>
        <translation>Une réponse ne peut pas être plus longue que la fenêtre de contexte ({window} jetons).</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <source>Not known: type a figure</source>
        <translation>Inconnu&#xa0;: tapez une valeur</translation>
    </message>
    <message>
        <source>Your setting</source>
        <translation>Votre réglage</translation>
    </message>
    <message>
        <source>What is known of this model</source>
        <translation>Ce que l&apos;on sait de ce modèle</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Connected. This gateway doesn&apos;t list its models, so the standard list is shown.</source>
        <translation>Connecté. Cette passerelle ne fournit pas la liste de ses modèles&#xa0;: la liste standard est affichée.</translation>
    </message>
    <message>
        <source>Showing the models saved earlier. {reason}</source>
        <translation>Affichage de la liste des modèles enregistrée précédemment. {reason}</translation>
    </message>
    <message>
        <source>Showing the models saved on {when}. {reason}</source>
        <translation>Affichage de la liste des modèles enregistrée ({when}). {reason}</translation>
    </message>
    <message>
        <source>Showing the standard model list. {reason}</source>
        <translation>Affichage de la liste standard des modèles. {reason}</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Model that writes summaries</source>
        <translation>Modèle qui rédige les résumés</translation>
    </message>
    <message>
        <source>When a chat is too long for its model, this model summarises the earlier messages</source>
        <translation>Quand une conversation est trop longue pour son modèle, ce modèle résume les messages précédents</translation>
    </message>
    <message>
        <source>The chat&apos;s own model</source>
        <translation>Le modèle de la conversation</translation>
    </message>
    <message>
        <source>&amp;Name new chats automatically</source>
        <translation>&amp;Nommer automatiquement les nouvelles conversations</translation>
    </message>
    <message>
        <source>Name new chats automatically</source>
        <translation>Nommer automatiquement les nouvelles conversations</translation>
    </message>
    <message>
        <source>After the first answer, a small model suggests a name for the chat</source>
        <translation>Après la première réponse, un petit modèle propose un nom pour la conversation</translation>
    </message>
    <message>
        <source>Chat &amp;names are written by</source>
        <translation>Les noms des &amp;conversations sont rédigés par</translation>
    </message>
    <message>
        <source>Model that names new chats</source>
        <translation>Modèle qui nomme les nouvelles conversations</translation>
    </message>
    <message>
        <source>Context windows and prices</source>
        <translation>Fenêtres de contexte et prix</translation>
    </message>
    <message>
        <source>Summaries and chat names</source>
        <translation>Résumés et noms des conversations</translation>
    </message>
    <message>
        <source>&amp;Summaries are written by</source>
        <translation>Les &amp;résumés sont rédigés par</translation>
    </message>
</context>
<context>
    <name>NumberParam</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Reset {parameter}</source>
        <translation>Réinitialiser {parameter}</translation>
    </message>
    <message>
        <source>Don&apos;t send this parameter (use the gateway&apos;s default)</source>
        <translation>Ne pas envoyer ce paramètre (utiliser la valeur par défaut de la passerelle)</translation>
    </message>
    <message>
        <source>{parameter} slider</source>
        <translation>Curseur {parameter}</translation>
    </message>
</context>
<context>
    <name>ParameterSidebar</name>
    <message>
        <source>Precise</source>
        <translation>Précis</translation>
    </message>
    <message>
        <source>Temperature 0.2: more deterministic and consistent (good for code generation, data extraction).</source>
        <translation>Température 0,2&#xa0;: plus déterministe et cohérent (idéal pour générer du code ou extraire des données).</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <source>Temperature 0.7: balanced creativity and consistency (good for daily conversations).</source>
        <translation>Température 0,7&#xa0;: équilibre entre créativité et cohérence (idéal pour les conversations du quotidien).</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Créatif</translation>
    </message>
    <message>
        <source>Temperature 1.0: more creative and diverse (good for creative writing).</source>
        <translation>Température 1,0&#xa0;: plus créatif et varié (idéal pour l&apos;écriture créative).</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Up to 300 tokens: short responses.</source>
        <translation>Jusqu&apos;à 300 jetons&#xa0;: réponses courtes.</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Up to 1,000 tokens: medium responses.</source>
        <translation>Jusqu&apos;à 1&#xa0;000 jetons&#xa0;: réponses de longueur moyenne.</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Détaillé</translation>
    </message>
    <message>
        <source>Up to 3,000 tokens: detailed responses.</source>
        <translation>Jusqu&apos;à 3&#xa0;000 jetons&#xa0;: réponses détaillées.</translation>
    </message>
    <message>
        <source>Usually adjust either temperature or top_p, not both.</source>
        <translation>En général, ajustez soit la température, soit top_p, mais pas les deux.</translation>
    </message>
    <message>
        <source>How random the answer is, from 0 to 2 (the gateway&apos;s default is 1.0).
• 0.0–0.3: more deterministic and consistent (good for code generation, data extraction)
• 0.4–0.7: balanced creativity and consistency (good for daily conversations)
• 0.8–1.0: more creative and diverse (good for creative writing)
• 1.0–2.0: highly random and creative (good for brainstorming)</source>
        <translation>Degré de hasard de la réponse, de 0 à 2 (la valeur par défaut de la passerelle est 1,0).
• 0,0–0,3&#xa0;: plus déterministe et cohérent (idéal pour générer du code ou extraire des données)
• 0,4–0,7&#xa0;: équilibre entre créativité et cohérence (idéal pour les conversations du quotidien)
• 0,8–1,0&#xa0;: plus créatif et varié (idéal pour l&apos;écriture créative)
• 1,0–2,0&#xa0;: très aléatoire et créatif (idéal pour le brainstorming)</translation>
    </message>
    <message>
        <source>Nucleus sampling, from 0 to 1 (default 1.0).
• 0.1: only consider the top 10% most likely words
• 0.5: consider words with cumulative probability up to 50%
• 1.0: consider all possible words (default)
Usually adjust either temperature or top_p, not both.</source>
        <translation>Échantillonnage par noyau (nucleus sampling), de 0 à 1 (1,0 par défaut).
• 0,1&#xa0;: ne considérer que les 10&#xa0;% de mots les plus probables
• 0,5&#xa0;: considérer les mots dont la probabilité cumulée atteint 50&#xa0;%
• 1,0&#xa0;: considérer tous les mots possibles (par défaut)
En général, ajustez soit la température, soit top_p, mais pas les deux.</translation>
    </message>
    <message>
        <source>The longest answer allowed, in tokens (a token is about ¾ of a word).
• Short responses: 100–300 tokens
• Medium responses: 500–1000 tokens
• Detailed responses: 1500–3000 tokens</source>
        <translation>La réponse la plus longue autorisée, en jetons (un jeton correspond à environ ¾ d&apos;un mot).
• Réponses courtes&#xa0;: 100–300 jetons
• Réponses moyennes&#xa0;: 500–1&#xa0;000 jetons
• Réponses détaillées&#xa0;: 1&#xa0;500–3&#xa0;000 jetons</translation>
    </message>
    <message>
        <source>From −2 to 2 (default 0). Higher values nudge the model to bring up new topics instead of staying on the ones already mentioned.</source>
        <translation>De −2 à 2 (0 par défaut). Des valeurs élevées incitent le modèle à aborder de nouveaux sujets plutôt qu&apos;à s&apos;en tenir à ceux déjà évoqués.</translation>
    </message>
    <message>
        <source>From −2 to 2 (default 0). Higher values make the model repeat the same words and phrases less often.</source>
        <translation>De −2 à 2 (0 par défaut). Des valeurs élevées font que le modèle répète moins souvent les mêmes mots et expressions.</translation>
    </message>
    <message>
        <source>Up to {count} pieces of text at which the model stops writing. Separate them with commas; write \n for a new line and \, for a comma.</source>
        <translation>Jusqu&apos;à {count} fragments de texte auxquels le modèle arrête d&apos;écrire. Séparez-les par des virgules&#xa0;; écrivez \n pour un retour à la ligne et \, pour une virgule.</translation>
    </message>
    <message>
        <source>Chat settings</source>
        <translation>Paramètres de la conversation</translation>
    </message>
    <message>
        <source>Tip: {note}</source>
        <translation>Conseil&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Use as default for new chats</source>
        <translation>Appliquer aux nouvelles conversations</translation>
    </message>
    <message>
        <source>New chats will start with this model, these settings and this system prompt</source>
        <translation>Les nouvelles conversations commenceront avec ce modèle, ces paramètres et ces instructions système</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Actualiser les modèles</translation>
    </message>
    <message>
        <source>Refresh models — ask the gateway for its list again</source>
        <translation>Actualiser les modèles — redemander la liste à la passerelle</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>System prompt presets</source>
        <translation>Préréglages d&apos;instructions système</translation>
    </message>
    <message>
        <source>Fill in a saved system prompt</source>
        <translation>Insérer des instructions système enregistrées</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Instructions système</translation>
    </message>
    <message>
        <source>How should the model behave? For example: “Answer in plain English, briefly.”</source>
        <translation>Comment le modèle doit-il se comporter&#xa0;? Par exemple&#xa0;: «&#xa0;Réponds en français simple, brièvement.&#xa0;»</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt</source>
        <translation>&amp;Instructions système</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Enregistrer comme préréglage…</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Enregistrer comme préréglage</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Nom du préréglage</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Enregistrer le préréglage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel saving preset</source>
        <translation>Annuler l&apos;enregistrement du préréglage</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Pénalité de présence</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Pénalité de fréquence</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Séquences d&apos;arrêt</translation>
    </message>
    <message>
        <source>Clear stop sequences</source>
        <translation>Effacer les séquences d&apos;arrêt</translation>
    </message>
    <message>
        <source>Send the last N turns only</source>
        <translation>Échanges envoyés (max.)</translation>
    </message>
    <message>
        <source>A turn is one of your messages with its answer. When set, only the newest turns are sent to the model (with the system prompt and any summary), even if more would fit. Not set: as many as fit the model&apos;s context window.</source>
        <translation>Un échange, c&apos;est l&apos;un de vos messages avec sa réponse. Si ce réglage est défini, seuls les échanges les plus récents sont envoyés au modèle (avec les instructions système et l&apos;éventuel résumé), même si davantage tiendrait. Non défini&#xa0;: autant qu&apos;en contient la fenêtre de contexte du modèle.</translation>
    </message>
    <message>
        <source>from cache (offline)</source>
        <translation>depuis le cache (hors ligne)</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Préréglages…</translation>
    </message>
    <message>
        <source>Only the first {count} are sent.</source>
        <translation>Seules les {count} premières sont envoyées.</translation>
    </message>
    <message>
        <source>{model} (not in the list)</source>
        <translation>{model} (absent de la liste)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
</context>
<context>
    <name>PolicyWords</name>
    <message>
        <source>Set by your organisation</source>
        <translation>Défini par votre organisation</translation>
    </message>
    <message>
        <source>Managed by your organisation (policy: {path})</source>
        <translation>Géré par votre organisation (stratégie&#xa0;: {path})</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Géré par votre organisation</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Helpful assistant</source>
        <translation>Assistant serviable</translation>
    </message>
    <message>
        <source>You are a helpful assistant. Answer clearly and plainly.</source>
        <translation>Vous êtes un assistant serviable. Répondez de façon claire et simple.</translation>
    </message>
    <message>
        <source>Short answers</source>
        <translation>Réponses courtes</translation>
    </message>
    <message>
        <source>Answer briefly. Use bullet points when they help; skip introductions.</source>
        <translation>Répondez brièvement. Utilisez des listes à puces quand c&apos;est utile&#xa0;; évitez les introductions.</translation>
    </message>
    <message>
        <source>Proofreader</source>
        <translation>Correcteur</translation>
    </message>
    <message>
        <source>Correct the spelling, grammar and punctuation of the text I send. Keep my wording and tone, then list the main changes.</source>
        <translation>Corrigez l&apos;orthographe, la grammaire et la ponctuation du texte que je vous envoie. Conservez ma formulation et mon ton, puis listez les principales modifications.</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traducteur</translation>
    </message>
    <message>
        <source>Translate the text I send. If I don&apos;t name a language, translate it into English; keep the formatting.</source>
        <translation>Traduisez le texte que je vous envoie. Si je n&apos;indique pas de langue, traduisez-le en français&#xa0;; conservez la mise en forme.</translation>
    </message>
    <message>
        <source>Email helper</source>
        <translation>Rédaction d&apos;e-mails</translation>
    </message>
    <message>
        <source>Help me write clear, polite work emails. Ask for missing details before drafting.</source>
        <translation>Aidez-moi à rédiger des e-mails professionnels clairs et courtois. Demandez-moi les informations manquantes avant de rédiger.</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>Conversation sans titre</translation>
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
        <translation>Fichier joint&#xa0;: {name} ({size})</translation>
    </message>
    <message>
        <source>Picture not available: {name}</source>
        <translation>Image non disponible&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Open a chat with messages to print it.</source>
        <translation>Ouvrez une conversation qui contient des messages pour l&apos;imprimer.</translation>
    </message>
    <message>
        <source>This chat has no messages yet, so there is nothing to print.</source>
        <translation>Cette conversation ne contient encore aucun message&#xa0;: il n&apos;y a rien à imprimer.</translation>
    </message>
    <message>
        <source>Wait for the printing under way to finish, or cancel it.</source>
        <translation>Attendez la fin de l&apos;impression en cours, ou annulez-la.</translation>
    </message>
    <message>
        <source>Preparing… {done} of {total} messages</source>
        <translation>Préparation des messages… {done} sur {total}</translation>
    </message>
    <message>
        <source>Arranging the pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <source>Printing page {done} of {total}…</source>
        <translation>Impression de la page {done} sur {total}…</translation>
    </message>
    <message>
        <source>Printing the chat</source>
        <translation>Impression de la conversation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Desktop Chat</source>
        <translation>Desktop Chat</translation>
    </message>
    <message>
        <source>Printing cancelled. Nothing was sent to the printer.</source>
        <translation>Impression annulée. Rien n&apos;a été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Exportation annulée. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Sent 1 page to the printer.</source>
        <translation>1 page envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation>{pages} pages envoyées à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Saved 1 page as {path}</source>
        <translation>1 page enregistrée sous {path}</translation>
    </message>
    <message>
        <source>Saved {pages} pages as {path}</source>
        <translation>{pages} pages enregistrées sous {path}</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>Impossible de démarrer l&apos;imprimante. Vérifiez qu&apos;elle est allumée, puis réessayez.</translation>
    </message>
    <message>
        <source>{name} could not be written. Choose another folder and try again.</source>
        <translation>{name} n&apos;a pas pu être écrit. Choisissez un autre dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>conversation</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Open settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
</context>
<context>
    <name>ProseView</name>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>System settings</source>
        <translation>Paramètres du système</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Ce proxy&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic (PAC):</source>
        <translation>Automatique (PAC)&#xa0;:</translation>
    </message>
    <message>
        <source>How to reach the gateway</source>
        <translation>Mode d&apos;accès à la passerelle</translation>
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
        <translation>Par exemple http://proxy.example.com:8080 (http://utilisateur:motdepasse@… s&apos;il demande un mot de passe)</translation>
    </message>
    <message>
        <source>Automatic proxy settings (PAC) address</source>
        <translation>Adresse de configuration automatique du proxy (PAC)</translation>
    </message>
    <message>
        <source>http://wpad.example.com/proxy.pac</source>
        <translation>http://wpad.example.com/proxy.pac</translation>
    </message>
    <message>
        <source>The address of the proxy auto-configuration file IT gave you</source>
        <translation>L&apos;adresse du fichier de configuration automatique du proxy fournie par votre service informatique</translation>
    </message>
    <message>
        <source>In use now: {proxy}</source>
        <translation>Utilisé actuellement&#xa0;: {proxy}</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>There is nothing to send.</source>
        <translation>Il n&apos;y a rien à envoyer.</translation>
    </message>
    <message>
        <source>Wait for the answer to finish, or stop it first.</source>
        <translation>Attendez la fin de la réponse, ou arrêtez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Add your API key to start chatting.</source>
        <translation>Ajoutez votre clé d&apos;API pour commencer à discuter.</translation>
    </message>
    <message>
        <source>This chat no longer exists.</source>
        <translation>Cette conversation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>Ce message n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>Seuls vos propres messages peuvent être modifiés.</translation>
    </message>
    <message>
        <source>Only an answer can be regenerated.</source>
        <translation>Seule une réponse peut être régénérée.</translation>
    </message>
    <message>
        <source>Only an answer can be continued.</source>
        <translation>Seule une réponse peut être continuée.</translation>
    </message>
    <message>
        <source>This answer is already complete.</source>
        <translation>Cette réponse est déjà complète.</translation>
    </message>
    <message>
        <source>This message can&apos;t be sent again.</source>
        <translation>Ce message ne peut pas être renvoyé.</translation>
    </message>
    <message>
        <source>This message alone is longer than the model can read. Shorten it, or choose a model with a larger context window in the sidebar. Your text is still in the message box.</source>
        <translation>Ce message à lui seul dépasse ce que le modèle peut lire. Raccourcissez-le, ou choisissez dans le panneau latéral un modèle doté d&apos;une fenêtre de contexte plus grande. Votre texte se trouve toujours dans la zone de message.</translation>
    </message>
    <message>
        <source>This model can&apos;t see images. Choose a model that can (Claude or Gemini) in the sidebar, or remove the images. Your message and files are still in the message box.</source>
        <translation>Ce modèle ne peut pas voir les images. Choisissez dans le panneau latéral un modèle qui le peut (Claude ou Gemini), ou retirez les images. Votre message et vos fichiers se trouvent toujours dans la zone de message.</translation>
    </message>
    <message>
        <source>A file is still being read. Wait a moment, or remove it, then send.</source>
        <translation>Un fichier est encore en cours de lecture. Patientez un instant, ou retirez-le, puis envoyez.</translation>
    </message>
    <message>
        <source>The model kept calling tools, so the app stopped it. Ask it to go on if you want more.</source>
        <translation>Le modèle appelait des outils sans s&apos;arrêter&#xa0;: l&apos;application l&apos;a donc interrompu. Demandez-lui de poursuivre si vous voulez la suite.</translation>
    </message>
    <message>
        <source>Every earlier message is already sent to the model: there is nothing to summarise.</source>
        <translation>Tous les messages précédents sont déjà envoyés au modèle&#xa0;: il n&apos;y a rien à résumer.</translation>
    </message>
    <message>
        <source>Your organisation does not allow this. Ask your IT department if you need it.</source>
        <translation>Votre organisation ne l&apos;autorise pas. Adressez-vous à votre service informatique si vous en avez besoin.</translation>
    </message>
</context>
<context>
    <name>SegmentedControl</name>
    <message>
        <source>{group}: {choice}</source>
        <translation>{group}&#xa0;: {choice}</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <source>For example: time</source>
        <translation>Par exemple&#xa0;: time</translation>
    </message>
    <message>
        <source>Kind of server</source>
        <translation>Type de serveur</translation>
    </message>
    <message>
        <source>A program on this computer (stdio)</source>
        <translation>Un programme sur cet ordinateur (stdio)</translation>
    </message>
    <message>
        <source>A server on the network (HTTP)</source>
        <translation>Un serveur sur le réseau (HTTP)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>For example: uvx</source>
        <translation>Par exemple&#xa0;: uvx</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>One argument per line, without quotes</source>
        <translation>Un argument par ligne, sans guillemets</translation>
    </message>
    <message>
        <source>One argument per line, taken exactly as written: no quotes are needed, and nothing is interpreted by a shell.</source>
        <translation>Un argument par ligne, pris exactement tel qu&apos;il est écrit&#xa0;: aucun guillemet n&apos;est nécessaire et rien n&apos;est interprété par un shell.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>For example: https://tools.example.com/mcp</source>
        <translation>Par exemple&#xa0;: https://tools.example.com/mcp</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Tools allowed without asking</source>
        <translation>Outils autorisés sans demander</translation>
    </message>
    <message>
        <source>One tool name per line</source>
        <translation>Un nom d&apos;outil par ligne</translation>
    </message>
    <message>
        <source>These tools of this server run without asking you first. Everything else asks.</source>
        <translation>Ces outils de ce serveur s&apos;exécutent sans vous demander votre accord. Tous les autres le demandent.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done editing the server</source>
        <translation>Terminer la modification du serveur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel editing the server</source>
        <translation>Annuler la modification du serveur</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Command</source>
        <translation>&amp;Commande</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>&amp;Arguments</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Environnement</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>En-tête&amp;s</translation>
    </message>
    <message>
        <source>Allowed without asking</source>
        <translation>Autorisés sans demander</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>Modifier le serveur</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Nouveau serveur</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Donnez un nom au serveur.</translation>
    </message>
    <message>
        <source>The name is too long: at most {count} characters.</source>
        <translation>Le nom est trop long&#xa0;: {count} caractères au maximum.</translation>
    </message>
    <message>
        <source>There is already a server called “{name}”.</source>
        <translation>Il existe déjà un serveur nommé «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Say which program to start (the command).</source>
        <translation>Indiquez le programme à lancer (la commande).</translation>
    </message>
    <message>
        <source>“{name}” cannot be the name of an environment variable: use letters, digits and _, not starting with a digit.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être le nom d&apos;une variable d&apos;environnement&#xa0;: utilisez des lettres, des chiffres et _, sans commencer par un chiffre.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://, like https://tools.example.com/mcp.</source>
        <translation>L&apos;adresse doit commencer par http:// ou https://, par exemple https://tools.example.com/mcp.</translation>
    </message>
    <message>
        <source>“{name}” cannot be the name of a header: use letters, digits and -.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être le nom d&apos;un en-tête&#xa0;: utilisez des lettres, des chiffres et -.</translation>
    </message>
    <message>
        <source>“{name}” is there twice.</source>
        <translation>«&#xa0;{name}&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <source>Type a value for “{name}”.</source>
        <translation>Saisissez une valeur pour «&#xa0;{name}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Your settings file was damaged, so Desktop Chat started with its default settings. The damaged file was kept as {name}.</source>
        <translation>Votre fichier de paramètres était endommagé&#xa0;: Desktop Chat a donc démarré avec les paramètres par défaut. Le fichier endommagé a été conservé sous le nom {name}.</translation>
    </message>
    <message>
        <source>no proxy (direct connection)</source>
        <translation>aucun proxy (connexion directe)</translation>
    </message>
    <message>
        <source>no proxy (direct connection) ({variable} covers {host})</source>
        <translation>aucun proxy (connexion directe) ({variable} couvre {host})</translation>
    </message>
    <message>
        <source>{url} (from settings)</source>
        <translation>{url} (depuis les paramètres)</translation>
    </message>
    <message>
        <source>the proxy that the automatic settings at {url} choose for each address</source>
        <translation>le proxy choisi pour chaque adresse par la configuration automatique de {url}</translation>
    </message>
    <message>
        <source>{url} (from the system&apos;s settings)</source>
        <translation>{url} (depuis les paramètres du système)</translation>
    </message>
    <message>
        <source>{url} (from {variable})</source>
        <translation>{url} (depuis {variable})</translation>
    </message>
    <message>
        <source>from {variable}</source>
        <translation>depuis {variable}</translation>
    </message>
    <message>
        <source>offline demo (no key)</source>
        <translation>démo hors ligne (sans clé)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>set</source>
        <translation>définie</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Current key: {hint}</source>
        <translation>Clé actuelle&#xa0;: {hint}</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <source>Replace key</source>
        <translation>Remplacer la clé</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Check the key and address with the gateway</source>
        <translation>Vérifier la clé et l&apos;adresse auprès de la passerelle</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé d&apos;API</translation>
    </message>
    <message>
        <source>Kept in {location}, never in a file.</source>
        <translation>Conservée dans {location}, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Adresse de la passerelle</translation>
    </message>
    <message>
        <source>In use now: {address} (set by {variable} for this run). The address above is saved for when that variable is gone.</source>
        <translation>Utilisée actuellement&#xa0;: {address} (définie par {variable} pour cette exécution). L&apos;adresse ci-dessus est enregistrée pour le moment où cette variable aura disparu.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Gateway &amp;address</source>
        <translation>&amp;Adresse de la passerelle</translation>
    </message>
    <message>
        <source>&amp;Proxy</source>
        <translation>&amp;Proxy</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Certificats</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the app&apos;s words. It changes at once.</source>
        <translation>La langue de l&apos;interface de l&apos;application. Le changement est immédiat.</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>T&amp;aille du texte</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>Tool calls in a row</source>
        <translation>Appels d&apos;outils consécutifs</translation>
    </message>
    <message>
        <source>After this many rounds of tool calls in one answer, the app stops asking the model again</source>
        <translation>Après ce nombre de séries d&apos;appels d&apos;outils dans une même réponse, l&apos;application cesse de relancer le modèle</translation>
    </message>
    <message>
        <source>Time limit of one tool call</source>
        <translation>Délai maximal d&apos;un appel d&apos;outil</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Tool calls in a &amp;row, at most</source>
        <translation>Appels d&apos;outils &amp;consécutifs, au maximum</translation>
    </message>
    <message>
        <source>Time &amp;limit of one call</source>
        <translation>&amp;Délai maximal d&apos;un appel</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Conserver l&apos;actuelle</translation>
    </message>
    <message>
        <source>Keep current key</source>
        <translation>Conserver la clé actuelle</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>Nouvelle ligne dans le message</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Focus the message box</source>
        <translation>Aller à la zone de message</translation>
    </message>
    <message>
        <source>Previous chat</source>
        <translation>Conversation précédente</translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation>Conversation suivante</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Renommer la conversation</translation>
    </message>
    <message>
        <source>Delete chat (with undo)</source>
        <translation>Supprimer la conversation (annulable)</translation>
    </message>
    <message>
        <source>Undo delete, while the notice shows</source>
        <translation>Annuler la suppression, tant que l&apos;avis est affiché</translation>
    </message>
    <message>
        <source>Copy the selection</source>
        <translation>Copier la sélection</translation>
    </message>
    <message>
        <source>Export the chat</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <source>Print the chat</source>
        <translation>Imprimer la conversation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>Afficher ou masquer le panneau latéral</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Right-click a chat in the list for Rename, Pin, Archive, Export and Delete.</source>
        <translation>Cliquez avec le bouton droit sur une conversation de la liste pour la renommer, l&apos;épingler, l&apos;archiver, l&apos;exporter ou la supprimer.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Saved as the default for new chats.</source>
        <translation>Enregistré comme paramètres par défaut des nouvelles conversations.</translation>
    </message>
</context>
<context>
    <name>StartupNotices</name>
    <message>
        <source>it cannot be read</source>
        <translation>le fichier est illisible</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>le fichier n&apos;est pas un JSON valide</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>le fichier n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>an unknown key</source>
        <translation>une clé inconnue</translation>
    </message>
    <message>
        <source>a value of the wrong type</source>
        <translation>une valeur d&apos;un type incorrect</translation>
    </message>
    <message>
        <source>a value that can&apos;t be used</source>
        <translation>une valeur inutilisable</translation>
    </message>
    <message>
        <source>a rule listed in defaults_only</source>
        <translation>une règle listée dans defaults_only</translation>
    </message>
    <message>
        <source>a default model that is not among the allowed models</source>
        <translation>un modèle par défaut qui ne fait pas partie des modèles autorisés</translation>
    </message>
    <message>
        <source>{what} at “{key}” in {source}</source>
        <translation>{what} («&#xa0;{key}&#xa0;») dans {source}</translation>
    </message>
    <message>
        <source>{what}: {source}</source>
        <translation>{what}&#xa0;: {source}</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy has a mistake, so Desktop Chat uses the last policy that worked. Please tell your IT department.</source>
        <translation>La stratégie de votre organisation contient une erreur&#xa0;: Desktop Chat utilise donc la dernière stratégie qui fonctionnait. Veuillez en informer votre service informatique.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy has a mistake, so Desktop Chat started with its own defaults. Please tell your IT department.</source>
        <translation>La stratégie de votre organisation contient une erreur&#xa0;: Desktop Chat a donc démarré avec ses propres paramètres par défaut. Veuillez en informer votre service informatique.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Not connected yet</source>
        <translation>Pas encore connecté</translation>
    </message>
    <message>
        <source>The gateway has not been contacted yet.</source>
        <translation>La passerelle n&apos;a pas encore été contactée.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Checking the gateway.</source>
        <translation>Vérification de la passerelle.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>The gateway answered.</source>
        <translation>La passerelle a répondu.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Can&apos;t reach the gateway. Your history, search and settings still work.</source>
        <translation>Impossible de joindre la passerelle. Votre historique, la recherche et les paramètres restent disponibles.</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>Démo hors ligne</translation>
    </message>
    <message>
        <source>Talking to the built-in demo gateway; no key is used.</source>
        <translation>Connecté à la passerelle de démonstration intégrée&#xa0;; aucune clé n&apos;est utilisée.</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Aucune clé d&apos;API</translation>
    </message>
    <message>
        <source>Add your key in Settings (Ctrl+,).</source>
        <translation>Ajoutez votre clé dans les Paramètres (Ctrl+,).</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Answer tokens</source>
        <translation>Jetons de la réponse</translation>
    </message>
    <message>
        <source>Conversation usage</source>
        <translation>Consommation de la conversation</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>En attente de la réponse…</translation>
    </message>
    <message>
        <source>Answering… {approx}{tokens} tokens</source>
        <translation>Réponse en cours… {approx}{tokens} jetons</translation>
    </message>
    <message>
        <source>Last answer: {approx}{tokens} tokens</source>
        <translation>Dernière réponse&#xa0;: {approx}{tokens} jetons</translation>
    </message>
    <message>
        <source>This chat: {tokens} tokens</source>
        <translation>Cette conversation&#xa0;: {tokens} jetons</translation>
    </message>
    <message>
        <source>Tokens of every answer, summary and title of this chat.</source>
        <translation>Jetons de toutes les réponses, de tous les résumés et du titre de cette conversation.</translation>
    </message>
    <message>
        <source>This chat: {tokens} tokens · ≈ {cost}</source>
        <translation>Cette conversation&#xa0;: {tokens} jetons · ≈ {cost}</translation>
    </message>
    <message>
        <source>Tokens of every answer, summary and title of this chat. The cost is an estimate from list prices (Settings → Models); your gateway may charge differently.</source>
        <translation>Jetons de toutes les réponses, de tous les résumés et du titre de cette conversation. Le coût est une estimation fondée sur les tarifs publics (Paramètres → Modèles)&#xa0;; votre passerelle peut facturer différemment.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Check that you may write to the history file and its folder, then restart the app.</source>
        <translation>Vérifiez que vous avez le droit d&apos;écrire dans le fichier d&apos;historique et dans son dossier, puis redémarrez l&apos;application.</translation>
    </message>
    <message>
        <source>Your chat history could not be read or saved.</source>
        <translation>Votre historique de conversations n&apos;a pas pu être lu ou enregistré.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, restart the app.</source>
        <translation>Réessayez&#xa0;; si le problème persiste, redémarrez l&apos;application.</translation>
    </message>
    <message>
        <source>Your chat history was saved by a newer version of Desktop Chat. Please update; nothing was changed.</source>
        <translation>Votre historique de conversations a été enregistré par une version plus récente de Desktop Chat. Veuillez mettre l&apos;application à jour&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Install the latest version of Desktop Chat.</source>
        <translation>Installez la dernière version de Desktop Chat.</translation>
    </message>
    <message>
        <source>The disk is full, so {name} could not be written.</source>
        <translation>Le disque est plein&#xa0;: {name} n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change could not be saved. Everything saved before is safe.</source>
        <translation>Le disque est plein&#xa0;: la dernière modification n&apos;a pas pu être enregistrée. Tout ce qui a été enregistré auparavant est en sécurité.</translation>
    </message>
    <message>
        <source>Free some disk space, then try again.</source>
        <translation>Libérez de l&apos;espace disque, puis réessayez.</translation>
    </message>
    <message>
        <source>Your chat history file can&apos;t be changed (it is read-only), so nothing new can be saved. Everything saved before is safe.</source>
        <translation>Votre fichier d&apos;historique ne peut pas être modifié (il est en lecture seule)&#xa0;: rien de nouveau ne peut être enregistré. Tout ce qui a été enregistré auparavant est en sécurité.</translation>
    </message>
    <message>
        <source>The folder for your chat history can&apos;t be created, so nothing can be saved.</source>
        <translation>Le dossier de votre historique de conversations ne peut pas être créé&#xa0;: rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>Your chat history needs a one-time update, but the file is read-only.</source>
        <translation>Votre historique de conversations doit être mis à jour une fois, mais le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>Your chat history file is damaged and can&apos;t be opened. It has been left exactly as it was.</source>
        <translation>Votre fichier d&apos;historique est endommagé et ne peut pas être ouvert. Il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Keep a copy of the file for support, then start a new history.</source>
        <translation>Conservez une copie du fichier pour l&apos;assistance, puis créez un nouvel historique.</translation>
    </message>
    <message>
        <source>Your chat history is being used by another program right now.</source>
        <translation>Votre historique de conversations est en cours d&apos;utilisation par un autre programme.</translation>
    </message>
    <message>
        <source>Close other copies of Desktop Chat, then try again.</source>
        <translation>Fermez les autres fenêtres de Desktop Chat, puis réessayez.</translation>
    </message>
    <message>
        <source>Your chat history file could not be read or written.</source>
        <translation>Votre fichier d&apos;historique n&apos;a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>Check that the disk is connected and that you may write to the history folder.</source>
        <translation>Vérifiez que le disque est connecté et que vous avez le droit d&apos;écrire dans le dossier de l&apos;historique.</translation>
    </message>
    <message>
        <source>Your chat history can&apos;t be opened safely on this drive.</source>
        <translation>Votre historique de conversations ne peut pas être ouvert en toute sécurité sur ce lecteur.</translation>
    </message>
    <message>
        <source>Keep the history on a local disk.</source>
        <translation>Conservez l&apos;historique sur un disque local.</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}).</source>
        <translation>{name} n&apos;a pas pu être écrit ({reason}).</translation>
    </message>
    <message>
        <source>{name} could not be written.</source>
        <translation>{name} n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Choose another folder and try again.</source>
        <translation>Choisissez un autre dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>The file could not be imported: {problem} (at {where}).</source>
        <translation>Le fichier n&apos;a pas pu être importé&#xa0;: {problem} (à l&apos;emplacement {where}).</translation>
    </message>
    <message>
        <source>The file could not be imported: {problem}.</source>
        <translation>Le fichier n&apos;a pas pu être importé&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>{what_happened} Your history was not changed.</source>
        <translation>{what_happened} Votre historique n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Check that you chose the right file and that it is complete; nothing was imported.</source>
        <translation>Vérifiez que vous avez choisi le bon fichier et qu&apos;il est complet&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>le fichier n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file ends too early (it may be truncated)</source>
        <translation>le fichier se termine trop tôt (il est peut-être tronqué)</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>le fichier n&apos;est pas un JSON valide</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be an export</source>
        <translation>le fichier est trop profondément imbriqué pour être un export</translation>
    </message>
    <message>
        <source>a part of the file is too big to be read</source>
        <translation>une partie du fichier est trop volumineuse pour être lue</translation>
    </message>
    <message>
        <source>the zip file is damaged</source>
        <translation>le fichier zip est endommagé</translation>
    </message>
    <message>
        <source>the zip file has no conversations.json in it</source>
        <translation>le fichier zip ne contient pas de conversations.json</translation>
    </message>
    <message>
        <source>a ChatGPT export should hold a list of conversations</source>
        <translation>un export ChatGPT devrait contenir une liste de conversations</translation>
    </message>
    <message>
        <source>this is not a Desktop Chat export (&apos;format&apos; is missing or unknown)</source>
        <translation>ce n&apos;est pas un export Desktop Chat («&#xa0;format&#xa0;» est absent ou inconnu)</translation>
    </message>
    <message>
        <source>it was written by a newer version of Desktop Chat</source>
        <translation>il a été créé par une version plus récente de Desktop Chat</translation>
    </message>
    <message>
        <source>{name} is missing</source>
        <translation>{name} est absent</translation>
    </message>
    <message>
        <source>{name} should be an object</source>
        <translation>{name} devrait être un objet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>un objet était attendu</translation>
    </message>
    <message>
        <source>{name} should be a list</source>
        <translation>{name} devrait être une liste</translation>
    </message>
    <message>
        <source>{name} should be text</source>
        <translation>{name} devrait être du texte</translation>
    </message>
    <message>
        <source>{name} should be a number</source>
        <translation>{name} devrait être un nombre</translation>
    </message>
    <message>
        <source>{name} should be a whole number</source>
        <translation>{name} devrait être un nombre entier</translation>
    </message>
    <message>
        <source>{name} should be true or false</source>
        <translation>{name} devrait valoir true ou false</translation>
    </message>
    <message>
        <source>{name} has an invalid value</source>
        <translation>{name} a une valeur non valide</translation>
    </message>
    <message>
        <source>{name} does not point to an earlier message of the conversation</source>
        <translation>{name} ne renvoie pas à un message antérieur de la conversation</translation>
    </message>
    <message>
        <source>its messages form a loop</source>
        <translation>ses messages forment une boucle</translation>
    </message>
    <message>
        <source>the file is not an export this app can read</source>
        <translation>le fichier n&apos;est pas un export que l&apos;application sait lire</translation>
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
        <translation>Envoyé au modèle à la place des messages précédents qu&apos;il résume.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>Modifier le résumé</translation>
    </message>
    <message>
        <source>Change what is sent in place of the earlier messages</source>
        <translation>Modifier ce qui est envoyé à la place des messages précédents</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove summary</source>
        <translation>Supprimer le résumé</translation>
    </message>
    <message>
        <source>Stop sending this summary</source>
        <translation>Ne plus envoyer ce résumé</translation>
    </message>
    <message numerus="yes">
        <source>Summary of the %Ln earlier message(s)</source>
        <translation>
            <numerusform>Résumé du message précédent</numerusform>
            <numerusform>Résumé des&#xa0;%Ln messages précédents</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary of the earlier messages</source>
        <translation>Résumé des messages précédents</translation>
    </message>
    <message>
        <source>{title}, written by {model}</source>
        <translation>{title}, rédigé par {model}</translation>
    </message>
    <message>
        <source>Summary text</source>
        <translation>Texte du résumé</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Ctrl+Enter pour enregistrer, Esc pour annuler</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel editing the summary</source>
        <translation>Annuler la modification du résumé</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Enregistrer le résumé</translation>
    </message>
    <message>
        <source>Save the summary (Ctrl+Enter)</source>
        <translation>Enregistrer le résumé (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>SupportController</name>
    <message>
        <source>The diagnostic report is being put together…</source>
        <translation>Le rapport de diagnostic est en cours de préparation…</translation>
    </message>
    <message>
        <source>Putting the diagnostic report together and testing the connection…</source>
        <translation>Préparation du rapport de diagnostic et test de la connexion…</translation>
    </message>
    <message>
        <source>The diagnostic report was copied. Paste it into your message to IT.</source>
        <translation>Le rapport de diagnostic a été copié. Collez-le dans votre message à votre service informatique.</translation>
    </message>
    <message>
        <source>The request was copied as a curl command. The key is not in it: set DESKTOP_CHAT_API_KEY before running it.</source>
        <translation>La requête a été copiée sous forme de commande curl. La clé n&apos;y figure pas&#xa0;: définissez DESKTOP_CHAT_API_KEY avant de l&apos;exécuter.</translation>
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
        <translation>Fermer la notification</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ToolApprovals</name>
    <message>
        <source>A tool is waiting for your go-ahead in another chat.</source>
        <translation>Un outil attend votre accord dans une autre conversation.</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>What the tool says it does</source>
        <translation>Ce que l&apos;outil dit faire</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Autoriser une fois</translation>
    </message>
    <message>
        <source>Allow {tool} this time</source>
        <translation>Autoriser {tool} cette fois-ci</translation>
    </message>
    <message>
        <source>Always allow this tool</source>
        <translation>Toujours autoriser cet outil</translation>
    </message>
    <message>
        <source>Always allow {tool}, without asking again</source>
        <translation>Toujours autoriser {tool}, sans redemander</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Do not let {tool} run</source>
        <translation>Ne pas laisser {tool} s&apos;exécuter</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Afficher moins</translation>
    </message>
    <message>
        <source>Show the arguments folded</source>
        <translation>Afficher les arguments repliés</translation>
    </message>
    <message>
        <source>Show all of the arguments</source>
        <translation>Afficher tous les arguments</translation>
    </message>
    <message>
        <source>Show or hide what {tool} was given and returned</source>
        <translation>Afficher ou masquer ce que {tool} a reçu et renvoyé</translation>
    </message>
    <message>
        <source>{sentence} ({duration})</source>
        <translation>{sentence} ({duration})</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation>Afficher ou masquer les détails</translation>
    </message>
    <message>
        <source>Result of {tool}</source>
        <translation>Résultat de {tool}</translation>
    </message>
    <message>
        <source>Show the start of the result</source>
        <translation>Afficher le début du résultat</translation>
    </message>
    <message>
        <source>Show all of the result</source>
        <translation>Afficher tout le résultat</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <source>The model kept calling tools ({rounds} times in a row), so the app stopped it. Ask it to go on if you want more.</source>
        <translation>Le modèle a appelé des outils {rounds} fois de suite&#xa0;: l&apos;application l&apos;a donc interrompu. Demandez-lui de poursuivre si vous voulez la suite.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Wants to use {tool} from {server}</source>
        <translation>Souhaite utiliser {tool} de {server}</translation>
    </message>
    <message>
        <source>Wants to use {tool}</source>
        <translation>Souhaite utiliser {tool}</translation>
    </message>
    <message>
        <source>The model wants to use {tool} from {server}</source>
        <translation>Le modèle souhaite utiliser {tool} de {server}</translation>
    </message>
    <message>
        <source>The model wants to use {tool}</source>
        <translation>Le modèle souhaite utiliser {tool}</translation>
    </message>
    <message>
        <source>Only reads</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Can change or delete things</source>
        <translation>Peut modifier ou supprimer des éléments</translation>
    </message>
    <message>
        <source>The tool does not describe itself.</source>
        <translation>L&apos;outil ne fournit aucune description.</translation>
    </message>
    <message>
        <source>This tool was not offered to the model; nothing is known about it.</source>
        <translation>Cet outil n&apos;a pas été proposé au modèle&#xa0;; on ne sait rien de lui.</translation>
    </message>
    <message>
        <source>These arguments are not valid JSON. They are shown as the model wrote them.</source>
        <translation>Ces arguments ne sont pas du JSON valide. Ils sont affichés tels que le modèle les a écrits.</translation>
    </message>
    <message>
        <source>These arguments are not a JSON object, which tools expect.</source>
        <translation>Ces arguments ne sont pas un objet JSON, contrairement à ce qu&apos;attendent les outils.</translation>
    </message>
    <message>
        <source>No arguments.</source>
        <translation>Aucun argument.</translation>
    </message>
    <message>
        <source>Running {tool}… {elapsed}</source>
        <translation>Exécution de {tool}… {elapsed}</translation>
    </message>
    <message>
        <source>Starting {tool}…</source>
        <translation>Démarrage de {tool}…</translation>
    </message>
    <message>
        <source>{tool} is waiting for its turn.</source>
        <translation>{tool} attend son tour.</translation>
    </message>
    <message>
        <source>{tool} was not run.</source>
        <translation>{tool} n&apos;a pas été exécuté.</translation>
    </message>
    <message>
        <source>Used {tool}</source>
        <translation>{tool} utilisé</translation>
    </message>
    <message>
        <source>{tool} did not work. The model was told what went wrong.</source>
        <translation>{tool} n&apos;a pas fonctionné. Le modèle a été informé de ce qui s&apos;est mal passé.</translation>
    </message>
    <message>
        <source>{tool} took too long and was stopped. The model was told.</source>
        <translation>{tool} a pris trop de temps et a été arrêté. Le modèle en a été informé.</translation>
    </message>
    <message>
        <source>You did not allow {tool}. The model was told.</source>
        <translation>Vous n&apos;avez pas autorisé {tool}. Le modèle en a été informé.</translation>
    </message>
    <message>
        <source>{tool} was stopped with the answer.</source>
        <translation>{tool} a été arrêté en même temps que la réponse.</translation>
    </message>
    <message>
        <source>The model asked for {tool} with arguments that make no sense, so it was not run.</source>
        <translation>Le modèle a demandé {tool} avec des arguments incohérents&#xa0;: l&apos;outil n&apos;a donc pas été exécuté.</translation>
    </message>
    <message>
        <source>The model asked for a tool that does not exist ({tool}), so nothing was run.</source>
        <translation>Le modèle a demandé un outil qui n&apos;existe pas ({tool})&#xa0;: rien n&apos;a été exécuté.</translation>
    </message>
    <message>
        <source>{used} · {duration}</source>
        <translation>{used} · {duration}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What the model was told</source>
        <translation>Ce qui a été transmis au modèle</translation>
    </message>
    <message>
        <source>Show all ({count} characters)</source>
        <translation>Tout afficher ({count} caractères)</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} characters.</source>
        <translation>Affichage des {shown} premiers caractères sur {total}.</translation>
    </message>
    <message>
        <source>● ready ({tools})</source>
        <translation>● prêt ({tools})</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>échec&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Connected, but the server offers no tools.</source>
        <translation>Connecté, mais le serveur ne propose aucun outil.</translation>
    </message>
    <message>
        <source>Connected: {tools} — {names}</source>
        <translation>Connecté&#xa0;: {tools} — {names}</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>Connexion impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>its program was not found — check the command, or install it</source>
        <translation>son programme est introuvable — vérifiez la commande, ou installez le programme</translation>
    </message>
    <message>
        <source>its program could not be started</source>
        <translation>son programme n&apos;a pas pu être lancé</translation>
    </message>
    <message>
        <source>its address did not answer — check the URL and your connection</source>
        <translation>son adresse n&apos;a pas répondu — vérifiez l&apos;URL et votre connexion</translation>
    </message>
    <message>
        <source>it started but did not answer like a tool server</source>
        <translation>il a démarré mais n&apos;a pas répondu comme un serveur d&apos;outils</translation>
    </message>
    <message>
        <source>it stopped; it is started again shortly</source>
        <translation>il s&apos;est arrêté&#xa0;; il va redémarrer sous peu</translation>
    </message>
    <message>
        <source>a secret value it needs is missing — enter it again in Settings → Tools</source>
        <translation>une valeur secrète dont il a besoin est manquante — saisissez-la à nouveau dans Paramètres → Outils</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>Tools let the model use other programs — a calendar, a ticket tracker, files — through MCP servers. Each use asks you first unless you allow the tool always.</source>
        <translation>Les outils permettent au modèle d&apos;utiliser d&apos;autres programmes — un agenda, un outil de suivi des tickets, des fichiers — par l&apos;intermédiaire de serveurs MCP. Chaque utilisation vous demande d&apos;abord votre accord, sauf si vous autorisez l&apos;outil en permanence.</translation>
    </message>
    <message>
        <source>Saved in {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>Serveurs d&apos;outils</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No tool servers yet. Add one, or ask your IT contact for an mcp.json file.</source>
        <translation>Aucun serveur d&apos;outils pour l&apos;instant. Ajoutez-en un, ou demandez un fichier mcp.json à votre contact informatique.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Ajouter un serveur d&apos;outils</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the tool server</source>
        <translation>Modifier le serveur d&apos;outils</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the tool server</source>
        <translation>Supprimer le serveur d&apos;outils</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Test the tool server</source>
        <translation>Tester le serveur d&apos;outils</translation>
    </message>
    <message>
        <source>Connect to the server and list its tools</source>
        <translation>Se connecter au serveur et lister ses outils</translation>
    </message>
    <message>
        <source>Tick to use this server; untick to keep it but not start it</source>
        <translation>Cochez pour utiliser ce serveur&#xa0;; décochez pour le conserver sans le démarrer</translation>
    </message>
    <message>
        <source>{server} ({set_by})</source>
        <translation>{server} ({set_by})</translation>
    </message>
    <message>
        <source>Allowed without asking: {tools}</source>
        <translation>Autorisés sans demander&#xa0;: {tools}</translation>
    </message>
    <message>
        <source>Every tool of this server asks before it runs.</source>
        <translation>Chaque outil de ce serveur demande votre accord avant de s&apos;exécuter.</translation>
    </message>
    <message>
        <source>Remove tool server?</source>
        <translation>Supprimer le serveur d&apos;outils&#xa0;?</translation>
    </message>
    <message>
        <source>Remove the server “{name}”?</source>
        <translation>Supprimer le serveur «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The model can no longer use its tools. Chats that used them keep what they showed.</source>
        <translation>Le modèle ne pourra plus utiliser ses outils. Les conversations qui les ont utilisés conservent ce qu&apos;ils ont affiché.</translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation>Connexion à {name}…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test annulé.</translation>
    </message>
</context>
<context>
    <name>ToolsRow</name>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Use tools in this chat</source>
        <translation>Utiliser les outils ici</translation>
    </message>
    <message>
        <source>When on, the model may ask to use these tools in this chat</source>
        <translation>Si cette option est activée, le modèle peut demander à utiliser ces outils dans cette conversation</translation>
    </message>
    <message>
        <source>Tools: {servers} ({tools})</source>
        <translation>Outils&#xa0;: {servers} ({tools})</translation>
    </message>
    <message>
        <source>Tools: none working</source>
        <translation>Outils&#xa0;: aucun ne fonctionne</translation>
    </message>
    <message>
        <source>Not working: {servers}</source>
        <translation>Ne fonctionnent pas&#xa0;: {servers}</translation>
    </message>
    <message>
        <source>{server}: {reason}</source>
        <translation>{server}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>Desktop Chat {version} is available.</source>
        <translation>Desktop Chat {version} est disponible.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>Usage chart</source>
        <translation>Graphique d&apos;utilisation</translation>
    </message>
    <message>
        <source>Tokens per month</source>
        <translation>Jetons par mois</translation>
    </message>
    <message>
        <source>Estimated cost per month</source>
        <translation>Coût estimé par mois</translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation>Jetons par jour</translation>
    </message>
    <message>
        <source>Estimated cost per day</source>
        <translation>Coût estimé par jour</translation>
    </message>
    <message>
        <source>{what}; the highest: {when}.</source>
        <translation>{what}&#xa0;; le plus élevé&#xa0;: {when}.</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Jetons en entrée</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Jetons en sortie</translation>
    </message>
    <message>
        <source>Estimated cost (US dollars)</source>
        <translation>Coût estimé (dollars US)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>Total des jetons</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coût estimé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>{amount} + inconnu</translation>
    </message>
    <message>
        <source>No price is known for this model, so its cost can&apos;t be estimated.</source>
        <translation>Aucun prix n&apos;est connu pour ce modèle&#xa0;: son coût ne peut pas être estimé.</translation>
    </message>
    <message>
        <source>Some of these tokens are of a model with no known price: the real cost is higher than the estimate.</source>
        <translation>Une partie de ces jetons provient d&apos;un modèle sans prix connu&#xa0;: le coût réel est supérieur à l&apos;estimation.</translation>
    </message>
    <message>
        <source>An estimate from list prices per million tokens.</source>
        <translation>Estimation fondée sur les tarifs publics par million de jetons.</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>Modèle inconnu</translation>
    </message>
    <message>
        <source>Deleted chats (summaries and titles)</source>
        <translation>Conversations supprimées (résumés et titres)</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>Conversation sans titre</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Requests: {requests} · Tokens: {total} ({input} in, {output} out) · Estimated cost: {cost}</source>
        <translation>Demandes&#xa0;: {requests} · Jetons&#xa0;: {total} ({input} en entrée, {output} en sortie) · Coût estimé&#xa0;: {cost}</translation>
    </message>
    <message>
        <source>summaries of long chats: {tokens} tokens ({cost})</source>
        <translation>résumés des longues conversations&#xa0;: {tokens} jetons ({cost})</translation>
    </message>
    <message>
        <source>chat titles: {tokens} tokens ({cost})</source>
        <translation>titres des conversations&#xa0;: {tokens} jetons ({cost})</translation>
    </message>
    <message>
        <source>Included above, the app&apos;s own requests — {parts}.</source>
        <translation>Inclus ci-dessus, les demandes propres à l&apos;application — {parts}.</translation>
    </message>
    <message>
        <source>Costs are estimates from list prices per million tokens; your gateway&apos;s bill may differ. “unknown” means no price is known for that model. Only answers whose gateway reported their token counts are counted.</source>
        <translation>Les coûts sont des estimations fondées sur les tarifs publics par million de jetons&#xa0;; la facture de votre passerelle peut être différente. «&#xa0;inconnu&#xa0;» signifie qu&apos;aucun prix n&apos;est connu pour ce modèle. Seules les réponses dont la passerelle a indiqué le nombre de jetons sont comptabilisées.</translation>
    </message>
    <message>
        <source>No usage yet. Tokens are counted for each answer once the gateway reports them.</source>
        <translation>Aucune utilisation pour l&apos;instant. Les jetons sont comptabilisés pour chaque réponse dès que la passerelle les indique.</translation>
    </message>
    <message>
        <source>No usage in this period yet. Tokens are counted for each answer once the gateway reports them; choose a longer period to see earlier chats.</source>
        <translation>Aucune utilisation sur cette période pour l&apos;instant. Les jetons sont comptabilisés pour chaque réponse dès que la passerelle les indique&#xa0;; choisissez une période plus longue pour voir les conversations plus anciennes.</translation>
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
Demandes&#xa0;: {requests}
Jetons en entrée&#xa0;: {input}
Jetons en sortie&#xa0;: {output}
Coût estimé&#xa0;: {cost}</translation>
    </message>
    <message>
        <source>The usage could not be shown: {reason}</source>
        <translation>Impossible d&apos;afficher l&apos;utilisation&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>UsageWindow</name>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>Afficher par</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Chart shows</source>
        <translation>Le graphique affiche</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>Show &amp;by:</source>
        <translation>Afficher pa&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Graphique&#xa0;:</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>About the estimates</source>
        <translation>À propos des estimations</translation>
    </message>
    <message>
        <source>Usage table</source>
        <translation>Tableau d&apos;utilisation</translation>
    </message>
    <message>
        <source>No usage</source>
        <translation>Aucune utilisation</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Export usage</source>
        <translation>Exporter l&apos;utilisation</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Feuille de calcul CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The CSV file was not saved: {reason}</source>
        <translation>Le fichier CSV n&apos;a pas été enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Saved {name} ({when}).</source>
        <translation>{name} enregistré ({when}).</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>This computer has no password store, so your key can be kept only until you close the app.</source>
        <translation>Cet ordinateur n&apos;a pas de gestionnaire de mots de passe&#xa0;: votre clé ne peut être conservée que jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <source>This address uses plain HTTP: your key would travel unencrypted.</source>
        <translation>Cette adresse utilise le protocole HTTP non chiffré&#xa0;: votre clé circulerait en clair.</translation>
    </message>
    <message>
        <source>Test and continue</source>
        <translation>Tester et continuer</translation>
    </message>
    <message>
        <source>Keep for this session and continue</source>
        <translation>Conserver pour cette session et continuer</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Desktop Chat</source>
        <translation>Bienvenue dans Desktop Chat</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Paste the API key you were given to start chatting. You can change it later in Settings.</source>
        <translation>Collez la clé d&apos;API qui vous a été fournie pour commencer à discuter. Vous pourrez la modifier plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Adresse de la passerelle</translation>
    </message>
    <message>
        <source>The address of your organisation&apos;s chat gateway</source>
        <translation>L&apos;adresse de la passerelle de conversation de votre organisation</translation>
    </message>
    <message>
        <source>Your key is kept in {location}, never in a file.</source>
        <translation>Votre clé est conservée dans {location}, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Keep the key only until I close the app</source>
        <translation>Ne conserver la clé que jusqu&apos;à la fermeture de l&apos;application</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Conserver pour cette session uniquement</translation>
    </message>
    <message>
        <source>Try the offline demo (no key needed)</source>
        <translation>Essayer la démo hors ligne (aucune clé nécessaire)</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>Essayer la démo hors ligne</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>Check the key and the address with the gateway, then start</source>
        <translation>Vérifier la clé et l&apos;adresse auprès de la passerelle, puis commencer</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clé d&apos;API</translation>
    </message>
    <message>
        <source>Gateway &amp;address</source>
        <translation>&amp;Adresse de la passerelle</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>About Desktop Chat</source>
        <translation>À propos de Desktop Chat</translation>
    </message>
    <message>
        <source>Chat with the models of your organisation&apos;s gateway. Your chats are kept on this computer in:
{folder}</source>
        <translation>Discutez avec les modèles de la passerelle de votre organisation. Vos conversations sont conservées sur cet ordinateur, dans&#xa0;:
{folder}</translation>
    </message>
</context>
</TS>
