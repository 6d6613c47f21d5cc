"""Fit the local decision model and its calibration head on the project's own data.

Training uses `data/train_messages.jsonl`; the isotonic calibration head is fitted on the
separate `data/calibration_messages.jsonl`. Neither file holds goldset items (a test enforces it).
Both models are cached on disk keyed by the data, the retriever version and this code's version.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from harness.contract import cache_dir
from harness.errors import InputError
from pipelines.jsonl import read_objects
from pipelines.triage.chart import slice_chart
from pipelines.triage.decision import Case, LocalDecider
from pipelines.triage.features import ROUTING_OF_BAND
from pipelines.triage.redact import Redactor
from pipelines.triage.retrieval import Retriever

DATA = Path(__file__).resolve().parent / "data"
TRAIN_FILE = DATA / "train_messages.jsonl"
CALIBRATION_FILE = DATA / "calibration_messages.jsonl"
# Bump when feature extraction or the model family changes: invalidates cached models.
CODE_VERSION = "decider-v3-safety"
# Unsafe-clear share the clear margin must reach on the calibration split: the gate's own bound.
# (Half of it, 0.01, was unreachable on that split below a margin of 0.95 and cleared almost
# nothing; message red flags the chart layer cannot see are what remains.)
CLEAR_UNSAFE_TARGET = 0.02
_MARGINS = tuple(round(0.30 + 0.05 * i, 2) for i in range(14))  # 0.30 .. 0.95
_LOCK = threading.Lock()


@dataclass(frozen=True)
class Calibrator:
    """Isotonic map from raw confidence to P(routing correct), as its breakpoints."""

    x: tuple[float, ...]
    y: tuple[float, ...]

    def __call__(self, raw: float) -> float:
        if not self.x:
            return float(raw)
        return float(np.clip(np.interp(raw, self.x, self.y), 0.0, 1.0))

    @property
    def sha256(self) -> str:
        blob = json.dumps({"x": self.x, "y": self.y}).encode()
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


def build_cases(
    rows: Sequence[dict[str, Any]], redactor: Redactor, retriever: Retriever
) -> list[Case]:
    acuity_of = {p.pathway_id: p.acuity for p in retriever.corpus.pathways}
    cases = []
    for row in rows:
        red = redactor.redact(row["message"])
        hits = retriever.search(red.text).reranked
        cases.append(Case(red.text, slice_chart(row["chart"]), hits, acuity_of))
    return cases


def fit_calibrator(raw: np.ndarray, correct: np.ndarray) -> Calibrator:
    from sklearn.isotonic import IsotonicRegression

    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip", increasing=True)
    iso.fit(raw, correct.astype(float))
    return Calibrator(
        tuple(float(v) for v in iso.X_thresholds_), tuple(float(v) for v in iso.y_thresholds_)
    )


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


def _cache_path(key: str) -> Path:
    return cache_dir() / "triage" / f"decider-{key}.pkl"


def data_key(retriever: Retriever, files: Sequence[Path] = (TRAIN_FILE, CALIBRATION_FILE)) -> str:
    h = hashlib.sha256(CODE_VERSION.encode())
    h.update(retriever.version.encode())
    # The model learns from redacted text and these features: a change to either retrains it.
    here = Path(__file__).resolve().parent
    for source in ("redact.py", "features.py", "decision.py", "chart.py"):
        h.update((here / source).read_bytes())
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
    path = _cache_path(key)
    with _LOCK:
        if path.exists():
            try:
                with path.open("rb") as fh:
                    cached: TrainedDecider = pickle.load(fh)  # our own cache file
                return cached
            except Exception:  # a stale or torn cache is rebuilt, never trusted
                path.unlink(missing_ok=True)
        if progress:
            progress("training the local triage decision model (cached after the first run)")
        train_rows = read_messages(TRAIN_FILE)
        calib_rows = read_messages(CALIBRATION_FILE)
        train_cases = build_cases(train_rows, redactor, retriever)
        decider = LocalDecider.fit(train_cases, [r["gold_acuity"] for r in train_rows])
        calib_cases = build_cases(calib_rows, redactor, retriever)
        probs = decider.band_probabilities(calib_cases)
        gold_routing = [ROUTING_OF_BAND[row["gold_acuity"]] for row in calib_rows]
        decider.clear_margin = choose_clear_margin(calib_cases, probs, gold_routing)
        routed = [
            LocalDecider.safe_route(c, p, decider.clear_margin)
            for c, p in zip(calib_cases, probs, strict=True)
        ]
        raw = np.array([r[2] for r in routed])
        correct = np.array(
            [
                r[0] == ROUTING_OF_BAND[row["gold_acuity"]]
                for r, row in zip(routed, calib_rows, strict=True)
            ]
        )
        calibrator = fit_calibrator(raw, correct)
        report = {
            "train_n": len(train_rows),
            "calibration_n": len(calib_rows),
            "calibration_routing_accuracy": float(correct.mean()),
            "clear_margin": decider.clear_margin,
            "calibrator_sha256": calibrator.sha256,
        }
        trained = TrainedDecider(decider, calibrator, key, report)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump(trained, fh)
        tmp.replace(path)
        return trained
