"""Domain data shared by every layer: plain, frozen, typed, and free of Qt and I/O.

Why a module of its own: the API client, the history store, the services and the UI all talk
about the same things (a conversation, a message, the knobs of a generation, token usage). Keeping
them here, immutable, lets each layer depend on the domain and never on one another.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Role(enum.StrEnum):
    """Who wrote a message, with the wire names of the Chat Completions API."""

    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"
    TOOL = "tool"  # only on the wire: a tool's result is stored with the answer that called it


class MessageStatus(enum.StrEnum):
    """Where a message stands; anything but COMPLETE offers Continue / Retry in the UI."""

    COMPLETE = "complete"
    STREAMING = "streaming"  # being received; found on start-up it means the app died mid-answer
    INTERRUPTED = "interrupted"  # stopped by the user, a dropped connection or a crash
    FAILED = "failed"  # the gateway reported an error; `Message.error` says what, in plain words


class FinishReason(enum.StrEnum):
    """Why the model stopped, normalised to lower case; unknown values map to OTHER."""

    STOP = "stop"
    LENGTH = "length"
    CONTENT_FILTER = "content_filter"
    TOOL_CALLS = "tool_calls"
    OTHER = "other"

    @classmethod
    def parse(cls, raw: str | None) -> FinishReason | None:
        if raw is None:
            return None
        try:
            return cls(raw.strip().lower())
        except ValueError:
            return cls.OTHER


class EndReason(enum.StrEnum):
    """Why an answer ended, saved in its own column; the UI words it and picks the card's buttons.

    With FAILED, `Message.problem` names what went wrong. NONE is for a message that is not an
    answer, or an answer still streaming.
    """

    NONE = ""
    FINISHED = "finished"  # the model ended the answer (finish_reason says how: stop, length, filter…)
    STOPPED = "stopped"  # the person pressed Stop
    APP_CLOSED = "app_closed"  # the app quit, or died, before the answer finished
    FAILED = "failed"  # the gateway or the connection failed: see `problem`
    APP_ERROR = "app_error"  # a bug inside the app cut the answer short


class Problem(enum.StrEnum):
    """What went wrong in the world while talking to the gateway: one value per kind of failure.

    The gateway client's errors each carry one (`GatewayError.problem`); answers that failed save
    it. Nothing below the UI words these: the UI has one sentence and one action per value.
    """

    GATEWAY = "gateway"  # any other failure of the gateway
    KEY_REJECTED = "key_rejected"
    ACCESS_DENIED = "access_denied"
    NOT_A_GATEWAY = "not_a_gateway"
    MODEL_NOT_AVAILABLE = "model_not_available"
    CONTEXT_TOO_LONG = "context_too_long"
    IMAGES_NOT_SUPPORTED = "images_not_supported"  # the model reads no images ("image_url is only…")
    TOOLS_NOT_SUPPORTED = "tools_not_supported"  # the gateway or model refused `tools`
    RATE_LIMITED = "rate_limited"
    SERVER_TROUBLE = "server_trouble"
    TIMEOUT = "timeout"
    NO_CONNECTION = "no_connection"
    INSECURE = "insecure"
    REQUEST_REFUSED = "request_refused"  # another 4xx
    BROKEN_OFF = "broken_off"  # the answer began but the stream ended early
    EMPTY_ANSWER = "empty_answer"
    STREAM_FAILED = "stream_failed"  # an error reported after HTTP 200


class Refusal(enum.StrEnum):
    """Why a use case did not run (nothing was sent or saved); the UI words each one."""

    NOTHING_TO_SEND = "nothing_to_send"
    BUSY = "busy"  # an answer is streaming in this chat
    NO_KEY = "no_key"
    CHAT_GONE = "chat_gone"
    MESSAGE_GONE = "message_gone"
    ONLY_OWN_MESSAGES_EDITABLE = "only_own_messages_editable"
    ONLY_ANSWERS_REGENERATE = "only_answers_regenerate"
    ONLY_ANSWERS_CONTINUE = "only_answers_continue"
    ALREADY_COMPLETE = "already_complete"
    CANNOT_SEND_AGAIN = "cannot_send_again"
    MESSAGE_TOO_LONG = "message_too_long"  # the message alone is longer than the model's whole window
    IMAGES_NOT_SUPPORTED = "images_not_supported"  # images attached, and the model reads no images
    ATTACHMENTS_NOT_READY = "attachments_not_ready"  # a file is still being read (or could not be)
    TOO_MANY_TOOL_ROUNDS = "too_many_tool_rounds"  # the model kept calling tools past the limit
    NOTHING_TO_SUMMARISE = "nothing_to_summarise"  # every earlier message is already sent
    NOT_ALLOWED = "not_allowed"  # the organisation's policy forbids it (refusals.NotAllowed: what)


@dataclass(frozen=True, slots=True)
class GenerationParams:
    """The optional sampling parameters of the seed API; None (or an empty stop) means "not sent"."""

    temperature: float | None = None
    top_p: float | None = None
    max_tokens: int | None = None
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    stop: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """Only the parameters that are set, ready for JSON (stop as a list)."""
        out: dict[str, object] = {}
        for name in ("temperature", "top_p", "max_tokens", "presence_penalty", "frequency_penalty"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.stop:
            out["stop"] = list(self.stop)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, object] | None) -> GenerationParams:
        """The parameters from their JSON form; TypeError or ValueError for a value of the wrong kind."""
        data = data or {}

        def num(name: str) -> float | None:
            v = data.get(name)
            if v is None:
                return None
            if not isinstance(v, int | float | str):
                raise TypeError(f"{name} should be a number, not {type(v).__name__}")
            return float(v)

        max_tokens = data.get("max_tokens")
        if max_tokens is not None and not isinstance(max_tokens, int | float | str):
            raise TypeError(f"max_tokens should be a whole number, not {type(max_tokens).__name__}")
        stop = data.get("stop") or ()
        if isinstance(stop, str):
            stop = (stop,)
        if not isinstance(stop, list | tuple):
            raise TypeError(f"stop should be text or a list, not {type(stop).__name__}")
        return cls(
            temperature=num("temperature"),
            top_p=num("top_p"),
            max_tokens=None if max_tokens is None else int(max_tokens),
            presence_penalty=num("presence_penalty"),
            frequency_penalty=num("frequency_penalty"),
            stop=tuple(str(s) for s in stop),
        )


@dataclass(frozen=True, slots=True)
class Usage:
    """Token counts as reported by the gateway; any of them may be unknown."""

    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_tokens: int | None = None

    @property
    def known_total(self) -> int | None:
        if self.total_tokens is not None:
            return self.total_tokens
        if self.prompt_tokens is None and self.completion_tokens is None:
            return None
        return (self.prompt_tokens or 0) + (self.completion_tokens or 0)


@dataclass(frozen=True, slots=True)
class Price:
    """An estimated list price in US dollars per million tokens, read (prompt) and written (answer)."""

    input_per_million: float
    output_per_million: float

    def cost(self, usage: Usage | None) -> float | None:
        """The estimated cost of `usage` in dollars; None when no token count is known."""
        if usage is None or (usage.prompt_tokens is None and usage.completion_tokens is None):
            return None
        return ((usage.prompt_tokens or 0) * self.input_per_million
                + (usage.completion_tokens or 0) * self.output_per_million) / 1_000_000


class LimitSource(enum.StrEnum):
    """Where a model's context window (or price) in force comes from, weakest first."""

    NONE = "none"  # nothing is known
    STANDARD = "standard"  # the app's defaults for the seed's models
    GATEWAY = "gateway"  # the gateway's own model list (`context_length`, `pricing`…)
    LEARNED = "learned"  # a context error named the limit for this model on this gateway
    SETTINGS = "settings"  # the person (or IT) set it in Settings


@dataclass(frozen=True, slots=True)
class ModelFacts:
    """What is known about one model: its context window and output limit in tokens, and its price."""

    model: str
    context_window: int | None = None
    max_output: int | None = None
    price: Price | None = None
    reads_images: bool | None = None  # takes image parts (None: not known)
    draws_images: bool | None = None  # can answer with images (sent `modalities: ["image", "text"]`)


class SideRequest(enum.StrEnum):
    """A request the app makes on its own besides answers (its tokens count in the usage totals)."""

    SUMMARY = "summary"
    TITLE = "title"


class TitleSource(enum.StrEnum):
    """Who named a chat: the first words of its first message, a small model, or the person."""

    FIRST_MESSAGE = "first_message"
    MODEL = "model"
    PERSON = "person"


@dataclass(frozen=True, slots=True)
class Summary:
    """A model-written summary of a branch up to and including `through_message_id`.

    It is sent in place of those earlier messages in every branch that passes through that message;
    the person can read, edit and remove it. `covered` is how many messages it stands for.
    """

    id: int
    conversation_id: int
    through_message_id: int
    content: str
    created_at: float
    updated_at: float
    covered: int = 0
    model: str | None = None
    usage: Usage | None = None


class AttachmentKind(enum.StrEnum):
    """What a file on a message is to the model: an image it looks at, or a document it reads."""

    IMAGE = "image"  # sent as an `image_url` part (a data: URL with its real MIME type)
    DOCUMENT = "document"  # its extracted text is sent in the message, headed by its file name


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file on a message or on a draft: what it is and where its bytes are (content hashes).

    `sha256` names the original file's bytes (opened and saved years later); `sent_sha256` the
    version sent to the model when it differs (an image scaled down to 2,048 px), else None.
    For documents `text` is what the model reads (extracted, capped; `left_out` counts the rows or
    characters the cap left out) and `pages` the page (or slide, or sheet) count when known.
    `scanned` marks a PDF without a text layer: its pages go as images (`page_images`) if the
    person says so, else nothing of it is sent.
    """

    id: int
    kind: AttachmentKind
    name: str
    mime: str
    size: int  # bytes of the original
    sha256: str
    sent_sha256: str | None = None
    width: int | None = None  # images: pixels of the version sent
    height: int | None = None
    text: str = ""
    pages: int | None = None
    left_out: int = 0
    scanned: bool = False
    page_images: tuple[str, ...] = ()  # sha256 of each page rendered as an image (scans sent as images)

    @property
    def sent_hash(self) -> str:
        """The blob sent to the model (the scaled version of an image, else the original)."""
        return self.sent_sha256 or self.sha256


def image_mime(head: bytes) -> str | None:
    """The real MIME type of PNG, JPEG, GIF or WebP bytes from their first bytes; None otherwise.

    Every layer that meets a picture (attached, sent, drawn by a model) names its type this way,
    never by a file name or a URL's claim.
    """
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if len(head) >= 12 and head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    return None


@dataclass(frozen=True, slots=True)
class ImagePart:
    """An image as sent in a message: its bytes and real MIME type (becomes a data: URL).

    Plans are made without the bytes (`data` empty, `sha256` naming the stored blob): they are read
    only for the request that goes out (`services.context.with_image_bytes`).
    """

    mime: str
    data: bytes
    width: int | None = None
    height: int | None = None
    sha256: str = ""


class ToolOutcome(enum.StrEnum):
    """How one tool call ended (saved with its result; the UI words each)."""

    DONE = "done"  # the tool ran and answered
    FAILED = "failed"  # the tool ran and reported an error, or its server failed
    TIMED_OUT = "timed_out"
    DENIED = "denied"  # the person said no
    STOPPED = "stopped"  # the person stopped the answer while it ran (or before it was decided)
    MALFORMED = "malformed"  # the model's arguments are not a JSON object
    UNKNOWN_TOOL = "unknown_tool"  # the model called a tool that was not offered


class ToolDecision(enum.StrEnum):
    """What the person said to a tool call the model asked for."""

    ALLOW_ONCE = "allow_once"
    ALWAYS_ALLOW = "always_allow"  # this tool of this server, from now on (kept in mcp.json's autoApprove)
    DENY = "deny"


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """A tool offered to the model: its unique name, what it does, its JSON-Schema parameters
    (as JSON text, so the spec stays hashable), and where it comes from."""

    name: str  # unique across servers, as sent to the model (^[a-zA-Z0-9_-]{1,64}$)
    description: str
    parameters_json: str  # a JSON object (JSON Schema); "{}" when the tool takes none
    server: str = ""  # the MCP server's name in the configuration
    tool: str = ""  # the tool's own name on that server
    read_only: bool | None = None  # MCP annotations (hints, untrusted): readOnlyHint
    destructive: bool | None = None  # destructiveHint


@dataclass(frozen=True, slots=True)
class ToolCall:
    """One call the model asked for: its id, the tool's name as offered, the arguments as the model
    wrote them (JSON text, possibly malformed — kept as written)."""

    id: str
    name: str
    arguments: str


@dataclass(frozen=True, slots=True)
class ToolResult:
    """What came of a call: sent back to the model as a `role: "tool"` message with its call's id."""

    call_id: str
    outcome: ToolOutcome
    content: str  # the text the model reads (a tool's output, or why there is none)
    server: str = ""
    tool: str = ""
    duration_ms: int | None = None
    is_error: bool = False  # the tool itself said its result is an error (MCP isError)


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One message as sent to the gateway (role + content), without any history bookkeeping.

    `images` turn the content into a list of parts: the text first, then one `image_url` each.
    """

    role: Role
    content: str
    images: tuple[ImagePart, ...] = ()
    tool_calls: tuple[ToolCall, ...] = ()  # an assistant message that called tools
    tool_call_id: str | None = None  # a Role.TOOL message: the call it answers


@dataclass(frozen=True, slots=True)
class Message:
    """A stored message: a node in the conversation's tree (`parent_id` links to the one before)."""

    id: int
    conversation_id: int
    parent_id: int | None
    role: Role
    content: str
    created_at: float  # Unix seconds
    updated_at: float
    reasoning: str = ""
    model: str | None = None
    params: GenerationParams = field(default_factory=GenerationParams)
    usage: Usage | None = None
    finish_reason: FinishReason | None = None
    status: MessageStatus = MessageStatus.COMPLETE
    error: str | None = None  # the gateway's own words about a failure (technical detail, untranslated)
    latency_ms: int | None = None  # time from sending to the last token
    end_reason: EndReason = EndReason.NONE
    problem: Problem | None = None  # with EndReason.FAILED: what went wrong
    attachments: tuple[Attachment, ...] = ()  # files sent with it, or images a model answered with
    tool_calls: tuple[ToolCall, ...] = ()  # an answer that asked for tools (finish_reason tool_calls)
    tool_results: tuple[ToolResult, ...] = ()  # what came of them, in the order of the calls


@dataclass(frozen=True, slots=True)
class BranchMessage:
    """A message of the branch on screen, with the ids of its alternatives (for "‹ 2 / 3 ›").

    `sibling_ids` holds the messages with the same parent in the same conversation, this one
    included, oldest first: a 1-tuple when the message has no alternative.
    """

    message: Message
    sibling_ids: tuple[int, ...] = ()

    @property
    def position(self) -> int:
        """0-based index of this message among its siblings (0 when alone)."""
        try:
            return self.sibling_ids.index(self.message.id)
        except ValueError:
            return 0


@dataclass(frozen=True, slots=True)
class ChatSettings:
    """What a chat is sent with: the model, the sampling parameters and the system prompt."""

    model: str
    params: GenerationParams = field(default_factory=GenerationParams)
    system_prompt: str = ""
    keep_turns: int | None = None  # "Send the last N turns only"; None: as many as fit


@dataclass(frozen=True, slots=True)
class Conversation:
    """A chat: its settings in force, the draft being typed, and which branch of its tree is shown."""

    id: int
    title: str
    created_at: float
    updated_at: float
    pinned: bool = False
    archived: bool = False
    model: str | None = None
    params: GenerationParams = field(default_factory=GenerationParams)
    system_prompt: str = ""
    draft: str = ""
    current_leaf_id: int | None = None  # the last message of the branch on screen
    trashed_at: float | None = None  # Unix seconds when it went to the trash; None when it is not there
    keep_turns: int | None = None  # send only the last N turns (question + answer); None: all that fit
    title_source: TitleSource = TitleSource.FIRST_MESSAGE
    tools_enabled: bool = True  # the configured tools are offered to the model in this chat
