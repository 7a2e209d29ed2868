"""Copy request as curl: the command, run for real with curl (the key exported in its environment),
sends the simulator the same body the app sent and gets the same answer; the key and a proxy's
password never appear; any text survives the shell; pictures are shortened only when asked."""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import shutil
import struct
import subprocess
import zlib

import pytest
from _services_harness import FAST_RETRY

from desktop_chat.domain import AttachmentKind, Refusal, Role
from desktop_chat.paths import app_paths
from desktop_chat.services.curl import request_as_curl
from desktop_chat.services.refusals import NothingToDo
from desktop_chat.services.session import Session
from desktop_chat.settings import AppSettings
from desktop_chat.store import NewAttachment

# a key of the real shape, made for this run (no key-like literal in the repository)
LIVE_KEY = "sk-" + "live-" + secrets.token_hex(16)
pytestmark = pytest.mark.skipif(shutil.which("curl") is None, reason="needs the curl program")


def make_session(store, tmp_path, sim, *, settings=None) -> Session:
    paths = app_paths({"DESKTOP_CHAT_HOME": str(tmp_path / "home")}).ensure()
    environ = {"DESKTOP_CHAT_API_KEY": LIVE_KEY, "DESKTOP_CHAT_BASE_URL": sim.base_url}
    return Session(paths, settings or AppSettings(auto_titles=False), store, environ=environ,
                   keyring_timeout=3, retry=FAST_RETRY)


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 30))


def chat_requests(sim) -> list:
    return [r for r in sim.requests if r.path.endswith("/chat/completions")]


def run_curl(command: str, tmp_path) -> str:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path),
           "DESKTOP_CHAT_API_KEY": LIVE_KEY}  # no proxy variables: straight to 127.0.0.1
    done = subprocess.run(["bash", "-c", command], env=env, capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def streamed_text(output: str) -> str:
    text = []
    for line in output.splitlines():
        if line.startswith("data: ") and line != "data: [DONE]":
            for choice in json.loads(line[6:]).get("choices", []):
                text.append(choice.get("delta", {}).get("content") or "")
    return "".join(text)


TRICKY = "He said 'hi' and \"bye\" — $HOME `ls` $(rm -rf /) \\n \\\\ €\nJSON\n'JSON'\n<<EOF\n\t end 日本"


@pytest.mark.parametrize("text", ["What is the capital of France?", TRICKY])
def test_the_command_sends_the_same_body_and_gets_the_same_answer(store, tmp_path, sim, text) -> None:
    session = make_session(store, tmp_path, sim)
    conversation = store.create_conversation(model="gemini-2.5-flash", system_prompt="Be brief.")

    async def main():
        try:
            await session.load_key()
            answer = await session.chat.send(conversation.id, text, lambda _e: None)
            return answer, await request_as_curl(session, answer.id)
        finally:
            await session.aclose()

    answer, command = run(main())
    sent = chat_requests(sim)[-1].payload
    output = run_curl(command, tmp_path)
    again = chat_requests(sim)[-1]
    assert again.payload == sent  # the simulator got the same body (JSON-equal)
    assert again.headers.get("authorization") == f"Bearer {LIVE_KEY}"  # the shell filled the key in
    assert streamed_text(output) == answer.content  # and the same answer came back
    assert sent["messages"][0] == {"role": "system", "content": "Be brief."}
    assert sent["stream"] is True and sent["stream_options"] == {"include_usage": True}
    assert LIVE_KEY not in command and LIVE_KEY[8:] not in command
    assert 'Authorization: Bearer $DESKTOP_CHAT_API_KEY' in command
    assert command.splitlines()[2].startswith(f"curl -N {sim.base_url}/chat/completions")


def test_a_later_answer_is_sent_with_the_turns_before_it(store, tmp_path, sim) -> None:
    session = make_session(store, tmp_path, sim)
    conversation = store.create_conversation(model="gemini-2.5-flash")

    async def main():
        try:
            await session.load_key()
            await session.chat.send(conversation.id, "First question", lambda _e: None)
            second = await session.chat.send(conversation.id, "Second question", lambda _e: None)
            first_answer = store.branch(conversation.id)[1]
            return (await request_as_curl(session, first_answer.id),
                    await request_as_curl(session, second.id))
        finally:
            await session.aclose()

    first_command, second_command = run(main())
    bodies = [r.payload for r in chat_requests(sim)]
    run_curl(first_command, tmp_path)
    run_curl(second_command, tmp_path)
    assert [r.payload for r in chat_requests(sim)][-2:] == bodies  # each answer's own request
    assert [m["role"] for m in bodies[1]["messages"]] == ["user", "assistant", "user"]


def test_a_proxy_password_never_appears_and_curl_is_told_the_proxy(store, tmp_path, sim) -> None:
    import certifi  # a real PEM file stands in for the company's CA bundle

    settings = AppSettings(auto_titles=False, proxy="http://bob:Pr0xyPassw0rd@127.0.0.1:3128",
                           ca_bundle=certifi.where())
    session = make_session(store, tmp_path, sim, settings=settings)
    conversation = store.create_conversation(model="gemini-2.5-flash")
    user = store.add_message(conversation.id, parent_id=None, role=Role.USER, content="Hello")

    async def main():
        try:
            await session.load_key()
            return await request_as_curl(session, user.id)  # a message not answered: what answers it
        finally:
            await session.aclose()

    command = run(main())
    assert "Pr0xyPassw0rd" not in command and "bob" not in command and LIVE_KEY not in command
    assert "--proxy http://127.0.0.1:3128" in command and '--proxy-user "$DESKTOP_CHAT_PROXY_USER"' in command
    assert f"The app also trusts {certifi.where()}" in command
    assert chat_requests(sim) == []  # nothing was sent to build it


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes([(x * 37 + y * 11) % 256 for x in range(width * 3)])
                    for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


def test_pictures_go_whole_unless_the_short_form_is_asked_for(store, tmp_path, sim) -> None:
    session = make_session(store, tmp_path, sim)
    conversation = store.create_conversation(model="gemini-2.5-flash")
    picture = _png(40, 30)
    sha = store.put_blob(picture)
    user = store.add_message(conversation.id, parent_id=None, role=Role.USER, content="What is this?",
                             attachments=[NewAttachment(AttachmentKind.IMAGE, "p.png", "image/png",
                                                        len(picture), sha, width=40, height=30)])

    async def main():
        try:
            await session.load_key()
            return await request_as_curl(session, user.id), await request_as_curl(session, user.id,
                                                                                  short_images=True)
        finally:
            await session.aclose()

    whole, short = run(main())
    import base64

    encoded = base64.b64encode(picture).decode("ascii")
    assert encoded in whole and "left out by Desktop Chat" not in whole
    assert encoded not in short and encoded[:48] in short
    assert f"...[{len(encoded) - 48} base64 characters left out by Desktop Chat]" in short
    run_curl(whole, tmp_path)
    assert chat_requests(sim)[-1].images == [("image/png", 40, 30)]  # the gateway read the picture


def test_a_message_that_is_gone_is_refused(store, tmp_path, sim) -> None:
    session = make_session(store, tmp_path, sim)

    async def main():
        try:
            return await request_as_curl(session, 12345)
        finally:
            await session.aclose()

    with pytest.raises(NothingToDo) as refused:
        run(main())
    assert refused.value.refusal is Refusal.MESSAGE_GONE
