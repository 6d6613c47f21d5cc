"""Leave-one-file-out cross-validation of the PHI tagger unioned with the redactor's rules.

For each hand-written PHI set: train the CRF on the others (plus presidio's sentences unless
--no-presidio), score rules alone and rules + tagger at several thresholds on the left-out set.
Run: /work/venv/bin/python -m pipelines.triage.dev.phi_tagger_cv [--no-presidio]
"""

from __future__ import annotations

import argparse
import re
import tempfile
from pathlib import Path

from pipelines.triage import phi_tagger
from pipelines.triage.redact import Redactor

HAND = [f for f in phi_tagger.TRAIN_FILES if "presidio" not in f.name]
PRESIDIO = [f for f in phi_tagger.TRAIN_FILES if "presidio" in f.name]
THRESHOLDS = (0.3, 0.5, 0.6, 0.75, 0.9, 1.01)


def token_counts(text, gold, pred):
    tp = fn = fp = 0
    for m in re.finditer(r"\w+", text):
        a, b = m.span()
        g = any(s < b and a < e for s, e in gold)
        p = any(s < b and a < e for s, e in pred)
        tp += g and p
        fn += g and not p
        fp += p and not g
    return tp, fn, fp


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-presidio", action="store_true")
    args = ap.parse_args()
    redactor = Redactor(use_ner=True, use_tagger=False)
    totals = {t: [0, 0, 0] for t in THRESHOLDS}
    tag_totals = {t: [0, 0, 0] for t in THRESHOLDS}
    for held in HAND:
        train = [f for f in HAND if f != held] + ([] if args.no_presidio else PRESIDIO)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "m.crfsuite"
            phi_tagger.fit(phi_tagger.read_items(train), path)
            tagger = phi_tagger.Tagger(path)
            items = phi_tagger.read_items([held])
            per = {t: [0, 0, 0] for t in THRESHOLDS}
            for item in items:
                text = item["text"]
                gold = [(s["start"], s["end"]) for s in item["spans"]]
                rules = [(s.start, s.end) for s in redactor.redact(text).spans]
                probs = tagger.token_probs(text)
                for t in THRESHOLDS:
                    extra = [(a, b) for a, b, p, _ in probs if p >= t]
                    c = token_counts(text, gold, rules + extra)
                    alone = token_counts(text, gold, extra)
                    for k in range(3):
                        per[t][k] += c[k]
                        totals[t][k] += c[k]
                        tag_totals[t][k] += alone[k]
        line = " ".join(
            f"t={t}: R={tp / max(1, tp + fn):.4f} P={tp / max(1, tp + fp):.4f}"
            for t, (tp, fn, fp) in per.items()
        )
        print(held.name, line, flush=True)
    print(
        "ALL",
        " ".join(
            f"t={t}: R={tp / max(1, tp + fn):.4f} P={tp / max(1, tp + fp):.4f}"
            for t, (tp, fn, fp) in totals.items()
        ),
    )

    print(
        "TAGGER ALONE",
        " ".join(
            f"t={t}: R={tp / max(1, tp + fn):.4f} P={tp / max(1, tp + fp):.4f}"
            for t, (tp, fn, fp) in tag_totals.items()
        ),
    )


if __name__ == "__main__":
    main()
