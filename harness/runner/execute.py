"""Concurrent execution of predict() over many items: bounded concurrency, retries, timeouts.

Up to `concurrency` daemon worker threads each run whole items (attempts, backoff, on_done);
a watchdog adds workers while the busy ones block and abandons calls that overrun.
"""

from __future__ import annotations

import gc
import random
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from harness.contract import GoldItem, Pipeline, Prediction, TransientError
from harness.runner.retry import LimiterRegistry, RetryPolicy

GROW_AFTER_S = 0.02
"""A worker busy this long on one item is blocked (I/O, backoff), not computing: add one.

Cached answers take well under a millisecond, and 32 threads all computing would only pass
the GIL around (each SQLite read releases it), so workers are added as calls block instead.
Each blocked worker gets a companion, so an I/O-bound pool doubles every tick to its bound.
"""


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


@dataclass
class _Item:
    """An item in flight; moves to a fresh thread when its current call is abandoned."""

    pipeline: Pipeline
    item: GoldItem
    start: float
    deadline: float
    attempts: int = 0
    retries: int = 0


class _Slot:
    """One worker thread's current predict() call, as the watchdog sees it."""

    __slots__ = ("abandoned", "busy_since", "call_deadline", "lock", "state", "timeout")

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.busy_since = 0.0
        """When the current item started on this thread; 0 between items (read unlocked)."""
        self.state: _Item | None = None
        self.call_deadline = 0.0
        self.timeout = 0.0
        self.abandoned = False


class _Executor:
    def __init__(
        self,
        work: list[tuple[Pipeline, GoldItem]],
        *,
        concurrency: int,
        policy: RetryPolicy,
        limiters: LimiterRegistry,
        on_done: Callable[[Outcome], None],
        stats: ExecStats,
    ) -> None:
        self.policy = policy
        self.limiters = limiters
        self.on_done = on_done
        self.stats = stats
        self.total = len(work)
        self.workers = min(concurrency, len(work))
        self._pending: Iterator[tuple[Pipeline, GoldItem]] = iter(work)
        self._pending_lock = threading.Lock()
        # on_done runs under this lock, so callers need not be thread-safe and see finish order.
        self._done_lock = threading.Lock()
        self._finished = threading.Event()
        self._stop = False
        self._drained = False
        self._failure: BaseException | None = None
        self._slots: list[_Slot] = []
        self._slots_lock = threading.Lock()
        self._rng = random.Random()
        self._rng_lock = threading.Lock()

    # -- threads -------------------------------------------------------------------------

    def run(self) -> None:
        # Everything alive now (goldset, pipelines, imports) outlives the run: keep it out of
        # the collector's scans, or each full collection walks it again (up to 30 ms each).
        gc.freeze()
        self._spawn(None, "")
        watchdog = threading.Thread(target=self._watch, name="predict-watchdog", daemon=True)
        watchdog.start()
        try:
            self._finished.wait()
        finally:
            # Also on KeyboardInterrupt: workers take no new item and the watchdog exits.
            self._stop = True
            self._finished.set()
            gc.unfreeze()
        if self._failure is not None:
            raise self._failure

    def _spawn(self, carried: _Item | None, reason: str) -> None:
        slot = _Slot()
        with self._slots_lock:
            self._slots.append(slot)
        threading.Thread(
            target=self._work, args=(slot, carried, reason), name="predict", daemon=True
        ).start()

    def _work(self, slot: _Slot, carried: _Item | None, reason: str) -> None:
        try:
            if carried is not None:
                slot.busy_since = carried.start
                if not self._item(slot, carried, reason):
                    return
                slot.busy_since = 0.0
            while not self._stop:
                with self._pending_lock:
                    job = next(self._pending, None)
                if job is None:
                    self._drained = True
                    break
                now = time.monotonic()
                slot.busy_since = now
                state = _Item(job[0], job[1], now, now + self.policy.item_deadline_s)
                if not self._item(slot, state, None):
                    return
                slot.busy_since = 0.0
        except BaseException as exc:  # on_done failed (e.g. the journal): stop the run
            with self._done_lock:
                if self._failure is None:
                    self._failure = exc
            self._stop = True
            self._finished.set()
        finally:
            with self._slots_lock:
                if slot in self._slots:
                    self._slots.remove(slot)

    def _watch(self) -> None:
        """Grow the pool while workers block; abandon overrunning calls (at most 50 ms late)."""
        while not self._stop:
            now = time.monotonic()
            next_due = now + 0.05
            with self._slots_lock:
                slots = list(self._slots)
            if not self._drained and len(slots) < self.workers:
                busy = [s.busy_since for s in slots if s.busy_since]
                stuck = sum(1 for since in busy if now - since >= GROW_AFTER_S)
                for _ in range(min(stuck, self.workers - len(slots))):
                    self._spawn(None, "")
                # Wake when the oldest item still running could count as stuck, not on a fixed
                # tick: on a cached run items take microseconds and a 5 ms tick only steals
                # the GIL from the one worker doing the work.
                fresh = [since + GROW_AFTER_S for since in busy if now - since < GROW_AFTER_S]
                next_due = min(next_due, min(fresh, default=now + GROW_AFTER_S))
            for slot in slots:
                with slot.lock:
                    state = slot.state
                    if state is None or slot.abandoned:
                        continue
                    if slot.call_deadline > now:
                        next_due = min(next_due, slot.call_deadline)
                        continue
                    # The thread cannot be stopped; abandon it and carry on with a new one.
                    slot.abandoned = True
                    timeout = slot.timeout
                with self._slots_lock:
                    if slot in self._slots:
                        self._slots.remove(slot)
                self._spawn(state, f"timeout: predict() ran longer than {timeout:.3g}s")
            time.sleep(max(0.001, next_due - time.monotonic()))

    # -- one item --------------------------------------------------------------------------

    def _item(self, slot: _Slot, st: _Item, reason: str | None) -> bool:
        """Finish one item on this thread; False when this thread was abandoned mid-call.

        `reason` is set when the thread takes over an item whose last call timed out.
        """
        policy = self.policy
        limiter = self.limiters.get(st.pipeline.provider)
        retry_after: float | None = None
        while True:
            if reason is not None:  # the last attempt failed transiently: retry or give up
                if st.attempts >= policy.max_attempts:
                    reason = f"gave up after {st.attempts} attempts; last: {reason}"
                    break
                with self._rng_lock:
                    wait = max(retry_after or 0.0, policy.backoff(st.attempts, self._rng))
                if time.monotonic() + wait >= st.deadline:
                    reason = (
                        f"gave up after {st.attempts} attempts: the item deadline of "
                        f"{policy.item_deadline_s:g}s leaves no time to retry; last: {reason}"
                    )
                    break
                st.retries += 1
                time.sleep(wait)
            limiter.acquire()
            now = time.monotonic()
            remaining = st.deadline - now
            if remaining <= 0:
                reason = f"item deadline of {policy.item_deadline_s:g}s reached before attempt"
                break
            st.attempts += 1
            timeout = min(policy.attempt_timeout_s, remaining)
            with slot.lock:
                slot.state, slot.call_deadline, slot.timeout = st, now + timeout, timeout
            pred: Prediction | None = None
            failure: BaseException | None = None
            try:
                pred = _predict(st.pipeline, st.item)
            except Exception as exc:
                failure = exc
            with slot.lock:
                slot.state = None
                if slot.abandoned:
                    return False  # the watchdog gave the item to a new thread; drop this answer
            if pred is not None:
                self._finish(self._success(st, pred), st)
                return True
            retry_after = None
            if isinstance(failure, TransientError):
                retry_after = failure.retry_after
                if retry_after is not None and retry_after > 0:
                    limiter.pause(retry_after)
                reason = f"transient: {failure}" + (
                    f" (retry-after {retry_after:g}s)" if retry_after is not None else ""
                )
            else:  # a permanent fault: retrying would give the same answer
                reason = f"{type(failure).__name__}: {failure}"
                break
        self._finish(
            Outcome(
                item=st.item,
                pipeline=st.pipeline,
                prediction=None,
                trace={"error": reason},
                error=reason,
                attempts=st.attempts,
                wall_ms=(time.monotonic() - st.start) * 1000,
                stages_ms={},
                tokens_in=0,
                tokens_out=0,
                model=st.pipeline.model,
            ),
            st,
        )
        return True

    @staticmethod
    def _success(st: _Item, pred: Prediction) -> Outcome:
        trace = _trace_dict(pred)
        return Outcome(
            item=st.item,
            pipeline=st.pipeline,
            prediction=pred.output.model_dump(mode="json"),
            trace=trace,
            error=None,
            attempts=st.attempts,
            wall_ms=(time.monotonic() - st.start) * 1000,
            stages_ms={k: round(float(v), 3) for k, v in trace["stages_ms"].items()},
            tokens_in=int(trace["tokens_in"]),
            tokens_out=int(trace["tokens_out"]),
            model=str(trace["model"] or st.pipeline.model),
        )

    def _finish(self, outcome: Outcome, st: _Item) -> None:
        stats = self.stats
        with self._done_lock:
            if self._stop:
                return  # the run was interrupted or failed; nothing more is recorded
            stats.attempts += st.attempts
            stats.retries += st.retries
            stats.done += 1
            if outcome.error is not None:
                stats.errors += 1
                stats.error_ids.append(st.item.id)
            self.on_done(outcome)
            if stats.done == self.total:
                self._finished.set()


def execute(
    work: list[tuple[Pipeline, GoldItem]],
    *,
    concurrency: int,
    policy: RetryPolicy,
    limiters: LimiterRegistry,
    on_done: Callable[[Outcome], None],
    stats: ExecStats,
) -> None:
    """Run every (pipeline, item) pair; `on_done` is called once per item, in finish order.

    on_done runs on a worker thread but never concurrently with itself. An exception it
    raises stops the run and is re-raised here.
    """
    if not work:
        return
    _Executor(
        work,
        concurrency=concurrency,
        policy=policy,
        limiters=limiters,
        on_done=on_done,
        stats=stats,
    ).run()
