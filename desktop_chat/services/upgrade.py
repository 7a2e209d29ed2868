"""Hand over, once, what an older version kept in settings.json and now lives elsewhere.

Why: the new chat's draft now lives in the history (like every other draft) and the window's
geometry and sidebar in the window state file. A person upgrading must find their half-typed
message and their window where they left them; after the hand-over settings.json is rewritten
without those fields, so it happens once. Nothing is lost when the history can't be written: the
file is then left as it was and the next start tries again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from desktop_chat.services.window_state import WindowState, write_window_state
from desktop_chat.settings import LoadedSettings, save_settings
from desktop_chat.store import StoreError

if TYPE_CHECKING:
    from desktop_chat.paths import AppPaths
    from desktop_chat.store import HistoryStore

log = logging.getLogger(__name__)


def carry_over_old_settings(paths: AppPaths, loaded: LoadedSettings, store: HistoryStore) -> bool:
    """Move `loaded.left_over` to the store and the state file; True if anything was handed over.

    A draft already kept by the store wins (it is newer), and so does an existing state file.
    """
    left = loaded.left_over
    if left.empty:
        return False
    try:
        if left.new_chat_draft and not store.pending_draft():
            store.save_pending_draft(left.new_chat_draft)
        if (left.window_geometry or left.sidebar_visible is not None) and not paths.state_file.exists():
            sidebar = True if left.sidebar_visible is None else left.sidebar_visible
            write_window_state(paths, WindowState(geometry=left.window_geometry, sidebar_visible=sidebar))
        save_settings(paths, loaded.settings)  # without the old fields: done once
    except (StoreError, OSError) as exc:
        log.warning("old settings not handed over yet (%s); next start tries again", type(exc).__name__)
        return False
    log.info("moved the new chat's draft and the window state out of settings.json")
    return True
