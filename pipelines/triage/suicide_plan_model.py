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

from pathlib import Path

from pipelines.jsonl import read_objects
from pipelines.triage import text_scorer
from pipelines.triage.policy_model import TRIAGE_FILES
from pipelines.triage.text_scorer import TextScorer

_DATA = Path(__file__).resolve().parent / "data"
TRAIN_FILE = _DATA / "plan_train.jsonl"
WISH_FILE = _DATA / "deathwish_train.jsonl"
# Bump when features, labels or threshold selection change: invalidates cached models.
CODE_VERSION = "suicide-plan-clf-v1"
# Share of out-of-fold controls the threshold may let through. A fire escalates (a nurse calls
# now), so the bar is a quarter of the same-day floor's.
MAX_CONTROL_FPR = 0.005

PlanScorer = TextScorer


def training_rows() -> list[tuple[str, int]]:
    """(message, 1 plan / 0 control) from the training files, plus the decider's triage
    messages not routed to escalate as controls."""
    rows = text_scorer.labelled_rows(TRAIN_FILE, "plan", "suicide-plan training data")
    for _, row in read_objects(WISH_FILE, what="death-wish training data"):
        rows.append((str(row["message"]), int(row.get("kind") == "plan_means")))
    for path in TRIAGE_FILES:
        for _, row in read_objects(path, what="triage training data"):
            message = str(row.get("message", ""))
            if message and row.get("gold_routing") != "escalate":
                rows.append((message, 0))
    return rows


def fit(rows: list[tuple[str, int]], key: str = "") -> TextScorer:
    return text_scorer.fit(rows, max_control_fpr=MAX_CONTROL_FPR, english_only=True, key=key)


def data_key() -> str:
    here = Path(__file__)
    return text_scorer.data_key(CODE_VERSION, (here, TRAIN_FILE, WISH_FILE, *TRIAGE_FILES))


def load() -> TextScorer:
    """Fit (or load from the disk cache) the scorer."""
    key = data_key()
    return text_scorer.load("suicide-plan", key, lambda: fit(training_rows(), key))
