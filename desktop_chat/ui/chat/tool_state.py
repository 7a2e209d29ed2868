"""Tool calls as the chat view sees them: the person's decision, each call's phase, arguments made
readable, the folds, and the height the cards will take (for the virtual list's estimates).

Why a module without widgets: the view keeps what must outlive a card — a question still waiting
for the person, a call running since when, which results are unfolded — because cards are thrown
away when they scroll off screen (as the reasoning-open state is). The view merges that live state
with what the stored message says (`Message.tool_calls`, `tool_results`) into one `ToolRow` per
call; the card only draws rows. A reopened chat has no live state: its rows come from the stored
message alone, so finished calls show offline.

No heavy imports: the view imports this with its first screen.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from desktop_chat.domain import Message, ToolCall, ToolDecision, ToolOutcome, ToolResult, ToolSpec

# What the person answered to "Wants to use …" (the view's `toolDecision` signal): the services' own
# typed value, so the answer reaches the tool loop as it is.
Decision = ToolDecision


class Phase(enum.Enum):
    """Where one call is."""

    ASKING = "asking"  # waiting for the person (Allow once / Always allow / Deny)
    STARTING = "starting"  # allowed, not reported running yet
    DENYING = "denying"  # denied; its DENIED result has not come yet
    RUNNING = "running"
    FINISHED = "finished"  # it has its `ToolResult`
    WAITING = "waiting"  # stored call, answer still going: its turn has not come
    NOT_RUN = "not_run"  # stored call without a result in an ended answer (the app closed mid-way)


class Fold(enum.Enum):
    """The parts of a call's card that open and close (state kept by the view)."""

    DETAILS = "details"  # a finished call: arguments and result shown
    ALL_RESULT = "all-result"  # the whole result, past the preview
    ALL_ARGUMENTS = "all-arguments"  # the arguments with long values unfolded


@dataclass(frozen=True, slots=True)
class ToolRow:
    """One call as drawn: what was asked, its phase, and what is known about the tool."""

    call: ToolCall
    phase: Phase
    spec: ToolSpec | None = None
    started: float | None = None  # time.monotonic() when it started running
    result: ToolResult | None = None

    @property
    def call_id(self) -> str:
        return self.call.id

    @property
    def tool(self) -> str:
        """The tool's own name when known (its server's), else the name the model used."""
        if self.result is not None and self.result.tool:
            return self.result.tool
        if self.spec is not None and self.spec.tool:
            return self.spec.tool
        return self.call.name

    @property
    def server(self) -> str:
        if self.result is not None and self.result.server:
            return self.result.server
        return self.spec.server if self.spec is not None else ""


def merge_rows(message: Message, live: Mapping[str, ToolRow], *, streaming: bool) -> tuple[ToolRow, ...]:
    """The rows of an answer: its stored calls in order (a stored result wins over live state),
    then the live calls the message does not carry yet, in the order they came."""
    results = {r.call_id: r for r in message.tool_results}
    rows: list[ToolRow] = []
    seen: set[str] = set()
    for call in message.tool_calls:
        seen.add(call.id)
        known = live.get(call.id)
        spec = known.spec if known is not None else None
        result = results.get(call.id)
        if result is not None:
            rows.append(ToolRow(call, Phase.FINISHED, spec, result=result))
        elif known is not None:
            rows.append(known)
        else:
            rows.append(ToolRow(call, Phase.WAITING if streaming else Phase.NOT_RUN))
    for call_id, row in live.items():
        if call_id not in seen:
            result = results.get(call_id)
            rows.append(row if result is None else ToolRow(row.call, Phase.FINISHED, row.spec, result=result))
    for result in message.tool_results:  # a result whose call was not stored (should not happen)
        if result.call_id not in seen and result.call_id not in live:
            rows.append(ToolRow(ToolCall(result.call_id, result.tool, ""), Phase.FINISHED, result=result))
    return tuple(rows)


# --- arguments ------------------------------------------------------------------------------------
VALUE_FOLD_CHARS = 160  # a string value longer than this is shortened until "Show all"
ARGUMENT_LINES = 24  # at most this many lines of arguments before "Show all"


class ArgumentsForm(enum.Enum):
    EMPTY = "empty"  # "" or {}
    OBJECT = "object"
    NOT_OBJECT = "not-object"  # valid JSON, but not an object
    MALFORMED = "malformed"  # not JSON: shown as written


@dataclass(frozen=True, slots=True)
class Arguments:
    """The arguments made readable: `short` with long values folded, `full` all of it."""

    form: ArgumentsForm
    short: str
    full: str

    @property
    def folded(self) -> bool:
        return self.short != self.full


def readable_arguments(text: str) -> Arguments:
    """Pretty JSON (two-space indents, non-ASCII kept), long string values and long lists cut in
    `short`; text that is not JSON is kept exactly as the model wrote it."""
    if not text.strip():
        return Arguments(ArgumentsForm.EMPTY, "", "")
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return Arguments(ArgumentsForm.MALFORMED, _cut_lines(text), text)
    if value == {}:
        return Arguments(ArgumentsForm.EMPTY, "", "")
    full = json.dumps(value, indent=2, ensure_ascii=False)
    short = _cut_lines(json.dumps(_fold_values(value), indent=2, ensure_ascii=False))
    form = ArgumentsForm.OBJECT if isinstance(value, dict) else ArgumentsForm.NOT_OBJECT
    return Arguments(form, short, full)


def _fold_values(value: object, depth: int = 0) -> object:
    if isinstance(value, str) and len(value) > VALUE_FOLD_CHARS:
        return value[:VALUE_FOLD_CHARS] + f"… (+{len(value) - VALUE_FOLD_CHARS})"
    if depth > 20:
        return "…"
    if isinstance(value, dict):
        return {k: _fold_values(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        head = [_fold_values(v, depth + 1) for v in value[:20]]
        return head + ([f"… (+{len(value) - 20})"] if len(value) > 20 else [])
    return value


def _cut_lines(text: str, lines: int = ARGUMENT_LINES, chars: int = 4000) -> str:
    parts = text[:chars].split("\n")
    cut = "\n".join(parts[:lines])
    return cut if cut == text else cut + "\n…"


# --- results --------------------------------------------------------------------------------------
PREVIEW_CHARS = 1500  # a result unfolded shows this much, then "Show all"
PREVIEW_LINES = 20
SHOW_ALL_CAP = 200_000  # "Show all" shows at most this many characters (a huge result stays usable)


def result_preview(text: str) -> str:
    """The start of a result: at most PREVIEW_LINES lines and PREVIEW_CHARS characters."""
    lines = text[:PREVIEW_CHARS].split("\n")[:PREVIEW_LINES]
    return "\n".join(lines)


def result_all(text: str) -> str:
    return text[:SHOW_ALL_CAP]


# --- heights (estimates: the cards are measured once they exist) -----------------------------------
def rows_height(
    rows: Sequence[ToolRow],
    is_open: Callable[[str, Fold], bool],
    *,
    line_height: int,
    chars_per_line: int,
) -> int:
    """About how tall the tool cards of an answer are, before they are built."""
    if not rows:
        return 0
    per_line = max(20, chars_per_line)

    def text_lines(text: str) -> int:
        return sum(len(line) // per_line + 1 for line in text.split("\n"))

    total = 6
    for row in rows:
        height = line_height + 18  # the card's frame and its one-line heading
        if row.phase is Phase.ASKING:
            args = readable_arguments(row.call.arguments)
            shown = args.full if is_open(row.call_id, Fold.ALL_ARGUMENTS) else args.short
            height += text_lines(shown) * line_height + 8 if shown else line_height
            description = row.spec.description if row.spec is not None else ""
            height += (text_lines(description) if description else 1) * line_height
            height += line_height + 34  # annotations and the buttons
        elif row.phase is Phase.FINISHED and row.result is not None:
            if row.result.outcome is not ToolOutcome.DONE or row.result.is_error:
                height += line_height  # the sentence may wrap onto a second line
            if is_open(row.call_id, Fold.DETAILS):
                args = readable_arguments(row.call.arguments)
                height += (text_lines(args.short) if args.short else 1) * line_height + 2 * line_height
                content = row.result.content
                whole = is_open(row.call_id, Fold.ALL_RESULT)
                shown = result_all(content) if whole else result_preview(content)
                height += text_lines(shown) * line_height + 40
        total += height + 6
    return total
