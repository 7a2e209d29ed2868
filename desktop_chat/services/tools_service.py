"""The tools the chats offer: the person's (or IT's) `mcp.json`, the host running its servers, and
what was allowed for good.

The system policy adds the organisation's servers (`mcp_servers`, same shape): they run beside the
person's, cannot be edited or removed (`is_organisations`), and win a name clash; with
`allow_own_mcp_servers: false` only they run and saving servers of one's own is refused.

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
from desktop_chat.policy import NO_POLICY, Policy
from desktop_chat.services.refusals import Forbidden, NotAllowed

if TYPE_CHECKING:
    from desktop_chat.services.tools.config import ConfigProblem, ServerConfig
    from desktop_chat.services.tools.host import ServerStatus, TestReport, ToolHost

log = logging.getLogger(__name__)


class ToolsService:
    """See the module docstring; also the chat service's `ToolRunner`."""

    def __init__(self, config_file: Path, *, on_change: Callable[[], None] = lambda: None,
                 host_factory: Callable[[Callable[[ServerStatus], None]], ToolHost] | None = None,
                 policy: Policy = NO_POLICY) -> None:
        """`on_change()` is called on the host's thread when a server's state or tools change."""
        self.config_file = config_file
        self.policy = policy
        self._organisations: frozenset[str] = frozenset()  # the names of the policy's servers
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
        own, own_problems = loaded.servers, loaded.problems
        theirs, their_problems = self._policy_servers()
        self._organisations = frozenset(c.name for c in theirs)
        if not self.policy.own_mcp_servers_allowed:
            own = ()
        self._configs = (*theirs, *(c for c in own if c.name not in self._organisations))
        self.problems = (*their_problems, *own_problems)
        for problem in loaded.problems:
            log.warning("mcp.json: %s %s %s", problem.kind.value, problem.server or "", problem.field or "")
        if self._configs or self._host is not None:
            self._ensure_host().start(self._configs)

    def configs(self) -> tuple[ServerConfig, ...]:
        return self._configs

    def is_organisations(self, name: str) -> bool:
        """Is server `name` the organisation's (from the system policy: not editable or removable)?"""
        return name in self._organisations

    @property
    def own_servers_allowed(self) -> bool:
        return self.policy.own_mcp_servers_allowed

    def _policy_servers(self) -> tuple[tuple[ServerConfig, ...], tuple[ConfigProblem, ...]]:
        if self.policy.mcp_servers is None:
            return (), ()
        import json
        from pathlib import Path

        from desktop_chat.services.tools.config import ROOT_KEY, parse_config

        text = json.dumps({ROOT_KEY: json.loads(self.policy.mcp_servers)})
        loaded = parse_config(text, Path("policy:mcp_servers"))
        return loaded.servers, loaded.problems

    def _own(self, servers: tuple[ServerConfig, ...]) -> tuple[ServerConfig, ...]:
        return tuple(c for c in servers if c.name not in self._organisations)

    def statuses(self) -> tuple[ServerStatus, ...]:
        return () if self._host is None else self._host.statuses()

    def save(self, servers: tuple[ServerConfig, ...]) -> None:
        """The person's edits from Settings → Tools: secret values typed into them go to the keyring
        (the file keeps a placeholder), then `mcp.json` is written and applied. Blocking (keyring,
        file): call it off the UI thread."""
        from desktop_chat.services.tools.config import save_config
        from desktop_chat.services.tools.secret_store import McpSecretStore

        own = self._own(servers)  # the organisation's stay as the policy says, and out of mcp.json
        if own and not self.policy.own_mcp_servers_allowed:
            raise NotAllowed(Forbidden.OWN_MCP_SERVERS)
        store = McpSecretStore()
        kept = tuple(store.store_secrets(c) for c in own)
        save_config(self.config_file, kept)
        theirs = tuple(c for c in self._configs if c.name in self._organisations)
        self._configs = (*theirs, *kept)
        self._ensure_host().start(self._configs)

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
        if spec.server in self._organisations:
            return  # the organisation's server: for this session (mcp.json holds only the person's)
        changed = self._own(changed)

        def write() -> None:
            try:
                save_config(self.config_file, changed)
            except OSError:
                log.warning("mcp.json could not be written: 'always allow' holds for this session only")

        threading.Thread(target=write, name="desktop-chat-mcp-json", daemon=True).start()
