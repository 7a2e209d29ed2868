"""What the window says as it opens about something found at start-up (a damaged settings file)."""

from __future__ import annotations

from desktop_chat.services import DamagedSettings
from desktop_chat.ui.notices import Notice, NoticeKind


def settings_notice(damaged: DamagedSettings | None) -> Notice | None:
    if damaged is None:
        return None
    from desktop_chat.ui.words.settings_file import damaged_settings_text

    return Notice(damaged_settings_text(damaged), kind=NoticeKind.WARNING, topic="settings")
