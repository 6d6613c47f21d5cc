"""Measure the implicit-emergency safety net (pipelines.triage.implicit_emergency) on learning and
development data only: fires, precision against gold `escalate`, recall on the implicit dev set.
Run: /work/venv/bin/python -m pipelines.triage.dev.implicit_emergency_precision [--show]
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from pipelines.triage.implicit_emergency import detect

TRIAGE = Path(__file__).resolve().parents[1]
# Never a held-out file: the overriding confidence is set from these.
FILES = (
    TRIAGE / "dev" / "acuity_implicit_dev.jsonl",
    TRIAGE / "dev" / "acuity_implicit_val.jsonl",
    TRIAGE / "dev" / "acuity_implicit_val2.jsonl",
    TRIAGE / "dev" / "acuity_dev.jsonl",
    TRIAGE / "data" / "train_messages.jsonl",
    TRIAGE / "data" / "calibration_messages.jsonl",
    TRIAGE / "data" / "diverse_messages.jsonl",
)


def wilson_lower(hits: int, n: int, z: float = 1.96) -> float:
    """Lower end of the Wilson score interval for a proportion hits/n."""
    if n == 0:
        return 0.0
    p = hits / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--show", action="store_true", help="print false fires and dev misses")
    args = ap.parse_args()
    fires = hits = 0
    for path in FILES:
        rows = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
        f = h = esc = caught = 0
        for row in rows:
            flag = detect(row["message"])
            gold_esc = row["gold_routing"] == "escalate"
            esc += gold_esc
            if flag:
                f += 1
                h += gold_esc
                caught += gold_esc
                if args.show and not gold_esc:
                    print(f"  FALSE {path.name} {row['id']} {flag.kinds}: {row['message'][:160]}")
            elif args.show and gold_esc and path.name.startswith("acuity_implicit_"):
                print(f"  MISS {row['id']}: {row['message'][:160]}")
        fires, hits = fires + f, hits + h
        print(f"{path.name}: n={len(rows)} fires={f} of_which_escalate={h} gold_escalate={esc}")
    print(
        json.dumps(
            {
                "fires": fires,
                "precision": round(hits / max(fires, 1), 4),
                "laplace_precision": round((hits + 1) / (fires + 2), 4),
                "wilson_lower_95": round(wilson_lower(hits, fires), 4),
            }
        )
    )


if __name__ == "__main__":
    main()
