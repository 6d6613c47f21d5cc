"""The same-day floor's learned half: a logistic regression over tf-idf n-grams and MiniLM sentence
vectors that scores "the sender has thoughts of death now", passive or not.

Passive death wishes are worded in endless ways ("I'd be fine with checking out early", "pray God
takes me in my sleep"); the floor's patterns catch few of them. This scorer is trained on
data/deathwish_train.jsonl (written for it: wishes and look-alikes such as hyperbole, past or
denied thoughts, someone else's, fear of dying, end-of-life planning) with the decider's triage
messages as more controls, never on a held-out file. Its threshold comes from out-of-fold scores.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

from harness.contract import cache_dir
from harness.errors import InputError
from pipelines.jsonl import read_objects
from pipelines.triage import text_scorer
from pipelines.triage.model_cache import load_or_fit
from pipelines.triage.text_scorer import TextScorer

_DATA = Path(__file__).resolve().parent / "data"
TRAIN_FILE = _DATA / "deathwish_train.jsonl"
# Ordinary triage traffic: controls, except the messages that tell of self-harm or death wishes.
TRIAGE_FILES = (
    _DATA / "train_messages.jsonl",
    _DATA / "calibration_messages.jsonl",
    _DATA / "diverse_messages.jsonl",
)
LABELS = ("death_wish", "none")
# Bump when features, labels or threshold selection change: invalidates cached models.
CODE_VERSION = "death-wish-clf-v1"
# Share of out-of-fold controls the threshold may let through: the refusal classifier's bar
# (policy_model.MAX_CONTROL_FPR). A false fire costs a same-day review, never a refusal.
MAX_CONTROL_FPR = 0.02
_LOCK = threading.Lock()


def training_rows() -> list[tuple[str, int]]:
    """(message, 1 wish / 0 control) from the training file and the triage traffic."""
    from pipelines.triage import implicit_emergency
    from pipelines.triage.same_day_floor import says_death_wish

    rows: list[tuple[str, int]] = []
    for where, row in read_objects(TRAIN_FILE, what="death-wish training data"):
        if row.get("label") not in LABELS or not isinstance(row.get("message"), str):
            raise InputError(f"{where}: needs 'message' and 'label' in {LABELS}; fix the line")
        rows.append((row["message"], int(row["label"] == "death_wish")))
    for path in TRIAGE_FILES:
        for _, row in read_objects(path, what="triage training data"):
            message = str(row.get("message", ""))
            flag = implicit_emergency.detect(message)
            if says_death_wish(message) or (flag and "self_harm_intent" in flag.kinds):
                continue
            rows.append((message, 0))
    return rows


DeathWishScorer = TextScorer


def fit(rows: list[tuple[str, int]], key: str = "") -> TextScorer:
    return text_scorer.fit(rows, max_control_fpr=MAX_CONTROL_FPR, english_only=True, key=key)


def data_key() -> str:
    h = hashlib.sha256(CODE_VERSION.encode())
    here = Path(__file__)
    # the features are policy_model's; the traffic filter is the floor's patterns and the net's
    for f in (
        here,
        here.with_name("policy_model.py"),
        here.with_name("text_scorer.py"),
        here.with_name("same_day_floor.py"),
        here.with_name("implicit_emergency.py"),
        here.with_name("health_lexicon.py"),
        TRAIN_FILE,
        *TRIAGE_FILES,
    ):
        h.update(f.read_bytes() if f.exists() else b"-")
    from pipelines.triage.retrieval.dense import default_model_path, file_sha256

    h.update(file_sha256(default_model_path()).encode())
    return h.hexdigest()[:16]


def load() -> TextScorer:
    """Fit (or load from the disk cache) the scorer."""
    key = data_key()
    with _LOCK:
        return load_or_fit(
            cache_dir() / "triage" / f"death-wish-{key}.pkl", lambda: fit(training_rows(), key)
        )
