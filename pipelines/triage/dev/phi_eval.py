"""Score the redactor on a phi JSONL set with the project's own metric functions.

Prints token recall/precision, span F1, round trip, latency p50/p95 and missed gold tokens per
label. Run: /work/venv/bin/python -m pipelines.triage.dev.phi_eval FILE [--details]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

from harness.metrics.spans import (
    phi_token_precision_score,
    phi_token_recall_score,
    span_f1_score,
)
from pipelines.triage.redact import Redactor


def evaluate(
    path: Path, *, details: bool = False, use_ner: bool = True, redactor: Redactor | None = None
) -> dict[str, Any]:
    items = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    redactor = redactor or Redactor(use_ner=use_ner)
    redactor.redact("warm up the model, Mr Smith.")
    texts, gold, pred, times = [], [], [], []
    roundtrip = True
    missed: Counter[str] = Counter()
    extra: list[str] = []
    for item in items:
        t0 = time.perf_counter()
        red = redactor.redact(item["text"])
        times.append((time.perf_counter() - t0) * 1000)
        roundtrip &= red.token_map.restore(red.text) == item["text"]
        text = item["text"]
        texts.append(text)
        gold.append([(s["start"], s["end"]) for s in item["spans"]])
        pred.append([(s.start, s.end) for s in red.spans])
        for m in re.finditer(r"\w+", text):
            a, b = m.span()
            hit = any(s.start < b and a < s.end for s in red.spans)
            g = [s for s in item["spans"] if s["start"] < b and a < s["end"]]
            if g and not hit:
                missed[g[0]["label"]] += 1
                if details:
                    print(f"MISS {g[0]['label']:8} {m.group(0)!r:20} | {text!r}")
            if hit and not g:
                extra.append(m.group(0))
                if details:
                    print(f"EXTRA {m.group(0)!r:20} | {red.text!r}")
    out = {
        "n": len(items),
        "token_recall": round(phi_token_recall_score(texts, gold, pred), 4),
        "token_precision": round(phi_token_precision_score(texts, gold, pred), 4),
        "span_f1": round(span_f1_score(gold, pred), 4),
        "roundtrip": roundtrip,
        "latency_p50_ms": round(statistics.median(times), 1),
        "latency_p95_ms": round(sorted(times)[int(0.95 * (len(times) - 1))], 1),
        "missed_tokens_by_label": dict(missed.most_common()),
        "false_positive_tokens": len(extra),
    }
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--no-ner", action="store_true")
    args = ap.parse_args()
    for f in args.files:
        print(f.name, json.dumps(evaluate(f, details=args.details, use_ner=not args.no_ner)))
