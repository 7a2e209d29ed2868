"""The words for why a use case did not run: one sentence per `Refusal`.

Why here: the services refuse with a typed `Refusal` (inside `NothingToDo`) and never write a
sentence; this is the one place those values become words, through Qt's translation function
(context "Refusals"), so the app's English is written once and can be translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_chat.domain import Refusal


def refusal_text(refusal: Refusal) -> str:
    """The status line (or banner) for a use case that did not apply; nothing was sent or saved."""
    texts = {
        Refusal.NOTHING_TO_SEND: QCoreApplication.translate("Refusals", "There is nothing to send."),
        Refusal.BUSY: QCoreApplication.translate(
            "Refusals", "Wait for the answer to finish, or stop it first."
        ),
        Refusal.NO_KEY: QCoreApplication.translate("Refusals", "Add your API key to start chatting."),
        Refusal.CHAT_GONE: QCoreApplication.translate("Refusals", "This chat no longer exists."),
        Refusal.MESSAGE_GONE: QCoreApplication.translate("Refusals", "This message no longer exists."),
        Refusal.ONLY_OWN_MESSAGES_EDITABLE: QCoreApplication.translate(
            "Refusals", "Only your own messages can be edited."
        ),
        Refusal.ONLY_ANSWERS_REGENERATE: QCoreApplication.translate(
            "Refusals", "Only an answer can be regenerated."
        ),
        Refusal.ONLY_ANSWERS_CONTINUE: QCoreApplication.translate(
            "Refusals", "Only an answer can be continued."
        ),
        Refusal.ALREADY_COMPLETE: QCoreApplication.translate("Refusals", "This answer is already complete."),
        Refusal.CANNOT_SEND_AGAIN: QCoreApplication.translate(
            "Refusals", "This message can't be sent again."
        ),
        Refusal.MESSAGE_TOO_LONG: QCoreApplication.translate(
            "Refusals", "This message alone is longer than the model can read. Shorten it, or choose a "
            "model with a larger context window in the sidebar. Your text is still in the message box."
        ),
        Refusal.IMAGES_NOT_SUPPORTED: QCoreApplication.translate(
            "Refusals", "This model can't see images. Choose a model that can (Claude or Gemini) in the "
            "sidebar, or remove the images. Your message and files are still in the message box."
        ),
        Refusal.ATTACHMENTS_NOT_READY: QCoreApplication.translate(
            "Refusals", "A file is still being read. Wait a moment, or remove it, then send."
        ),
        Refusal.TOO_MANY_TOOL_ROUNDS: QCoreApplication.translate(
            "Refusals", "The model kept calling tools, so the app stopped it. Ask it to go on if you want "
            "more."
        ),
        Refusal.NOTHING_TO_SUMMARISE: QCoreApplication.translate(
            "Refusals", "Every earlier message is already sent to the model: there is nothing to summarise."
        ),
        Refusal.NOT_ALLOWED: QCoreApplication.translate(
            "Refusals", "Your organisation does not allow this. Ask your IT department if you need it."
        ),
    }
    return texts[refusal]
