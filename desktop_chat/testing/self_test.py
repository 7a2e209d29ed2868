"""`desktop-chat --self-test`: prove on this machine that the installed app really works.

Why: an installer that builds is not an app that runs. The installer's smoke test (and IT staff)
run this with the environment the app will use: it opens the real window, types one message into
the composer and presses Enter (real key events, the same path a person takes), waits for the
streamed answer, checks the answer and the question were saved in the history, attaches a picture
and a PDF (the document reader's child process included), draws a formula (its typesetting child
too), and does a write /
read / delete round trip in the OS password store with a throwaway account. Exit code 0 means all
of it worked; otherwise a plain reason is printed on stderr and the exit code says which step failed.

Set DESKTOP_CHAT_SELF_TEST_SKIP_KEYRING=1 to skip the password-store step (machines without one).
The test chat is moved to the trash afterwards, so it does not clutter the history.
"""

from __future__ import annotations

import asyncio
import os
import secrets as pysecrets
import sys
from collections.abc import Awaitable, Callable
from typing import Any

SKIP_KEYRING_ENV = "DESKTOP_CHAT_SELF_TEST_SKIP_KEYRING"
QUESTION = "Desktop Chat self-test: please answer with one short sentence."

EXIT_NO_KEY = 3
EXIT_ANSWER = 4
EXIT_SAVED = 5
EXIT_KEYRING = 6
EXIT_TIMEOUT = 7
EXIT_ATTACHMENTS = 8


class SelfTestFailed(Exception):
    def __init__(self, code: int, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def self_test_script(*, timeout: float = 60.0) -> Callable[[Any], Awaitable[int]]:
    """The self-test as a script for the composition root: `DesktopChatApp(paths, script=...)`."""

    async def script(root: Any) -> int:
        try:
            keyring_checked = await asyncio.wait_for(_steps(root), timeout)
        except SelfTestFailed as failure:
            print(f"Self-test failed: {failure.reason}", file=sys.stderr)
            return failure.code
        except TimeoutError:
            print(f"Self-test failed: no result within {timeout:g} s.", file=sys.stderr)
            return EXIT_TIMEOUT
        checked = "window, gateway, history, attachments, formulas, network parts, tools" + (
            " and password store" if keyring_checked else "")
        print(f"Self-test passed: {checked} all work.")
        return 0

    return script


async def _steps(root: Any) -> bool:
    """The checks; True when the password store was checked too."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    session = root.session
    session.warm_up()
    await session.load_key()
    if session.key is None:
        raise SelfTestFailed(
            EXIT_NO_KEY, "there is no API key: set DESKTOP_CHAT_API_KEY or save a key in the app first."
        )
    print(f"Gateway: {session.base_url}", file=sys.stderr)

    ended: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

    def on_ended(event: Any) -> None:
        if not ended.done():
            ended.set_result(event)

    root.streaming.answerEnded.connect(on_ended)
    root.new_chat()
    root.window.raise_()
    box = root.composer.input_widget()
    QTest.keyClicks(box, QUESTION)
    QTest.keyClick(box, Qt.Key.Key_Return)
    event = await ended
    if event.error is not None:
        from desktop_chat.ui.words.gateway import error_text

        raise SelfTestFailed(EXIT_ANSWER, f"the gateway did not answer: {error_text(event.error)}")
    message = event.message
    if message is None or not message.content.strip():
        raise SelfTestFailed(EXIT_ANSWER, "the answer was empty.")

    store = session.store
    saved = store.get_message(message.id)
    branch = store.branch(event.conversation_id)
    if saved is None or saved.content != message.content or saved.status.value != "complete":
        raise SelfTestFailed(EXIT_SAVED, "the answer was not saved in the history.")
    if not branch or branch[0].content != QUESTION:
        raise SelfTestFailed(EXIT_SAVED, "the question was not saved in the history.")
    print(f"Answer saved ({len(saved.content)} characters).", file=sys.stderr)
    await _attachments(session, event.conversation_id)
    await _formula()
    await _network_parts()
    await _tool_client()
    session.conversations.trash(event.conversation_id)

    if os.environ.get(SKIP_KEYRING_ENV) == "1":
        print("Password store check skipped.", file=sys.stderr)
        return False
    await _keyring_round_trip()
    return True


async def _attachments(session: Any, conversation_id: int) -> None:
    """A picture prepared for sending and a PDF read into text by the document reader's child
    process (in the frozen app: this executable started again), on the test chat's draft."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

    from desktop_chat.services import AttachFailed

    picture = QImage(320, 200, QImage.Format.Format_RGB32)
    picture.fill(QColor("#2a6fb0"))
    png, pdf = QByteArray(), QByteArray()
    buffer = QBuffer(png)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; PySide wants str
    buffer.close()
    sheet = QBuffer(pdf)
    sheet.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(sheet)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A6), QPageLayout.Orientation.Portrait,
                                     QMarginsF(10, 10, 10, 10)))
    painter = QPainter(writer)
    painter.drawText(100, 400, "Self-test page")
    painter.end()
    sheet.close()
    try:
        image = await session.attachments.attach_data(conversation_id, bytes(png.data()), "self-test.png")
        document = await session.attachments.attach_data(conversation_id, bytes(pdf.data()), "self-test.pdf")
    except AttachFailed as failed:
        raise SelfTestFailed(EXIT_ATTACHMENTS, f"a file could not be attached ({failed.problem.value}: "
                             f"{failed.detail}).") from failed
    try:
        if (image.width, image.height) != (320, 200) or "Self-test page" not in document.text:
            raise SelfTestFailed(EXIT_ATTACHMENTS, "an attached file was not read correctly.")
    finally:
        for attachment in (image, document):
            session.attachments.remove(attachment.id, conversation_id)
    print("Attachments read (a picture and a PDF).", file=sys.stderr)


async def _formula() -> None:
    """A formula is typeset (ziamath and its font, in the formula child of the frozen executable) and
    drawn (QtSvg): in the installed app both must be in the bundle."""
    from desktop_chat.ui.render.formulas import formula_image, formula_key

    key = formula_key(r"\frac{a}{b} + \sqrt{x^2}", True)
    image = await asyncio.to_thread(formula_image, key, dark=False)
    if image is None or image.isNull() or image.width() < 10:
        raise SelfTestFailed(EXIT_ATTACHMENTS, "a formula could not be drawn (its renderer is missing).")
    print(f"Formula drawn ({image.width()}×{image.height()} px).", file=sys.stderr)


async def _network_parts() -> None:
    """Corporate networks' parts load and work offline: the OS trust store's TLS context, and a
    proxy auto-configuration script evaluated by the PAC engine (in the installed app: in the bundle)."""
    from desktop_chat.services.network import network_parts_work

    try:
        works = await asyncio.to_thread(network_parts_work)
    except ImportError as exc:
        raise SelfTestFailed(EXIT_ATTACHMENTS, f"a network part is missing ({exc.name}).") from exc
    if not works:
        raise SelfTestFailed(EXIT_ATTACHMENTS, "the proxy auto-configuration engine answered wrongly.")
    print("Trust store and proxy auto-configuration work.", file=sys.stderr)


async def _tool_client() -> None:
    """The MCP client the tool servers are talked to with loads (in the installed app: it is in the
    bundle, with its data files), on a worker thread as the tool host does."""
    import importlib

    def load() -> None:
        for name in ("mcp", "mcp.client.stdio", "mcp.client.streamable_http", "mcp.types", "httpx2"):
            importlib.import_module(name)

    try:
        await asyncio.to_thread(load)
    except ImportError as exc:
        raise SelfTestFailed(EXIT_ATTACHMENTS, f"the tool client is missing a part ({exc.name}).") from exc
    print("Tool client loads.", file=sys.stderr)


async def _keyring_round_trip() -> None:
    from desktop_chat.services import ApiKey, KeyStore, KeyStoreError

    account = f"self-test-{pysecrets.token_hex(6)}.invalid"
    store = KeyStore(account, environ={})  # ignore DESKTOP_CHAT_API_KEY: test the real store
    value = ApiKey(f"selftest-{pysecrets.token_urlsafe(18)}")
    try:
        where = await store.backend_description_async()
        await store.save_async(value)
        loaded = await store.load_async()
        await store.delete_async()
        after = await store.load_async()
    except KeyStoreError as error:
        from desktop_chat.ui.words.keys import key_error_text

        problem = key_error_text(error)[0]
        raise SelfTestFailed(EXIT_KEYRING, f"the password store does not work: {problem}") from None
    if loaded.key != value:
        raise SelfTestFailed(EXIT_KEYRING, "the password store returned a different value than was saved.")
    if after.key is not None:
        raise SelfTestFailed(EXIT_KEYRING, "the password store did not delete the test entry.")
    print(f"Password store works ({where}).", file=sys.stderr)
