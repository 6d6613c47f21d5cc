"""Test pipelines that answer every category straight from the gold item, with injectable faults.

`create` is the in-process echo; `create_http` asks a stub provider on 127.0.0.1 first (see
`tests.pipelines.stub_provider`), so retries, rate limits, timeouts and the cache are exercised.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import threading
import time
from collections import Counter
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from harness.contract import (
    AcuityPrediction,
    GoldItem,
    GroundednessPrediction,
    IraePrediction,
    PhiPrediction,
    PipelineConfig,
    PredictedEvent,
    PredictedSpan,
    Prediction,
    RationaleClaim,
    RefusalPrediction,
    RetrievalPrediction,
    RetrievedChunk,
    Trace,
    TransientError,
    TriageDecision,
)
from harness.contract.items import CATEGORIES

_FLIP_ROUTING = {"clear": "escalate", "queue": "clear", "escalate": "clear"}


def _ids(value: Any) -> frozenset[str]:
    if value is None or value == "":
        return frozenset()
    if isinstance(value, str):
        return frozenset(v.strip() for v in value.split(",") if v.strip())
    return frozenset(str(v) for v in value)


def _chunk_id(text: str) -> str:
    return "chunk_" + hashlib.sha256(text.encode()).hexdigest()[:12]


def _decision(routing: str, band: str, refused: bool, item_id: str) -> TriageDecision:
    return TriageDecision(
        routing=routing,  # type: ignore[arg-type]
        acuity_band=band,  # type: ignore[arg-type]
        confidence=0.9,
        rationale=[
            RationaleClaim(
                claim="echoed from gold", evidence_id=_chunk_id(item_id), pathway_id="echo"
            )
        ],
        refused=refused,
    )


def answer(item: GoldItem, *, wrong: bool = False) -> BaseModel:
    """The gold answer for `item` as a prediction (deliberately wrong when `wrong`)."""
    if item.category == "acuity":
        routing = _FLIP_ROUTING[item.gold_routing] if wrong else item.gold_routing
        return AcuityPrediction(decision=_decision(routing, item.gold_acuity, False, item.id))
    if item.category == "phi":
        spans = [] if wrong else item.spans
        return PhiPrediction(
            spans=[PredictedSpan(start=s.start, end=s.end, label=s.label) for s in spans],
            roundtrip_ok=True,
        )
    if item.category == "retrieval":
        ranked = [
            RetrievedChunk(
                chunk_id=_chunk_id(r.pathway_id + r.quote),
                pathway_id="elsewhere" if wrong else r.pathway_id,
                text=r.quote,
                score=1.0 - i / 100,
            )
            for i, r in enumerate(item.relevant)
        ]
        return RetrievalPrediction(ranked=ranked)
    if item.category == "groundedness":
        return GroundednessPrediction(
            decision=_decision("queue", "2-routine", False, item.id),
            claims_supported=[not wrong],
            judge_on_labels=[lab.supported != wrong for lab in item.judge_labels],
        )
    if item.category == "refusal":
        refuse = item.must_refuse != wrong
        return RefusalPrediction(
            decision=_decision("queue", "2-routine", refuse, item.id),
            policy_reasons=[item.reason] if refuse else [],
        )
    if item.category == "irae":
        events = [
            PredictedEvent(
                ctcae_term=ev.ctcae_term,
                grade=ev.grade,
                quote=ev.quote,
                note_id=next(n.note_id for n in item.notes if ev.quote in n.text),
            )
            for ev in item.gold_events
        ]
        if wrong:
            return IraePrediction(irae=not item.gold_irae, events=[])
        return IraePrediction(irae=item.gold_irae, events=events)
    raise ValueError(f"unknown category {item.category}")


class EchoPipeline:
    """Answers from the gold fields. Options (all optional):

    `sleep_ms` latency per call; `wrong_ids` items answered wrongly; `fault` one of
    `transient`, `retry_after`, `crash`, `malformed`, `hang` applied to `fault_ids` (`*` = all)
    for the first `fault_times` attempts (0 = every attempt); `retry_after` seconds.
    """

    name = "echo"
    provider: str
    model = "echo-1"
    categories = frozenset(CATEGORIES)

    def __init__(self, config: PipelineConfig) -> None:
        opts: Mapping[str, Any] = config.options
        self.provider = config.provider
        self.sleep_s = float(opts.get("sleep_ms", 0)) / 1000
        self.wrong_ids = _ids(opts.get("wrong_ids"))
        self.fault = str(opts.get("fault", "none"))
        self.fault_ids = _ids(opts.get("fault_ids", "*"))
        self.fault_times = int(opts.get("fault_times", 0))
        self.retry_after = float(opts.get("retry_after", 0.05))
        self.attempts: Counter[str] = Counter()
        self._lock = threading.Lock()
        # The env var lets a test simulate "the pipeline changed" between a run and its resume.
        stable = {k: v for k, v in opts.items() if k != "sleep_ms"}
        seed = json.dumps(stable, sort_keys=True) + os.environ.get("ECHO_PIPELINE_VERSION", "1")
        self.version = hashlib.sha256(seed.encode()).hexdigest()[:12]

    def _faulty(self, item_id: str, attempt: int) -> bool:
        if self.fault == "none" or not ("*" in self.fault_ids or item_id in self.fault_ids):
            return False
        return self.fault_times == 0 or attempt <= self.fault_times

    def predict(self, item: GoldItem) -> Prediction:
        with self._lock:
            self.attempts[item.id] += 1
            attempt = self.attempts[item.id]
        start = time.perf_counter()
        if self.sleep_s:
            time.sleep(self.sleep_s)
        if self._faulty(item.id, attempt):
            if self.fault == "transient":
                raise TransientError("echo: injected 503")
            if self.fault == "retry_after":
                raise TransientError("echo: injected 429", retry_after=self.retry_after)
            if self.fault == "crash":
                raise RuntimeError("echo: injected crash")
            if self.fault == "hang":
                time.sleep(3600)
            if self.fault == "malformed":
                other = "phi" if item.category != "phi" else "irae"
                wrong_kind = IraePrediction(irae=False, events=[])
                if other == "phi":
                    wrong_kind = PhiPrediction(spans=[], roundtrip_ok=True)  # type: ignore[assignment]
                return Prediction(output=wrong_kind, trace=Trace())
        output = answer(item, wrong=item.id in self.wrong_ids)
        ms = (time.perf_counter() - start) * 1000
        return Prediction(
            output=output,
            trace=Trace(
                stages_ms={"echo": ms},
                tokens_in=10,
                tokens_out=5,
                model=self.model,
                detail={"attempt": attempt},
            ),
        )


def create(config: PipelineConfig) -> EchoPipeline:
    """Factory: the echo pipeline configured by `config.options`."""
    return EchoPipeline(config)


PIPELINE = EchoPipeline(PipelineConfig())
"""A ready-made instance, to test loading an attribute that is already a Pipeline."""

NOT_A_PIPELINE = 42


class HttpEchoPipeline:
    """Calls the stub provider at `options.base_url` once per item, through the response cache.

    Maps 429 (with Retry-After) and 5xx and timeouts to TransientError; a body that is not the
    expected JSON is a permanent error. The request holds only the item id: nothing to redact.
    """

    name = "echo-http"
    categories = frozenset(CATEGORIES)

    def __init__(self, config: PipelineConfig) -> None:
        from urllib.parse import urlsplit

        opts = config.options
        self.provider = config.provider
        self.model = str(opts.get("model", "stub-1"))
        url = urlsplit(str(opts["base_url"]))
        self._host, self._port = url.hostname or "127.0.0.1", url.port or 80
        self.cache = config.cache
        self.version = "http-" + hashlib.sha256(self.model.encode()).hexdigest()[:8]
        self._timeout = float(opts.get("http_timeout_s", 5.0))
        # One keep-alive connection per worker thread: the stdlib client is cheap per call,
        # so the benchmark measures the runner rather than an HTTP library.
        self._local = threading.local()

    def _conn(self) -> http.client.HTTPConnection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = http.client.HTTPConnection(self._host, self._port, timeout=self._timeout)
            self._local.conn = conn
        return conn

    def _call(self, request: dict[str, Any]) -> str:
        # bytes, so http.client sends headers and body in one write (no Nagle stall).
        body = json.dumps({"model": self.model, **request}).encode("utf-8")
        conn = self._conn()
        try:
            conn.request("POST", "/v1/answer", body, {"Content-Type": "application/json"})
            resp = conn.getresponse()
            text = resp.read().decode("utf-8")
        except TimeoutError as exc:
            conn.close()
            self._local.conn = None
            raise TransientError(f"stub provider timed out after {self._timeout:g}s") from exc
        except (http.client.HTTPException, ConnectionError) as exc:
            conn.close()
            self._local.conn = None
            raise TransientError(f"stub provider connection failed: {exc}") from exc
        if resp.status == 429:
            after = resp.getheader("retry-after")
            raise TransientError("stub provider: 429", retry_after=float(after) if after else None)
        if resp.status >= 500:
            raise TransientError(f"stub provider: {resp.status}")
        if resp.status != 200:
            raise RuntimeError(f"stub provider: HTTP {resp.status}")
        return text

    def predict(self, item: GoldItem) -> Prediction:
        start = time.perf_counter()
        request = {"item_id": item.id, "category": item.category}
        key = {
            "provider": "stub",
            "model": self.model,
            "request": request,
            "parameters": {"temperature": 0},
        }
        cache = self.cache
        text = cache.get(key) if cache is not None else None
        cached = text is not None
        if text is None:
            text = self._call(request)
        try:
            body = json.loads(text)
            ok = body["item_id"] == item.id
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"stub provider returned malformed output: {text[:60]!r}") from exc
        if not ok:
            raise ValueError("stub provider answered another item")
        if cache is not None and not cached:
            cache.put(key, text)
        ms = (time.perf_counter() - start) * 1000
        return Prediction(
            output=answer(item),
            trace=Trace(
                stages_ms={"provider": ms},
                # A rough size of the request body, without serialising it again.
                tokens_in=(len(item.id) + len(item.category) + len(self.model) + 40) // 4,
                tokens_out=len(text) // 4,
                model=self.model,
                detail={"cached": cached},
            ),
        )


def create_http(config: PipelineConfig) -> HttpEchoPipeline:
    """Factory: the stub-provider pipeline; needs `--set base_url=http://127.0.0.1:PORT`."""
    return HttpEchoPipeline(config)
