"""The worker pool: grows to the concurrency bound when calls block, and stays under it."""

from __future__ import annotations

import threading
import time

from harness.contract import GoldItem, Prediction, Trace
from harness.runner.execute import ExecStats, Outcome, execute
from harness.runner.retry import LimiterRegistry, RetryPolicy
from tests.pipelines.echo import answer
from tests.runner.goldset_factory import make_item


class _Counting:
    """Sleeps per call and records the most calls in flight at once."""

    name = "counting"
    provider = "local"
    model = "m"
    version = "1"
    categories = frozenset({"refusal"})

    def __init__(self, sleep_s: float) -> None:
        self.sleep_s = sleep_s
        self.in_flight = 0
        self.peak = 0
        self._lock = threading.Lock()

    def predict(self, item: GoldItem) -> Prediction:
        with self._lock:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
        time.sleep(self.sleep_s)
        with self._lock:
            self.in_flight -= 1
        return Prediction(output=answer(item), trace=Trace())


def _run(pipe: _Counting, n: int, concurrency: int) -> tuple[list[Outcome], float]:
    from harness.contract.items import parse_item

    items = [parse_item(make_item("refusal", i)) for i in range(n)]
    done: list[Outcome] = []
    start = time.monotonic()
    execute(
        [(pipe, it) for it in items],
        concurrency=concurrency,
        policy=RetryPolicy(),
        limiters=LimiterRegistry(),
        on_done=done.append,
        stats=ExecStats(),
    )
    return done, time.monotonic() - start


def test_blocking_calls_reach_the_bound_and_never_pass_it() -> None:
    pipe = _Counting(0.1)
    done, wall = _run(pipe, 40, 8)
    assert sorted(o.item.id for o in done) == [f"refusal-{i:04d}" for i in range(40)]
    assert pipe.peak == 8
    assert wall < 1.0  # 5 rounds of 0.1 s plus the ramp; one thread would take 4 s


def test_fast_calls_do_not_spawn_the_whole_pool() -> None:
    pipe = _Counting(0.0)
    done, _ = _run(pipe, 300, 32)
    assert len(done) == 300 and all(o.error is None for o in done)
    assert pipe.peak < 32
