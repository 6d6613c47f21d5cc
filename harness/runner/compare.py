"""Compares two cuts item by item: paired metric deltas with intervals, and flipped outcomes.

Scores are matched by item id (ranx-style paired comparison), so a delta reflects the change
on the same items, not a change in which items were run.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from harness.errors import InputError
from harness.runner.journal import RESULTS, read_jsonl
from harness.runner.report import score_records


def resolve_cut(ref: str | Path, cuts_root: Path = Path("reports/cuts")) -> Path:
    """A cut folder from a path or a cut id under `cuts_root`."""
    path = Path(ref)
    if (path / "report.json").is_file():
        return path
    by_id = cuts_root / str(ref)
    if (by_id / "report.json").is_file():
        return by_id
    where = path if path.exists() else by_id
    raise InputError(
        f"{where} is not a finished cut (no report.json); give a cut folder or a cut id under "
        f"{cuts_root}, and finish an interrupted cut with `harness run --resume CUT_ID`"
    )


def _load(cut: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    try:
        report = json.loads((cut / "report.json").read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"{cut / 'report.json'} is not valid JSON ({exc})") from exc
    return report, list(read_jsonl(cut / RESULTS))


def _flips(
    category: str, a_rows: Sequence[Mapping[str, Any]], b_rows: Sequence[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """Per shared item: a status change, and each boolean score (routing_correct...) flipped."""
    a_by_id = {str(r["id"]): r for r in a_rows}
    flips: list[dict[str, Any]] = []
    for b in sorted(b_rows, key=lambda r: str(r["id"])):
        a = a_by_id.get(str(b["id"]))
        if a is None:
            continue
        if a.get("status") != b.get("status"):
            flips.append(
                {
                    "id": b["id"],
                    "category": category,
                    "outcome": "status",
                    "a": a.get("status"),
                    "b": b.get("status"),
                }
            )
        a_scores, b_scores = a.get("scores") or {}, b.get("scores") or {}
        # `errored` mirrors the status flip reported just above.
        for key in sorted((set(a_scores) & set(b_scores)) - {"errored"}):
            va, vb = a_scores[key], b_scores[key]
            if isinstance(va, bool) and isinstance(vb, bool) and va != vb:
                flips.append(
                    {"id": b["id"], "category": category, "outcome": key, "a": va, "b": vb}
                )
    return flips


def compare_cuts(cut_a: Path, cut_b: Path) -> dict[str, Any]:
    """Deltas (B minus A) for every metric both cuts report, and the items that flipped.

    Returns `{"a", "b", "metrics": [...], "flips": [...], "only_in_a", "only_in_b"}`; each
    metric row holds `category, metric, a, b, delta, ci95, n_shared, direction, change`.
    """
    from harness.metrics import METRIC_DIRECTIONS, paired_delta

    report_a, rows_a = _load(cut_a)
    report_b, rows_b = _load(cut_b)
    metrics: list[dict[str, Any]] = []
    flips: list[dict[str, Any]] = []
    cats_a = report_a.get("categories", {})
    cats_b = report_b.get("categories", {})
    for category in sorted(set(cats_a) & set(cats_b)):
        ra = [r for r in rows_a if r.get("category") == category]
        rb = [r for r in rows_b if r.get("category") == category]
        ma, mb = cats_a[category].get("metrics", {}), cats_b[category].get("metrics", {})
        for metric in sorted(set(ma) & set(mb)):
            pd = paired_delta(category, metric, score_records(ra), score_records(rb))
            direction = METRIC_DIRECTIONS.get(f"{category}.{metric}")
            delta = pd.get("delta")
            change = "same"
            if delta is not None and abs(delta) > 1e-12 and direction is not None:
                better = delta > 0 if direction == "higher" else delta < 0
                change = "better" if better else "worse"
            metrics.append(
                {
                    "category": category,
                    "metric": metric,
                    "a": ma[metric].get("value"),
                    "b": mb[metric].get("value"),
                    "delta": delta,
                    "ci95": pd.get("ci95"),
                    "n_shared": pd.get("n_shared"),
                    "direction": direction,
                    "change": change,
                }
            )
        flips.extend(_flips(category, ra, rb))
    ids_a = {str(r["id"]) for r in rows_a}
    ids_b = {str(r["id"]) for r in rows_b}
    return {
        "a": {
            "cut_id": report_a.get("cut_id"),
            "path": str(cut_a),
            "pipeline": report_a.get("pipeline"),
        },
        "b": {
            "cut_id": report_b.get("cut_id"),
            "path": str(cut_b),
            "pipeline": report_b.get("pipeline"),
        },
        "metrics": metrics,
        "flips": flips,
        "only_in_a": sorted(ids_a - ids_b),
        "only_in_b": sorted(ids_b - ids_a),
    }
