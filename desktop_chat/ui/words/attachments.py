"""The words for attached files: why one could not be attached, and what won't work when sending.

Why here: the attachment service reports typed values (`AttachProblem`, `IssueKind`); this is
the one place they become sentences, through Qt's translation (context "Attachments"), each
saying what happened and what helps, in the plain words the rest of the app uses.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_chat.services import AttachmentIssue, AttachProblem, IssueKind


def attach_problem_text(problem: AttachProblem, name: str) -> str:
    """The sentence for a file that could not be attached; the draft is unchanged."""
    texts = {
        AttachProblem.CANNOT_OPEN: QCoreApplication.translate(
            "Attachments", "“{name}” could not be opened. Check that the file still exists and that you "
            "may read it."),
        AttachProblem.UNSUPPORTED_TYPE: QCoreApplication.translate(
            "Attachments", "“{name}” is a kind of file the app can't read. You can attach pictures (PNG, "
            "JPEG, WebP, GIF), PDF, Word, Excel, PowerPoint, CSV and text files."),
        AttachProblem.TOO_BIG: QCoreApplication.translate(
            "Attachments", "“{name}” is too big to attach (the limit is 50 MB). Attach a smaller file or "
            "only the part you need."),
        AttachProblem.DAMAGED: QCoreApplication.translate(
            "Attachments", "“{name}” seems to be damaged and could not be read. Try saving it again from "
            "the program that made it."),
        AttachProblem.PASSWORD_PROTECTED: QCoreApplication.translate(
            "Attachments", "“{name}” is protected by a password. Save a copy without the password, then "
            "attach that."),
        AttachProblem.TIMED_OUT: QCoreApplication.translate(
            "Attachments", "Reading “{name}” took too long, so it was stopped. Try a smaller file, or "
            "copy the part you need into the message."),
        AttachProblem.TOO_COMPLEX: QCoreApplication.translate(
            "Attachments", "“{name}” is built in an unusual way that could overload the computer, so it "
            "was not opened."),
        AttachProblem.EMPTY: QCoreApplication.translate("Attachments", "“{name}” is empty."),
        AttachProblem.CANCELLED: QCoreApplication.translate(
            "Attachments", "Reading “{name}” was stopped; it was not attached."),
        AttachProblem.TOO_MANY: QCoreApplication.translate(
            "Attachments", "“{name}” was not attached: a message can carry up to 20 files. Send these "
            "first, or remove some."),
        AttachProblem.NOT_SAVED: QCoreApplication.translate(
            "Attachments", "“{name}” could not be saved in the history (is the disk full?). Nothing was "
            "attached."),
    }
    return texts[problem].format(name=_short(name))


def issue_text(issue: AttachmentIssue, model_name: str) -> str:
    """What won't work when the draft is sent, and what helps."""
    if issue.kind is IssueKind.MODEL_READS_NO_IMAGES:
        return QCoreApplication.translate(
            "Attachments", "{model} can't see images. Switch to a model that can, or remove the images."
        ).format(model=model_name)
    if issue.kind is IssueKind.SCAN_NOT_SENT:
        name = _short(issue.attachments[0].name)
        return QCoreApplication.translate(
            "Attachments", "“{name}” is a scan: it has no text the model can read. Send its pages as "
            "images instead?").format(name=name)
    from desktop_chat.ui.words.figures import count

    return QCoreApplication.translate(
        "Attachments", "“{name}” is too long for {model} (about {tokens} tokens; it reads {window}). "
        "Remove it, or switch to a model with a larger context window."
    ).format(name=_short(issue.attachments[0].name), model=model_name, tokens=count(issue.tokens),
             window=count(issue.window))


def reading_text(name: str) -> str:
    return QCoreApplication.translate("Attachments", "Reading {name}…").format(name=_short(name))


def _short(name: str, limit: int = 60) -> str:
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    return name if len(name) <= limit else name[: limit - 1] + "…"
