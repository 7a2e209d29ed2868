"""Test hooks of the shell: what the chat shows, written to a file for the end-to-end test.

Why: the end-to-end test drives the real app under Xvfb and cannot look inside it; with
DESKTOP_CHAT_E2E_DUMP set, the shell writes what the window shows whenever an answer ends.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget


class E2EHooks:
    """Mixed into Shell."""

    _e2e_dump: Path | None
    chat_view: Any

    def _visible_chat_text(self) -> str:
        """What the chat view shows right now (its visible text widgets), for the e2e test."""
        self.chat_view.flush_pending_updates()
        return "\n".join(_visible_texts(self.chat_view))

    def enable_e2e_dump(self, path: str) -> None:
        self._e2e_dump = Path(path)

    def _write_e2e_dump(self, cid: int) -> None:
        assert self._e2e_dump is not None
        data = {
            "conversation_id": cid,
            "current_id": self.current_id,
            "window_title": self.window.windowTitle(),
            "status": [
                self.status.connection_label.text(), self.status.answer_text(), self.status.usage_text()
            ],
            "chat_text": self._visible_chat_text(),
            "messages": [
                {"role": m.role.value, "content": m.content, "status": m.status.value}
                for m in self.store.branch(cid)
            ],
        }
        tmp = self._e2e_dump.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        tmp.replace(self._e2e_dump)


def _visible_texts(root: QWidget) -> list[str]:
    from PySide6.QtWidgets import QLabel, QTextEdit

    texts = [w.toPlainText() for w in root.findChildren(QTextEdit) if w.isVisible()]
    texts += [w.text() for w in root.findChildren(QLabel) if w.isVisible() and w.text()]
    return texts
