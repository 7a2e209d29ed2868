"""Settings → Tools and the runtime, translated both ways: servers as `mcp.json` has them ↔ as the
page edits them, and the servers' states as the page and the sidebar show them.

Why a module of its own: the page is passive and has its own small types (`ServerDraft`,
`ServerLight`); the runtime has `ServerConfig` and `ServerStatus`. Secrets cross here with care: a
value kept in the keyring comes to the page as `None` (shown ••••, never read back), and a value the
person typed for a secret line goes back as itself, for the tools service to move into the keyring.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from desktop_chat.services import (
    SECRET_PLACEHOLDER,
    ServerConfig,
    ServerState,
    ServerStatus,
    TestReport,
    ToolsService,
    Transport,
)
from desktop_chat.ui.dialogs.tools_page import (
    ServerDraft,
    ServerKind,
    ServerLight,
    SettingLine,
    StateKind,
    ToolsSetup,
)

_KINDS = {Transport.STDIO: ServerKind.STDIO, Transport.HTTP: ServerKind.HTTP}
_STATES = {ServerState.READY: StateKind.READY, ServerState.STARTING: StateKind.STARTING,
           ServerState.FAILED: StateKind.FAILED, ServerState.STOPPED: StateKind.OFF}


def _lines(values: Mapping[str, str], secret: frozenset[str]) -> tuple[SettingLine, ...]:
    return tuple(SettingLine(name, None if name in secret else value, name in secret)
                 for name, value in values.items())


def draft_of(config: ServerConfig) -> ServerDraft:
    return ServerDraft(
        name=config.name, kind=_KINDS[config.transport], command=config.command, args=config.args,
        env=_lines(config.env, config.secret_env), url=config.url,
        headers=_lines(config.headers, config.secret_headers), enabled=not config.disabled,
        auto_approve=tuple(sorted(config.auto_approve)),
    )  # fmt: skip


def _values(lines: Iterable[SettingLine]) -> tuple[dict[str, str], frozenset[str]]:
    values = {line.name: SECRET_PLACEHOLDER if line.value is None else line.value for line in lines}
    return values, frozenset(line.name for line in lines if line.secret)


def config_of(draft: ServerDraft) -> ServerConfig:
    """The server as `mcp.json` will hold it (secret values still in clear: the tools service moves
    them to the keyring before writing)."""
    env, secret_env = _values(draft.env)
    headers, secret_headers = _values(draft.headers)
    transport = Transport.STDIO if draft.kind is ServerKind.STDIO else Transport.HTTP
    return ServerConfig(
        name=draft.name, transport=transport, command=draft.command, args=draft.args, env=env,
        url=draft.url, headers=headers, disabled=not draft.enabled,
        auto_approve=frozenset(draft.auto_approve), secret_env=secret_env, secret_headers=secret_headers,
    )  # fmt: skip


def light_of(status: ServerStatus) -> ServerLight:
    """How the page and the sidebar show a server's state."""
    from desktop_chat.ui.words.tools import failure_text

    reason = failure_text(status.failure) if status.failure is not None else ""
    return ServerLight(_STATES[status.state], len(status.tools), reason)


def lights(statuses: Iterable[ServerStatus]) -> dict[str, ServerLight]:
    return {status.name: light_of(status) for status in statuses}


def tools_setup(tools: ToolsService) -> ToolsSetup:
    """What Settings → Tools starts with: the servers, the file, a tester, the states."""

    async def test(draft: ServerDraft) -> TestReport:
        return await tools.test(config_of(draft))

    return ToolsSetup(servers=tuple(draft_of(c) for c in tools.configs()), config_path=str(tools.config_file),
                      tester=test, states=lights(tools.statuses()))


async def save_tools(tools: ToolsService, drafts: Iterable[ServerDraft]) -> None:
    """The page's servers, saved (secrets into the keyring, then mcp.json) off the UI thread."""
    import asyncio

    configs = tuple(config_of(d) for d in drafts)
    await asyncio.to_thread(tools.save, configs)
