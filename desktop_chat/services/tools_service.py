"""The tools the chats offer: the person's (or IT's) `mcp.json`, the host running its servers, and
what was allowed for good.

Why a service: the chat service needs "which tools, and how to run one" (a `ToolRunner`), the
window needs the servers' states (sidebar, Settings → Tools), and "Always allow this tool" must
outlive the app (it becomes the server's `autoApprove` in `mcp.json`, the same list IT writes).
Nothing here starts before the first paint: `start()` reads the file and hands the servers to the
host, which connects them on its own thread; the SDK is imported there, not at start-up.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_chat.domain import ToolResult, ToolSpec

if TYPE_CHECKING:
    from desktop_chat.services.tools.config import ConfigProblem, ServerConfig
    from desktop_chat.services.tools.host import ServerStatus, TestReport, ToolHost

log = logging.getLogger(__name__)


class ToolsService:
    """See the module docstring; also the chat service's `ToolRunner`."""

    def __init__(self, config_file: Path, *, on_change: Callable[[], None] = lambda: None,
                 host_factory: Callable[[Callable[[ServerStatus], None]], ToolHost] | None = None) -> None:
        """`on_change()` is called on the host's thread when a server's state or tools change."""
        self.config_file = config_file
        self._on_change = on_change
        self._host_factory = host_factory
        self._host: ToolHost | None = None
        self._configs: tuple[ServerConfig, ...] = ()
        self.problems: tuple[ConfigProblem, ...] = ()
        self._always: set[tuple[str, str]] = set()  # (server, tool) allowed for good this session

    def set_on_change(self, on_change: Callable[[], None]) -> None:
        """Who hears of servers' changes (called on the host's thread)."""
        self._on_change = on_change

    # --- servers -------------------------------------------------------------------------------
    def start(self) -> None:
        """Read `mcp.json` and run its enabled servers (in the background; returns at once)."""
        from desktop_chat.services.tools.config import load_config

        loaded = load_config(self.config_file)
        self._configs, self.problems = loaded.servers, loaded.problems
        for problem in loaded.problems:
            log.warning("mcp.json: %s %s %s", problem.kind.value, problem.server or "", problem.field or "")
        if self._configs or self._host is not None:
            self._ensure_host().start(self._configs)

    def configs(self) -> tuple[ServerConfig, ...]:
        return self._configs

    def statuses(self) -> tuple[ServerStatus, ...]:
        return () if self._host is None else self._host.statuses()

    def save(self, servers: tuple[ServerConfig, ...]) -> None:
        """The person's edits from Settings → Tools: secret values typed into them go to the keyring
        (the file keeps a placeholder), then `mcp.json` is written and applied. Blocking (keyring,
        file): call it off the UI thread."""
        from desktop_chat.services.tools.config import save_config
        from desktop_chat.services.tools.secret_store import McpSecretStore

        store = McpSecretStore()
        kept = tuple(store.store_secrets(c) for c in servers)
        save_config(self.config_file, kept)
        self._configs = kept
        self._ensure_host().start(kept)

    async def test(self, config: ServerConfig) -> TestReport:
        return await self._ensure_host().test(config)

    async def aclose(self) -> None:
        if self._host is not None:
            await self._host.aclose()

    def _ensure_host(self) -> ToolHost:
        if self._host is None:
            if self._host_factory is not None:
                self._host = self._host_factory(lambda _status: self._on_change())
            else:
                from desktop_chat.services.tools.host import ToolHost
                from desktop_chat.services.tools.secret_store import McpSecretStore

                self._host = ToolHost(secret_store=McpSecretStore(),
                                      on_change=lambda _status: self._on_change())
        return self._host

    # --- the chat service's ToolRunner --------------------------------------------------------------
    def runner(self) -> ToolsService | None:
        """Self when some server is configured and enabled (else the chats offer no tools)."""
        return self if any(not c.disabled for c in self._configs) and self._host is not None else None

    def tools(self) -> tuple[ToolSpec, ...]:
        return () if self._host is None else self._host.tools()

    async def settled(self, timeout_s: float = 15.0) -> None:
        """Wait (bounded) while servers are still starting — a message sent right after the app
        opened would otherwise go out without the tools that are about to be ready."""
        import asyncio

        from desktop_chat.services.tools.host import ServerState

        deadline = asyncio.get_running_loop().time() + timeout_s
        while any(s.state is ServerState.STARTING for s in self.statuses()) \
                or (self._configs and not self.statuses()):
            if asyncio.get_running_loop().time() > deadline:
                return
            await asyncio.sleep(0.05)

    async def call(self, name: str, arguments: dict[str, object], *, timeout_s: float) -> ToolResult:
        assert self._host is not None, "tools are offered only once the host runs"
        return await self._host.call(name, arguments, timeout_s=timeout_s)

    def auto_approved(self, spec: ToolSpec) -> bool:
        if self._host is not None and self._host.is_auto_approved(spec.name):
            return True
        return (spec.server, spec.tool) in self._always

    def always_allow(self, spec: ToolSpec) -> None:
        """"Always allow this tool": from now on, and in `mcp.json`'s autoApprove for next time
        (the running server is not restarted for it; the file is written on a thread of its own)."""
        import threading

        from desktop_chat.services.tools.config import save_config

        self._always.add((spec.server, spec.tool))
        changed = tuple(dataclasses.replace(c, auto_approve=c.auto_approve | {spec.tool})
                        if c.name == spec.server else c for c in self._configs)
        self._configs = changed

        def write() -> None:
            try:
                save_config(self.config_file, changed)
            except OSError:
                log.warning("mcp.json could not be written: 'always allow' holds for this session only")

        threading.Thread(target=write, name="desktop-chat-mcp-json", daemon=True).start()
