"""Leave-one-set-out cross-validation of the PHI tagger inside the full redactor.

For each PHI set named (default: every hand-written one in `phi_tagger.TRAIN_FILES`): train the
CRF on every other training file (presidio's sentences included), put it in the redactor, and
score the left-out set with `phi_eval` at each threshold (default 0.5 and 0.75). A set not yet
in TRAIN_FILES (a new held-out set) is scored by a tagger trained on all of TRAIN_FILES.
Run: /work/venv/bin/python -m pipelines.triage.dev.phi_tagger_cv [phi_guide3.jsonl ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from pipelines.triage import phi_tagger
from pipelines.triage.dev import phi_eval
from pipelines.triage.redact import Redactor


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="*", help="file names in dev/ (default: every hand-written set)")
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.5, 0.75])
    args = ap.parse_args()
    hand = [f for f in phi_tagger.TRAIN_FILES if "presidio" not in f.name]
    held_out = [phi_tagger.DEV / Path(name).name for name in args.sets] or hand
    missing = [f.name for f in held_out if not f.exists()]
    if missing:
        sys.exit(f"phi_tagger_cv: no such set in {phi_tagger.DEV}: {', '.join(missing)}")
    for held in held_out:
        train = [f for f in phi_tagger.TRAIN_FILES if f != held]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "m.crfsuite"
            phi_tagger.fit(phi_tagger.read_items(train), path)
            for t in args.thresholds:
                redactor = Redactor(tagger=phi_tagger.Tagger(path, threshold=t))
                out = phi_eval.evaluate(held, redactor=redactor)
                keep = ("token_recall", "token_precision", "missed_tokens_by_label")
                print(
                    held.name, f"left out, t={t}", json.dumps({k: out[k] for k in keep}), flush=True
                )


if __name__ == "__main__":
    main()
