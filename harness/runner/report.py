"""Builds a cut's report.json from its results journal (SPEC section 6, ARCHITECTURE "Cut folder").

Results are sorted by id before aggregation and the bootstrap is seeded, so the same results
always give the same metric values; the file is written last, atomically.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
N_BOOT = 1000
BOOT_SEED = 0


def score_records(results: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The per-item score records `harness.metrics` aggregates, each carrying the item's id."""
    return [{**r["scores"], "id": r["id"]} for r in sorted(results, key=lambda r: str(r["id"]))]


def stage_latencies(results: Sequence[Mapping[str, Any]]) -> dict[str, list[float]]:
    """Per-stage latency samples (ms) from finished items; `total` is each item's wall time."""
    per_stage: dict[str, list[float]] = {}
    for r in results:
        if r.get("status") != "ok":
            continue
        for stage, ms in (r.get("latency_ms") or {}).items():
            per_stage.setdefault(stage, []).append(float(ms))
    return per_stage


def cost_summary(
    results: Sequence[Mapping[str, Any]],
    providers: Mapping[str, str],
    price_card: Any,
) -> dict[str, Any]:
    """Token totals and dollars per decision; `usd_*` is None when a model is not priced."""
    tokens_in = sum(int(r.get("tokens_in") or 0) for r in results)
    tokens_out = sum(int(r.get("tokens_out") or 0) for r in results)
    usd = 0.0
    unpriced: set[str] = set()
    for r in results:
        provider = providers.get(str(r.get("pipeline")), "")
        model = str(r.get("model") or "")
        cost = price_card.usd(
            provider, model, int(r.get("tokens_in") or 0), int(r.get("tokens_out") or 0)
        )
        if cost is None:
            unpriced.add(model or "<unnamed>")
        else:
            usd += cost
    n = len(results)
    usd_total = None if unpriced else round(usd, 6)
    return {
        "tokens_in": tokens_in,
        "tokens_out": tokens_out,
        "tokens_per_decision": round((tokens_in + tokens_out) / n, 3) if n else None,
        "usd_total": usd_total,
        "usd_per_decision": round(usd / n, 8) if n and usd_total is not None else None,
        "unpriced_models": sorted(unpriced),
    }


def _errors(results: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    failed = sorted((r for r in results if r.get("status") != "ok"), key=lambda r: str(r["id"]))
    return {
        "count": len(failed),
        "ids": [r["id"] for r in failed],
        "reasons": {r["id"]: r.get("error") or "unknown" for r in failed},
    }


def build_report(
    *,
    run: Mapping[str, Any],
    results: Sequence[Mapping[str, Any]],
    provenance: Mapping[str, Any],
    price_card: Any,
    run_stats: Mapping[str, Any],
    created_at: str,
) -> dict[str, Any]:
    """The report.json mapping for a cut whose every item has a result."""
    from harness.metrics import breakdown, latency_summary, summarize

    ordered = sorted(results, key=lambda r: str(r["id"]))
    pipelines = list(run["pipelines"])
    by_category: dict[str, list[Mapping[str, Any]]] = {}
    for r in ordered:
        by_category.setdefault(str(r["category"]), []).append(r)
    owner = {c: p["name"] for p in pipelines for c in p["categories"]}

    categories: dict[str, Any] = {}
    for category in run["categories"]:
        rows = by_category.get(category, [])
        records = score_records(rows)
        metrics = summarize(category, records, n_boot=N_BOOT, seed=BOOT_SEED)
        categories[category] = {
            "n": len(rows),
            "pipeline": owner.get(category),
            "metrics": {k: dict(v) for k, v in metrics.items()},
            "errors": _errors(rows),
        }
        sliced = breakdown(category, records)
        if sliced is not None:
            categories[category]["breakdown"] = dict(sliced)

    if len(pipelines) == 1:
        head = {k: pipelines[0][k] for k in ("name", "version", "provider", "model")}
    else:
        import hashlib

        joined = "+".join(p["version"] for p in pipelines)
        head = {
            "name": run["args"]["pipeline"],
            "version": hashlib.sha256(joined.encode()).hexdigest()[:16],
            "provider": "+".join(sorted({p["provider"] for p in pipelines})),
            "model": "+".join(p["model"] for p in pipelines),
        }
    providers = {p["name"]: p["provider"] for p in pipelines}
    return {
        "schema_version": SCHEMA_VERSION,
        "cut_id": run["cut_id"],
        "created_at": created_at,
        "git_commit": provenance.get("git_commit"),
        "git_dirty": provenance.get("git_dirty"),
        "goldset_head": run["goldset_head"],
        "goldset_signed": run["goldset_signed"],
        "goldset_digest": run["goldset_digest"],
        "thresholds_sha256": provenance.get("thresholds_sha256"),
        "pipeline": head,
        "pipelines": [
            {k: p[k] for k in ("name", "version", "provider", "model", "categories")}
            for p in pipelines
        ],
        "n": len(ordered),
        "categories": categories,
        "latency_ms": latency_summary(stage_latencies(ordered)),
        "cost": cost_summary(ordered, providers, price_card),
        "errors": _errors(ordered),
        "run": dict(run_stats),
    }


def write_json_atomic(path: Path, obj: Any) -> None:
    """Write to a temp file beside `path`, fsync, then rename: readers never see half a file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(obj, fh, indent=2, sort_keys=False, ensure_ascii=False)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
