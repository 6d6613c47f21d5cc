"""Async execution of predict() over many items: bounded concurrency, retries, timeouts.

predict() is synchronous, so each call runs in a daemon worker thread; a call that overruns
its timeout is abandoned (its thread replaced) and the item is retried or recorded as an error.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import queue
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from harness.contract import GoldItem, Pipeline, Prediction, TransientError
from harness.runner.retry import LimiterRegistry, RetryPolicy


class _DaemonPool:
    """A minimal thread pool of daemon threads.

    concurrent.futures.ThreadPoolExecutor joins its threads at interpreter exit, so one hung
    predict() would keep the process alive forever; daemon threads do not.
    """

    def __init__(self, workers: int) -> None:
        # SimpleQueue: a C-level put/get without a Condition, so handing 32 threads work does
        # not make them fight over one lock (it was most of the runner's per-item overhead).
        self._jobs: queue.SimpleQueue[
            tuple[concurrent.futures.Future[Any], Callable[[], Any]] | None
        ] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        for _ in range(workers):
            self.add_worker()

    def add_worker(self) -> None:
        t = threading.Thread(target=self._work, name="predict", daemon=True)
        t.start()
        self._threads.append(t)

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            fut, fn = job
            if not fut.set_running_or_notify_cancel():
                continue
            try:
                fut.set_result(fn())
            except BaseException as exc:
                fut.set_exception(exc)

    def submit(self, fn: Callable[[], Any]) -> concurrent.futures.Future[Any]:
        fut: concurrent.futures.Future[Any] = concurrent.futures.Future()
        self._jobs.put((fut, fn))
        return fut

    def shutdown(self) -> None:
        for _ in self._threads:
            self._jobs.put(None)


class MalformedOutput(Exception):
    """predict() returned something that is not a prediction for the item's category."""


@dataclass(frozen=True)
class Outcome:
    """One item's fate: a validated prediction, or the reason it failed."""

    item: GoldItem
    pipeline: Pipeline
    prediction: dict[str, Any] | None
    trace: dict[str, Any]
    error: str | None
    attempts: int
    wall_ms: float
    stages_ms: dict[str, float]
    tokens_in: int
    tokens_out: int
    model: str


@dataclass
class ExecStats:
    attempts: int = 0
    retries: int = 0
    errors: int = 0
    done: int = 0
    error_ids: list[str] = field(default_factory=list)


def _predict(pipeline: Pipeline, item: GoldItem) -> Prediction:
    pred = pipeline.predict(item)
    output = getattr(pred, "output", None)
    if not isinstance(output, BaseModel) or not hasattr(pred, "trace"):
        raise MalformedOutput(
            f"predict() returned {type(pred).__name__}, not a Prediction(output=<model>, trace=...)"
        )
    got = getattr(output, "category", None)
    if got != item.category:
        raise MalformedOutput(
            f"predict() answered category {got!r} with {type(output).__name__} for a "
            f"{item.category!r} item"
        )
    return pred


def _trace_dict(pred: Prediction) -> dict[str, Any]:
    tr = pred.trace
    return {
        "stages_ms": dict(tr.stages_ms),
        "tokens_in": tr.tokens_in,
        "tokens_out": tr.tokens_out,
        "model": tr.model,
        "detail": dict(tr.detail),
    }


async def _one(
    pipeline: Pipeline,
    item: GoldItem,
    *,
    pool: _DaemonPool,
    policy: RetryPolicy,
    limiters: LimiterRegistry,
    rng: random.Random,
    stats: ExecStats,
) -> Outcome:
    start = time.monotonic()
    deadline = start + policy.item_deadline_s
    limiter = limiters.get(pipeline.provider)
    attempts = 0
    while True:
        await limiter.acquire()
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            reason = f"item deadline of {policy.item_deadline_s:g}s reached before attempt"
            break
        attempts += 1
        stats.attempts += 1
        timeout = min(policy.attempt_timeout_s, remaining)
        retry_after: float | None = None
        fut = pool.submit(lambda: _predict(pipeline, item))
        try:
            pred: Prediction = await asyncio.wait_for(asyncio.wrap_future(fut), timeout)
        except TimeoutError:
            # The thread cannot be stopped; abandon it and keep the pool at full strength.
            if not fut.done():
                pool.add_worker()
            reason = f"timeout: predict() ran longer than {timeout:.3g}s"
        except TransientError as exc:
            retry_after = exc.retry_after
            if retry_after is not None and retry_after > 0:
                limiter.pause(retry_after)
            reason = f"transient: {exc}" + (
                f" (retry-after {retry_after:g}s)" if retry_after is not None else ""
            )
        except Exception as exc:  # a permanent fault: retrying would give the same answer
            reason = f"{type(exc).__name__}: {exc}"
            break
        else:
            trace = _trace_dict(pred)
            return Outcome(
                item=item,
                pipeline=pipeline,
                prediction=pred.output.model_dump(mode="json"),
                trace=trace,
                error=None,
                attempts=attempts,
                wall_ms=(time.monotonic() - start) * 1000,
                stages_ms={k: round(float(v), 3) for k, v in trace["stages_ms"].items()},
                tokens_in=int(trace["tokens_in"]),
                tokens_out=int(trace["tokens_out"]),
                model=str(trace["model"] or pipeline.model),
            )
        if attempts >= policy.max_attempts:
            reason = f"gave up after {attempts} attempts; last: {reason}"
            break
        wait = max(retry_after or 0.0, policy.backoff(attempts, rng))
        if time.monotonic() + wait >= deadline:
            reason = (
                f"gave up after {attempts} attempts: the item deadline of "
                f"{policy.item_deadline_s:g}s leaves no time to retry; last: {reason}"
            )
            break
        stats.retries += 1
        await asyncio.sleep(wait)
    return Outcome(
        item=item,
        pipeline=pipeline,
        prediction=None,
        trace={"error": reason},
        error=reason,
        attempts=attempts,
        wall_ms=(time.monotonic() - start) * 1000,
        stages_ms={},
        tokens_in=0,
        tokens_out=0,
        model=pipeline.model,
    )


async def execute(
    work: list[tuple[Pipeline, GoldItem]],
    *,
    concurrency: int,
    policy: RetryPolicy,
    limiters: LimiterRegistry,
    on_done: Callable[[Outcome], None],
    stats: ExecStats,
) -> None:
    """Run every (pipeline, item) pair; `on_done` is called once per item, in finish order."""
    if not work:
        return
    workers = min(concurrency, len(work))
    pool = _DaemonPool(workers)
    rng = random.Random()
    pending = iter(work)

    # `workers` coroutines pull from one iterator: concurrency is bounded without a task and a
    # semaphore wait per item, which matters when every answer comes from the cache.
    async def worker() -> None:
        for pipeline, item in pending:
            outcome = await _one(
                pipeline, item, pool=pool, policy=policy, limiters=limiters, rng=rng, stats=stats
            )
            stats.done += 1
            if outcome.error is not None:
                stats.errors += 1
                stats.error_ids.append(item.id)
            on_done(outcome)

    try:
        await asyncio.gather(*(worker() for _ in range(workers)))
    finally:
        pool.shutdown()
