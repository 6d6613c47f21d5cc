"""A stub LLM provider on 127.0.0.1 with a fixed latency and scripted faults per item.

Each item id can have a script of actions, one per call: `ok`, `429:<seconds>`, `500`,
`slow:<seconds>`, `malformed`; calls past the script's end answer `ok`. Calls are counted.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # many clients connect at once; a short backlog drops SYNs
    stub: StubProvider


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so a run does not pay a connect per call
    # Headers and body go out in two writes; with Nagle on, the body waits for a delayed ACK
    # (about 40 ms per call), which would swamp the latency being simulated.
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length", 0))
        body = json.loads(self.rfile.read(length) or b"{}")
        item_id = str(body.get("item_id"))
        stub = self.server.stub
        action = stub.next_action(item_id)
        time.sleep(stub.latency_s)
        if action.startswith("429"):
            _, _, after = action.partition(":")
            self._send(429, b'{"error":"rate limited"}', {"Retry-After": after or "0.05"})
        elif action == "500":
            self._send(500, b'{"error":"boom"}')
        elif action.startswith("slow"):
            time.sleep(float(action.partition(":")[2] or 1.0))
            self._send(200, json.dumps({"item_id": item_id}).encode())
        elif action == "malformed":
            self._send(200, b"{this is not json")
        else:
            self._send(200, json.dumps({"item_id": item_id, "text": "ok"}).encode())

    def _send(self, code: int, payload: bytes, headers: dict[str, str] | None = None) -> None:
        try:
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (its timeout); nothing to do


class StubProvider:
    """Start with `with StubProvider(latency_s=0.2) as stub:`; `stub.url` is the base URL."""

    def __init__(
        self, *, latency_s: float = 0.0, script: dict[str, list[str]] | None = None
    ) -> None:
        self.latency_s = latency_s
        self.script = dict(script or {})
        self.calls: Counter[str] = Counter()
        self.times: dict[str, list[float]] = {}
        """Monotonic arrival time of every call, per item id."""
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.stub = self
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def next_action(self, item_id: str) -> str:
        with self._lock:
            n = self.calls[item_id]
            self.calls[item_id] += 1
            self.times.setdefault(item_id, []).append(time.monotonic())
        steps = self.script.get(item_id, [])
        return steps[n] if n < len(steps) else "ok"

    def __enter__(self) -> StubProvider:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()


def main() -> None:
    """Serve from a separate process (benchmarks): prints the URL, runs until stdin closes."""
    import argparse
    import sys

    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=0.0)
    ns = parser.parse_args()
    with StubProvider(latency_s=ns.latency) as stub:
        print(stub.url, flush=True)
        sys.stdin.read()
        with contextlib.suppress(BrokenPipeError):  # the benchmark may stop reading first
            print(sum(stub.calls.values()), flush=True)


if __name__ == "__main__":
    main()
