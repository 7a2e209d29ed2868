"""The words for tools: what a call card says in each state, one sentence per `ToolOutcome`, the
annotations as words, and the states of MCP servers in Settings and the sidebar.

Why one module: the chat's tool cards, Settings → Tools and the sidebar's tools row all speak of
the same things — a tool, its server, how a call ended — and must say them the same way. Every
sentence is a whole sentence with named placeholders (word order differs between languages),
through Qt's translation (context "Tools"). Names of tools and servers are data: they are filled
in as given, never translated; callers that show rich text escape them (`bold_name`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from desktop_chat.domain import ToolOutcome
from desktop_chat.services import Failure
from desktop_chat.ui.words.figures import count, numbers
from desktop_chat.ui.words.plural import counted

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by


def seconds_text(seconds: float) -> str:
    """A duration the way the cards show it: "0.2 s", "12.4 s"."""
    return translate("Tools", "{seconds} s").format(seconds=numbers().toString(max(0.0, seconds), "f", 1))


def bold_name(name: str) -> str:
    """A tool's name for rich text: escaped (it comes from a server or the model), in bold."""
    return f"<b>{html.escape(name)}</b>"


def italic_name(name: str) -> str:
    return f"<i>{html.escape(name)}</i>"


# --- the card in the chat -------------------------------------------------------------------------
def asking_html(tool: str, server: str) -> str:
    """Rich text: "Wants to use **get_current_time** from *time*" (names escaped)."""
    if server:
        return translate("Tools", "Wants to use {tool} from {server}").format(
            tool=bold_name(tool), server=italic_name(server))
    return translate("Tools", "Wants to use {tool}").format(tool=bold_name(tool))


def asking_accessible(tool: str, server: str) -> str:
    """The same question as plain text, for screen readers."""
    if server:
        return translate("Tools", "The model wants to use {tool} from {server}").format(
            tool=tool, server=server)
    return translate("Tools", "The model wants to use {tool}").format(tool=tool)


def read_only_words() -> str:
    return translate("Tools", "Only reads")


def destructive_words() -> str:
    return translate("Tools", "Can change or delete things")


def no_description_words() -> str:
    return translate("Tools", "The tool does not describe itself.")


def unknown_spec_words() -> str:
    return translate("Tools", "This tool was not offered to the model; nothing is known about it.")


def malformed_arguments_note() -> str:
    return translate("Tools", "These arguments are not valid JSON. They are shown as the model wrote them.")


def not_an_object_note() -> str:
    return translate("Tools", "These arguments are not a JSON object, which tools expect.")


def no_arguments_words() -> str:
    return translate("Tools", "No arguments.")


def running_text(tool: str, seconds: float) -> str:
    return translate("Tools", "Running {tool}… {elapsed}").format(tool=tool, elapsed=seconds_text(seconds))


def starting_text(tool: str) -> str:
    return translate("Tools", "Starting {tool}…").format(tool=tool)


def waiting_text(tool: str) -> str:
    return translate("Tools", "{tool} is waiting for its turn.").format(tool=tool)


def not_run_text(tool: str) -> str:
    return translate("Tools", "{tool} was not run.").format(tool=tool)


def outcome_text(outcome: ToolOutcome, tool: str, *, is_error: bool = False) -> str:
    """One plain sentence for how a call ended (a tool that answered "error" reads as failed)."""
    if outcome is ToolOutcome.DONE and is_error:
        outcome = ToolOutcome.FAILED
    texts = {
        ToolOutcome.DONE: translate("Tools", "Used {tool}"),
        ToolOutcome.FAILED: translate("Tools", "{tool} did not work. The model was told what went wrong."),
        ToolOutcome.TIMED_OUT: translate(
            "Tools", "{tool} took too long and was stopped. The model was told."),
        ToolOutcome.DENIED: translate("Tools", "You did not allow {tool}. The model was told."),
        ToolOutcome.STOPPED: translate("Tools", "{tool} was stopped with the answer."),
        ToolOutcome.MALFORMED: translate(
            "Tools", "The model asked for {tool} with arguments that make no sense, so it was not run."),
        ToolOutcome.UNKNOWN_TOOL: translate(
            "Tools", "The model asked for a tool that does not exist ({tool}), so nothing was run."),
    }
    return texts[outcome].format(tool=tool)


def done_line(tool: str, seconds: float | None) -> str:
    """"Used get_current_time · 0.2 s" (without a duration when none is known)."""
    used = outcome_text(ToolOutcome.DONE, tool)
    if seconds is None:
        return used
    return translate("Tools", "{used} · {duration}").format(used=used, duration=seconds_text(seconds))


def result_heading(outcome: ToolOutcome, *, is_error: bool = False) -> str:
    """What the folded text under a finished card is."""
    if outcome is ToolOutcome.DONE and not is_error:
        return translate("Tools", "Result")
    return translate("Tools", "What the model was told")


def show_all_text(total: int) -> str:
    return translate("Tools", "Show all ({count} characters)").format(count=count(total))


def capped_note(shown: int, total: int) -> str:
    return translate("Tools", "Showing the first {shown} of {total} characters.").format(
        shown=count(shown), total=count(total))


# --- servers (Settings → Tools, the sidebar) ------------------------------------------------------
def tools_count(n: int) -> str:
    return counted().tools(n)


def state_ready(n: int) -> str:
    return translate("Tools", "● ready ({tools})").format(tools=tools_count(n))


def state_starting() -> str:
    return translate("Tools", "starting…")


def state_failed(reason: str) -> str:
    return translate("Tools", "failed: {reason}").format(reason=reason)


def state_off() -> str:
    return translate("Tools", "off")


def test_connected(names: list[str]) -> str:
    """"Connected: 2 tools — get_current_time, convert_time"."""
    if not names:
        return translate("Tools", "Connected, but the server offers no tools.")
    return translate("Tools", "Connected: {tools} — {names}").format(
        tools=tools_count(len(names)), names=", ".join(names))


def test_failed(reason: str) -> str:
    return translate("Tools", "Could not connect: {reason}").format(reason=reason)


def failure_text(failure: Failure) -> str:
    """Why a tool server is not ready, in plain words (its technical detail goes to the log)."""
    texts = {
        Failure.NOT_FOUND: QCoreApplication.translate(
            "Tools", "its program was not found — check the command, or install it"),
        Failure.NOT_STARTED: QCoreApplication.translate("Tools", "its program could not be started"),
        Failure.CONNECT: QCoreApplication.translate(
            "Tools", "its address did not answer — check the URL and your connection"),
        Failure.HANDSHAKE: QCoreApplication.translate(
            "Tools", "it started but did not answer like a tool server"),
        Failure.EXITED: QCoreApplication.translate("Tools", "it stopped; it is started again shortly"),
        Failure.MISSING_SECRET: QCoreApplication.translate(
            "Tools", "a secret value it needs is missing — enter it again in Settings → Tools"),
    }
    return texts[failure]
