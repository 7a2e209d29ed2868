"""Show a ChatView with sample messages, or save a screenshot of it (not collected by pytest).

.venv/bin/python -m tests.gui.show_chat_view                 # a window (needs a display)
QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.show_chat_view --png shot.png [--dark]
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_chat.domain import FinishReason, MessageStatus, Role
from desktop_chat.ui.chat.view import ChatView
from desktop_chat.ui.notices import Notice, NoticeAction, NoticeKind
from tests.gui.helpers import entry, sample_entries


def build(dark: bool) -> ChatView:
    view = ChatView()
    view.set_dark(dark)
    entries = sample_entries()
    entries.append(entry(5, Role.USER, "Make it shorter."))
    entries.append(
        entry(
            6,
            Role.ASSISTANT,
            "Sure — here is a shorter version:\n\n1. Revenue **+12%**\n2. Costs flat",
            finish=FinishReason.LENGTH,
        )
    )
    entries.append(entry(7, Role.USER, "Thanks! One more thing…"))
    entries.append(
        entry(
            8,
            Role.ASSISTANT,
            "Of course. Let me",
            status=MessageStatus.STREAMING,
            reasoning="Thinking about the request",
        )
    )
    view.set_conversation(1, entries)
    view.show_notice(Notice(
        "The model service is having trouble — trying again in 4 s…", NoticeAction.STOP_TRYING, "Stop trying",
        "HTTP 503 from https://gateway.example.com/v1/chat/completions", kind=NoticeKind.WARNING,
    ))
    return view


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--png")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scroll", type=int, default=None, help="scroll to this message id")
    parser.add_argument("--size", default="900x1100")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    view = build(args.dark)
    w, h = (int(v) for v in args.size.split("x"))
    view.resize(w, h)
    view.show()
    if args.scroll is not None:
        view.scroll_to_message(args.scroll)
    if args.png:

        def shoot() -> None:
            card = view.card_for(2)
            if card is not None and not card.reasoning_button.isChecked():
                card.reasoning_button.setChecked(True)
            app.processEvents()
            view.grab().save(args.png)
            app.quit()

        QTimer.singleShot(300, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
