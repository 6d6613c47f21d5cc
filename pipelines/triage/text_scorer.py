"""One binary text scorer for the safety layers: a logistic regression over tf-idf n-grams and
MiniLM sentence vectors (policy_model's features), its threshold at a share of out-of-fold controls.

Used by the same-day floor (death_wish_model) and the safety net's suicide-plan scorer
(suicide_plan_model); each supplies its rows, its bar and whether it reads English only.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterable
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
    out_of_fold,
    stacked_features,
)

EMBEDDING_WEIGHT = 1.0
_LOCK = threading.Lock()
_HERE = Path(__file__).resolve().parent


def text_of(message: str) -> str:
    """What a scorer reads: the refusal labels' normalised text (one encode serves both)."""
    return normalise(message)


@dataclass
class TextScorer:
    """The fitted scorer, its threshold and out-of-fold report."""

    vectorizer: Any
    model: Any
    threshold: float
    key: str
    english_only: bool = False
    report: dict[str, Any] = field(default_factory=dict)

    def score(self, message: str) -> float:
        text = text_of(message)
        return float(self.model.predict_proba(_features(self.vectorizer, [text]))[0, 1])

    def fires(self, message: str) -> bool:
        """A score at or above the threshold; with `english_only`, on English only
        (`policy.reads_english`: the encoder reads English, and on other languages the scorers
        took ordinary symptoms for what they look for)."""
        if self.english_only:
            from pipelines.triage.policy import reads_english

            if not reads_english(message):
                return False
        return self.score(message) >= self.threshold


def _features(vectorizer: Any, texts: list[str], vectors: np.ndarray | None = None) -> Any:
    dense = embed(texts) if vectors is None else vectors
    return stacked_features(vectorizer, texts, dense, EMBEDDING_WEIGHT)


def fit(
    rows: list[tuple[str, int]], *, max_control_fpr: float, english_only: bool, key: str = ""
) -> TextScorer:
    """Fit on (message, 1 positive / 0 control); the threshold lets `max_control_fpr` of the
    controls' out-of-fold scores through."""
    texts = [text_of(m) for m, _ in rows]
    labels = np.array([y for _, y in rows])
    vectors = embed(texts)
    oof = out_of_fold(texts, labels, vectors, EMBEDDING_WEIGHT)
    threshold = round(float(np.quantile(oof[labels == 0], 1.0 - max_control_fpr)), 4)
    fired = oof >= threshold
    vec = ngram_vectorizer().fit(texts)
    model = logistic_model().fit(_features(vec, texts, vectors), labels)
    report = {
        "train_n": len(rows),
        "positives": int(labels.sum()),
        "threshold": threshold,
        "oof_recall": round(float(fired[labels == 1].mean()), 4),
        "oof_control_fpr": round(float(fired[labels == 0].mean()), 4),
    }
    return TextScorer(vec, model, threshold, key, english_only, report)


def labelled_rows(path: Path, positive: str, what: str) -> list[tuple[str, int]]:
    """(message, 1 when the label is `positive` else 0) from a `{message, label}` JSONL file
    whose labels are `positive` or `none`."""
    rows: list[tuple[str, int]] = []
    for where, row in read_objects(path, what=what):
        if row.get("label") not in (positive, "none") or not isinstance(row.get("message"), str):
            raise InputError(
                f"{where}: needs 'message' and 'label' in {(positive, 'none')}; fix the line"
            )
        rows.append((row["message"], int(row["label"] == positive)))
    return rows


def data_key(code_version: str, files: Iterable[Path]) -> str:
    """A cache key over the scorer's code version, `files` (its module and its data), the shared
    features (this module, policy_model) and the MiniLM model file."""
    from pipelines.triage.retrieval.dense import default_model_path, file_sha256

    h = hashlib.sha256(code_version.encode())
    for f in (_HERE / "text_scorer.py", _HERE / "policy_model.py", *files):
        h.update(f.read_bytes() if f.exists() else b"-")
    h.update(file_sha256(default_model_path()).encode())
    return h.hexdigest()[:16]


def load(name: str, key: str, make: Callable[[], TextScorer]) -> TextScorer:
    """Fit with `make` (or load from the disk cache) the scorer `name` under `key`."""
    with _LOCK:
        return load_or_fit(cache_dir() / "triage" / f"{name}-{key}.pkl", make)
