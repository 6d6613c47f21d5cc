"""A stub LLM server on 127.0.0.1 speaking the real Anthropic Messages and OpenAI Chat wire formats.

Tests point the official SDKs at it (`base_url`) to exercise success, bad output and faults offline.

Usage::

    from tests.stubs.llm_server import StubLLMServer, Reply

    with StubLLMServer() as stub:                    # starts on a free port in a daemon thread
        stub.push(Reply.json({"answer": 1}))         # scripted queue, consumed one per request
        stub.push(Reply.text("not json"))            # any content (schema-invalid, malformed)
        stub.push(Reply.status(429, retry_after=7))  # error with the provider's error body
        stub.push(Reply.status(500))
        stub.push(Reply.slow(2.0, Reply.json({})))   # sleeps, then answers (for client timeouts)
        client = AnthropicClient(api_key="test", base_url=stub.anthropic_base_url)
        ...
        stub.requests          # list[StubRequest(path, headers, body)] in arrival order
        stub.request_texts()   # every request body as text, e.g. to assert no PHI was sent

Endpoints: `POST /v1/messages` (Anthropic; base URL `stub.anthropic_base_url`, the SDK appends
`/v1/messages`) and `POST /v1/chat/completions` (OpenAI; base URL `stub.openai_base_url`, which
ends in `/v1`). When the queue is empty the `responder(path, body) -> Reply` callback answers
(default: HTTP 500 saying the script ran out), so tests can compute replies from the request.
Usage numbers are `input_tokens`/`output_tokens` (Anthropic) or `prompt_tokens`/
`completion_tokens`/`total_tokens` (OpenAI), counted as whitespace-separated words.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Reply:
    """One scripted behaviour: a text answer, an HTTP error, or a delay before another reply."""

    content: str | None = None
    http_status: int = 200
    retry_after: float | None = None
    delay: float = 0.0
    then: Reply | None = None
    model: str | None = None

    @staticmethod
    def json(obj: Any) -> Reply:
        return Reply(content=json.dumps(obj))

    @staticmethod
    def text(content: str) -> Reply:
        return Reply(content=content)

    @staticmethod
    def status(code: int, *, retry_after: float | None = None, message: str | None = None) -> Reply:
        return Reply(content=message, http_status=code, retry_after=retry_after)

    @staticmethod
    def slow(seconds: float, then: Reply | None = None) -> Reply:
        return Reply(delay=seconds, then=then or Reply(content="{}"))


@dataclass(frozen=True)
class StubRequest:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    raw: str


def _default_responder(path: str, body: dict[str, Any]) -> Reply:
    return Reply(http_status=500, content="stub script exhausted")


@dataclass
class StubLLMServer:
    responder: Callable[[str, dict[str, Any]], Reply] = _default_responder
    requests: list[StubRequest] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._queue: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- control -----------------------------------------------------------------------------
    def push(self, *replies: Reply) -> None:
        with self._lock:
            self._queue.extend(replies)

    def request_texts(self) -> list[str]:
        return [r.raw for r in self.requests]

    @property
    def port(self) -> int:
        assert self._server is not None, "stub server not started"
        return int(self._server.server_address[1])

    @property
    def anthropic_base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def openai_base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> StubLLMServer:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
                return

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", "0"))
                raw = self.rfile.read(length).decode("utf-8")
                try:
                    body = json.loads(raw) if raw else {}
                except ValueError:
                    body = {}
                with stub._lock:
                    stub.requests.append(StubRequest(self.path, dict(self.headers), body, raw))
                    reply = stub._queue.popleft() if stub._queue else None
                if reply is None:
                    reply = stub.responder(self.path, body)
                while reply.delay:
                    time.sleep(reply.delay)
                    reply = reply.then or Reply(content="{}")
                stub._answer(self, reply, body)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> StubLLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- wire formats --------------------------------------------------------------------------
    def _answer(self, h: BaseHTTPRequestHandler, reply: Reply, body: dict[str, Any]) -> None:
        openai = h.path.rstrip("/").endswith("/chat/completions")
        if not openai and not h.path.rstrip("/").endswith("/v1/messages"):
            self._send(h, 404, {"error": {"message": f"no route {h.path}"}}, {})
            return
        model = reply.model or str(body.get("model", "stub-model"))
        headers: dict[str, str] = {}
        if reply.http_status != 200:
            if reply.retry_after is not None:
                headers["retry-after"] = str(reply.retry_after)
            message = reply.content or f"stub error {reply.http_status}"
            if openai:
                payload: dict[str, Any] = {
                    "error": {
                        "message": message,
                        "type": "rate_limit_exceeded"
                        if reply.http_status == 429
                        else "server_error",
                        "param": None,
                        "code": None,
                    }
                }
            else:
                kind = {429: "rate_limit_error", 400: "invalid_request_error"}.get(
                    reply.http_status, "api_error"
                )
                payload = {"type": "error", "error": {"type": kind, "message": message}}
            self._send(h, reply.http_status, payload, headers)
            return
        text = reply.content or ""
        prompt_words = sum(len(str(m.get("content", "")).split()) for m in body.get("messages", []))
        prompt_words += len(str(body.get("system", "")).split())
        out_words = len(text.split())
        if openai:
            payload = {
                "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": text, "refusal": None},
                        "logprobs": None,
                        "finish_reason": "stop",
                    }
                ],
                "usage": {
                    "prompt_tokens": prompt_words,
                    "completion_tokens": out_words,
                    "total_tokens": prompt_words + out_words,
                },
                "system_fingerprint": "fp_stub",
            }
            headers["x-request-id"] = f"req_{uuid.uuid4().hex[:16]}"
        else:
            payload = {
                "id": f"msg_{uuid.uuid4().hex[:24]}",
                "type": "message",
                "role": "assistant",
                "model": model,
                "content": [{"type": "text", "text": text}],
                "stop_reason": "end_turn",
                "stop_sequence": None,
                "usage": {"input_tokens": prompt_words, "output_tokens": out_words},
            }
            headers["request-id"] = f"req_{uuid.uuid4().hex[:16]}"
        self._send(h, 200, payload, headers)

    @staticmethod
    def _send(
        h: BaseHTTPRequestHandler, status: int, payload: dict[str, Any], headers: dict[str, str]
    ) -> None:
        data = json.dumps(payload).encode("utf-8")
        try:
            h.send_response(status)
            h.send_header("content-type", "application/json")
            h.send_header("content-length", str(len(data)))
            for k, v in headers.items():
                h.send_header(k, v)
            h.end_headers()
            h.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test); nothing to deliver
