"""Measure the implicit-emergency safety net (pipelines.triage.implicit_emergency) on learning and
development data only: fires, precision against gold `escalate`, recall on the implicit dev sets.
The learned half is scored out-of-fold (a model that never saw the message), rules as they stand.
Run: /work/venv/bin/python -m pipelines.triage.dev.implicit_emergency_precision [--show]
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

import numpy as np

from pipelines.triage import implicit_emergency_model as learned
from pipelines.triage.implicit_emergency import detect

TRIAGE = Path(__file__).resolve().parents[1]
# Never a held-out file: the overriding confidence is set from these.
FILES = (
    TRIAGE / "dev" / "acuity_implicit_dev.jsonl",
    TRIAGE / "dev" / "acuity_implicit_val.jsonl",
    TRIAGE / "dev" / "acuity_implicit_val2.jsonl",
    TRIAGE / "dev" / "acuity_implicit_dev3.jsonl",
    TRIAGE / "dev" / "acuity_holdout4.jsonl",
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


class OutOfFold:
    """The learned half as a scorer whose score for a training message comes from the fold that
    left it out; messages it never trained on (band 4 of general traffic) get the full model's."""

    def __init__(self) -> None:
        self.full = learned.load()
        rows = learned.training_rows()
        texts = [" ".join(m.split()) for m, _ in rows]
        labels = np.array([y for _, y in rows])
        oof = learned.out_of_fold(texts, labels, learned.embed(texts))
        self.oof = dict(zip(texts, oof.tolist(), strict=True))

    def fires(self, message: str) -> bool:
        text = " ".join(message.split())
        score = self.oof[text] if text in self.oof else self.full.score(text)
        return learned.has_topic(text) and score >= self.full.threshold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--show", action="store_true", help="print false fires and dev misses")
    args = ap.parse_args()
    scorer = OutOfFold()
    print(f"learned half: {json.dumps(scorer.full.report)}")
    fires = hits = learned_fires = learned_hits = 0
    for path in FILES:
        rows = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
        f = h = esc = caught = 0
        for row in rows:
            flag = detect(row["message"], scorer=scorer)
            gold_esc = row["gold_routing"] == "escalate"
            if flag and flag.kinds == ("learned",):
                learned_fires += 1
                learned_hits += gold_esc
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
                "learned_fires": learned_fires,
                "learned_precision": round(learned_hits / max(learned_fires, 1), 4),
            }
        )
    )


if __name__ == "__main__":
    main()
