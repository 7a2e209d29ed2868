"""The update feed against a real HTTP server on 127.0.0.1: newer, same, older, bad, none."""

from __future__ import annotations

import asyncio
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop_chat.paths import AppPaths
from desktop_chat.services.updates import (
    FeedProblem,
    UpdatesService,
    compare_versions,
    feed_url_of,
    parse_feed,
)


class Feed:
    def __init__(self) -> None:
        self.body = b"{}"
        self.status = 200
        self.hits = 0


@pytest.fixture
def feed() -> Iterator[tuple[Feed, str]]:
    state = Feed()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.hits += 1
            self.send_response(state.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(state.body)))
            self.end_headers()
            self.wfile.write(state.body)

        def log_message(self, *_args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}/feed.json"
    finally:
        server.shutdown()
        server.server_close()


def service(tmp_path: Path, url: str, current: str = "1.3.2", clock: Any = None) -> UpdatesService:
    paths = AppPaths(tmp_path / "d", tmp_path / "c", tmp_path / "k", tmp_path / "l").ensure()
    client = httpx.AsyncClient(trust_env=False)
    extra = {"clock": clock} if clock else {}
    return UpdatesService(paths, lambda: url, lambda: client, current, **extra)


def offer(version: str) -> bytes:
    return json.dumps({"version": version, "notes": "Faster start.", "url": "https://example.com/dc.exe",
                       "sha256": "a" * 64}).encode()


def test_versions_compare_as_dotted_numbers() -> None:
    assert compare_versions("1.10.0", "1.9.9") == 1
    assert compare_versions("1.4", "1.4.0") == 0
    assert compare_versions("1.4.0", "1.4.0rc1") == 1
    assert compare_versions("v2.0", "1.99") == 1
    assert compare_versions("1.3.1", "1.3.2") == -1
    with pytest.raises(ValueError):
        compare_versions("banana", "1.0")


@pytest.mark.parametrize(("offered", "newer"), [("1.4.0", True), ("1.3.2", False), ("1.2.9", False)])
def test_a_newer_version_is_offered_the_same_or_older_is_not(
    feed: tuple[Feed, str], tmp_path: Path, offered: str, newer: bool
) -> None:
    state, url = feed
    state.body = offer(offered)
    result = asyncio.run(service(tmp_path, url).check_now())
    assert result is not None and result.problem is None and result.latest == offered
    assert result.newer is newer
    if newer:
        assert result.offer is not None and result.offer.url == "https://example.com/dc.exe"
        assert result.offer.notes == "Faster start." and result.offer.sha256 == "a" * 64
    assert state.hits == 1


@pytest.mark.parametrize(("body", "status", "problem"), [
    (b"{not json", 200, FeedProblem.NOT_JSON),
    (b"[1, 2]", 200, FeedProblem.NOT_JSON),
    (b'{"version": "1.5"}', 200, FeedProblem.MISSING_FIELDS),
    (b'{"version": "soon", "url": "https://x.example/a"}', 200, FeedProblem.BAD_VERSION),
    (b'{"version": "1.5", "url": "file:///etc/passwd"}', 200, FeedProblem.BAD_URL),
    (b"gone", 404, FeedProblem.HTTP_STATUS),
])
def test_a_bad_feed_is_a_typed_problem_and_not_asked_again_the_same_day(
    feed: tuple[Feed, str], tmp_path: Path, body: bytes, status: int, problem: FeedProblem
) -> None:
    state, url = feed
    state.body, state.status = body, status
    updates = service(tmp_path, url)
    result = asyncio.run(updates.check_if_due())
    assert result is not None and result.problem is problem and not result.newer
    assert asyncio.run(updates.check_if_due()) is None, "once a day, even when the feed was bad"
    assert state.hits == 1


def test_an_unreachable_feed_is_a_typed_problem(tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens there once closed
    result = asyncio.run(service(tmp_path, f"http://127.0.0.1:{port}/feed.json").check_now())
    assert result is not None and result.problem is FeedProblem.UNREACHABLE


def test_once_a_day(feed: tuple[Feed, str], tmp_path: Path) -> None:
    state, url = feed
    state.body = offer("9.0")
    now = [1_000_000.0]
    updates = service(tmp_path, url, clock=lambda: now[0])
    assert asyncio.run(updates.check_if_due()) is not None
    now[0] += 3600
    assert asyncio.run(updates.check_if_due()) is None
    now[0] += 24 * 3600
    assert asyncio.run(updates.check_if_due()) is not None
    assert state.hits == 2


def test_no_feed_no_request(tmp_path: Path) -> None:
    def no_client() -> Any:
        raise AssertionError("no HTTP client may be asked for without a feed")

    paths = AppPaths(tmp_path / "d", tmp_path / "c", tmp_path / "k", tmp_path / "l").ensure()
    updates = UpdatesService(paths, lambda: "", no_client, "1.0")
    assert not updates.enabled and not updates.is_due()
    assert asyncio.run(updates.check_if_due()) is None and asyncio.run(updates.check_now()) is None
    assert feed_url_of(None) == "" and feed_url_of({"update_feed": "  "}) == ""
    assert feed_url_of({"update_feed": "https://it.example/feed.json"}) == "https://it.example/feed.json"


def test_parse_feed_drops_a_malformed_checksum() -> None:
    parsed = parse_feed(b'{"version": "2.0", "url": "https://x.example/a", "sha256": "nope"}')
    assert parsed.sha256 == "" and parsed.notes == ""
