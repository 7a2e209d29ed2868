"""The simulator's answers: friendly Markdown that reflects the user's message, cut into tokens.

Why: the offline demo and the "try it without a key" path should show what the app renders
(a heading, a list, a table, a code block, some emphasis) and make it obvious the reply is simulated,
while tests need deterministic text (token counts: `token_rule.py`). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop_chat.devtools.attachments import text_of

_TOKEN = re.compile(r"\s*\S+|\s+")

REASONING_TEXT = (
    "The user wrote a message. I should reflect it back clearly: a short heading, a list of "
    "facts about the message, and a code block that repeats it. Keep the tone friendly and say "
    "that this is the simulator, so nobody mistakes it for a real model."
)


def tokens(text: str) -> list[str]:
    """Word-sized pieces (each with its leading whitespace) that join back to `text`."""
    return _TOKEN.findall(text)


def echo_answer(user_text: str, model: str) -> str:
    """A Markdown answer about the user's last message."""
    words = user_text.split()
    first_line = user_text.strip().splitlines()[0] if user_text.strip() else ""
    topic = first_line if len(first_line) <= 60 else first_line[:57].rstrip() + "…"
    fence = "````" if "```" in user_text else "```"
    quoted = user_text.replace("\r\n", "\n").strip() or "(an empty message)"
    first_word = words[0] if words else "(none)"
    return (
        f"## You said: “{topic or 'nothing yet'}”\n\n"
        "Here is what I noticed about your message:\n\n"
        f"- It has **{len(words)} words** and **{len(user_text)} characters**.\n"
        f"- It starts with `{first_word.replace('`', '')}`.\n"
        f"- You sent it to the model `{model}`.\n\n"
        f"{_word_table(words)}"
        f"{fence}text\n{quoted}\n{fence}\n\n"
        "*This answer comes from the Desktop Chat gateway simulator — no real model was asked.*"
    )


def side_answer(messages: object) -> str | None:
    """A short, plausible reply when the app asks for a chat's title or a summary (its system prompt
    says so), as a real model would give — so the demo and the tests see titles and summaries of a
    sensible size rather than an echo of the whole conversation. None for any other request."""
    if not isinstance(messages, list) or not messages or not isinstance(messages[0], dict):
        return None
    instruction = str(messages[0].get("content", "")) if messages[0].get("role") == "system" else ""
    text = last_user_text(messages)
    if "title of at most" in instruction:
        question = text.split("Answer:")[0].removeprefix("Question:").split()
        return " ".join(question[:5]).strip(" .,:;") or "New chat"
    if instruction.startswith("Summarise the conversation"):
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        carried = [ln[2:] for ln in lines if ln.startswith("- The person asked:")]  # earlier pieces' points
        asked = [ln.removeprefix("Person:").strip()[:80] for ln in lines if ln.startswith("Person:")]
        points = [*carried, *(f"The person asked: {a}" for a in asked)][-10:]
        return "Simulated summary of the earlier conversation:\n\n" + "\n".join(f"- {p}" for p in points)
    return None


def _word_table(words: list[str]) -> str:
    """A small Markdown table of the first few words, so the demo shows how tables render."""
    if not words:
        return ""
    rows = "".join(
        f"| {i} | {_cell(word)} | {len(word)} |\n" for i, word in enumerate(words[:3], start=1)
    )
    return "| # | Word | Letters |\n|---:|---|---:|\n" + rows + "\n"


def _cell(word: str) -> str:
    return word.replace("|", "\\|").replace("`", "")


def cycle_tokens(base: list[str], count: int) -> Iterator[str]:
    """`count` tokens, repeating `base` as often as needed."""
    if not base:
        base = [" ok"]
    for index in range(count):
        yield base[index % len(base)]


def last_user_text(messages: object) -> str:
    """The text of the last user message: its string `content`, or its text parts joined."""
    return text_of(last_user_content(messages))


def last_user_content(messages: object) -> object:
    """The `content` of the last user message as sent (a string or a list of parts), else None."""
    if isinstance(messages, list):
        for message in reversed(messages):
            if isinstance(message, dict) and message.get("role") == "user":
                return message.get("content")
    return None
