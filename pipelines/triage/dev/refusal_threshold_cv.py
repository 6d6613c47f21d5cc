"""Cross-validated check of the refusal classifier thresholds against the rules they back up.

Prints, per label and threshold, the out-of-fold recall of rules OR learned label and the extra
controls the learned label alone would refuse (hard: refusal-file controls; easy: triage traffic).
/work/venv/bin/python pipelines/triage/dev/refusal_threshold_cv.py   (about a minute)
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from sklearn.model_selection import StratifiedKFold

from pipelines.triage import policy as P
from pipelines.triage import policy_model as pm

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.8, 0.9)


def main() -> None:
    rows = pm.training_rows()
    # Refusal-file rows carry ids; the triage messages borrowed as controls do not.
    hard = np.array(["id" in r for r in rows])
    msgs = [r["message"] for r in rows]
    texts = [pm.normalise(m) for m in msgs]
    labels = np.array([r["label"] for r in rows])
    vectors = pm.embed(texts)
    oof = {k: np.zeros(len(rows)) for k in pm.LABELS}
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    for tr, te in folds.split(texts, labels):
        vec = pm.ngram_vectorizer().fit([texts[i] for i in tr])
        xtr = pm._features(vec, [texts[i] for i in tr], vectors[tr])
        xte = pm._features(vec, [texts[i] for i in te], vectors[te])
        for k in pm.LABELS:
            oof[k][te] = pm.logistic_model().fit(xtr, labels[tr] == k).predict_proba(xte)[:, 1]

    def flags(fn: Callable[[str], object]) -> np.ndarray:
        return np.array([bool(fn(m)) for m in msgs])

    rule = {
        "jailbreak": flags(P.is_injection),
        "out_of_scope": flags(P.is_out_of_scope),
        "pregnancy": flags(P.mentions_pregnancy),
    }
    # The same gates pre_decision_reasons puts on each learned label.
    gate = {
        "jailbreak": np.ones(len(msgs), dtype=bool),
        "out_of_scope": ~flags(P._HEALTH_CONCERN.search),
        "pregnancy": ~(
            flags(P._denies_pregnancy)
            | flags(P._third_party_only)
            | flags(P._PAST_BIRTH.search)
            | flags(P._TRYING_TO_CONCEIVE.search)
        ),
    }
    enough = np.array([len(m.split()) >= 3 for m in msgs])
    none = labels == "none"
    print(f"controls: hard {(none & hard).sum()}, easy {(none & ~hard).sum()}")
    for k in pm.LABELS:
        pos = labels == k
        print(f"{k}: rules alone recall {rule[k][pos].mean():.3f}")
        over = P.LEARNED_OOS_OVER_HEALTH if k == "out_of_scope" else 2.0
        for t in THRESHOLDS:
            learned = enough & (oof[k] >= t) & (gate[k] | (oof[k] >= over))
            extra = learned & ~rule[k] & none
            print(
                f"  t={t:.2f} recall {(rule[k] | learned)[pos].mean():.3f} "
                f"extra refused controls: hard {(extra & hard).sum()} easy {(extra & ~hard).sum()}"
            )


if __name__ == "__main__":
    main()
