"""Benchmark of the triage PHI redactor: per-message latency and throughput of each layer (rules,
+ presidio NER, + the learned CRF tagger = the shipped redactor) on the project's PHI dev sets.

Run: /work/venv/bin/python benchmarks/bench_redact.py [--repeat 2]
Model loading (spaCy, the CRF) happens in a warm-up and is excluded from the latency.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from pipelines.triage.redact import Redactor

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("HARNESS_CACHE_DIR", str(REPO / ".scratch" / "cache"))
DEV = REPO / "pipelines" / "triage" / "dev"
SETS = ("phi_dev.jsonl", "phi_holdout5.jsonl", "phi_holdout6.jsonl", "phi_holdout8.jsonl")


def _texts() -> list[str]:
    out = []
    for name in SETS:
        for line in (DEV / name).read_text("utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=2, help="passes over the messages per layer")
    args = ap.parse_args()
    from pipelines.triage.redact import Redactor

    texts = _texts()
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} messages ({chars / len(texts):.0f} characters on average) from {SETS}")
    print(f"load average (1 min) {os.getloadavg()[0]:.2f}: above 2 on two cores, read with care")
    layers = (
        ("rules only", Redactor(use_ner=False, use_tagger=False)),
        ("rules + NER", Redactor(use_ner=True, use_tagger=False)),
        ("shipped (rules + NER + CRF)", Redactor()),
    )
    base_p50 = None
    for name, redactor in layers:
        t0 = time.perf_counter()
        for t in texts[:5]:
            redactor.redact(t)
        warm = time.perf_counter() - t0
        times = []
        for _ in range(args.repeat):
            for t in texts:
                t1 = time.perf_counter()
                redactor.redact(t)
                times.append((time.perf_counter() - t1) * 1000)
        arr = np.asarray(times)
        p50, p95 = float(np.percentile(arr, 50)), float(np.percentile(arr, 95))
        base_p50 = base_p50 or p50
        print(
            f"{name:30s} p50 {p50:6.2f} ms  p95 {p95:6.2f} ms  "
            f"{1000 * len(arr) / arr.sum():7.1f} msg/s  x{p50 / base_p50:4.1f} vs rules "
            f"(warm-up incl. model load {warm:.1f} s)"
        )
    _adversarial(layers[-1][1])


def _adversarial(redactor: Redactor) -> None:
    """20 KB messages built to make a redaction pattern backtrack, against 20 KB of plain words:
    a portal accepts whatever a sender pastes, so no input may stall the redactor."""
    plain = "word " * 4000
    cases = {
        "plain words": plain,
        "'1.1.' x 5000": "1.1." * 5000,
        "'x.' x 10000 + 'com'": "x." * 10000 + "com",
        "20000 'a' + '@x.com'": "a" * 20000 + "@x.com",
        "'Dr ' x 6000": "Dr " * 6000,
    }
    base = None
    for name, text in cases.items():
        t0 = time.perf_counter()
        redactor.redact(text)
        ms = (time.perf_counter() - t0) * 1000
        base = base or ms
        print(f"adversarial 20 KB: {name:24s} {ms:8.1f} ms  x{ms / base:5.1f} vs plain words")


if __name__ == "__main__":
    main()
