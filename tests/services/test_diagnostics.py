"""Help → Copy diagnostic report: every section, the connection test run for real, and no trace of a
secret — the key (from DESKTOP_CHAT_API_KEY), a proxy's password, a tool server's header — not even
in the log tail, which holds at most 200 lines. Real simulator, real proxy, real files in tmp_path."""

from __future__ import annotations

import asyncio
import json
import secrets
from dataclasses import dataclass

from _services_harness import FAST_RETRY
from _tiny_servers import ForwardingProxy

from desktop_chat.paths import app_paths
from desktop_chat.redact import MARKER
from desktop_chat.services.diagnostics import diagnostic_report, log_tail
from desktop_chat.services.session import Session
from desktop_chat.settings import AppSettings

# a key of the real shape, made for this run (no key-like literal in the repository)
LIVE_KEY = "sk-" + "live-" + secrets.token_hex(16)
PROXY_PASSWORD = "pr0xy-Pass-77zq"
MCP_SECRET = "mcp-hdr-secret-8812xyz"
MCP_TOKEN = "tok-env-secret-5531abc"
SECTIONS = (
    "== Desktop Chat diagnostic report ==", "== Versions ==", "== Operating system ==", "== Language ==",
    "== Data folders ==", "== Settings in force ==", "== Policy in force ==", "== Where the key is kept ==",
    "== Network ==", "== Connection test ==", "== Tool servers ==", "== Log (last 200 lines) ==",
)


def make_session(store, tmp_path, *, environ=None, settings=None) -> Session:
    paths = app_paths({"DESKTOP_CHAT_HOME": str(tmp_path / "home")}).ensure()
    return Session(paths, settings or AppSettings(), store, environ=environ or {}, keyring_timeout=3,
                   retry=FAST_RETRY)


def report_of(session: Session, **kw) -> str:
    async def main() -> str:
        try:
            if session.key_from_env:
                await session.load_key()
            return await diagnostic_report(session, ui_versions={"Qt": "6.9.0", "PySide6": "6.9.0"},
                                           ui_language="de_DE", **kw)
        finally:
            await session.aclose()

    return asyncio.run(asyncio.wait_for(main(), 30))


def write_mcp_config(session: Session) -> None:
    session.paths.mcp_config.write_text(json.dumps({"mcpServers": {
        "files": {"command": "/usr/local/bin/files-server", "args": ["--root", "/srv"],
                  "env": {"FILES_TOKEN": MCP_TOKEN, "LOG_LEVEL": "debug"}, "disabled": True},
        "wiki": {"url": "https://wiki.example/mcp?session=abc123",
                 "headers": {"Authorization": f"Bearer {MCP_SECRET}", "X-Team": MCP_SECRET + "-2"},
                 "disabled": True},
    }}), encoding="utf-8")
    session.tools.start()  # both disabled: read, nothing started


def write_old_log(session: Session, lines: int = 350) -> None:
    """A log written before these secrets were known (so not scrubbed when written)."""
    text = [f"2026-01-01 10:00:{i % 60:02d} INFO desktop_chat.test [MainThread]: line {i}"
            for i in range(lines)]
    text[-5] = f"2026-01-01 INFO x: connecting with key {LIVE_KEY} through http://bob:{PROXY_PASSWORD}@proxy"
    text[-4] = f"2026-01-01 INFO x: tool server said {MCP_SECRET} and {MCP_TOKEN}"
    text[-3] = "2026-01-01 INFO x: headers {'authorization': 'Bearer Zq9unknowntoken12345'}"
    text[-2] = "2026-01-01 INFO x: proxy password=hunter2hunter2"
    session.paths.log_file.write_text("\n".join(text) + "\n", encoding="utf-8")


def assert_no_secret(report: str) -> None:
    for secret in (LIVE_KEY, LIVE_KEY[3:], LIVE_KEY[-12:], PROXY_PASSWORD, MCP_SECRET, MCP_TOKEN,
                   "Zq9unknowntoken12345", "hunter2hunter2", "abc123"):
        assert secret not in report, secret
    assert LIVE_KEY[:12] not in report  # not even the part the settings dialog shows


def test_the_report_has_every_section_and_no_trace_of_any_secret(store, tmp_path, sim) -> None:
    with ForwardingProxy() as proxy:
        proxied = proxy.origin.replace("://", f"://bob:{PROXY_PASSWORD}@")
        settings = AppSettings(proxy=proxied, pac_url=f"http://pac:{PROXY_PASSWORD}@127.0.0.1:9/proxy.pac")
        environ = {"DESKTOP_CHAT_API_KEY": LIVE_KEY, "DESKTOP_CHAT_BASE_URL": sim.base_url,
                   "LANG": "de_DE.UTF-8", "HTTPS_PROXY": f"http://eve:{PROXY_PASSWORD}@10.0.0.1:8080"}
        session = make_session(store, tmp_path, environ=environ, settings=settings)
        write_mcp_config(session)
        write_old_log(session)
        report = report_of(session)

    assert_no_secret(report)
    positions = [report.index(title) for title in SECTIONS]
    assert positions == sorted(positions)  # every section, in order
    assert "Qt: 6.9.0" in report and "PySide6: 6.9.0" in report and "Python: 3." in report
    assert "window language: de_DE" in report and "LANG: de_DE.UTF-8" in report
    assert f"history: {session.paths.database}" in report
    assert "kept in: env" in report
    # the connection test really ran, through the proxy (whose password the settings show masked)
    assert "result: OK" in report and "models: " in report
    assert any(r.path.endswith("/models") for r in sim.requests)
    settings_json = section(report, "Settings in force")
    assert '"proxy": "http://***@127.0.0.1:' in settings_json
    assert "proxy in force: settings" in report
    # tool servers by name; header and env values never, only their names
    tools = section(report, "Tool servers")
    assert "files: stdio files-server" in tools
    assert "wiki: streamable-http https://wiki.example/mcp?…" in tools
    assert "'Authorization', 'X-Team'" in tools and "'FILES_TOKEN', 'LOG_LEVEL'" in tools
    # the log tail: the last 200 lines, scrubbed again
    tail = section(report, "Log (last 200 lines)").splitlines()
    assert len(tail) == 200
    assert tail[-1].endswith("line 349") and tail[0].endswith("line 150")
    assert MARKER in "\n".join(tail)


def section(report: str, title: str) -> str:
    start = report.index(f"== {title} ==\n") + len(title) + 7
    end = report.find("\n\n== ", start)
    return report[start:] if end < 0 else report[start:end]


def test_a_refused_key_is_reported_by_kind_and_http_status(store, tmp_path, sim) -> None:
    environ = {"DESKTOP_CHAT_API_KEY": "sk-bad", "DESKTOP_CHAT_BASE_URL": sim.base_url}
    report = report_of(make_session(store, tmp_path, environ=environ))
    test = section(report, "Connection test")
    assert "result: FAILED" in test and "error kind: AuthenticationFailed" in test
    assert "HTTP status: 401" in test and "problem: " in test


def test_an_unreachable_gateway_is_a_connection_failure(store, tmp_path) -> None:
    environ = {"DESKTOP_CHAT_API_KEY": LIVE_KEY, "DESKTOP_CHAT_BASE_URL": "http://127.0.0.1:9/v1"}
    report = report_of(make_session(store, tmp_path, environ=environ))
    test = section(report, "Connection test")
    assert "result: FAILED" in test and "error kind: ConnectionFailed" in test
    assert "HTTP status: (none)" in test
    assert_no_secret(report)


def test_without_a_key_the_test_sends_nothing(store, tmp_path, sim) -> None:
    session = make_session(store, tmp_path, environ={"DESKTOP_CHAT_BASE_URL": sim.base_url})
    report = report_of(session)
    assert "result: not run (no_key)" in report and "kept in: none" in report
    assert sim.requests == []
    assert "(no log yet)" in report


@dataclass(frozen=True)
class _Policy:
    base_url: str = "https://gw.corp.example/v1"
    user: str = "${username}@corp.example"
    allowed_models: tuple[str, ...] = ("gemini-2.5-flash",)


def test_the_policy_in_force_is_written_out_as_data(store, tmp_path, sim) -> None:
    session = make_session(store, tmp_path, environ={"DESKTOP_CHAT_BASE_URL": sim.base_url})
    session.policy = _Policy()  # type: ignore[assignment]  # whatever the session holds, as data
    policy = section(report_of(session), "Policy in force")
    assert json.loads(policy) == {"base_url": "https://gw.corp.example/v1",
                                  "user": "${username}@corp.example", "allowed_models": ["gemini-2.5-flash"]}


def test_the_log_tail_reads_the_rotated_file_when_the_current_one_is_short(tmp_path) -> None:
    log = tmp_path / "app.log"
    (tmp_path / "app.log.1").write_text("".join(f"old {i}\n" for i in range(300)), encoding="utf-8")
    log.write_text("new 0\nnew 1\n", encoding="utf-8")
    tail = log_tail(log, 200, secrets=["old 29"])
    assert len(tail) == 200 and tail[-2:] == ["new 0", "new 1"] and tail[0] == "old 102"
    assert log_tail(tmp_path / "missing.log") == ["(no log yet)"]
    assert log_tail(log, 1) == ["new 1"]
