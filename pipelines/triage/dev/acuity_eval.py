"""Score the triage pipeline (local provider) on an acuity JSONL with harness.metrics functions.

Prints the six acuity metrics as JSON. Run:
/work/venv/bin/python -m pipelines.triage.dev.acuity_eval FILE [--records OUT.jsonl]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from harness.contract import PipelineConfig, parse_item
from harness.metrics import (
    acuity_precision_at_fpr_score,
    brier_score_loss,
    expected_calibration_error,
    score_item,
    unsafe_clear_rate,
)


def metrics(records: list[dict[str, Any]]) -> dict[str, float]:
    gold = [r["gold_routing"] for r in records]
    pred = [r["pred_routing"] for r in records]
    conf = [r["confidence"] for r in records]
    correct = [bool(r["routing_correct"]) for r in records]
    n = len(records)
    return {
        "n": n,
        "precision_at_1pct_fpr": round(acuity_precision_at_fpr_score(gold, pred, conf), 4),
        "routing_accuracy": round(sum(correct) / n, 4),
        "band_accuracy": round(sum(bool(r["band_correct"]) for r in records) / n, 4),
        "unsafe_clear_rate": round(unsafe_clear_rate(gold, pred), 4),
        "ece": round(expected_calibration_error(correct, conf, n_bins=10), 4),
        "brier": round(brier_score_loss(correct, conf), 4),
    }


def evaluate(path: Path) -> tuple[dict[str, float], list[dict[str, Any]]]:
    from pipelines.triage import create

    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    pipeline = create(PipelineConfig(provider="local"))
    records = []
    for row in rows:
        pred = pipeline.predict(parse_item(row))
        scores = score_item("acuity", row, pred.output.model_dump(mode="json"))
        records.append({"id": row["id"]} | scores)
    return metrics(records), records


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("file", type=Path)
    ap.add_argument("--records", type=Path, help="write per-item score records here")
    args = ap.parse_args()
    result, records = evaluate(args.file)
    if args.records:
        args.records.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    print(json.dumps({"file": str(args.file)} | result))


if __name__ == "__main__":
    main()
