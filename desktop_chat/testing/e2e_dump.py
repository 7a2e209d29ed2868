"""DESKTOP_CHAT_E2E_DUMP=<file>: write what the chat shows to <file> whenever an answer ends.

Why: the end-to-end test drives the real app under Xvfb with xdotool and cannot look inside it.
Attached by the composition root only when the variable is set, this listens to the window's
streaming signals and writes, atomically, the visible chat text, the window title, the status
bar and the saved messages of that chat.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QTextEdit, QWidget


class E2EDump:
    def __init__(self, root: Any, path: str) -> None:
        self._root = root
        self._path = Path(path)
        root.streaming.answerEnded.connect(lambda event: self.write(event.conversation_id))
        root.chat_screen.answerSavedLater.connect(self.write)

    def visible_chat_text(self) -> str:
        """What the chat view shows right now (its visible text widgets)."""
        view = self._root.chat_view
        view.flush_pending_updates()
        return "\n".join(visible_texts(view))

    def write(self, cid: int) -> None:
        root = self._root
        status = root.status
        data = {
            "conversation_id": cid,
            "current_id": root.current.id,
            "window_title": root.window.windowTitle(),
            "status": [status.connection_text(), status.answer_text(), status.usage_text()],
            "chat_text": self.visible_chat_text(),
            "messages": [
                {"role": b.message.role.value, "content": b.message.content, "status": b.message.status.value}
                for b in root.session.conversations.branch(cid)
            ],
        }
        tmp = self._path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        tmp.replace(self._path)


def visible_texts(root: QWidget) -> list[str]:
    texts = [w.toPlainText() for w in root.findChildren(QTextEdit) if w.isVisible()]
    texts += [w.text() for w in root.findChildren(QLabel) if w.isVisible() and w.text()]
    return texts
