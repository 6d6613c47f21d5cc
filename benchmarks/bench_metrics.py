"""Benchmark of harness.metrics on a 100,000-item synthetic cut: array metrics, then
`summarize` with a 1,000-resample bootstrap (acuity and retrieval). Budget: under 5 s in total.

Run: python benchmarks/bench_metrics.py [--n 100000] [--n-boot 1000]
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from harness.metrics import (
    acuity_precision_at_fpr_score,
    brier_score_loss,
    expected_calibration_error,
    mrr_score,
    ndcg_at_k_score,
    paired_delta,
    recall_at_k_score,
    score_item,
    summarize,
)

ROUTINGS = np.array(["clear", "queue", "escalate"], dtype=object)
BUDGET_S = 5.0


def acuity_records(n: int, rng: np.random.Generator) -> list[dict[str, Any]]:
    gold = ROUTINGS[rng.integers(0, 3, n)]
    right = rng.random(n) < 0.85
    pred = np.where(right, gold, ROUTINGS[rng.integers(0, 3, n)])
    conf = np.clip(np.where(right, 0.8, 0.5) + rng.normal(0, 0.12, n), 0, 1)
    return [
        {
            "id": f"acuity-{i:06d}",
            "errored": False,
            "gold_routing": g,
            "pred_routing": p,
            "confidence": float(c),
            "routing_correct": g == p,
            "band_correct": bool(b),
            "unsafe_clear": g != "clear" and p == "clear",
        }
        for i, (g, p, c, b) in enumerate(zip(gold, pred, conf, rng.random(n) < 0.7, strict=True))
    ]


def retrieval_records(n: int, rng: np.random.Generator) -> list[dict[str, Any]]:
    rank = rng.integers(1, 20, n)  # rank of the first relevant chunk; > 10 means a miss in top 10
    return [
        {
            "id": f"retrieval-{i:06d}",
            "errored": False,
            "n_relevant": 1,
            "recall_at_1": float(r == 1),
            "recall_at_5": float(r <= 5),
            "rr": 1.0 / r,
            "ndcg_at_10": float(1 / np.log2(r + 1)) if r <= 10 else 0.0,
            "lane_recall_at_5": {"bm25": float(r <= 6), "dense": float(r <= 4)},
        }
        for i, r in enumerate(rank.tolist())
    ]


def timed(label: str, n: int, fn: Callable[[], object]) -> float:
    """Run fn once; print wall time, CPU time (this process) and items per wall second."""
    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"{label:<50} wall {dt:6.3f} s  cpu {cpu:6.3f} s  {n / dt:>12,.0f} items/s")
    return dt


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--n-boot", type=int, default=1000)
    args = ap.parse_args()
    n, n_boot = args.n, args.n_boot
    rng = np.random.default_rng(0)
    acuity = acuity_records(n, rng)  # continuous confidences: every item distinct, worst case
    retrieval = retrieval_records(n, rng)
    gold = [r["gold_routing"] for r in acuity]
    pred = [r["pred_routing"] for r in acuity]
    conf = np.array([r["confidence"] for r in acuity])
    correct = np.array([r["routing_correct"] for r in acuity])
    rel = rng.random((n // 10, 50)) < 0.05
    rel[:, 0] |= ~rel.any(axis=1)
    score = rng.random(rel.shape)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"harness.metrics benchmark: n={n:,} items, n_boot={n_boot:,}, "
        f"{os.cpu_count()} CPUs, 1-min load average {load:.2f} (other work on the box slows it)"
    )
    total = 0.0
    total += timed(
        "acuity_precision_at_fpr_score", n, lambda: acuity_precision_at_fpr_score(gold, pred, conf)
    )
    total += timed(
        "expected_calibration_error", n, lambda: expected_calibration_error(correct, conf)
    )
    total += timed("brier_score_loss", n, lambda: brier_score_loss(correct, conf))
    total += timed(
        f"recall@5 + MRR + nDCG@10 ({rel.shape[0]:,} x 50)",
        rel.shape[0],
        lambda: (
            recall_at_k_score(rel, score, k=5),
            mrr_score(rel, score),
            ndcg_at_k_score(rel, score, k=10),
        ),
    )
    total += timed(
        f"summarize acuity ({n_boot} resamples)",
        n,
        lambda: summarize("acuity", acuity, n_boot=n_boot),
    )
    total += timed(
        f"summarize retrieval ({n_boot} resamples)",
        n,
        lambda: summarize("retrieval", retrieval, n_boot=n_boot),
    )
    verdict = "OK" if total < BUDGET_S else "OVER BUDGET"
    print(
        f"{'total (metrics + bootstrap), wall':<50} {total:6.3f} s  "
        f"budget {BUDGET_S:.1f} s: {verdict}"
    )
    print(f"bootstrap throughput: {2 * n * n_boot / total:,.0f} item-resamples/s")

    print("not in the budget:")
    rounded = [{**r, "confidence": round(r["confidence"], 3)} for r in acuity]
    timed(
        "summarize acuity, 0.001-grid conf (grouped draw)",
        n,
        lambda: summarize("acuity", rounded, n_boot=n_boot),
    )
    timed(
        f"paired_delta acuity ({n_boot} resamples)",
        n,
        lambda: paired_delta("acuity", "routing_accuracy", acuity, rounded, n_boot=n_boot),
    )
    item = {
        "id": "acuity-x",
        "category": "acuity",
        "gold_routing": "queue",
        "gold_acuity": "2-routine",
    }
    prediction = {
        "decision": {
            "routing": "queue",
            "acuity_band": "2-routine",
            "confidence": 0.8,
            "rationale": [],
            "refused": False,
        }
    }
    timed(
        "score_item acuity (not in the budget)",
        n,
        lambda: [score_item("acuity", item, prediction) for _ in range(n)],
    )


if __name__ == "__main__":
    main()
