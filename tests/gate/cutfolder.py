"""Writes realistic cut folders for tests: acuity results scored by harness.metrics, the other
categories' metric values set by hand (report.json is what the gate reads for them)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from harness.metrics import score_item, summarize
from tests.gate.conftest import PASSING, cut_dict

ROUTING_FOR_BAND = {
    "1-self-care": "clear",
    "2-routine": "queue",
    "3-same-day": "queue",
    "4-urgent": "escalate",
    "5-stat": "escalate",
}
BANDS = list(ROUTING_FOR_BAND)


def acuity_results(n: int = 60, wrong: frozenset[int] = frozenset()) -> list[dict[str, Any]]:
    """n acuity items; items whose index is in `wrong` are routed one step too urgent."""
    rows: list[dict[str, Any]] = []
    for i in range(n):
        band = BANDS[i % 5]
        gold = ROUTING_FOR_BAND[band]
        pred_band = BANDS[min(i % 5 + 2, 4)] if i in wrong else band
        # right answers are confident, wrong ones less so: a plausibly calibrated model
        confidence = 0.9 + 0.09 * ((i * 7) % 10) / 10 if i not in wrong else 0.5
        decision = {
            "routing": ROUTING_FOR_BAND[pred_band],
            "acuity_band": pred_band,
            "confidence": round(confidence, 3),
            "rationale": [
                {"claim": "red flag absent", "evidence_id": "chunk_0123456789ab", "pathway_id": "x"}
            ],
            "refused": False,
        }
        prediction = {"category": "acuity", "decision": decision, "failed_closed": False}
        item = {
            "id": f"acu-{i:03d}",
            "category": "acuity",
            "gold_routing": gold,
            "gold_acuity": band,
        }
        rows.append(
            {
                "id": item["id"],
                "category": "acuity",
                "pipeline": "triage",
                "status": "ok",
                "error": None,
                "prediction": prediction,
                "scores": score_item("acuity", item, prediction),
                "latency_ms": {"redact": 20.0, "retrieve": 8.0, "decide": 150.0 + i},
                "tokens_in": 900,
                "tokens_out": 120,
            }
        )
    return rows


def write_cut(
    root: Path,
    cut_id: str,
    results: list[dict[str, Any]],
    values: dict[str, dict[str, float]] | None = None,
    **top: Any,
) -> Path:
    """A cut folder `root/cut_id` with report.json, results.jsonl and traces.jsonl."""
    folder = root / cut_id
    folder.mkdir(parents=True)
    report = cut_dict(cut_id, values or PASSING, **top)
    records = [r["scores"] for r in results]
    acuity = summarize("acuity", records, n_boot=200, seed=0)
    report["categories"]["acuity"]["metrics"] = {k: dict(v) for k, v in acuity.items()}
    report["categories"]["acuity"]["n"] = len(results)
    report["created_at"] = "2026-01-01T00:00:00Z"
    report["pipeline"] = {"name": "all", "version": "abc123", "provider": "local", "model": "local"}
    report["latency_ms"] = {
        "redact": {"p50": 20.0, "p95": 24.0},
        "retrieve": {"p50": 8.0, "p95": 11.0},
        "decide": {"p50": 180.0, "p95": 205.0},
    }
    report["cost"] = {
        "tokens_in": 900 * len(results),
        "tokens_out": 120 * len(results),
        "usd_total": 0.0,
        "usd_per_decision": 0.0,
        "tokens_per_decision": 1020.0,
    }
    (folder / "report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    with (folder / "results.jsonl").open("w", encoding="utf-8") as fh:
        for r in results:
            fh.write(json.dumps(r) + "\n")
    with (folder / "traces.jsonl").open("w", encoding="utf-8") as fh:
        for r in results:
            trace = {
                "stages_ms": r["latency_ms"],
                "detail": {"policy": "pass", "raw": "<redacted>"},
            }
            fh.write(json.dumps({"id": r["id"], "category": r["category"], "trace": trace}) + "\n")
    return folder
