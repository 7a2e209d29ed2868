"""An MCP server for the tests, written with the SDK's own server side (MCPServer).

Why: the host must be tried against what real servers do — answer slowly, fail (isError and raised
exceptions), answer far too much, grow new tools while running (notifications/tools/list_changed),
crash, and check a header (auth). Run as `python -m tests.tools.mcp_test_server`:

    --http PORT     Streamable HTTP on 127.0.0.1:PORT at /mcp (PORT 0: a free one; the chosen port is
                    printed as "PORT <n>" on stdout once the server listens)
    --stdio         over stdin/stdout instead
    --token TEXT    (http) every request must carry "Authorization: Bearer TEXT", else 401
    --print-env N   (stdio) write "env N=<its value>" to stderr at start (a server that logs a secret)
    --linger S      (stdio) stay alive S seconds after stdin closes (a server slow to notice the app died)
    --crash-file F  (stdio) if the file F exists at start, exit at once with status 3 (a server that
                    keeps crashing until the test removes F)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path
from typing import Any

from mcp.server.mcpserver import Context, MCPServer
from mcp.types import ToolAnnotations

server: MCPServer[Any] = MCPServer("test-server")
seen_headers: dict[str, str] = {}


@server.tool(annotations=ToolAnnotations(readOnlyHint=True))
def echo(text: str) -> str:
    """Answers with the text it was given."""
    return text


@server.tool(annotations=ToolAnnotations(destructiveHint=True))
async def slow(seconds: float) -> str:
    """Sleeps, then answers."""
    await asyncio.sleep(seconds)
    return f"slept {seconds}"


@server.tool()
def fail_with_exception(reason: str) -> str:
    """Raises: the SDK turns it into an isError result."""
    raise RuntimeError(f"tool failed: {reason}")


@server.tool()
def huge(size: int) -> str:
    """Answers with `size` characters."""
    return "x" * size


@server.tool()
def headers_seen(ctx: Context) -> str:
    """The request's Authorization and X-Test headers, as the server saw them."""
    headers = ctx.headers or {}
    return f"authorization={headers.get('authorization', '')};x-test={headers.get('x-test', '')}"


@server.tool()
async def add_tool(name: str, ctx: Context) -> str:
    """Adds a tool called `name` and tells the client its tool list changed."""

    def added() -> str:
        return f"I am {name}"

    server.add_tool(added, name=name, description=f"added at run time: {name}")
    await ctx.session.send_tool_list_changed()
    return f"added {name}"


@server.tool()
def crash() -> str:
    """Exits the whole server process at once (a crash)."""
    os._exit(3)


def _http(port: int, token: str | None) -> None:
    import socket

    import uvicorn
    from starlette.responses import PlainTextResponse
    from starlette.types import ASGIApp, Receive, Scope, Send

    inner = server.streamable_http_app()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and token is not None:
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
            if headers.get("authorization") != f"Bearer {token}":
                await PlainTextResponse("unauthorized", status_code=401)(scope, receive, send)
                return
        await inner(scope, receive, send)

    wrapped: ASGIApp = app
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    print(f"PORT {sock.getsockname()[1]}", flush=True)
    config = uvicorn.Config(wrapped, log_level="warning", lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--http", type=int)
    parser.add_argument("--stdio", action="store_true")
    parser.add_argument("--token")
    parser.add_argument("--crash-file")
    parser.add_argument("--print-env")
    parser.add_argument("--linger", type=float, default=0.0)
    args = parser.parse_args()
    if args.print_env:
        print(f"env {args.print_env}={os.environ.get(args.print_env, '')}", file=sys.stderr, flush=True)
    if args.crash_file and Path(args.crash_file).exists():
        print("crashing at start, as asked", file=sys.stderr, flush=True)
        os._exit(3)
    if args.http is not None:
        _http(args.http, args.token)
    else:
        print("test server on stdio", file=sys.stderr, flush=True)
        server.run("stdio")
        if args.linger:
            import time

            time.sleep(args.linger)


if __name__ == "__main__":
    main()
