"""The composition root: paths, settings, history, the qasync loop, the window — in that order, fast.

Why it is shaped like this: people judge the app in its first second. So only what the first paint
needs is done before `window.show()`: Qt, the settings file, the SQLite history (a few ms) and the
widgets. Everything slow — importing httpx and creating the shared HTTP client, the keyring (which
can block), asking the gateway for models — runs after the window is on screen, on the qasync loop.

Also here, because they must be in place before anything can go wrong:
- one copy per data folder (a second launch brings the first window to the front);
- `sys.excepthook` → log + "Something went wrong" dialog (qasync drops task errors otherwise);
- the loop's async-generator hooks (qasync 0.28 installs none: leaving a stream early would
  print "async generator ignored GeneratorExit").

Environment: DESKTOP_CHAT_HOME (every file), DESKTOP_CHAT_BASE_URL, DESKTOP_CHAT_API_KEY (never
stored). Test and benchmark hooks (desktop_chat/testing, loaded only when asked):
DESKTOP_CHAT_EXIT_AFTER_SHOWN=1 prints start-up figures as JSON on stdout and quits once the window
has been painted; DESKTOP_CHAT_E2E_DUMP=<file> writes what the chat shows to <file> whenever an
answer ends; `--self-test` sends one message through the real window.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

from desktop_chat.paths import AppPaths, app_paths

log = logging.getLogger("desktop_chat")

EXIT_AFTER_SHOWN_ENV = "DESKTOP_CHAT_EXIT_AFTER_SHOWN"
E2E_DUMP_ENV = "DESKTOP_CHAT_E2E_DUMP"
EXIT_NO_HISTORY = 2

_T0 = time.perf_counter()

Script = Callable[[Any], Awaitable[int]]


def parse_args(argv: list[str]) -> Any:
    """The app's own options (argparse is imported only when there are options to read)."""
    import argparse

    parser = argparse.ArgumentParser(prog="desktop-chat", description="Chat with the models of your gateway.")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window, send one message to the configured gateway, check it was saved, "
        "check the password store, then quit (exit code 0 = all good)",
    )
    parser.add_argument("--self-test-timeout", type=float, default=60.0, help=argparse.SUPPRESS)
    parser.add_argument("--version", action="store_true", help="print the version and quit")
    # Qt's own options (e.g. -platform) pass through untouched.
    args, _unknown = parser.parse_known_args(argv)
    return args


def run(argv: list[str]) -> int:
    if not any(arg.startswith("-") for arg in argv):  # a double-click: no options to read
        return DesktopChatApp(app_paths().ensure()).exec()
    args = parse_args(argv)
    if args.version:
        from desktop_chat.logsetup import app_version

        print(f"Desktop Chat {app_version()}")
        return 0
    paths = app_paths().ensure()
    if args.self_test:
        from desktop_chat.testing.self_test import self_test_script

        return DesktopChatApp(paths, script=self_test_script(timeout=args.self_test_timeout)).exec()
    return DesktopChatApp(paths).exec()


def wait_for_first_paint(widget: Any, timeout_ms: int = 3000) -> float:
    """Let Qt paint `widget` (shown, not yet painted) before anything else runs; ms since start.

    A local event loop runs until the widget's first paint event (or the timeout, on a platform
    that never paints): the window reaches the screen before the rest of the app is built.
    """
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    painted: list[float] = []
    waiting = QEventLoop()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append((time.perf_counter() - _T0) * 1000)
                QTimer.singleShot(0, waiting.quit)  # after this paint event is done
            return False

    spy = FirstPaint()
    widget.installEventFilter(spy)
    QTimer.singleShot(timeout_ms, waiting.quit)
    waiting.exec()
    widget.removeEventFilter(spy)
    return painted[0] if painted else (time.perf_counter() - _T0) * 1000


def open_history(paths: AppPaths) -> Any:
    """Open the history; when it can't be, say why — and for a damaged file offer a new history.

    Returns the store, or None (the app exits). A damaged file is never changed: "Start a new
    history" moves it aside (kept for support) and opens an empty one in its place.
    """
    from desktop_chat.services import CorruptDatabaseError, StoreError, open_history, start_new_history
    from desktop_chat.ui.system.history_trouble import HistoryChoice, ask_about_history

    try:
        store = open_history(paths.database, backup_dir=paths.backups_dir)
    except StoreError as error:
        log.error("history could not be opened: %r (%s)", error, error.detail)
        damaged = isinstance(error, CorruptDatabaseError)
        if ask_about_history(error, offer_new=damaged) is not HistoryChoice.NEW_HISTORY:
            return None
        try:
            store, kept = start_new_history(paths.database, backup_dir=paths.backups_dir)
        except StoreError as again:
            log.error("a new history could not be started either: %r (%s)", again, again.detail)
            ask_about_history(again, offer_new=False)
            return None
        log.warning("damaged history kept as %s; started a new one", kept)
    recovered = store.recover_interrupted()
    if recovered:
        log.info("marked %d answers interrupted by the last exit", len(recovered))
    return store


class DesktopChatApp:
    """Owns the QApplication, the loop, the session and the window for one run."""

    def __init__(self, paths: AppPaths, *, script: Script | None = None) -> None:
        """`script(root)`, if given, runs instead of the normal start-up; its result is the exit code.

        A scripted run (the self-test) is a second copy on purpose: it neither asks a running copy
        to come forward nor listens for later ones.
        """
        self.paths = paths
        self.script = script
        self.window: Any = None
        self.session: Any = None
        self.root: Any = None
        self._hooks: list[Any] = []

    def exec(self) -> int:
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtWidgets import QApplication

        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
        app.setApplicationName("Desktop Chat")
        app.setApplicationDisplayName("Desktop Chat")
        app.setOrganizationName("DesktopChat")
        app.setDesktopFileName("desktop-chat")
        app.setQuitOnLastWindowClosed(False)

        from desktop_chat.ui.system.single_instance import notify_running_instance, server_name

        single = self.script is None
        name = server_name(self.paths.data_dir)
        if single and notify_running_instance(name):
            print("Desktop Chat is already running; its window was brought to the front.", file=sys.stderr)
            return 0

        from desktop_chat.logsetup import setup_logging
        from desktop_chat.settings import read_settings

        loaded = read_settings(self.paths)
        setup_logging(self.paths.log_file, secrets_provider=self._secrets)
        log.info("starting; data in %s", self.paths.data_dir)

        from desktop_chat.ui.system.excepthook import install_excepthook

        install_excepthook(self.paths, self._secrets, lambda: self.window)

        store = open_history(self.paths)
        if store is None:
            return EXIT_NO_HISTORY

        # The first paint: the window's widgets, theme, place and newest chats — no event loop yet.
        from desktop_chat.services.upgrade import carry_over_old_settings
        from desktop_chat.services.window_state import read_window_state
        from desktop_chat.ui.window.first_screen import FIRST_ROWS, prepare

        carry_over_old_settings(self.paths, loaded, store)
        settings = loaded.settings
        from desktop_chat.ui.language import Languages

        languages = Languages(app)
        if not languages.apply(settings.language):  # the words are missing: English sources stay
            log.warning("starting with the English words: no catalogue for %s", settings.language)
        screen = prepare(theme=settings.theme, font_size=settings.font_size,
                         state=read_window_state(self.paths), conversations=store.list_conversations(
                             limit=FIRST_ROWS))
        self.window = screen.window
        screen.window.show()
        screen.window.raise_()
        screen.window.activateWindow()
        shown_ms = (time.perf_counter() - _T0) * 1000
        painted_ms = wait_for_first_paint(screen.window)
        log.info("window shown after %.0f ms, painted after %.0f ms", shown_ms, painted_ms)
        probe = os.environ.get(EXIT_AFTER_SHOWN_ENV) == "1"
        if probe:
            from desktop_chat.testing.startup_probe import report_first_paint

            report_first_paint(shown_ms=shown_ms, painted_ms=painted_ms)

        # Everything else, now that the window is on screen: the loop, the services, the behaviour.
        import asyncio

        import qasync

        from desktop_chat.services.session import Session
        from desktop_chat.ui.main_controller import MainController
        from desktop_chat.ui.system.instance_server import SingleInstance
        from desktop_chat.ui.system.startup_notices import startup_notice

        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        sys.set_asyncgen_hooks(
            firstiter=loop._asyncgen_firstiter_hook,  # qasync is untyped: its loop's hooks are Any
            finalizer=loop._asyncgen_finalizer_hook,
        )
        instance = SingleInstance(name, app)
        if single and not instance.listen():
            log.warning("single-instance socket unavailable; a second copy may open")
        # The organisation's policy (read-only: one small file, or none) is applied to the settings
        # here, before any service uses them; the first paint needs only theme, font and language,
        # which no policy sets — so reading it (≈ 1 ms, its module ≈ as costly as settings') waits.
        from desktop_chat.policy import load_policy

        policy = load_policy(self.paths)
        self.session = Session(self.paths, settings, store, policy=policy.policy)
        self.root = MainController(self.session, startup_notice=startup_notice(loaded.damaged, policy),
                                   first_screen=screen, languages=languages,
                                   policy_source=policy.source_path or "")
        instance.activationRequested.connect(self.root.bring_to_front)
        app.aboutToQuit.connect(self.root.save_streaming_answers)  # a quit that bypasses Quit
        self.root.quitRequested.connect(lambda code=0: loop.stop())
        dump = os.environ.get(E2E_DUMP_ENV, "").strip()
        if dump:
            from desktop_chat.testing.e2e_dump import E2EDump

            self._hooks.append(E2EDump(self.root, dump))
        self.root.show()
        if probe:
            from desktop_chat.testing.startup_probe import report_ready

            report_ready(t0=_T0)
            instance.close()
            loop.run_until_complete(self.root.shutdown())
            return 0

        self._handle_termination_signals(QTimer)
        # Loaded on first use otherwise (a chat opened): load it now that the window is painted.
        QTimer.singleShot(0, self.root.chat_view.warm_up)
        if self.script is None:
            self.root.start()  # after the first paint: key, welcome or chat, models
        else:
            QTimer.singleShot(0, lambda: self.root.tasks.spawn(self._run_script()))
        with loop:
            loop.run_forever()
            loop.run_until_complete(self.root.shutdown())
            loop.run_until_complete(loop.shutdown_asyncgens())
        instance.close()
        if getattr(self.root, "restart_requested", False):  # a restore: the same program again
            from desktop_chat.ui.system.backups_controller import relaunch

            relaunch()
        log.info("stopped")
        exit_code: int = self.root.exit_code
        return exit_code

    def _handle_termination_signals(self, timer_cls: Any) -> None:
        """SIGTERM / Ctrl+C close the app like Quit does (streaming answers saved, history closed)."""
        import signal

        def on_signal(_signum: int, _frame: object) -> None:
            timer_cls.singleShot(0, self.root.request_quit)

        for name in ("SIGTERM", "SIGINT", "SIGHUP"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), on_signal)
        # Python runs signal handlers only between bytecodes: wake it up regularly.
        self._signal_timer = timer_cls()
        self._signal_timer.start(300)
        self._signal_timer.timeout.connect(lambda: None)

    async def _run_script(self) -> None:
        """Run the script; a script that raises ends the app with exit code 1 and says why on stderr."""
        assert self.script is not None
        try:
            self.root.exit_code = await self.script(self.root)
        except Exception as exc:  # the self-test must never report success after a failure
            self.root.exit_code = 1
            reason = str(exc).strip() or type(exc).__name__
            for secret in self._secrets():
                reason = reason.replace(secret, "***")
            print(f"Desktop Chat: the script failed: {reason}", file=sys.stderr, flush=True)
            log.error("script failed", exc_info=True)
        finally:
            self.root.request_quit()

    def _secrets(self) -> tuple[str, ...]:
        session = self.session
        if session is None:
            env = os.environ.get("DESKTOP_CHAT_API_KEY", "").strip()
            return (env,) if env else ()
        secrets: tuple[str, ...] = session.secrets()
        return secrets
