"""The tools service: "Always allow this tool" holds at once and lands in mcp.json's autoApprove
(written off the caller's thread), without restarting the server."""

from __future__ import annotations

import json
import time
from pathlib import Path

from desktop_chat.domain import ToolSpec
from desktop_chat.services.tools_service import ToolsService


class _Host:
    """Stands in for the ToolHost: records what it is asked to run."""

    def __init__(self) -> None:
        self.started: list[tuple[object, ...]] = []

    def start(self, configs) -> None:
        self.started.append(tuple(configs))

    def is_auto_approved(self, name: str) -> bool:
        return False


def test_always_allow_holds_at_once_and_is_written_to_auto_approve(tmp_path: Path) -> None:
    config = tmp_path / "mcp.json"
    config.write_text(json.dumps({"mcpServers": {"time": {"command": "mcp-server-time", "note": "kept"}}}),
                      encoding="utf-8")
    host = _Host()
    service = ToolsService(config, host_factory=lambda _on_change: host)  # type: ignore[arg-type,return-value]
    service.start()
    spec = ToolSpec("get_current_time", "", "{}", server="time", tool="get_current_time")
    assert not service.auto_approved(spec)
    service.always_allow(spec)
    assert service.auto_approved(spec)
    deadline = time.monotonic() + 5
    while "autoApprove" not in config.read_text(encoding="utf-8") and time.monotonic() < deadline:
        time.sleep(0.02)
    saved = json.loads(config.read_text(encoding="utf-8"))["mcpServers"]["time"]
    assert saved["autoApprove"] == ["get_current_time"] and saved["note"] == "kept"
    assert len(host.started) == 1  # the running server was not restarted for it
