"""A gateway simulator: an OpenAI-compatible Chat Completions server on 127.0.0.1 we fully control.

Why: tests, benchmarks, the app's offline demo and the README's "try it without a key" path all need
a gateway that behaves like the seed API *and* can misbehave like real gateways, on demand, over a
real socket, with no dependency and no network. Standard library only (asyncio streams); it starts
in a few milliseconds, in a background thread (`SimulatorServer`) or as a command:

    python -m desktop_chat.devtools.simulator --port 8765     # base URL http://127.0.0.1:8765/v1

Endpoints: `GET /v1/models`, `POST /v1/chat/completions` (streamed or not, with usage). Keys: any
Bearer key works except `sk-bad` (401) and `sk-bad-400` (400 "Invalid API key"); no key → 401.
Models: the seed's ids; `deepseek-ai/deepseek-r1-0528-maas` streams `reasoning_content` first;
unknown models → 404 `model_not_found`. Default answer: friendly Markdown reflecting your last
message, ~200 tokens/s, then a usage chunk and `[DONE]`.

Choosing a scenario (see `scenarios.py` for names and parameters), first match wins:
  1. queued: `server.queue("drop;after=3")` or `POST /_sim/queue {"scenario": …, "count": 1,
     "endpoint": "chat"|"models"}` (`DELETE /_sim/queue` clears) — for the next requests;
  2. header `X-Sim-Scenario: status;code=429;retry_after=2`;
  3. query `?scenario=…` on the endpoint URL;
  4. a base URL prefix: `http://127.0.0.1:N/_sim/<spec>/v1` (works with any client);
  5. the model name `sim/<spec>` (e.g. `sim/think`).
`GET /_sim/requests` lists what was received (keys never shown), including when a client hung up
and, for chat requests, `prompt_tokens`: the messages counted by the simulator's own token rule.

Token counts: `usage` follows `token_rule.py` — a fixed rule unlike characters / 4 (ASCII words
ceil(len/4), digit runs ceil(len/3), CJK 1 per character, other letters 1 per 2, each other
character 1, whitespace 0; 4 per message, 3 for the reply): prompt_tokens = the request's messages,
completion_tokens = what the reply wrote (reasoning and answer), streamed or not alike.

Context limits (none by default): `Simulator(limits={"gemini-2.5-flash": 1000})` or
`POST /_sim/limits {"gemini-2.5-flash": 1000, "claude-sonnet-4-5": {"limit": 2000, "shape": "anthropic"}}`
(`DELETE` clears, `GET` shows). When prompt_tokens + max_tokens (0 when unset) is more than the
model's limit, an answering request gets a context error instead, in the model's `shape`, else the
server's (`context_shape=`, default openai); `context_shape=…` in the request's spec overrides both.
Shapes (`ContextShape`, context_errors.py): openai (400 context_length_exceeded), anthropic,
gemini, litellm, vllm, no_number (no code, no number), in_stream (HTTP 200, then the error),
empty (llama.cpp's empty HTTP 200). The `context;shape=…;limit=N;requested=M` scenario forces one.

Model list facts: `Simulator(model_facts={"gemini-2.5-flash": ModelFacts(…)})` or
`POST /_sim/model-facts {"gemini-2.5-flash": {"context_length": 1048576, "pricing": {…}}}` (raw
fields added to that model's item as given; `DELETE` clears): ModelFacts are reported OpenRouter's
way — `context_length`, `top_provider.max_completion_tokens`, `pricing` as dollars-per-token strings.
`report_modalities=True` adds `architecture.input_modalities` / `output_modalities` to every model.

Attachments: content-part lists are accepted in any message; `RequestRecord.images` lists each
image part as (mime, width, height) read from its bytes ("" when unreadable) and `.documents` each
`<document name="…">` block as (name, words). When the last user message has some, the default
answer begins "1 image 1280×720 PNG, 1 document of 2,314 words:". Models in `no_image_models`
(default: DeepSeek R1) answer an image part with 400 "Invalid content type. image_url is only
supported by certain models.". Models in `image_models` (default: gemini-2.5-flash-image-preview)
asked for `modalities: ["image", "text"]` answer a sentence and a 64×48 PNG of a colour of their own,
in the form `image_form` says (images | legacy_image | parts | markdown | remote; see
image_answers.py), set by `Simulator(image_form=…)`, `POST /_sim/image-form {"form": "markdown"}`
(GET shows, DELETE resets) or `image_form=…` in a scenario spec; without `modalities`, text only.

Tools: a request that offers `tools` is answered by a tool-calling model (see tool_answers.py): by
default one call to the first tool (arguments from its schema's required properties), then, once
the `role: "tool"` results have come, a text answer quoting them ("The tool said: …"). Other
behaviours — parallel, split, malformed, unknown, forever, none — by `Simulator(tool_script=…,
tool_name=…)`, `POST /_sim/tool-script {"script": "split", "tool": "get_current_time"}` (GET shows,
DELETE resets) or `tool_script=…;tool=…` in a scenario spec. Tool messages that answer no preceding
call, or calls left without results, get OpenAI's 400. Models in `no_tool_models` (default none;
`"refuse_models": […]` in the POST) answer a request with tools with 400 "… does not support tools".
`RequestRecord.tools` lists the offered tools' names, `.tool_messages` the (tool_call_id, content)
of the results received, `.tool_calls_made` the calls the reply made.
"""

from __future__ import annotations

import argparse
import asyncio
import ssl
import sys
import threading
import time
from collections.abc import Mapping

from desktop_chat.devtools.context_errors import ContextShape
from desktop_chat.devtools.gateway import BAD_KEY, BAD_KEY_400, RequestRecord, Simulator
from desktop_chat.devtools.image_answers import ImageForm
from desktop_chat.devtools.tool_answers import ToolScript
from desktop_chat.domain import ModelFacts

__all__ = [
    "BAD_KEY",
    "BAD_KEY_400",
    "ContextShape",
    "ImageForm",
    "RequestRecord",
    "Simulator",
    "SimulatorServer",
    "ToolScript",
    "main",
    "serve",
]


class SimulatorServer:
    """The simulator in a background thread: `with SimulatorServer() as sim: sim.base_url …`."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        default_tps: float = 200.0,
        ssl_context: ssl.SSLContext | None = None,
        limits: Mapping[str, object] | None = None,
        context_shape: ContextShape = ContextShape.OPENAI,
        model_facts: Mapping[str, ModelFacts | Mapping[str, object]] | None = None,
        image_form: ImageForm = ImageForm.IMAGES,
        report_modalities: bool = False,
        tool_script: ToolScript = ToolScript.ONCE_THEN_ANSWER,
        tool_name: str | None = None,
        no_tool_models: frozenset[str] = frozenset(),
    ) -> None:
        self.ssl_context = ssl_context  # serve HTTPS (e.g. with a self-signed certificate, for TLS tests)
        self.host = host
        self.port = port
        self.simulator = Simulator(
            default_tps,
            limits=limits,
            context_shape=context_shape,
            model_facts=model_facts,
            image_form=image_form,
            report_modalities=report_modalities,
            tool_script=tool_script,
            tool_name=tool_name,
            no_tool_models=no_tool_models,
        )
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.base_events.Server | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    @property
    def base_url(self) -> str:
        return f"{self.origin}/v1"

    @property
    def origin(self) -> str:
        scheme = "https" if self.ssl_context is not None else "http"
        return f"{scheme}://{self.host}:{self.port}"

    def scenario_url(self, spec: str) -> str:
        """A base URL that plays `spec` for every request made through it."""
        return f"{self.origin}/_sim/{spec}/v1"

    @property
    def requests(self) -> list[RequestRecord]:
        return list(self.simulator.records)

    def queue(self, spec: str, count: int = 1, endpoint: str = "chat") -> None:
        self.simulator.queue(spec, count, endpoint)

    def wait_for_disconnect(self, timeout: float = 5.0) -> RequestRecord | None:
        """The first request whose client hung up, waiting up to `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for record in self.simulator.records:
                if record.disconnected_at is not None:
                    return record
            time.sleep(0.002)
        return None

    def start(self) -> SimulatorServer:
        if self._thread is not None:
            return self
        self._thread = threading.Thread(target=self._run, name="gateway-simulator", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            raise self._error
        return self

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            self._server = loop.run_until_complete(
                asyncio.start_server(
                    self.simulator.handle, self.host, self.port, limit=1 << 20, ssl=self.ssl_context
                )
            )
            self.port = self._server.sockets[0].getsockname()[1]
        except BaseException as exc:
            self._error = exc
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return

        async def shutdown() -> None:
            if self._server is not None:
                self._server.close()
            await self.simulator.close_connections()
            await asyncio.sleep(0)
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            loop.stop()

        asyncio.run_coroutine_threadsafe(shutdown(), loop)
        thread.join(10)
        self._thread = None
        self._loop = None

    def __enter__(self) -> SimulatorServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


async def serve(
    host: str,
    port: int,
    default_tps: float,
    announce: bool = True,
    *,
    limits: Mapping[str, object] | None = None,
    context_shape: ContextShape = ContextShape.OPENAI,
) -> None:
    simulator = Simulator(default_tps, limits=limits, context_shape=context_shape)
    server = await asyncio.start_server(simulator.handle, host, port, limit=1 << 20)
    actual = server.sockets[0].getsockname()[1]
    if announce:
        print(
            f"Gateway simulator listening on http://{host}:{actual}/v1 "
            f"(any key works except '{BAD_KEY}'; Ctrl+C to stop)",
            flush=True,
        )
    async with server:
        await server.serve_forever()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m desktop_chat.devtools.simulator",
        description="An OpenAI-compatible gateway simulator on 127.0.0.1.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port (0 picks a free one; default 8765)")
    parser.add_argument("--tps", type=float, default=200.0, help="default tokens per second (0 = unlimited)")
    parser.add_argument(
        "--limit",
        action="append",
        default=[],
        metavar="MODEL=TOKENS",
        help="give a model a context limit (repeatable)",
    )
    parser.add_argument(
        "--context-shape",
        choices=[shape.value for shape in ContextShape],
        default=ContextShape.OPENAI.value,
        help="how a context overflow is reported (default openai)",
    )
    args = parser.parse_args(argv)
    limits: dict[str, object] = {}
    for item in args.limit:
        model, _, tokens = item.rpartition("=")
        if not model or not tokens.isdigit():
            parser.error(f"--limit wants MODEL=TOKENS, not {item!r}")
        limits[model] = int(tokens)
    try:
        shape = ContextShape(args.context_shape)
        asyncio.run(serve(args.host, args.port, args.tps, limits=limits, context_shape=shape))
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        print(f"Could not start the simulator: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
