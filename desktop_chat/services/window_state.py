"""Where the window was left: its geometry, whether the sidebar shows, the panels' sizes.

Why apart from the settings: this is not something the person chose in a dialog, it changes each
time the window is moved, and it must never overwrite (or be overwritten by) a settings change.
It lives in `AppPaths.state_file`, written atomically; a missing or damaged file (or a value of the
wrong kind) gives the defaults — losing where the window was is never worth a warning.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from desktop_chat.paths import AppPaths, write_text_atomically

log = logging.getLogger(__name__)

STATE_VERSION = 1
_MAX_PANEL_PX = 100_000


@dataclass(frozen=True, slots=True)
class WindowState:
    """`geometry`: base64 of QWidget.saveGeometry() ("" = the default size and place);
    `panel_sizes`: the main splitter's sizes in pixels, left to right (() = the default)."""

    geometry: str = ""
    sidebar_visible: bool = True
    panel_sizes: tuple[int, ...] = ()


def read_window_state(paths: AppPaths) -> WindowState:
    """The state saved at the last quit, or the defaults."""
    try:
        data = json.loads(paths.state_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return WindowState()
    except (OSError, ValueError, RecursionError) as exc:
        log.warning("window state unreadable (%s); using the defaults", type(exc).__name__)
        return WindowState()
    if not isinstance(data, dict):
        return WindowState()
    return _from_dict(data)


def write_window_state(paths: AppPaths, state: WindowState) -> None:
    """Save atomically (raises OSError when the folder can't be written)."""
    payload = {
        "version": STATE_VERSION,
        "geometry": state.geometry,
        "sidebar_visible": state.sidebar_visible,
        "panel_sizes": list(state.panel_sizes),
    }
    write_text_atomically(paths.state_file, json.dumps(payload, indent=2) + "\n", durable=False)


def _from_dict(data: dict[str, Any]) -> WindowState:
    default = WindowState()
    geometry = data.get("geometry")
    sidebar = data.get("sidebar_visible")
    sizes = data.get("panel_sizes")
    good_sizes = isinstance(sizes, list) and all(
        isinstance(n, int) and not isinstance(n, bool) and 0 <= n <= _MAX_PANEL_PX for n in sizes
    )
    return WindowState(
        geometry=geometry if isinstance(geometry, str) else default.geometry,
        sidebar_visible=sidebar if isinstance(sidebar, bool) else default.sidebar_visible,
        panel_sizes=tuple(sizes) if good_sizes and isinstance(sizes, list) else default.panel_sizes,
    )
