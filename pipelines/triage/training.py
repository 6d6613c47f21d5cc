"""Fit the local decision model and its calibration head on the project's own data.

The model is fitted on the pooled message files (train, calibration, diverse voices and the two
retired acuity sets); the clear margin and a contextual Platt head (per routing and safety-layer
override, shrunk toward the base rate) are fitted on out-of-fold predictions over that same pool,
so confidence is learned from predictions on text the model did not see, in several voices.
No file holds goldset items (a test enforces it). Cached on disk keyed by data, retriever and code.

The model learns from redacted text, and that text is pinned (`data/train_redacted.jsonl`): a
change to the redactor does not retrain the triage model by the back door. Re-pin on purpose with
`python -m pipelines.triage.training --pin` (then the model retrains, and the cut says so).
"""

from __future__ import annotations

import hashlib
import json
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from harness.contract import cache_dir
from harness.errors import InputError
from pipelines.jsonl import read_objects, write_objects
from pipelines.triage import phi_tagger
from pipelines.triage.chart import slice_chart
from pipelines.triage.decision import Case, LocalDecider
from pipelines.triage.features import ROUTING_OF_BAND
from pipelines.triage.model_cache import load_or_fit
from pipelines.triage.redact import Redactor, lexicon_key
from pipelines.triage.retrieval import Retriever

DATA = Path(__file__).resolve().parent / "data"
TRAIN_FILE = DATA / "train_messages.jsonl"
CALIBRATION_FILE = DATA / "calibration_messages.jsonl"
DIVERSE_FILE = DATA / "diverse_messages.jsonl"
DEV = Path(__file__).resolve().parent / "dev"
# The first two acuity sets in several voices, retired as held-out sets (acuity_holdout2.jsonl
# replaces them) and now learning data: they are most of the pool's writers other than one.
ACUITY_DEV_FILE = DEV / "acuity_dev.jsonl"
ACUITY_HOLDOUT_FILE = DEV / "acuity_holdout.jsonl"
POOL_FILES = (TRAIN_FILE, CALIBRATION_FILE, DIVERSE_FILE, ACUITY_DEV_FILE, ACUITY_HOLDOUT_FILE)
SINGLE_WRITER_FILES = (TRAIN_FILE, CALIBRATION_FILE)
# The redacted text of every pool message, as the model learned it (see the module docstring).
PINNED_REDACTION_FILE = DATA / "train_redacted.jsonl"
# Bump when feature extraction or the model family changes: invalidates cached models.
CODE_VERSION = "decider-v5-emb-oof-context-platt"
FOLDS = 5
# Share of the calibration weight given to the files in other voices than the one writer of the
# train and calibration files: that writer is not who writes to the clinic, and same-writer
# predictions are overconfident.
DIVERSE_CALIBRATION_SHARE = 0.5
# Share of the way every calibrated confidence is pulled to the base rate (see fit_calibrator).
CALIBRATION_SHRINK = 0.15
_GRID = tuple(i / 200 for i in range(201))
# Inverse L2 strength of the contextual calibration head (on weights that sum to n).
CONTEXT_C = 1.0
# Unsafe-clear share the clear margin must reach on the calibration split: the gate's own bound.
# (Half of it, 0.01, was unreachable on that split below a margin of 0.95 and cleared almost
# nothing; message red flags the chart layer cannot see are what remains.)
CLEAR_UNSAFE_TARGET = 0.02
_MARGINS = tuple(round(0.30 + 0.05 * i, 2) for i in range(14))  # 0.30 .. 0.95
_LOCK = threading.Lock()


CONTEXTS = (
    ("clear", False),
    ("queue", False),
    ("queue", True),
    ("escalate", False),
    ("escalate", True),
)


def _context_key(routing: str, blocked: bool) -> str:
    return f"{routing}|{'blocked' if blocked else 'model'}"


@dataclass(frozen=True)
class Calibrator:
    """Monotone map from raw confidence to P(routing correct), as breakpoints (linear between),
    plus one such map per (routing, safety layer overrode a clear) context on the same grid."""

    x: tuple[float, ...]
    y: tuple[float, ...]
    contexts: tuple[tuple[str, tuple[float, ...]], ...] = ()

    def __call__(self, raw: float) -> float:
        if not self.x:
            return float(raw)
        return float(np.clip(np.interp(raw, self.x, self.y), 0.0, 1.0))

    def in_context(self, raw: float, routing: str, blocked: bool) -> float:
        table = dict(self.contexts).get(_context_key(routing, blocked))
        if table is None or not self.x:
            return self(raw)
        return float(np.clip(np.interp(raw, self.x, table), 0.0, 1.0))

    @property
    def sha256(self) -> str:
        blob = json.dumps({"x": self.x, "y": self.y, "contexts": self.contexts}).encode()
        return hashlib.sha256(blob).hexdigest()


@dataclass(frozen=True)
class TrainedDecider:
    decider: LocalDecider
    calibrator: Calibrator
    key: str
    """Hash of data + retriever + code: part of the pipeline version."""
    report: dict[str, Any]
    """Sizes and calibration-split numbers (not goldset numbers)."""


def read_messages(path: Path) -> list[dict[str, Any]]:
    rows = []
    for where, row in read_objects(path, what="triage training data"):
        missing = [k for k in ("message", "chart", "gold_acuity") if k not in row]
        if missing:
            raise InputError(f"{where}: missing {', '.join(missing)}; fix or remove the line")
        rows.append(row)
    return rows


def message_key(message: str) -> str:
    return hashlib.sha256(message.encode("utf-8")).hexdigest()


def pinned_redactions(path: Path | None = None) -> dict[str, str]:
    """sha256 of a pool message -> its redacted text as pinned ({} when nothing is pinned)."""
    path = path or PINNED_REDACTION_FILE
    if not path.exists():
        return {}
    pinned = {}
    for where, row in read_objects(path, what="pinned training redaction"):
        if not isinstance(row.get("sha256"), str) or not isinstance(row.get("redacted"), str):
            raise InputError(
                f"{where}: needs 'sha256' and 'redacted' strings; re-pin with "
                "`python -m pipelines.triage.training --pin`"
            )
        pinned[row["sha256"]] = row["redacted"]
    return pinned


def build_cases(
    rows: Sequence[dict[str, Any]],
    redactor: Redactor,
    retriever: Retriever,
    pinned: Mapping[str, str] | None = None,
) -> list[Case]:
    """One case per row; a row's pinned redaction is used when there is one."""
    acuity_of = {p.pathway_id: p.acuity for p in retriever.corpus.pathways}
    cases = []
    for row in rows:
        text = (pinned or {}).get(message_key(row["message"]))
        if text is None:
            text = redactor.redact(row["message"]).text
        found = retriever.search(text)
        cases.append(
            Case(text, slice_chart(row["chart"]), found.reranked, acuity_of, found.query_vector)
        )
    return cases


def pool_rows(files: Sequence[Path] = POOL_FILES) -> tuple[list[dict[str, Any]], list[int]]:
    """Every pool message and the index of the file it came from."""
    rows: list[dict[str, Any]] = []
    source: list[int] = []
    for i, f in enumerate(files):
        part = read_messages(f)
        rows += part
        source += [i] * len(part)
    return rows, source


def pin_redactions(redactor: Redactor, path: Path | None = None) -> int:
    """Write the current redactor's text for every pool message (atomically); returns rows."""
    # one line per distinct message, in pool order
    messages = {message_key(r["message"]): r["message"] for r in pool_rows()[0]}
    write_objects(
        path or PINNED_REDACTION_FILE,
        ({"sha256": k, "redacted": redactor.redact(m).text} for k, m in messages.items()),
    )
    return len(messages)


def _logit(p: np.ndarray) -> np.ndarray:
    q = np.clip(np.asarray(p, dtype=float), 1e-4, 1 - 1e-4)
    return np.asarray(np.log(q / (1 - q)))


def _design(raw: np.ndarray, routing: Sequence[str], blocked: Sequence[bool]) -> np.ndarray:
    """logit(raw) plus intercept shifts for queue, escalate and a safety-layer override."""
    r = np.asarray(routing, dtype=object)
    return np.column_stack(
        [_logit(raw), r == "queue", r == "escalate", np.asarray(blocked, dtype=float)]
    ).astype(float)


def fit_calibrator(
    raw: np.ndarray,
    correct: np.ndarray,
    weight: np.ndarray | None = None,
    *,
    routing: Sequence[str] | None = None,
    blocked: Sequence[bool] | None = None,
    shrink: float = 0.0,
) -> Calibrator:
    """Platt scaling on logit(raw), tabulated on a 201-point grid; with `routing` and `blocked`
    the same fit also learns a shift per routing and for a safety-layer override (one slope).

    Two to five parameters instead of isotonic steps: the map stays smooth and strictly
    increasing, so confidence keeps ranking items (precision at a fixed FPR needs that) instead of
    collapsing to a handful of levels fitted to one writer's quirks. `shrink` pulls every value
    that share of the way to the (weighted) base rate: held-out writers are less predictable
    than out-of-fold predictions suggest."""
    from sklearn.linear_model import LogisticRegression

    y = correct.astype(int)
    if len(set(y.tolist())) < 2:  # nothing to learn from: identity
        return Calibrator((), ())
    w = np.ones(len(y)) if weight is None else np.asarray(weight, dtype=float)
    base = float(np.average(y, weights=w))
    grid = np.array(_GRID)

    def shrunk(p: np.ndarray) -> tuple[float, ...]:
        return tuple(float(v) for v in (1 - shrink) * p + shrink * base)

    raw = np.asarray(raw, dtype=float)
    if routing is None or blocked is None:
        lr = LogisticRegression(C=1e4, max_iter=1000)
        lr.fit(_logit(raw)[:, None], y, sample_weight=w)
        return Calibrator(
            tuple(float(v) for v in grid), shrunk(lr.predict_proba(_logit(grid)[:, None])[:, 1])
        )
    lr = LogisticRegression(C=CONTEXT_C, max_iter=1000)
    lr.fit(_design(raw, routing, blocked), y, sample_weight=w * len(y) / w.sum())
    plain = LogisticRegression(C=1e4, max_iter=1000)
    plain.fit(_logit(raw)[:, None], y, sample_weight=w)
    tables = []
    for r, b in CONTEXTS:
        x = _design(grid, [r] * len(grid), [b] * len(grid))
        tables.append((_context_key(r, b), shrunk(lr.predict_proba(x)[:, 1])))
    y_plain = shrunk(plain.predict_proba(_logit(grid)[:, None])[:, 1])
    return Calibrator(tuple(float(v) for v in grid), y_plain, tuple(tables))


def out_of_fold_probabilities(
    cases: Sequence[Case], bands: Sequence[str], *, folds: int = FOLDS, seed: int = 0
) -> np.ndarray:
    """Band probabilities of every case from a model fitted without its fold."""
    from sklearn.model_selection import StratifiedKFold

    out = np.zeros((len(cases), 5))
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for fit_idx, held_idx in splitter.split(np.zeros(len(bands)), list(bands)):
        model = LocalDecider.fit([cases[i] for i in fit_idx], [bands[i] for i in fit_idx])
        out[held_idx] = model.band_probabilities([cases[i] for i in held_idx])
    return out


def choose_clear_margin(
    cases: Sequence[Case], probs: np.ndarray, gold_routing: Sequence[str]
) -> float:
    """The smallest P(clear) margin whose unsafe-clear share on these (calibration) cases is at
    most CLEAR_UNSAFE_TARGET after the safety layer; the largest margin when none reaches it."""
    negatives = sum(g != "clear" for g in gold_routing) or 1
    for margin in _MARGINS:
        unsafe = sum(
            LocalDecider.safe_route(c, p, margin)[0] == "clear" and g != "clear"
            for c, p, g in zip(cases, probs, gold_routing, strict=True)
        )
        if unsafe / negatives <= CLEAR_UNSAFE_TARGET:
            return margin
    return _MARGINS[-1]


def calibration_weights(source: np.ndarray) -> np.ndarray:
    """Per-item weights giving the files in other voices DIVERSE_CALIBRATION_SHARE of the total
    (`source` holds each item's index in POOL_FILES)."""
    single = [POOL_FILES.index(f) for f in SINGLE_WRITER_FILES]
    diverse = ~np.isin(source, single)
    n_div, n_rest = int(diverse.sum()), int((~diverse).sum())
    if not n_div or not n_rest:
        return np.ones(len(source))
    share = DIVERSE_CALIBRATION_SHARE
    return np.where(diverse, share * len(source) / n_div, (1 - share) * len(source) / n_rest)


def _cache_path(key: str) -> Path:
    return cache_dir() / "triage" / f"decider-{key}.pkl"


def data_key(retriever: Retriever, files: Sequence[Path] = POOL_FILES) -> str:
    h = hashlib.sha256(CODE_VERSION.encode())
    h.update(retriever.version.encode())
    # The model learns from redacted text and these features: a change to either retrains it.
    here = Path(__file__).resolve().parent
    for source in ("features.py", "decision.py", "chart.py", "training.py"):
        h.update((here / source).read_bytes())
    pinned = pinned_redactions(PINNED_REDACTION_FILE)
    h.update(PINNED_REDACTION_FILE.read_bytes() if pinned else b"-")
    # (the messages only: a malformed row is reported by `read_messages` when training reads it)
    messages = [
        row["message"]
        for f in files
        if f.exists()
        for _, row in read_objects(f, what="triage training data")
        if isinstance(row.get("message"), str)
    ]
    if any(message_key(m) not in pinned for m in messages):
        # Some text comes from the live redactor: its code, its learned tagger and its word list
        # (an installed package's) count too.
        for source in ("redact.py", "redact_extra.py", "phi_clinical.py"):
            h.update((here / source).read_bytes())
        h.update(phi_tagger.model_key().encode())
        h.update(lexicon_key().encode())
    for f in files:
        h.update(f.read_bytes() if f.exists() else b"-")
    return h.hexdigest()[:16]


def train(
    retriever: Retriever,
    redactor: Redactor,
    *,
    progress: Callable[[str], None] | None = None,
) -> TrainedDecider:
    """Fit (or load from the disk cache) the decider and its calibration head."""
    key = data_key(retriever)

    def fit() -> TrainedDecider:
        if progress:
            progress("training the local triage decision model (cached after the first run)")
        rows, source = pool_rows()
        cases = build_cases(rows, redactor, retriever, pinned_redactions())
        bands = [r["gold_acuity"] for r in rows]
        gold_routing = [ROUTING_OF_BAND[b] for b in bands]
        oof = out_of_fold_probabilities(cases, bands)
        decider = LocalDecider.fit(cases, bands)
        decider.clear_margin = choose_clear_margin(cases, oof, gold_routing)
        routed = [
            LocalDecider.routed(c, p, decider.clear_margin) for c, p in zip(cases, oof, strict=True)
        ]
        raw = np.array([r[2] for r in routed])
        correct = np.array([r[0] == g for r, g in zip(routed, gold_routing, strict=True)])
        calibrator = fit_calibrator(
            raw,
            correct,
            calibration_weights(np.array(source)),
            routing=[r[0] for r in routed],
            blocked=[r[3] for r in routed],
            shrink=CALIBRATION_SHRINK,
        )
        report = {
            "pool_n": len(rows),
            "pool_files": [f.name for f in POOL_FILES],
            "oof_routing_accuracy": float(correct.mean()),
            "clear_margin": decider.clear_margin,
            "calibrator_sha256": calibrator.sha256,
        }
        return TrainedDecider(decider, calibrator, key, report)

    with _LOCK:
        return load_or_fit(_cache_path(key), fit)


def main(argv: Sequence[str] | None = None) -> int:
    """`--pin`: write the current redactor's text for the pool; `--check`: count what differs."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args not in (["--pin"], ["--check"]):
        print("usage: python -m pipelines.triage.training --pin | --check", file=sys.stderr)
        return 2
    redactor = Redactor()
    if args == ["--pin"]:
        n = pin_redactions(redactor)
        print(f"pinned the redacted text of {n} pool messages in {PINNED_REDACTION_FILE}")
        return 0
    pinned = pinned_redactions()
    messages = [r["message"] for r in pool_rows()[0]]
    held = [(pinned.get(message_key(m)), m) for m in messages]
    unpinned = sum(text is None for text, _ in held)
    differ = sum(text is not None and text != redactor.redact(m).text for text, m in held)
    print(f"{len(messages)} pool messages: {unpinned} not pinned, {differ} redact differently now")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
