"""Leave-one-file-out cross-validation of the contextual PHI classifier inside the redactor.

For each hand-written training set: fit the CRF and the classifier on the other files (presidio's
sentences always in), then redact the left-out set at each (threshold, veto) pair and count tokens.
Run: /work/venv/bin/python -m pipelines.triage.dev.phi_context_cv
"""

from __future__ import annotations

import re
import tempfile
import time
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

from pipelines.triage import phi_context, phi_tagger, redact

HAND = [f for f in phi_context.TRAIN_FILES if "presidio" not in f.name]
THRESHOLDS = (0.5, 0.7, 0.9, 1.01)
VETOES = (0.0, 0.2, 0.35, 0.5)


def token_counts(
    text: str, gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]
) -> tuple[int, int, int]:
    """(true positive, false negative, false positive) word tokens, the gate's overlap rule."""
    tp = fn = fp = 0
    for m in re.finditer(r"\w+", text):
        a, b = m.span()
        g = any(s < b and a < e for s, e in gold)
        p = any(s < b and a < e for s, e in pred)
        tp += g and p
        fn += g and not p
        fp += p and not g
    return tp, fn, fp


class _Memo(phi_context.ContextTagger):
    """The fold's classifier with its probabilities worked out once per text (CV speed only)."""

    def __init__(self, encoder: phi_context.Encoder, clf: phi_context.Classifier) -> None:
        super().__init__(encoder, clf)
        self._memo: dict[str, np.ndarray] = {}

    def probs(self, text: str, toks: Sequence[tuple[int, int, str]]) -> np.ndarray:
        if text not in self._memo:
            self._memo[text] = super().probs(text, toks)
        return self._memo[text]


class _MemoCRF(phi_tagger.Tagger):
    @cache  # noqa: B019 - one short-lived tagger per fold
    def token_probs(self, text: str) -> list[tuple[int, int, float, str]]:
        return super().token_probs(text)


def main() -> None:
    t0 = time.time()
    encoder = phi_context.Encoder(threads=2)
    # NER is the slow part and does not depend on the fold
    redact.ner_spans = lru_cache(maxsize=None)(redact.ner_spans)
    mats = {
        f: phi_context.training_matrix(phi_tagger.read_items([f]), encoder)
        for f in phi_context.TRAIN_FILES
    }
    print(f"encoded in {time.time() - t0:.0f}s", flush=True)
    combos = [(t, v) for t in THRESHOLDS for v in VETOES]
    totals = {c: [0, 0, 0] for c in combos}
    for held in HAND:
        train = [f for f in phi_context.TRAIN_FILES if f != held]
        clf = phi_context.Classifier.fit(
            np.vstack([mats[f][0] for f in train]), np.concatenate([mats[f][1] for f in train])
        )
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "m.crfsuite"
            phi_tagger.fit(phi_tagger.read_items(train), path)
            crf = _MemoCRF(path)
        ctx = _Memo(encoder, clf)
        per = {c: [0, 0, 0] for c in combos}
        base = [0, 0, 0]
        plain = redact.Redactor(tagger=crf, use_context=False)
        for item in phi_tagger.read_items([held]):
            text = item["text"]
            gold = [(s["start"], s["end"]) for s in item["spans"]]
            c0 = token_counts(text, gold, [(s.start, s.end) for s in plain.redact(text).spans])
            base = [x + y for x, y in zip(base, c0, strict=True)]
            for t, v in combos:
                ctx.threshold, ctx.veto = t, v
                red = redact.Redactor(tagger=crf, context=ctx).redact(text)
                c = token_counts(text, gold, [(s.start, s.end) for s in red.spans])
                for k in range(3):
                    per[(t, v)][k] += c[k]
                    totals[(t, v)][k] += c[k]
        tp, fn, fp = base
        print(f"{held.name} rules+crf R={tp / (tp + fn):.4f} P={tp / max(1, tp + fp):.4f}")
        for (t, v), (tp, fn, fp) in per.items():
            print(f"  t={t} veto={v}: R={tp / max(1, tp + fn):.4f} P={tp / max(1, tp + fp):.4f}")
        print(flush=True)
    print(f"ALL ({time.time() - t0:.0f}s)")
    for (t, v), (tp, fn, fp) in totals.items():
        print(f"  t={t} veto={v}: R={tp / max(1, tp + fn):.4f} P={tp / max(1, tp + fp):.4f}")


if __name__ == "__main__":
    main()
