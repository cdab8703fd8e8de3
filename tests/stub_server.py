"""A scripted OpenAI-compatible HTTP server on loopback, for tests and benchmarks.

    with StubServer(script([completion('{"a": 1}')])) as srv:
        client = OpenAI(base_url=srv.base_url, api_key="k")

`responder(request_json, n) -> (status, headers, body)` answers the n-th (0-based) chat
completion request; `body` is a dict (sent as JSON) or str/bytes (sent verbatim, e.g. a
malformed body). Returning ``SLEEP(seconds)`` as the status holds the connection without
answering (a client timeout). `script([...])` turns a list of answers into a responder and,
pydantic-ai style, the server raises at exit when scripted answers were left unused.
`.requests` keeps every request body (headers are not kept, so no API key is recorded).
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Union

Body = Union[dict, str, bytes]
Answer = tuple[int, dict, Body]
Responder = Callable[[dict, int], Answer]


@dataclass(frozen=True)
class SLEEP:
    """Returned as the status: wait this long, then drop the connection without answering."""

    seconds: float


def completion(content: str | None = None, *, finish_reason: str = "stop", prompt_tokens: int = 10,
               completion_tokens: int = 5, tool_call: dict | None = None, refusal: str | None = None,
               model: str = "stub-model") -> dict:
    """A chat.completion object with usage; `tool_call` = {"name":..., "arguments": str}."""
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if refusal is not None:
        message["refusal"] = refusal
    if tool_call is not None:
        message["tool_calls"] = [{"id": "call_0", "type": "function", "function": tool_call}]
    return {
        "id": "chatcmpl-stub", "object": "chat.completion", "created": 0, "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason, "logprobs": None}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens},
    }


def ok(body: Body, headers: dict | None = None) -> Answer:
    return 200, headers or {}, body


def error(status: int, message: str = "error", headers: dict | None = None) -> Answer:
    return status, headers or {}, {"error": {"message": message, "type": "stub", "code": status}}


class script:
    """A responder that plays `answers` in order; `.unused` says how many were never asked for."""

    def __init__(self, answers: list[Answer]):
        self.answers = list(answers)
        self.used = 0
        self._lock = threading.Lock()

    def __call__(self, request: dict, n: int) -> Answer:
        with self._lock:
            if self.used >= len(self.answers):
                return error(599, f"stub script exhausted after {len(self.answers)} answers")
            answer = self.answers[self.used]
            self.used += 1
        return answer

    @property
    def unused(self) -> int:
        return len(self.answers) - self.used


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024  # the default backlog (5) refuses bursts of concurrent clients


class StubServer:
    """ThreadingHTTPServer on 127.0.0.1 (free port) serving /v1/chat/completions and /v1/models."""

    def __init__(self, responder: Responder, latency: float = 0.0, *, strict: bool = True):
        self.responder = responder
        self.latency = latency
        self.strict = strict
        self.requests: list[dict] = []
        self._count = 0
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        assert self._httpd is not None, "use StubServer as a context manager"
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def _next(self, body: dict) -> Answer:
        with self._lock:
            n = self._count
            self._count += 1
            self.requests.append(body)
        return self.responder(body, n)

    def __enter__(self) -> "StubServer":
        self._httpd = _Server(("127.0.0.1", 0), _handler(self))
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self._httpd is not None
        self._httpd.shutdown()
        self._httpd.server_close()
        unused = getattr(self.responder, "unused", 0)
        if self.strict and exc_type is None and unused:
            raise AssertionError(f"stub server: {unused} scripted response(s) were never requested")


def _handler(server: StubServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # headers and body go out in two writes: without TCP_NODELAY each response waits
        # ~40 ms for the client's delayed ACK
        disable_nagle_algorithm = True

        def log_message(self, *args) -> None:  # keep test output quiet
            pass

        def do_GET(self) -> None:
            if self.path.rstrip("/").endswith("/models"):
                self._send(200, {}, {"object": "list", "data": [
                    {"id": "stub-model", "object": "model", "created": 0, "owned_by": "stub"}]})
            else:
                self._send(404, {}, {"error": {"message": f"no route {self.path}"}})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._send(404, {}, {"error": {"message": f"no route {self.path}"}})
                return
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                self._send(400, {}, {"error": {"message": "request body is not JSON"}})
                return
            status, headers, answer = server._next(body)
            if server.latency:
                time.sleep(server.latency)
            if isinstance(status, SLEEP):
                time.sleep(status.seconds)
                self.close_connection = True
                return
            self._send(status, headers, answer)

        def _send(self, status: int, headers: dict, body: Body) -> None:
            if isinstance(body, dict):
                data = json.dumps(body).encode()
                ctype = "application/json"
            else:
                data = body.encode() if isinstance(body, str) else body
                ctype = "application/json"
            try:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                for k, v in headers.items():
                    self.send_header(k, str(v))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout test)

    return Handler
