"""Benchmark of the triage policy's pre-decision checks: per-message latency and throughput of
`policy.pre_decision_reasons` (every refusal rule, the learned refusal labels and the safety
net's scorer) over the refusal dev sets, of the out-of-scope rules one by one, and of the
same-day floor (its patterns, then its learned scorer).

Run: /work/venv/bin/python benchmarks/bench_policy.py [--repeat 2]
Model loading (the refusal classifier, the safety net's scorer) happens in a warm-up and is
excluded from the latency. The corpus relevance is passed in as a constant, so retrieval is not
timed here (see bench_retrieval.py).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("HARNESS_CACHE_DIR", str(REPO / ".scratch" / "cache"))
DEV = REPO / "pipelines" / "triage" / "dev"
RELEVANCE = 0.5  # near enough to the corpus that the distance rule never decides


def _messages() -> list[str]:
    out = []
    for path in sorted(DEV.glob("refusal_*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["message"])
    return out


def _time(fn: Callable[[str], object], messages: list[str], repeat: int) -> np.ndarray:
    times = []
    for _ in range(repeat):
        for m in messages:
            t0 = time.perf_counter()
            fn(m)
            times.append((time.perf_counter() - t0) * 1000)
    return np.asarray(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=2, help="passes over the messages")
    args = ap.parse_args()
    from pipelines.triage import policy, policy_model
    from pipelines.triage.chart import slice_chart

    messages = _messages()
    chars = sum(len(m) for m in messages)
    print(f"{len(messages)} messages ({chars / len(messages):.0f} characters on average)")
    print(f"load average (1 min) {os.getloadavg()[0]:.2f}: above 2 on two cores, read with care")
    clf = policy_model.load()
    adult = slice_chart(
        {
            "resourceType": "Bundle",
            "entry": [{"resource": {"resourceType": "Patient", "birthDate": "1970-01-01"}}],
        }
    )

    def whole(m: str) -> list[str]:
        return policy.pre_decision_reasons(m, adult, clf, relevance=RELEVANCE)

    t0 = time.perf_counter()
    for m in messages[:20]:
        whole(m)
    print(f"warm-up incl. model load {time.perf_counter() - t0:.1f} s")
    arr = _time(whole, messages, args.repeat)
    p50 = float(np.percentile(arr, 50))
    print(
        f"{'pre_decision_reasons':28s} p50 {p50:6.2f} ms  p95 {np.percentile(arr, 95):6.2f} ms  "
        f"{1000 * len(arr) / arr.sum():6.1f} msg/s"
    )
    rules = (
        policy.says_only_settled_health,
        policy._asks_about_an_onlooker,
        policy._asks_out_of_curiosity,
        policy._shops_for_a_product,
        policy.names_no_health,
        policy._asks_out_of_scope,
    )
    for rule in rules:
        r = _time(rule, messages, args.repeat)
        print(
            f"  {rule.__name__:26s} p50 {np.percentile(r, 50):6.3f} ms  "
            f"p95 {np.percentile(r, 95):6.3f} ms  mean {r.mean():6.3f} ms "
            f"({100 * r.mean() / arr.mean():4.1f}% of the whole)"
        )

    # The same-day floor runs after the decision (pipeline policy stage). In the pipeline the
    # scorer reuses the refusal labels' encode of the message; here every encode is cold.
    from pipelines.triage import death_wish_model, same_day_floor

    scorer = death_wish_model.load()
    for name, fn in (
        ("same-day floor patterns", same_day_floor.says_death_wish),
        ("same-day floor + scorer", lambda m: same_day_floor.thinks_of_death(m, scorer)),
    ):
        r = _time(fn, messages, args.repeat)
        print(
            f"{name:28s} p50 {np.percentile(r, 50):6.2f} ms  p95 {np.percentile(r, 95):6.2f} ms  "
            f"({100 * r.mean() / arr.mean():4.1f}% of pre_decision_reasons)"
        )

    _adversarial(whole)
    _adversarial(same_day_floor.says_death_wish, "floor patterns")


def _adversarial(whole: Callable[[str], object], what: str = "adversarial") -> None:
    """20 KB messages built to make a scope pattern backtrack (a run of digits once took the
    measurement check 56 s), against 20 KB of plain words."""
    cases = {
        "plain words": "word " * 4000,
        "20000 digits": "7" * 20000,
        "'1.1.' x 5000": "1.1." * 5000,
        "'and ' x 5000": "and " * 5000,
        # a negated phrase repeated: the floor's negation look-back must stay bounded
        "'不想死' x 6700": "不想死" * 6700,
    }
    base = None
    for name, text in cases.items():
        t0 = time.perf_counter()
        whole(text)
        ms = (time.perf_counter() - t0) * 1000
        base = base or ms
        print(f"{what} 20 KB: {name:16s} {ms:8.1f} ms  x{ms / base:6.1f} vs plain words")


if __name__ == "__main__":
    main()
