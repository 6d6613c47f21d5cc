"""The safety net's second learned half: a logistic regression over tf-idf n-grams and MiniLM
sentence vectors that scores "a suicide emergency now" (thoughts of suicide with a plan, means at
hand, a time, preparations or goodbyes, an attempt just made, command voices).

The net's rules need exact word combinations and its first learned half (implicit_emergency_model)
reads every kind of emergency; on a blind set of passive wishes and plans they escalated 5 of 10
plans ("gave away my guitar, won't need the repeat prescription", letters written and the pills
at hand). This scorer is trained on data/plan_train.jsonl (written for it: plans, and look-alikes
such as passive wishes, end-of-life planning, admin, medication questions, history) plus the plans
and controls of data/deathwish_train.jsonl and the decider's non-escalated triage messages, never
on a held-out file. Its bar: 0.5% of out-of-fold controls, since a fire escalates.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from harness.contract import cache_dir
from harness.errors import InputError
from pipelines.jsonl import read_objects
from pipelines.triage.model_cache import load_or_fit
from pipelines.triage.policy_model import (
    embed,
    logistic_model,
    ngram_vectorizer,
    normalise,
    stacked_features,
)

_DATA = Path(__file__).resolve().parent / "data"
TRAIN_FILE = _DATA / "plan_train.jsonl"
WISH_FILE = _DATA / "deathwish_train.jsonl"
# Ordinary triage traffic: controls, except the messages routed to escalate.
TRIAGE_FILES = (
    _DATA / "train_messages.jsonl",
    _DATA / "calibration_messages.jsonl",
    _DATA / "diverse_messages.jsonl",
)
LABELS = ("plan", "none")
# Bump when features, labels or threshold selection change: invalidates cached models.
CODE_VERSION = "suicide-plan-clf-v1"
# Share of out-of-fold controls the threshold may let through. A fire escalates (a nurse calls
# now), so the bar is a quarter of the same-day floor's.
MAX_CONTROL_FPR = 0.005
EMBEDDING_WEIGHT = 1.0
_FOLDS = 5
_SEED = 0
_LOCK = threading.Lock()


def text_of(message: str) -> str:
    """What the scorer reads: the refusal labels' normalised text (one encode serves both)."""
    return normalise(message)


def training_rows() -> list[tuple[str, int]]:
    """(message, 1 plan / 0 control) from the training files and the triage traffic."""
    rows: list[tuple[str, int]] = []
    for where, row in read_objects(TRAIN_FILE, what="suicide-plan training data"):
        if row.get("label") not in LABELS or not isinstance(row.get("message"), str):
            raise InputError(f"{where}: needs 'message' and 'label' in {LABELS}; fix the line")
        rows.append((row["message"], int(row["label"] == "plan")))
    for _, row in read_objects(WISH_FILE, what="death-wish training data"):
        rows.append((str(row["message"]), int(row.get("kind") == "plan_means")))
    for path in TRIAGE_FILES:
        for _, row in read_objects(path, what="triage training data"):
            message = str(row.get("message", ""))
            if message and row.get("gold_routing") != "escalate":
                rows.append((message, 0))
    return rows


@dataclass
class PlanScorer:
    """The fitted scorer, its threshold and out-of-fold report."""

    vectorizer: Any
    model: Any
    threshold: float
    key: str
    report: dict[str, Any] = field(default_factory=dict)

    def score(self, message: str) -> float:
        text = text_of(message)
        return float(self.model.predict_proba(_features(self.vectorizer, [text]))[0, 1])

    def fires(self, message: str) -> bool:
        """English (`policy.reads_english`: the scorer's encoder reads English, and a fire
        escalates) and a score at or above the threshold."""
        from pipelines.triage.policy import reads_english

        return reads_english(message) and self.score(message) >= self.threshold


def _features(vectorizer: Any, texts: list[str], vectors: np.ndarray | None = None) -> Any:
    dense = embed(texts) if vectors is None else vectors
    return stacked_features(vectorizer, texts, dense, EMBEDDING_WEIGHT)


def fit(rows: list[tuple[str, int]], key: str = "") -> PlanScorer:
    from sklearn.model_selection import StratifiedKFold

    texts = [text_of(m) for m, _ in rows]
    labels = np.array([y for _, y in rows])
    vectors = embed(texts)
    oof = np.zeros(len(texts))
    folds = StratifiedKFold(n_splits=_FOLDS, shuffle=True, random_state=_SEED)
    for tr, te in folds.split(texts, labels):
        vec = ngram_vectorizer().fit([texts[i] for i in tr])
        model = logistic_model().fit(
            _features(vec, [texts[i] for i in tr], vectors[tr]), labels[tr]
        )
        oof[te] = model.predict_proba(_features(vec, [texts[i] for i in te], vectors[te]))[:, 1]
    threshold = round(float(np.quantile(oof[labels == 0], 1.0 - MAX_CONTROL_FPR)), 4)
    fired = oof >= threshold
    vec = ngram_vectorizer().fit(texts)
    model = logistic_model().fit(_features(vec, texts, vectors), labels)
    report = {
        "train_n": len(rows),
        "plans": int(labels.sum()),
        "threshold": threshold,
        "oof_recall": round(float(fired[labels == 1].mean()), 4),
        "oof_control_fpr": round(float(fired[labels == 0].mean()), 4),
    }
    return PlanScorer(vec, model, threshold, key, report)


def data_key() -> str:
    h = hashlib.sha256(CODE_VERSION.encode())
    here = Path(__file__)
    # the features are policy_model's
    for f in (here, here.with_name("policy_model.py"), TRAIN_FILE, WISH_FILE, *TRIAGE_FILES):
        h.update(f.read_bytes() if f.exists() else b"-")
    from pipelines.triage.retrieval.dense import default_model_path, file_sha256

    h.update(file_sha256(default_model_path()).encode())
    return h.hexdigest()[:16]


def load() -> PlanScorer:
    """Fit (or load from the disk cache) the scorer."""
    key = data_key()
    with _LOCK:
        return load_or_fit(
            cache_dir() / "triage" / f"suicide-plan-{key}.pkl", lambda: fit(training_rows(), key)
        )
