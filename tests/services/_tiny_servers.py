"""Small real HTTP servers on 127.0.0.1 for what the gateway simulator cannot do.

- `NoModelsGateway`: no `/v1/models` (HTML 404, whatever the key), chat checks the key (401) — a
  gateway that simply lacks the models endpoint;
- `PausingStream`: one streamed chunk, then silence until `release()` — a model pausing mid-answer;
- `ForwardingProxy`: a plain HTTP forward proxy that records the request lines it forwards.
"""

from __future__ import annotations

import http.client
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

GOOD_KEY = "sk-tiny-good-key-0123456789"


class _Server:
    handler: type[BaseHTTPRequestHandler]

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.release_event = threading.Event()
        owner = self

        class Handler(self.handler):  # type: ignore[misc, name-defined]
            server_owner = owner

            def log_message(self, *_args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @property
    def base_url(self) -> str:
        return f"{self.origin}/v1"

    def release(self) -> None:
        self.release_event.set()

    def __enter__(self) -> Any:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release_event.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def _chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
    payload = {"id": "c1", "object": "chat.completion.chunk", "created": 0, "model": "m",
               "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return f"data: {json.dumps(payload)}\n\n".encode()


class _NoModelsHandler(BaseHTTPRequestHandler):
    server_owner: Any

    def do_GET(self) -> None:
        self.server_owner.requests.append(f"GET {self.path}")
        body = b"<html><body><h1>404 Not Found</h1></body></html>"
        self.send_response(404)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.server_owner.requests.append(f"POST {self.path}")
        if self.path.rstrip("/") != "/v1/chat/completions":
            self.do_GET()
            return
        if self.headers.get("Authorization", "") != f"Bearer {GOOD_KEY}":
            body = json.dumps({"error": {"message": "Invalid API key", "type": "auth_error",
                                         "code": "invalid_api_key"}}).encode()
            self.send_response(401)
        else:
            body = json.dumps({"id": "c1", "object": "chat.completion", "created": 0, "model": "m",
                               "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hi"},
                                            "finish_reason": "length"}],
                               "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
                              ).encode()
            self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class NoModelsGateway(_Server):
    handler = _NoModelsHandler


class _PausingHandler(BaseHTTPRequestHandler):
    server_owner: Any

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server_owner.requests.append(f"POST {self.path}")
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(_chunk({"role": "assistant", "content": "Hello, "}))
        self.wfile.flush()
        self.server_owner.release_event.wait(15)
        self.wfile.write(_chunk({"content": "world."}))
        self.wfile.write(_chunk({}, "stop"))
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()


class PausingStream(_Server):
    handler = _PausingHandler


class _ProxyHandler(BaseHTTPRequestHandler):
    server_owner: Any

    def _forward(self) -> None:
        self.server_owner.requests.append(f"{self.command} {self.path}")
        target = urlsplit(self.path)  # a forward proxy gets the absolute URL
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k: v for k, v in self.headers.items()
                   if k.lower() not in ("proxy-connection", "connection", "host")}
        conn = http.client.HTTPConnection(target.hostname or "127.0.0.1", target.port or 80, timeout=15)
        path = target.path + (f"?{target.query}" if target.query else "")
        conn.request(self.command, path, body=body or None, headers=headers)
        response = conn.getresponse()
        data = response.read()
        conn.close()
        self.send_response(response.status)
        self.send_header("Content-Type", response.getheader("Content-Type") or "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = _forward
    do_POST = _forward


class ForwardingProxy(_Server):
    handler = _ProxyHandler
