"""The same-day floor's learned half: a logistic regression over tf-idf n-grams and MiniLM sentence
vectors that scores "the sender has thoughts of death now", passive or not.

Passive death wishes are worded in endless ways ("I'd be fine with checking out early", "pray God
takes me in my sleep"); the floor's patterns catch few of them. This scorer is trained on
data/deathwish_train.jsonl (written for it: wishes and look-alikes such as hyperbole, past or
denied thoughts, someone else's, fear of dying, end-of-life planning) with the decider's triage
messages as more controls, never on a held-out file. Its threshold comes from out-of-fold scores.
"""

from __future__ import annotations

from pathlib import Path

from pipelines.jsonl import read_objects
from pipelines.triage import text_scorer
from pipelines.triage.policy_model import TRIAGE_FILES
from pipelines.triage.text_scorer import TextScorer

TRAIN_FILE = Path(__file__).resolve().parent / "data" / "deathwish_train.jsonl"
# Bump when features, labels or threshold selection change: invalidates cached models.
CODE_VERSION = "death-wish-clf-v1"
# Share of out-of-fold controls the threshold may let through: the refusal classifier's bar
# (policy_model.MAX_CONTROL_FPR). A false fire costs a same-day review, never a refusal.
MAX_CONTROL_FPR = 0.02

DeathWishScorer = TextScorer


def training_rows() -> list[tuple[str, int]]:
    """(message, 1 wish / 0 control) from the training file, plus the decider's triage messages
    as controls, except those that tell of self-harm or a death wish."""
    from pipelines.triage import implicit_emergency
    from pipelines.triage.same_day_floor import says_death_wish

    rows = text_scorer.labelled_rows(TRAIN_FILE, "death_wish", "death-wish training data")
    for path in TRIAGE_FILES:
        for _, row in read_objects(path, what="triage training data"):
            message = str(row.get("message", ""))
            flag = implicit_emergency.detect(message)
            if says_death_wish(message) or (flag and "self_harm_intent" in flag.kinds):
                continue
            rows.append((message, 0))
    return rows


def fit(rows: list[tuple[str, int]], key: str = "") -> TextScorer:
    return text_scorer.fit(rows, max_control_fpr=MAX_CONTROL_FPR, english_only=True, key=key)


def data_key() -> str:
    # the traffic filter is the floor's patterns (with the lexicon they read) and the net's rules
    here = Path(__file__)
    return text_scorer.data_key(
        CODE_VERSION,
        (
            here,
            here.with_name("same_day_floor.py"),
            here.with_name("implicit_emergency.py"),
            here.with_name("health_lexicon.py"),
            TRAIN_FILE,
            *TRIAGE_FILES,
        ),
    )


def load() -> TextScorer:
    """Fit (or load from the disk cache) the scorer."""
    key = data_key()
    return text_scorer.load("death-wish", key, lambda: fit(training_rows(), key))
