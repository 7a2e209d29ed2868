"""What the model is sent: the system prompt plus the branch on screen, as ChatMessages.

Why pure functions of their own: what goes over the wire decides what the model "remembers", and it
is easy to get subtly wrong (a failed answer's partial text, an empty interrupted answer, the
system prompt stored as a message). These rules are tested without a network or a database.

Rules:
- the conversation's system prompt (if any, stripped) comes first;
- stored SYSTEM messages are skipped (the conversation's prompt is the one in force);
- assistant messages with no text at all (a failed or stopped answer before the first token) are
  skipped; user messages are always sent, even two in a row (the gateway accepts that, and
  dropping what the person wrote would be worse);
- a partial (interrupted/failed) assistant answer with text is sent as it is: that is what the
  person saw;
- consecutive assistant messages (an answer and its "Continue" continuation, stored as a child
  message) are joined into one, as the model wrote them as one answer (and some providers reject
  two assistant turns in a row).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop_chat.domain import ChatMessage, Message, Role

CONTINUE_INSTRUCTION = (
    "Continue your previous answer exactly where it stopped. Do not repeat anything already written "
    "and do not add any introduction."
)


def build_context(system_prompt: str, branch: Iterable[Message]) -> list[ChatMessage]:
    """The messages to send for the branch ending at the message to answer."""
    out: list[ChatMessage] = []
    prompt = (system_prompt or "").strip()
    if prompt:
        out.append(ChatMessage(Role.SYSTEM, prompt))
    out.extend(message for _, message in branch_parts(branch))
    return out


def is_sent(message: Message) -> bool:
    """Whether a stored message is sent at all (stored system messages and empty answers are not)."""
    if message.role is Role.SYSTEM:
        return False
    return not (message.role is Role.ASSISTANT and not message.content.strip())


def branch_parts(branch: Iterable[Message]) -> list[tuple[int, ChatMessage]]:
    """The branch's messages as sent (no system prompt), each with the branch index it starts at.

    A continuation joined to its answer makes one part, at the index of the answer: trimming needs
    to know which stored messages each sent message stands for.
    """
    out: list[tuple[int, ChatMessage]] = []
    for index, message in enumerate(branch):
        if not is_sent(message):
            continue
        if message.role is Role.ASSISTANT and out and out[-1][1].role is Role.ASSISTANT:
            start, previous = out[-1]
            joined = join_continuation(previous.content, message.content)
            out[-1] = (start, ChatMessage(Role.ASSISTANT, joined))
            continue
        out.append((index, ChatMessage(message.role, message.content)))
    return out


def build_continue_context(system_prompt: str, branch: Sequence[Message]) -> list[ChatMessage]:
    """Context for "Continue": the branch up to the partial answer, then a short instruction.

    The instruction is sent but never stored; the continuation is saved as a child answer.
    """
    return [*build_context(system_prompt, branch), ChatMessage(Role.USER, CONTINUE_INSTRUCTION)]


def join_continuation(previous: str, addition: str) -> str:
    """Glue a continuation to the partial answer, adding a space only where words would fuse."""
    if not previous or not addition:
        return previous + addition
    if previous[-1].isspace() or addition[0].isspace():
        return previous + addition
    if previous[-1].isalnum() and addition[0].isalnum():
        return previous + " " + addition
    return previous + addition
